#pragma once
// Names a German article repeats as bare capitalised words ("Bending Spoons", "The Exploration
// Company", "Noxtua"): German capitalises every noun, but a run of capitalised words with no article
// before it, written the same way again, is a name. The runs are gathered while each sentence is
// annotated (its tokens are at hand then); once the whole article is read, every mention of a
// recurring name that no other mention covers becomes an unknown organisation, or a person when its
// last word also stands alone ("Andrey Vasnetsov … Vasnetsov sagte").
#include <cstdint>
#include <string_view>
#include <vector>

#include "core/articles/article.h"
#include "core/annotate/mention.h"
#include "core/annotate/short_names.h"
#include "core/text/tokens.h"

namespace ds {

// One run of capitalised words in a sentence, with what decides whether it may be a name.
struct NameRun {
    ByteRange range;              // the run's words
    ByteRange first_word, last_word;
    std::uint64_t hash = 0, last_word_hash = 0;  // of their text: runs are grouped by it without comparing strings
    ByteRange before;             // the word right before it in its sentence; empty at its start
    std::uint32_t sentence = 0;
    std::uint8_t words = 0;
    bool joined_before = false;   // no punctuation between that word and the run
    bool opens_sentence = false;  // its first word is the sentence's ("Laut Velnox …")
};

// What is gathered about an article while its sentences are annotated, for what needs all of it.
struct NameRuns {
    std::vector<NameRun> runs;
    ShortNames short_names;  // learnt and used as the sentences go (short_names.h)
};

// The runs of one sentence's tokens (only in the article's first 256 KiB, and none in an article over
// 1 MiB, so the work is bounded and the page never moves a huge article's mentions at once).
void gather_name_runs(std::string_view text, const std::vector<Token>& tokens, std::size_t sentence, NameRuns& out);

// Appends the recurring names' mentions to `all` (the article's mentions, in sentence order) and keeps
// `all` in that order. Does nothing for English, which capitalises names only.
void add_recurring_names(const Article& article, const NameRuns& runs, std::vector<Mention>& all);

}  // namespace ds

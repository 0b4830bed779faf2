#pragma once
// "Cipher Mining … Cipher stellt 300 Megawatt bereit": once an article has written a known firm's name
// of several words whole, its first word alone stands for that firm in the sentences after ("Vantage",
// "Mistral"). Learnt and applied a sentence at a time, as the sentences are annotated, so an article
// read a slice at a time reads the same; only a word that is no name of its own in the gazetteer and no
// common word ("Amazon" of "Amazon Web Services", "Deutsche", "Global") is taken.
#include <functional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/annotate/gazetteer.h"
#include "core/annotate/mention.h"
#include "core/text/tokens.h"

namespace ds {

struct ShortNames {
    // The first word → index into Gazetteer::entities; looked up by string_view, allocating nothing.
    std::unordered_map<std::string, std::size_t, TransparentHash, std::equal_to<>> entity_of;
};

// Adds, to the end of `all`, a known mention for each token of the sentence that is a short name learnt
// before and that no mention from `sentence_begin` on covers; then learns the short names of the
// sentence's own known mentions of several words. The added mentions come after the sentence's others:
// the caller keeps the order.
void add_short_names(std::string_view text, const std::vector<Token>& tokens, const Gazetteer& gazetteer, std::size_t sentence_begin,
                     std::vector<Mention>& all, ShortNames& names);

}  // namespace ds

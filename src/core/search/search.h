#pragma once
// Search across entity names and aliases, event summaries and article text, insensitive to case
// and to umlaut spelling (ä = ae, ß = ss). Results are grouped by kind and carry the matched range
// of their text so the UI can highlight it.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/articles/article.h"
#include "core/events/event.h"
#include "core/annotate/gazetteer.h"
#include "core/search/word_index.h"

#include "core/text/language.h"

namespace ds {

// Lower case with umlauts spelled out: "Größe" → "groesse". offset(i) is the byte in `text` that
// folded byte i came from (text.size() for i == folded.size()). Folding keeps almost every byte where
// it was ("ä" is two bytes, and so is "ae"), so only the places where that changes are stored —
// a full offset table took 8 bytes per byte of text, 850 MB for 100 MB of articles.
struct FoldedText {
    std::string folded;
    // From folded byte `first` on, offset(i) = original + (i - first), until the next break.
    struct Break {
        std::uint32_t first, original;
        bool operator==(const Break&) const = default;
    };
    std::vector<Break> breaks;
    std::size_t original_size = 0;
    std::size_t offset(std::size_t i) const;
};
FoldedText fold_for_search(std::string_view text);
// Folds text[from, to) onto `out` (offsets stay offsets into `text`), for folding a large article a
// slice at a time; `from` must start a character. Set out.original_size = text.size() when done.
void fold_more(FoldedText& out, std::string_view text, std::size_t from, std::size_t to);

enum class SearchKind { entity, event, article };
const char* search_kind_name(SearchKind k);

struct SearchHit {
    SearchKind kind = SearchKind::entity;
    std::size_t index = 0;  // into gazetteer.entities, store.events or the articles
    std::string text;       // what is shown: the name, the summary, the sentence
    ByteRange match;        // in `text`
    ByteRange in_article;   // for article hits: the match in the article text
    int score = 0;          // higher first within a kind
};

// Folded once, searched many times.
struct SearchIndex {
    std::vector<std::vector<FoldedText>> entity_names;  // name and aliases per entity
    std::vector<FoldedText> summaries_en, summaries_de;
    // The same summaries joined by "\n" (no query contains one), so a query is one scan, not one per event.
    std::string joined_en, joined_de;
    std::vector<std::size_t> starts_en, starts_de;  // where each summary begins in the joined text
    std::vector<FoldedText> articles;
    // Which words each summary and article holds: a query reads only the ones that can contain it.
    WordIndex entity_words, summary_words_en, summary_words_de, article_words;
};

SearchIndex build_search_index(const Gazetteer& g, const EventStore& store, const std::vector<Article>& articles);
// Brings the index up to date after events changed or articles were appended or removed at the end:
// names and summaries are folded again, only articles the index lacks are folded.
void update_search_index(SearchIndex& index, const Gazetteer& g, const EventStore& store, const std::vector<Article>& articles);
// Appends the folded text of the article just appended, and its words, both gathered a slice at a
// time while it was read.
void append_folded_article(SearchIndex& index, FoldedText folded, const WordSet& words);

// Entities, then events, then articles; at most `per_kind` of each. Empty for a blank query.
std::vector<SearchHit> search(const SearchIndex& index, const Gazetteer& g, const EventStore& store, const std::vector<Article>& articles,
                              std::string_view query, Language language, std::size_t per_kind = 20);

}  // namespace ds

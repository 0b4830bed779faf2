#pragma once
// Search across entity names and aliases, event summaries and article text, insensitive to case
// and to umlaut spelling (ä = ae, ß = ss). Results are grouped by kind and carry the matched range
// of their text so the UI can highlight it.
#include <string>
#include <string_view>
#include <vector>

#include "article.h"
#include "event.h"
#include "gazetteer.h"

namespace ds {

// Lower case with umlauts spelled out: "Größe" → "groesse". offsets[i] is the byte in `text` that
// folded byte i came from (one past the end at offsets[size]).
struct FoldedText {
    std::string folded;
    std::vector<std::size_t> offsets;
};
FoldedText fold_for_search(std::string_view text);
// Folds text[from, to) onto `out` (offsets stay offsets into `text`), for folding a large article a
// slice at a time; `from` must start a character. Push text.size() onto offsets when done.
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
    std::vector<FoldedText> articles;
};

SearchIndex build_search_index(const Gazetteer& g, const EventStore& store, const std::vector<Article>& articles);
// Brings the index up to date after events changed or articles were appended or removed at the end:
// names and summaries are folded again, only articles the index lacks are folded.
void update_search_index(SearchIndex& index, const Gazetteer& g, const EventStore& store, const std::vector<Article>& articles);

// Entities, then events, then articles; at most `per_kind` of each. Empty for a blank query.
std::vector<SearchHit> search(const SearchIndex& index, const Gazetteer& g, const EventStore& store, const std::vector<Article>& articles,
                              std::string_view query, const std::string& language, std::size_t per_kind = 20);

}  // namespace ds

#include "core/search/search.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <optional>

#include "core/text/byte_find.h"
#include "core/text/utf8.h"

namespace ds {

FoldedText fold_for_search(std::string_view text) {
    FoldedText out;
    out.folded.reserve(text.size());
    fold_more(out, text, 0, text.size());
    out.original_size = text.size();
    return out;
}

std::size_t FoldedText::offset(std::size_t i) const {
    if (i >= folded.size()) return original_size;
    const auto after = std::upper_bound(breaks.begin(), breaks.end(), i, [](std::size_t v, const Break& b) { return v < b.first; });
    if (after == breaks.begin()) return i;
    const Break& b = *(after - 1);
    return b.original + (i - b.first);
}

void fold_more(FoldedText& out, std::string_view text, std::size_t from, std::size_t to) {
    // Where the next folded byte would map without a new break.
    auto expected = [&]() -> std::size_t {
        const std::size_t at = out.folded.size();
        if (out.breaks.empty()) return at;
        return out.breaks.back().original + (at - out.breaks.back().first);
    };
    auto map_next = [&](std::size_t source) {
        if (expected() != source) out.breaks.push_back({static_cast<std::uint32_t>(out.folded.size()), static_cast<std::uint32_t>(source)});
    };
    auto emit = [&](std::string_view s, std::size_t source) {
        for (char c : s) {
            map_next(source);  // every byte of a spelled-out umlaut points at the letter's first byte
            out.folded += c;
        }
    };
    text = text.substr(0, to);
    for (std::size_t i = from; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x80) {
            // A run of ASCII is appended at once and lower-cased in place: `+=` byte by byte was most
            // of folding, more so in WebAssembly, where it is not inlined.
            std::size_t run = i + 1;
            while (run < text.size() && static_cast<unsigned char>(text[run]) < 0x80) ++run;
            map_next(i);
            const std::size_t at = out.folded.size();
            out.folded.append(text.substr(i, run - i));
            for (std::size_t k = at; k < out.folded.size(); ++k) {
                if (out.folded[k] >= 'A' && out.folded[k] <= 'Z') out.folded[k] = static_cast<char>(out.folded[k] + 32);
            }
            i = run;
            continue;
        }
        const std::size_t n = std::max<std::size_t>(utf8_sequence_length(text, i), 1);
        const std::string_view seq = text.substr(i, n);
        if (seq == "ä" || seq == "Ä") emit("ae", i);
        else if (seq == "ö" || seq == "Ö") emit("oe", i);
        else if (seq == "ü" || seq == "Ü") emit("ue", i);
        else if (seq == "ß" || seq == "ẞ") emit("ss", i);
        else {
            for (std::size_t k = 0; k < seq.size(); ++k) {  // other letters keep their bytes, each at its place
                map_next(i + k);
                out.folded += seq[k];
            }
        }
        i += n;
    }
}

const char* search_kind_name(SearchKind k) {
    switch (k) {
        case SearchKind::entity: return "entity";
        case SearchKind::event: return "event";
        case SearchKind::article: return "article";
    }
    return "entity";
}

SearchIndex build_search_index(const Gazetteer& g, const EventStore& store, const std::vector<Article>& articles) {
    SearchIndex index;
    update_search_index(index, g, store, articles);
    return index;
}

void update_search_index(SearchIndex& index, const Gazetteer& g, const EventStore& store, const std::vector<Article>& articles) {
    index.entity_names.clear();
    index.summaries_en.clear();
    index.summaries_de.clear();
    index.joined_en.clear();
    index.joined_de.clear();
    index.starts_en.clear();
    index.starts_de.clear();
    index.entity_words = {};
    for (const Entity& e : g.entities) {
        std::vector<FoldedText> names{fold_for_search(e.name)};
        for (const auto& alias : e.aliases) names.push_back(fold_for_search(alias));
        std::string all_names;
        for (const FoldedText& n : names) all_names.append(n.folded).append("\n");
        index.entity_words.add(all_names);
        index.entity_names.push_back(std::move(names));
    }
    for (const Event& e : store.events) {
        index.summaries_en.push_back(fold_for_search(e.summary_en));
        index.summaries_de.push_back(fold_for_search(e.summary_de));
        index.starts_en.push_back(index.joined_en.size());
        index.starts_de.push_back(index.joined_de.size());
        index.joined_en.append(index.summaries_en.back().folded).append("\n");
        index.joined_de.append(index.summaries_de.back().folded).append("\n");
    }
    index.summary_words_en = {};
    index.summary_words_de = {};
    for (const auto& f : index.summaries_en) index.summary_words_en.add(f.folded);
    for (const auto& f : index.summaries_de) index.summary_words_de.add(f.folded);
    // Articles are only ever appended or cut off at the end (the user's); folded text is the costly part.
    if (index.articles.size() > articles.size()) index.articles.resize(articles.size());
    for (std::size_t i = index.articles.size(); i < articles.size(); ++i) index.articles.push_back(fold_for_search(articles[i].text));
    index.article_words.truncate(index.articles.size());
    for (std::size_t i = index.article_words.documents(); i < index.articles.size(); ++i) index.article_words.add(index.articles[i].folded);
}

void append_folded_article(SearchIndex& index, FoldedText folded, const WordSet& words) {
    index.articles.push_back(std::move(folded));
    if (index.article_words.documents() + 1 == index.articles.size()) index.article_words.add(words);
}

namespace {

// Skips ahead (memmem natively, 16 places at a time in WebAssembly); std::string::find stops at
// every occurrence of the needle's first letter, which in German text is most places.
std::size_t find_folded(const std::string& text, const std::string& needle, std::size_t from) { return find_text_in_long(text, needle, from); }

// The documents of `words` that may contain the query, or all of them when the word index is not in
// step with the `count` texts it covers (then every text is read, as without an index).
WordIndex::Candidates candidates_in_step(const WordIndex& words, std::string_view q, std::size_t count) {
    return words.documents() == count ? words.candidates(q) : WordIndex::Candidates{};
}

bool word_start(const std::string& folded, std::size_t at) {
    return at == 0 || !std::isalnum(static_cast<unsigned char>(folded[at - 1]));
}

// 3 for the whole text, 2 at a word start, 1 inside a word.
int match_score(const std::string& folded, std::size_t at, std::size_t length) {
    if (at == 0 && length == folded.size()) return 3;
    return word_start(folded, at) ? 2 : 1;
}

ByteRange original_range(const FoldedText& f, std::size_t at, std::size_t length) {
    const std::size_t begin = f.offset(at);
    std::size_t end = f.offset(at + length);
    // A match ending inside a folded umlaut ("ae" of "ä") covers the whole letter.
    if (at + length < f.folded.size() && end == f.offset(at + length - 1)) end = f.offset(at + length + 1);
    return {begin, std::max(end, begin)};
}

void keep_best(std::vector<SearchHit>& hits, std::size_t per_kind) {
    std::stable_sort(hits.begin(), hits.end(), [](const SearchHit& a, const SearchHit& b) { return a.score > b.score; });
    if (hits.size() > per_kind) hits.resize(per_kind);
}

// The best of each kind, entities first, then events, then article text.
std::vector<SearchHit> grouped(std::vector<SearchHit> entities, std::vector<SearchHit> events, std::vector<SearchHit> texts, std::size_t per_kind) {
    keep_best(entities, per_kind);
    keep_best(events, per_kind);
    keep_best(texts, per_kind);
    entities.insert(entities.end(), events.begin(), events.end());
    entities.insert(entities.end(), texts.begin(), texts.end());
    return entities;
}

// The words of a folded query, each once: "microsoft  openai" → {"microsoft", "openai"}.
std::vector<std::string> query_words(const std::string& q) {
    std::vector<std::string> words;
    for (std::size_t i = 0; i < q.size();) {
        const std::size_t end = std::min(q.find_first_of(" \t", i), q.size());
        if (end > i && std::find(words.begin(), words.end(), q.substr(i, end - i)) == words.end()) words.push_back(q.substr(i, end - i));
        i = end + 1;
    }
    return words;
}

// Words of a question that name no entity ("invested in OpenAI": "in" had matched Intel, Inflection and Infineon).
bool names_no_entity(const std::string& word) {
    static constexpr std::string_view kWords[] = {"a", "an", "the", "in", "into", "of", "to", "for", "from", "by", "and", "or", "with", "who", "what",
                                                  "when", "how", "much", "many", "did", "does", "do", "has", "have", "is", "was", "are", "most", "its",
                                                  "der", "die", "das", "den", "dem", "des", "ein", "eine", "und", "oder", "von", "vom", "mit", "am",
                                                  "im", "bei", "für", "wer", "wie", "viel", "hat", "ist", "wann", "was", "welche", "welcher"};
    return std::find(std::begin(kWords), std::end(kWords), word) != std::end(kWords);
}

// Where each word is in `folded`, or nothing when one is missing; the score adds 2 per word at a
// word start and 1 inside a word.
std::optional<int> all_words_score(const std::string& folded, const std::vector<std::string>& words, std::size_t* first_at = nullptr) {
    int score = 0;
    for (std::size_t w = 0; w < words.size(); ++w) {
        const std::size_t at = find_folded(folded, words[w], 0);
        if (at == std::string::npos) return std::nullopt;
        if (w == 0 && first_at) *first_at = at;
        score += word_start(folded, at) ? 2 : 1;
    }
    return score;
}

// Several words, in any order ("Microsoft OpenAI"): entities that hold any of them, events whose
// summary holds all of them (those between entities named by the words first), sentences of
// articles that hold all of them. The whole query as written still ranks first where it occurs.
std::vector<SearchHit> search_all_words(const SearchIndex& index, const Gazetteer& g, const EventStore& store, const std::vector<Article>& articles,
                                        const std::string& q, const std::vector<std::string>& words, Language language, std::size_t per_kind) {
    std::vector<SearchHit> entities, events, texts;
    // Entities: any word; the phrase, then more words, then the name before an alias.
    const std::size_t entity_count = std::min(index.entity_names.size(), g.entities.size());
    std::vector<std::vector<bool>> entity_has_word(words.size());
    const bool any_name_word = std::any_of(words.begin(), words.end(), [](const std::string& w) { return !names_no_entity(w); });
    for (std::size_t w = 0; w < words.size(); ++w) {
        entity_has_word[w].assign(entity_count, false);
        if (any_name_word && names_no_entity(words[w])) continue;
        const auto candidates = candidates_in_step(index.entity_words, words[w], index.entity_names.size());
        for (std::size_t i = candidates.next(0, entity_count); i < entity_count; i = candidates.next(i + 1, entity_count)) {
            for (const FoldedText& f : index.entity_names[i]) {
                const std::size_t at = f.folded.find(words[w]);
                if (at != std::string::npos && word_start(f.folded, at)) entity_has_word[w][i] = true;
            }
        }
    }
    for (std::size_t i = 0; i < entity_count; ++i) {
        int score = 0;
        std::size_t first_word = words.size();
        for (std::size_t w = 0; w < words.size(); ++w) {
            if (!entity_has_word[w][i]) continue;
            score += 2;
            first_word = std::min(first_word, w);
        }
        if (score == 0) continue;
        const FoldedText& name = index.entity_names[i][0];
        const std::size_t phrase = name.folded.find(q);
        const std::size_t at = phrase != std::string::npos ? phrase : name.folded.find(words[first_word]);
        const std::size_t length = phrase != std::string::npos ? q.size() : words[first_word].size();
        SearchHit hit{SearchKind::entity, i, g.entities[i].name, {}, {}, score + (phrase != std::string::npos ? 4 : 0)};
        if (at != std::string::npos) hit.match = original_range(name, at, length);
        entities.push_back(std::move(hit));
    }
    // Events: every word in the summary; first those whose participants the words name.
    const auto& summaries = language == Language::de ? index.summaries_de : index.summaries_en;
    const std::size_t event_count = std::min(store.events.size(), summaries.size());
    const auto candidates = candidates_in_step(language == Language::de ? index.summary_words_de : index.summary_words_en, q, summaries.size());
    for (std::size_t i = candidates.next(0, event_count); i < event_count && events.size() < per_kind * 64; i = candidates.next(i + 1, event_count)) {
        std::size_t at = 0;
        const auto score = all_words_score(summaries[i].folded, words, &at);
        if (!score) continue;
        std::size_t named = 0;  // words that name one of the event's participants
        for (std::size_t w = 0; w < words.size(); ++w) {
            for (const Participant& p : store.events[i].participants) {
                const Entity* entity = g.find(p.entity);
                const auto e = entity ? static_cast<std::size_t>(entity - g.entities.data()) : entity_count;
                if (e < entity_count && entity_has_word[w][e]) {
                    ++named;
                    break;
                }
            }
        }
        const Event& e = store.events[i];
        const bool phrase = summaries[i].folded.find(q) != std::string::npos;
        events.push_back({SearchKind::event, i, language == Language::de ? e.summary_de : e.summary_en, original_range(summaries[i], at, words[0].size()), {},
                          *score + (named == words.size() ? 8 : 0) + (phrase ? 4 : 0)});
    }
    // Article text: sentences that hold every word, found from where the first word is.
    const std::size_t article_count = std::min(index.articles.size(), articles.size());
    const auto article_candidates = candidates_in_step(index.article_words, q, index.articles.size());
    for (std::size_t a = article_candidates.next(0, article_count); a < article_count && texts.size() < per_kind * 4;
         a = article_candidates.next(a + 1, article_count)) {
        const FoldedText& f = index.articles[a];
        const Article& article = articles[a];
        std::size_t last_sentence = SIZE_MAX;
        for (std::size_t at = find_folded(f.folded, words[0], 0); at != std::string::npos && texts.size() < per_kind * 4;
             at = find_folded(f.folded, words[0], at + words[0].size())) {
            const ByteRange in_article = original_range(f, at, words[0].size());
            const auto s = std::upper_bound(article.sentences.begin(), article.sentences.end(), in_article.begin,
                                            [](std::size_t byte, const Sentence& x) { return byte < x.range.begin; });
            if (s == article.sentences.begin()) continue;
            const auto sentence_index = static_cast<std::size_t>(s - article.sentences.begin()) - 1;
            const ByteRange sentence = article.sentences[sentence_index].range;
            if (sentence_index == last_sentence || in_article.end > sentence.end) continue;
            last_sentence = sentence_index;
            const auto score = all_words_score(fold_for_search(article.view(sentence)).folded, words);
            if (!score) continue;
            texts.push_back({SearchKind::article, a, std::string(article.view(sentence)),
                             {in_article.begin - sentence.begin, in_article.end - sentence.begin}, in_article, *score});
        }
    }
    return grouped(std::move(entities), std::move(events), std::move(texts), per_kind);
}

}  // namespace

std::vector<SearchHit> search(const SearchIndex& index, const Gazetteer& g, const EventStore& store, const std::vector<Article>& articles,
                              std::string_view query, Language language, std::size_t per_kind) {
    std::string q = fold_for_search(query).folded;
    q.erase(0, q.find_first_not_of(" \t"));
    q.erase(q.find_last_not_of(" \t") + 1);
    if (q.empty()) return {};
    if (const auto words = query_words(q); words.size() > 1) return search_all_words(index, g, store, articles, q, words, language, per_kind);

    std::vector<SearchHit> entities, events, texts;
    const std::size_t entity_count = std::min(index.entity_names.size(), g.entities.size());
    const auto entity_candidates = candidates_in_step(index.entity_words, q, index.entity_names.size());
    for (std::size_t i = entity_candidates.next(0, entity_count); i < entity_count; i = entity_candidates.next(i + 1, entity_count)) {
        int best = 0;
        SearchHit hit{SearchKind::entity, i, g.entities[i].name, {}, {}, 0};
        for (std::size_t n = 0; n < index.entity_names[i].size(); ++n) {
            const FoldedText& f = index.entity_names[i][n];
            const std::size_t at = f.folded.find(q);
            if (at == std::string::npos) continue;
            const int score = match_score(f.folded, at, q.size()) + (n == 0 ? 1 : 0);  // the name before an alias
            if (score <= best) continue;
            best = score;
            hit.text = n == 0 ? g.entities[i].name : g.entities[i].aliases[n - 1];
            hit.match = original_range(f, at, q.size());
        }
        if (best > 0) {
            hit.score = best;
            entities.push_back(std::move(hit));
        }
    }
    // Events: scores first, text only for the ones kept (a common word matches thousands of summaries).
    const auto& summaries = language == Language::de ? index.summaries_de : index.summaries_en;
    struct Scored {
        std::size_t index, at;
        int score;
    };
    const std::string& joined = language == Language::de ? index.joined_de : index.joined_en;
    const auto& starts = language == Language::de ? index.starts_de : index.starts_en;
    const WordIndex& summary_words = language == Language::de ? index.summary_words_de : index.summary_words_en;
    std::vector<Scored> event_matches;
    std::size_t word_starts = 0;  // enough matches at a word start: later ones cannot rank higher, bar a whole-summary match
    auto add_event_match = [&](std::size_t i, std::size_t in) {
        event_matches.push_back({i, in, match_score(summaries[i].folded, in, q.size())});
        word_starts += event_matches.back().score >= 2 ? 1 : 0;
    };
    const std::size_t event_count = std::min(store.events.size(), summaries.size());
    if (const auto candidates = candidates_in_step(summary_words, q, summaries.size()); !candidates.all) {
        for (std::size_t i = candidates.next(0, event_count); i < event_count && word_starts < per_kind; i = candidates.next(i + 1, event_count)) {
            if (const std::size_t in = find_folded(summaries[i].folded, q, 0); in != std::string::npos) add_event_match(i, in);
        }
    } else {
        // A common piece: one scan of all summaries joined, which finds enough matches early.
        for (std::size_t at = find_folded(joined, q, 0); at != std::string::npos && word_starts < per_kind;) {
            // The summary this match is in; its first match only, then on to the next summary.
            const auto i = static_cast<std::size_t>(std::upper_bound(starts.begin(), starts.end(), at) - starts.begin()) - 1;
            if (i >= event_count) break;
            add_event_match(i, at - starts[i]);
            at = i + 1 < starts.size() ? find_folded(joined, q, starts[i + 1]) : std::string::npos;
        }
    }
    std::stable_sort(event_matches.begin(), event_matches.end(), [](const Scored& a, const Scored& b) { return a.score > b.score; });
    if (event_matches.size() > per_kind) event_matches.resize(per_kind);
    for (const Scored& m : event_matches) {
        const Event& e = store.events[m.index];
        events.push_back({SearchKind::event, m.index, language == Language::de ? e.summary_de : e.summary_en, original_range(summaries[m.index], m.at, q.size()), {},
                          m.score});
    }
    const std::size_t article_count = std::min(index.articles.size(), articles.size());
    const auto article_candidates = candidates_in_step(index.article_words, q, index.articles.size());
    for (std::size_t a = article_candidates.next(0, article_count); a < article_count && texts.size() < per_kind * 4;
         a = article_candidates.next(a + 1, article_count)) {
        const FoldedText& f = index.articles[a];
        for (std::size_t at = find_folded(f.folded, q, 0); at != std::string::npos; at = find_folded(f.folded, q, at + q.size())) {
            const ByteRange in_article = original_range(f, at, q.size());
            // The sentence around the match is what the result shows.
            const Article& article = articles[a];
            ByteRange sentence{in_article.begin, in_article.end};
            const auto s = std::upper_bound(article.sentences.begin(), article.sentences.end(), in_article.begin,
                                            [](std::size_t byte, const Sentence& x) { return byte < x.range.begin; });
            if (s != article.sentences.begin() && in_article.end <= (s - 1)->range.end) sentence = (s - 1)->range;
            SearchHit hit{SearchKind::article, a, std::string(article.view(sentence)),
                          {in_article.begin - sentence.begin, in_article.end - sentence.begin}, in_article, match_score(f.folded, at, q.size())};
            texts.push_back(std::move(hit));
            if (texts.size() >= per_kind * 4) break;
        }
    }
    return grouped(std::move(entities), std::move(events), std::move(texts), per_kind);
}

}  // namespace ds

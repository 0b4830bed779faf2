#include "core/annotate/annotate.h"

#include <algorithm>
#include <iterator>

#include "core/annotate/amount_annotator.h"
#include "core/articles/date_text.h"
#include "core/annotate/entity_annotator.h"
#include "core/annotate/time_annotator.h"
#include "core/text/tokens.h"

namespace ds {

std::vector<Mention> annotate_article(const Article& article, const Gazetteer& gazetteer, const AnnotateOptions& options) {
    std::vector<Mention> all;
    NameRuns runs;
    runs.runs.reserve(std::min<std::size_t>(article.text.size(), 256 * 1024) / 24);  // about a run per four words of German
    annotate_sentences(article, gazetteer, options, 0, article.sentences.size(), all, &runs);
    add_recurring_names(article, runs, all);
    return all;
}

void annotate_sentences(const Article& article, const Gazetteer& gazetteer, const AnnotateOptions& options, std::size_t first,
                        std::size_t last, std::vector<Mention>& all, NameRuns* runs) {
    std::optional<CalendarDate> anchor;
    if (options.date) anchor = parse_calendar_date(*options.date);
    else if (!article.date.value.empty()) anchor = parse_calendar_date(article.date.value);
    const bool german = article.language != "en";

    // About one mention per 55 bytes of German news text: reserving spares moving them as `all` grows.
    // Never less than double: an article read a slice at a time calls this thousands of times, and
    // an exact reserve each time moved every mention found so far on every call.
    if (first < last && last <= article.sentences.size()) {
        const std::size_t wanted = all.size() + (article.sentences[last - 1].range.end - article.sentences[first].range.begin) / 48;
        if (wanted > all.capacity()) all.reserve(std::max(wanted, 2 * all.capacity()));
    }
    for (std::size_t s = first; s < std::min(last, article.sentences.size()); ++s) {
        const Sentence& sentence = article.sentences[s];
        const std::vector<Token> tokens = tokenize(article.text, sentence.range);
        // The annotators append to `all` directly: a sentence of 160 000 amounts is then never copied
        // from a scratch vector, which doubled the heap and made time grow faster than the input.
        const std::size_t sentence_begin = all.size();
        annotate_entities(article.text, tokens, gazetteer, all, german);
        if (runs) {
            const std::size_t found = all.size();
            add_short_names(article.text, tokens, gazetteer, sentence_begin, all, runs->short_names);
            const auto by_start = [](const Mention& a, const Mention& b) { return a.range.begin < b.range.begin; };
            if (found != all.size())
                std::inplace_merge(all.begin() + static_cast<std::ptrdiff_t>(sentence_begin), all.begin() + static_cast<std::ptrdiff_t>(found), all.end(), by_start);
        }
        if (runs && german) gather_name_runs(article.text, tokens, s, *runs);
        const std::size_t entities_end = all.size();
        annotate_amounts(article.text, tokens, german, all);
        const std::size_t amounts_end = all.size();
        annotate_times(article.text, tokens, anchor, all);
        const bool boilerplate = article.blocks[sentence.block].kind == BlockKind::boilerplate;
        const auto begin = all.begin() + static_cast<std::ptrdiff_t>(sentence_begin);
        for (auto m = begin; m != all.end(); ++m) {
            m->sentence = s;
            m->in_boilerplate = boilerplate;
        }
        // Each annotator finds its mentions in text order: merging the three runs moves each mention
        // a few times, where sorting a sentence of 80 000 amounts moved them log n times.
        const auto by_start = [](const Mention& a, const Mention& b) { return a.range.begin < b.range.begin; };
        const auto amounts_begin = all.begin() + static_cast<std::ptrdiff_t>(entities_end);
        const auto times_begin = all.begin() + static_cast<std::ptrdiff_t>(amounts_end);
        if (!std::is_sorted(begin, amounts_begin, by_start) || !std::is_sorted(amounts_begin, times_begin, by_start) ||
            !std::is_sorted(times_begin, all.end(), by_start)) {
            std::stable_sort(begin, all.end(), by_start);  // an annotator out of order: still correct
        } else {
            if (begin != amounts_begin && amounts_begin != times_begin) std::inplace_merge(begin, amounts_begin, times_begin, by_start);
            if (begin != times_begin && times_begin != all.end()) std::inplace_merge(begin, times_begin, all.end(), by_start);
        }
    }
}

}  // namespace ds

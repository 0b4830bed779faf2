#include "annotate.h"

#include <algorithm>

#include "amount_annotator.h"
#include "date_text.h"
#include "entity_annotator.h"
#include "time_annotator.h"
#include "tokens.h"

namespace ds {

std::vector<Mention> annotate_article(const Article& article, const Gazetteer& gazetteer, const AnnotateOptions& options) {
    std::optional<CalendarDate> anchor;
    if (options.date) anchor = parse_calendar_date(*options.date);
    else if (!article.date.value.empty()) anchor = parse_calendar_date(article.date.value);
    const bool german = article.language != "en";

    std::vector<Mention> all;
    std::vector<Mention> found;
    for (std::size_t s = 0; s < article.sentences.size(); ++s) {
        const Sentence& sentence = article.sentences[s];
        const std::vector<Token> tokens = tokenize(article.text, sentence.range);
        found.clear();
        annotate_entities(article.text, tokens, gazetteer, found);
        annotate_amounts(article.text, tokens, german, found);
        annotate_times(article.text, tokens, anchor, found);
        const bool boilerplate = article.blocks[sentence.block].kind == BlockKind::boilerplate;
        for (Mention& m : found) {
            m.sentence = s;
            m.in_boilerplate = boilerplate;
        }
        std::sort(found.begin(), found.end(), [](const Mention& a, const Mention& b) { return a.range.begin < b.range.begin; });
        all.insert(all.end(), found.begin(), found.end());
    }
    return all;
}

}  // namespace ds

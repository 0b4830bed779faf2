#pragma once
// All annotators over an article: money, quantities, dates, durations and entities, sentence by
// sentence, in text order. Boilerplate sentences are annotated too, and flagged.
#include <optional>
#include <string>
#include <vector>

#include "core/articles/article.h"
#include "core/annotate/gazetteer.h"
#include "core/annotate/mention.h"
#include "core/annotate/recurring_names.h"

namespace ds {

struct AnnotateOptions {
    std::optional<std::string> date;  // overrides the article's date for resolving "im März" ("2025-11")
};

std::vector<Mention> annotate_article(const Article& article, const Gazetteer& gazetteer, const AnnotateOptions& options = {});

// The same for sentences [first, last) only, appended to `out`: a large article is annotated a slice
// at a time so the page keeps drawing. With `runs`, the capitalised runs a German text repeats are
// gathered too, for add_recurring_names once all is read (annotate_article is this over all
// sentences, then that).
void annotate_sentences(const Article& article, const Gazetteer& gazetteer, const AnnotateOptions& options, std::size_t first,
                        std::size_t last, std::vector<Mention>& out, NameRuns* runs = nullptr);

}  // namespace ds

#pragma once
// Annotating a sentence or an article of our own in tests.
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "core/annotate/annotate.h"
#include "core/articles/article_parser.h"
#include "core/annotate/gazetteer.h"
#include "support/seed_articles.h"

namespace ds::test {

struct Annotated {
    Article article;
    std::vector<Mention> mentions;
    std::string text(const Mention& m) const { return display_text(article.view(m.range)); }
    // Mentions of one kind, in order.
    std::vector<Mention> of(MentionKind kind) const {
        std::vector<Mention> out;
        for (const auto& m : mentions) {
            if (m.kind == kind) out.push_back(m);
        }
        return out;
    }
};

// `body` is wrapped in an article with a title; `date` is the article's date ("" for none).
inline Annotated annotate_text(const std::string& body, const std::string& date = "2025-11-20", const std::string& language = "") {
    ArticleMeta meta;
    if (!date.empty()) meta.date = date;
    if (!language.empty()) meta.language = language;
    // (A title in the text's language: a German title's nouns read as names in an English text.)
    const std::string title = language == "en" ? "A title of a test article of our own" : "Titel eines eigenen Testartikels hier";
    auto parsed = parse_article("own.txt", title + "\n\n" + body + "\n", &meta);
    Annotated a{std::get<Article>(std::move(parsed)), {}};
    a.mentions = annotate_article(a.article, seed_gazetteer());
    return a;
}

}  // namespace ds::test

#pragma once
// Raw news text → Article: title, kicker, subtitle, byline and date from the header, headings,
// paragraphs, quotes and list items in the body, boilerplate labelled by kind, sentences split.
#include <cstddef>
#include <string>
#include <variant>

#include "core/articles/article.h"
#include "core/articles/article_meta.h"

namespace ds {

// A news article is a few tens of kilobytes; the app and the CLI refuse files over this size (the
// CLI's --max-bytes raises it), so a stray log or data dump does not take minutes and gigabytes.
inline constexpr std::size_t kMaxArticleBytes = std::size_t{5} << 20;

// `file_name` gives the id ("000_x.txt" → "000_x") and names the place in problems. `meta`, when
// given, overrides what the text says. Refuses (returns a problem naming the byte offset) empty,
// binary and invalid UTF-8 input; anything else yields an article, with warnings in its problems.
// The id an article gets from its file name: "000_x.txt" → "000_x", "notes/a.md" → "a".
std::string article_id_of_file(const std::string& file_name);

std::variant<Article, Problem> parse_article(const std::string& file_name, std::string bytes,
                                             const ArticleMeta* meta = nullptr);

}  // namespace ds

#pragma once
// The optional metadata sidecar `<name>.meta.json` next to an article: what the text does not say
// (or says unreliably) about publisher, URL, date, language, title and author.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/text/problem.h"

namespace ds {

struct ArticleMeta {
    std::optional<std::string> publisher, url, date, date_basis, language, title, author;
    bool date_inferred = false;  // the date was worked out from the content, not stated
};

// Reads a sidecar's JSON. Syntax errors and wrong or unknown fields become warnings in `problems`
// (placed as file:line:col or file#/pointer); valid fields are still used. Returns nothing when the
// JSON cannot be read at all.
std::optional<ArticleMeta> parse_article_meta(std::string_view json_text, const std::string& file,
                                              std::vector<Problem>& problems);

}  // namespace ds

#pragma once
// All articles of a folder, parsed, with their sidecars; problems are collected, never fatal.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/articles/article.h"
#include "core/articles/article_meta.h"

namespace ds {

struct Corpus {
    std::vector<Article> articles;  // sorted by file name
    std::vector<Problem> problems;  // unreadable or refused files, sidecar warnings, parse warnings
};

// Reads `<name>.meta.json` next to an article file if it exists (problems are warnings).
std::optional<ArticleMeta> load_sidecar(const std::filesystem::path& article_file, std::vector<Problem>& problems);

// Parses every `*.txt` in `folder` (not recursive).
Corpus load_corpus(const std::filesystem::path& folder);

}  // namespace ds

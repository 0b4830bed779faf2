#pragma once
// The articles found in an assets folder: which files there are and a first look at each.
// Issue-level parsing (title, blocks, sentences) builds on this; the catalogue only lists.
#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

#include "problem.h"

namespace ds {

struct ArticleFile {
    std::string file_name;   // "000_0fd505e617a80e95.txt"
    std::string first_line;  // first non-blank line, trimmed, valid UTF-8, at most kFirstLineBytes
    std::size_t bytes = 0;
};

struct ArticleCatalog {
    std::vector<ArticleFile> articles;  // sorted by file name
    std::vector<Problem> problems;      // files that could not be listed, and why
};

inline constexpr std::size_t kFirstLineBytes = 200;

// Lists every `*.txt` file in `folder` (not recursive). A missing folder or unreadable file becomes a
// problem in the result; the readable articles are still listed.
ArticleCatalog load_article_catalog(const std::filesystem::path& folder);

// First non-blank line of `text`, trimmed of ASCII and Unicode spaces and a leading BOM, sanitised.
std::string first_line_of(std::string_view text);

}  // namespace ds

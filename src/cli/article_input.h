#pragma once
// What the CLI's commands read an article with: the file, its metadata (a sidecar or --meta), the
// gazetteer (--entities or the assets'), and how they report problems — one line each on stderr.
#include <cstddef>
#include <string>
#include <variant>
#include <vector>

#include "core/annotate/gazetteer.h"
#include "core/articles/article.h"
#include "core/articles/article_parser.h"
#include "core/text/problem.h"

namespace ds::cli {

void print_problems(const std::vector<ds::Problem>& problems);
// A command's arguments do not fit: says so on stderr, pointing at --help; returns the exit status 1.
int usage(const std::string& message);

struct ArticleArgs {
    std::string file, meta_file, date, entities;
    std::size_t max_bytes = ds::kMaxArticleBytes;
};

// The parsed article, or an exit code (2) after printing why not.
std::variant<ds::Article, int> load_article(const ArticleArgs& a);

// The gazetteer named by --entities, or the default one; an exit code (2) if it has errors.
std::variant<ds::Gazetteer, int> load_entities(const ArticleArgs& a);

}  // namespace ds::cli

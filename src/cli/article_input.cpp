#include "cli/article_input.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <optional>

#include "core/articles/article_meta.h"
#include "core/articles/article_parser.h"
#include "core/articles/corpus.h"
#include "core/text/text_file.h"

namespace ds::cli {

int usage(const std::string& message) {
    std::fprintf(stderr, "dealscope-cli: %s (see dealscope-cli --help)\n", message.c_str());
    return 1;
}

void print_problems(const std::vector<ds::Problem>& problems) {
    for (const auto& p : problems) std::fprintf(stderr, "%s\n", ds::describe(p).c_str());
}

std::variant<ds::Article, int> load_article(const ArticleArgs& a) {
    std::error_code size_error;
    const auto size = std::filesystem::file_size(a.file, size_error);
    if (!size_error && size > a.max_bytes) {
        print_problems({{ds::Severity::error, a.file, ds::MessageCode::article_over_limit, {std::to_string(size), std::to_string(a.max_bytes)}}});
        return 2;
    }
    auto read = ds::read_text_file(a.file, std::max<std::size_t>(a.max_bytes, ds::kMaxTextFileBytes));
    if (auto* problem = std::get_if<ds::Problem>(&read)) {
        print_problems({*problem});
        return 2;
    }
    std::vector<ds::Problem> problems;
    std::optional<ds::ArticleMeta> meta;
    if (!a.meta_file.empty()) {
        auto meta_text = ds::read_text_file(a.meta_file, std::size_t{1} << 20);
        if (auto* problem = std::get_if<ds::Problem>(&meta_text)) {
            print_problems({*problem});
            return 2;
        }
        meta = ds::parse_article_meta(std::get<std::string>(meta_text), a.meta_file, problems);
    } else {
        meta = ds::load_sidecar(a.file, problems);
    }
    auto parsed = ds::parse_article(a.file, std::move(std::get<std::string>(read)), meta ? &*meta : nullptr);
    if (auto* problem = std::get_if<ds::Problem>(&parsed)) {
        print_problems(problems);
        print_problems({*problem});
        return 2;
    }
    auto& article = std::get<ds::Article>(parsed);
    article.problems.insert(article.problems.begin(), problems.begin(), problems.end());
    return std::move(article);
}

std::variant<ds::Gazetteer, int> load_entities(const ArticleArgs& a) {
    std::vector<ds::Problem> problems;
    ds::Gazetteer gazetteer;
    if (!a.entities.empty()) {
        auto text = ds::read_text_file(a.entities, std::size_t{256} << 20);
        if (auto* problem = std::get_if<ds::Problem>(&text)) {
            print_problems({*problem});
            return 2;
        }
        gazetteer = ds::parse_gazetteer(std::get<std::string>(text), a.entities, problems);
    } else {
        gazetteer = ds::load_gazetteer(DEALSCOPE_DEFAULT_ASSETS_DIR, problems);
    }
    print_problems(problems);
    const bool broken = std::any_of(problems.begin(), problems.end(), [](const ds::Problem& p) { return p.severity == ds::Severity::error; });
    if (broken) return 2;
    return gazetteer;
}

}  // namespace ds::cli

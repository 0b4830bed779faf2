#include "core/articles/corpus.h"

#include <algorithm>
#include <system_error>
#include <unordered_set>
#include <variant>

#include "core/articles/article_parser.h"
#include "core/text/text_file.h"

namespace ds {

std::optional<ArticleMeta> load_sidecar(const std::filesystem::path& article_file, std::vector<Problem>& problems) {
    std::filesystem::path sidecar = article_file;
    sidecar.replace_extension(".meta.json");
    std::error_code ec;
    if (!std::filesystem::exists(sidecar, ec)) return std::nullopt;
    auto read = read_text_file(sidecar, std::size_t{1} << 20);
    if (auto* problem = std::get_if<Problem>(&read)) {
        problem->severity = Severity::warning;
        problems.push_back(std::move(*problem));
        return std::nullopt;
    }
    return parse_article_meta(std::get<std::string>(read), sidecar.generic_string(), problems);
}

Corpus load_corpus(const std::filesystem::path& folder) {
    Corpus corpus;
    std::error_code ec;
    if (!std::filesystem::is_directory(folder, ec)) {
        corpus.problems.push_back({Severity::error, folder.generic_string(), MessageCode::folder_missing});
        return corpus;
    }
    std::vector<std::filesystem::path> files;
    // Sidecars are looked for in the listing, not asked of the file system for every article: under
    // node each missing file is an exception in JavaScript, which doubled the time to read a folder.
    std::unordered_set<std::string> sidecars;
    for (std::filesystem::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
        const std::filesystem::path& path = it->path();
        if (path.extension() == ".txt") files.push_back(path);
        else if (path.filename().string().ends_with(".meta.json")) sidecars.insert(path.filename().string());
    }
    if (ec) corpus.problems.push_back({Severity::error, folder.generic_string(), MessageCode::cannot_list, {ec.message()}});
    std::sort(files.begin(), files.end());

    for (const auto& path : files) {
        auto read = read_text_file(path);
        if (auto* problem = std::get_if<Problem>(&read)) {
            corpus.problems.push_back(std::move(*problem));
            continue;
        }
        std::filesystem::path sidecar = path.filename();
        sidecar.replace_extension(".meta.json");
        const auto meta = sidecars.count(sidecar.string()) ? load_sidecar(path, corpus.problems) : std::nullopt;
        auto parsed = parse_article(path.generic_string(), std::move(std::get<std::string>(read)), meta ? &*meta : nullptr);
        if (auto* problem = std::get_if<Problem>(&parsed)) {
            corpus.problems.push_back(std::move(*problem));
            continue;
        }
        Article& article = std::get<Article>(parsed);
        article.file = path.filename().string();
        corpus.problems.insert(corpus.problems.end(), article.problems.begin(), article.problems.end());
        corpus.articles.push_back(std::move(article));
    }
    return corpus;
}

}  // namespace ds

#include "article_catalog.h"

#include <algorithm>
#include <system_error>
#include <variant>

#include "text_file.h"
#include "utf8.h"

namespace ds {

namespace {
constexpr std::string_view kBom = "\xEF\xBB\xBF";
constexpr std::string_view kNbsp = "\xC2\xA0";

bool starts_with_space(std::string_view s) {
    return !s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r' || s.starts_with(kNbsp));
}
bool ends_with_space(std::string_view s) {
    return !s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.ends_with(kNbsp));
}

std::string_view trim(std::string_view s) {
    while (starts_with_space(s)) s.remove_prefix(s.starts_with(kNbsp) ? kNbsp.size() : 1);
    while (ends_with_space(s)) s.remove_suffix(s.ends_with(kNbsp) ? kNbsp.size() : 1);
    return s;
}
}  // namespace

std::string first_line_of(std::string_view text) {
    if (text.starts_with(kBom)) text.remove_prefix(kBom.size());
    while (!text.empty()) {
        const std::size_t end = text.find('\n');
        const std::string_view line = trim(text.substr(0, end));
        if (!line.empty()) return sanitize_utf8(truncate_utf8(line, kFirstLineBytes));
        if (end == std::string_view::npos) break;
        text.remove_prefix(end + 1);
    }
    return {};
}

ArticleCatalog load_article_catalog(const std::filesystem::path& folder) {
    ArticleCatalog catalog;
    std::error_code ec;
    if (!std::filesystem::is_directory(folder, ec)) {
        catalog.problems.push_back({Severity::error, folder.generic_string(), "article folder is missing"});
        return catalog;
    }
    std::vector<std::filesystem::path> files;
    for (std::filesystem::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
        if (it->path().extension() == ".txt") files.push_back(it->path());
    }
    if (ec) catalog.problems.push_back({Severity::error, folder.generic_string(), "cannot list: " + ec.message()});
    std::sort(files.begin(), files.end());

    for (const auto& path : files) {
        auto read = read_text_file(path);
        if (auto* problem = std::get_if<Problem>(&read)) {
            catalog.problems.push_back(std::move(*problem));
            continue;
        }
        const std::string& text = std::get<std::string>(read);
        ArticleFile entry{path.filename().string(), first_line_of(text), text.size()};
        if (auto bad = find_invalid_utf8(text)) {
            catalog.problems.push_back({Severity::warning, path.generic_string() + ":byte " + std::to_string(bad->offset),
                                        std::string("invalid UTF-8 (") + bad->reason + ")"});
        }
        if (entry.first_line.empty()) {
            catalog.problems.push_back({Severity::warning, path.generic_string(), "file has no text"});
        }
        catalog.articles.push_back(std::move(entry));
    }
    return catalog;
}

}  // namespace ds

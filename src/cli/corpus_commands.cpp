#include "cli/corpus_commands.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <cstdio>
#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <string_view>
#include <utility>

#include <nlohmann/json.hpp>

#include "cli/article_input.h"
#include "core/annotate/annotate.h"
#include "core/events/event_extractor.h"
#include "core/events/event_json.h"
#include "core/merge/merge_events.h"
#include "core/text/text_file.h"

namespace ds::cli {

namespace {

bool is_article_file(const std::filesystem::path& p) {
    const std::string name = p.filename().string();
    return (name.ends_with(".txt") || name.ends_with(".md")) && !name.starts_with(".");
}

// The article files the arguments name: files as given, folders searched for .txt and .md; sorted
// and without repeats, so the order of the arguments does not matter.
std::vector<std::string> article_files(const std::vector<std::string>& paths, std::vector<Problem>& problems) {
    std::set<std::string> files;
    for (const std::string& path : paths) {
        std::error_code error;
        if (std::filesystem::is_directory(path, error)) {
            for (auto it = std::filesystem::recursive_directory_iterator(path, error); !error && it != std::filesystem::recursive_directory_iterator(); it.increment(error))
                if (it->is_regular_file() && is_article_file(it->path())) files.insert(it->path().string());
        } else if (std::filesystem::exists(path, error)) {
            files.insert(path);
        } else {
            problems.push_back({Severity::error, path, MessageCode::file_missing});
        }
    }
    return {files.begin(), files.end()};
}

// One line of JSON Lines: the article's id, its file and its candidates in events.json's shape.
nlohmann::json candidates_json(const Article& article, const std::string& file, const std::vector<CandidateEvent>& found) {
    nlohmann::json candidates = nlohmann::json::array();
    for (const CandidateEvent& c : found) {
        nlohmann::json j = event_to_json(c.event);
        j["confidence"] = c.confidence;
        candidates.push_back(std::move(j));
    }
    return {{"article", article.id}, {"file", file}, {"candidates", std::move(candidates)}};
}

// The merged events as JSON: events, the claims where sources disagree, why events were merged,
// and the running totals with their parts.
nlohmann::json merged_json(const MergedEvents& m) {
    nlohmann::json events = nlohmann::json::array(), claims = nlohmann::json::array(), merges = nlohmann::json::array(), totals = nlohmann::json::array();
    for (const Event& e : m.events) events.push_back(event_to_json(e));
    for (const Claim& c : m.claims) {
        nlohmann::json assertions = nlohmann::json::array();
        for (const ClaimAssertion& a : c.assertions)
            assertions.push_back({{"article", a.source.article}, {"quote", a.source.quote}, {"says", a.says}, {"says_de", a.says_de}});
        claims.push_back({{"id", c.id}, {"fact", c.fact}, {"fact_de", c.fact_de}, {"conflicting", c.conflicting}, {"assertions", std::move(assertions)}});
    }
    for (const MergeNote& n : m.notes) merges.push_back({{"event", n.event}, {"members", n.members}, {"reasons", n.reasons}});
    for (const TotalLink& t : m.totals) totals.push_back({{"total", t.total}, {"parts", t.parts}, {"agrees", t.agrees}});
    return {{"events", std::move(events)}, {"claims", std::move(claims)}, {"merges", std::move(merges)}, {"totals", std::move(totals)}};
}

// The candidates of one extract line, as events; a line that is not one is a problem naming it.
bool read_candidates(const nlohmann::json& line, std::vector<Event>& out) {
    if (!line.is_object() || !line.contains("candidates") || !line["candidates"].is_array()) return false;
    for (const auto& c : line["candidates"]) {
        auto event = event_from_json(c);
        if (!event) return false;
        out.push_back(std::move(*event));
    }
    return true;
}

}  // namespace

int run_extract_corpus(const std::vector<std::string>& args) {
    ArticleArgs shared;
    std::vector<std::string> paths;
    bool jsonl = false, merge = false;
    std::size_t split = 0;  // --split N DIR: the lines in N files by merge part (the map step of a spread reduce)
    std::string split_dir;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const bool has_value = i + 1 < args.size();
        if (args[i] == "--jsonl") jsonl = true;
        else if (args[i] == "--split" && i + 2 < args.size()) {
            const std::string& n = args[++i];
            split = n.find_first_not_of("0123456789") == std::string::npos && n.size() < 6 ? std::strtoull(n.c_str(), nullptr, 10) : 0;
            if (split == 0) return usage("extract: --split takes a number of parts and a folder (" + n + ")");
            split_dir = args[++i];
        }
        else if (args[i] == "--merge") merge = true;
        else if (args[i] == "--entities" && has_value) shared.entities = args[++i];
        else if (args[i] == "--max-bytes" && has_value) {
            const std::string& n = args[++i];
            char* end = nullptr;
            shared.max_bytes = std::strtoull(n.c_str(), &end, 10);
            if (n.empty() || *end != '\0' || !std::isdigit(static_cast<unsigned char>(n[0]))) shared.max_bytes = 0;
        }
        else if (args[i].starts_with("--")) return usage("extract: unexpected argument '" + args[i] + "' with several files");
        else paths.push_back(args[i]);
    }
    if (jsonl == merge) return usage("extract: several files or a folder need --jsonl or --merge (one of them)");
    if (split > 0 && !jsonl) return usage("extract: --split goes with --jsonl");
    if (paths.empty()) return usage("extract: which files or folders?");
    if (shared.max_bytes == 0) return usage("extract: --max-bytes takes a positive whole number of bytes");
    auto entities = load_entities(shared);
    if (auto* code = std::get_if<int>(&entities)) return *code;
    const Gazetteer& gazetteer = std::get<Gazetteer>(entities);
    // part-0.jsonl … part-(N-1).jsonl, each line an article's candidates of that part only.
    std::vector<std::FILE*> part_files;
    const auto close_parts = [&] {
        for (std::FILE* f : part_files) std::fclose(f);
    };
    if (split > 0) {
        std::error_code error;
        std::filesystem::create_directories(split_dir, error);
        for (std::size_t k = 0; k < split; ++k) {
            const std::string name = (std::filesystem::path(split_dir) / ("part-" + std::to_string(k) + ".jsonl")).string();
            std::FILE* f = std::fopen(name.c_str(), "wb");
            if (!f) {
                close_parts();
                print_problems({{Severity::error, name, MessageCode::text, {std::string("could not be written")}}});
                return 1;
            }
            part_files.push_back(f);
        }
    }

    std::vector<Problem> problems;
    const std::vector<std::string> files = article_files(paths, problems);
    print_problems(problems);
    std::vector<Event> reports;
    std::size_t unreadable = 0;
    for (const std::string& file : files) {
        ArticleArgs a = shared;
        a.file = file;
        auto loaded = load_article(a);  // names a file it cannot read; the rest go on
        if (std::holds_alternative<int>(loaded)) {
            ++unreadable;
            continue;
        }
        const Article& article = std::get<Article>(loaded);
        print_problems(article.problems);
        const auto mentions = annotate_article(article, gazetteer);
        std::vector<Problem> notes;
        const auto found = extract_candidates(article, mentions, gazetteer, &notes);
        print_problems(notes);
        if (split > 0) {
            std::vector<std::vector<CandidateEvent>> by_part(split);
            for (const CandidateEvent& c : found) by_part[merge_part(c.event, split)].push_back(c);
            for (std::size_t k = 0; k < split; ++k)
                if (!by_part[k].empty()) std::fprintf(part_files[k], "%s\n", candidates_json(article, file, by_part[k]).dump().c_str());
        } else if (jsonl) {
            std::printf("%s\n", candidates_json(article, file, found).dump().c_str());
        } else {
            for (const CandidateEvent& c : found) reports.push_back(c.event);
        }
    }
    if (merge) std::printf("%s\n", merged_json(merge_events(std::move(reports))).dump(2).c_str());
    close_parts();
    std::fprintf(stderr, "extract: %zu article(s) read, %zu could not be\n", files.size() - unreadable, unreadable + problems.size());
    return unreadable + problems.size() > 0 ? 2 : 0;
}

namespace {
// "2/8" → {2, 8}; none unless 0 <= K < N.
std::optional<std::pair<std::size_t, std::size_t>> part_of(const std::string& text) {
    const std::size_t slash = text.find('/');
    if (slash == std::string::npos || slash == 0 || slash + 1 == text.size()) return std::nullopt;
    if (text.find_first_not_of("0123456789/") != std::string::npos || text.find('/', slash + 1) != std::string::npos) return std::nullopt;
    const std::size_t k = std::strtoull(text.substr(0, slash).c_str(), nullptr, 10), n = std::strtoull(text.substr(slash + 1).c_str(), nullptr, 10);
    if (n == 0 || k >= n || n > 100000) return std::nullopt;
    return std::pair{k, n};
}

// merge --combine: the merged parts put together in the order one merge of all would give.
int combine_parts(const std::vector<std::string>& files) {
    if (files.empty()) return usage("merge --combine: which files? (outputs of merge --part)");
    std::map<std::string, nlohmann::json> lists{{"events", nlohmann::json::array()}, {"claims", nlohmann::json::array()},
                                                {"merges", nlohmann::json::array()}, {"totals", nlohmann::json::array()}};
    for (const std::string& file : files) {
        auto text = read_text_file(file, std::size_t{1} << 30);
        if (auto* problem = std::get_if<Problem>(&text)) {
            print_problems({*problem});
            return 1;
        }
        auto doc = nlohmann::json::parse(std::get<std::string>(text), nullptr, false);
        const bool whole = doc.is_object() && std::all_of(lists.begin(), lists.end(), [&](const auto& l) { return doc.contains(l.first) && doc[l.first].is_array(); });
        if (!whole) {
            print_problems({{Severity::error, file, MessageCode::text, {std::string("not the output of dealscope-cli merge")}}});
            return 1;  // a part missing would make a result that looks whole and is not
        }
        for (auto& [key, list] : lists)
            for (auto& item : doc[key]) list.push_back(std::move(item));
    }
    nlohmann::json& events = lists["events"];
    // Events in the merge's order (merged_before), decided on their dates and ids alone: reading
    // every event whole took as long as merging a part.
    std::vector<std::pair<Event, std::size_t>> keyed;
    std::set<std::string> ids;
    for (std::size_t i = 0; i < events.size(); ++i) {
        const nlohmann::json& e = events[i];
        const bool shaped = e.is_object() && e.contains("id") && e["id"].is_string() && e.contains("date") && e["date"].is_object();
        if (!shaped) {
            print_problems({{Severity::error, "merge --combine: events/" + std::to_string(i), MessageCode::text, {std::string("not an event")}}});
            return 1;
        }
        Event key;
        key.id = e["id"].get<std::string>();
        key.date.value = e["date"].value("value", "");
        if (!ids.insert(key.id).second) {
            print_problems({{Severity::error, "merge --combine", MessageCode::text,
                             {"event id '" + key.id + "' is in two parts (two articles with one id?): merge them on one machine"}}});
            return 1;
        }
        keyed.emplace_back(std::move(key), i);
    }
    std::sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) { return merged_before(a.first, b.first); });
    nlohmann::json ordered = nlohmann::json::array();
    for (const auto& k : keyed) ordered.push_back(std::move(events[k.second]));
    const auto by = [](const char* key) { return [key](const nlohmann::json& a, const nlohmann::json& b) { return a.value(key, "") < b.value(key, ""); }; };
    for (const auto& [list, key] : {std::pair{"claims", "id"}, std::pair{"merges", "event"}, std::pair{"totals", "total"}})
        std::sort(lists[list].begin(), lists[list].end(), by(key));
    events = std::move(ordered);
    const nlohmann::json out(std::move(lists));  // an object of the four lists, keys in order as merge writes them
    std::printf("%s\n", out.dump(2).c_str());
    return 0;
}
}  // namespace

int run_merge(const std::vector<std::string>& all_args) {
    if (all_args.empty()) return usage("merge: which files? (JSON Lines from extract --jsonl)");
    std::vector<std::string> args;
    std::optional<std::pair<std::size_t, std::size_t>> part;
    bool combine = false;
    for (std::size_t i = 0; i < all_args.size(); ++i) {
        if (all_args[i] == "--combine") combine = true;
        else if (all_args[i] == "--part" && i + 1 < all_args.size()) {
            part = part_of(all_args[++i]);
            if (!part) return usage("merge: --part takes K/N, a part 0 <= K < N (" + all_args[i] + ")");
        } else args.push_back(all_args[i]);
    }
    if (combine && part) return usage("merge: --part and --combine are two steps; give one");
    if (combine) return combine_parts(args);
    if (args.empty()) return usage("merge: which files? (JSON Lines from extract --jsonl)");
    std::vector<Event> reports;
    std::size_t bad = 0;
    for (const std::string& file : args) {
        if (file.starts_with("--")) return usage("merge: unexpected argument '" + file + "'");
        auto text = read_text_file(file, std::size_t{1} << 30);
        if (auto* problem = std::get_if<Problem>(&text)) {
            print_problems({*problem});
            ++bad;
            continue;
        }
        const std::string& all = std::get<std::string>(text);
        // JSON Lines, one article a line; a whole extract output (one JSON document) is read too.
        const auto whole = nlohmann::json::parse(all, nullptr, false);
        if (!whole.is_discarded() && whole.is_object()) {
            if (!read_candidates(whole, reports)) {
                print_problems({{Severity::error, file, MessageCode::text, {std::string("not the output of dealscope-cli extract")}}});
                ++bad;
            }
            continue;
        }
        std::size_t line_number = 0, start = 0;
        while (start < all.size()) {
            std::size_t end = all.find('\n', start);
            if (end == std::string::npos) end = all.size();
            const std::string_view line(all.data() + start, end - start);
            ++line_number;
            start = end + 1;
            if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
            const auto parsed = nlohmann::json::parse(line, nullptr, false);
            if (parsed.is_discarded() || !read_candidates(parsed, reports)) {
                print_problems({{Severity::error, file + ":line " + std::to_string(line_number), MessageCode::text,
                                 {std::string("not a line of dealscope-cli extract --jsonl (left out)")}}});
                ++bad;
            }
        }
    }
    // One part of the reduce: only the reports of the blocks that fall to it.
    if (part) std::erase_if(reports, [&](const Event& e) { return merge_part(e, part->second) != part->first; });
    std::printf("%s\n", merged_json(merge_events(std::move(reports))).dump(2).c_str());
    return bad > 0 ? 2 : 0;
}

}  // namespace ds::cli

#include "explorer/user_store.h"

#include <algorithm>
#include <cstdlib>
#include <set>

#include <nlohmann/json.hpp>

#include "core/events/event_json.h"
#include "core/json/json_load.h"
#include "core/json/json_string.h"
#include "explorer/user_data.h"

namespace ds {

namespace {

constexpr std::string_view kArticleKey = "article:";
constexpr std::string_view kEventKey = "event:";
constexpr std::string_view kEntityKey = "entity:";  // a name a table brought (events name it)
constexpr std::string_view kReviewKey = "review:";  // a candidate rejected or kept apart in the review

std::string article_record(const Article& a) {
    std::string out;
    std::size_t done = 0;
    append_article_record(out, a, done, SIZE_MAX);
    return out;
}

std::string event_record(const Event& e) { return nlohmann::json{{"event", event_to_json(e)}, {"version", 1}}.dump(); }
// "apart_from": the first key of the deal it was taken out of ("" when not kept apart).
std::string review_record(const std::string& candidate, bool rejected, const std::string& apart_from) {
    return nlohmann::json{{"review", {{"candidate", candidate}, {"rejected", rejected}, {"apart_from", apart_from}}}, {"version", 1}}.dump();
}
std::string entity_record(const Entity& e) { return "{\"entity\":" + entity_json_text(e) + ",\"version\":1}"; }

// A record's JSON: an object of version 1 holding `field`; else why not.
std::variant<nlohmann::json, Problem> record_body(const std::string& text, const std::string& at, const char* field) {
    auto parsed = parse_json(text, at);
    if (auto* problem = std::get_if<Problem>(&parsed)) return std::move(*problem);
    nlohmann::json record = std::get<nlohmann::json>(std::move(parsed));
    if (!record.is_object() || !record.contains("version") || !record["version"].is_number_integer()) {
        return Problem{Severity::error, at, MessageCode::expected_user_record};
    }
    if (record["version"] != 1) return Problem{Severity::error, at + "#/version", MessageCode::unsupported_version};
    if (!record.contains(field) || !record[field].is_object()) return Problem{Severity::error, at, MessageCode::expected_user_record};
    return std::move(record[field]);
}

// Article ids as stored → as they are here (a newcomer renamed because its id was taken).
using Renames = std::map<std::string, std::string>;

std::optional<Problem> import_article(AppState& state, const std::string& key, const std::string& text, const std::string& at, Renames& renames) {
    auto body = record_body(text, at, "article");
    if (auto* problem = std::get_if<Problem>(&body)) return std::move(*problem);
    const auto& a = std::get<nlohmann::json>(body);
    const auto string = [&](const char* k) { return a.contains(k) && a[k].is_string(); };
    if (!string("id") || !string("name") || !string("text")) return Problem{Severity::error, at + "#/article", MessageCode::expected_user_article};
    const std::string id = a["id"].get<std::string>();
    if (key.substr(kArticleKey.size()) != id) return Problem{Severity::error, at + "#/article/id", MessageCode::expected_user_record};
    if (const auto have = article_index(state, id); have && *have >= state.user.first_article &&
                                                    state.data.corpus.articles[*have].text == a["text"].get_ref<const std::string&>()) {
        return std::nullopt;  // already here
    }
    auto added = append_user_article(state, a["name"].get<std::string>(), a["text"].get<std::string>(), id);
    if (auto* problem = std::get_if<Problem>(&added)) return std::move(*problem);
    if (std::get<std::string>(added) != id) renames[id] = std::get<std::string>(added);
    return std::nullopt;
}

std::optional<Problem> import_event(AppState& state, const std::string& key, const std::string& text, const std::string& at, const Renames& renames) {
    auto body = record_body(text, at, "event");
    if (auto* problem = std::get_if<Problem>(&body)) return std::move(*problem);
    nlohmann::json& e = std::get<nlohmann::json>(body);
    if (!e.contains("id") || e["id"] != key.substr(kEventKey.size())) return Problem{Severity::error, at + "#/event/id", MessageCode::expected_user_record};
    if (auto sources = e.find("sources"); sources != e.end() && sources->is_array()) {
        for (auto& source : *sources) {
            if (!source.is_object() || !source.contains("article") || !source["article"].is_string()) continue;
            if (const auto r = renames.find(source["article"].get<std::string>()); r != renames.end()) source["article"] = r->second;
        }
    }
    return append_user_event(state, std::move(e), at);
}

std::optional<Problem> import_entity(AppState& state, const std::string& key, const std::string& text, const std::string& at) {
    auto body = record_body(text, at, "entity");
    if (auto* problem = std::get_if<Problem>(&body)) return std::move(*problem);
    const auto& e = std::get<nlohmann::json>(body);
    if (!e.contains("id") || e["id"] != key.substr(kEntityKey.size())) return Problem{Severity::error, at + "#/entity/id", MessageCode::expected_user_record};
    return append_user_entity(state, e, at);
}

// A choice in the review: {"candidate": "notes#2", "rejected": true, "apart_from": ""}, under
// "review:notes#2". An article renamed on the way in renames its candidates' keys.
std::optional<Problem> import_review(AppState& state, const std::string& key, const std::string& text, const std::string& at, const Renames& renames) {
    auto body = record_body(text, at, "review");
    if (auto* problem = std::get_if<Problem>(&body)) return std::move(*problem);
    const auto& r = std::get<nlohmann::json>(body);
    const auto flag = [&](const char* name) { return r.contains(name) && r[name].is_boolean() && r[name].get<bool>(); };
    if (!r.contains("candidate") || r["candidate"] != key.substr(kReviewKey.size())) return Problem{Severity::error, at + "#/review/candidate", MessageCode::expected_user_record};
    const auto renamed = [&](std::string stored) {
        const std::size_t hash = stored.rfind('#');
        if (hash == std::string::npos) return stored;
        const auto to = renames.find(stored.substr(0, hash));
        return to == renames.end() ? stored : to->second + stored.substr(hash);
    };
    const std::string candidate = renamed(r["candidate"].get<std::string>());
    if (candidate.find('#') == std::string::npos) return Problem{Severity::error, at + "#/review/candidate", MessageCode::expected_user_record};
    if (flag("rejected")) state.user.review.rejected.insert(candidate);
    if (r.contains("apart_from") && r["apart_from"].is_string() && !r["apart_from"].get_ref<const std::string&>().empty())
        state.user.review.apart[candidate] = renamed(r["apart_from"].get<std::string>());
    return std::nullopt;
}

// Imports records: entities first, so that the user's articles are read knowing the names they made
// (as when they made them), then articles, then events, which name and cite both; what cannot be
// read is kept aside.
void import_records(AppState& state, const std::vector<std::pair<std::string, std::string>>& records, const std::string& place) {
    Renames renames;
    const auto stage_of = [](const std::string& key) { return key.starts_with(kEntityKey) ? 0 : key.starts_with(kArticleKey) ? 1 : 2; };
    for (int stage = 0; stage < 3; ++stage) {
        for (const auto& [key, text] : records) {
            if (stage_of(key) != stage) continue;
            const std::string at = place + ":" + key;
            std::optional<Problem> problem;
            if (stage == 0) problem = import_entity(state, key, text, at);
            else if (stage == 1) problem = import_article(state, key, text, at, renames);
            else if (key.starts_with(kEventKey)) problem = import_event(state, key, text, at, renames);
            else if (key.starts_with(kReviewKey)) problem = import_review(state, key, text, at, renames);
            else problem = Problem{Severity::error, at, MessageCode::expected_user_record};
            if (problem) state.user.kept_aside[key] = {text, kept_aside_problem(place, key, *problem), true};
            else state.user.kept_aside.erase(key);
        }
    }
}

// Removes what record `key` holds here.
void drop_record(AppState& state, const std::string& key) {
    if (state.user.kept_aside.erase(key) > 0) return;
    if (key.starts_with(kArticleKey)) erase_user_article(state, key.substr(kArticleKey.size()));
    else if (key.starts_with(kEventKey)) erase_user_event(state, key.substr(kEventKey.size()));
    else if (key.starts_with(kEntityKey)) erase_user_entity(state, key.substr(kEntityKey.size()));  // kept while an event names it
    else if (key.starts_with(kReviewKey)) {
        state.user.review.rejected.erase(key.substr(kReviewKey.size()));
        state.user.review.apart.erase(key.substr(kReviewKey.size()));
    }
}

// After a restore or merge: what is here but not yet in the store is a change to save.
void settle(AppState& state, const StoredUserData& stored, std::uint64_t revision_before, std::uint64_t saved_before) {
    state.user.stored = stored.records;
    state.user.stored_generation = stored.generation;
    state.user.revision = revision_before;
    state.user.saved_revision = saved_before;
    if (state.user.revision == state.user.saved_revision && user_records(state) != state.user.stored) ++state.user.revision;
    reindex_user_data(state);
}

}  // namespace

bool append_article_record(std::string& out, const Article& a, std::size_t& text_done, std::size_t budget_bytes) {
    // Built by hand: dump() would check a 5 MB text's UTF-8 again. Byte for byte what dump() writes.
    if (out.empty()) {
        out = "{\"article\":{\"id\":";
        append_json_string(out, a.id);
        out += ",\"name\":";
        append_json_string(out, a.file);
        out += ",\"text\":\"";
        out.reserve(out.size() + a.text.size() + a.text.size() / 16 + 32);
    }
    const std::size_t end = a.text.size() - text_done <= budget_bytes ? a.text.size() : text_done + budget_bytes;
    append_json_escaped(out, std::string_view(a.text).substr(text_done, end - text_done));
    text_done = end;
    if (text_done < a.text.size()) return false;
    out += "\"},\"version\":1}";
    return true;
}

Problem kept_aside_problem(const std::string& place, const std::string& key, const Problem& why) {
    std::vector<std::string> args{key};
    const auto inner = nested(why.code, why.args);
    args.insert(args.end(), inner.begin(), inner.end());
    return Problem{Severity::error, place, MessageCode::record_kept_aside, std::move(args)};
}

UserRecords user_records(const AppState& state) {
    UserRecords records;
    for (std::size_t i = state.user.first_article; i < state.data.corpus.articles.size(); ++i) {
        const Article& a = state.data.corpus.articles[i];
        auto cached = state.user.article_records.find(a.id);
        if (cached == state.user.article_records.end()) cached = state.user.article_records.emplace(a.id, article_record(a)).first;
        records.emplace(std::string(kArticleKey) + a.id, cached->second);
    }
    for (const Entity& e : state.data.gazetteer.entities) {
        if (e.by_user) records.emplace(std::string(kEntityKey) + e.id, entity_record(e));
    }
    for (const Event& e : state.data.events.events) {
        if (e.by_user) records.emplace(std::string(kEventKey) + e.id, event_record(e));
    }
    const ReviewChoices& review = state.user.review;
    std::set<std::string> reviewed(review.rejected.begin(), review.rejected.end());
    for (const auto& kept : review.apart) reviewed.insert(kept.first);
    for (const std::string& c : reviewed) {
        const auto apart = review.apart.find(c);
        records.emplace(std::string(kReviewKey) + c, review_record(c, review.rejected.count(c) > 0, apart == review.apart.end() ? "" : apart->second));
    }
    for (const auto& [key, kept] : state.user.kept_aside) {
        if (kept.in_store) records.emplace(key, kept.text);
    }
    return records;
}

UserStoreWrite store_changes(const UserRecords& stored, const UserRecords& now) {
    UserStoreWrite write;
    for (const auto& [key, text] : now) {
        const auto it = stored.find(key);
        if (it == stored.end() || it->second != text) write.put.emplace(key, text);
    }
    for (const auto& [key, text] : stored) {
        if (!now.contains(key)) write.remove.push_back(key);
    }
    return write;
}

namespace {
// The browser's framing (user_store.h); a problem names the byte where it breaks.
std::variant<StoredUserData, Problem> read_records_blob(std::string_view blob, const std::string& place) {
    StoredUserData stored;
    std::size_t at = kRecordsMagic.size();
    const auto broken = [&] { return Problem{Severity::error, place + ":byte " + std::to_string(at), MessageCode::expected_user_record}; };
    // Reads "<a> <b>\n" at `at`.
    const auto two_numbers = [&](std::uint64_t& a, std::uint64_t& b) {
        const std::size_t line_end = blob.find('\n', at);
        if (line_end == std::string_view::npos) return false;
        const std::string line(blob.substr(at, line_end - at));
        char* end = nullptr;
        a = std::strtoull(line.c_str(), &end, 10);
        if (end == line.c_str() || *end != ' ') return false;
        char* end2 = nullptr;
        b = std::strtoull(end + 1, &end2, 10);
        if (end2 == end + 1 || *end2 != '\0') return false;
        at = line_end + 1;
        return true;
    };
    std::uint64_t layout = 0, generation = 0;
    if (!two_numbers(layout, generation) || layout > (1 << 20)) return broken();
    stored.layout = static_cast<int>(layout);
    stored.generation = generation;
    while (at < blob.size()) {
        std::uint64_t key_size = 0, text_size = 0;
        if (!two_numbers(key_size, text_size) || key_size > blob.size() - at || text_size > blob.size() - at - key_size) return broken();
        std::string key(blob.substr(at, key_size));
        std::string text(blob.substr(at + key_size, text_size));
        at += key_size + text_size;
        if (at >= blob.size() || blob[at] != '\n') return broken();
        ++at;
        stored.records.emplace(std::move(key), std::move(text));
    }
    return stored;
}
}  // namespace

std::variant<StoredUserData, Problem> read_user_store(std::string_view text, const std::string& place) {
    if (text.starts_with(kRecordsMagic)) return read_records_blob(text, place);
    auto parsed = parse_json(text, place);
    if (auto* problem = std::get_if<Problem>(&parsed)) return std::move(*problem);
    const nlohmann::json doc = std::get<nlohmann::json>(std::move(parsed));
    if (!doc.is_object()) return Problem{Severity::error, place, MessageCode::not_user_data, {kUserDataFormat}};
    StoredUserData stored;
    if (!doc.contains("layout")) {
        // Layout 1: the whole user-data document; its items become records, ids as the import gave them.
        if (!json_field_is(doc, "format", kUserDataFormat)) return Problem{Severity::error, place, MessageCode::not_user_data, {kUserDataFormat}};
        stored.layout = 1;
        std::map<std::string, int> ids;
        if (const auto a = doc.find("articles"); a != doc.end() && a->is_array()) {
            for (std::size_t i = 0; i < a->size(); ++i) {
                const auto& item = (*a)[i];
                const bool named = item.is_object() && item.contains("name") && item["name"].is_string();
                std::string id = named ? article_id_of_file(item["name"].get<std::string>()) : "unreadable-" + std::to_string(i + 1);
                if (const int n = ++ids[id]; n > 1) id += "-" + std::to_string(n);
                nlohmann::json body = item;
                if (body.is_object()) body["id"] = id;
                stored.records.emplace(std::string(kArticleKey) + id, nlohmann::json{{"article", std::move(body)}, {"version", 1}}.dump());
            }
        }
        if (const auto e = doc.find("events"); e != doc.end() && e->is_array()) {
            for (std::size_t i = 0; i < e->size(); ++i) {
                const auto& item = (*e)[i];
                const std::string id = item.is_object() && item.contains("id") && item["id"].is_string() ? item["id"].get<std::string>()
                                                                                                      : "unreadable-" + std::to_string(i + 1);
                stored.records.emplace(std::string(kEventKey) + id, nlohmann::json{{"event", item}, {"version", 1}}.dump());
            }
        }
        return stored;
    }
    if (!doc["layout"].is_number_integer() || doc["layout"].get<long long>() < 2) return Problem{Severity::error, place + "#/layout", MessageCode::unsupported_version};
    stored.layout = static_cast<int>(std::min<long long>(doc["layout"].get<long long>(), 1 << 20));
    if (const auto g = doc.find("generation"); g != doc.end() && g->is_number_unsigned()) stored.generation = g->get<std::uint64_t>();
    if (const auto r = doc.find("records"); r != doc.end() && r->is_object()) {
        for (const auto& [key, value] : r->items()) stored.records.emplace(key, value.is_string() ? value.get<std::string>() : value.dump());
    }
    return stored;
}

std::string user_store_file_text(const StoredUserData& stored) {
    std::string out = "{\"format\": \"";
    out += kUserDataFormat;
    out += "\", \"layout\": " + std::to_string(stored.layout) + ", \"generation\": " + std::to_string(stored.generation) + ",\n\"records\": {";
    bool first = true;
    for (const auto& [key, text] : stored.records) {
        out += first ? "\n " : ",\n ";
        first = false;
        append_json_string(out, key);
        out += ": ";
        // A record is JSON; one kept aside because it is not is written as a string, unchanged.
        const bool json = !std::holds_alternative<Problem>(parse_json(text.str(), key));
        if (json) out += text.str();
        else append_json_string(out, text.str());
    }
    out += "}}\n";
    return out;
}

std::string kept_aside_json(const AppState& state) {
    nlohmann::json records = nlohmann::json::array();
    for (const auto& [key, kept] : state.user.kept_aside) {
        // The text as stored; bytes that are not UTF-8 become U+FFFD (dump() would refuse them).
        records.push_back({{"key", key}, {"reason", kept.why.reason}, {"text", kept.text}});
    }
    return nlohmann::json{{"format", "dealscope-unreadable-records"}, {"records", std::move(records)}}.dump(1, ' ', false,
                                                                                                           nlohmann::json::error_handler_t::replace);
}

void restore_user_store(AppState& state, const StoredUserData& stored, const std::string& place) {
    if (stored.layout > kUserStoreLayout) {
        state.user.newer_layout = stored.layout;
        for (const auto& [key, text] : stored.records) state.user.kept_aside[key] = {text, Problem{Severity::error, place, MessageCode::store_newer_layout, {std::to_string(stored.layout)}}, true};
        state.user.problems = kept_aside_problems(state, place);
        return;
    }
    const auto revision = state.user.revision;
    import_records(state, {stored.records.begin(), stored.records.end()}, place);
    // Layout 1 is carried over: nothing of it is in the new layout yet.
    settle(state, stored.layout == 1 ? StoredUserData{} : stored, revision, revision);
    state.user.problems = kept_aside_problems(state, place);
    state.selection.article.reset();
}

void merge_user_store(AppState& state, const StoredUserData& stored, const std::string& place) {
    if (state.user.newer_layout != 0) return;
    if (stored.layout > kUserStoreLayout) {
        // A newer dealscope in another tab took the store over: from now on nothing is written to it.
        state.user.newer_layout = stored.layout;
        state.user.problems = kept_aside_problems(state, place);
        return;
    }
    const UserRecords base = state.user.stored;
    const UserRecords here = user_records(state);
    const auto revision = state.user.revision, saved = state.user.saved_revision;
    // Deleted or changed there, as it was here: it goes here too (entities last: events name them).
    std::vector<std::string> dropped_entities;
    for (const auto& [key, text] : base) {
        const auto there = stored.records.find(key);
        if (there != stored.records.end() && there->second == text) continue;
        const auto h = here.find(key);
        if (h == here.end() || h->second != text) continue;
        if (key.starts_with(kEntityKey)) dropped_entities.push_back(key);
        else drop_record(state, key);
    }
    for (const auto& key : dropped_entities) drop_record(state, key);
    // Added or changed there, and not the same here: it comes here — renamed when this copy changed
    // or added its own under the key (both are kept; the next save writes both).
    std::vector<std::pair<std::string, std::string>> incoming;
    for (const auto& [key, text] : stored.records) {
        if (const auto b = base.find(key); b != base.end() && b->second == text) continue;
        if (const auto h = here.find(key); h != here.end() && h->second == text) continue;
        incoming.emplace_back(key, text);
    }
    import_records(state, incoming, place);
    settle(state, stored, revision, saved);
    state.user.problems = kept_aside_problems(state, place);
}

std::vector<Problem> kept_aside_problems(const AppState& state, const std::string& place) {
    if (state.user.newer_layout != 0) return {Problem{Severity::error, place, MessageCode::store_newer_layout, {std::to_string(state.user.newer_layout)}}};
    std::vector<Problem> problems;
    for (const auto& [key, kept] : state.user.kept_aside) problems.push_back(kept.why);
    return problems;
}

}  // namespace ds

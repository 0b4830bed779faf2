// libFuzzer target: article parser, sidecar reader, date parser, annotators, gazetteer reader, events
// loader (and its JSON reader against nlohmann/json's), candidate extraction (its output bounded),
// the user-data import, the stored user data (restored and restored again) and the JSON output, on
// any bytes. The first byte picks what to feed so one corpus covers all of them (0xF0–0xF7: the
// user-data import, 0xF8 and up: the store, 0xE8–0xEF: a spreadsheet, 0xE0–0xE7: JSON Lines of
// candidates merged, 0xD8–0xDF: a pack, 0xD0–0xD7: the UI font's atlas file, added later without
// moving the other modes' inputs). Every problem found must carry arguments that fit its message code.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <variant>

#include <unistd.h>

#include <imgui.h>
#include <imgui_internal.h>
#include <nlohmann/json.hpp>

#include "core/annotate/annotate.h"
#include "core/articles/article_json.h"
#include "core/articles/article_meta.h"
#include "core/articles/article_parser.h"
#include "core/articles/date_text.h"
#include "core/events/event_extractor.h"
#include "core/events/event_loader.h"
#include "core/annotate/gazetteer.h"
#include "core/json/json_fast_sax.h"
#include "core/events/event_check.h"
#include "core/events/event_json.h"
#include "core/tables/table_export.h"
#include "core/tables/table_import.h"
#include "core/merge/merge_events.h"
#include "core/pack/data_pack.h"
#include "core/text/text_file.h"
#include "core/annotate/mention_format.h"
#include "core/annotate/mention_json.h"
#include "explorer/user_data.h"
#include "explorer/user_store.h"
#include "explorer/view_link.h"
#include "ui/font_atlas_file.h"
#include "sax_recorder.h"

namespace {
const ds::Gazetteer& small_gazetteer() {
    static const ds::Gazetteer g = [] {
        std::vector<ds::Problem> problems;
        return ds::parse_gazetteer(R"({"entities": [
            {"id": "microsoft", "name": "Microsoft", "kind": "company"},
            {"id": "openai", "name": "OpenAI", "kind": "company", "aliases": ["ChatGPT-Mutter"]},
            {"id": "aws", "name": "Amazon Web Services", "kind": "company", "aliases": ["AWS"]},
            {"id": "altman", "name": "Sam Altman", "kind": "person", "aliases": ["Altman"]}]})", "fuzz.json", problems);
    }();
    return g;
}

// Every problem, whatever the input: arguments that fit its code, so both languages word it whole.
void check_problems(const std::vector<ds::Problem>& problems) {
    for (const ds::Problem& p : problems) {
        if (!ds::message_args_fit(p.code, p.args) || ds::problem_text(p, ds::Language::en) != p.reason) __builtin_trap();
        if (ds::problem_text(p, ds::Language::de).empty()) __builtin_trap();
    }
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    const std::string input(reinterpret_cast<const char*>(data) + 1, size - 1);
    if (data[0] >= 0xF8) {
        // What a host stored (the browser's framed records, the desktop's file, an old document):
        // whatever is restored, kept aside included, must be what a second restore of its records gives.
        static const ds::AppState loaded = ds::load_app_state(DEALSCOPE_ASSETS_DIR);
        auto read = ds::read_user_store(input, "fuzz store");
        if (auto* problem = std::get_if<ds::Problem>(&read)) {
            check_problems({*problem});
            return 0;
        }
        ds::AppState state = loaded;
        ds::restore_user_store(state, std::get<ds::StoredUserData>(read), "fuzz store");
        check_problems(state.user.problems);
        if (state.user.newer_layout != 0) return 0;
        const ds::UserRecords records = ds::user_records(state);
        ds::AppState again = loaded;
        ds::restore_user_store(again, {ds::kUserStoreLayout, 1, records}, "fuzz store");
        if (ds::user_records(again) != records) __builtin_trap();
        return 0;
    }
    if (data[0] >= 0xF0) {
        // A user's data file (browser storage, an import): whatever is kept must export and import
        // again to the same document.
        static const ds::AppState loaded = ds::load_app_state(DEALSCOPE_ASSETS_DIR);
        ds::AppState state = loaded;
        check_problems(ds::import_user_data(state, input, "fuzz.json").problems);
        const std::string exported = ds::user_data_json(state);
        ds::AppState again = loaded;
        const auto reimported = ds::import_user_data(again, exported, "export.json");
        if (!reimported.problems.empty() || ds::user_data_json(again) != exported) __builtin_trap();
        return 0;
    }
    if (data[0] >= 0xE8) {
        // A spreadsheet, in any layout: what it gives, exported as dealscope's columns and read
        // again (its new names now known), is the same events and no new names.
        ds::TableImport first = ds::import_table(input, "fuzz.csv", small_gazetteer());
        check_problems(first.problems);
        if (first.events.empty()) return 0;
        ds::Gazetteer known = small_gazetteer();
        for (const ds::Entity& e : first.new_entities) ds::add_entity(known, e);
        // Each event passes the checks every event meets (the app adds them through those).
        for (ds::Event e : first.events) {
            std::vector<ds::Problem> problems;
            ds::check_event(e, {}, known, "fuzz", ds::JsonPath{}, problems);
            if (!problems.empty()) __builtin_trap();
        }
        ds::EventStore store;
        store.events = first.events;
        std::vector<std::size_t> all(store.events.size());
        for (std::size_t i = 0; i < all.size(); ++i) all[i] = i;
        const std::string table = ds::export_table(store, all, known, {}, ds::TableFormat::dealscope);
        ds::TableImport second = ds::import_table(table, "again.csv", known);
        check_problems(second.problems);
        if (!second.problems.empty() || !second.new_entities.empty() || second.events.size() != first.events.size()) __builtin_trap();
        for (std::size_t i = 0; i < first.events.size(); ++i) {
            nlohmann::json a = ds::event_to_json(first.events[i]), b = ds::event_to_json(second.events[i]);
            for (auto* j : {&a, &b}) {
                j->erase("table");
                std::sort((*j)["participants"].begin(), (*j)["participants"].end(), [](const auto& x, const auto& y) { return x.dump() < y.dump(); });
            }
            if (a != b) __builtin_trap();
        }
        return 0;
    }
    if (data[0] >= 0xE0) {
        // JSON Lines of extract's candidates, merged: the same result in any order, every source
        // kept, every claim about an event there is.
        std::vector<ds::Event> reports;
        std::size_t start = 0;
        while (start < input.size()) {
            std::size_t end = input.find('\n', start);
            if (end == std::string::npos) end = input.size();
            const auto line = nlohmann::json::parse(input.substr(start, end - start), nullptr, false);
            start = end + 1;
            if (line.is_discarded() || !line.is_object() || !line.contains("candidates") || !line["candidates"].is_array()) continue;
            for (const auto& c : line["candidates"])
                if (auto e = ds::event_from_json(c)) reports.push_back(std::move(*e));
        }
        const auto as_text = [](const ds::MergedEvents& m) {
            std::string out;
            for (const ds::Event& e : m.events) out += ds::event_to_json(e).dump() + "\n";
            for (const ds::Claim& c : m.claims) out += c.id + "\n";
            return out;
        };
        const ds::MergedEvents forward = ds::merge_events(reports);
        std::reverse(reports.begin(), reports.end());
        if (as_text(ds::merge_events(reports)) != as_text(forward)) __builtin_trap();
        for (const ds::Event& r : reports)
            for (const ds::Citation& c : r.sources) {
                const bool kept = std::any_of(forward.events.begin(), forward.events.end(), [&](const ds::Event& e) {
                    return std::any_of(e.sources.begin(), e.sources.end(), [&](const ds::Citation& d) { return d.article == c.article && d.quote == c.quote; });
                });
                if (!kept) __builtin_trap();
            }
        for (const ds::Claim& c : forward.claims)
            if (std::none_of(forward.events.begin(), forward.events.end(), [&](const ds::Event& e) { return c.id.starts_with(e.id + "-"); })) __builtin_trap();
        return 0;
    }
    if (data[0] >= 0xD8) {
        // A pack: as it comes (odd), or as the records of one with a valid header (even), which is
        // what reaches the record reader past the checksum. What is read must write the same bytes.
        const std::string bytes = data[0] & 1 ? input : ds::framed_pack(input);
        auto read = ds::read_pack(bytes, "fuzz.pack");
        // Read from a file as the page does, a few bytes at a time: the same pack or the same refusal.
        static const std::string file = "/tmp/dealscope-fuzz-" + std::to_string(::getpid()) + ".pack";
        if (ds::write_file_atomically(file, bytes)) __builtin_trap();
        auto streamed = ds::read_pack_file(file, "fuzz.pack", std::size_t{1} << 30, 13);
        if (read.index() != streamed.index()) __builtin_trap();
        if (auto* problem = std::get_if<ds::Problem>(&read)) {
            const ds::Problem& other = std::get<ds::Problem>(streamed);
            if (other.code != problem->code || other.reason != problem->reason || other.place != problem->place) __builtin_trap();
            check_problems({*problem});
            return 0;
        }
        if (ds::write_pack(std::get<ds::PackedData>(streamed)) != bytes) __builtin_trap();
        const ds::PackedData& pack = std::get<ds::PackedData>(read);
        check_problems(pack.corpus.problems);
        if (ds::write_pack(pack) != bytes) __builtin_trap();
        return 0;
    }
    if (data[0] >= 0xD0) {
        // The font's atlas file: as it comes (odd), or as the body of one with a valid header and
        // checksum (even), which is what reaches the glyph reader. Read twice, the same; a read atlas
        // measures text with every glyph it holds.
        const std::string bytes = data[0] & 1 ? input : ds::ui::frame_font_atlas(input, 1.0f);
        ImFontAtlas first, second;
        const std::string refused = ds::ui::load_font_atlas(bytes, 1.0f, first);
        if (ds::ui::load_font_atlas(bytes, 1.0f, second) != refused) __builtin_trap();
        if (!refused.empty()) {
            if (!first.Fonts.empty() || first.IsBuilt()) __builtin_trap();
            return 0;
        }
        if (!first.IsBuilt() || first.Fonts.Size != second.Fonts.Size) __builtin_trap();
        for (const ImFont* font : first.Fonts) {
            std::string text;
            for (const ImFontGlyph& g : font->Glyphs) {
                if (font->FindGlyph(static_cast<ImWchar>(g.Codepoint)) == nullptr) __builtin_trap();
                char utf8[5];
                text += ImTextCharToUtf8(utf8, g.Codepoint);
            }
            (void)font->CalcTextSizeA(font->FontSize, 1e9f, 100.0f, text.c_str(), text.c_str() + text.size());
        }
        return 0;
    }
    switch (data[0] % 6) {
        case 0: {
            auto parsed = ds::parse_article("fuzz.txt", input);
            // Parsed a slice at a time (a large file in the page), the same article or refusal.
            ds::ArticleParse sliced("fuzz.txt", input);
            while (!sliced.step(13)) {
            }
            const auto same = [](const std::variant<ds::Article, ds::Problem>& a, const std::variant<ds::Article, ds::Problem>& b) {
                if (a.index() != b.index()) return false;
                if (const auto* p = std::get_if<ds::Problem>(&a)) return p->place == std::get<ds::Problem>(b).place && p->reason == std::get<ds::Problem>(b).reason;
                return ds::article_to_json(std::get<ds::Article>(a)) == ds::article_to_json(std::get<ds::Article>(b));
            };
            if (!same(parsed, sliced.take())) __builtin_trap();
            if (auto* article = std::get_if<ds::Article>(&parsed)) {
                (void)ds::article_to_json(*article).dump();
                (void)article->display_title();
                check_problems(article->problems);
            } else {
                check_problems({std::get<ds::Problem>(parsed)});
            }
            break;
        }
        case 1: {
            std::vector<ds::Problem> problems;
            const auto meta = ds::parse_article_meta(input, "fuzz.meta.json", problems);
            check_problems(problems);
            auto parsed = ds::parse_article("fuzz.txt", "Titel eines Artikels hier\n\nEin Satz mit mehr als acht Wörtern steht im Text.",
                                            meta ? &*meta : nullptr);
            (void)parsed;
            break;
        }
        case 2: {
            (void)ds::parse_calendar_date(input);
            // Links are input from anyone who shares one.
            static const ds::AppState loaded = ds::load_app_state(DEALSCOPE_ASSETS_DIR);
            ds::AppState state = loaded;
            std::vector<std::string> warnings;
            ds::apply_link(state, input, warnings);
            (void)ds::state_to_link(state);
            break;
        }
        case 3: {
            ds::ArticleMeta meta;
            meta.date = "2025-11";
            auto parsed = ds::parse_article("fuzz.txt", input, &meta);
            if (auto* article = std::get_if<ds::Article>(&parsed)) {
                const auto mentions = ds::annotate_article(*article, small_gazetteer());
                for (const auto& m : mentions) {
                    (void)ds::mention_to_json(*article, m).dump();
                    (void)ds::describe_mention(m);
                }
                // Extraction's output stays bounded: at most kMaxCandidatesPerSentence candidates quote
                // each sentence, so all quotes together are at most that many times the input.
                std::vector<ds::Problem> notes;
                std::size_t quoted = 0;
                for (const auto& c : ds::extract_candidates(*article, mentions, small_gazetteer(), &notes)) quoted += c.event.sources.at(0).quote.size();
                if (quoted > ds::kMaxCandidatesPerSentence * input.size()) __builtin_trap();
                check_problems(notes);
            }
            break;
        }
        case 5: {
            // events.json against one small article and the small gazetteer.
            static const std::vector<ds::Article> articles = [] {
                std::vector<ds::Article> a;
                a.push_back(std::get<ds::Article>(ds::parse_article("fuzz.txt", "Titel des Artikels hier\n\nMicrosoft investiert 2019 eine Milliarde Dollar in OpenAI. Das ist viel.\n")));
                return a;
            }();
            std::vector<ds::Problem> problems;
            (void)ds::parse_events(input, "events.json", articles, small_gazetteer(), problems);
            check_problems(problems);
            // The fast reader must accept exactly what nlohmann/json accepts, with the same values
            // (NUL bytes are refused before either reader sees them).
            if (input.find('\0') != std::string::npos) break;
            ds::testing::SaxRecorder fast, reference;
            const bool fast_ok = ds::fast_sax_parse(input, fast);
            const bool reference_ok = nlohmann::json::sax_parse(input, &reference);
            if (fast_ok != reference_ok || (fast_ok && fast.log != reference.log)) __builtin_trap();
            break;
        }
        default: {
            std::vector<ds::Problem> problems;
            const auto g = ds::parse_gazetteer(input, "fuzz.json", problems);
            check_problems(problems);
            (void)ds::annotate_article(std::get<ds::Article>(ds::parse_article("fuzz.txt", "Microsoft und OpenAI verhandeln.")), g);
            break;
        }
    }
    return 0;
}

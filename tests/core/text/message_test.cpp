// The message table: every code worded in both languages with the same placeholders; problems from
// broken input of every kind carry arguments that fit their code and read in German. (Each parser's
// own tests word its problems in German too.)
#include <doctest/doctest.h>

#include <filesystem>
#include <regex>
#include <set>
#include <string>
#include <variant>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/annotate/gazetteer.h"
#include "core/articles/article_meta.h"
#include "core/articles/article_parser.h"
#include "core/articles/corpus.h"
#include "core/events/event_loader.h"
#include "core/text/message.h"
#include "core/text/problem.h"
#include "core/text/text_file.h"
#include "support/problem_words.h"
#include "support/seed_articles.h"
#include "support/temp_folder.h"

using namespace ds;

namespace {
std::vector<MessageCode> all_codes() {
    std::vector<MessageCode> codes;
    for (int i = 0; i < static_cast<int>(MessageCode::count); ++i) codes.push_back(static_cast<MessageCode>(i));
    return codes;
}

// The placeholders in a text, as often as they occur: "{1}", "{2}", "{*}".
std::multiset<std::string> placeholders(const std::string& text) {
    static const std::regex placeholder(R"(\{[1-9*]\})");
    std::multiset<std::string> found;
    for (auto it = std::sregex_iterator(text.begin(), text.end(), placeholder); it != std::sregex_iterator(); ++it) found.insert(it->str());
    return found;
}
}  // namespace

TEST_CASE("every message code has one row: a unique name, English and German with the same placeholders") {
    const auto codes = all_codes();
    REQUIRE(codes.size() > 80);
    std::set<std::string> names;
    for (MessageCode code : codes) {
        const std::string name = message_name(code), en = message_template(code, Language::en), de = message_template(code, Language::de);
        CAPTURE(name);
        CAPTURE(en);
        CAPTURE(de);
        CHECK_FALSE(name.empty());
        CHECK(names.insert(name).second);
        CHECK(message_from_name(name) == code);
        CHECK_FALSE(en.empty());
        CHECK_FALSE(de.empty());
        CHECK(placeholders(en) == placeholders(de));
        if (code != MessageCode::text) CHECK(en != de);  // a row left in English would pass everything else
        // Numbered placeholders run from {1} without a gap; a nested message comes once.
        const auto used = placeholders(en);
        CHECK(used.count("{*}") <= 1);
        std::size_t numbered = 0;
        while (used.count("{" + std::to_string(numbered + 1) + "}")) ++numbered;
        CHECK(used.size() - used.count("{*}") == numbered);
    }
    CHECK_FALSE(message_from_name("no_such_message"));
}

TEST_CASE("a message is worded with its arguments, a nested one in the same language") {
    CHECK(word_message(MessageCode::alias_taken, {"OpenAI", "openai"}, Language::en) == "alias 'OpenAI' also names 'openai'; the first keeps it");
    CHECK(word_message(MessageCode::alias_taken, {"OpenAI", "openai"}, Language::de) ==
          "Alias 'OpenAI' bezeichnet auch 'openai'; der erste Akteur behält ihn");
    CHECK(word_message(MessageCode::text, {"No space left on device"}, Language::de) == "No space left on device");

    const auto args = nested(MessageCode::invalid_utf8, nested(MessageCode::utf8_truncated));
    CHECK(args == std::vector<std::string>{"invalid_utf8", "utf8_truncated"});
    CHECK(word_message(MessageCode::sidecar_ignored, args, Language::en) == "invalid UTF-8 (truncated sequence); sidecar ignored");
    CHECK(word_message(MessageCode::sidecar_ignored, args, Language::de) == "ungültiges UTF-8 (abgebrochene Folge); Begleitdatei ignoriert");

    CHECK(message_args_fit(MessageCode::file_too_large, {"2000", "1000"}));
    CHECK_FALSE(message_args_fit(MessageCode::file_too_large, {"2000"}));
    CHECK_FALSE(message_args_fit(MessageCode::file_missing, {"extra"}));
    CHECK(message_args_fit(MessageCode::sidecar_ignored, args));
    CHECK_FALSE(message_args_fit(MessageCode::sidecar_ignored, {}));
    CHECK_FALSE(message_args_fit(MessageCode::sidecar_ignored, {"not_a_code"}));
    CHECK_FALSE(message_args_fit(MessageCode::sidecar_ignored, nested(MessageCode::invalid_utf8)));  // its detail is missing
}

TEST_CASE("a problem keeps its English reason and is described in German") {
    Problem p{Severity::error, "events.json#/events/5/date/value", MessageCode::invalid_date, {"2024-13"}};
    CHECK(p.reason == "invalid date '2024-13'");
    CHECK(describe(p) == "error: events.json#/events/5/date/value: invalid date '2024-13'");
    CHECK(describe(p, Language::de) == "Fehler: events.json#/events/5/date/value: ungültiges Datum '2024-13'");

    Problem missing{Severity::error, "assets/events.json", MessageCode::file_missing};
    missing.severity = Severity::warning;
    missing.wrap(MessageCode::no_events_to_show);
    CHECK(missing.reason == "file is missing (or a broken link); no events to show");
    CHECK(describe(missing, Language::de) == "Warnung: assets/events.json: Datei fehlt (oder ein defekter Link); keine Ereignisse zum Anzeigen");

    // A place is written once, in English; German names its line, column and byte in German.
    const Problem cell{Severity::error, "deals.csv:line 6, column date", MessageCode::invalid_date, {"2025-02-30"}};
    CHECK(describe(cell) == "error: deals.csv:line 6, column date: invalid date '2025-02-30'");
    CHECK(describe(cell, Language::de) == "Fehler: deals.csv:Zeile 6, Spalte date: ungültiges Datum '2025-02-30'");
    CHECK(place_text("x.json:byte 12", Language::de) == "x.json:Byte 12");
    CHECK(place_text("line 6.csv", Language::de) == "line 6.csv");  // a file's own name is left alone

    const Problem free_text{Severity::error, "browser storage", std::string("The quota has been exceeded.")};
    CHECK(free_text.code == MessageCode::text);
    CHECK(problem_text(free_text, Language::de) == "The quota has been exceeded.");
}

TEST_CASE("every problem broken input gives has arguments that fit its code and German words") {
    std::vector<Problem> found;
    const auto article = [&](std::string_view bytes) {
        auto parsed = parse_article("a.txt", std::string(bytes));
        if (auto* p = std::get_if<Problem>(&parsed)) found.push_back(*p);
        else found.insert(found.end(), std::get<Article>(parsed).problems.begin(), std::get<Article>(parsed).problems.end());
    };
    for (std::string_view bytes : {"", "\xC0\x80", "ab\x80z", "\xFF", "K\xC3", "\xE2\x82 euro", "\xED\xA0\x80", "\xF4\x90\x80\x80", "  \n",
                                   "Neue Stellenangebote\nAlle Stellenanzeigen\n"}) {
        article(bytes);
    }
    article(std::string_view("x\0y", 3));
    for (const char* sidecar : {"[1]", "{\"date_inferred\": 1, \"colour\": 2, \"title\": 3, \"date\": \"heute\", \"language\": \"fr\"}",
                                "{\"a\": }", "\"\xFF\""}) {
        (void)parse_article_meta(sidecar, "s.meta.json", found);
    }
    (void)parse_gazetteer(R"({"entities": [1, {"id": "a"}, {"id": "b", "name": "B", "kind": "alien", "aliases": [2, "X"],
        "relations": [{"type": "part_of"}, {"type": "part_of", "target": "c"}, {"type": "part_of", "target": "nobody"}]},
        {"id": "b", "name": "B2"}, {"id": "c", "name": "C", "kind": "company", "aliases": ["X"], "relations": [{"type": "part_of", "target": "b"}]}]})",
                          "g.json", found);
    (void)parse_gazetteer("[]", "g.json", found);
    (void)parse_gazetteer("\xFF", "g.json", found);
    for (const char* events : {"[]", "{\"claims\": 3}", "{\"events\": [}", R"({"events": [1,
        {"id": "x", "type": "no_type", "status": "maybe", "date": {"value": "2024-13", "mod": "SOON"},
         "participants": [3, {"entity": "nobody", "role": "sponsor"}], "amounts": [4, {"value": "1", "measures": "weight", "qualifier": "roughly"}],
         "terms": {"a": 1}, "summary": "x", "sources": [5, {"article": "999", "quote": "q"}]},
        {"id": "x", "type": 1, "date": 2, "participants": [], "amounts": [], "terms": [], "sources": []},
        {"id": "y", "type": "investment", "status": "reported", "date": {"value": "2024"}, "summary": {"de": "a", "en": "b"},
         "participants": [{"entity": "microsoft", "role": "investor"}], "claim": "nope",
         "sources": [{"article": "000_0fd505e617a80e95", "quote": "Dieser Satz steht nirgends."}]}],
        "claims": [1, {"id": "c", "fact": "f", "assertions": []}, {"id": "c", "fact": "f", "assertions": []}]})"}) {
        (void)parse_events(events, "events.json", test::seed_corpus().articles, test::seed_gazetteer(), found);
    }
    (void)parse_events(std::string("{\"events\": []}\0", 15), "events.json", test::seed_corpus().articles, test::seed_gazetteer(), found);
    test::TempFolder dir;
    for (const auto& read : {read_text_file(dir.path / "gone.txt"), read_text_file(dir.path),
                             read_text_file(dir.write("big.txt", std::string(2000, 'x')), 1000)}) {
        if (auto* p = std::get_if<Problem>(&read)) found.push_back(*p);
    }
    std::filesystem::create_directories(dir.path / "taken/inside");
    if (auto p = write_file_atomically(dir.path / "taken", "x")) found.push_back(*p);
    for (const Problem& p : load_corpus(dir.path / "no-folder").problems) found.push_back(p);

    test::check_problem_words(found);
    std::set<MessageCode> codes;
    for (const Problem& p : found) {
        codes.insert(p.code);
        for (const std::string& arg : p.args) {
            if (const auto inner = message_from_name(arg)) codes.insert(*inner);  // nested ones: "invalid UTF-8 (truncated sequence)"
        }
    }
    std::string missed;
    for (MessageCode code : all_codes()) missed += codes.count(code) ? "" : std::string(" ") + message_name(code);
    CAPTURE(missed);
    CHECK(codes.size() >= 60);  // most of the table, from the parsers themselves
}

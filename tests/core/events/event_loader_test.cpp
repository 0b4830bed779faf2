// events.json: the curated data validates against the seeds; every kind of error in a broken copy
// is reported at its JSON pointer, and the valid events are still loaded.
#include <doctest/doctest.h>

#include <string>

#include <nlohmann/json.hpp>

#include "support/annotate_helpers.h"
#include "core/events/event_format.h"
#include "core/events/event_loader.h"
#include "support/seed_articles.h"

using namespace ds;

namespace {
std::string curated_text() { return test::curated_events_text(); }
EventStore load(const std::string& text, std::vector<Problem>& problems) {
    return parse_events(text, "events.json", test::seed_corpus().articles, test::seed_gazetteer(), problems);
}
const Event* find(const EventStore& s, const std::string& id) {
    for (const auto& e : s.events) {
        if (e.id == id) return &e;
    }
    return nullptr;
}
}  // namespace

TEST_CASE("the curated events validate, with quotes resolved to byte ranges and sentences") {
    std::vector<Problem> problems;
    const EventStore store = load(curated_text(), problems);
    for (const auto& p : problems) MESSAGE(describe(p));
    CHECK(problems.empty());
    CHECK(store.events.size() >= 40);
    REQUIRE(store.claims.size() == 2);
    CHECK(store.claims[0].conflicting);
    CHECK(store.claims[0].assertions.size() == 3);
    // Claims read in both languages; German falls back to English where none is written.
    for (const Claim& claim : store.claims) {
        CHECK_FALSE(claim.fact_de.empty());
        CHECK(claim_fact(claim, Language::de) == claim.fact_de);
        CHECK(claim_fact(claim, Language::en) == claim.fact);
        for (const ClaimAssertion& a : claim.assertions) CHECK_FALSE(a.says_de.empty());
    }
    ClaimAssertion english_only{{}, "only English", ""};
    CHECK(assertion_says(english_only, Language::de) == "only English");
    // Every term of the seed events reads in German too: key and value.
    for (const Event& e : store.events) {
        for (std::size_t t = 0; t < e.terms.size(); ++t) {
            CAPTURE(e.id);
            CHECK(term_text(e, t, Language::en) == e.terms[t].first + ": " + e.terms[t].second);
            const std::string german = term_text(e, t, Language::de);
            CHECK(german.find(e.terms[t].first) == std::string::npos);   // the key in German
            CHECK(german.find(e.terms[t].second) == std::string::npos);  // and the value
        }
    }
    // Sources are articles: a second quote from the same article adds none.
    Event quoted_twice;
    quoted_twice.sources = {{"a", "one", {}, {}}, {"a", "two", {}, {}}, {"b", "three", {}, {}}};
    CHECK(event_source_count(quoted_twice) == 2);
    const Event* ten_billion = find(store, "ms-openai-10b-2023");
    REQUIRE(ten_billion != nullptr);
    CHECK(term_text(*ten_billion, 0, Language::de) == "Laufzeit: über mehrere Jahre");
    Event no_german = *ten_billion;
    no_german.terms_de.clear();
    CHECK(term_text(no_german, 0, Language::de) == "Laufzeit: over several years");  // the English value, not nothing

    const Event* oracle = find(store, "oracle-openai-10b");
    REQUIRE(oracle);
    CHECK(oracle->date.value == "2024-06");
    REQUIRE(oracle->amounts.size() == 1);
    CHECK(*oracle->amounts[0].value == doctest::Approx(10e9));
    const Citation& c = oracle->sources[0];
    const Article& article = test::seed(c.article);
    CHECK(article.view(c.range) == c.quote);
    REQUIRE(c.sentences.size() == 1);
    CHECK(article.view(article.sentences[c.sentences[0]].range) == c.quote);
    // A quote spanning part of a sentence still names that sentence.
    const Event* founded = find(store, "openai-founded");
    REQUIRE(founded);
    CHECK(founded->sources[0].sentences.size() == 1);
}

TEST_CASE("a broken copy reports every error at its pointer, the valid events are kept") {
    auto json = nlohmann::json::parse(curated_text());
    auto& events = json["events"];
    events[0]["id"] = events[1]["id"];                                      // duplicate id
    events[2]["participants"][0]["entity"] = "no-such-company";             // unknown entity
    events[3]["sources"][0]["article"] = "999_missing";                     // unknown article
    events[4]["sources"][0]["quote"] = "Ein Satz, der so nicht im Artikel steht.";  // quote not found
    events[5]["date"]["value"] = "2024-13";                                 // invalid date
    events[6]["amounts"] = nlohmann::json::array({{{"value", 5}, {"measures", "equity"}}});  // no currency
    events[7]["type"] = 42;                                                 // wrong type
    events[8]["status"] = "maybe";                                          // unknown status
    events[9].erase("summary");                                             // missing field
    std::vector<Problem> problems;
    const EventStore store = load(json.dump(1), problems);
    std::vector<std::string> found;
    for (const auto& p : problems) found.push_back(p.place + ": " + p.reason);
    const std::vector<std::string> expected = {
        "events.json#/events/1/id: duplicate id '" + events[1]["id"].get<std::string>() + "'",
        "events.json#/events/2/participants/0/entity: unknown entity 'no-such-company'",
        "events.json#/events/3/sources/0/article: unknown article '999_missing'",
        "events.json#/events/5/date/value: invalid date '2024-13'",
        "events.json#/events/6/amounts/0: amount without currency (or unit for capacities and counts)",
        "events.json#/events/7/type: expected a string, found number",
        "events.json#/events/8/status: unknown status 'maybe'",
        "events.json#/events/9/summary: missing",
        // Quotes are checked last, article by article (each article's text is read once).
        "events.json#/events/4/sources/0/quote: not found verbatim in article '" + events[4]["sources"][0]["article"].get<std::string>() +
            "' (was the article edited?)",
    };
    CHECK(found == expected);
    CHECK(store.events.size() == events.size() - 9);
}

TEST_CASE("syntax errors name line and column, non-UTF-8 names the byte") {
    std::vector<Problem> problems;
    load("{\n \"events\": [\n  {\"id\": \"a\",}\n ]\n}", problems);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].place == "events.json:3:14");
    problems.clear();
    load("{\"events\": [\"\xFF\"]}", problems);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].place == "events.json:byte 13");
    // nlohmann/json would stop reading at a NUL byte and drop the rest; the loader refuses the file.
    problems.clear();
    constexpr char kWithNul[] = "{\"events\": []}\0{\"more\": 1}";
    const auto store = load(std::string(kWithNul, sizeof kWithNul - 1), problems);  // all but the literal's own final NUL
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].place == "events.json:byte 14");
    CHECK(store.events.empty());
    CHECK(problems[0].reason.find("NUL byte") != std::string::npos);
}

TEST_CASE("event dates take the TIMEX3 forms the annotators produce") {
    for (const char* ok : {"2019", "2024-06", "2024-10-21", "2023-FA", "2025-Q3", "2026-H1", "XXXX"}) CHECK(is_valid_event_date(ok));
    for (const char* bad : {"", "19", "2024-13", "2024-02-30", "2025-Q5", "2025-H3", "2023-XX", "im Juni"}) CHECK_FALSE(is_valid_event_date(bad));
}

TEST_CASE("an invalid date and an unknown entity are worded in German, the English unchanged") {
    auto json = nlohmann::json::parse(curated_text());
    auto& events = json["events"];
    events[0]["date"]["value"] = "2024-13";
    events[0]["participants"][0]["entity"] = "no-such-company";
    std::vector<Problem> problems;
    (void)load(json.dump(), problems);
    REQUIRE(problems.size() == 2);
    CHECK(problems[0].code == MessageCode::invalid_date);
    CHECK(problems[0].args == std::vector<std::string>{"2024-13"});
    CHECK(describe(problems[0]) == "error: events.json#/events/0/date/value: invalid date '2024-13'");
    CHECK(describe(problems[0], Language::de) == "Fehler: events.json#/events/0/date/value: ungültiges Datum '2024-13'");
    CHECK(problems[1].reason == "unknown entity 'no-such-company'");
    CHECK(describe(problems[1], Language::de) == "Fehler: events.json#/events/0/participants/0/entity: unbekannter Akteur 'no-such-company'");

    // A file that is not an object says so in German, naming the JSON type it found.
    problems.clear();
    (void)load("[]", problems);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].reason == "expected an object with \"events\" (and optionally \"claims\"), found array");
    CHECK(problem_text(problems[0], Language::de) == "Objekt mit \"events\" (und wahlweise \"claims\") erwartet, gefunden: array");
}

namespace {
// The curated file with `edit` applied to its text: duplicate members cannot be made through nlohmann.
std::string curated_with(const std::string& find, const std::string& replace) {
    std::string text = curated_text();
    const auto at = text.find(find);
    REQUIRE(at != std::string::npos);
    return text.replace(at, find.size(), replace);
}
bool has_problem(const std::vector<Problem>& problems, const std::string& place, MessageCode code) {
    for (const Problem& p : problems) {
        if (p.place == place && p.code == code) return true;
    }
    return false;
}
}  // namespace

TEST_CASE("amounts must be positive: negative, zero and underflowing values are errors at their pointer, overflow at its line") {
    for (const auto& value_shown : {std::pair{"-5", "-5.0"}, std::pair{"0", "0.0"}, std::pair{"1e-400", "0.0"}, std::pair{"1e400", ""}}) {
        const char* value = value_shown.first;  // not a structured binding: clang 14 cannot capture one (CAPTURE)
        const char* shown = value_shown.second;
        auto json = nlohmann::json::parse(curated_text());
        json["events"][5]["amounts"] = nlohmann::json::array({{{"value", 1}, {"currency", "USD"}, {"measures", "equity"}}});
        std::string text = json.dump();
        const std::string one = "\"value\":1}";  // members in name order: "value" is the amount's last
        text.replace(text.find(one), one.size(), std::string("\"value\":") + value + "}");
        std::vector<Problem> problems;
        const EventStore store = load(text, problems);
        CAPTURE(value);
        REQUIRE(problems.size() == 1);
        if (std::string(shown).empty()) {  // 1e400 is no number a JSON reader holds: the file is refused where it stands
            CHECK(problems[0].place.starts_with("events.json:1:"));
            CHECK(problems[0].reason.find("number overflow") != std::string::npos);
            CHECK(store.events.empty());
            continue;
        }
        CHECK(problems[0].place == "events.json#/events/5/amounts/0/value");
        CHECK(problems[0].code == MessageCode::amount_not_positive);
        CHECK(problems[0].reason == std::string("expected an amount above zero, found ") + shown);
        CHECK_FALSE(find(store, json["events"][5]["id"]));  // the event is refused, the others kept
        CHECK(store.events.size() == json["events"].size() - 1);
    }
}

TEST_CASE("a member said twice is an error at its pointer, inside an event and at the top level") {
    std::vector<Problem> problems;
    // Inside an event's nested object: "date": {"value": …, "value": …}.
    load(curated_with("\"date\": {", "\"date\": {\n    \"value\": \"2019\","), problems);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].code == MessageCode::duplicate_member);
    CHECK(problems[0].place.ends_with("/date/value"));
    CHECK(problems[0].reason == "\"value\" appears twice in this object; say it once");
    // At the top level.
    problems.clear();
    load(curated_with("\"version\": 1,", "\"version\": 1,\n \"claims\": [],"), problems);
    CHECK(has_problem(problems, "events.json#/claims", MessageCode::duplicate_member));
}

TEST_CASE("an events file of another version is refused at /version") {
    std::vector<Problem> problems;
    load(curated_with("\"version\": 1,", "\"version\": 2,"), problems);
    CHECK(has_problem(problems, "events.json#/version", MessageCode::unsupported_version));
    problems.clear();
    load(curated_with("\"version\": 1,", "\"version\": \"1\","), problems);
    CHECK(has_problem(problems, "events.json#/version", MessageCode::unsupported_version));
}

TEST_CASE("UTF-16 files get a hint how to convert them, not 'binary'") {
    std::string utf16 = "\xFF\xFE";
    for (const char c : std::string("{\"version\": 1, \"events\": []}")) utf16 += std::string{c, '\0'};
    std::vector<Problem> problems;
    load(utf16, problems);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].code == MessageCode::json_utf16);
    // Without a byte-order mark too, and for articles.
    std::string article;
    for (const char c : std::string("Titel\n\nMicrosoft investiert in OpenAI.\n")) article += std::string{'\0', c};
    const auto parsed = parse_article("utf16be.txt", article);
    REQUIRE(std::holds_alternative<Problem>(parsed));
    CHECK(std::get<Problem>(parsed).code == MessageCode::utf16_file);
    CHECK(std::get<Problem>(parsed).reason == "UTF-16 text; dealscope reads UTF-8: convert it, e.g. iconv -f utf-16 -t utf-8");
    // A real binary file is still called binary.
    const auto binary = parse_article("image.txt", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
    REQUIRE(std::holds_alternative<Problem>(binary));
    CHECK(std::get<Problem>(binary).code == MessageCode::binary_file);
}

TEST_CASE("a member said twice is found however deep it sits, and deep nesting is no crash") {
    // 200 000 nested arrays inside an event, then an object naming "x" twice at the bottom.
    const std::size_t depth = 200000;
    const std::string deep = std::string(depth, '[') + "{\"x\": 1, \"x\": 2}" + std::string(depth, ']');
    std::vector<Problem> problems;
    load(curated_with("\"date\": {", "\"deep\": " + deep + ",\n   \"date\": {"), problems);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].code == MessageCode::duplicate_member);
    std::string pointer = "/deep";
    for (std::size_t level = 1; level < depth; ++level) pointer += "/0";
    CHECK(problems[0].place.ends_with(pointer + "/0/x"));
}

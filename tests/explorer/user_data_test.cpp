#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <set>

#include "core/events/event_json.h"
#include "explorer/app_state.h"
#include "explorer/user_data.h"
#include "explorer/user_store.h"
#include "support/problem_words.h"

using namespace ds;

namespace {
const std::string kNote =
    "Nvidia investiert Milliarden\n\nNvidia will bis zu 100 Milliarden Dollar in OpenAI investieren, berichtete Reuters am 22. September 2025.\n";

std::size_t user_event_count(const AppState& state) {
    std::size_t n = 0;
    for (const Event& e : state.data.events.events) n += e.by_user ? 1 : 0;
    return n;
}
}  // namespace

TEST_CASE("a user's own article is parsed, annotated and opened, bad files are refused with a reason") {
    AppState state = load_app_state(DEALSCOPE_ASSETS_DIR);
    const std::size_t seeds = state.data.corpus.articles.size();
    const std::string text = "Nvidia investiert Milliarden\n\nNvidia will bis zu 100 Milliarden Dollar in OpenAI investieren, berichtete Reuters am 22. September 2025.\n";
    REQUIRE_FALSE(add_user_article(state, "meine-notiz.txt", text));
    REQUIRE(state.data.corpus.articles.size() == seeds + 1);
    CHECK(state.data.corpus.articles.back().id == "meine-notiz");
    CHECK(state.view.current == View::articles);
    CHECK(*state.selection.article == seeds);
    bool nvidia = false, money = false;
    for (const Mention& m : state.data.mentions.back()) {
        nvidia |= m.kind == MentionKind::entity && m.entity_id == "nvidia";
        money |= m.kind == MentionKind::money;
    }
    CHECK(nvidia);
    CHECK(money);
    REQUIRE_FALSE(add_user_article(state, "meine-notiz.txt", text));
    CHECK(state.data.corpus.articles.back().id == "meine-notiz-2");

    const auto binary = add_user_article(state, "bild.png", std::string("\x89PNG\r\n\x1A\n\0\0\0", 11));
    REQUIRE(binary);
    CHECK(binary->reason.find("binary") != std::string::npos);
    const auto latin1 = add_user_article(state, "alt.txt", "Gr\xF6\xDF" "e");
    REQUIRE(latin1);
    CHECK(latin1->reason.find("UTF-8") != std::string::npos);
    const auto huge = add_user_article(state, "gross.txt", std::string(kMaxUserArticleBytes + 1, 'a'));
    REQUIRE(huge);
    CHECK(huge->reason.find("5 MB") != std::string::npos);
    CHECK(state.data.corpus.articles.size() == seeds + 2);
}

TEST_CASE("a candidate from the user's article is accepted, edited, saved, restored and deleted") {
    AppState state = load_app_state(DEALSCOPE_ASSETS_DIR);
    const std::size_t seeds = state.data.corpus.articles.size(), curated = state.data.events.events.size();
    REQUIRE_FALSE(add_user_article(state, "nvidia-notiz.txt", kNote));
    REQUIRE(state.user.candidates.size() == 1);
    REQUIRE_FALSE(state.user.candidates[0].empty());
    Event candidate = state.user.candidates[0][0].event;
    CHECK(candidate.type == "investment");
    REQUIRE_FALSE(candidate.sources.empty());
    CHECK(candidate.sources[0].article == "nvidia-notiz");

    // The user edits the status and the summary, then accepts.
    candidate.status = "reported";
    candidate.summary_de = "Nvidia will bis zu 100 Mrd. USD in OpenAI investieren";
    candidate.summary_en.clear();
    const auto before = state.user.revision;
    Actions accept;
    accept.accept_candidate = candidate;
    apply_actions(state, accept);
    CHECK(state.user.notice.code == NoticeCode::event_added);
    CHECK_FALSE(state.user.notice.is_error());
    REQUIRE(state.data.events.events.size() == curated + 1);
    const Event& mine = state.data.events.events.back();
    CHECK(mine.by_user);
    CHECK(mine.id == "mine-1");
    CHECK(mine.status == "reported");
    CHECK(mine.summary_en == mine.summary_de);  // one summary serves both languages
    CHECK(mine.sources[0].range.end > mine.sources[0].range.begin);
    CHECK(state.user.revision > before);
    CHECK(std::count(state.derived.filtered.begin(), state.derived.filtered.end(), curated) == 1);  // views show it
    CHECK(state.selection.event == curated);

    // Saved as one document and restored into a fresh app: the same article, the same event.
    const std::string saved = user_data_json(state);
    AppState fresh = load_app_state(DEALSCOPE_ASSETS_DIR);
    const ImportResult restored = import_user_data(fresh, saved, "browser storage");
    CHECK(restored.problems.empty());
    CHECK(restored.articles == 1);
    CHECK(restored.events == 1);
    REQUIRE(fresh.data.corpus.articles.size() == seeds + 1);
    CHECK(fresh.data.corpus.articles.back().id == "nvidia-notiz");
    CHECK(fresh.data.corpus.articles.back().text == kNote);
    REQUIRE(fresh.data.events.events.size() == curated + 1);
    CHECK(fresh.data.events.events.back().id == "mine-1");
    CHECK(fresh.data.events.events.back().sources[0].range == mine.sources[0].range);
    CHECK(fresh.data.mentions.size() == fresh.data.corpus.articles.size());
    CHECK(user_data_json(fresh) == saved);

    // Importing the same file again adds nothing.
    const ImportResult again = import_user_data(fresh, saved, "export.json");
    CHECK(again.articles == 0);
    CHECK(again.skipped_articles == 1);
    CHECK(again.events == 0);
    CHECK(user_event_count(fresh) == 1);

    // Removing the event, then deleting everything, leaves the curated data as it was.
    CHECK(remove_user_event(fresh, "mine-1"));
    CHECK_FALSE(remove_user_event(fresh, "mine-1"));
    CHECK_FALSE(remove_user_event(fresh, fresh.data.events.events.front().id));  // curated events are not the user's
    Actions wipe;
    wipe.delete_user_data = true;
    fresh.selection.article = seeds;
    apply_actions(fresh, wipe);
    CHECK(fresh.data.corpus.articles.size() == seeds);
    CHECK(fresh.data.mentions.size() == seeds);
    CHECK(fresh.data.events.events.size() == curated);
    CHECK_FALSE(fresh.selection.article);
    const auto empty = nlohmann::json::parse(user_data_json(fresh));
    CHECK(empty["articles"].empty());
    CHECK(empty["events"].empty());
}

TEST_CASE("an edited candidate that would not load is refused with the field that is wrong") {
    AppState state = load_app_state(DEALSCOPE_ASSETS_DIR);
    REQUIRE_FALSE(add_user_article(state, "nvidia-notiz.txt", kNote));
    const Event candidate = state.user.candidates.at(0).at(0).event;
    const std::size_t events = state.data.events.events.size();

    Event unknown_entity = candidate;
    unknown_entity.participants[0].entity = "no-such-company";
    auto problem = add_user_event(state, unknown_entity);
    REQUIRE(problem);
    // Checked as the event it is (not as a one-event events.json): the pointer is into the event.
    CHECK(problem->place == "/participants/0/entity");
    CHECK(problem->reason.find("no-such-company") != std::string::npos);

    Event bad_date = candidate;
    bad_date.date.value = "2025-13";
    problem = add_user_event(state, bad_date);
    REQUIRE(problem);
    CHECK(problem->place == "/date/value");

    Event edited_quote = candidate;
    edited_quote.sources[0].quote = "Nvidia will alles kaufen.";
    problem = add_user_event(state, edited_quote);
    REQUIRE(problem);
    CHECK(problem->reason.find("not found verbatim") != std::string::npos);
    CHECK(state.data.events.events.size() == events);
}

TEST_CASE("importing a broken or foreign file names the place and keeps what is valid") {
    AppState state = load_app_state(DEALSCOPE_ASSETS_DIR);
    const std::size_t seeds = state.data.corpus.articles.size();

    ImportResult r = import_user_data(state, "{\"format\": \"dealscope-user-data\", \"version\": 1, \"articles\": [", "export.json");
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].place.starts_with("export.json:1:"));

    r = import_user_data(state, R"({"events": []})", "events.json");
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].reason.find("not a dealscope data file") != std::string::npos);

    // A format field of another type is not this format (found by the fuzzer: it used to throw).
    for (const char* wrong : {R"({"format": 5})", R"({"format": ["dealscope-user-data"]})", R"({"format": null, "version": 1})"}) {
        r = import_user_data(state, wrong, "wrong.json");
        REQUIRE(r.problems.size() == 1);
        CHECK(r.problems[0].reason.find("not a dealscope data file") != std::string::npos);
    }

    r = import_user_data(state, R"({"format": "dealscope-user-data", "version": 2})", "new.json");
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].place == "new.json#/version");

    // One bad article (invalid UTF-8 as an escape-free byte is not JSON; a binary-looking text is), one good.
    const nlohmann::json doc = {{"format", "dealscope-user-data"}, {"version", 1},
                                {"articles", {{{"name", "leer.txt"}, {"text", "   \n"}}, {{"name", "gut.txt"}, {"text", kNote}}, 42}}};
    r = import_user_data(state, doc.dump(), "mixed.json");
    CHECK(r.articles == 1);
    REQUIRE(r.problems.size() == 2);
    CHECK(r.problems[0].place.starts_with("mixed.json#/articles/0"));
    CHECK(r.problems[1].place == "mixed.json#/articles/2");
    CHECK(state.data.corpus.articles.size() == seeds + 1);

    // Through the file route: a .json is imported, its outcome is a message.
    const Notice outcome = add_user_file(state, "mixed.json", doc.dump());
    CHECK(outcome.is_error());  // nothing new: the good article is already there, the others are broken
    const std::string message = notice_text(outcome, Language::en);
    CHECK(message.starts_with("mixed.json: 0 articles and 0 events imported, 1 already there; error: mixed.json#/articles/0"));
    CHECK(message.ends_with("(and more)"));
    // The same outcome in German words, its problem too; the place stays as the core wrote it.
    const std::string german = notice_text(outcome, Language::de);
    CHECK(german.starts_with("mixed.json: 0 Artikel und 0 Ereignisse importiert, 1 schon vorhanden; Fehler: mixed.json#/articles/0"));
    CHECK(german.ends_with("(und weitere)"));
}

TEST_CASE("a large file is read a slice at a time and ends up the same as read at once") {
    AppState state = load_app_state(DEALSCOPE_ASSETS_DIR);
    std::string big;
    while (big.size() <= kReadAtOnceBytes) big += kNote + "\n";
    const std::size_t seeds = state.data.corpus.articles.size();
    const Notice outcome = add_user_file(state, "gross.txt", big);
    CHECK_FALSE(outcome.is_error());
    CHECK(notice_text(outcome, Language::en) == "Reading gross.txt (0 MB)…");
    CHECK(notice_text(outcome, Language::de) == "Lese gross.txt (0 MB)…");
    CHECK(state.data.corpus.articles.size() == seeds);  // not there yet: nothing froze
    REQUIRE(state.user.reading.size() == 1);
    REQUIRE(add_user_file(state, "klein.txt", kNote).code == NoticeCode::file_reading);  // queued behind it, in order

    int calls = 0;
    float progress = 0, last_progress = -1;
    while (continue_reading(state, 16 << 10, &progress)) {
        ++calls;
        if (state.user.reading.size() == 2) {
            CHECK(progress > last_progress);
            last_progress = progress;
        }
    }
    CHECK(calls > 10);
    REQUIRE(state.data.corpus.articles.size() == seeds + 2);
    CHECK(state.data.corpus.articles[seeds].id == "gross");
    CHECK(state.data.corpus.articles[seeds + 1].id == "klein");
    CHECK(state.selection.article == seeds + 1);  // the last one finished is open

    AppState at_once = load_app_state(DEALSCOPE_ASSETS_DIR);
    REQUIRE_FALSE(add_user_article(at_once, "gross.txt", big));
    REQUIRE(at_once.data.mentions.back().size() == state.data.mentions[seeds].size());
    for (std::size_t i = 0; i < state.data.mentions[seeds].size(); ++i) CHECK(state.data.mentions[seeds][i].range == at_once.data.mentions.back()[i].range);
    CHECK(state.user.candidates[0].size() == at_once.user.candidates[0].size());
    CHECK(state.user.revision > 0);
    // Its stored record, made a slice at a time while reading, is the one made at once, and what
    // nlohmann/json writes for it.
    const std::string record = user_records(state).at("article:gross");
    CHECK(record == user_records(at_once).at("article:gross"));
    CHECK(record == nlohmann::json{{"article", {{"id", "gross"}, {"name", "gross.txt"}, {"text", big}}}, {"version", 1}}.dump());

    // Deleting the user's data also drops a file still being read.
    REQUIRE_FALSE(add_user_file(state, "noch-einer.txt", big).is_error());
    REQUIRE(state.user.reading.size() == 1);
    delete_user_data(state);
    CHECK(state.user.reading.empty());
    CHECK_FALSE(continue_reading(state, 1 << 20));
    CHECK(state.data.corpus.articles.size() == seeds);
}

TEST_CASE("search finds the user's article, also one folded a slice at a time, the same as one folded at once") {
    AppState state = load_app_state(DEALSCOPE_ASSETS_DIR);
    std::string big;
    while (big.size() <= kReadAtOnceBytes) big += "Die Größe des Übernahmeangebots überraschte Analysten in München.\n\n" + kNote + "\n";
    REQUIRE_FALSE(add_user_file(state, "gross.txt", big).is_error());
    while (continue_reading(state, 8 << 10)) {
    }
    const FoldedText at_once = fold_for_search(big);
    REQUIRE(state.derived.search_index.articles.size() == state.data.corpus.articles.size());
    CHECK(state.derived.search_index.articles.back().folded == at_once.folded);
    CHECK(state.derived.search_index.articles.back().breaks == at_once.breaks);
    CHECK_FALSE(at_once.breaks.empty());
    Actions query;
    query.set_query = std::string("uebernahmeangebot");
    apply_actions(state, query);
    REQUIRE_FALSE(state.derived.hits.empty());
    CHECK(state.derived.hits.front().kind == SearchKind::article);
    CHECK(state.derived.hits.front().index == state.data.corpus.articles.size() - 1);
}

TEST_CASE("the saved document is JSON that gives back quotes, backslashes, tabs, line ends and umlauts unchanged") {
    AppState state = load_app_state(DEALSCOPE_ASSETS_DIR);
    const std::string text = "„Größer“ als \"erwartet\"\r\n\r\nPfad C:\\daten\\notiz\tmit Tab, Stand 22. September 2025 – OpenAI.\n";
    REQUIRE_FALSE(add_user_article(state, "sonderzeichen \"1\".txt", text));
    const auto doc = nlohmann::json::parse(user_data_json(state));
    CHECK(doc["format"] == "dealscope-user-data");
    CHECK(doc["articles"][0]["name"] == "sonderzeichen \"1\".txt");
    CHECK(doc["articles"][0]["text"] == text);
}

TEST_CASE("a candidate is accepted by article id and index with edits, restoring counts as saved and opens nothing") {
    AppState state = load_app_state(DEALSCOPE_ASSETS_DIR);
    REQUIRE_FALSE(add_user_article(state, "nvidia-notiz.txt", kNote));
    CHECK(accept_candidate(state, "000_0fd505e617a80e95", 0, nlohmann::json::object())->reason.find("no article of yours") != std::string::npos);
    CHECK(accept_candidate(state, "nvidia-notiz", 99, nlohmann::json::object())->reason == "no candidate 99");
    CHECK(accept_candidate(state, "nvidia-notiz", 0, nlohmann::json::array())->reason == "expected a JSON object");
    const auto bad = accept_candidate(state, "nvidia-notiz", 0, {{"date", {{"value", "2025-13"}}}});
    REQUIRE(bad);
    CHECK(bad->place == "/events/0/date/value");
    REQUIRE_FALSE(accept_candidate(state, "nvidia-notiz", 0, {{"status", "reported"}, {"date", {{"value", "2025-09-22"}}}}));
    const Event& mine = state.data.events.events.back();
    CHECK(mine.status == "reported");
    CHECK(mine.date.value == "2025-09-22");
    CHECK(user_has_event(state, state.user.candidates[0][0].event));  // the candidate shows as taken, whatever was edited

    AppState fresh = load_app_state(DEALSCOPE_ASSETS_DIR);
    restore_user_store(fresh, {kUserStoreLayout, 1, user_records(state)}, "browser storage");
    CHECK(fresh.user.problems.empty());
    CHECK(fresh.user.saved_revision == fresh.user.revision);
    CHECK(user_records(fresh) == user_records(state));
    CHECK_FALSE(fresh.selection.article);
    CHECK(user_has_event(fresh, state.user.candidates[0][0].event));
}

TEST_CASE("of two deals one sentence tells, accepting one marks only that one as the user's") {
    AppState state = load_app_state(DEALSCOPE_ASSETS_DIR);
    const std::string text = "Tech Wire\n\nLumora raises\n\nJune 3, 2025\n\nMistral AI has raised $300 million in a round led by "
                             "Sequoia Capital, in which Nvidia put in $150 million.\n";
    REQUIRE_FALSE(add_user_article(state, "lumora.txt", text));
    REQUIRE(state.user.candidates.size() == 1);
    const auto& found = state.user.candidates[0];
    REQUIRE(found.size() == 2);
    REQUIRE(found[0].event.sources[0].quote == found[1].event.sources[0].quote);
    REQUIRE_FALSE(accept_candidate(state, "lumora", 0, nlohmann::json::object()));
    CHECK(user_has_event(state, found[0].event));
    CHECK_FALSE(user_has_event(state, found[1].event));  // it had shown "in your events" too
}

TEST_CASE("a refused file is told in the UI's language: German words for an oversized file, English unchanged") {
    AppState state = load_app_state(DEALSCOPE_ASSETS_DIR);
    const Notice huge = add_user_file(state, "gross.txt", std::string(6 << 20, 'a'));
    REQUIRE(huge.code == NoticeCode::file_refused);
    REQUIRE(huge.problem);
    CHECK(huge.problem->code == MessageCode::user_file_too_large);
    CHECK(huge.problem->args == std::vector<std::string>{"6"});
    CHECK(notice_text(huge, Language::en) == "error: gross.txt: larger than 5 MB (6 MB); dealscope reads news articles");
    CHECK(notice_text(huge, Language::de) == "Fehler: gross.txt: größer als 5 MB (6 MB); dealscope liest Nachrichtenartikel");

    const Notice blank = add_user_file(state, "leer.txt", " \n\t\n");
    REQUIRE(blank.problem);
    CHECK(notice_text(blank, Language::de) == "Fehler: leer.txt: Datei enthält nur Leerzeichen");

    // An import's broken parts, in German.
    const Notice wrong = add_user_file(state, "alt.json", R"({"format": "something-else"})");
    REQUIRE(wrong.problem);
    CHECK(wrong.problem->reason == "not a dealscope data file (expected \"format\": \"dealscope-user-data\")");
    CHECK(notice_text(wrong, Language::de) ==
          "alt.json: 0 Artikel und 0 Ereignisse importiert; Fehler: alt.json: keine dealscope-Datendatei (erwartet: \"format\": \"dealscope-user-data\")");
}

TEST_CASE("every problem of a broken import or edit has arguments that fit its code and German words") {
    AppState state = load_app_state(DEALSCOPE_ASSETS_DIR);
    std::vector<Problem> problems;
    for (const char* doc : {"{", "[]", R"({"format": "dealscope-user-data", "version": 2})",
                            R"({"format": "dealscope-user-data", "version": 1, "articles": 3})",
                            R"({"format": "dealscope-user-data", "version": 1, "articles": [1, {"name": "a.txt", "text": ""}, {"name": "b.txt", "text": "\u0000"}],
                                "events": [{"id": "x", "type": "investment"}]})"}) {
        const ImportResult r = import_user_data(state, doc, "mine.json");
        problems.insert(problems.end(), r.problems.begin(), r.problems.end());
    }
    REQUIRE_FALSE(add_user_article(state, "notiz.txt", kNote));
    for (const auto& p : {accept_candidate(state, "no-such", 0, nlohmann::json::object()), accept_candidate(state, "notiz", 0, 3),
                          accept_candidate(state, "notiz", 99, nlohmann::json::object()),
                          accept_candidate(state, "notiz", 0, {{"date", {{"value", "2025-13-01"}}}}), add_user_event_json(state, 5)}) {
        REQUIRE(p);
        problems.push_back(*p);
    }
    REQUIRE(problems.size() > 10);
    test::check_problem_words(problems);
}

TEST_CASE("two accepted events quoting one sentence both come back after a restore, and the next save keeps both") {
    AppState state = load_app_state(DEALSCOPE_ASSETS_DIR);
    const std::string text = "Zwei Beteiligungen\n\nMicrosoft investiert zehn Milliarden Dollar in OpenAI und fünf Milliarden Dollar in Anthropic.\n";
    REQUIRE_FALSE(add_user_article(state, "zwei.txt", text));
    REQUIRE(state.user.candidates.at(0).size() == 2);  // one per amount, both quoting the sentence
    REQUIRE_FALSE(accept_candidate(state, "zwei", 0, nlohmann::json::object()));
    REQUIRE_FALSE(accept_candidate(state, "zwei", 1, nlohmann::json::object()));
    const StoredUserData saved{kUserStoreLayout, 1, user_records(state)};
    REQUIRE(saved.records.size() == 3);  // the article and both events, each its own record

    AppState reloaded = load_app_state(DEALSCOPE_ASSETS_DIR);
    restore_user_store(reloaded, saved, "browser storage");
    CHECK(reloaded.user.problems.empty());
    CHECK(user_records(reloaded) == saved.records);  // both events, unchanged: nothing to write
    CHECK(reloaded.user.saved_revision == reloaded.user.revision);
    // Restoring the same data again adds nothing: the very same events are there.
    restore_user_store(reloaded, saved, "browser storage");
    CHECK(user_records(reloaded) == saved.records);
}

TEST_CASE("a large file that turns out binary while it is parsed in slices is refused with the byte, and nothing is added") {
    AppState state = load_app_state(DEALSCOPE_ASSETS_DIR);
    const std::size_t before = state.data.corpus.articles.size();
    std::string big;
    while (big.size() <= kReadAtOnceBytes) big += "Notiz\n\nNvidia investiert zwei Milliarden Dollar in Anthropic.\n\n";
    const std::size_t nul = big.size() / 2;
    big[nul] = '\0';
    REQUIRE(add_user_file(state, "gross.txt", big).code == NoticeCode::file_reading);
    while (continue_reading(state, 16 << 10)) {
    }
    CHECK(state.data.corpus.articles.size() == before);
    REQUIRE(state.user.notice.code == NoticeCode::file_refused);
    REQUIRE(state.user.notice.problem);
    CHECK(state.user.notice.problem->place == "gross.txt:byte " + std::to_string(nul));
    CHECK(notice_text(state.user.notice, Language::en).find("binary") != std::string::npos);
}

TEST_CASE("a user-data document of thousands of events is imported whole, again adds nothing, and changed events get ids of their own") {
    AppState state = load_app_state(DEALSCOPE_ASSETS_DIR);
    const std::size_t curated = state.data.events.events.size();
    constexpr int kEvents = 3000;
    const auto document = [&](const std::string& summary) {
        nlohmann::json events = nlohmann::json::array();
        for (int i = 1; i <= kEvents; ++i) {
            Event e;
            e.id = "mine-" + std::to_string(i);
            e.type = "investment";
            e.status = "reported";
            e.date.value = "2025";
            e.participants = {{"microsoft", "investor", ""}, {"openai", "investee", ""}};
            e.summary_en = summary + " " + std::to_string(i);
            e.table = TableOrigin{"deals.csv", static_cast<std::size_t>(i + 1), ""};
            events.push_back(event_to_json(e));
        }
        return nlohmann::json{{"format", kUserDataFormat}, {"version", 1}, {"events", std::move(events)}}.dump();
    };
    const ImportResult first = import_user_data(state, document("a round"), "mine.json");
    CHECK(first.problems.empty());
    CHECK(first.events == kEvents);
    CHECK(import_user_data(state, document("a round"), "mine.json").events == 0);
    // The same ids with other content: each is a new event with an id nobody has.
    const ImportResult changed = import_user_data(state, document("another round"), "mine.json");
    CHECK(changed.events == kEvents);
    std::set<std::string> ids;
    for (const Event& e : state.data.events.events) ids.insert(e.id);
    CHECK(ids.size() == curated + 2 * kEvents);
    CHECK(user_event_count(state) == 2 * kEvents);
}

// The session both hosts run, against a host that records what it was asked: restoring the user's
// data before the link, saving once per change and only when asked back, failed saves shown,
// downloads and the file picker handed over after the frame, embeds that never save.
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "explorer/actions.h"
#include "explorer/session.h"
#include "explorer/user_data.h"
#include "explorer/user_store.h"

using namespace ds;

namespace {

const std::string kNote =
    "Nvidia investiert zwei Milliarden Dollar in das Start-up Anthropic, wie beide Unternehmen am Montag mitteilten.\n";

class RecordingHost final : public Host {
public:
    double clock_ms = 0;
    std::vector<std::pair<UserStoreWrite, std::uint64_t>> saves;  // write, revision
    std::vector<std::pair<std::string, std::string>> downloads;
    int pickers = 0;
    std::vector<Problem> reported;
    std::vector<std::string> notices;

    double now_ms() const override { return clock_ms; }
    void save_user_data(const UserStoreWrite& write, std::uint64_t revision) override { saves.emplace_back(write, revision); }
    void download(const std::string& name, const std::string& content) override { downloads.emplace_back(name, content); }
    void pick_file() override { ++pickers; }
    void report(const Problem& problem) override { reported.push_back(problem); }
    void notice(const std::string& text) override { notices.push_back(text); }
};

// The browser's storage as the page's script uses it (web/dealscope_api.js): a save made against an
// older generation is rebased first, then applied with the manifest in one step.
struct SharedStore {
    StoredUserData data;

    void commit(Session& session, RecordingHost& host, std::size_t save) {
        auto write = std::optional<UserStoreWrite>(host.saves.at(save).first);
        if (data.generation != write->base_generation) write = session.rebase_save(data);
        if (!write) {
            session.user_data_saved(host.saves[save].second, "", 0);
            return;
        }
        for (const auto& [key, text] : write->put) data.records[key] = text;
        for (const auto& key : write->remove) data.records.erase(key);
        data.generation = write->base_generation + 1;
        session.user_data_saved(host.saves[save].second, "", data.generation);
    }
    // As the page hands it over at start.
    std::string text() const { return user_store_file_text(data); }
};

SessionStart seeds() {
    SessionStart start;
    start.assets_dir = DEALSCOPE_ASSETS_DIR;
    start.user_data_place = "test storage";
    return start;
}

}  // namespace

TEST_CASE("a change is saved once, the next only after the host says the first is done") {
    RecordingHost host;
    Session session(host, seeds());
    session.after_frame();
    CHECK(host.saves.empty());  // nothing of the user's yet

    const Notice added = session.add_file("notiz.txt", kNote);
    CHECK_FALSE(added.is_error());
    session.after_frame();
    REQUIRE(host.saves.size() == 1);
    CHECK(host.saves[0].second == session.state.user.revision);
    CHECK(host.saves[0].first.put.contains("article:notiz"));
    CHECK(host.saves[0].first.remove.empty());

    // Another change while the first save is under way waits for it.
    session.add_file("zweite.txt", kNote + "Die Summe ist die größte bisher.\n");
    session.after_frame();
    CHECK(host.saves.size() == 1);
    session.user_data_saved(host.saves[0].second, "", 1);
    CHECK(session.state.user.saved_revision == host.saves[0].second);
    session.after_frame();
    REQUIRE(host.saves.size() == 2);
    // Only what changed is written, against the generation the first save made.
    CHECK(host.saves[1].first.put.size() == 1);
    CHECK(host.saves[1].first.put.contains("article:zweite"));
    CHECK(host.saves[1].first.base_generation == 1);

    // A failed save is shown with the place the host keeps the data, and not retried in a loop.
    session.user_data_saved(host.saves[1].second, "the storage is full", 0);
    REQUIRE(session.state.user.problems.size() == 1);
    CHECK(session.state.user.problems[0].place == "test storage");
    CHECK(session.state.user.problems[0].reason == "the storage is full");
    session.after_frame();
    CHECK(host.saves.size() == 2);
}

TEST_CASE("the user's data is restored before the link, which may name one of their articles") {
    RecordingHost first_host;
    SharedStore store;
    {
        Session first(first_host, seeds());
        first.add_file("meine-notiz.txt", kNote);
        first.after_frame();
        REQUIRE(first_host.saves.size() == 1);
        store.commit(first, first_host, 0);
    }
    RecordingHost host;
    SessionStart start = seeds();
    start.user_data = store.text();
    start.link = "#view=articles&article=meine-notiz&lang=de&bogus=1";
    Session session(host, start);
    const AppState& s = session.state;
    REQUIRE(s.selection.article);
    CHECK(s.data.corpus.articles[*s.selection.article].id == "meine-notiz");
    CHECK(s.view.language == Language::de);
    CHECK(s.user.saved_revision == s.user.revision);  // restored counts as saved
    // The unknown key is reported, with "link" as its place.
    REQUIRE_FALSE(host.reported.empty());
    CHECK(host.reported.back().place == "link");
    CHECK(host.reported.back().reason.find("bogus") != std::string::npos);
    session.after_frame();
    CHECK(host.saves.empty());
}

TEST_CASE("downloads and the file picker go to the host after the frame, once") {
    RecordingHost host;
    Session session(host, seeds());
    Actions a;
    a.export_user_data = true;
    a.pick_file = true;
    apply_actions(session.state, a);
    CHECK(host.downloads.empty());  // nothing happens while views draw
    session.after_frame();
    REQUIRE(host.downloads.size() == 1);
    CHECK(host.downloads[0].first == "dealscope-my-data.json");
    CHECK(host.pickers == 1);
    session.after_frame();
    CHECK(host.downloads.size() == 1);
    CHECK(host.pickers == 1);
}

TEST_CASE("an embed never saves, and a refused file is told to the host in the UI language") {
    RecordingHost host;
    SessionStart start = seeds();
    start.link = "?embed=1&view=timeline&lang=de";
    Session session(host, start);
    CHECK(session.state.host.embed);
    session.add_file("notiz.txt", kNote);
    session.after_frame();
    CHECK(host.saves.empty());

    const Notice refused = session.add_file("leer.txt", "   \n");
    CHECK(refused.is_error());
    REQUIRE_FALSE(host.notices.empty());
    CHECK(host.notices.back().find("leer.txt") != std::string::npos);
}

TEST_CASE("saved tells the truth: a change is unsaved until the host says it is stored, and stays so when that failed") {
    RecordingHost host;
    Session session(host, seeds());
    CHECK_FALSE(session.unsaved());
    CHECK_FALSE(session.busy());
    session.add_file("notiz.txt", kNote);
    CHECK(session.unsaved());
    CHECK(session.busy());  // frames go on until the save has started, input or not
    session.after_frame();
    REQUIRE(host.saves.size() == 1);
    CHECK_FALSE(session.busy());  // the host wakes the loop when the save ends
    CHECK(session.unsaved());     // being written
    CHECK(to_json(session.state)["user"]["saved"] == false);

    session.user_data_saved(host.saves[0].second, "the disk is full", 0);
    CHECK(session.unsaved());
    CHECK(to_json(session.state)["user"]["saved"] == false);  // the revisions match, but nothing was stored
    CHECK_FALSE(session.busy());                                // and it is not retried in a loop

    session.add_file("zweite.txt", kNote + "Mehr dazu folgt.\n");
    session.after_frame();
    REQUIRE(host.saves.size() == 2);
    session.user_data_saved(host.saves[1].second, "", 1);
    CHECK_FALSE(session.unsaved());
    CHECK(to_json(session.state)["user"]["saved"] == true);
}

namespace {
std::vector<std::string> user_article_ids(const AppState& s) {
    std::vector<std::string> ids;
    for (std::size_t i = s.user.first_article; i < s.data.corpus.articles.size(); ++i) ids.push_back(s.data.corpus.articles[i].id);
    std::sort(ids.begin(), ids.end());
    return ids;
}
std::vector<std::string> user_event_ids(const AppState& s) {
    std::vector<std::string> ids;
    for (const Event& e : s.data.events.events) {
        if (e.by_user) ids.push_back(e.id);
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}
}  // namespace

TEST_CASE("two tabs: what each adds is kept, a deletion in one is not undone by the other") {
    RecordingHost host_a, host_b;
    SharedStore store;
    Session a(host_a, seeds()), b(host_b, seeds());
    a.add_file("von-a.txt", kNote);
    b.add_file("von-b.txt", kNote + "Tab B schrieb mehr.\n");
    a.after_frame();
    b.after_frame();
    store.commit(a, host_a, 0);
    // B's write was made against generation 0; the store is at 1: B merges A's article first.
    store.commit(b, host_b, 0);
    CHECK(store.data.records.size() == 2);
    CHECK(user_article_ids(b.state) == std::vector<std::string>{"von-a", "von-b"});
    CHECK(to_json(b.state)["user"]["saved"] == true);
    // A hears of B's write and merges it; merging the same store again changes nothing.
    a.merge_stored(store.data);
    CHECK(user_article_ids(a.state) == std::vector<std::string>{"von-a", "von-b"});
    const auto revision = a.state.user.revision;
    a.merge_stored(store.data);
    CHECK(a.state.user.revision == revision);
    a.after_frame();
    CHECK(host_a.saves.size() == 1);  // nothing new to write

    // A deletes everything and saves; B, which still has it all, drops it when it hears, and its
    // next save does not bring it back.
    Actions wipe;
    wipe.delete_user_data = true;
    apply_actions(a.state, wipe);
    a.after_frame();
    REQUIRE(host_a.saves.size() == 2);
    CHECK(host_a.saves[1].first.remove.size() == 2);
    store.commit(a, host_a, 1);
    CHECK(store.data.records.empty());
    b.merge_stored(store.data);
    CHECK(user_article_ids(b.state).empty());
    b.add_file("danach.txt", kNote + "Später.\n");
    b.after_frame();
    store.commit(b, host_b, 1);
    CHECK(store.data.records.size() == 1);
    CHECK(store.data.records.contains("article:danach"));
}

TEST_CASE("two tabs add different articles of one name and accept events from each: all four are kept, every quote in its article") {
    RecordingHost host_a, host_b;
    SharedStore store;
    Session a(host_a, seeds()), b(host_b, seeds());
    a.add_file("notiz.txt", "Notiz\n\nMicrosoft investiert zehn Milliarden Dollar in OpenAI, wie beide Unternehmen am Montag mitteilten.\n");
    b.add_file("notiz.txt", "Notiz\n\nAmazon investiert vier Milliarden Dollar in Anthropic, wie beide Unternehmen am Montag mitteilten.\n");
    for (Session* s : {&a, &b}) {
        REQUIRE(s->state.user.candidates.size() == 1);
        REQUIRE_FALSE(s->state.user.candidates[0].empty());
        REQUIRE_FALSE(accept_candidate(s->state, "notiz", 0, nlohmann::json::object()));
    }
    CHECK(user_event_ids(a.state) == user_event_ids(b.state));  // both "mine-1"
    a.after_frame();
    b.after_frame();
    store.commit(a, host_a, 0);
    store.commit(b, host_b, 0);  // rebased: A's article and event come in renamed
    a.merge_stored(store.data);
    for (Session* s : {&a, &b}) {
        CAPTURE(s == &a ? "tab a" : "tab b");
        CHECK(user_article_ids(s->state) == std::vector<std::string>{"notiz", "notiz-2"});
        CHECK(user_event_ids(s->state).size() == 2);
        CHECK(s->state.user.kept_aside.empty());
        CHECK(s->state.user.problems.empty());
        // Each event still quotes a sentence of the article it names.
        for (const Event& e : s->state.data.events.events) {
            if (!e.by_user) continue;
            const auto i = article_index(s->state, e.sources.at(0).article);
            REQUIRE(i);
            CHECK(s->state.data.corpus.articles[*i].text.find(e.sources[0].quote) != std::string::npos);
        }
    }
    CHECK(user_records(a.state) == user_records(b.state));
    CHECK(user_records(b.state) == store.data.records);
}

TEST_CASE("records that cannot be read are kept aside: named, exported, never written over, and a newer layout is left alone") {
    // One good article and event, then a record of a newer version, one whose entity is unknown, one truncated.
    RecordingHost first_host;
    SharedStore store;
    {
        Session first(first_host, seeds());
        first.add_file("notiz.txt", "Notiz\n\nMicrosoft investiert zehn Milliarden Dollar in OpenAI, wie beide Unternehmen am Montag mitteilten.\n");
        REQUIRE_FALSE(accept_candidate(first.state, "notiz", 0, nlohmann::json::object()));
        first.after_frame();
        store.commit(first, first_host, 0);
    }
    REQUIRE(store.data.records.contains("event:mine-1"));
    auto event = nlohmann::json::parse(store.data.records["event:mine-1"].str());
    auto newer = event;
    newer["version"] = 2;
    newer["event"]["id"] = "mine-7";
    auto unknown = event;
    unknown["event"]["id"] = "mine-8";
    unknown["event"]["participants"][0]["entity"] = "gone-from-the-gazetteer";
    store.data.records["event:mine-7"] = newer.dump();
    store.data.records["event:mine-8"] = unknown.dump();
    const std::string truncated = store.data.records["event:mine-1"].str().substr(0, 40);
    store.data.records["event:mine-9"] = truncated;

    RecordingHost host;
    SessionStart start = seeds();
    start.user_data = store.text();
    Session session(host, start);
    const AppState& s = session.state;
    CHECK(user_event_ids(s) == std::vector<std::string>{"mine-1"});
    REQUIRE(s.user.kept_aside.size() == 3);
    REQUIRE(s.user.problems.size() == 3);
    CHECK(s.user.problems[0].code == MessageCode::record_kept_aside);
    CHECK(s.user.problems[0].reason.find("event:mine-7") != std::string::npos);
    CHECK(s.user.problems[0].reason.find("unsupported version") != std::string::npos);
    CHECK(s.user.problems[1].reason.find("gone-from-the-gazetteer") != std::string::npos);
    CHECK(s.user.problems[2].reason.find("event:mine-9") != std::string::npos);
    CHECK(problem_text(s.user.problems[1], Language::de).find("Ihre Daten → Unlesbare Einträge exportieren") != std::string::npos);  // the menu as the German UI names it
    CHECK(s.user.saved_revision == s.user.revision);  // nothing to write: they stay as they are

    // A change saves what changed and leaves the three untouched; the problems stay listed.
    session.add_file("zweite.txt", "Notiz\n\nNvidia investiert fünf Milliarden Dollar in Intel, wie beide Unternehmen am Montag mitteilten.\n");
    session.after_frame();
    REQUIRE(host.saves.size() == 1);
    CHECK(host.saves[0].first.remove.empty());
    CHECK_FALSE(host.saves[0].first.put.contains("event:mine-9"));
    store.commit(session, host, 0);
    CHECK(store.data.records.at("event:mine-9") == truncated);
    CHECK(session.state.user.problems.size() == 3);

    // Exported as they are.
    Actions a;
    a.export_kept_aside = true;
    apply_actions(session.state, a);
    session.after_frame();
    REQUIRE(host.downloads.size() == 1);
    const auto exported = nlohmann::json::parse(host.downloads[0].second);
    REQUIRE(exported["records"].size() == 3);
    CHECK(exported["records"][2]["key"] == "event:mine-9");
    CHECK(exported["records"][2]["text"] == truncated);

    // A store of a newer layout is neither read nor written; the user is told.
    store.data.layout = 3;
    RecordingHost later_host;
    start.user_data = store.text();
    Session later(later_host, start);
    CHECK(user_event_ids(later.state).empty());
    REQUIRE(later.state.user.problems.size() == 1);
    CHECK(later.state.user.problems[0].code == MessageCode::store_newer_layout);
    later.add_file("dritte.txt", kNote);
    later.after_frame();
    CHECK(later_host.saves.empty());
    CHECK(later.unsaved());  // the page asks before it is closed
}

TEST_CASE("the single document of layout 1 is restored and written as records at the next frame") {
    const std::string document = R"({"format": "dealscope-user-data", "version": 1,
        "articles": [{"name": "alt.txt", "text": "Notiz\n\nMicrosoft investiert zehn Milliarden Dollar in OpenAI, wie beide Unternehmen am Montag mitteilten.\n"},
                     {"name": "alt.txt", "text": "Notiz\n\nAmazon investiert vier Milliarden Dollar in Anthropic, wie beide Unternehmen am Montag mitteilten.\n"}],
        "events": []})";
    RecordingHost host;
    SessionStart start = seeds();
    start.user_data = document;
    Session session(host, start);
    CHECK(user_article_ids(session.state) == std::vector<std::string>{"alt", "alt-2"});
    CHECK(session.state.user.problems.empty());
    session.after_frame();
    REQUIRE(host.saves.size() == 1);
    CHECK(host.saves[0].first.put.size() == 2);
    CHECK(host.saves[0].first.base_generation == 0);
}

TEST_CASE("the browser's records arrive framed as bytes: read back exactly, and a broken frame is named by its byte") {
    const std::string text = "{\"event\":{\"id\":\"mine-1\",\"quote\":\"zwei\\nZeilen, ein \\u0000 und „Umlaute“\"},\"version\":1}";
    const std::string blob = std::string(kRecordsMagic) + "2 7\n" + "12 " + std::to_string(text.size()) + "\nevent:mine-1" + text + "\n";
    auto read = read_user_store(blob, "browser storage");
    REQUIRE(std::holds_alternative<StoredUserData>(read));
    const auto& stored = std::get<StoredUserData>(read);
    CHECK(stored.layout == 2);
    CHECK(stored.generation == 7);
    REQUIRE(stored.records.size() == 1);
    CHECK(stored.records.at("event:mine-1") == text);
    for (const std::string broken : {blob.substr(0, blob.size() - 2), std::string(kRecordsMagic) + "2 x\n", blob + "99 1\nkurz\n"}) {
        auto bad = read_user_store(broken, "browser storage");
        REQUIRE(std::holds_alternative<Problem>(bad));
        CHECK(std::get<Problem>(bad).place.starts_with("browser storage:byte "));
    }
    // A file of layout 1 whose format is not a string is refused, not thrown over (found by the fuzzer).
    for (const std::string wrong : {R"({"format": 1})", R"({"format": {}, "articles": []})"}) {
        auto bad = read_user_store(wrong, "dealscope-data.json");
        REQUIRE(std::holds_alternative<Problem>(bad));
        CHECK(std::get<Problem>(bad).code == MessageCode::not_user_data);
    }
}

TEST_CASE("a large file is read a slice per frame, and appending it and opening it each start a frame of their own") {
    RecordingHost host;
    Session session(host, seeds());
    std::string big;
    while (big.size() <= kReadAtOnceBytes) big += kNote + "\n";
    const std::size_t seed_count = session.state.data.corpus.articles.size();
    REQUIRE(session.add_file("gross.txt", big).code == NoticeCode::file_reading);

    // The clock never moves, so a frame reads until something ends it: the appending or the opening.
    int frames = 0;
    std::optional<int> appended_in, opened_in;
    while (session.busy() && frames < 10000) {
        const bool finishing = reading_finishes_next(session.state);
        const std::size_t articles_before = session.state.data.corpus.articles.size();
        session.before_frame(1e9);
        ++frames;
        if (!appended_in && session.state.data.corpus.articles.size() > articles_before) {
            appended_in = frames;
            CHECK(finishing);  // it was the frame's first work
            CHECK(session.state.selection.article != seed_count);  // not opened in the same frame
        }
        if (!opened_in && session.state.selection.article == seed_count) opened_in = frames;
        session.after_frame();
        if (!host.saves.empty()) session.user_data_saved(host.saves.back().second, "", 1);
    }
    REQUIRE(appended_in);
    REQUIRE(opened_in);
    CHECK(*appended_in > 1);  // the reading before it had frames of its own
    CHECK(*opened_in == *appended_in + 1);
    CHECK(session.state.user.reading.empty());
    CHECK_FALSE(session.state.user.open_next);
}

TEST_CASE("the page's session builds the search index before its second frame, not before its first") {
    RecordingHost host;
    SessionStart start = seeds();
    start.index_after_first_frame = true;
    Session session(host, start);
    CHECK(session.state.derived.search_index_pending);
    session.before_frame();  // the first frame: drawn without it
    CHECK(session.state.derived.search_index_pending);
    session.state.report.frames_rendered = 1;
    session.before_frame();
    CHECK_FALSE(session.state.derived.search_index_pending);
    CHECK(session.state.derived.search_index.articles.size() == session.state.data.corpus.articles.size());
    const auto& steps = session.state.report.startup.steps;
    CHECK(std::any_of(steps.begin(), steps.end(), [](const StartupStep& s) { return s.name == "search index (after the first frame)"; }));
}

TEST_CASE("a reader who lands with no view named meets the overview first, until a view, a deal or a search is chosen") {
    RecordingHost host;
    {
        Session session(host, seeds());
        CHECK(session.state.view.overview_first);
        Actions a;
        a.show_view = View::flows;
        apply_actions(session.state, a);
        CHECK_FALSE(session.state.view.overview_first);
        Actions back;
        back.show_overview = true;
        apply_actions(session.state, back);
        CHECK(session.state.view.overview_first);
        Actions search;
        search.set_query = std::string("Nvidia");
        apply_actions(session.state, search);
        CHECK_FALSE(session.state.view.overview_first);
        // An article added shows where its progress does, not the overview over another view.
        apply_actions(session.state, back);
        CHECK(session.state.view.overview_first);
        REQUIRE_FALSE(session.add_file("notiz.txt", kNote).is_error());
        CHECK(session.state.view.current == View::articles);
        CHECK(session.state.view.overview_over != session.state.view.current);
    }
    for (const char* link : {"#view=network", "lang=de&#view=timeline", "?embed=1&lang=de"}) {
        CAPTURE(link);
        SessionStart start = seeds();
        start.link = link;
        Session session(host, start);
        CHECK_FALSE(session.state.view.overview_first);  // a named view, or an embed, shows what it names
    }
}

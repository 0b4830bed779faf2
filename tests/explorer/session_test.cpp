// The session both hosts run, against a host that records what it was asked: restoring the user's
// data before the link, saving once per change and only when asked back, failed saves shown,
// downloads and the file picker handed over after the frame, embeds that never save.
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <string>
#include <utility>
#include <vector>

#include "explorer/session.h"

using namespace ds;

namespace {

const std::string kNote =
    "Nvidia investiert zwei Milliarden Dollar in das Start-up Anthropic, wie beide Unternehmen am Montag mitteilten.\n";

class RecordingHost final : public Host {
public:
    double clock_ms = 0;
    std::vector<std::pair<std::string, std::uint64_t>> saves;  // json, revision
    std::vector<std::pair<std::string, std::string>> downloads;
    int pickers = 0;
    std::vector<Problem> reported;
    std::vector<std::string> notices;

    double now_ms() const override { return clock_ms; }
    void save_user_data(const std::string& json, std::uint64_t revision) override { saves.emplace_back(json, revision); }
    void download(const std::string& name, const std::string& content) override { downloads.emplace_back(name, content); }
    void pick_file() override { ++pickers; }
    void report(const Problem& problem) override { reported.push_back(problem); }
    void notice(const std::string& text) override { notices.push_back(text); }
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
    CHECK(host.saves[0].first.find("notiz") != std::string::npos);

    // Another change while the first save is under way waits for it.
    session.add_file("zweite.txt", kNote + "Die Summe ist die größte bisher.\n");
    session.after_frame();
    CHECK(host.saves.size() == 1);
    session.user_data_saved(host.saves[0].second, "");
    CHECK(session.state.user.saved_revision == host.saves[0].second);
    session.after_frame();
    REQUIRE(host.saves.size() == 2);

    // A failed save is shown with the place the host keeps the data, and not retried in a loop.
    session.user_data_saved(host.saves[1].second, "the storage is full");
    REQUIRE(session.state.user.problems.size() == 1);
    CHECK(session.state.user.problems[0].place == "test storage");
    CHECK(session.state.user.problems[0].reason == "the storage is full");
    session.after_frame();
    CHECK(host.saves.size() == 2);
}

TEST_CASE("the user's data is restored before the link, which may name one of their articles") {
    RecordingHost first_host;
    std::string saved;
    {
        Session first(first_host, seeds());
        first.add_file("meine-notiz.txt", kNote);
        first.after_frame();
        REQUIRE(first_host.saves.size() == 1);
        saved = first_host.saves[0].first;
    }
    RecordingHost host;
    SessionStart start = seeds();
    start.user_data = saved;
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

    session.user_data_saved(host.saves[0].second, "the disk is full");
    CHECK(session.unsaved());
    CHECK(to_json(session.state)["user"]["saved"] == false);  // the revisions match, but nothing was stored
    CHECK_FALSE(session.busy());                                // and it is not retried in a loop

    session.add_file("zweite.txt", kNote + "Mehr dazu folgt.\n");
    session.after_frame();
    REQUIRE(host.saves.size() == 2);
    session.user_data_saved(host.saves[1].second, "");
    CHECK_FALSE(session.unsaved());
    CHECK(to_json(session.state)["user"]["saved"] == true);
}

TEST_CASE("what another tab stored is merged in, nothing of this tab's is lost, and a deletion is not undone") {
    RecordingHost host_a, host_b;
    Session a(host_a, seeds()), b(host_b, seeds());
    a.add_file("von-a.txt", kNote);
    b.add_file("von-b.txt", kNote + "Tab B schrieb mehr.\n");
    a.after_frame();
    REQUIRE(host_a.saves.size() == 1);
    const std::string stored_by_a = host_a.saves[0].first;
    // B saves after A: it reads A's record and writes the union.
    const std::string union_text = b.merge_stored(stored_by_a);
    const auto doc = nlohmann::json::parse(union_text);
    REQUIRE(doc["articles"].size() == 2);
    CHECK(doc["articles"][0]["name"] == "von-b.txt");
    CHECK(doc["articles"][1]["name"] == "von-a.txt");
    CHECK(b.merge_stored(union_text) == union_text);  // merging what is already here changes nothing

    // A deletes everything: what B stored does not come back into A before A's deletion is saved.
    Actions wipe;
    wipe.delete_user_data = true;
    apply_actions(a.state, wipe);
    CHECK(nlohmann::json::parse(a.merge_stored(union_text))["articles"].empty());
    a.user_data_saved(host_a.saves[0].second, "");
    a.after_frame();
    REQUIRE(host_a.saves.size() == 2);
    a.user_data_saved(host_a.saves[1].second, "");
    // Saved: from now on a later addition of B's merges in again.
    CHECK(nlohmann::json::parse(a.merge_stored(union_text))["articles"].size() == 2);
}

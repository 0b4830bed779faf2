// A user's spreadsheet in the app: its rows become their events, its new names their entities; both
// are saved as records, come back in another tab, take part in totals, and go with a deletion.
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <algorithm>

#include "core/text/text_file.h"
#include "explorer/actions.h"
#include "explorer/app_state.h"
#include "explorer/user_data.h"
#include "explorer/user_store.h"
#include "restored_app.h"
#include "explorer/user_table.h"

using namespace ds;

namespace {

std::string sheet(const std::string& name) {
    return std::get<std::string>(read_text_file(std::string(DEALSCOPE_SHEETS_DIR) + "/" + name));
}

std::vector<const Event*> table_events(const AppState& state) {
    std::vector<const Event*> out;
    for (const Event& e : state.data.events.events)
        if (e.by_user && e.table) out.push_back(&e);
    return out;
}

}  // namespace

TEST_CASE("a dropped CSV becomes the user's events and entities, named in a notice, shown in the timeline") {
    AppState state = load_app_state(DEALSCOPE_ASSETS_DIR);
    const std::size_t entities = state.data.gazetteer.entities.size();
    const Notice n = add_user_file(state, "deals.csv", sheet("dealscope.csv"));
    CHECK(n.code == NoticeCode::table_imported);
    CHECK(n.events == 4);
    CHECK(n.entities == 2);
    CHECK(n.skipped == 2);
    CHECK(n.more_problems == 1);
    CHECK(notice_text(n, Language::en).starts_with("deals.csv (dealscope columns): 4 events and 2 new names imported, 2 rows left out; error: deals.csv:line 6"));
    CHECK(notice_text(n, Language::de).starts_with("deals.csv (dealscope-Spalten): 4 Ereignisse und 2 neue Namen übernommen, 2 Zeilen ausgelassen"));
    CHECK(state.view.current == View::timeline);
    CHECK(state.data.gazetteer.entities.size() == entities + 2);
    const Entity* acme = state.data.gazetteer.find("acme-robotics-gmbh");
    REQUIRE(acme);
    CHECK(acme->by_user);
    REQUIRE(table_events(state).size() == 4);
    // They take part in the views: Acme is a node of the network, the table's $10bn a flow into OpenAI.
    const bool acme_in_network = std::any_of(state.derived.network.nodes.begin(), state.derived.network.nodes.end(),
                                             [](const auto& node) { return node.id == "acme-robotics-gmbh"; });
    CHECK(acme_in_network);
    const bool ten_billion = std::any_of(state.derived.flow_table.begin(), state.derived.flow_table.end(), [&](const Flow& f) {
        return f.from == "microsoft" && f.to == "openai" && std::any_of(f.events.begin(), f.events.end(), [&](const std::string& id) {
                   return id == "table-deals-2";
               });
    });
    CHECK(ten_billion);

    // The same table again adds nothing: same rows, same content.
    const Notice again = add_user_file(state, "deals.csv", sheet("dealscope.csv"));
    CHECK(again.events == 0);
    CHECK(again.entities == 0);
    CHECK(table_events(state).size() == 4);
}

TEST_CASE("a pasted tab-separated range is recognised as a table, a pasted article is not") {
    CHECK(looks_like_table("pasted text", sheet("pasted.tsv")));
    CHECK(looks_like_table("deals.CSV", "anything"));
    CHECK_FALSE(looks_like_table("pasted text", "Nvidia investiert\tzwei Milliarden in Anthropic.\n"));
    CHECK(looks_like_table("pasted-text.txt", "date,type,from,to,status\n2025,investment,Nvidia,OpenAI,announced\n"));  // CSV text pasted
    CHECK_FALSE(looks_like_table("note.txt", "Nvidia, OpenAI and Oracle: a deal, they say.\n\nMore text.\n"));  // commas in an article
    AppState state = load_app_state(DEALSCOPE_ASSETS_DIR);
    const Notice n = add_user_file(state, "pasted-text.txt", sheet("pasted.tsv"));
    CHECK(n.code == NoticeCode::table_imported);
    CHECK(n.events == 2);
    // A paste has no file name: German calls it so, and its layout, in German words.
    CAPTURE(notice_text(n, Language::de));
    CHECK(notice_text(n, Language::en).starts_with("pasted table (dealscope columns): 2 events"));
    CHECK(notice_text(n, Language::de).starts_with("eingefügte Tabelle (dealscope-Spalten): 2 Ereignisse"));
}

TEST_CASE("a table's events and entities are saved as records, restored in another tab, and deleted with the user's data") {
    AppState a = load_app_state(DEALSCOPE_ASSETS_DIR);
    add_user_file(a, "connections.csv", sheet("kumu-connections.csv"));
    const UserRecords records = user_records(a);
    CHECK(records.contains("entity:helios-compute"));
    CHECK(records.contains("entity:fonds-zukunft"));
    CHECK(std::count_if(records.begin(), records.end(), [](const auto& r) { return r.first.starts_with("event:"); }) == 2);

    AppState b = restored_app(records);
    CHECK(b.user.kept_aside.empty());
    REQUIRE(table_events(b).size() == 2);
    CHECK(b.data.gazetteer.find("helios-compute"));
    CHECK(user_records(b) == records);

    // The export file carries them too, and imports into a third copy.
    const std::string exported = user_data_json(a);
    AppState c = load_app_state(DEALSCOPE_ASSETS_DIR);
    const ImportResult r = import_user_data(c, exported, "export.json");
    CHECK(r.problems.empty());
    CHECK(r.entities == 2);
    CHECK(r.events == 2);

    const std::size_t curated_entities = load_app_state(DEALSCOPE_ASSETS_DIR).data.gazetteer.entities.size();
    delete_user_data(b);
    CHECK(table_events(b).empty());
    CHECK(b.data.gazetteer.entities.size() == curated_entities);
    CHECK_FALSE(b.data.gazetteer.find("helios-compute"));
    CHECK(b.data.gazetteer.find("openai"));  // the curated ones stay, found by id after the rebuild
}

TEST_CASE("a table of thousands of rows is imported whole, again adds nothing, and deleting it leaves the curated names") {
    AppState state = load_app_state(DEALSCOPE_ASSETS_DIR);
    const std::size_t curated_entities = state.data.gazetteer.entities.size();
    std::string table = "date,type,from,to,amount,currency\n";
    for (int i = 0; i < 3000; ++i) table += "2024-0" + std::to_string(1 + i % 9) + ",investment,Fund " + std::to_string(i) + ",OpenAI," + std::to_string(i + 1) + "000000,USD\n";
    const Notice n = add_user_file(state, "big.csv", table);
    CHECK(n.events == 3000);
    CHECK(n.entities == 3000);
    CHECK(table_events(state).size() == 3000);
    CHECK(add_user_file(state, "big.csv", table).events == 0);
    delete_user_data(state);
    CHECK(state.data.gazetteer.entities.size() == curated_entities);
    CHECK(state.data.gazetteer.find("openai"));
}

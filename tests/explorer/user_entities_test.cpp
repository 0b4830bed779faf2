// The names a user's table brought, set right after the import: renamed (the table's spelling kept
// as an alias), given a kind, or found to be a known entity — which moves their events to it. Each
// change is saved as records and comes back in another tab.
#include <doctest/doctest.h>

#include <algorithm>

#include "core/text/text_file.h"
#include "explorer/actions.h"
#include "explorer/app_state.h"
#include "explorer/user_data.h"
#include "explorer/user_entities.h"
#include "core/search/search.h"
#include "explorer/user_store.h"
#include "restored_app.h"

using namespace ds;

namespace {

std::string sheet(const std::string& name) {
    return std::get<std::string>(read_text_file(std::string(DEALSCOPE_SHEETS_DIR) + "/" + name));
}

const Event* event_of(const AppState& state, const std::string& id) {
    const auto& events = state.data.events.events;
    const auto it = std::find_if(events.begin(), events.end(), [&](const Event& e) { return e.id == id; });
    return it == events.end() ? nullptr : &*it;
}

std::vector<std::string> entities_of(const Event& e) {
    std::vector<std::string> out;
    for (const auto& p : e.participants) out.push_back(p.entity + ":" + p.role);
    return out;
}

}  // namespace

TEST_CASE("a table's new name is renamed, keeps the table's spelling as an alias, and the table again brings no new name") {
    AppState state = load_app_state(DEALSCOPE_ASSETS_DIR);
    add_user_file(state, "deals.csv", sheet("dealscope.csv"));
    const auto names = user_entity_indices(state);
    REQUIRE(names.size() == 2);
    CHECK(state.data.gazetteer.entities[names[0]].name == "Samsung Ventures");  // in the order the table named them
    CHECK(state.data.gazetteer.entities[names[1]].name == "Acme Robotics GmbH");
    const auto revision = state.user.revision;

    REQUIRE_FALSE(rename_user_entity(state, "acme-robotics-gmbh", "  Acme Robotics  "));
    const Entity* acme = state.data.gazetteer.find("acme-robotics-gmbh");
    REQUIRE(acme);
    CHECK(acme->name == "Acme Robotics");
    CHECK(acme->aliases == std::vector<std::string>{"Acme Robotics GmbH"});
    CHECK(state.user.revision > revision);
    CHECK(user_records(state).at("entity:acme-robotics-gmbh").str().find("\"Acme Robotics\"") != std::string::npos);
    // The summary the import made of the names says the new one.
    const Event* partnership = event_of(state, "table-deals-7");
    REQUIRE(partnership);
    CAPTURE(partnership->summary_en);
    CHECK(partnership->summary_en.find("Acme Robotics") != std::string::npos);
    CHECK(partnership->summary_en.find("GmbH") == std::string::npos);

    // The same table again: its rows are there, and its spelling is now a known alias.
    const Notice again = add_user_file(state, "deals.csv", sheet("dealscope.csv"));
    CHECK(again.events == 0);
    CHECK(again.entities == 0);
    CHECK(user_entity_indices(state).size() == 2);

    // Refused, each with its reason: an empty name, a name another entity has, a curated entity.
    const auto empty = rename_user_entity(state, "acme-robotics-gmbh", "   ");
    REQUIRE(empty);
    CHECK(empty->code == MessageCode::entity_name_empty);
    const auto taken = rename_user_entity(state, "acme-robotics-gmbh", "NVIDIA");
    REQUIRE(taken);
    CHECK(taken->code == MessageCode::entity_name_taken);
    CHECK(describe(*taken) == "error: acme-robotics-gmbh: 'NVIDIA' is a name of Nvidia already: choose it under 'Same as'");
    const auto curated = rename_user_entity(state, "openai", "Open AI Inc");
    REQUIRE(curated);
    CHECK(curated->code == MessageCode::entity_not_users);
    CHECK(state.data.gazetteer.find("openai")->name == "OpenAI");
}

TEST_CASE("a new name given a kind, an unknown kind refused") {
    AppState state = load_app_state(DEALSCOPE_ASSETS_DIR);
    add_user_file(state, "deals.csv", sheet("dealscope.csv"));
    REQUIRE_FALSE(set_user_entity_kind(state, "samsung-ventures", "investor"));
    CHECK(state.data.gazetteer.find("samsung-ventures")->kind == "investor");
    const auto bad = set_user_entity_kind(state, "samsung-ventures", "bank");
    REQUIRE(bad);
    CHECK(bad->code == MessageCode::unknown_kind);
    CHECK(state.data.gazetteer.find("samsung-ventures")->kind == "investor");
}

TEST_CASE("a new name found to be a known entity: its events move to it, the name goes, and another tab sees the same") {
    AppState state = load_app_state(DEALSCOPE_ASSETS_DIR);
    add_user_file(state, "deals.csv", sheet("dealscope.csv"));
    state.selection.entity = "samsung-ventures";
    Actions a;
    a.edit_user_entity = UserEntityEdit{"samsung-ventures", {}, {}, std::string("nvidia")};
    run_data_commands(state, a);
    CHECK(state.user.notice.code == NoticeCode::entity_merged);
    CHECK(notice_text(state.user.notice, Language::en) == "Samsung Ventures is now Nvidia (1 event).");
    CHECK(notice_text(state.user.notice, Language::de) == "Samsung Ventures ist jetzt Nvidia (1 Ereignis).");
    CHECK_FALSE(state.data.gazetteer.find("samsung-ventures"));
    CHECK(state.selection.entity == "nvidia");  // the panel stays on what the user was looking at
    // The round named Nvidia and Samsung Ventures as investors: Nvidia once now.
    const Event* round = event_of(state, "table-deals-4");
    REQUIRE(round);
    CHECK(entities_of(*round) == std::vector<std::string>{"nvidia:investor", "mistral-ai:investee"});
    CHECK(events_naming(state, "samsung-ventures") == 0);
    // A summary made of the names says the known one.
    const Event* acme = event_of(state, "table-deals-7");
    REQUIRE(acme);
    a.edit_user_entity = UserEntityEdit{"acme-robotics-gmbh", {}, {}, std::string("sap")};
    run_data_commands(state, a);
    CAPTURE(acme->summary_en);
    CHECK(acme->summary_en.find("SAP") != std::string::npos);
    CHECK(acme->summary_en.find("Acme") == std::string::npos);

    const UserRecords records = user_records(state);
    CHECK_FALSE(records.contains("entity:samsung-ventures"));
    CHECK_FALSE(records.contains("entity:acme-robotics-gmbh"));
    AppState other = restored_app(records);
    CHECK(other.user.kept_aside.empty());
    CHECK(user_records(other) == records);
    CHECK(entities_of(*event_of(other, "table-deals-4")) == std::vector<std::string>{"nvidia:investor", "mistral-ai:investee"});

    // Refused: itself, an unknown entity, a curated entity as the one that goes.
    add_user_file(state, "more.csv", "date,type,from,to,status\n2025,partnership,Acme Robotics GmbH,Nvidia,announced\n");
    REQUIRE(state.data.gazetteer.find("acme-robotics-gmbh"));
    CHECK(merge_user_entity(state, "acme-robotics-gmbh", "acme-robotics-gmbh")->code == MessageCode::entity_same_as_self);
    CHECK(merge_user_entity(state, "acme-robotics-gmbh", "no-such-firm")->code == MessageCode::unknown_entity);
    CHECK(merge_user_entity(state, "openai", "microsoft")->code == MessageCode::entity_not_users);
    a.edit_user_entity = UserEntityEdit{"acme-robotics-gmbh", std::string(""), {}, {}};
    run_data_commands(state, a);
    CHECK(state.user.notice.is_error());
    CHECK(notice_text(state.user.notice, Language::de) == "Fehler: Acme Robotics GmbH: ein Name darf nicht leer sein");  // named as the user knows it
}

TEST_CASE("a known entity is found by the start of one of its words, folded, never the name being set right") {
    AppState state = load_app_state(DEALSCOPE_ASSETS_DIR);
    add_user_file(state, "deals.csv", sheet("dealscope.csv"));
    const auto names = [&](std::string_view typed) {
        std::vector<std::string> out;
        for (const Entity* e : entities_named(state, typed, "acme-robotics-gmbh", 8)) out.push_back(e->id);
        return out;
    };
    const auto oracle = names("ORA");
    CHECK(std::find(oracle.begin(), oracle.end(), "oracle") != oracle.end());
    CHECK(std::none_of(oracle.begin(), oracle.end(), [&](const std::string& id) {
        const std::string folded = fold_for_search(state.data.gazetteer.find(id)->name).folded;
        return folded.find(" ora") == std::string::npos && !folded.starts_with("ora");
    }));
    CHECK(names("acme").empty());  // the name being set right is not offered as itself
    CHECK(names("").empty());
    CHECK(names("a").size() == 8);  // at most the limit
}

#include "entity_list_view.h"

#include <algorithm>
#include <cstring>
#include <map>
#include <string>

#include <imgui.h>

#include "core/event_format.h"
#include "core/search.h"
#include "strings.h"

namespace ds::ui {

namespace {

// A letter per kind, so the kind reads without colour.
const char* kind_mark(const std::string& kind) {
    if (kind == "company") return "C";
    if (kind == "person") return "P";
    if (kind == "investor" || kind == "fund") return "I";
    if (kind == "government") return "G";
    if (kind == "project") return "J";
    if (kind == "product") return "R";
    if (kind == "media") return "M";
    return "·";
}

struct Row {
    const Entity* entity;
    int events;
    double money;  // invested + received, US dollars
};

void draw_row(const AppState& state, const Row& r, Actions& actions) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::PushID(r.entity->id.c_str());
    const std::string label = std::string(kind_mark(r.entity->kind)) + "  " + r.entity->name;
    if (ImGui::Selectable(label.c_str(), state.selected_entity == r.entity->id, ImGuiSelectableFlags_SpanAllColumns)) {
        actions.select_entity = state.selected_entity == r.entity->id ? std::string() : r.entity->id;
    }
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", r.entity->kind.c_str());
    ImGui::PopID();
    ImGui::TableNextColumn();
    ImGui::Text("%d", r.events);
    ImGui::TableNextColumn();
    if (r.money > 0) ImGui::TextUnformatted(compact_money(r.money, "USD").c_str());
    else ImGui::TextDisabled("–");
}

}  // namespace

void draw_entity_list(const AppState& state, Actions& actions) {
    const std::string& lang = state.view.language;
    static char filter[64] = "";
    ImGui::SetNextItemWidth(-1);
    ImGui::InputTextWithHint("##entity-filter", tr("Filter entities", lang), filter, sizeof filter);
    const std::string folded_filter = fold_for_search(filter).folded;

    const auto& counts = state.derived.event_counts;
    const auto& totals = state.derived.totals;
    std::vector<Row> rows;
    for (const Entity& e : state.gazetteer.entities) {
        const auto n = counts.find(e.id);
        if (n == counts.end()) continue;
        if (!folded_filter.empty() && fold_for_search(e.name).folded.find(folded_filter) == std::string::npos) continue;
        const auto t = totals.find(e.id);
        rows.push_back({&e, n->second, t == totals.end() ? 0.0 : t->second.invested.value + t->second.received.value});
    }
    const ImGuiTableFlags flags = ImGuiTableFlags_Sortable | ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("entities", 3, flags)) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(tr("Entities", lang), ImGuiTableColumnFlags_WidthStretch, 3.0f);
    ImGui::TableSetupColumn("#", ImGuiTableColumnFlags_WidthStretch | ImGuiTableColumnFlags_DefaultSort | ImGuiTableColumnFlags_PreferSortDescending, 0.7f);
    ImGui::TableSetupColumn("$", ImGuiTableColumnFlags_WidthStretch | ImGuiTableColumnFlags_PreferSortDescending, 1.3f);
    ImGui::TableHeadersRow();
    if (const ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs(); specs && specs->SpecsCount > 0) {
        const auto& spec = specs->Specs[0];
        const bool ascending = spec.SortDirection == ImGuiSortDirection_Ascending;
        std::stable_sort(rows.begin(), rows.end(), [&](const Row& a, const Row& b) {
            const int order = spec.ColumnIndex == 0 ? a.entity->name.compare(b.entity->name)
                              : spec.ColumnIndex == 1 ? a.events - b.events
                                                      : (a.money < b.money ? -1 : a.money > b.money ? 1 : 0);
            return ascending ? order < 0 : order > 0;
        });
    }
    // Only the rows in view are drawn (a newsroom's gazetteer has thousands).
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(rows.size()));
    while (clipper.Step()) {
        for (int k = clipper.DisplayStart; k < clipper.DisplayEnd; ++k) draw_row(state, rows[static_cast<std::size_t>(k)], actions);
    }
    ImGui::EndTable();
}

}  // namespace ds::ui

#include "entity_list_view.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <cstdint>
#include <string>

#include <imgui.h>

#include "explorer/layout/text_layout.h"
#include "explorer/relation_words.h"
#include "explorer/user_entities.h"

#include "core/events/event_format.h"
#include "core/search/search.h"
#include "click_targets.h"
#include "flowing_items.h"
#include "node_shapes.h"
#include "strings.h"

namespace ds::ui {

namespace {

// The kind's shape before the name, as the network draws it; returns the room it took.
float kind_shape(const Entity& e) {
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float h = ImGui::GetTextLineHeight();
    node_shape(ImGui::GetWindowDrawList(), ImVec2(p.x + 6, p.y + h / 2), 5, node_shape_of(&e), ImGui::GetColorU32(ImGuiCol_FrameBg),
               ImGui::GetColorU32(ImGuiCol_Text));
    return 16;
}

// The shapes' key, as whole entries that wrap together.
void shape_key(Language lang) {
    const struct {
        NodeShape shape;
        const char* label;
    } entries[] = {{NodeShape::circle, tr("company", lang)},
                   {NodeShape::square, tr("investor or state", lang)},
                   {NodeShape::triangle, tr("person", lang)},
                   {NodeShape::diamond, tr("product or project", lang)}};
    bool first = true;
    for (const auto& e : entries) {
        if (!first) same_line_if_fits(16 + ImGui::CalcTextSize(e.label).x + 8);
        first = false;
        const ImVec2 p = ImGui::GetCursorScreenPos();
        const float h = ImGui::GetTextLineHeight();
        node_shape(ImGui::GetWindowDrawList(), ImVec2(p.x + 6, p.y + h / 2), 5, e.shape, ImGui::GetColorU32(ImGuiCol_FrameBg),
                   ImGui::GetColorU32(ImGuiCol_Text));
        ImGui::Dummy(ImVec2(14, h));
        ImGui::SameLine(0, 2);
        ImGui::TextDisabled("%s", e.label);
    }
}

// One side's money. A share of a deal with others on that side (one of a round's investors) has no
// figure of its own: "+" says there is more, of a size no source gives.
void money_cell(const EntityMoney& m, Language lang) {
    ImGui::TableNextColumn();
    const char* shares = tr("Also in deals shared with others, whose part no source gives", lang);
    if (m.value > 0) {
        const std::string money = entity_money_text(m, lang);
        ImGui::TextUnformatted(money.c_str());
        if (ImGui::IsItemHovered()) {
            std::string why;
            if (m.upper_bound) why += tr("Counts \"up to\" amounts: at most this much", lang);
            if (m.converted) why += std::string(why.empty() ? "" : "\n") + tr("Includes amounts in other currencies at rough dollar rates (1 euro as 1.10 dollars)", lang);
            if (m.shares) why += std::string(why.empty() ? "" : "\n") + shares;
            if (!why.empty()) ImGui::SetTooltip("%s", why.c_str());
        }
    } else if (m.shares) {
        ImGui::TextDisabled("%s", tr("a share", lang));
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", shares);
    } else if (m.unstated) {
        ImGui::TextDisabled("%s", tr("undisclosed", lang));
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("In deals whose amount no source gives", lang));
    } else {
        ImGui::TextDisabled("–");
    }
}

// `wrap`: a name too long for its column takes a second line (where every row is drawn; the clipper
// of a long list needs rows of one height).
void draw_row(const AppState& state, const EntityRow& r, bool wrap, Actions& actions) {
    const Entity& e = state.data.gazetteer.entities[r.entity];
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::PushID(e.id.c_str());
    // The kind's shape, then the name, whole on two lines where it may wrap ("Amazon Web Services",
    // as the network writes it); else a name too long for its column gives way to a shorter name of
    // the entity ("Nadella"), or ends in "…" (the tooltip has all of it).
    const float shape = kind_shape(e);
    const float room = ImGui::GetContentRegionAvail().x - shape;
    const bool selected = state.selection.entity == e.id;
    const float line = ImGui::GetTextLineHeight();
    const bool two_lines = wrap && ImGui::CalcTextSize(e.name.c_str()).x > room && ImGui::CalcTextSize(e.name.c_str(), nullptr, false, room).y <= 2 * line + 1;
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + shape);
    bool clicked = false;
    if (two_lines) {
        const ImVec2 at = ImGui::GetCursorScreenPos();
        clicked = ImGui::Selectable("##row", selected, ImGuiSelectableFlags_SpanAllColumns, ImVec2(0, 2 * line + ImGui::GetStyle().ItemSpacing.y));
        ImGui::GetWindowDrawList()->AddText(ImGui::GetFont(), ImGui::GetFontSize(), at, ImGui::GetColorU32(ImGuiCol_Text), e.name.c_str(), nullptr, room);
    } else {
        const std::string label = entity_name_in_room(e, room, [](std::string_view t) { return ImGui::CalcTextSize(t.data(), t.data() + t.size()).x; });
        clicked = ImGui::Selectable(label.c_str(), selected, ImGuiSelectableFlags_SpanAllColumns);
    }
    if (clicked) actions.select_entity = selected ? std::string() : e.id;
    if (ImGui::IsItemHovered()) {
        // Its kin beside its kind: "Amazon Web Services (company, part of Amazon)".
        const Language lang = state.view.language;
        const std::string related = e.relations.empty() ? "" : ", " + relation_text(e.relations.front(), state.data.gazetteer, lang);
        ImGui::SetTooltip("%s (%s%s)", e.name.c_str(), tr(e.kind.c_str(), lang), related.c_str());
    }
    ImGui::PopID();
    ImGui::TableNextColumn();
    ImGui::Text("%d", r.events);
    money_cell(r.invested, state.view.language);
    money_cell(r.received, state.view.language);
}

// The names the user's tables brought, each a link to its editor in the detail panel: an import
// offers them here for checking (renamed, given a kind, or found to be a known entity).
void your_names(const AppState& state, Actions& actions) {
    const std::vector<std::size_t> names = user_entity_indices(state);
    if (names.empty()) return;
    const Language lang = state.view.language;
    const std::string header = std::string(tr("Your names", lang)) + " (" + std::to_string(names.size()) + ")###your-names";
    ImGui::SetNextItemOpen(true, ImGuiCond_Once);
    if (!ImGui::TreeNode(header.c_str())) return;
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ImGui::TextWrapped("%s", tr("Names from your tables and articles: click one to correct it or say which known entity it is.", lang));
    ImGui::PopStyleColor();
    // A table can bring hundreds: the list scrolls in a few rows' height.
    const float rows = static_cast<float>(std::min<std::size_t>(names.size(), 5));
    ImGui::BeginChild("your-names", ImVec2(0, rows * ImGui::GetTextLineHeightWithSpacing() + 4), false);
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(names.size()));
    while (clipper.Step()) {
        for (int k = clipper.DisplayStart; k < clipper.DisplayEnd; ++k) {
            const Entity& e = state.data.gazetteer.entities[names[static_cast<std::size_t>(k)]];
            ImGui::PushID(e.id.c_str());
            if (ImGui::Selectable(e.name.c_str(), state.selection.entity == e.id)) {
                actions.select_entity = e.id;
                actions.close_event = true;  // the name's editor shows, not the event the import opened
            }
            report_target(actions, "your-name:" + e.id);
            ImGui::PopID();
        }
    }
    ImGui::EndChild();
    ImGui::TreePop();
}

}  // namespace

void draw_entity_list(const AppState& state, EntityListState& view, Actions& actions) {
    const Language lang = state.view.language;
    char (&filter)[64] = view.filter;
    ImGui::SetNextItemWidth(-1);
    ImGui::InputTextWithHint("##entity-filter", tr("Filter entities", lang), filter, sizeof filter);
    shape_key(lang);
    if (view.note_generation != state.derived.generation || view.note_language != lang) {
        const std::string all = entity_columns_note(state.derived.entity_rows, lang);
        view.note = entity_columns_note({}, lang);  // what the columns count, without marks
        constexpr std::string_view kJoin = " · ";
        view.marks = all.size() > view.note.size() + kJoin.size() ? all.substr(view.note.size() + kJoin.size()) : std::string();
        // Each money column as wide as its widest sum (or "a share"), worked out once per change.
        view.money_width = {ImGui::CalcTextSize("–").x, ImGui::CalcTextSize("–").x};
        for (const EntityRow& r : state.derived.entity_rows) {
            const EntityMoney* sides[] = {&r.invested, &r.received};
            for (std::size_t k = 0; k < 2; ++k) {
                const std::string text = sides[k]->value > 0 ? entity_money_text(*sides[k], lang)
                                         : sides[k]->shares  ? tr("a share", lang)
                                         : sides[k]->unstated ? tr("undisclosed", lang)
                                                             : "";
                view.money_width[k] = std::max(view.money_width[k], ImGui::CalcTextSize(text.c_str()).x);
            }
        }
        view.note_generation = state.derived.generation;
        view.note_language = lang;
    }
    // What the columns count, in a line; what the marks on sums mean (≤, *, ≈, "a share"), on request: spelt out
    // above the list it read as a specification and pushed the list down.
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextDisabled("%s", view.note.c_str());
    if (!view.marks.empty() && ImGui::TreeNodeEx("##marks-key", ImGuiTreeNodeFlags_NoTreePushOnOpen | ImGuiTreeNodeFlags_SpanAvailWidth, "%s",
                                                 tr("What the marks on sums mean", lang))) {
        ImGui::TextDisabled("%s", view.marks.c_str());
    }
    report_target(actions, "entities:marks-key");
    ImGui::PopTextWrapPos();
    your_names(state, actions);
    const ImGuiTableFlags flags = ImGuiTableFlags_Sortable | ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("entities", 4, flags)) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(tr("Name", lang), ImGuiTableColumnFlags_WidthStretch, 3.0f);
    // Counts and amounts keep the width of their widest text or their header's with the sort arrow's
    // room (a header is cut to "Inves…" without it): names give way.
    const char* headers[] = {tr("Count", lang), tr("Invested", lang), tr("Received", lang)};
    const float arrow = std::floor(ImGui::GetFontSize() * 0.65f + ImGui::GetStyle().FramePadding.x);  // as TableHeader keeps for it
    ImGui::TableSetupColumn(headers[0], ImGuiTableColumnFlags_WidthFixed | ImGuiTableColumnFlags_DefaultSort | ImGuiTableColumnFlags_PreferSortDescending,
                            std::max(ImGui::CalcTextSize("999").x, ImGui::CalcTextSize(headers[0]).x + arrow));
    for (std::size_t k = 0; k < 2; ++k)
        ImGui::TableSetupColumn(headers[k + 1], ImGuiTableColumnFlags_WidthFixed | ImGuiTableColumnFlags_PreferSortDescending,
                                std::max(view.money_width[k], ImGui::CalcTextSize(headers[k + 1]).x + arrow));
    // Headers that say what they count when pointed at.
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
    const char* explained[] = {tr("Sort by name", lang), tr("Events in view, of every kind", lang), tr("Money it invested, in US dollars", lang),
                               tr("Money it received, in US dollars", lang)};
    for (int column = 0; column < 4; ++column) {
        ImGui::TableSetColumnIndex(column);
        ImGui::TableHeader(ImGui::TableGetColumnName(column));
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", explained[column]);
    }
    EntityListState::Order& order = view.order;
    EntityListState::Order wanted{state.derived.generation, filter, EntityColumn::events, false, {}};
    if (const ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs(); specs && specs->SpecsCount > 0) {
        constexpr EntityColumn by_index[] = {EntityColumn::name, EntityColumn::events, EntityColumn::invested, EntityColumn::received};
        wanted.column = by_index[std::clamp<int>(specs->Specs[0].ColumnIndex, 0, 3)];
        wanted.ascending = specs->Specs[0].SortDirection == ImGuiSortDirection_Ascending;
    }
    if (wanted.generation != order.generation || wanted.filter != order.filter || wanted.column != order.column || wanted.ascending != order.ascending) {
        wanted.rows = entity_row_order(state.derived.entity_rows, state.data.gazetteer, state.derived.search_index, fold_for_search(filter).folded, wanted.column,
                                       wanted.ascending);
        order = std::move(wanted);
    }
    // A list of a few hundred is drawn whole, its long names on two lines; a longer one only the rows
    // in view (a newsroom's gazetteer has thousands), each on one line.
    constexpr std::size_t kWrappedRowsMost = 300;
    if (order.rows.size() <= kWrappedRowsMost) {
        for (const std::size_t row : order.rows) draw_row(state, state.derived.entity_rows[row], true, actions);
    } else {
        ImGuiListClipper clipper;
        clipper.Begin(static_cast<int>(order.rows.size()));
        while (clipper.Step()) {
            for (int k = clipper.DisplayStart; k < clipper.DisplayEnd; ++k) draw_row(state, state.derived.entity_rows[order.rows[static_cast<std::size_t>(k)]], false, actions);
        }
    }
    ImGui::EndTable();
}

}  // namespace ds::ui

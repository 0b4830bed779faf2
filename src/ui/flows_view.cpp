#include "flows_view.h"

#include <algorithm>
#include <string>
#include <utility>

#include <imgui.h>

#include "cell_audit.h"
#include "click_targets.h"
#include "event_colors.h"
#include "strings.h"
#include "wrapped_rows.h"

namespace ds::ui {

namespace {
constexpr float kNarrowWidth = 560.0f;

std::string count_text(int n, const char* one_en, const char* many_en, const char* one_de, const char* many_de, Language lang) {
    const bool de = lang == Language::de;
    return std::to_string(n) + " " + (n == 1 ? (de ? one_de : one_en) : (de ? many_de : many_en));
}

// "→ " before a name the arrow stays with (a space that does not break).
std::string arrow_to(const std::string& name) { return "\xE2\x86\x92\xC2\xA0" + name; }

// The widest word of the names: the names' columns are at least that wide, so none is cut inside a word.
float longest_word(const std::vector<FlowRow>& rows, bool to) {
    float widest = 0;
    for (const FlowRow& r : rows) {
        const std::string name = to ? arrow_to(r.to) : r.from;
        for (std::size_t at = 0; at < name.size();) {
            const std::size_t end = std::min(name.find(' ', at), name.size());
            widest = std::max(widest, ImGui::CalcTextSize(name.data() + at, name.data() + end).x);
            at = end + 1;
        }
    }
    return widest;
}

// The rows change with the data, the language and the sort, not per frame.
void refresh_rows(const AppState& state, FlowsViewState& view) {
    if (view.generation != state.derived.generation || view.language != state.view.language || view.sorted != view.sort) {
        view.rows = flow_rows(state.derived.flow_table, state.data.gazetteer, state.view.language);
        if (view.sort) sort_flow_rows(view.rows, view.sort->first, view.sort->second);
        view.generation = state.derived.generation;
        view.language = state.view.language;
        view.sorted = view.sort;
        view.measured_at = 0;
    }
    if (view.measured_at != ImGui::GetFontSize()) {
        view.longest_word[0] = longest_word(view.rows, false);
        view.longest_word[1] = longest_word(view.rows, true);
        view.measured_at = ImGui::GetFontSize();
    }
}

void report(const FlowRow& r, Language lang, Actions& actions) {
    actions.drawn.flow_rows.push_back({r.from, r.to, flow_kind_label(r.kind, lang), r.total, r.events, r.sources});
}

// Rows in view are click targets named "flow:from>to:kind".
void target(const AppState& state, const FlowRow& r, Actions& actions) {
    if (!ImGui::IsItemVisible()) return;
    const Flow& f = state.derived.flow_table[r.flow];
    report_target(actions, "flow:" + flow_key_text(key_of(f)));
}

// While a query stands, rows holding a search hit are marked (and counted for the frame report).
bool is_matched(const AppState& state, const FlowRow& r, Actions& actions) {
    const bool matched = state.derived.searching() && state.derived.matched_flow(state.derived.flow_table[r.flow]);
    actions.drawn.flows_matched += matched;
    return matched;
}

bool is_selected(const AppState& state, const FlowRow& r) {
    const auto& s = state.selection.flow;
    const Flow& f = state.derived.flow_table[r.flow];
    return s && s->from == f.from && s->to == f.to && s->kind == f.kind;
}

void table(const AppState& state, FlowsViewState& view, Actions& actions) {
    const Language lang = state.view.language;
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingStretchProp |
                                  ImGuiTableFlags_Sortable;
    if (!ImGui::BeginTable("flows", 6, flags)) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    // The names' columns as wide as their longest word (at most a fifth of the table each: a name longer wraps at its
    // spaces); the totals, the longest texts ("11 Mrd. $ + angeblich 2 Mrd. $, umstritten; …"), take the rest.
    const auto name_width = [&](const char* header, float word) {
        const float least = ImGui::CalcTextSize(header).x;
        return std::min(std::max(word, least), std::max(ImGui::GetContentRegionAvail().x * 0.2f, least));
    };
    ImGui::TableSetupColumn(tr("From", lang), ImGuiTableColumnFlags_WidthFixed, name_width(tr("From", lang), view.longest_word[0]));
    ImGui::TableSetupColumn(tr("To", lang), ImGuiTableColumnFlags_WidthFixed, name_width(tr("To", lang), view.longest_word[1]));
    ImGui::TableSetupColumn(tr("What", lang), ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize(flow_kind_label(FlowKind::compute, lang)).x);
    ImGui::TableSetupColumn(tr("Total", lang), ImGuiTableColumnFlags_WidthStretch | ImGuiTableColumnFlags_DefaultSort | ImGuiTableColumnFlags_PreferSortDescending, 1.0f);
    ImGui::TableSetupColumn(tr("Events", lang), ImGuiTableColumnFlags_WidthFixed | ImGuiTableColumnFlags_PreferSortDescending,
                            ImGui::CalcTextSize(tr("Events", lang)).x + 16);
    ImGui::TableSetupColumn(tr("Sources", lang), ImGuiTableColumnFlags_WidthFixed | ImGuiTableColumnFlags_PreferSortDescending,
                            ImGui::CalcTextSize(tr("Sources", lang)).x + 16);
    ImGui::TableHeadersRow();
    if (ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs(); specs && specs->SpecsDirty) {
        if (specs->SpecsCount > 0) {
            static constexpr FlowColumn kColumns[] = {FlowColumn::from, FlowColumn::to, FlowColumn::kind, FlowColumn::total, FlowColumn::events, FlowColumn::sources};
            view.sort = std::pair{kColumns[specs->Specs[0].ColumnIndex], specs->Specs[0].SortDirection == ImGuiSortDirection_Descending};
        }
        specs->SpecsDirty = false;
        refresh_rows(state, view);
    }
    CellAudit audit;
    for (std::size_t k = 0; k < view.rows.size(); ++k) {
        const FlowRow& r = view.rows[k];
        ImGui::TableNextRow();
        if (is_matched(state, r, actions)) ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg1, match_tint());
        ImGui::TableNextColumn();
        ImGui::PushID(static_cast<int>(k));
        // The whole row is one target as tall as its most wrapped cell (widths from the last frame).
        const std::string to = arrow_to(r.to);
        float h = ImGui::GetTextLineHeight();
        for (const auto& [text, column] : {std::pair{&r.from, 0}, std::pair{&to, 1}, std::pair{&r.total, 3}}) {
            if (view.widths[column] > 0) h = std::max(h, ImGui::CalcTextSize(broken_at_spaces(*text, view.widths[column]).c_str()).y);
        }
        const ImVec2 at = ImGui::GetCursorPos();
        if (ImGui::Selectable("##flow", is_selected(state, r), ImGuiSelectableFlags_SpanAllColumns, ImVec2(0, h)))
            actions.select_flow = key_of(state.derived.flow_table[r.flow]);
        target(state, r, actions);
        ImGui::SetCursorPos(at);
        view.widths[0] = ImGui::GetContentRegionAvail().x;
        text_wrapped_at_spaces(r.from);
        audit.item();
        ImGui::TableNextColumn();
        view.widths[1] = ImGui::GetContentRegionAvail().x;
        text_wrapped_at_spaces(to);
        audit.item();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(flow_kind_label(r.kind, lang));
        audit.item();
        ImGui::TableNextColumn();
        view.widths[3] = ImGui::GetContentRegionAvail().x;
        text_wrapped_at_spaces(r.total);
        audit.item();
        ImGui::TableNextColumn();
        ImGui::Text("%d", r.events);
        audit.item();
        ImGui::TableNextColumn();
        // Events from the user's table quote no article: said so, not "0".
        if (r.sources == 0) ImGui::TextDisabled("%s", tr("a table", lang));
        else ImGui::Text("%d", r.sources);
        audit.item();
        ImGui::PopID();
        report(r, lang, actions);
    }
    ImGui::EndTable();
    actions.drawn.flows_clipped_labels = audit.clipped();
    actions.drawn.flows_label_overlaps = audit.overlaps();
}

void stacked(const AppState& state, const FlowsViewState& view, Actions& actions) {
    const Language lang = state.view.language;
    CellAudit audit;
    for (std::size_t k = 0; k < view.rows.size(); ++k) {
        const FlowRow& r = view.rows[k];
        ImGui::PushID(static_cast<int>(k));
        const std::string line1 = r.from + " \xE2\x86\x92 " + r.to;
        const std::string line2 = std::string(flow_kind_label(r.kind, lang)) + " · " + r.total + " · " +
                                  count_text(r.events, "event", "events", "Ereignis", "Ereignisse", lang) + " · " +
                                  (r.sources == 0 ? std::string(tr("from a table", lang)) : count_text(r.sources, "source", "sources", "Quelle", "Quellen", lang));
        const bool matched = is_matched(state, r, actions);
        const ImVec2 top = ImGui::GetCursorScreenPos();
        const float width = ImGui::GetContentRegionAvail().x;
        if (two_line_selectable(line1, line2, is_selected(state, r))) actions.select_flow = key_of(state.derived.flow_table[r.flow]);
        audit.item();
        if (matched) ImGui::GetWindowDrawList()->AddRectFilled(top, ImVec2(top.x + width, ImGui::GetItemRectMax().y), match_tint());
        target(state, r, actions);
        ImGui::Separator();
        ImGui::PopID();
        report(r, lang, actions);
    }
    actions.drawn.flows_clipped_labels = audit.clipped();
    actions.drawn.flows_label_overlaps = audit.overlaps();
}
}  // namespace

void draw_flows(const AppState& state, FlowsViewState& view, Actions& actions) {
    const Language lang = state.view.language;
    refresh_rows(state, view);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextDisabled("%s", tr("Who put money into whom, and who sells compute to whom (from provider to customer). "
                                 "A total keeps \"up to\" apart; cancelled deals and partnerships are not counted.", lang));
    ImGui::PopTextWrapPos();
    if (view.rows.empty()) {
        ImGui::TextUnformatted(tr("No money or compute flows among the events shown.", lang));
        return;
    }
    if (ImGui::GetContentRegionAvail().x < kNarrowWidth) {
        ImGui::BeginChild("flow-list");
        stacked(state, view, actions);
        ImGui::EndChild();
        return;
    }
    table(state, view, actions);
}

}  // namespace ds::ui

#include "events_view.h"

#include <algorithm>
#include <string>
#include <vector>

#include <imgui.h>

#include "core/annotate/mention_format.h"
#include "core/events/analytics.h"
#include "core/events/event_export.h"
#include "core/tables/table_export.h"
#include "core/events/event_format.h"
#include "event_colors.h"
#include "flowing_items.h"
#include "strings.h"
#include "wrapped_rows.h"

namespace ds::ui {

namespace {
constexpr float kNarrowWidth = 560.0f;

std::string sources_text(const Event& e, Language lang, const char* disputed_break = "\n") {
    const bool de = lang == Language::de;
    const std::size_t n = event_source_count(e);
    std::string s = std::to_string(n) + (de ? (n == 1 ? " Quelle" : " Quellen") : (n == 1 ? " source" : " sources"));
    return e.claim.empty() ? s : s + disputed_break + (de ? "umstritten" : "disputed");  // a line of its own in a narrow column
}

void table(const AppState& state, Actions& actions, float height) {
    const Language lang = state.view.language;
    // Type and status are a dimmed line under what happened (their own columns, hidden at first,
    // come back from the header's context menu for sorting); what happened gets the width.
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingStretchProp |
                                  ImGuiTableFlags_Sortable | ImGuiTableFlags_Hideable;
    if (!ImGui::BeginTable("events", 6, flags, ImVec2(0, height))) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    // Dates in words stay on one line: the column fits "30 September 2025" (German "30. September 2025").
    ImGui::TableSetupColumn(tr("Date", lang), ImGuiTableColumnFlags_WidthFixed | ImGuiTableColumnFlags_DefaultSort | ImGuiTableColumnFlags_NoHide,
                            ImGui::CalcTextSize(describe_timex("2025-09-30", "", lang).c_str()).x);
    ImGui::TableSetupColumn(tr("What happened", lang), ImGuiTableColumnFlags_WidthStretch | ImGuiTableColumnFlags_NoHide, 3.0f);
    // Types and statuses are single words ("Rechenleistungs-Deal", "abgeschlossen"): their columns fit
    // the widest, since a wrapped cell would break inside the word.
    float type_width = 0, status_width = 0;
    for (const char* id : event_type_ids()) type_width = std::max(type_width, ImGui::CalcTextSize(type_label(id, lang).c_str()).x);
    for (const char* id : kStatuses) status_width = std::max(status_width, ImGui::CalcTextSize(type_label(id, lang).c_str()).x);
    ImGui::TableSetupColumn(tr("Type", lang), ImGuiTableColumnFlags_WidthFixed | ImGuiTableColumnFlags_DefaultHide, type_width);
    // An amount wraps at its space ("1 Mrd. $"), never inside the header word.
    ImGui::TableSetupColumn(tr("Amount", lang), ImGuiTableColumnFlags_WidthFixed,
                            std::max(ImGui::CalcTextSize(tr("Amount", lang)).x + 20, ImGui::CalcTextSize("16,6 Mrd. $").x));
    ImGui::TableSetupColumn(tr("Status", lang), ImGuiTableColumnFlags_WidthFixed | ImGuiTableColumnFlags_DefaultHide, status_width);
    ImGui::TableSetupColumn(tr("Sources", lang), ImGuiTableColumnFlags_WidthFixed,
                            ImGui::CalcTextSize(lang == Language::de ? "99 Quellen" : "99 sources").x);
    ImGui::TableHeadersRow();
    const auto& events = state.data.events.events;
    std::vector<std::size_t> rows = state.derived.time_ordered;
    if (const ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs(); specs && specs->SpecsCount > 0) {
        const auto& spec = specs->Specs[0];
        const auto amount = [&](std::size_t i) {
            double v = 0;
            for (const auto& a : events[i].amounts) v = std::max(v, a.value ? rough_dollars(*a.value, a.currency) : 0.0);
            return v;
        };
        const auto key = [&](std::size_t i) -> std::string {
            switch (spec.ColumnIndex) {
                case 1: return event_summary(events[i], lang);
                case 2: return type_label(events[i].type, lang);
                case 4: return type_label(events[i].status, lang);
                default: return "";
            }
        };
        if (spec.ColumnIndex == 3) {
            std::stable_sort(rows.begin(), rows.end(), [&](std::size_t a, std::size_t b) { return amount(a) < amount(b); });
        } else if (spec.ColumnIndex == 5) {
            std::stable_sort(rows.begin(), rows.end(), [&](std::size_t a, std::size_t b) { return event_source_count(events[a]) < event_source_count(events[b]); });
        } else if (spec.ColumnIndex != 0) {
            std::stable_sort(rows.begin(), rows.end(), [&](std::size_t a, std::size_t b) { return key(a) < key(b); });
        }
        if (spec.SortDirection == ImGuiSortDirection_Descending) std::reverse(rows.begin(), rows.end());
    }
    for (const std::size_t i : rows) {
        const Event& e = events[i];
        ImGui::TableNextRow();
        if (state.derived.matched_event(i)) {
            ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg1, match_tint());
            ++actions.drawn.events_matched;
        }
        ImGui::TableNextColumn();
        ImGui::PushID(static_cast<int>(i));
        if (ImGui::Selectable(event_date_text(e, lang).c_str(), state.selection.event == i, ImGuiSelectableFlags_SpanAllColumns)) {
            actions.select_event = i;
        }
        ImGui::PopID();
        // Every cell wraps at its spaces rather than being cut.
        ImGui::TableNextColumn();
        text_wrapped_at_spaces(event_summary(e, lang));
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
        text_wrapped_at_spaces(type_label(e.type, lang) + " · " + type_label(e.status, lang));
        ImGui::PopStyleColor();
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s", type_label(e.type, lang).c_str());
        ImGui::TableNextColumn();
        text_wrapped_at_spaces(event_amount_text(e, lang));
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s", type_label(e.status, lang).c_str());
        ImGui::TableNextColumn();
        text_wrapped_at_spaces(sources_text(e, lang));
    }
    ImGui::EndTable();
}

void stacked(const AppState& state, Actions& actions) {
    const auto& events = state.data.events.events;
    for (const std::size_t i : state.derived.time_ordered) {
        const Event& e = events[i];
        ImGui::PushID(static_cast<int>(i));
        const Language lang = state.view.language;
        const std::string line1 = event_summary(e, lang);
        const ImVec2 top = ImGui::GetCursorScreenPos();
        const float width = ImGui::GetContentRegionAvail().x;
        const std::string amount = event_amount_text(e, lang);
        const std::string line2 = event_date_text(e, lang) + " · " + type_label(e.type, lang) +
                                  (amount.empty() ? "" : " · " + amount) + " · " + type_label(e.status, lang) + " · " + sources_text(e, lang, ", ");
        if (two_line_selectable(line1, line2, state.selection.event == i)) actions.select_event = i;
        if (state.derived.matched_event(i)) {
            ImGui::GetWindowDrawList()->AddRectFilled(top, ImVec2(top.x + width, ImGui::GetItemRectMax().y), match_tint());
            ++actions.drawn.events_matched;
        }
        ImGui::Separator();
        ImGui::PopID();
    }
}

}  // namespace

void draw_events(const AppState& state, EventsViewState& view, Actions& actions) {
    const float width = ImGui::GetContentRegionAvail().x;
    const Language lang = state.view.language;
    ImGui::TextDisabled("%zu / %zu %s", state.derived.filtered.size(), state.data.events.events.size(), tr("events", lang));
    // The table's layout: dealscope's own columns, or those of the tools people already use.
    ImGui::SameLine();
    ImGui::TextDisabled("%s", tr("Export as", lang));
    ImGui::SameLine();
    // As wide as its longest label, so none is cut.
    float widest = 0;
    for (const TableFormatRow& row : table_formats()) widest = std::max(widest, ImGui::CalcTextSize(table_format_label(row, lang)).x);
    ImGui::SetNextItemWidth(std::min(widest + ImGui::GetFrameHeight() + 2 * ImGui::GetStyle().FramePadding.x, ImGui::GetContentRegionAvail().x));
    if (ImGui::BeginCombo("##table-format", table_format_label(table_format_row(view.export_format), lang))) {
        for (const TableFormatRow& row : table_formats()) {
            if (ImGui::Selectable(table_format_label(row, lang), row.format == view.export_format)) view.export_format = row.format;
        }
        ImGui::EndCombo();
    }
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("The exported table's columns: dealscope's own, or those TimelineJS, Flourish or Kumu read", lang));
    // A sheet of links has no row for an event with one party: say so rather than drop it unseen.
    const bool links = view.export_format == TableFormat::kumu_connections || view.export_format == TableFormat::flourish_links;
    if (links && view.without_link_generation != state.derived.generation) {
        view.without_link = events_without_link(state.data.events, state.derived.filtered, state.data.gazetteer);
        view.without_link_generation = state.derived.generation;
    }
    if (links && view.without_link > 0) {
        ImGui::SameLine();
        ImGui::TextDisabled("%s", (std::to_string(view.without_link) + " " + tr("with one party left out", lang)).c_str());
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("A link joins two parties; an event with one has no row in this sheet", lang));
    }
    // CSV for a file; tab-separated for the clipboard, which is what a spreadsheet pastes into cells.
    const auto table_text = [&](char delimiter) {
        return export_table(state.data.events, state.derived.filtered, state.data.gazetteer, state.data.corpus.articles, view.export_format, delimiter);
    };
    const std::string file = view.export_format == TableFormat::dealscope ? "dealscope-events.csv"
                                                                          : std::string("dealscope-") + table_format_row(view.export_format).name + ".csv";
    // The buttons wrap on a phone rather than run off its edge.
    if (flowing_button(tr("Export table", lang))) actions.download = std::pair{file, table_text(',')};
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("The events shown, as CSV for a spreadsheet; it imports back", lang));
    if (flowing_button(tr("Copy table", lang))) ImGui::SetClipboardText(table_text('\t').c_str());
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("The events shown, to paste into a spreadsheet (Ctrl+C: dealscope's columns)", lang));
    if (flowing_button(tr("Export JSON", lang))) actions.download = std::pair{std::string("dealscope-events.json"), events_to_json_text(state.data.events, state.derived.filtered)};
    if (width < kNarrowWidth) {
        ImGui::BeginChild("event-list");
        stacked(state, actions);
        ImGui::EndChild();
        return;
    }
    table(state, actions, 0.0f);
}

}  // namespace ds::ui

#include "overview_view.h"

#include <algorithm>
#include <string>

#include <imgui.h>

#include "click_targets.h"
#include "event_colors.h"
#include "fonts.h"
#include "strings.h"
#include "wrapped_rows.h"

namespace ds::ui {

namespace {

// The figures side by side, each a large number over its label.
void figures(const Overview& o) {
    // As many side by side as their labels leave room for (two rows of two in a narrow panel).
    float widest = 0;
    for (const OverviewFigure& f : o.figures) widest = std::max(widest, ImGui::CalcTextSize(f.label.c_str()).x);
    const int fit = static_cast<int>(ImGui::GetContentRegionAvail().x / (widest + 2 * ImGui::GetStyle().CellPadding.x + 4));
    int columns = std::clamp(fit, 1, static_cast<int>(o.figures.size()));
    if (columns == 3 && o.figures.size() == 4) columns = 2;  // 2 + 2 reads better than 3 + 1
    if (o.figures.empty() || !ImGui::BeginTable("figures", columns, ImGuiTableFlags_SizingStretchSame)) return;
    for (const OverviewFigure& f : o.figures) {
        ImGui::TableNextColumn();
        ImGui::PushFont(title_font());
        ImGui::TextUnformatted(f.value.c_str());
        ImGui::PopFont();
        ImGui::TextDisabled("%s", f.label.c_str());
    }
    ImGui::EndTable();
}

void heading(const char* text) {
    ImGui::Spacing();
    ImGui::PushFont(heading_font());
    ImGui::TextUnformatted(text);
    ImGui::PopFont();
}

}  // namespace

void draw_overview(const AppState& state, OverviewViewState& view, Actions& actions, bool in_menu) {
    const Language lang = state.view.language;
    // Worked out when the data, the filters or the language change, not every frame.
    if (view.generation != state.derived.generation || view.language != lang || !view.overview) {
        view.overview = make_overview(state);
        view.generation = state.derived.generation;
        view.language = lang;
    }
    const Overview& o = *view.overview;
    actions.drawn.detail = "overview";
    figures(o);

    if (!o.largest.empty()) {
        heading(tr("Largest money flows", lang));
        for (std::size_t i = 0; i < o.largest.size(); ++i) {
            const FlowRow& row = o.largest[i];
            ImGui::PushID(static_cast<int>(i));
            const std::string line = row.from + " \xE2\x86\x92 " + row.to + ":  " + row.total;  // →
            if (wrapped_selectable(line, false)) actions.select_flow = key_of(state.derived.flow_table[row.flow]);
            report_target(actions, "overview:flow:" + std::to_string(i));
            ImGui::PopID();
        }
    }
    if (!o.questions.empty()) {
        heading(tr("Questions to start with", lang));
        const ImVec4 link = text_on_page(match_color());
        for (std::size_t i = 0; i < o.questions.size(); ++i) {
            ImGui::PushID(static_cast<int>(1000 + i));
            ImGui::PushStyleColor(ImGuiCol_Text, link);
            const bool asked = wrapped_selectable("\xE2\x86\x92 " + o.questions[i].text, false);
            ImGui::PopStyleColor();
            report_target(actions, "overview:question:" + std::to_string(i));
            if (asked) ask(o.questions[i], actions);
            ImGui::PopID();
        }
    }
    if (in_menu) return;  // a phone's menu: the details come in place of the view, not "here"
    ImGui::Spacing();
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextDisabled("%s", tr("Select an event, a flow or a name to see its sources here.", lang));
    ImGui::PopTextWrapPos();
}

}  // namespace ds::ui

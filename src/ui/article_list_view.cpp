#include "article_list_view.h"

#include <string>

#include <imgui.h>

namespace ds::ui {

namespace {
// "Mindverse · 2024-10-21 · 8 paragraphs", leaving out what is unknown.
std::string summary_line(const Article& a) {
    std::string line = a.publisher.empty() ? a.file : a.publisher;
    if (!a.date.value.empty()) line += " · " + a.date.value + (a.date.inferred ? " (inferred)" : "");
    const std::size_t n = a.body_paragraph_count();
    line += " · " + std::to_string(n) + (n == 1 ? " paragraph" : " paragraphs");
    return line;
}
}  // namespace

void draw_article_list(const AppState& state, Actions& actions) {
    const auto& articles = state.corpus.articles;
    ImGui::TextDisabled("%zu articles", articles.size());
    if (state.can_pick_files) {
        // Your own articles: also by dropping .txt/.md files onto the page or pasting text.
        ImGui::SameLine();
        if (ImGui::SmallButton("Add article…")) actions.pick_file = true;
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("A .txt or .md file (up to 5 MB); you can also drop files on the page");
    }
    for (std::size_t i = 0; i < articles.size(); ++i) {
        const Article& a = articles[i];
        ImGui::PushID(static_cast<int>(i));
        const bool selected = state.selected_article == i;
        // A selectable sized to the wrapped title plus the summary line below it.
        const float width = ImGui::GetContentRegionAvail().x;
        const std::string title = a.display_title();
        const float title_h = ImGui::CalcTextSize(title.c_str(), nullptr, false, width).y;
        const ImVec2 start = ImGui::GetCursorPos();
        if (ImGui::Selectable("##article", selected, 0, ImVec2(width, title_h + ImGui::GetTextLineHeightWithSpacing()))) {
            actions.select_article = i;
        }
        ImGui::SetCursorPos(start);
        ImGui::PushTextWrapPos(start.x + width);
        ImGui::TextUnformatted(title.c_str());
        ImGui::PopTextWrapPos();
        ImGui::TextDisabled("%s", summary_line(a).c_str());
        ImGui::Separator();
        ImGui::PopID();
    }
}

}  // namespace ds::ui

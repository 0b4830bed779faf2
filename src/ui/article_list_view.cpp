#include "article_list_view.h"

#include <imgui.h>

namespace ds::ui {

namespace {
// Below this width a three-column table truncates every title; stack the fields instead.
constexpr float kNarrowWidth = 560.0f;

void draw_table(const ArticleCatalog& catalog) {
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY;
    if (!ImGui::BeginTable("articles", 3, flags)) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("File", ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableSetupColumn("First line", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn("Size", ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableHeadersRow();
    for (const auto& article : catalog.articles) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(article.file_name.c_str());
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s", article.first_line.c_str());
        ImGui::TableNextColumn();
        ImGui::Text("%.1f KB", static_cast<double>(article.bytes) / 1024.0);
    }
    ImGui::EndTable();
}

void draw_stacked(const ArticleCatalog& catalog) {
    ImGui::BeginChild("articles");
    for (const auto& article : catalog.articles) {
        ImGui::TextWrapped("%s", article.first_line.c_str());
        ImGui::TextDisabled("%s · %.1f KB", article.file_name.c_str(), static_cast<double>(article.bytes) / 1024.0);
        ImGui::Separator();
    }
    ImGui::EndChild();
}
}  // namespace

void draw_article_list(const AppState& state) {
    const auto& catalog = state.catalog;
    ImGui::Text("%zu articles", catalog.articles.size());
    ImGui::SameLine();
    ImGui::TextDisabled("in %s/articles", state.assets_dir.c_str());
    if (ImGui::GetContentRegionAvail().x < kNarrowWidth) {
        draw_stacked(catalog);
    } else {
        draw_table(catalog);
    }
}

}  // namespace ds::ui

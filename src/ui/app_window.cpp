#include "app_window.h"

#include <imgui.h>

#include "article_list_view.h"
#include "core/version.h"
#include "problems_view.h"

namespace ds::ui {

void draw_app_window(AppState& state) {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;
    ImGui::Begin("dealscope", nullptr, flags);
    ImGui::TextUnformatted("dealscope");
    ImGui::SameLine();
    ImGui::TextDisabled("%s", kVersion);
    // The tagline goes on the title line when it fits, else on a line of its own.
    const char* tagline = "who invests in whom, who buys compute from whom";
    ImGui::SameLine();
    if (ImGui::CalcTextSize(tagline).x > ImGui::GetContentRegionAvail().x) ImGui::NewLine();
    ImGui::TextDisabled("%s", tagline);
    ImGui::Separator();
    draw_problems(all_problems(state));
    draw_article_list(state);
    ImGui::End();
}

}  // namespace ds::ui

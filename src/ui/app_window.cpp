#include "app_window.h"

#include <algorithm>

#include <imgui.h>

#include "article_list_view.h"
#include "core/version.h"
#include "problems_view.h"
#include "reader_view.h"

namespace ds::ui {

namespace {
// Below this width the list and the reader take turns instead of standing side by side.
constexpr float kTwoPaneWidth = 760.0f;

void title_bar() {
    ImGui::TextUnformatted("dealscope");
    ImGui::SameLine();
    ImGui::TextDisabled("%s", kVersion);
    // The tagline goes on the title line when it fits, else on a line of its own.
    const char* tagline = "who invests in whom, who buys compute from whom";
    ImGui::SameLine();
    if (ImGui::CalcTextSize(tagline).x > ImGui::GetContentRegionAvail().x) ImGui::NewLine();
    ImGui::TextDisabled("%s", tagline);
    ImGui::Separator();
}

void reader_pane(const AppState& state, Actions& actions) {
    if (!state.selected_article) {
        ImGui::TextDisabled("Select an article to read it.");
        return;
    }
    const std::size_t i = *state.selected_article;
    if (!state.selected_entity.empty()) {
        if (const Entity* e = state.gazetteer.find(state.selected_entity)) {
            ImGui::TextDisabled("Selected: %s · %s", e->name.c_str(), e->kind.c_str());
            ImGui::SameLine();
            if (ImGui::SmallButton("clear")) actions.select_entity = std::string();
        }
    }
    draw_reader(state.corpus.articles[i], state.mentions[i], state.selected_entity, actions);
}
}  // namespace

void draw_app_window(AppState& state) {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;
    ImGui::Begin("dealscope", nullptr, flags);
    title_bar();
    draw_problems(all_problems(state));

    Actions actions;
    const float width = ImGui::GetContentRegionAvail().x;
    if (width >= kTwoPaneWidth) {
        const float list_width = std::clamp(width * 0.34f, 260.0f, 420.0f);
        ImGui::BeginChild("list", ImVec2(list_width, 0), false);
        draw_article_list(state, actions);
        ImGui::EndChild();
        ImGui::SameLine();
        ImGui::BeginChild("reader", ImVec2(0, 0), false);
        reader_pane(state, actions);
        ImGui::EndChild();
    } else if (state.selected_article) {
        if (ImGui::Button("\xE2\x86\x90 Articles")) actions.close_article = true;  // ←
        ImGui::BeginChild("reader", ImVec2(0, 0), false);
        reader_pane(state, actions);
        ImGui::EndChild();
    } else {
        ImGui::BeginChild("list", ImVec2(0, 0), false);
        draw_article_list(state, actions);
        ImGui::EndChild();
    }
    ImGui::End();
    apply_actions(state, actions);
}

}  // namespace ds::ui

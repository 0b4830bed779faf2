#include "app_window.h"

#include <algorithm>
#include <optional>

#include <imgui.h>

#include "article_list_view.h"
#include "events_view.h"
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

void reader_pane(const AppState& state, Actions& actions);

void articles_tab(const AppState& state, Actions& actions) {
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
    draw_reader(state.corpus.articles[i], state.mentions[i], state.selected_entity, state.cited, state.scroll_to_cited, actions);
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
    // The state says which tab is shown. When it changed from outside (select(), "Open in article")
    // the tab bar is told once; otherwise the tab ImGui shows is what the user clicked.
    static std::optional<AppState::View> shown;
    const bool follow_state = shown != state.view;
    if (ImGui::BeginTabBar("views")) {
        for (const auto view : {AppState::View::articles, AppState::View::events}) {
            const ImGuiTabItemFlags flags = follow_state && view == state.view ? ImGuiTabItemFlags_SetSelected : 0;
            if (!ImGui::BeginTabItem(view == AppState::View::articles ? "Articles" : "Events", nullptr, flags)) continue;
            if (!follow_state && view != state.view) actions.show_view = view;
            if (view == AppState::View::articles) articles_tab(state, actions);
            else draw_events(state, actions);
            ImGui::EndTabItem();
        }
        ImGui::EndTabBar();
    }
    shown = follow_state ? std::optional(state.view) : std::optional(actions.show_view.value_or(state.view));
    ImGui::End();
    apply_actions(state, actions);
}

}  // namespace ds::ui

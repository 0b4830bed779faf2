#pragma once
// Records the item just drawn as a named click target in the frame report, so a browser test can
// click it through the mouse as a user would instead of calling the API.
#include <string>

#include <imgui.h>

#include "explorer/actions.h"

namespace ds::ui {

inline void report_target(Actions& actions, std::string name) {
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    const ImVec2 origin = ImGui::GetMainViewport()->Pos;
    actions.drawn.targets.push_back({std::move(name), a.x - origin.x, a.y - origin.y, b.x - a.x, b.y - a.y});
}

// The current window (a popup, a menu) as a target, for tests of where it lies.
inline void report_window(Actions& actions, std::string name) {
    const ImVec2 a = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
    const ImVec2 origin = ImGui::GetMainViewport()->Pos;
    actions.drawn.targets.push_back({std::move(name), a.x - origin.x, a.y - origin.y, size.x, size.y});
}

}  // namespace ds::ui

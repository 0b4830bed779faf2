#pragma once
// Toolbars that wrap instead of running past the edge: the next item stays on this line only when
// it fits (a phone is 390 pixels wide).
#include <imgui.h>

namespace ds::ui {

inline void same_line_if_fits(float width) {
    ImGui::SameLine();
    if (ImGui::GetContentRegionAvail().x < width) ImGui::NewLine();
}

// The next small button on this line if it fits, else on a new one; true when clicked.
inline bool flowing_button(const char* label) {
    same_line_if_fits(ImGui::CalcTextSize(label, nullptr, true).x + 2 * ImGui::GetStyle().FramePadding.x);
    return ImGui::SmallButton(label);
}

}  // namespace ds::ui

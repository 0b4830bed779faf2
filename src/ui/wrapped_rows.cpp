#include "wrapped_rows.h"

#include <imgui.h>

namespace ds::ui {

bool wrapped_selectable(const std::string& text, bool selected) {
    const float width = ImGui::GetContentRegionAvail().x;
    const ImVec2 at = ImGui::GetCursorPos();
    const bool clicked = ImGui::Selectable("##row", selected, 0, ImVec2(width, ImGui::CalcTextSize(text.c_str(), nullptr, false, width).y));
    const ImVec2 after = ImGui::GetCursorPos();
    ImGui::SetCursorPos(at);
    ImGui::PushTextWrapPos(at.x + width);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
    ImGui::SetCursorPos(after);
    return clicked;
}

bool two_line_selectable(const std::string& title, const std::string& detail, bool selected) {
    const float width = ImGui::GetContentRegionAvail().x;
    const ImVec2 at = ImGui::GetCursorPos();
    const float h = ImGui::CalcTextSize(title.c_str(), nullptr, false, width).y + ImGui::CalcTextSize(detail.c_str(), nullptr, false, width).y +
                    ImGui::GetStyle().ItemSpacing.y;
    const bool clicked = ImGui::Selectable("##row", selected, 0, ImVec2(width, h));
    ImGui::SetCursorPos(at);
    ImGui::PushTextWrapPos(at.x + width);
    ImGui::TextUnformatted(title.c_str());
    ImGui::TextDisabled("%s", detail.c_str());
    ImGui::PopTextWrapPos();
    return clicked;
}

}  // namespace ds::ui

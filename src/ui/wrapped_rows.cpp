#include "wrapped_rows.h"

#include <imgui.h>

#include "explorer/layout/text_layout.h"

namespace ds::ui {

namespace {
float text_width(std::string_view t) { return ImGui::CalcTextSize(t.data(), t.data() + t.size()).x; }

// Lines already broken are drawn as they are: under a narrower wrap position a panel pushed, ImGui
// would break them again, and the row's height (counted from our lines) would leave the extra lines
// over the next rows (an entity's events in the detail panel ran into each other).
void unwrapped(const char* lines, bool disabled = false) {
    ImGui::PushTextWrapPos(-1.0f);
    if (disabled) ImGui::TextDisabled("%s", lines);
    else ImGui::TextUnformatted(lines);
    ImGui::PopTextWrapPos();
}
}  // namespace

std::string broken_at_spaces(const std::string& text, float width) { return break_at_spaces(text, width, text_width); }

void text_wrapped_at_spaces(const std::string& text) { unwrapped(broken_at_spaces(text, ImGui::GetContentRegionAvail().x).c_str()); }

bool wrapped_selectable(const std::string& text, bool selected) {
    const float width = ImGui::GetContentRegionAvail().x;
    const std::string lines = broken_at_spaces(text, width);
    const ImVec2 at = ImGui::GetCursorPos();
    const bool clicked = ImGui::Selectable("##row", selected, 0, ImVec2(width, ImGui::CalcTextSize(lines.c_str()).y));
    const ImVec2 after = ImGui::GetCursorPos();
    ImGui::SetCursorPos(at);
    unwrapped(lines.c_str());
    ImGui::SetCursorPos(after);
    return clicked;
}

bool two_line_selectable(const std::string& title, const std::string& detail, bool selected) {
    const float width = ImGui::GetContentRegionAvail().x;
    const std::string title_lines = broken_at_spaces(title, width), detail_lines = broken_at_spaces(detail, width);
    const ImVec2 at = ImGui::GetCursorPos();
    const float h = ImGui::CalcTextSize(title_lines.c_str()).y + ImGui::CalcTextSize(detail_lines.c_str()).y + ImGui::GetStyle().ItemSpacing.y;
    const bool clicked = ImGui::Selectable("##row", selected, 0, ImVec2(width, h));
    ImGui::SetCursorPos(at);
    unwrapped(title_lines.c_str());
    unwrapped(detail_lines.c_str(), true);
    return clicked;
}

}  // namespace ds::ui

#include "wrapped_rows.h"

#include <imgui.h>

#include "explorer/layout/text_layout.h"

namespace ds::ui {

namespace {
float text_width(std::string_view t) { return ImGui::CalcTextSize(t.data(), t.data() + t.size()).x; }
}  // namespace

std::string broken_at_spaces(const std::string& text, float width) { return break_at_spaces(text, width, text_width); }

void text_wrapped_at_spaces(const std::string& text) { ImGui::TextUnformatted(broken_at_spaces(text, ImGui::GetContentRegionAvail().x).c_str()); }

bool wrapped_selectable(const std::string& text, bool selected) {
    const float width = ImGui::GetContentRegionAvail().x;
    const std::string lines = broken_at_spaces(text, width);
    const ImVec2 at = ImGui::GetCursorPos();
    const bool clicked = ImGui::Selectable("##row", selected, 0, ImVec2(width, ImGui::CalcTextSize(lines.c_str()).y));
    const ImVec2 after = ImGui::GetCursorPos();
    ImGui::SetCursorPos(at);
    ImGui::TextUnformatted(lines.c_str());
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
    ImGui::TextUnformatted(title_lines.c_str());
    ImGui::TextDisabled("%s", detail_lines.c_str());
    return clicked;
}

}  // namespace ds::ui

#include "theme.h"

#include <imgui.h>

namespace ds::ui {

void apply_theme(bool dark) {
    if (dark) ImGui::StyleColorsDark();
    else ImGui::StyleColorsLight();
    ImGuiStyle& style = ImGui::GetStyle();
    style.WindowRounding = 0.0f;
    style.WindowBorderSize = 0.0f;  // the window is the whole canvas
    style.FrameRounding = 4.0f;
    style.WindowPadding = ImVec2(12, 12);
    style.FramePadding = ImVec2(8, 4);
    style.ItemSpacing = ImVec2(8, 6);
    style.CellPadding = ImVec2(8, 4);
    style.ScrollbarSize = 14.0f;
    ImVec4* c = style.Colors;
    if (dark) {
        c[ImGuiCol_WindowBg] = ImVec4(0.11f, 0.12f, 0.13f, 1.0f);
        c[ImGuiCol_ChildBg] = ImVec4(0, 0, 0, 0);
        c[ImGuiCol_Text] = ImVec4(0.92f, 0.92f, 0.90f, 1.0f);
        c[ImGuiCol_TextDisabled] = ImVec4(0.62f, 0.63f, 0.65f, 1.0f);
        c[ImGuiCol_TableRowBgAlt] = ImVec4(1.0f, 1.0f, 1.0f, 0.04f);
        return;
    }
    c[ImGuiCol_WindowBg] = ImVec4(0.98f, 0.98f, 0.97f, 1.0f);
    c[ImGuiCol_Text] = ImVec4(0.10f, 0.11f, 0.13f, 1.0f);
    c[ImGuiCol_TextDisabled] = ImVec4(0.42f, 0.44f, 0.47f, 1.0f);
    c[ImGuiCol_TableHeaderBg] = ImVec4(0.90f, 0.91f, 0.93f, 1.0f);
    c[ImGuiCol_TableRowBgAlt] = ImVec4(0.0f, 0.0f, 0.0f, 0.03f);
    // Fields and checkboxes a shade darker than the page (ImGui's white ones vanish on it).
    c[ImGuiCol_FrameBg] = ImVec4(0.89f, 0.90f, 0.92f, 1.0f);
    c[ImGuiCol_FrameBgHovered] = ImVec4(0.83f, 0.87f, 0.93f, 1.0f);
    c[ImGuiCol_FrameBgActive] = ImVec4(0.78f, 0.84f, 0.93f, 1.0f);
}

}  // namespace ds::ui

#include "theme.h"

#include <initializer_list>

#include <imgui.h>

#include "ui/contrast.h"

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
    // Fields, checkboxes and buttons have an outline: a field a shade off the page is not enough to
    // see where it is (1.2:1).
    style.FrameBorderSize = 1.0f;
    ImVec4* c = style.Colors;
    if (dark) {
        c[ImGuiCol_WindowBg] = ImVec4(0.11f, 0.12f, 0.13f, 1.0f);
        c[ImGuiCol_ChildBg] = ImVec4(0, 0, 0, 0);
        c[ImGuiCol_Text] = ImVec4(0.92f, 0.92f, 0.90f, 1.0f);
        c[ImGuiCol_TextDisabled] = ImVec4(0.62f, 0.63f, 0.65f, 1.0f);
        c[ImGuiCol_TableRowBgAlt] = ImVec4(1.0f, 1.0f, 1.0f, 0.04f);
        c[ImGuiCol_Border] = ImVec4(0.50f, 0.52f, 0.55f, 1.0f);
    } else {
        c[ImGuiCol_WindowBg] = ImVec4(0.98f, 0.98f, 0.97f, 1.0f);
        c[ImGuiCol_Text] = ImVec4(0.10f, 0.11f, 0.13f, 1.0f);
        c[ImGuiCol_TextDisabled] = ImVec4(0.42f, 0.44f, 0.47f, 1.0f);
        c[ImGuiCol_TableHeaderBg] = ImVec4(0.90f, 0.91f, 0.93f, 1.0f);
        c[ImGuiCol_TableRowBgAlt] = ImVec4(0.0f, 0.0f, 0.0f, 0.03f);
        // Fields and checkboxes a shade darker than the page (ImGui's white ones vanish on it).
        c[ImGuiCol_FrameBg] = ImVec4(0.89f, 0.90f, 0.92f, 1.0f);
        c[ImGuiCol_FrameBgHovered] = ImVec4(0.83f, 0.87f, 0.93f, 1.0f);
        c[ImGuiCol_FrameBgActive] = ImVec4(0.78f, 0.84f, 0.93f, 1.0f);
        c[ImGuiCol_Border] = ImVec4(0.45f, 0.47f, 0.50f, 1.0f);
    }
    // A row pointed at is a lighter tint than a row selected (ImGui's own hover was the stronger one, so whatever the
    // pointer rested on read as chosen).
    const ImVec4 accent = c[ImGuiCol_Header];
    c[ImGuiCol_HeaderHovered] = ImVec4(accent.x, accent.y, accent.z, 0.16f);
    c[ImGuiCol_Header] = ImVec4(accent.x, accent.y, accent.z, 0.42f);
    c[ImGuiCol_HeaderActive] = ImVec4(accent.x, accent.y, accent.z, 0.55f);
    c[ImGuiCol_PopupBg] = over(c[ImGuiCol_PopupBg], c[ImGuiCol_WindowBg]);  // opaque: the view behind showed through
    c[ImGuiCol_BorderShadow] = ImVec4(0, 0, 0, 0);
    // Every ground that text sits on keeps 4.5:1 with the text and the dimmed text, and a check mark
    // or slider grab 3:1 with its field (ImGui's own pressed button and active tab were about 3:1).
    const ImGuiCol grounds[] = {ImGuiCol_PopupBg,     ImGuiCol_FrameBg,       ImGuiCol_FrameBgHovered, ImGuiCol_FrameBgActive,
                                ImGuiCol_Button,      ImGuiCol_ButtonHovered, ImGuiCol_ButtonActive,   ImGuiCol_Header,
                                ImGuiCol_HeaderHovered, ImGuiCol_HeaderActive, ImGuiCol_Tab,           ImGuiCol_TabHovered,
                                ImGuiCol_TabActive,   ImGuiCol_TableHeaderBg, ImGuiCol_TableRowBgAlt,  ImGuiCol_TitleBgActive};
    for (const ImGuiCol g : grounds) {
        c[g] = with_contrast(over(c[g], c[ImGuiCol_WindowBg]), c[ImGuiCol_Text], kTextContrast);
    }
    for (const ImGuiCol g : grounds) {
        c[ImGuiCol_TextDisabled] = with_contrast(c[ImGuiCol_TextDisabled], c[g], kTextContrast);
    }
    c[ImGuiCol_TextDisabled] = with_contrast(c[ImGuiCol_TextDisabled], c[ImGuiCol_WindowBg], kTextContrast);
    for (const ImGuiCol mark : {ImGuiCol_CheckMark, ImGuiCol_SliderGrab, ImGuiCol_SliderGrabActive}) {
        for (const ImGuiCol field : {ImGuiCol_FrameBg, ImGuiCol_FrameBgHovered, ImGuiCol_FrameBgActive}) {
            c[mark] = with_contrast(c[mark], c[field], kMarkContrast);
        }
    }
    c[ImGuiCol_Border] = with_contrast(c[ImGuiCol_Border], c[ImGuiCol_WindowBg], kMarkContrast);
}

}  // namespace ds::ui

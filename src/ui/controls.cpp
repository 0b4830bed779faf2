#include "ui/controls.h"

namespace ds::ui {
namespace {

constexpr float kSegmentPadding = 8.0f;

float control_height() { return ImGui::GetTextLineHeight() + 6.0f; }

ImU32 color(ImGuiCol c) { return ImGui::GetColorU32(c); }

}  // namespace

float segment_width(const char* label) { return ImGui::CalcTextSize(label).x + 2 * kSegmentPadding; }

bool segment(const char* label, bool selected, bool first, bool last) {
    if (!first) ImGui::SameLine(0, 0);
    const ImVec2 size(segment_width(label), control_height());
    const ImVec2 a = ImGui::GetCursorScreenPos(), b(a.x + size.x, a.y + size.y);
    const bool clicked = ImGui::InvisibleButton(label, size);
    const bool hovered = ImGui::IsItemHovered();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float r = ImGui::GetStyle().FrameRounding;
    const ImDrawFlags corners = (first ? ImDrawFlags_RoundCornersLeft : 0) | (last ? ImDrawFlags_RoundCornersRight : 0);
    const ImGuiCol ground = selected ? ImGuiCol_TabActive : hovered ? ImGuiCol_FrameBgHovered : ImGuiCol_WindowBg;
    draw->AddRectFilled(a, b, color(ground), r, corners == 0 ? ImDrawFlags_RoundCornersNone : corners);
    draw->AddRect(a, b, color(ImGuiCol_Border), r, corners == 0 ? ImDrawFlags_RoundCornersNone : corners);
    // The chosen segment also carries a bar in the accent colour: its state does not rest on a tint.
    if (selected) draw->AddRectFilled(ImVec2(a.x + 3, b.y - 2.5f), ImVec2(b.x - 3, b.y - 0.5f), color(ImGuiCol_CheckMark));
    const ImVec2 text_size = ImGui::CalcTextSize(label);
    draw->AddText(ImVec2(a.x + kSegmentPadding, a.y + (size.y - text_size.y) / 2), color(selected ? ImGuiCol_Text : ImGuiCol_TextDisabled), label);
    return clicked;
}

float switch_width(const char* label) {
    return control_height() * 1.7f + ImGui::GetStyle().ItemInnerSpacing.x + ImGui::CalcTextSize(label).x;
}

bool switch_toggle(const char* label, bool* on) {
    const float h = control_height(), track_w = h * 1.7f;
    const ImVec2 a = ImGui::GetCursorScreenPos();
    const bool clicked = ImGui::InvisibleButton(label, ImVec2(switch_width(label), h));
    if (clicked) *on = !*on;
    const bool hovered = ImGui::IsItemHovered();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float track_h = h - 6, top = a.y + 3, radius = track_h / 2;
    const ImVec2 ta(a.x, top), tb(a.x + track_w, top + track_h);
    draw->AddRectFilled(ta, tb, color(*on ? ImGuiCol_CheckMark : hovered ? ImGuiCol_FrameBgHovered : ImGuiCol_FrameBg), radius);
    draw->AddRect(ta, tb, color(*on ? ImGuiCol_CheckMark : ImGuiCol_Border), radius);
    const float knob_x = *on ? tb.x - radius : ta.x + radius;
    draw->AddCircleFilled(ImVec2(knob_x, top + radius), radius - 2.5f, *on ? IM_COL32_WHITE : color(ImGuiCol_Border));
    const ImVec2 text_size = ImGui::CalcTextSize(label);
    draw->AddText(ImVec2(tb.x + ImGui::GetStyle().ItemInnerSpacing.x, a.y + (h - text_size.y) / 2), color(ImGuiCol_Text), label);
    return clicked;
}

}  // namespace ds::ui

#include "callout.h"

#include <algorithm>

#include "explorer/layout/callout.h"

namespace ds::ui {

void draw_callout(ImDrawList* draw, ImVec2 origin, ImVec2 anchor, ImVec2 plot, const std::vector<std::string>& lines,
                  const std::vector<CalloutBox>& obstacles) {
    if (lines.empty()) return;
    constexpr float kPad = 6;
    const float line_height = ImGui::GetTextLineHeight();
    float width = 0;
    for (const std::string& line : lines) width = std::max(width, ImGui::CalcTextSize(line.c_str()).x);
    width = std::min(width + 2 * kPad, plot.x);
    const float height = static_cast<float>(lines.size()) * line_height + 2 * kPad;
    const CalloutBox box = place_callout(anchor.x, anchor.y, width, height, plot.x, plot.y, 14, obstacles);
    const ImVec2 a(origin.x + box.x, origin.y + box.y), b(a.x + box.width, a.y + box.height);
    const ImU32 ink = ImGui::GetColorU32(ImGuiCol_Text);
    // The leader runs from the mark to the box's nearer side.
    const ImVec2 mark(origin.x + anchor.x, origin.y + anchor.y);
    const ImVec2 end(std::clamp(mark.x, a.x, b.x), std::clamp(mark.y, a.y, b.y));
    draw->AddLine(mark, end, ink, 1.5f);
    draw->AddCircle(mark, 7, ink, 0, 2.0f);
    draw->AddRectFilled(a, b, ImGui::GetColorU32(ImGuiCol_PopupBg), 4.0f);
    draw->AddRect(a, b, ink, 4.0f, 0, 1.0f);
    draw->PushClipRect(a, b, true);
    for (std::size_t i = 0; i < lines.size(); ++i) {
        draw->AddText(ImVec2(a.x + kPad, a.y + kPad + static_cast<float>(i) * line_height),
                      i == 0 ? ink : ImGui::GetColorU32(ImGuiCol_TextDisabled), lines[i].c_str());
    }
    draw->PopClipRect();
}

}  // namespace ds::ui

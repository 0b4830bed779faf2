#include "callout.h"

#include <algorithm>

#include "explorer/layout/callout.h"
#include "explorer/layout/network_scene.h"
#include "explorer/layout/text_layout.h"

namespace ds::ui {

std::optional<CanvasBox> draw_callout(ImDrawList* draw, ImVec2 origin, ImVec2 anchor, ImVec2 plot, const std::vector<std::string>& lines,
                                      const std::vector<CalloutBox>& obstacles) {
    constexpr float kPad = 6;
    const float line_height = ImGui::GetTextLineHeight();
    // Lines wider than the plot break at spaces (a word wider still is cut with "…").
    const auto measure = [](std::string_view text) { return ImGui::CalcTextSize(text.data(), text.data() + text.size()).x; };
    std::vector<std::string> shown;
    std::size_t first_line_parts = 0;  // how many shown lines the first (who to whom) became
    float width = 0;
    for (std::size_t k = 0; k < lines.size(); ++k) {
        const std::string broken = break_at_spaces(lines[k], plot.x - 2 * kPad, measure);
        for (std::size_t from = 0; from <= broken.size();) {
            const std::size_t end = std::min(broken.find('\n', from), broken.size());
            shown.push_back(fit_with_ellipsis(broken.substr(from, end - from), plot.x - 2 * kPad, measure));
            width = std::max(width, measure(shown.back()));
            from = end + 1;
        }
        if (k == 0) first_line_parts = shown.size();
    }
    width = std::min(width + 2 * kPad, plot.x);
    const float height = static_cast<float>(shown.size()) * line_height + 2 * kPad;
    // A plot too small for a note beside its mark has none: it would hide the picture, and the
    // step's caption says it.
    if (lines.empty() || plot.y < 3 * height) return std::nullopt;
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
    for (std::size_t i = 0; i < shown.size(); ++i) {  // the first line (who to whom) in full ink
        draw->AddText(ImVec2(a.x + kPad, a.y + kPad + static_cast<float>(i) * line_height),
                      i < first_line_parts ? ink : ImGui::GetColorU32(ImGuiCol_TextDisabled), shown[i].c_str());
    }
    draw->PopClipRect();
    const ImVec2 canvas = ImGui::GetMainViewport()->Pos;
    return CanvasBox{a.x - canvas.x, a.y - canvas.y, box.width, box.height};
}

// Under "Tap to explore" a note cannot be read at all.
constexpr float kPageCoverWeight = kNoteFocusWeight;

void add_page_cover(const HostInfo& host, ImVec2 origin, std::vector<CalloutBox>& obstacles) {
    if (!host.page_cover) return;
    const ImVec2 canvas = ImGui::GetMainViewport()->Pos;
    const CanvasBox& c = *host.page_cover;
    obstacles.push_back({c.x - (origin.x - canvas.x), c.y - (origin.y - canvas.y), c.width, c.height, kPageCoverWeight});
}

}  // namespace ds::ui

#include "ui/contrast.h"

#include <algorithm>
#include <array>

#include "explorer/palette.h"

namespace ds::ui {

namespace {
Rgba rgba(ImVec4 c) { return {c.x, c.y, c.z, c.w}; }
ImVec4 vec(Rgba c) { return ImVec4(c.r, c.g, c.b, c.a); }
}  // namespace

float relative_luminance(ImVec4 c) { return ds::relative_luminance(rgba(c)); }
float contrast_ratio(ImVec4 a, ImVec4 b) { return ds::contrast_ratio(rgba(a), rgba(b)); }
ImVec4 over(ImVec4 top, ImVec4 ground) { return vec(ds::over(rgba(top), rgba(ground))); }

namespace {
// The palette has a dozen colours and the timeline asks for one per mark, each answer a binary
// search of pow() calls: the last answers are kept (the UI draws on one thread).
struct KeptAnswer {
    ImVec4 color, ground, result;
    float ratio = 0;
};
bool same(ImVec4 a, ImVec4 b) { return a.x == b.x && a.y == b.y && a.z == b.z && a.w == b.w; }
}  // namespace

ImVec4 with_contrast(ImVec4 color, ImVec4 ground, float ratio) {
    static std::array<KeptAnswer, 32> kept{};
    static std::size_t filled = 0, next = 0;
    for (std::size_t i = 0; i < filled; ++i) {
        const KeptAnswer& k = kept[i];
        if (k.ratio == ratio && same(k.color, color) && same(k.ground, ground)) return k.result;
    }
    const ImVec4 result = vec(ds::with_contrast(rgba(color), rgba(ground), ratio));
    kept[next] = {color, ground, result, ratio};
    next = (next + 1) % kept.size();
    filled = std::max(filled, next == 0 ? kept.size() : next);
    return result;
}

ImVec4 page_ground() { return ImGui::GetStyle().Colors[ImGuiCol_WindowBg]; }
bool dark_ground() { return relative_luminance(page_ground()) <= kDarkGroundLuminance; }
float pale_fill_alpha() { return dark_ground() ? 0.45f : 0.3f; }

ImVec4 text_on_page(ImVec4 accent) { return with_contrast(accent, page_ground(), kTextContrast); }
ImVec4 mark_on_page(ImVec4 accent) { return with_contrast(accent, page_ground(), kMarkContrast); }

}  // namespace ds::ui

#include "ui/contrast.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace ds::ui {

namespace {
float linear(float channel) {
    const float c = std::clamp(channel, 0.0f, 1.0f);
    return c <= 0.04045f ? c / 12.92f : std::pow((c + 0.055f) / 1.055f, 2.4f);
}
ImVec4 mix(ImVec4 a, ImVec4 b, float t) { return ImVec4(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t, a.z + (b.z - a.z) * t, a.w); }
}  // namespace

float relative_luminance(ImVec4 c) { return 0.2126f * linear(c.x) + 0.7152f * linear(c.y) + 0.0722f * linear(c.z); }

float contrast_ratio(ImVec4 a, ImVec4 b) {
    const float la = relative_luminance(a), lb = relative_luminance(b);
    return (std::max(la, lb) + 0.05f) / (std::min(la, lb) + 0.05f);
}

ImVec4 over(ImVec4 top, ImVec4 ground) {
    ImVec4 out = mix(ground, top, top.w);
    out.w = 1.0f;
    return out;
}

namespace {
// The palette has a dozen colours and the timeline asks for one per mark, each answer a binary
// search of pow() calls: the last answers are kept (the UI draws on one thread).
struct KeptAnswer {
    ImVec4 color, ground, result;
    float ratio = 0;
};
bool same(ImVec4 a, ImVec4 b) { return a.x == b.x && a.y == b.y && a.z == b.z && a.w == b.w; }
ImVec4 search_contrast(ImVec4 color, ImVec4 ground, float ratio);
}  // namespace

ImVec4 with_contrast(ImVec4 color, ImVec4 ground, float ratio) {
    static std::array<KeptAnswer, 32> kept{};
    static std::size_t filled = 0, next = 0;
    for (std::size_t i = 0; i < filled; ++i) {
        const KeptAnswer& k = kept[i];
        if (k.ratio == ratio && same(k.color, color) && same(k.ground, ground)) return k.result;
    }
    const ImVec4 result = search_contrast(color, ground, ratio);
    kept[next] = {color, ground, result, ratio};
    next = (next + 1) % kept.size();
    filled = std::max(filled, next == 0 ? kept.size() : next);
    return result;
}

namespace {
ImVec4 search_contrast(ImVec4 color, ImVec4 ground, float ratio) {
    if (contrast_ratio(color, ground) >= ratio) return color;
    // Away from the ground: toward black on a light ground, white on a dark one.
    const ImVec4 target = relative_luminance(ground) > 0.18f ? ImVec4(0, 0, 0, color.w) : ImVec4(1, 1, 1, color.w);
    float lo = 0.0f, hi = 1.0f;
    for (int i = 0; i < 24; ++i) {
        const float t = (lo + hi) / 2;
        (contrast_ratio(mix(color, target, t), ground) >= ratio ? hi : lo) = t;
    }
    return mix(color, target, hi);
}
}  // namespace

ImVec4 page_ground() { return ImGui::GetStyle().Colors[ImGuiCol_WindowBg]; }
ImVec4 text_on_page(ImVec4 accent) { return with_contrast(accent, page_ground(), kTextContrast); }
ImVec4 mark_on_page(ImVec4 accent) { return with_contrast(accent, page_ground(), kMarkContrast); }

}  // namespace ds::ui

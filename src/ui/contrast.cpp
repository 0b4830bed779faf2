#include "ui/contrast.h"

#include <algorithm>
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

ImVec4 with_contrast(ImVec4 color, ImVec4 ground, float ratio) {
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

ImVec4 page_ground() { return ImGui::GetStyle().Colors[ImGuiCol_WindowBg]; }
ImVec4 text_on_page(ImVec4 accent) { return with_contrast(accent, page_ground(), kTextContrast); }
ImVec4 mark_on_page(ImVec4 accent) { return with_contrast(accent, page_ground(), kMarkContrast); }

}  // namespace ds::ui

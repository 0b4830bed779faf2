#include "explorer/palette.h"

#include <algorithm>
#include <cmath>
#include <iterator>

namespace ds {

namespace {
float linear(float channel) {
    const float c = std::clamp(channel, 0.0f, 1.0f);
    return c <= 0.04045f ? c / 12.92f : std::pow((c + 0.055f) / 1.055f, 2.4f);
}
Rgba mix(Rgba a, Rgba b, float t) { return {a.r + (b.r - a.r) * t, a.g + (b.g - a.g) * t, a.b + (b.b - a.b) * t, a.a}; }
}  // namespace

Rgba family_rgba(TypeFamily family) {
    static constexpr Rgba colors[] = {
        {0.90f, 0.62f, 0.00f, 1.0f},  // money: orange
        {0.00f, 0.45f, 0.70f, 1.0f},  // compute: blue
        {0.00f, 0.62f, 0.45f, 1.0f},  // partnership: bluish green
        {0.80f, 0.47f, 0.65f, 1.0f},  // people & structure: reddish purple
        {0.34f, 0.71f, 0.91f, 1.0f},  // products & projects: sky blue
        {0.55f, 0.55f, 0.55f, 1.0f},  // statements & markets: grey
    };
    static_assert(std::size(colors) == std::size(kTypeFamilies), "one colour per family");
    return colors[static_cast<int>(family)];
}

Rgba flow_rgba(FlowKind k) {
    return family_rgba(k == FlowKind::money ? TypeFamily::money : k == FlowKind::compute ? TypeFamily::compute : TypeFamily::partnership);
}

float relative_luminance(Rgba c) { return 0.2126f * linear(c.r) + 0.7152f * linear(c.g) + 0.0722f * linear(c.b); }

float contrast_ratio(Rgba a, Rgba b) {
    const float la = relative_luminance(a), lb = relative_luminance(b);
    return (std::max(la, lb) + 0.05f) / (std::min(la, lb) + 0.05f);
}

Rgba over(Rgba top, Rgba ground) {
    Rgba out = mix(ground, top, top.a);
    out.a = 1.0f;
    return out;
}

Rgba with_contrast(Rgba color, Rgba ground, float ratio) {
    if (contrast_ratio(color, ground) >= ratio) return color;
    // Away from the ground: toward black on a light ground, white on a dark one.
    const Rgba target = relative_luminance(ground) > kDarkGroundLuminance ? Rgba{0, 0, 0, color.a} : Rgba{1, 1, 1, color.a};
    float lo = 0.0f, hi = 1.0f;
    for (int i = 0; i < 24; ++i) {
        const float t = (lo + hi) / 2;
        (contrast_ratio(mix(color, target, t), ground) >= ratio ? hi : lo) = t;
    }
    return mix(color, target, hi);
}

}  // namespace ds

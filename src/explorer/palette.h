#pragma once
// The colours of the event-type families (the Okabe–Ito palette, distinguishable with the common
// colour-vision deficiencies) and WCAG 2 contrast, without a GPU: the UI draws with them
// (src/ui/event_colors.h, src/ui/contrast.h) and pictures are written with them (picture/).
#include "core/events/event_types.h"

namespace ds {

struct Rgba {
    float r = 0, g = 0, b = 0, a = 1;
};

inline constexpr float kTextContrast = 4.5f;  // body text (WCAG 2 AA)
inline constexpr float kMarkContrast = 3.0f;  // marks, swatches, lines, control borders (WCAG 2.1 1.4.11)

// The palette's own colour for a family; drawn, it goes through with_contrast() for its ground.
Rgba family_rgba(TypeFamily family);
Rgba flow_rgba(FlowKind kind);

// Relative luminance of an sRGB colour (alpha ignored), 0 (black) to 1 (white).
float relative_luminance(Rgba c);
// A ground at or below this luminance is dark: accents move toward white on it, faint fills need more colour.
inline constexpr float kDarkGroundLuminance = 0.18f;
// (L1 + 0.05) / (L2 + 0.05) with L1 the lighter: 1 to 21.
float contrast_ratio(Rgba a, Rgba b);
// `top` drawn with its alpha over the opaque `ground`.
Rgba over(Rgba top, Rgba ground);
// `color` mixed toward black (on a light ground) or white (on a dark one), as little as reaches
// `ratio` against `ground`; unchanged when it already does. Alpha is kept.
Rgba with_contrast(Rgba color, Rgba ground, float ratio);

}  // namespace ds

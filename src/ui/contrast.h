// WCAG 2 contrast: what text and marks must reach against what they are drawn on, and the palette's
// accents moved just far enough to reach it in either theme.
#pragma once

#include <imgui.h>

#include "explorer/palette.h"

namespace ds::ui {

// kTextContrast, kMarkContrast and the arithmetic: explorer/palette.h, shared with pictures.

// Relative luminance of an sRGB colour (alpha ignored), 0 (black) to 1 (white).
float relative_luminance(ImVec4 c);
// (L1 + 0.05) / (L2 + 0.05) with L1 the lighter: 1 to 21.
float contrast_ratio(ImVec4 a, ImVec4 b);
// `top` drawn with its alpha over the opaque `ground`.
ImVec4 over(ImVec4 top, ImVec4 ground);
// `color` mixed toward black (on a light ground) or white (on a dark one), as little as reaches
// `ratio` against `ground`; unchanged when it already does. Alpha is kept.
ImVec4 with_contrast(ImVec4 color, ImVec4 ground, float ratio);

// The page's ground in the current theme, and an accent as text or as a mark on it.
ImVec4 page_ground();
// Whether the current theme's page is dark (faint fills need more of their colour there).
bool dark_ground();
// How much of a mark's colour fills the giver's pale copy of a deal: more on a dark ground, where a faint
// fill reads as a ring.
float pale_fill_alpha();
ImVec4 text_on_page(ImVec4 accent);
ImVec4 mark_on_page(ImVec4 accent);

}  // namespace ds::ui

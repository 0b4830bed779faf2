#pragma once
// The UI font: one file, German glyph ranges, rasterised at the display's pixel ratio so text is
// crisp on HiDPI screens while layout stays in logical pixels.
#include <string>
#include <vector>

#include "explorer/app_state.h"

struct ImFont;

namespace ds::ui {

inline constexpr float kUiFontSizePx = 16.0f;
inline constexpr float kHeadingFontSizePx = 19.0f;
inline constexpr float kTitleFontSizePx = 24.0f;

// Larger cuts of the UI font for headings and article titles (the body font when none was loaded).
ImFont* heading_font();
ImFont* title_font();

// Glyph ranges covering German text and typography: Latin-1, Latin Extended-A, „ “ ‚ ‘ – — …, €.
const unsigned short* german_glyph_ranges();

// Clears the font atlas and loads the first of `candidates` that exists and parses, at
// `kUiFontSizePx * pixel_ratio` (plus heading and title sizes). Falls back to ImGui's built-in font with a warning in `problems`.
// The atlas must be (re)uploaded by the renderer afterwards.
FontInfo load_ui_font(const std::vector<std::string>& candidates, float pixel_ratio, std::vector<Problem>& problems);

}  // namespace ds::ui

#pragma once
// The UI font: one file, German glyph ranges, rasterised at the display's pixel ratio so text is
// crisp on HiDPI screens while layout stays in logical pixels.
#include <string>
#include <vector>

#include "explorer/app_state.h"

struct ImFont;
struct ImFontAtlas;
struct ImFontConfig;

namespace ds::ui {

inline constexpr float kUiFontSizePx = 16.0f;
inline constexpr float kHeadingFontSizePx = 19.0f;
inline constexpr float kTitleFontSizePx = 24.0f;

// Larger cuts of the UI font for headings and article titles (the body font when none was loaded).
ImFont* heading_font();
ImFont* title_font();

// Glyph ranges covering German text and typography: Latin-1, Latin Extended-A, „ “ ‚ ‘ – — …, €.
const unsigned short* german_glyph_ranges();

// How the UI font is rasterised at `pixel_ratio` (oversampling, snapping).
ImFontConfig ui_font_config(float pixel_ratio);
// Adds the body, heading and title cuts of the font file at `path` to `atlas` for `pixel_ratio`;
// false if the file does not parse. What the app rasterises and what an atlas file is made from.
bool add_ui_fonts(ImFontAtlas& atlas, const std::string& path, float pixel_ratio);

// Clears the font atlas and fills it for `pixel_ratio`: from `prepared_atlas` (an atlas file made at
// build time, font_atlas_file.h) when it exists and fits, else rasterising the first of `candidates`
// that exists and parses, at `kUiFontSizePx * pixel_ratio` (plus heading and title sizes). Falls back
// to ImGui's built-in font with a warning in `problems`. The atlas must be (re)uploaded by the
// renderer afterwards.
FontInfo load_ui_font(const std::vector<std::string>& candidates, float pixel_ratio, std::vector<Problem>& problems,
                      const std::string& prepared_atlas = "");

}  // namespace ds::ui

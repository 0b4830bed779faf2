#pragma once
// The current view as a picture a reader can put in a slide or a post: a title, a one-line dek,
// the key, the chart from the same scene the canvas draws (timeline, network, flows) and a source
// line naming the publishers quoted. Written as SVG (vector, text as text); the page rasterises
// the same SVG at twice the size for PNG, so both show the same thing.
#include <optional>
#include <string>

#include "explorer/app_state.h"

namespace ds {

// Views that make a picture.
bool view_has_picture(View view);

struct PictureSize {
    float width = 1200, height = 760;
};

// The picture's text size; labels are measured with svg_text_width() (svg_document.h) at it.
inline constexpr float kPictureTextSize = 13;

// Where the chart goes in the picture (the scene is built for width × height and drawn at x, y),
// and the picture's own size (a timeline grows to hold every lane).
struct PictureChart {
    float x = 0, y = 0, width = 0, height = 0;
    float picture_width = 0, picture_height = 0;
};
std::optional<PictureChart> picture_chart(const AppState& state, View view, PictureSize size = {});

// The SVG of `view` for the state's filtered events, language and selection; nothing for a view
// without a picture (articles, events, conflicts).
std::optional<std::string> view_svg(const AppState& state, View view, PictureSize size = {});

// "dealscope-network.svg": the file name a download gets.
std::string picture_file_name(View view, const char* extension);

}  // namespace ds

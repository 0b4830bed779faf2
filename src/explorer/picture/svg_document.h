#pragma once
// A small SVG writer: shapes and text in the view's pixels, colours from explorer/palette.h, text
// kept as text (searchable, selectable, translated by the reader's tools) and escaped.
#include <string>
#include <string_view>

#include "explorer/palette.h"

namespace ds {

class SvgDocument {
public:
    SvgDocument(float width, float height, std::string_view title, std::string_view description);

    enum class Anchor { start, middle, end };
    struct TextStyle {
        float size = 13;
        Rgba color{0.13f, 0.13f, 0.15f, 1};
        bool bold = false;
        Anchor anchor = Anchor::start;
    };

    void rect(float x, float y, float w, float h, Rgba fill, float radius = 0, Rgba stroke = {0, 0, 0, 0}, float stroke_width = 0);
    void circle(float cx, float cy, float r, Rgba fill, Rgba stroke = {0, 0, 0, 0}, float stroke_width = 0);
    void line(float x1, float y1, float x2, float y2, Rgba stroke, float width, bool dashed = false);
    // A quadratic curve from (x1, y1) through control (cx, cy) to (x2, y2).
    void curve(float x1, float y1, float cx, float cy, float x2, float y2, Rgba stroke, float width, bool dashed = false);
    void polygon(const float* xy, int points, Rgba fill, Rgba stroke = {0, 0, 0, 0}, float stroke_width = 0);
    // `y` is the text's top (as the scenes place labels), not its baseline.
    void text(float x, float y, std::string_view text, const TextStyle& style);
    // Groups shift what is drawn inside them.
    void begin_group(float dx, float dy);
    void end_group();

    std::string finish();

private:
    void stroke_of(Rgba stroke, float width, bool dashed = false);  // its attributes, none for width 0
    std::string out_;
};

// About how wide `text` is at `size` pixels in a sans-serif face (the picture's text is drawn by
// the reader's fonts, so labels are placed with room to spare rather than measured exactly).
float svg_text_width(std::string_view text, float size);

}  // namespace ds

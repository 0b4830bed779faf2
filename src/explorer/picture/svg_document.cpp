#include "explorer/picture/svg_document.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/events/event_table.h"

namespace ds {

namespace {

std::string number(float v) {
    char text[32];
    std::snprintf(text, sizeof text, "%.1f", static_cast<double>(std::isfinite(v) ? v : 0.0f));
    std::string s = text;
    if (s.size() > 2 && s.ends_with(".0")) s.resize(s.size() - 2);
    return s;
}

std::string colour(Rgba c) {
    const auto byte = [](float v) { return static_cast<int>(std::lround(std::clamp(v, 0.0f, 1.0f) * 255)); };
    char text[16];
    std::snprintf(text, sizeof text, "#%02x%02x%02x", byte(c.r), byte(c.g), byte(c.b));
    return text;
}

// fill="#rrggbb" (and its opacity when not opaque), or fill="none", appended to `out`.
void paint(std::string& out, const char* what, Rgba c) {
    out += ' ';
    out += what;
    if (c.a <= 0) {
        out += "=\"none\"";
        return;
    }
    out += "=\"";
    out += colour(c);
    out += '"';
    if (c.a < 1) {
        out += ' ';
        out += what;
        out += "-opacity=\"";
        out += number(c.a);
        out += '"';
    }
}

void escape_into(std::string& out, std::string_view text) {
    // Control characters are not allowed in XML 1.0 (a label never needs them); the rest as HTML escapes it.
    std::string clean(text);
    for (char& c : clean)
        if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n') c = ' ';
    out += html_escape(clean);
}

}  // namespace

SvgDocument::SvgDocument(float width, float height, std::string_view title, std::string_view description) {
    out_ = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + number(width) + "\" height=\"" + number(height) + "\" viewBox=\"0 0 " +
           number(width) + " " + number(height) +
           "\" font-family=\"Inter, 'Helvetica Neue', Arial, sans-serif\" role=\"img\" aria-labelledby=\"title desc\">\n<title id=\"title\">";
    escape_into(out_, title);
    out_ += "</title>\n<desc id=\"desc\">";
    escape_into(out_, description);
    out_ += "</desc>\n";
}

void SvgDocument::rect(float x, float y, float w, float h, Rgba fill, float radius, Rgba stroke, float stroke_width) {
    out_ += "<rect x=\"" + number(x) + "\" y=\"" + number(y) + "\" width=\"" + number(w) + "\" height=\"" + number(h) + "\"";
    if (radius > 0) out_ += " rx=\"" + number(radius) + "\"";
    paint(out_, "fill", fill);
    stroke_of(stroke, stroke_width);
    out_ += "/>\n";
}

void SvgDocument::circle(float cx, float cy, float r, Rgba fill, Rgba stroke, float stroke_width) {
    out_ += "<circle cx=\"" + number(cx) + "\" cy=\"" + number(cy) + "\" r=\"" + number(r) + "\"";
    paint(out_, "fill", fill);
    stroke_of(stroke, stroke_width);
    out_ += "/>\n";
}

void SvgDocument::line(float x1, float y1, float x2, float y2, Rgba stroke, float width, bool dashed) {
    out_ += "<line x1=\"" + number(x1) + "\" y1=\"" + number(y1) + "\" x2=\"" + number(x2) + "\" y2=\"" + number(y2) + "\"";
    stroke_of(stroke, width, dashed);
    out_ += "/>\n";
}

void SvgDocument::curve(float x1, float y1, float cx, float cy, float x2, float y2, Rgba stroke, float width, bool dashed) {
    out_ += "<path d=\"M" + number(x1) + " " + number(y1) + " Q" + number(cx) + " " + number(cy) + " " + number(x2) + " " + number(y2) + "\" fill=\"none\"";
    stroke_of(stroke, width, dashed);
    out_ += "/>\n";
}

void SvgDocument::polygon(const float* xy, int points, Rgba fill, Rgba stroke, float stroke_width) {
    out_ += "<polygon points=\"";
    for (int i = 0; i < points; ++i) {
        if (i) out_ += ' ';
        out_ += number(xy[2 * i]);
        out_ += ',';
        out_ += number(xy[2 * i + 1]);
    }
    out_ += '"';
    paint(out_, "fill", fill);
    stroke_of(stroke, stroke_width);
    out_ += "/>\n";
}

void SvgDocument::text(float x, float y, std::string_view text, const TextStyle& style) {
    // The baseline sits about four fifths of the size below the top.
    out_ += "<text x=\"" + number(x) + "\" y=\"" + number(y + style.size * 0.8f) + "\" font-size=\"" + number(style.size) + "\"";
    paint(out_, "fill", style.color);
    if (style.bold) out_ += " font-weight=\"700\"";
    if (style.anchor != Anchor::start) out_ += style.anchor == Anchor::middle ? " text-anchor=\"middle\"" : " text-anchor=\"end\"";
    out_ += ">";
    escape_into(out_, text);
    out_ += "</text>\n";
}

void SvgDocument::stroke_of(Rgba stroke, float width, bool dashed) {
    if (width <= 0) return;
    paint(out_, "stroke", stroke);
    out_ += " stroke-width=\"";
    out_ += number(width);
    out_ += '"';
    if (dashed) out_ += " stroke-dasharray=\"6 4\"";
}

void SvgDocument::begin_group(float dx, float dy) { out_ += "<g transform=\"translate(" + number(dx) + " " + number(dy) + ")\">\n"; }
void SvgDocument::end_group() { out_ += "</g>\n"; }

std::string SvgDocument::finish() { return std::move(out_) + "</svg>\n"; }

float svg_text_width(std::string_view text, float size) {
    float em = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if ((c & 0xC0) == 0x80) continue;  // a continuation byte: the letter was counted
        // On the wide side of common sans-serif faces: a label given too much room only looks airy.
        if (c == ' ' || c == 'i' || c == 'l' || c == 'j' || c == 't' || c == 'f' || c == 'r' || c == '.' || c == ',' || c == ':' || c == '\'' || c == '|' || c == 'I') em += 0.32f;
        else if ((c >= 'A' && c <= 'Z') || c == 'm' || c == 'w' || c == 'M' || c == 'W') em += 0.75f;
        else em += 0.6f;
    }
    return em * size;
}

}  // namespace ds

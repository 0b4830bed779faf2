#include "explorer/picture/view_picture.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "core/events/event_format.h"
#include "explorer/flow_rows.h"
#include "explorer/layout/network_scene.h"
#include "core/articles/time_span.h"
#include "explorer/layout/time_scale.h"
#include "explorer/layout/timeline_scene.h"
#include "explorer/graphic_text.h"
#include "explorer/picture/svg_document.h"

namespace ds {

namespace {

constexpr float kMargin = 24;
constexpr float kTextSize = kPictureTextSize;
const Rgba kGround{1, 1, 1, 1};
const Rgba kInk{0.13f, 0.13f, 0.15f, 1};
const Rgba kMuted{0.36f, 0.36f, 0.40f, 1};  // 6.9:1 on white: secondary text stays readable
const Rgba kRule{0.78f, 0.78f, 0.80f, 1};
const Rgba kBand{0.95f, 0.95f, 0.96f, 1};

Rgba mark(Rgba accent) { return with_contrast(accent, kGround, kMarkContrast); }

const char* words(Language lang, const char* en, const char* de) { return lang == Language::de ? de : en; }

// Words into lines no wider than `width` at `size` (a word longer than a line stands alone).
std::vector<std::string> wrapped(const std::string& text, float size, float width) {
    std::vector<std::string> lines;
    std::string line;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find(' ', start);
        if (end == std::string::npos) end = text.size();
        const std::string word = text.substr(start, end - start);
        const std::string longer = line.empty() ? word : line + " " + word;
        if (!line.empty() && svg_text_width(longer, size) > width) {
            lines.push_back(line);
            line = word;
        } else {
            line = longer;
        }
        start = end + 1;
    }
    if (!line.empty()) lines.push_back(line);
    return lines;
}

SvgDocument::TextStyle style(float size, Rgba color = kInk, bool bold = false) {
    SvgDocument::TextStyle s;
    s.size = size;
    s.color = color;
    s.bold = bold;
    return s;
}

// The key in one line that wraps as a whole entry, never in the middle of one: returns its height.
struct KeyEntry {
    Rgba color;
    std::string label;
    enum class Swatch { dot, ring, line, dashed, square, diamond, pale } swatch = Swatch::dot;
};
float draw_key(SvgDocument& svg, const std::vector<KeyEntry>& entries, float x0, float y0, float width) {
    float x = x0, y = y0;
    for (const KeyEntry& e : entries) {
        const float w = 22 + svg_text_width(e.label, kTextSize) + 16;
        if (x > x0 && x + w > x0 + width) {
            x = x0;
            y += kTextSize + 8;
        }
        const float mid = y + kTextSize / 2;
        switch (e.swatch) {
            case KeyEntry::Swatch::dot: svg.circle(x + 6, mid, 5, e.color); break;
            case KeyEntry::Swatch::ring: svg.circle(x + 6, mid, 4.5f, {0, 0, 0, 0}, e.color, 2); break;
            case KeyEntry::Swatch::pale: svg.circle(x + 6, mid, 4.5f, {e.color.r, e.color.g, e.color.b, 0.25f}, e.color, 1.5f); break;
            case KeyEntry::Swatch::line: svg.line(x, mid, x + 16, mid, e.color, 2.5f); break;
            case KeyEntry::Swatch::dashed: svg.line(x, mid, x + 16, mid, e.color, 2.5f, true); break;
            case KeyEntry::Swatch::square: svg.rect(x + 2, mid - 4, 8, 8, {0, 0, 0, 0}, 0, e.color, 2); break;
            case KeyEntry::Swatch::diamond: {
                const float xy[] = {x + 6, mid - 5, x + 11, mid, x + 6, mid + 5, x + 1, mid};
                svg.polygon(xy, 4, {0, 0, 0, 0}, e.color, 2);
                break;
            }
        }
        svg.text(x + 20, y, e.label, style(kTextSize, kMuted));
        x += w;
    }
    return y + kTextSize + 8 - y0;
}

// A running total a source states: a hollow square, as the app draws it.
// A deal's disc, pale in the lane of the side that gave it, as the app draws it.
void disc(SvgDocument& svg, const TimelineMarkShape& s, Rgba color) {
    if (!s.gives) {
        svg.circle(s.cx, s.cy, s.radius, {color.r, color.g, color.b, 0.9f});
        return;
    }
    const float r = std::max(s.radius, 3.5f);
    svg.circle(s.cx, s.cy, r, kGround);  // the date's bar does not show through
    svg.circle(s.cx, s.cy, r - 0.5f, {color.r, color.g, color.b, 0.3f}, color, r < 5 ? 1.0f : 1.5f);
}

void running_total(SvgDocument& svg, const TimelineMarkShape& s, Rgba color) {
    const float r = std::max(s.radius * 0.9f, 5.0f);
    svg.rect(s.cx - r + 1, s.cy - r + 1, 2 * r - 2, 2 * r - 2, kGround, 0, color, 2);
}

// A valuation: a hollow diamond, as the app draws it.
void valuation(SvgDocument& svg, const TimelineMarkShape& s, Rgba color) {
    const float r = std::max(s.radius, 5.0f) - 1;
    const float xy[] = {s.cx, s.cy - r, s.cx + r, s.cy, s.cx, s.cy + r, s.cx - r, s.cy};
    svg.polygon(xy, 4, kGround, color, 2);
}

void draw_timeline(SvgDocument& svg, const AppState& state, float width, float height) {
    TimelineFrame frame;
    frame.width = width;
    frame.height = height;
    frame.visible_top = 0;
    frame.visible_bottom = height;
    frame.line_height = kTextSize;
    frame.measure = [](std::string_view t) { return svg_text_width(t, kTextSize); };
    const TimelineScene scene = build_timeline_scene(state, frame);
    const TimelineGeometry& g = scene.geometry;
    const float bottom = std::min(height, g.content_height);
    for (const TimelineLaneRow& lane : scene.lanes) {
        if (lane.top >= bottom) break;
        if (lane.shaded) svg.rect(0, lane.top, width, std::min(lane.height, bottom - lane.top), kBand);
        svg.text(4, lane.name_middle - kTextSize / 2, lane.name, style(kTextSize));
    }
    for (const TimelineTickLine& t : scene.ticks) {
        svg.line(t.x, kTimelineAxisHeight - 6, t.x, bottom, t.major ? kRule : Rgba{kRule.r, kRule.g, kRule.b, 0.5f}, 1);
        if (!t.label.empty()) svg.text(t.label_x, 4, t.label, style(kTextSize - 1, t.major ? kInk : kMuted));
    }
    for (const TimelineMarkShape& s : scene.marks) {
        if (s.cy - s.radius > bottom) continue;
        const Event& e = state.data.events.events[s.first_event];
        const Rgba color = mark(family_rgba(type_family(e.type)));
        const bool from_table = e.table && e.sources.empty();
        if (s.shape == MarkShape::cluster) {
            svg.circle(s.cx, s.cy, s.radius, {0.2f, 0.2f, 0.25f, 1});
            SvgDocument::TextStyle count = style(10, {1, 1, 1, 1}, true);
            count.anchor = SvgDocument::Anchor::middle;
            svg.text(s.cx, s.cy - 5, std::to_string(s.count), count);
        } else if (s.shape == MarkShape::span) {
            // The period, faint, and the amount's disc at its middle, as the app draws it.
            svg.rect(s.x0, s.cy - s.bar_height / 2, s.x1 - s.x0, s.bar_height, {color.r, color.g, color.b, 0.35f}, 2, {0, 0, 0, 0}, 0.0f);
            if (restates_a_total(e)) running_total(svg, s, color);
            else if (values_a_firm(e)) valuation(svg, s, color);
            else if (from_table) svg.circle(s.cx, s.cy, s.radius, {color.r, color.g, color.b, 0.15f}, color, 2.5f);
            else disc(svg, s, color);
        } else if (restates_a_total(e)) {
            running_total(svg, s, color);
        } else if (values_a_firm(e)) {
            valuation(svg, s, color);
        } else if (from_table) {
            svg.circle(s.cx, s.cy, s.radius, {color.r, color.g, color.b, 0.15f}, color, 2.5f);
        } else {
            disc(svg, s, color);
        }
    }
    for (const TimelineLabel& label : scene.amounts) {
        if (label.y >= bottom) continue;
        if (label.leader) svg.line(label.leader_x0, label.leader_y0, label.leader_x1, label.leader_y1, kMuted, 1.0f);
        svg.text(label.x, label.y, label.text, style(kTextSize - 1, kMuted));
    }
    // A lane's events before or after the shown years: an arrowhead at the edge and how many.
    for (const TimelineEdgeMarker& e : scene.edge_markers) {
        if (e.y > bottom) continue;
        const float d = e.before ? -1.0f : 1.0f;
        const float tip[] = {e.x + d * 5, e.y, e.x - d * 1, e.y - 5, e.x - d * 1, e.y + 5};
        svg.polygon(tip, 3, kMuted);
        SvgDocument::TextStyle count = style(kTextSize - 1, kMuted);
        count.anchor = e.before ? SvgDocument::Anchor::start : SvgDocument::Anchor::end;
        svg.text(e.before ? e.x + 5 : e.x - 5, e.y - kTextSize / 2, e.text, count);
    }
}

void draw_network(SvgDocument& svg, const AppState& state, float width, float height) {
    NetworkFrame frame;
    frame.width = width;
    frame.height = height;
    frame.line_height = kTextSize;
    frame.measure = [](std::string_view t) { return svg_text_width(t, kTextSize); };
    const NetworkScene scene = build_network_scene(state, frame);
    for (const NetworkEdgeShape& e : scene.edges) {
        const Rgba c = mark(flow_rgba(e.kind));
        const Rgba stroke{c.r, c.g, c.b, e.carries_selected ? 1.0f : 0.75f};
        svg.curve(e.px, e.py, e.cx, e.cy, e.qx, e.qy, stroke, e.width, e.kind == FlowKind::compute);
        if (!e.arrow) continue;
        float bx = 0, by = 0;
        edge_point(e, 0.9f, bx, by);
        const float len = std::max(std::hypot(e.qx - bx, e.qy - by), 1.0f);
        const float ux = (e.qx - bx) / len, uy = (e.qy - by) / len, nx = -uy, ny = ux;
        const float tip[] = {e.qx, e.qy, e.qx - ux * 9 + nx * 5, e.qy - uy * 9 + ny * 5, e.qx - ux * 9 - nx * 5, e.qy - uy * 9 - ny * 5};
        svg.polygon(tip, 3, stroke);
    }
    // On its own line, on a patch of the page, as the explorer draws it.
    for (const NetworkText& t : scene.amounts) {
        svg.rect(t.x - 2, t.y, frame.measure(t.text) + 4, kTextSize, kGround, 3);
        svg.text(t.x, t.y, t.text, style(kTextSize - 1, kMuted));
    }
    const Rgba fill{0.90f, 0.91f, 0.94f, 1}, line{0.42f, 0.42f, 0.48f, 1};
    for (const NetworkNodeShape& n : scene.nodes) {
        const float r = n.radius;
        switch (n.shape) {
            case NodeShape::square: svg.rect(n.cx - r, n.cy - r, 2 * r, 2 * r, fill, 2, line, 1.5f); break;
            case NodeShape::triangle:
            case NodeShape::diamond: {
                const int sides = n.shape == NodeShape::triangle ? 3 : 4;
                const float rr = n.shape == NodeShape::diamond ? r * 1.3f : r;
                float xy[12];
                for (int k = 0; k < sides; ++k) {
                    const float a = 6.2831853f * static_cast<float>(k) / static_cast<float>(sides);  // as ImGui's AddNgon starts at angle 0
                    xy[2 * k] = n.cx + std::cos(a) * rr;
                    xy[2 * k + 1] = n.cy + std::sin(a) * rr;
                }
                svg.polygon(xy, sides, fill, line, 1.5f);
                break;
            }
            case NodeShape::circle: svg.circle(n.cx, n.cy, r, fill, n.selected ? kInk : line, n.selected ? 2.5f : 1.5f); break;
        }
    }
    for (const NetworkText& t : scene.names) svg.text(t.x, t.y, t.text, style(kTextSize));
}

void draw_flows(SvgDocument& svg, const AppState& state, float width, float height) {
    const Language lang = state.view.language;
    const std::vector<FlowRow> rows = flow_rows(state.derived.flow_table, state.data.gazetteer, lang);
    // Columns as the Flows view has them, sized to the picture.
    const float columns[] = {0, 0.27f, 0.54f, 0.66f, 0.9f};
    const char* heads[] = {words(lang, "From", "Von"), words(lang, "To", "An"), words(lang, "What", "Was"), words(lang, "Total", "Summe"),
                           words(lang, "Events", "Ereignisse")};
    const float row_height = kTextSize + 10;
    float y = 0;
    if (width >= 560) {
        for (int c = 0; c < 5; ++c) svg.text(columns[c] * width, 0, heads[c], style(kTextSize, kMuted, true));
        svg.line(0, row_height - 4, width, row_height - 4, kRule, 1);
        y = row_height;
    }
    const auto fit = [&](const std::string& text, float room) {
        if (svg_text_width(text, kTextSize) <= room) return text;
        std::string cut = text;
        while (!cut.empty() && svg_text_width(cut + "…", kTextSize) > room) {
            cut.pop_back();
            while (!cut.empty() && (static_cast<unsigned char>(cut.back()) & 0xC0) == 0x80) cut.pop_back();
            if (!cut.empty() && static_cast<unsigned char>(cut.back()) >= 0xC0) cut.pop_back();
        }
        return cut + "…";
    };
    std::size_t shown = 0;
    if (width < 560) {
        // A phone: each flow on two lines, "From → To" over "● money · $13bn · 4 events".
        for (const FlowRow& r : rows) {
            if (y + 2 * row_height > height - row_height) break;
            if (shown % 2 == 1) svg.rect(0, y - 4, width, 2 * row_height - 4, kBand);
            svg.text(0, y, fit(r.from + " → " + r.to, width), style(kTextSize));
            svg.circle(5, y + row_height + kTextSize / 2 - 2, 4.5f, mark(flow_rgba(r.kind)));
            const std::string what = std::string(r.kind == FlowKind::money ? words(lang, "money", "Geld") : words(lang, "compute", "Rechenleistung")) + " · " +
                                     r.total + " · " + std::to_string(r.events) + words(lang, r.events == 1 ? " event" : " events", r.events == 1 ? " Ereignis" : " Ereignisse");
            svg.text(14, y + row_height - 2, fit(what, width - 14), style(kTextSize - 1, kMuted));
            y += 2 * row_height;
            ++shown;
        }
    }
    for (const FlowRow& r : rows) {
        if (width < 560) break;
        if (y + row_height > height - row_height) break;
        if (shown % 2 == 1) svg.rect(0, y - 4, width, row_height, kBand);
        const Rgba kind = mark(flow_rgba(r.kind));
        svg.text(0, y, fit(r.from, columns[1] * width - 8), style(kTextSize));
        svg.text(columns[1] * width, y, fit("→ " + r.to, (columns[2] - columns[1]) * width - 8), style(kTextSize));
        svg.circle(columns[2] * width + 5, y + kTextSize / 2, 4.5f, kind);
        svg.text(columns[2] * width + 14, y, r.kind == FlowKind::money ? words(lang, "money", "Geld") : words(lang, "compute", "Rechenleistung"), style(kTextSize, kMuted));
        svg.text(columns[3] * width, y, fit(r.total, (columns[4] - columns[3]) * width - 8), style(kTextSize));
        svg.text(columns[4] * width, y, std::to_string(r.events), style(kTextSize));
        y += row_height;
        ++shown;
    }
    if (shown < rows.size()) {
        const std::size_t more = rows.size() - shown;
        svg.text(0, y + 4, std::string("+") + std::to_string(more) + words(lang, " smaller flows", " kleinere Flüsse"), style(kTextSize, kMuted));
    }
}

}  // namespace

bool view_has_picture(View view) { return view == View::timeline || view == View::network || view == View::flows; }

std::string picture_file_name(View view, const char* extension) { return std::string("dealscope-") + view_name(view) + "." + extension; }

namespace {

// What goes where, worked out before anything is drawn: the header's lines and key, the source
// lines, and so the chart's room.
struct Plan {
    float width = 0, height = 0, inner = 0, title_size = 21, header = 0, source_height = 0;
    std::string title, dek;
    std::vector<std::string> title_lines, dek_lines, source_lines;
    std::vector<KeyEntry> key;
};

Plan plan_picture(const AppState& state, View view, PictureSize size) {
    const Language lang = state.view.language;
    Plan p;
    p.width = std::max(size.width, 320.0f);
    p.height = std::max(size.height, 320.0f);
    p.inner = p.width - 2 * kMargin;
    p.title = graphic_title(state, view);
    p.dek = graphic_dek(state);
    p.title_size = p.width < 500 ? 17 : 21;
    p.title_lines = wrapped(p.title, p.title_size, p.inner);
    p.dek_lines = wrapped(p.dek, kTextSize + 1, p.inner);
    p.source_lines = wrapped(graphic_sources(state), kTextSize - 1, p.inner);
    p.source_height = static_cast<float>(p.source_lines.size()) * (kTextSize + 3) + 8;
    if (view == View::timeline) {
        for (const TypeFamily f : kTypeFamilies) p.key.push_back({mark(family_rgba(f)), type_family_label(f, lang)});
        const bool any_table = std::any_of(state.derived.filtered.begin(), state.derived.filtered.end(), [&](std::size_t i) {
            return state.data.events.events[i].table && state.data.events.events[i].sources.empty();
        });
        if (any_table) p.key.push_back({kInk, words(lang, "from a table, no quote", "aus einer Tabelle, ohne Zitat"), KeyEntry::Swatch::ring});
        if (any_running_total(state)) p.key.push_back({kInk, words(lang, "total so far, not a deal", "Summe bisher, kein neuer Deal"), KeyEntry::Swatch::square});
        if (any_valuation(state)) p.key.push_back({kInk, words(lang, "valuation, no money paid", "Bewertung, kein Geldfluss"), KeyEntry::Swatch::diamond});
        if (const auto giving = giving_side_family(state)) {
            p.key.push_back({mark(family_rgba(*giving)), words(lang, "pale: the same deal, in the giver's row", "blass: derselbe Deal, in der Zeile des Gebers"),
                             KeyEntry::Swatch::pale});
        }
    } else if (view == View::network) {
        for (const FlowKind kind : shown_flow_kinds(state)) {  // only the lines the picture draws
            if (kind == FlowKind::money) p.key.push_back({mark(flow_rgba(kind)), words(lang, "money", "Geld"), KeyEntry::Swatch::line});
            if (kind == FlowKind::compute) {
                p.key.push_back({mark(flow_rgba(kind)), words(lang, "compute (provider to customer)", "Rechenleistung (Anbieter an Kunde)"), KeyEntry::Swatch::dashed});
            }
            if (kind == FlowKind::partnership) p.key.push_back({mark(flow_rgba(kind)), words(lang, "partnership", "Partnerschaft"), KeyEntry::Swatch::line});
        }
    }
    // The key is laid out once on a scratch document to measure it.
    SvgDocument measuring(p.width, p.height, "", "");
    const float key_height = p.key.empty() ? 0 : draw_key(measuring, p.key, kMargin, 0, p.inner) + 4;
    p.header = kMargin - 4 + static_cast<float>(p.title_lines.size()) * (p.title_size + 5) + static_cast<float>(p.dek_lines.size()) * (kTextSize + 5) + 10 +
               key_height;
    if (view == View::flows) {
        // As tall as its rows (up to the size asked for): no empty half under a short table.
        const auto rows = flow_rows(state.derived.flow_table, state.data.gazetteer, lang).size();
        const float row = kTextSize + 10, per_flow = p.width < 560 ? 2 * row : row;
        const float content = (p.width < 560 ? 0 : row) + static_cast<float>(rows) * per_flow + row + 8;
        p.height = std::clamp(p.header + content + kMargin + p.source_height, 320.0f, p.height);
    }
    if (view == View::timeline) {
        // Every lane in the picture: it grows to hold them (a picture cannot scroll), up to a poster's length.
        TimelineFrame probe;
        probe.width = p.inner;
        probe.height = 1;
        probe.line_height = kTextSize;
        probe.measure = [](std::string_view t) { return svg_text_width(t, kTextSize); };
        const float content = build_timeline_scene(state, probe).geometry.content_height;
        p.height = std::clamp(p.header + content + kMargin + p.source_height + 8, p.height, 6000.0f);
    }
    return p;
}

}  // namespace

std::optional<PictureChart> picture_chart(const AppState& state, View view, PictureSize size) {
    if (!view_has_picture(view)) return std::nullopt;
    const Plan p = plan_picture(state, view, size);
    return PictureChart{kMargin, p.header, p.inner, p.height - p.header - kMargin - p.source_height, p.width, p.height};
}

std::optional<std::string> view_svg(const AppState& state, View view, PictureSize size) {
    if (!view_has_picture(view)) return std::nullopt;
    const Plan p = plan_picture(state, view, size);
    SvgDocument svg(p.width, p.height, p.title, p.dek);
    svg.rect(0, 0, p.width, p.height, kGround);
    float y = kMargin - 4;
    for (const auto& line : p.title_lines) {
        svg.text(kMargin, y, line, style(p.title_size, kInk, true));
        y += p.title_size + 5;
    }
    for (const auto& line : p.dek_lines) {
        svg.text(kMargin, y, line, style(kTextSize + 1, kMuted));
        y += kTextSize + 5;
    }
    y += 10;
    if (!p.key.empty()) draw_key(svg, p.key, kMargin, y, p.inner);
    const float chart_height = p.height - p.header - kMargin - p.source_height;
    svg.begin_group(kMargin, p.header);
    switch (view) {
        case View::timeline: draw_timeline(svg, state, p.inner, chart_height); break;
        case View::network: draw_network(svg, state, p.inner, chart_height); break;
        default: draw_flows(svg, state, p.inner, chart_height); break;
    }
    svg.end_group();
    float source_y = p.height - kMargin - p.source_height + 2;
    svg.line(kMargin, source_y, p.width - kMargin, source_y, kRule, 1);
    source_y += 8;
    for (const auto& line : p.source_lines) {
        svg.text(kMargin, source_y, line, style(kTextSize - 1, kMuted));
        source_y += kTextSize + 3;
    }
    return svg.finish();
}

}  // namespace ds

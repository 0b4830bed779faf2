#include "timeline_view.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <string_view>
#include <tuple>

#include <imgui.h>

#include "core/events/event_format.h"
#include "explorer/layout/timeline_scene.h"
#include "callout.h"
#include "click_targets.h"
#include "controls.h"
#include "contrast.h"
#include "event_colors.h"
#include "explorer/graphic_text.h"
#include "flowing_items.h"
#include "keys.h"
#include "strings.h"
#include "drag_owners.h"

namespace ds::ui {

namespace {

ImU32 with_alpha(ImVec4 c, float a) { return ImGui::ColorConvertFloat4ToU32(ImVec4(c.x, c.y, c.z, a)); }

// A deal's amount as a disc of its size; pale in the lane of the side that gave it, so the one deal drawn in
// both parties' rows reads as received once.
void draw_disc(ImDrawList* draw, ImVec2 centre, float radius, ImVec4 color, bool gives) {
    if (!gives) {
        draw->AddCircleFilled(centre, radius, with_alpha(color, 0.9f * color.w));
        return;
    }
    // On the page's own ground, so a date's bar does not show through as a stroke; a dark ground needs more of the
    // colour to read as a fill, not a ring. A small one is a ring: a thick outline would fill it solid.
    const float r = std::max(radius, 3.5f);
    draw->AddCircleFilled(centre, r, ImGui::ColorConvertFloat4ToU32(page_ground()));
    draw->AddCircleFilled(centre, r, with_alpha(color, pale_fill_alpha() * color.w));
    draw->AddCircle(centre, r - 0.5f, with_alpha(color, color.w), 0, r < 5 ? 1.0f : 1.5f);
}

void controls(const AppState& state, TimelineViewState& view, Actions& actions) {
    const Language lang = state.view.language;
    if (ImGui::SmallButton(tr("Fit all", lang))) {
        actions.set_time = fit_all_events(state);
    }
    report_target(actions, "timeline:fit");
    ImGui::SameLine();
    ImGui::TextDisabled("%s:", tr("Lanes", lang));
    same_line_if_fits(segment_width(tr("by entity", lang)) + segment_width(tr("by type", lang)));
    if (segment(tr("by entity", lang), state.view.lanes == LaneMode::entity, true, false)) actions.set_lanes = LaneMode::entity;
    if (segment(tr("by type", lang), state.view.lanes == LaneMode::type, false, true)) actions.set_lanes = LaneMode::type;
    // Legend: colour by family, size by amount. On a narrow screen the colours of the kinds shown
    // stay (short names, "people" for "people & structure": the marks mean nothing without them), and
    // sizes and rings fold away until asked for.
    const bool narrow = ImGui::GetContentRegionAvail().x < 520;
    if (view.families_generation != state.derived.generation) {
        view.families = shown_families(state);
        view.families_generation = state.derived.generation;
    }
    for (const TypeFamily f : narrow ? view.families : std::vector<TypeFamily>(std::begin(kTypeFamilies), std::end(kTypeFamilies))) {
        const std::string label = narrow ? type_family_short_label(f, lang) : std::string(type_family_label(f, lang));
        if (narrow) {
            same_line_if_fits(ImGui::CalcTextSize(label.c_str()).x + 18);
        } else {
            ImGui::SameLine();
            if (ImGui::GetContentRegionAvail().x < 140) ImGui::NewLine();
        }
        const ImVec2 p = ImGui::GetCursorScreenPos();
        const float h = ImGui::GetTextLineHeight();
        ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(p.x + 6, p.y + h / 2), 5, ImGui::ColorConvertFloat4ToU32(mark_on_page(family_color(f))));
        ImGui::Dummy(ImVec2(14, h));
        ImGui::SameLine(0, 2);
        ImGui::TextDisabled("%s", label.c_str());
    }
    if (narrow) {
        // (It shows the key of the sizes and of the shapes, pale marks and bars; the colours keep theirs. Named for both:
        // a newcomer did not look for the shapes behind "Size key".)
        same_line_if_fits(switch_width(tr("Sizes & shapes", lang)));
        switch_toggle(tr("Sizes & shapes", lang), &view.legend_open);
        if (!view.legend_open) return;
    }
    ImGui::SameLine();
    // The size key goes on a line of its own unless all of it fits.
    float key_width = ImGui::CalcTextSize(tr("Sizes", lang)).x + 12;
    for (const double usd : kLegendAmounts)
        key_width += 2 * radius_for_amount(usd) + 8 + ImGui::CalcTextSize(compact_money(usd, "USD", lang).c_str()).x + ImGui::GetStyle().ItemSpacing.x;
    if (ImGui::GetContentRegionAvail().x < key_width) ImGui::NewLine();
    ImGui::TextDisabled("%s:", tr("Sizes", lang));
    for (const double usd : kLegendAmounts) {
        ImGui::SameLine();
        const ImVec2 p = ImGui::GetCursorScreenPos();
        const float r = radius_for_amount(usd);
        const float h = ImGui::GetTextLineHeight();
        ImGui::GetWindowDrawList()->AddCircle(ImVec2(p.x + r, p.y + h / 2), r, ImGui::GetColorU32(ImGuiCol_Text));
        ImGui::Dummy(ImVec2(2 * r + 2, h));
        ImGui::SameLine(0, 2);
        ImGui::TextDisabled("%s", compact_money(usd, "USD", lang).c_str());  // "$100bn" / "100 Mrd. $"
    }
    // A ring: an event from the user's table, which quotes no article (keyed only when one is shown).
    const bool any_table = std::any_of(state.derived.filtered.begin(), state.derived.filtered.end(),
                                       [&](std::size_t i) { return state.data.events.events[i].table && state.data.events.events[i].sources.empty(); });
    if (any_table) {
        const char* label = tr("from a table, no quote", lang);
        same_line_if_fits(ImGui::CalcTextSize(label).x + 20);
        const ImVec2 p = ImGui::GetCursorScreenPos();
        const float h = ImGui::GetTextLineHeight();
        ImGui::GetWindowDrawList()->AddCircle(ImVec2(p.x + 6, p.y + h / 2), 5, ImGui::GetColorU32(ImGuiCol_Text), 0, 2.0f);
        ImGui::Dummy(ImVec2(14, h));
        ImGui::SameLine(0, 2);
        ImGui::TextDisabled("%s", label);
    }
    // A hollow square: a running total a source states, which is no deal of its own.
    if (any_running_total(state)) {
        const char* label = tr(narrow ? "total so far" : "total so far, not a deal", lang);
        same_line_if_fits(ImGui::CalcTextSize(label).x + 20);
        const ImVec2 p = ImGui::GetCursorScreenPos();
        const float h = ImGui::GetTextLineHeight();
        ImGui::GetWindowDrawList()->AddRect(ImVec2(p.x + 1.5f, p.y + h / 2 - 4.5f), ImVec2(p.x + 10.5f, p.y + h / 2 + 4.5f), ImGui::GetColorU32(ImGuiCol_Text), 0, 0, 2.0f);
        ImGui::Dummy(ImVec2(14, h));
        ImGui::SameLine(0, 2);
        ImGui::TextDisabled("%s", label);
    }
    // A hollow diamond: a firm's value, which is no money paid.
    if (any_valuation(state)) {
        const char* label = tr(narrow ? "valuation" : "valuation, no money paid", lang);
        same_line_if_fits(ImGui::CalcTextSize(label).x + 20);
        const ImVec2 p = ImGui::GetCursorScreenPos();
        const float h = ImGui::GetTextLineHeight(), cx = p.x + 6, cy = p.y + h / 2;
        ImGui::GetWindowDrawList()->AddQuad(ImVec2(cx, cy - 5), ImVec2(cx + 5, cy), ImVec2(cx, cy + 5), ImVec2(cx - 5, cy), ImGui::GetColorU32(ImGuiCol_Text), 2.0f);
        ImGui::Dummy(ImVec2(14, h));
        ImGui::SameLine(0, 2);
        ImGui::TextDisabled("%s", label);
    }
    // A pale disc: the giving side of a deal drawn in both parties' lanes (its amount is named at the receiver).
    if (const auto giving = giving_side_family(state)) {
        const char* label = tr(narrow ? "pale: as giver" : "pale: the same deal, in the giver's row", lang);
        same_line_if_fits(ImGui::CalcTextSize(label).x + 20);
        const ImVec2 p = ImGui::GetCursorScreenPos();
        const float h = ImGui::GetTextLineHeight();
        draw_disc(ImGui::GetWindowDrawList(), ImVec2(p.x + 6, p.y + h / 2), 5.5f, mark_on_page(family_color(*giving)), true);
        ImGui::Dummy(ImVec2(14, h));
        ImGui::SameLine(0, 2);
        ImGui::TextDisabled("%s", label);
    }
    // A faint bar with a dot: a deal dated only to its month, quarter or year; the bar is the period,
    // not the deal's size (a newcomer read the bars as nothing the key named).
    if (state.derived.any_vague_date) {
        const char* label = tr(narrow ? "bar: no exact day" : "bar: dated only to a month, quarter or year", lang);
        same_line_if_fits(ImGui::CalcTextSize(label).x + 26);
        const ImVec2 p = ImGui::GetCursorScreenPos();
        const float h = ImGui::GetTextLineHeight();
        ImVec4 bar = ImGui::GetStyle().Colors[ImGuiCol_Text];
        bar.w = 0.35f;
        ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(p.x, p.y + h / 2 - 2), ImVec2(p.x + 20, p.y + h / 2 + 2), ImGui::ColorConvertFloat4ToU32(bar), 2.0f);
        ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(p.x + 10, p.y + h / 2), 3, ImGui::GetColorU32(ImGuiCol_Text));
        ImGui::Dummy(ImVec2(20, h));
        ImGui::SameLine(0, 4);
        ImGui::TextDisabled("%s", label);
    }
    // A ring in the attention colour: the sources disagree on the event (keyed only when one is shown).
    if (any_disputed(state)) {
        const char* label = tr("sources disagree", lang);
        same_line_if_fits(ImGui::CalcTextSize(label).x + 20);
        const ImVec2 p = ImGui::GetCursorScreenPos();
        const float h = ImGui::GetTextLineHeight();
        ImGui::GetWindowDrawList()->AddCircle(ImVec2(p.x + 6, p.y + h / 2), 5, ImGui::ColorConvertFloat4ToU32(attention_color()), 0, 2.0f);
        ImGui::Dummy(ImVec2(14, h));
        ImGui::SameLine(0, 2);
        ImGui::TextDisabled("%s", label);
    }
}

// A running total a source states ("13.75 billion so far"): a hollow square with the page showing
// through, so it does not read as one more deal.
void draw_running_total(ImDrawList* draw, ImVec2 centre, float radius, ImVec4 color, bool gives = false) {
    const float r = std::max(radius * 0.9f, 5.0f);
    draw->AddRectFilled(ImVec2(centre.x - r, centre.y - r), ImVec2(centre.x + r, centre.y + r), ImGui::ColorConvertFloat4ToU32(page_ground()));
    // (In the giver's lane pale as a disc there is: the same total, not a second one.)
    if (gives) draw->AddRectFilled(ImVec2(centre.x - r, centre.y - r), ImVec2(centre.x + r, centre.y + r), with_alpha(color, pale_fill_alpha() * color.w));
    draw->AddRect(ImVec2(centre.x - r + 1, centre.y - r + 1), ImVec2(centre.x + r - 1, centre.y + r - 1), with_alpha(color, color.w), 0, 0, gives ? 1.0f : 2.0f);
}

// A valuation: a hollow diamond of the amount's size with the page showing through, so that a firm's
// value does not read as money it received.
void draw_valuation(ImDrawList* draw, ImVec2 centre, float radius, ImVec4 color) {
    const float r = std::max(radius, 5.0f);
    const ImVec2 top(centre.x, centre.y - r), right(centre.x + r, centre.y), bottom(centre.x, centre.y + r), left(centre.x - r, centre.y);
    draw->AddQuadFilled(top, right, bottom, left, ImGui::ColorConvertFloat4ToU32(page_ground()));
    draw->AddQuad(ImVec2(top.x, top.y + 1), ImVec2(right.x - 1, right.y), ImVec2(bottom.x, bottom.y - 1), ImVec2(left.x + 1, left.y), with_alpha(color, color.w), 2.0f);
}

// A cluster is a pie of its type families (what kind of events it holds, at a glance) with its
// count on a dark disc in the middle, legible over any of the colours.
void draw_cluster(ImDrawList* draw, ImVec2 centre, const TimelineMarkShape& s) {
    const float total = static_cast<float>(s.count);
    constexpr float kPi = 3.14159265f;
    float angle = -kPi / 2;
    for (std::size_t f = 0; f < s.family_counts.size(); ++f) {
        if (s.family_counts[f] == 0) continue;
        if (static_cast<std::size_t>(s.family_counts[f]) == s.count) {  // one kind: a whole disc, no seam
            draw->AddCircleFilled(centre, s.radius, with_alpha(mark_on_page(family_color(kTypeFamilies[f])), 0.95f));
            break;
        }
        const float sweep = 2 * kPi * static_cast<float>(s.family_counts[f]) / total;
        draw->PathLineTo(centre);
        draw->PathArcTo(centre, s.radius, angle, angle + sweep, std::max(4, static_cast<int>(sweep * 6)));
        draw->PathFillConvex(with_alpha(mark_on_page(family_color(kTypeFamilies[f])), 0.95f));
        angle += sweep;
    }
    const std::string n = std::to_string(s.count);
    const ImVec2 ts = ImGui::CalcTextSize(n.c_str());
    draw->AddCircleFilled(centre, std::max(ts.x, ts.y) / 2 + 2, IM_COL32(20, 20, 28, 220));
    draw->AddText(ImVec2(centre.x - ts.x / 2, centre.y - ts.y / 2), IM_COL32_WHITE, n.c_str());
}

// Axis, lane bands and names, marks and their amounts, as the scene has them.
// `visible_top`: the lanes scrolled past (from the axis' top); the years then stay at the top of the view.
void draw_scene(ImDrawList* draw, ImVec2 origin, const TimelineScene& scene, const AppState& state, float width, float grid_bottom, float visible_top) {
    const auto at = [&](float x, float y) { return ImVec2(origin.x + x, origin.y + y); };
    const float line_height = ImGui::GetTextLineHeight();
    // Shaded lanes first, so the years' lines run over them too.
    for (const TimelineLaneRow& lane : scene.lanes)
        if (lane.shaded) draw->AddRectFilled(at(0, lane.top), at(width, lane.top + lane.height), ImGui::GetColorU32(ImGuiCol_TableRowBgAlt));
    for (const TimelineTickLine& t : scene.ticks) {
        draw->AddLine(at(t.x, kTimelineAxisHeight - 6), at(t.x, grid_bottom), ImGui::GetColorU32(ImGuiCol_Border, t.major ? 0.9f : 0.45f));
        draw->AddText(at(t.label_x, 4), ImGui::GetColorU32(t.major ? ImGuiCol_Text : ImGuiCol_TextDisabled), t.label.c_str());
    }
    for (const TimelineLaneRow& lane : scene.lanes)
        draw->AddText(at(4, lane.name_middle - line_height / 2), ImGui::GetColorU32(ImGuiCol_Text), lane.name.c_str());
    // Marks and their amounts stay inside the plot: panned out of it they pass under the lane names.
    // (Into the right gutter no further than the margin a plot without one has.)
    draw->PushClipRect(at(scene.geometry.axis_x - 2, 0), at(std::min(width, scene.geometry.axis_x + scene.geometry.plot_width + 8), grid_bottom + 40), true);
    for (const TimelineMarkShape& s : scene.marks) {
        ImVec4 color = mark_on_page(type_color(state.data.events.events[s.first_event].type));
        if (scene.searching && !s.matched) color.w = 0.3f;  // while a query stands, what it did not find fades
        if (scene.fading_for_entity && !s.of_chosen_entity) color.w = std::min(color.w, 0.3f);  // and the deals of others than the chosen entity
        if (s.shape == MarkShape::cluster) {
            draw_cluster(draw, at(s.cx, s.cy), s);
        } else if (s.shape == MarkShape::span) {
            // The period, faint, and the amount's disc at its middle (hollow for a table's row, as its point would be).
            const ImVec2 a = at(s.x0, s.cy - s.bar_height / 2), b = at(s.x1, s.cy + s.bar_height / 2);
            const Event& e = state.data.events.events[s.first_event];
            // On a dark ground a faint bar sinks into it: it needs more of its colour to be seen.
            const float bar_alpha = dark_ground() ? 0.6f : 0.35f;
            draw->AddRectFilled(a, b, with_alpha(color, bar_alpha * color.w), 2.0f);
            if (restates_a_total(e)) {
                draw_running_total(draw, at(s.cx, s.cy), s.radius, color, s.gives);
            } else if (values_a_firm(e)) {
                draw_valuation(draw, at(s.cx, s.cy), s.radius, color);
            } else if (e.table && e.sources.empty()) {
                const float r = std::max(s.radius, 5.0f);
                draw->AddCircleFilled(at(s.cx, s.cy), r, ImGui::ColorConvertFloat4ToU32(page_ground()));
                draw->AddCircle(at(s.cx, s.cy), r - 1, with_alpha(color, color.w), 0, 2.0f);
            } else {
                draw_disc(draw, at(s.cx, s.cy), s.radius, color, s.gives);
            }
        } else if (restates_a_total(state.data.events.events[s.first_event])) {
            draw_running_total(draw, at(s.cx, s.cy), s.radius, color, s.gives);
        } else if (values_a_firm(state.data.events.events[s.first_event])) {
            draw_valuation(draw, at(s.cx, s.cy), s.radius, color);
        } else if (const Event& e = state.data.events.events[s.first_event]; e.table && e.sources.empty()) {
            // From the user's table, quoting no article: a ring with the page showing through, big
            // enough to be seen as one, so it reads apart from what articles say.
            const float r = std::max(s.radius, 5.0f);
            draw->AddCircleFilled(at(s.cx, s.cy), r, ImGui::ColorConvertFloat4ToU32(page_ground()));
            draw->AddCircle(at(s.cx, s.cy), r - 1, with_alpha(color, color.w), 0, 2.0f);
        } else {
            draw_disc(draw, at(s.cx, s.cy), s.radius, color, s.gives);
        }
        if (s.disputed) {  // a faded mark's ring fades with it
            ImVec4 ring = attention_color();
            ring.w *= color.w;
            draw->AddCircle(at(s.cx, s.cy), s.radius + 2.5f, ImGui::ColorConvertFloat4ToU32(ring), 0, 2.0f);
        }
        if (scene.searching && s.matched) draw->AddCircle(at(s.cx, s.cy), s.radius + 3, ImGui::ColorConvertFloat4ToU32(mark_on_page(match_color())), 0, 2.0f);
        if (s.selected) draw->AddCircle(at(s.cx, s.cy), s.radius + 4, ImGui::GetColorU32(ImGuiCol_Text), 0, 2.5f);
    }
    // An amount on its lane's own ground: a year's line ran through "$10bn" on a phone.
    for (const TimelineLabel& label : scene.amounts) {
        if (label.leader)
            draw->AddLine(at(label.leader_x0, label.leader_y0), at(label.leader_x1, label.leader_y1), ImGui::GetColorU32(ImGuiCol_TextDisabled), 1.0f);
        const ImVec2 a = at(label.x - 1, label.y), b = at(label.x + ImGui::CalcTextSize(label.text.c_str()).x + 1, label.y + line_height);
        draw->AddRectFilled(a, b, ImGui::GetColorU32(ImGuiCol_WindowBg));
        const auto lane = std::find_if(scene.lanes.begin(), scene.lanes.end(), [&](const TimelineLaneRow& l) {
            return label.y + line_height / 2 >= l.top && label.y + line_height / 2 < l.top + l.height;
        });
        if (lane != scene.lanes.end() && lane->shaded) draw->AddRectFilled(a, b, ImGui::GetColorU32(ImGuiCol_TableRowBgAlt));
        draw->AddText(at(label.x, label.y), ImGui::GetColorU32(ImGuiCol_TextDisabled), label.text.c_str());
    }
    draw->PopClipRect();
    // Edge markers: a small arrowhead pointing out of the view and the number of events there, on a
    // chip of their own in the gutters beside the plot (a tap on one widens the view to them).
    const ImU32 muted = ImGui::GetColorU32(ImGuiCol_TextDisabled);
    for (const TimelineEdgeMarker& e : scene.edge_markers) {
        const float d = e.before ? -1.0f : 1.0f;
        const float left = e.before ? e.x - 7 : e.x - e.width - 1;
        const ImVec2 a = at(left, e.y - line_height / 2 - 2), b = at(left + e.width + 8, e.y + line_height / 2 + 2);
        draw->AddRectFilled(a, b, ImGui::GetColorU32(ImGuiCol_WindowBg), 4.0f);
        draw->AddRect(a, b, ImGui::GetColorU32(ImGuiCol_Border), 4.0f);
        draw->AddTriangleFilled(at(e.x + d * 5, e.y), at(e.x - d * 1, e.y - 5), at(e.x - d * 1, e.y + 5), muted);
        const float w = ImGui::CalcTextSize(e.text.c_str()).x;
        draw->AddText(at(e.before ? e.x + 5 : e.x - 5 - w, e.y - line_height / 2), muted, e.text.c_str());
    }
    // Scrolled down the lanes, the years come along: a band at the top of the view names them.
    if (visible_top > 0) {
        const float band = kTimelineAxisHeight - 6;
        draw->AddRectFilled(at(scene.geometry.axis_x - 2, visible_top), at(width, visible_top + band), ImGui::GetColorU32(ImGuiCol_WindowBg));
        for (const TimelineTickLine& t : scene.ticks)
            draw->AddText(at(t.label_x, visible_top + 4), ImGui::GetColorU32(t.major ? ImGuiCol_Text : ImGuiCol_TextDisabled), t.label.c_str());
    }
}

// The edge marker under the pointer says what lies beyond the view and what a click does.
void edge_marker_tooltip(const TimelineEdgeMarker& e, Language lang) {
    const bool de = lang == Language::de;
    const bool one = e.count == 1;
    const char* words = e.before ? (de ? (one ? "früheres Ereignis" : "frühere Ereignisse") : (one ? "earlier event" : "earlier events"))
                                 : (de ? (one ? "späteres Ereignis" : "spätere Ereignisse") : (one ? "later event" : "later events"));
    ImGui::SetTooltip("%d %s: %s", e.count, words, de ? "klicken, um das nächste einzublenden" : "click to show the nearest too");
}

// The events of the mark under the pointer: what happened, when, how much, and the source.
void mark_tooltip(const AppState& state, const TimelineMark& m) {
    const Language lang = state.view.language;
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 24);
    for (std::size_t n = 0; n < std::min<std::size_t>(m.events.size(), 6); ++n) {
        const Event& e = state.data.events.events[m.events[n]];
        ImGui::TextUnformatted(event_summary(e, lang).c_str());
        const std::string amount = event_amount_text(e, lang);
        const auto source_index = e.sources.empty() ? std::nullopt : article_index(state, e.sources.front().article);
        const Article* source = source_index ? &state.data.corpus.articles[*source_index] : nullptr;
        ImGui::TextDisabled("%s%s%s%s%s", event_date_text(e, lang).c_str(), amount.empty() ? "" : " · ", amount.c_str(), source ? " · " : "",
                            source ? source_text(*source, lang).c_str() : "");
    }
    if (m.events.size() > 6) ImGui::TextDisabled("+ %zu", m.events.size() - 6);
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

constexpr double kZoomHintSeconds = 1.5;

// After a plain wheel over lanes that scroll: how to zoom, in a pill amid the chart's part in sight.
void draw_zoom_hint(const TimelineViewState& view, ImVec2 origin, float width, Language lang, Actions& actions) {
    if (ImGui::GetTime() >= view.zoom_hint_until) return;
    const char* text = tr("Ctrl + wheel to zoom", lang);
    const ImVec2 size = ImGui::CalcTextSize(text);
    const ImVec2 pad(12, 6);
    const float top = std::max(origin.y, ImGui::GetWindowPos().y), bottom = ImGui::GetWindowPos().y + ImGui::GetWindowHeight();
    const ImVec2 a(origin.x + (width - size.x) / 2 - pad.x, (top + bottom - size.y) / 2 - pad.y);
    const ImVec2 b(a.x + size.x + 2 * pad.x, a.y + size.y + 2 * pad.y);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(a, b, ImGui::GetColorU32(ImGuiCol_PopupBg), (b.y - a.y) / 2);
    draw->AddRect(a, b, ImGui::GetColorU32(ImGuiCol_Border), (b.y - a.y) / 2);
    draw->AddText(ImVec2(a.x + pad.x, a.y + pad.y), ImGui::GetColorU32(ImGuiCol_Text), text);
    const ImVec2 viewport = ImGui::GetMainViewport()->Pos;
    actions.drawn.targets.push_back({"timeline:zoom-hint", a.x - viewport.x, a.y - viewport.y, b.x - a.x, b.y - a.y});
}

// The wheel scrolls the lanes when they run past the view, as a page does; Ctrl (or ⌘) with the wheel
// zooms about the pointer, and so does a pinch (browsers send a trackpad's as Ctrl+wheel; the page a
// touch pinch). Lanes that all fit leave the wheel nothing to scroll, so there it zooms. A plain wheel
// over scrolling lanes shows how to zoom for a moment, as maps do. A sideways wheel (trackpads) or
// a drag pans. Keys: + and - zoom about the centre, Page Up / Page Down pan, Home fits all. Zoom and
// pan stay near the data.
void navigate(const AppState& state, const TimelineGeometry& g, float mouse_x, bool hovered, bool brushing, TimelineViewState& view, Actions& actions) {
    const ImGuiIO& io = ImGui::GetIO();
    const TimeScale& scale = state.view.time;
    const bool over_names = mouse_x < g.axis_x;
    const bool zoom_key = io.KeyCtrl || io.KeySuper;
    const bool lanes_scroll = ImGui::GetScrollMaxY() > 0;
    if (hovered && io.MouseWheel != 0 && (over_names || (lanes_scroll && !zoom_key))) {
        ImGui::SetScrollY(ImGui::GetScrollY() - io.MouseWheel * kTimelineLaneHeight * 2);
        if (!over_names) view.zoom_hint_until = ImGui::GetTime() + kZoomHintSeconds;
    } else if (hovered && io.MouseWheel != 0) {
        const double anchor = x_to_time(scale, mouse_x, g.axis_x, g.plot_width);
        actions.set_time = zoom_about(scale, anchor, std::pow(0.85, io.MouseWheel));
        view.zoom_hint_until = 0;
    }
    if (hovered && io.MouseWheelH != 0) actions.set_time = pan_by(actions.set_time.value_or(scale), -io.MouseWheelH * 0.1 * (scale.end - scale.start));
    if (ImGui::IsItemActive() && !brushing && ImGui::IsMouseDragging(0, 2.0f)) {
        const double days = -static_cast<double>(io.MouseDelta.x) / g.plot_width * (scale.end - scale.start);
        actions.set_time = pan_by(actions.set_time.value_or(scale), days);
        ImGui::SetScrollY(ImGui::GetScrollY() - io.MouseDelta.y);  // the chart follows the hand down the lanes too
    }
    if (!io.WantTextInput) {
        const double centre = (scale.start + scale.end) / 2;
        if (typed('+') || typed('=')) actions.set_time = zoom_about(scale, centre, 0.7);
        if (typed('-')) actions.set_time = zoom_about(scale, centre, 1 / 0.7);
        if (key_pressed(ImGuiKey_PageUp)) actions.set_time = pan_by(scale, -(scale.end - scale.start) * 0.25);
        if (key_pressed(ImGuiKey_PageDown)) actions.set_time = pan_by(scale, (scale.end - scale.start) * 0.25);
        if (key_pressed(ImGuiKey_Home)) actions.set_time = fit_all_events(state);
    }
    if (actions.set_time) actions.set_time = keep_within(*actions.set_time, time_bounds(state));
}

}  // namespace

void draw_timeline(const AppState& state, TimelineViewState& view, Actions& actions) {
    // An embed is a graphic: its frame draws the key, and the reader gets no settings. Above a phone's detail
    // sheet the chart keeps the short room; the settings and key come back with the sheet put away.
    const bool settings = !state.host.embed && !view.above_sheet;
    if (settings) controls(state, view, actions);
    const Language lang = state.view.language;
    const std::size_t undated = state.derived.timeline.undated.size();
    if (undated > 0 && settings) {
        // A dot parts it from the key on the same line; on a line of its own it starts with the count.
        const std::string note = events_count_text(static_cast<int>(undated), lang) + ": " + tr("date unknown", lang);
        const std::string beside = "\u00b7 " + note;
        const float line_end = ImGui::GetItemRectMax().x - ImGui::GetWindowPos().x;
        const bool fits = ImGui::GetWindowContentRegionMax().x - line_end > ImGui::CalcTextSize(beside.c_str()).x + ImGui::GetStyle().ItemSpacing.x;
        if (fits) ImGui::SameLine();
        ImGui::TextDisabled("%s", (fits ? beside : note).c_str());
    }
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    TimelineFrame frame;
    frame.width = avail.x;
    frame.height = avail.y;
    frame.visible_top = draw->GetClipRectMin().y - origin.y;
    frame.visible_bottom = draw->GetClipRectMax().y - origin.y;
    frame.line_height = ImGui::GetTextLineHeight();
    frame.measure = [](std::string_view text) { return ImGui::CalcTextSize(text.data(), text.data() + text.size()).x; };
    // A graphic shows the lanes that fit; with a mark opened (its sheet takes room) the lanes scroll
    // instead, so that the opened mark's lane is not among those left out.
    frame.lanes_that_fit = state.host.embed && !state.selection.event;
    // In an embed a new range from a link or story step is glided to; the reader's own zoom and pan
    // (what this view asked for last) are taken at once.
    const TimeScale& target = state.view.time;
    const auto same = [](const TimeScale& a, const TimeScale& b) { return a.start == b.start && a.end == b.end; };
    if (!state.host.embed || !view.shown || (view.asked && same(*view.asked, target))) view.shown = target;
    else view.shown = glide_toward(*view.shown, target, ImGui::GetIO().DeltaTime);
    view.gliding = !same(*view.shown, target);
    frame.scale = view.shown;
    const TimelineScene scene = build_timeline_scene(state, frame);
    const TimelineGeometry& g = scene.geometry;
    actions.drawn.content_height = origin.y - ImGui::GetWindowPos().y + scene.wanted_height + ImGui::GetStyle().WindowPadding.y * 2;
    actions.drawn.timeline_marks = static_cast<int>(scene.marks.size());
    actions.drawn.timeline_clusters = scene.clusters;
    actions.drawn.timeline_hidden = scene.hidden_events;
    actions.drawn.timeline_edge_markers = static_cast<int>(scene.edge_markers.size());
    actions.drawn.timeline_selected_x = scene.selected_x;
    actions.drawn.timeline_label_overlaps = scene.label_overlaps;
    actions.drawn.timeline_clipped_labels = scene.clipped_labels;
    actions.drawn.timeline_amounts_unnamed = scene.amounts_unnamed;
    actions.drawn.timeline_matched = scene.matched;
    // Clusters in sight as named click targets, so a test clicks one as a user would.
    const ImVec2 viewport = ImGui::GetMainViewport()->Pos;
    for (const TimelineMarkShape& s : scene.marks) {
        if (s.shape != MarkShape::cluster || s.cy < frame.visible_top || s.cy > frame.visible_bottom || actions.drawn.targets.size() > 200) continue;
        actions.drawn.targets.push_back({"cluster:" + state.data.events.events[s.first_event].id, origin.x + s.cx - s.radius - viewport.x,
                                         origin.y + s.cy - s.radius - viewport.y, 2 * s.radius, 2 * s.radius});
    }

    // The selected mark, when in sight ("mark:selected"): a selection brings it into view.
    for (const TimelineMarkShape& s : scene.marks) {
        if (!s.selected || s.cy < frame.visible_top + kTimelineAxisHeight || s.cy > frame.visible_bottom) continue;
        actions.drawn.targets.push_back({"mark:selected", origin.x + s.cx - s.radius - viewport.x, origin.y + s.cy - s.radius - viewport.y, 2 * s.radius, 2 * s.radius});
        break;
    }
    // Edge markers too ("earlier:openai"): a tap on one widens the view to what it counts.
    for (const TimelineEdgeMarker& e : scene.edge_markers) {
        if (e.y < frame.visible_top || e.y > frame.visible_bottom || actions.drawn.targets.size() > 260) continue;
        const float left = e.before ? e.x - 6 : e.x - e.width;
        actions.drawn.targets.push_back({std::string(e.before ? "earlier:" : "later:") + state.derived.timeline.lanes[e.lane].key,
                                         origin.x + left - viewport.x, origin.y + e.y - 8 - viewport.y, e.width + 6, 16});
    }

    // A newly selected event out of sight (no lane of it in view): its first lane scrolled into view,
    // the time panned to it.
    if (state.selection.event != view.revealed && !state.host.story) {
        view.revealed = state.selection.event;
        const auto places = state.selection.event ? timeline_places_of(state.derived.timeline, *state.selection.event) : std::vector<TimelinePlace>{};
        const auto in_sight = [&](const TimelinePlace& p) {
            return g.lane_top(p.lane) + g.lane_height(p.lane) > frame.visible_top + kTimelineAxisHeight && g.lane_top(p.lane) < frame.visible_bottom;
        };
        // (A lane whose top shows is not enough: "Anthropic" at the view's bottom had its marks below the fold. The
        // selected mark itself is brought to a third of the view's height when it is out of sight.)
        const auto mark = std::find_if(scene.marks.begin(), scene.marks.end(), [](const TimelineMarkShape& m) { return m.selected; });
        const bool mark_hidden = mark != scene.marks.end() &&
                                 (mark->cy < frame.visible_top + kTimelineAxisHeight + mark->radius || mark->cy > frame.visible_bottom - mark->radius);
        if (!places.empty()) {
            if (mark_hidden) {
                ImGui::SetScrollY(std::max(0.0f, ImGui::GetScrollY() + mark->cy - (frame.visible_top + (frame.visible_bottom - frame.visible_top) / 3)));
            } else if (std::none_of(places.begin(), places.end(), in_sight)) {
                ImGui::SetScrollY(std::max(0.0f, ImGui::GetScrollY() + g.lane_top(places[0].lane) - frame.visible_top - kTimelineAxisHeight));
            }
            const TimelineItem& item = *places[0].item;
            const TimeScale& shown = *view.shown;
            if (item.end < shown.start || item.start > shown.end) actions.set_time = pan_by(shown, (item.start + item.end) / 2 - (shown.start + shown.end) / 2);
        }
    }

    // One interaction surface over the axis and lanes: the wheel scrolls or zooms, drag pans, Shift+drag brushes.
    ImGui::InvisibleButton("timeline", ImVec2(avail.x, g.height));
    claim_drags();
    const bool hovered = ImGui::IsItemHovered();
    const ImGuiIO& io = ImGui::GetIO();
    const auto at = [&](float x, float y) { return ImVec2(origin.x + x, origin.y + y); };
    const float grid_bottom = std::min(g.content_height, g.height);
    draw->PushClipRect(origin, at(avail.x, g.height), true);
    draw_scene(draw, origin, scene, state, avail.x, grid_bottom, frame.visible_top);
    if (!scene.left_out_text.empty()) draw->AddText(at(6, g.content_height + 2), ImGui::GetColorU32(ImGuiCol_TextDisabled), scene.left_out_text.c_str());
    const std::optional<std::size_t> hovered_mark =
        hovered ? timeline_mark_at(scene, io.MousePos.x - origin.x, io.MousePos.y - origin.y) : std::nullopt;

    // Brush (Shift+drag): shaded while dragging, a date-range filter on release.
    std::optional<float>& brush_from = view.brush_from;
    if (hovered && ImGui::IsMouseClicked(0) && io.KeyShift) brush_from = io.MousePos.x - origin.x;
    if (brush_from) {
        const float mouse_x = io.MousePos.x - origin.x;
        draw->AddRectFilled(at(std::min(*brush_from, mouse_x), 0), at(std::max(*brush_from, mouse_x), grid_bottom),
                            ImGui::GetColorU32(ImGuiCol_TextSelectedBg));
        if (ImGui::IsMouseReleased(0)) {
            if (std::fabs(mouse_x - *brush_from) > 4) {
                Filters f = state.view.filters;
                std::tie(f.from_day, f.to_day) = brushed_days(state.view.time, scene, *brush_from, mouse_x);
                actions.set_filters = f;
            }
            brush_from.reset();
        }
    }
    // A story step's note beside the selected event's mark (the embed shows no detail sheet then).
    if (state.host.story) {
        const auto selected = std::find_if(scene.marks.begin(), scene.marks.end(), [](const TimelineMarkShape& s) { return s.selected; });
        if (selected != scene.marks.end()) {
            std::vector<CalloutBox> obstacles;  // not under what the page lays over the picture ("Tap to explore")
            add_page_cover(state.host, origin, obstacles);
            const std::optional<CanvasBox> note = draw_callout(draw, origin, ImVec2(selected->cx, selected->cy), ImVec2(avail.x, grid_bottom), selection_note(state), obstacles);
            if (actions.drawn.graphic) actions.drawn.graphic->note_box = note;
        }
    }
    draw->PopClipRect();

    // An edge marker tells what lies beyond the view; a click or tap on it widens the view to it.
    const std::optional<std::size_t> hovered_marker =
        hovered && !hovered_mark ? timeline_edge_marker_at(scene, io.MousePos.x - origin.x, io.MousePos.y - origin.y) : std::nullopt;
    if (hovered_marker) {
        const TimelineEdgeMarker& e = scene.edge_markers[*hovered_marker];
        if (!io.MouseDown[0]) edge_marker_tooltip(e, state.view.language);
        if (ImGui::IsMouseReleased(0) && !brush_from && ImGui::GetMouseDragDelta(0).x == 0) actions.set_time = reach_marker(state.view.time, e);
    }
    // Tooltip and click on a mark; a click on a cluster lists its events in the detail.
    if (hovered_mark) {
        const TimelineMarkShape& s = scene.marks[*hovered_mark];
        const TimelineMark& m = scene.layout.marks[s.mark];
        // Once the mark is opened in the detail, a tooltip repeating it would only cover the chart.
        if (!s.selected) mark_tooltip(state, m);
        if (ImGui::IsMouseReleased(0) && !brush_from && ImGui::GetMouseDragDelta(0).x == 0) {
            if (m.events.size() == 1) actions.select_event = m.events.front();
            else actions.select_group = m.events;  // listed in the detail, which also zooms to them
        }
    }
    navigate(state, g, io.MousePos.x - origin.x, hovered, brush_from.has_value(), view, actions);
    draw_zoom_hint(view, origin, avail.x, state.view.language, actions);
    if (actions.set_time) view.asked = actions.set_time;
}

}  // namespace ds::ui

#include "timeline_view.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>

#include <imgui.h>

#include "core/events/event_format.h"
#include "explorer/layout/label_layout.h"
#include "explorer/layout/timeline_layout.h"
#include "event_colors.h"
#include "keys.h"
#include "strings.h"

namespace ds::ui {

namespace {

constexpr float kAxisHeight = 28.0f;
constexpr float kLaneHeight = 30.0f;

ImU32 with_alpha(ImVec4 c, float a) { return ImGui::ColorConvertFloat4ToU32(ImVec4(c.x, c.y, c.z, a)); }

void controls(const AppState& state, TimelineViewState& view, Actions& actions) {
    const Language lang = state.view.language;
    if (ImGui::SmallButton(tr("Fit all", lang))) {
        actions.set_time = fit_all_events(state);
    }
    ImGui::SameLine();
    ImGui::TextDisabled("%s:", tr("Lanes", lang));
    ImGui::SameLine();
    if (ImGui::RadioButton(tr("by entity", lang), state.view.lanes == LaneMode::entity)) actions.set_lanes = LaneMode::entity;
    ImGui::SameLine();
    if (ImGui::RadioButton(tr("by type", lang), state.view.lanes == LaneMode::type)) actions.set_lanes = LaneMode::type;
    // Legend: colour by family, size by amount; folded away on narrow screens until asked for.
    if (ImGui::GetContentRegionAvail().x < 600) {
        ImGui::SameLine();
        ImGui::Checkbox(tr("Legend", state.view.language), &view.legend_open);
        if (!view.legend_open) return;
    }
    for (const TypeFamily f : kTypeFamilies) {
        ImGui::SameLine();
        if (ImGui::GetContentRegionAvail().x < 140) ImGui::NewLine();
        const ImVec2 p = ImGui::GetCursorScreenPos();
        const float h = ImGui::GetTextLineHeight();
        ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(p.x + 6, p.y + h / 2), 5, ImGui::ColorConvertFloat4ToU32(family_color(f)));
        ImGui::Dummy(ImVec2(14, h));
        ImGui::SameLine(0, 2);
        ImGui::TextDisabled("%s", type_family_label(f, lang));
    }
    ImGui::SameLine();
    if (ImGui::GetContentRegionAvail().x < 200) ImGui::NewLine();
    ImGui::TextDisabled("%s:", tr("Sizes", lang));
    for (const double usd : kLegendAmounts) {
        ImGui::SameLine();
        const ImVec2 p = ImGui::GetCursorScreenPos();
        const float r = radius_for_amount(usd);
        const float h = ImGui::GetTextLineHeight();
        ImGui::GetWindowDrawList()->AddCircle(ImVec2(p.x + r, p.y + h / 2), r, ImGui::GetColorU32(ImGuiCol_Text));
        ImGui::Dummy(ImVec2(2 * r + 2, h));
        ImGui::SameLine(0, 2);
        ImGui::TextDisabled("%s", usd >= 1e11 ? "$100B" : usd >= 1e9 ? "$1B" : "$1M");
    }
}

}  // namespace

void draw_timeline(const AppState& state, TimelineViewState& view, Actions& actions) {
    controls(state, view, actions);
    const TimelineIndex& index = state.derived.timeline;
    const std::size_t undated = index.undated.size();
    if (undated > 0) {
        ImGui::SameLine();
        ImGui::TextDisabled("· %zu %s: %s", undated, tr("events", state.view.language), tr("date unknown", state.view.language));
    }
    const Language lang = state.view.language;
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const float label_w = std::clamp(avail.x * 0.18f, 80.0f, 150.0f);
    const float axis_x = origin.x + label_w;
    const float width = std::max(avail.x - label_w - 8, 50.0f);
    const TimeScale& scale = state.view.time;
    const auto& lanes = index.lanes;
    const float content_h = kAxisHeight + kLaneHeight * static_cast<float>(lanes.size()) + 8;
    // Only the lanes inside the window's visible part are laid out and drawn (there may be thousands).
    const ImVec2 clip_min = ImGui::GetWindowDrawList()->GetClipRectMin(), clip_max = ImGui::GetWindowDrawList()->GetClipRectMax();
    const auto lane_at = [&](float y) { return std::max(0.0f, (y - origin.y - kAxisHeight) / kLaneHeight); };
    const auto first_lane = std::min(static_cast<std::size_t>(lane_at(clip_min.y)), lanes.size());
    const auto last_lane = std::min(static_cast<std::size_t>(lane_at(clip_max.y)) + 1, lanes.size());
    // Marks closer than a cluster's diameter merge, so counted clusters never overlap each other.
    const TimelineLayout layout = layout_timeline(index, scale, width, state.selection.event, 18.0f, first_lane, last_lane);
    actions.drawn.content_height = origin.y - ImGui::GetWindowPos().y + content_h + ImGui::GetStyle().WindowPadding.y * 2;
    const float height = std::max({avail.y, 120.0f, content_h});  // taller than the view: the lanes scroll

    // One interaction surface over the axis and lanes: wheel zooms, drag pans, Shift+drag brushes.
    ImGui::InvisibleButton("timeline", ImVec2(avail.x, height));
    const bool hovered = ImGui::IsItemHovered();
    const ImGuiIO& io = ImGui::GetIO();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->PushClipRect(origin, ImVec2(origin.x + avail.x, origin.y + height), true);
    const float scroll_y = 0;  // lanes beyond the height are cut; lanes by type stay few

    // Ticks and grid.
    const auto ticks = time_ticks(scale, width, 40.0f, lang);
    for (const Tick& t : ticks) {
        const auto x = static_cast<float>(time_to_x(scale, t.day, axis_x, width));
        draw->AddLine(ImVec2(x, origin.y + kAxisHeight - 6), ImVec2(x, origin.y + std::min(content_h, height)),
                      ImGui::GetColorU32(ImGuiCol_Border, t.major ? 0.9f : 0.45f));
        draw->AddText(ImVec2(x + 3, origin.y + 4), ImGui::GetColorU32(t.major ? ImGuiCol_Text : ImGuiCol_TextDisabled), t.label.c_str());
    }
    // Lane labels and bands.
    for (std::size_t l = first_lane; l < last_lane; ++l) {
        const float y = origin.y + kAxisHeight + kLaneHeight * static_cast<float>(l) - scroll_y;
        if (l % 2 == 1) draw->AddRectFilled(ImVec2(origin.x, y), ImVec2(origin.x + avail.x, y + kLaneHeight), ImGui::GetColorU32(ImGuiCol_TableRowBgAlt));
        std::string label = state.view.lanes == LaneMode::type ? type_label(lanes[l].key, lang) : lanes[l].label;
        while (label.size() > 3 && ImGui::CalcTextSize(label.c_str()).x > label_w - 8) label = label.substr(0, label.size() - 4) + "…";
        draw->AddText(ImVec2(origin.x + 4, y + (kLaneHeight - ImGui::GetTextLineHeight()) / 2), ImGui::GetColorU32(ImGuiCol_Text), label.c_str());
    }

    // Marks, then their labels where they fit (larger amounts first).
    Drawn& drawn = actions.drawn;
    drawn.timeline_marks = static_cast<int>(layout.marks.size());
    drawn.timeline_clusters = 0;
    std::optional<std::size_t> hovered_mark;
    std::vector<LabelRequest> labels;
    std::vector<std::size_t> label_mark;
    for (std::size_t k = 0; k < layout.marks.size(); ++k) {
        const TimelineMark& m = layout.marks[k];
        const float cy = origin.y + kAxisHeight + kLaneHeight * (static_cast<float>(m.lane) + 0.5f) - scroll_y;
        const float x0 = axis_x + m.x0, x1 = axis_x + m.x1;
        const Event& first = state.data.events.events[m.events.front()];
        const ImVec4 color = type_color(first.type);
        const bool cluster = m.events.size() > 1;
        drawn.timeline_clusters += cluster ? 1 : 0;
        const ImVec2 mouse = io.MousePos;
        bool over = false;
        if (cluster) {
            const float r = std::max(m.radius, 9.0f);
            const float cx = (x0 + x1) / 2;
            draw->AddCircleFilled(ImVec2(cx, cy), r, with_alpha(ImVec4(0.45f, 0.45f, 0.5f, 1), 0.85f));
            const std::string n = std::to_string(m.events.size());
            const ImVec2 ts = ImGui::CalcTextSize(n.c_str());
            draw->AddText(ImVec2(cx - ts.x / 2, cy - ts.y / 2), IM_COL32_WHITE, n.c_str());
            over = std::hypot(mouse.x - cx, mouse.y - cy) <= r + 2;
        } else if (m.span) {
            const float h = std::max(4.0f, m.radius * 0.9f);
            draw->AddRectFilled(ImVec2(x0, cy - h / 2), ImVec2(std::max(x1, x0 + 2), cy + h / 2), with_alpha(color, 0.45f), 3.0f);
            draw->AddRect(ImVec2(x0, cy - h / 2), ImVec2(std::max(x1, x0 + 2), cy + h / 2), with_alpha(color, 1.0f), 3.0f);
            over = mouse.x >= x0 - 2 && mouse.x <= x1 + 2 && std::fabs(mouse.y - cy) <= h / 2 + 3;
        } else {
            draw->AddCircleFilled(ImVec2(x0, cy), m.radius, with_alpha(color, 0.9f));
            over = std::hypot(mouse.x - x0, mouse.y - cy) <= m.radius + 2;
        }
        if (m.selected) {
            const float cx = m.span ? (x0 + x1) / 2 : x0;
            draw->AddCircle(ImVec2(cx, cy), m.radius + 4, ImGui::GetColorU32(ImGuiCol_Text), 0, 2.5f);
            drawn.timeline_selected_x = cx - axis_x;
        }
        if (over && hovered) hovered_mark = k;
        // The mark itself is an obstacle no label may cover.
        const float r = cluster ? std::max(m.radius, 9.0f) : m.radius;
        labels.push_back({(cluster ? (x0 + x1) / 2 - r : x0 - r), (cluster ? (x0 + x1) / 2 + r : std::max(x1, x0 + r)), m.lane, 1e9f});
        label_mark.push_back(SIZE_MAX);
        if (!cluster) {
            const std::string amount = event_amount_short(first);
            if (!amount.empty()) {
                const float w = ImGui::CalcTextSize(amount.c_str()).x;
                const float lx = (m.span ? x1 : x0 + m.radius) + 4;
                labels.push_back({lx, lx + w, m.lane, m.radius});
                label_mark.push_back(k);
            }
        }
    }
    const auto visible = place_labels(labels);
    for (std::size_t i = 0; i < labels.size(); ++i) {
        if (!visible[i] || label_mark[i] == SIZE_MAX) continue;
        const TimelineMark& m = layout.marks[label_mark[i]];
        const float cy = origin.y + kAxisHeight + kLaneHeight * (static_cast<float>(m.lane) + 0.5f) - scroll_y;
        draw->AddText(ImVec2(labels[i].x0, cy - ImGui::GetTextLineHeight() / 2), ImGui::GetColorU32(ImGuiCol_TextDisabled),
                      event_amount_short(state.data.events.events[m.events.front()]).c_str());
    }

    // Brush (Shift+drag): shaded while dragging, a date-range filter on release.
    std::optional<float>& brush_from = view.brush_from;
    if (hovered && ImGui::IsMouseClicked(0) && io.KeyShift) brush_from = io.MousePos.x;
    if (brush_from) {
        const float a = std::min(*brush_from, io.MousePos.x), b = std::max(*brush_from, io.MousePos.x);
        draw->AddRectFilled(ImVec2(a, origin.y), ImVec2(b, origin.y + std::min(content_h, height)), ImGui::GetColorU32(ImGuiCol_TextSelectedBg));
        if (ImGui::IsMouseReleased(0)) {
            if (b - a > 4) {
                Filters f = state.view.filters;
                f.from_day = static_cast<long>(x_to_time(scale, a, axis_x, width));
                f.to_day = static_cast<long>(x_to_time(scale, b, axis_x, width));
                actions.set_filters = f;
            }
            brush_from.reset();
        }
    }
    draw->PopClipRect();

    // Tooltip and click on a mark; a click on a cluster zooms into it.
    if (hovered_mark) {
        const TimelineMark& m = layout.marks[*hovered_mark];
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 24);
        for (std::size_t n = 0; n < std::min<std::size_t>(m.events.size(), 6); ++n) {
            const Event& e = state.data.events.events[m.events[n]];
            ImGui::TextUnformatted((lang == Language::de ? e.summary_de : e.summary_en).c_str());
            const std::string amount = event_amount_text(e);
            ImGui::TextDisabled("%s%s%s · %s", event_date_text(e).c_str(), amount.empty() ? "" : " · ", amount.c_str(),
                                e.sources.empty() ? "" : e.sources.front().article.c_str());
        }
        if (m.events.size() > 6) ImGui::TextDisabled("+ %zu", m.events.size() - 6);
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
        if (ImGui::IsMouseReleased(0) && !brush_from && ImGui::GetMouseDragDelta(0).x == 0) {
            if (m.events.size() == 1) actions.select_event = m.events.front();
            else {
                const double centre = x_to_time(scale, (m.x0 + m.x1) / 2, 0, width);
                actions.set_time = zoom_about(scale, centre, 0.25);
            }
        }
    }
    // Zoom with the wheel (or pinch, which the platform delivers as wheel), pan with drag.
    if (hovered && io.MouseWheel != 0) {
        const double anchor = x_to_time(scale, io.MousePos.x, axis_x, width);
        actions.set_time = zoom_about(scale, anchor, std::pow(0.85, io.MouseWheel));
    }
    if (ImGui::IsItemActive() && !brush_from && ImGui::IsMouseDragging(0, 2.0f)) {
        const double days = -static_cast<double>(io.MouseDelta.x) / width * (scale.end - scale.start);
        actions.set_time = pan_by(actions.set_time.value_or(scale), days);
    }
    // Keys: + and - zoom about the centre, Page Up / Page Down pan, Home fits all.
    if (!io.WantTextInput) {
        const double centre = (scale.start + scale.end) / 2;
        if (typed('+') || typed('=')) actions.set_time = zoom_about(scale, centre, 0.7);
        if (typed('-')) actions.set_time = zoom_about(scale, centre, 1 / 0.7);
        if (key_pressed(ImGuiKey_PageUp)) actions.set_time = pan_by(scale, -(scale.end - scale.start) * 0.25);
        if (key_pressed(ImGuiKey_PageDown)) actions.set_time = pan_by(scale, (scale.end - scale.start) * 0.25);
        if (key_pressed(ImGuiKey_Home)) {
            actions.set_time = fit_all_events(state);
        }
    }
}

}  // namespace ds::ui

#include "network_view.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include <imgui.h>

#include "core/articles/date_text.h"
#include "core/events/event_format.h"
#include "explorer/layout/label_layout.h"
#include "event_colors.h"
#include "keys.h"
#include "strings.h"

namespace ds::ui {

namespace {

constexpr std::size_t kMaxFlowsDrawn = 3000;
constexpr std::size_t kMaxNamedNodes = 300;
// Amounts on edges, largest flows first: more overlap into noise and cost a frame's time to format.
constexpr std::size_t kMaxEdgeLabels = 80;

// "$13B" on an edge; nothing when the flow names no amount.
std::string money_text(double usd) { return usd > 0 ? compact_money(usd, "USD") : ""; }

// The shape of a node says its kind (so colour is not the only cue).
NodeShape shape_of(const Entity* e) {
    if (!e) return NodeShape::circle;
    if (e->kind == "person") return NodeShape::triangle;
    if (e->kind == "investor" || e->kind == "fund" || e->kind == "government") return NodeShape::square;
    if (e->kind == "project" || e->kind == "product") return NodeShape::hexagon;
    return NodeShape::circle;
}

void node_shape(ImDrawList* d, ImVec2 c, float r, NodeShape shape, ImU32 fill, ImU32 line) {
    const float outline = r < 8 ? 1.0f : 2.0f;  // whole pixels draw from ImGui's baked line texture
    switch (shape) {
        case NodeShape::triangle:
            d->AddNgonFilled(c, r, fill, 3);
            d->AddNgon(c, r, line, 3, outline);
            break;
        case NodeShape::square:
            d->AddRectFilled(ImVec2(c.x - r, c.y - r), ImVec2(c.x + r, c.y + r), fill, 2);
            d->AddRect(ImVec2(c.x - r, c.y - r), ImVec2(c.x + r, c.y + r), line, 2, 0, outline);
            break;
        case NodeShape::hexagon:
            d->AddNgonFilled(c, r * 1.1f, fill, 6);
            d->AddNgon(c, r * 1.1f, line, 6, outline);
            break;
        case NodeShape::circle:  // automatic segment count: ImGui takes the points from a table, not sin/cos
            d->AddCircleFilled(c, r, fill);
            d->AddCircle(c, r, line, 0, outline);
            break;
    }
}

void time_controls(const AppState& state, Actions& actions) {
    const Language lang = state.view.language;
    const long first = state.derived.first_day.value_or(days_from_civil(2015, 1, 1));
    // The slider runs to today (or to the last event, if one is dated later).
    const auto today = static_cast<long>(std::chrono::duration_cast<std::chrono::hours>(std::chrono::system_clock::now().time_since_epoch()).count() / 24);
    const long last = std::max(state.derived.last_day.value_or(today), today);
    bool all = !state.view.network_as_of;
    if (ImGui::Checkbox(tr("All dates", lang), &all)) actions.set_network_as_of = all ? std::optional<long>() : std::optional<long>(last);
    ImGui::SameLine();
    if (ImGui::SmallButton(state.view.network_playing ? tr("Pause", lang) : tr("Play", lang))) {
        actions.set_playing = !state.view.network_playing;
        if (!state.view.network_playing && (all || *state.view.network_as_of >= last)) actions.set_network_as_of = first;
    }
    ImGui::SameLine();
    int day = static_cast<int>(state.view.network_as_of.value_or(last));
    ImGui::SetNextItemWidth(std::max(120.0f, ImGui::GetContentRegionAvail().x - 8));
    const std::string shown = std::string(tr("as of", lang)) + " " + iso_day(day);
    if (ImGui::SliderInt("##asof", &day, static_cast<int>(first), static_cast<int>(last), shown.c_str())) actions.set_network_as_of = day;
    // Playing moves the date a month per ~1/6 s of wall time, and stops at the end.
    if (state.view.network_playing && state.view.network_as_of) {
        const long next = *state.view.network_as_of + static_cast<long>(std::ceil(ImGui::GetIO().DeltaTime * 180.0f));
        actions.set_network_as_of = std::min(next, last);
        if (next >= last) actions.set_playing = false;
    }
}

}  // namespace

void draw_network(const AppState& state, NetworkViewState& view, Actions& actions) {
    time_controls(state, actions);
    // Legend (line style and colour by kind) and the cycles toggle; left out where the picture
    // needs every pixel (a small embed).
    if (ImGui::GetContentRegionAvail().y > 260) {
        ImGui::Checkbox(tr("Cycles", state.view.language), &view.show_cycles);
        for (int k = 0; k < 3; ++k) {
            ImGui::SameLine();
            if (ImGui::GetContentRegionAvail().x < 120) ImGui::NewLine();
            ImGui::TextColored(family_color(kTypeFamilies[k]), "%s %s", k == 1 ? "- - >" : k == 0 ? "—>" : "——",
                               type_family_label(kTypeFamilies[k], state.view.language));
        }
    }
    std::string& dragging = view.dragging;
    const NetworkLayout& layout = state.derived.network;
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const ImVec2 size(std::max(ImGui::GetContentRegionAvail().x, 100.0f), std::max(ImGui::GetContentRegionAvail().y, 100.0f));
    ImGui::InvisibleButton("network", size);
    const bool hovered = ImGui::IsItemHovered();
    const ImGuiIO& io = ImGui::GetIO();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->PushClipRect(origin, ImVec2(origin.x + size.x, origin.y + size.y), true);

    // Fit the layout's bounds into the view (leaving room for names on the right), then apply the camera.
    float min_x = -1, max_x = 1, min_y = -1, max_y = 1;
    if (!layout.nodes.empty()) {
        min_x = max_x = layout.nodes.front().at.x;
        min_y = max_y = layout.nodes.front().at.y;
        for (const auto& n : layout.nodes) {
            min_x = std::min(min_x, n.at.x), max_x = std::max(max_x, n.at.x);
            min_y = std::min(min_y, n.at.y), max_y = std::max(max_y, n.at.y);
        }
    }
    const float margin = 30.0f, name_room = std::min(120.0f, size.x * 0.25f);
    const float fit = std::min((size.x - 2 * margin - name_room) / std::max(max_x - min_x, 0.1f), (size.y - 2 * margin) / std::max(max_y - min_y, 0.1f));
    const float scale = std::max(fit, 1.0f) * view.zoom;
    const ImVec2 centre(origin.x + margin + (size.x - 2 * margin - name_room) / 2 - (min_x + max_x) / 2 * scale + view.offset.x,
                        origin.y + size.y / 2 - (min_y + max_y) / 2 * scale + view.offset.y);
    auto to_screen = [&](NodePosition p) { return ImVec2(centre.x + p.x * scale, centre.y + p.y * scale); };
    auto from_screen = [&](ImVec2 s) { return NodePosition{(s.x - centre.x) / scale, (s.y - centre.y) / scale}; };
    double most = 1;
    for (const auto& n : layout.nodes) most = std::max(most, n.money);
    // Smaller nodes on a phone, and in a crowd: hundreds of full-size nodes would hide each other and every edge.
    const float crowd = std::clamp(std::sqrt(60.0f / static_cast<float>(std::max<std::size_t>(layout.nodes.size(), 1))), 0.25f, 1.0f);
    const float size_factor = std::clamp(std::min(size.x, size.y) / 600.0f, 0.55f, 1.0f) * crowd;
    auto radius = [&](const NetworkNode& n) { return (5.0f + 15.0f * static_cast<float>(std::sqrt(n.money / most))) * size_factor; };

    // Cycles from the analytics, drawn thicker when "Cycles" is on.
    std::set<std::pair<std::string, std::string>> cycle_edges;
    if (view.show_cycles) {
        for (const auto& cycle : state.derived.cycles) {
            for (std::size_t i = 0; i < cycle.size(); ++i) cycle_edges.emplace(cycle[i], cycle[(i + 1) % cycle.size()]);
        }
    }
    const std::string selected_id = state.selection.event ? state.data.events.events[*state.selection.event].id : "";
    Drawn& drawn = actions.drawn;
    drawn.network_nodes = static_cast<int>(layout.nodes.size());

    // Edges: width by amount, arrow at the receiving end, compute dashed-looking (two thin lines).
    std::optional<std::size_t> hovered_flow;
    const ImVec2 clip_min = draw->GetClipRectMin(), clip_max = draw->GetClipRectMax();
    // Thousands of edges are a hairball that takes a frame's time to draw: the largest kMaxFlowsDrawn
    // are drawn, and any that carries the selected event.
    const auto& by_value = state.derived.flows_by_value;
    std::size_t edge_labels = 0;
    for (std::size_t rank = 0; rank < by_value.size(); ++rank) {
        const std::size_t k = by_value[rank];
        const Flow& f = state.derived.flows[k];
        if (rank >= kMaxFlowsDrawn && (selected_id.empty() || std::find(f.events.begin(), f.events.end(), selected_id) == f.events.end())) continue;
        const auto& a = layout.nodes[state.derived.flow_ends[k].first];
        const auto& b = layout.nodes[state.derived.flow_ends[k].second];
        ImVec2 p = to_screen(a.at), q = to_screen(b.at);
        // Edges wholly beside the view are not drawn (with thousands of flows most are, zoomed in).
        if ((p.x < clip_min.x && q.x < clip_min.x) || (p.x > clip_max.x && q.x > clip_max.x) || (p.y < clip_min.y && q.y < clip_min.y) ||
            (p.y > clip_max.y && q.y > clip_max.y)) {
            continue;
        }
        const float dx = q.x - p.x, dy = q.y - p.y, len = std::max(std::hypot(dx, dy), 1.0f);
        const ImVec2 u(dx / len, dy / len);
        p = ImVec2(p.x + u.x * radius(a), p.y + u.y * radius(a));
        q = ImVec2(q.x - u.x * (radius(b) + 2), q.y - u.y * (radius(b) + 2));
        const bool carries_selected = !selected_id.empty() && std::find(f.events.begin(), f.events.end(), selected_id) != f.events.end();
        const bool in_cycle = !cycle_edges.empty() && ((f.kind == FlowKind::money && cycle_edges.count({f.from, f.to})) ||
                                                       (f.kind == FlowKind::compute && cycle_edges.count({f.to, f.from})));
        if (carries_selected) drawn.network_highlighted.push_back(f.from + ">" + f.to);
        const float w = 1.5f + (f.total.value > 0 ? 3.0f * static_cast<float>(std::log10(1 + f.total.value / 1e8)) / 3.0f : 0.0f);
        ImVec4 c = flow_color(f.kind);
        const ImU32 col = ImGui::ColorConvertFloat4ToU32(ImVec4(c.x, c.y, c.z, carries_selected || in_cycle ? 1.0f : 0.7f));
        // Whole pixels: ImGui draws integer-width lines from a baked texture, several times faster.
        const float width = std::round(carries_selected ? w + 3 : in_cycle ? w + 2 : w);
        if (f.kind == FlowKind::compute) {
            // Compute: a dashed line.
            const int dashes = std::clamp(static_cast<int>(len / 10), 2, 16);  // long edges get longer dashes, not more
            for (int i = 0; i < dashes; i += 2) {
                const float t0 = static_cast<float>(i) / static_cast<float>(dashes), t1 = static_cast<float>(i + 1) / static_cast<float>(dashes);
                draw->AddLine(ImVec2(p.x + (q.x - p.x) * t0, p.y + (q.y - p.y) * t0), ImVec2(p.x + (q.x - p.x) * t1, p.y + (q.y - p.y) * t1), col, width);
            }
        } else {
            draw->AddLine(p, q, col, width);
        }
        if (f.kind != FlowKind::partnership) {
            const ImVec2 n(-u.y, u.x);
            draw->AddTriangleFilled(q, ImVec2(q.x - u.x * 9 + n.x * 5, q.y - u.y * 9 + n.y * 5), ImVec2(q.x - u.x * 9 - n.x * 5, q.y - u.y * 9 - n.y * 5), col);
        }
        const bool room_for_label = len > 60 && edge_labels < kMaxEdgeLabels;
        if (f.total.value > 0 && ((room_for_label && (view.zoom > 1.2f || f.total.value >= 1e10)) || carries_selected)) {
            ++edge_labels;
            draw->AddText(ImVec2((p.x + q.x) / 2 + 3, (p.y + q.y) / 2), ImGui::GetColorU32(ImGuiCol_TextDisabled), money_text(f.total.value).c_str());
        }
        // Hover on an edge: distance from the mouse to the segment.
        const float t = std::clamp(((io.MousePos.x - p.x) * (q.x - p.x) + (io.MousePos.y - p.y) * (q.y - p.y)) / (len * len), 0.0f, 1.0f);
        const float ex = p.x + (q.x - p.x) * t - io.MousePos.x, ey = p.y + (q.y - p.y) * t - io.MousePos.y;
        if (hovered && std::hypot(ex, ey) < width + 3) hovered_flow = k;
    }

    // Nodes, then their names where they do not overlap (bigger nodes and the selection first). Only
    // the kMaxNamedNodes largest nodes in view compete for a name: measuring and placing 1 700 names
    // a frame cost more than drawing the nodes.
    std::optional<std::size_t> hovered_node;
    const float line = ImGui::GetTextLineHeight();
    const auto in_view = [&](ImVec2 c) { return c.x > clip_min.x - 200 && c.x < clip_max.x && c.y > clip_min.y && c.y < clip_max.y; };
    std::vector<char> named(layout.nodes.size(), 0);
    std::size_t naming = 0;
    for (const std::size_t i : state.derived.nodes_by_money) {
        if (naming >= kMaxNamedNodes) break;
        if (in_view(to_screen(layout.nodes[i].at))) named[i] = 1, ++naming;
    }
    std::vector<LabelBox> labels;
    std::vector<std::size_t> label_node;
    const auto entity_of = [&](std::size_t i) -> const Entity* {
        const std::size_t e = i < state.derived.node_entities.size() ? state.derived.node_entities[i] : kNoEntity;
        return e == kNoEntity ? nullptr : &state.data.gazetteer.entities[e];
    };
    if (view.shapes_generation != state.derived.generation || view.shapes.size() != layout.nodes.size()) {
        view.shapes_generation = state.derived.generation;
        view.shapes.clear();
        for (std::size_t i = 0; i < layout.nodes.size(); ++i) view.shapes.push_back(shape_of(entity_of(i)));
    }
    for (std::size_t i = 0; i < layout.nodes.size(); ++i) {
        const NetworkNode& n = layout.nodes[i];
        const ImVec2 c = to_screen(n.at);
        const float r = radius(n);
        if (c.x + r < clip_min.x || c.x - r > clip_max.x || c.y + r < clip_min.y || c.y - r > clip_max.y) continue;  // out of view
        const Entity* e = entity_of(i);
        const bool selected = state.selection.entity == n.id;
        node_shape(draw, c, r, view.shapes[i], ImGui::GetColorU32(ImGuiCol_FrameBg, 1.0f),
                   selected ? ImGui::GetColorU32(ImGuiCol_Text) : ImGui::GetColorU32(ImGuiCol_Border));
        if (hovered && std::hypot(io.MousePos.x - c.x, io.MousePos.y - c.y) <= r + 3) hovered_node = i;
        if (!named[i] && !selected) continue;
        const float x0 = c.x + r + 3;
        labels.push_back({x0, c.y - line / 2, x0 + ImGui::CalcTextSize(e ? e->name.c_str() : n.id.c_str()).x, c.y + line / 2,
                          selected ? 1e12f : static_cast<float>(n.money)});
        label_node.push_back(i);
    }
    const auto shown = place_boxes(labels);
    const auto name_of = [&](std::size_t i) {
        const Entity* e = entity_of(i);
        return e ? e->name.c_str() : layout.nodes[i].id.c_str();
    };
    for (std::size_t k = 0; k < labels.size(); ++k) {
        if (shown[k] && label_node[k] != hovered_node) draw->AddText(ImVec2(labels[k].x0, labels[k].y0), ImGui::GetColorU32(ImGuiCol_Text), name_of(label_node[k]));
    }
    if (hovered_node) {  // the node under the pointer is always named
        const ImVec2 c = to_screen(layout.nodes[*hovered_node].at);
        draw->AddText(ImVec2(c.x + radius(layout.nodes[*hovered_node]) + 3, c.y - line / 2), ImGui::GetColorU32(ImGuiCol_Text), name_of(*hovered_node));
    }
    if (by_value.size() > kMaxFlowsDrawn) {
        const std::string note = "the " + std::to_string(kMaxFlowsDrawn) + " largest of " + std::to_string(by_value.size()) + " flows";
        draw->AddText(ImVec2(origin.x + 6, origin.y + size.y - line - 4), ImGui::GetColorU32(ImGuiCol_TextDisabled), note.c_str());
    }
    draw->PopClipRect();

    // Interaction: drag a node, drag the background to pan, wheel to zoom, click to select.
    if (hovered && ImGui::IsMouseClicked(0)) dragging = hovered_node ? layout.nodes[*hovered_node].id : "";
    if (!ImGui::IsMouseDown(0)) dragging.clear();
    if (ImGui::IsMouseDragging(0, 2.0f) && (hovered || !dragging.empty())) {
        if (!dragging.empty()) actions.drag_node = std::pair{dragging, from_screen(io.MousePos)};
        else if (ImGui::IsItemActive()) view.offset = ImVec2(view.offset.x + io.MouseDelta.x, view.offset.y + io.MouseDelta.y);
    }
    if (hovered && io.MouseWheel != 0) view.zoom = std::clamp(view.zoom * std::pow(1.15f, io.MouseWheel), 0.3f, 6.0f);
    // Keys: + and - zoom, Page Up / Page Down pan up and down, Home resets the picture.
    if (!io.WantTextInput) {
        if (typed('+') || typed('=')) view.zoom = std::min(view.zoom * 1.25f, 6.0f);
        if (typed('-')) view.zoom = std::max(view.zoom / 1.25f, 0.3f);
        if (key_pressed(ImGuiKey_PageUp)) view.offset.y += size.y * 0.2f;
        if (key_pressed(ImGuiKey_PageDown)) view.offset.y -= size.y * 0.2f;
        if (key_pressed(ImGuiKey_Home)) view.zoom = 1, view.offset = ImVec2(0, 0);
    }
    if (hovered && ImGui::IsMouseReleased(0) && ImGui::GetMouseDragDelta(0).x == 0 && ImGui::GetMouseDragDelta(0).y == 0) {
        if (hovered_node) actions.select_entity = layout.nodes[*hovered_node].id;
        else if (hovered_flow) {
            const Flow& f = state.derived.flows[*hovered_flow];
            for (std::size_t i = 0; i < state.data.events.events.size(); ++i) {
                if (state.data.events.events[i].id == f.events.front()) actions.select_event = i;
            }
        }
    }
    if (hovered_flow && !hovered_node) {
        const Flow& f = state.derived.flows[*hovered_flow];
        ImGui::BeginTooltip();
        const Entity* a = state.data.gazetteer.find(f.from);
        const Entity* b = state.data.gazetteer.find(f.to);
        ImGui::Text("%s → %s", a ? a->name.c_str() : f.from.c_str(), b ? b->name.c_str() : f.to.c_str());
        ImGui::TextDisabled("%s · %d %s %s", f.kind == FlowKind::money ? "money" : f.kind == FlowKind::compute ? "compute" : "partnership", f.total.events,
                            tr("events", state.view.language), money_text(f.total.value).c_str());
        ImGui::EndTooltip();
    }
}

}  // namespace ds::ui

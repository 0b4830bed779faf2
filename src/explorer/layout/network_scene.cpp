#include "explorer/layout/network_scene.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <utility>

#include "core/events/event_format.h"
#include "explorer/app_state.h"
#include "explorer/layout/label_layout.h"

namespace ds {

namespace {

// Fits the layout's bounds into the view (leaving room for names on the right), then applies the camera.
NetworkCamera fit_camera(const NetworkLayout& layout, const NetworkFrame& frame) {
    float min_x = -1, max_x = 1, min_y = -1, max_y = 1;
    if (!layout.nodes.empty()) {
        min_x = max_x = layout.nodes.front().at.x;
        min_y = max_y = layout.nodes.front().at.y;
        for (const auto& n : layout.nodes) {
            min_x = std::min(min_x, n.at.x), max_x = std::max(max_x, n.at.x);
            min_y = std::min(min_y, n.at.y), max_y = std::max(max_y, n.at.y);
        }
    }
    const float margin = 30.0f, name_room = std::min(120.0f, frame.width * 0.25f);
    const float fit = std::min((frame.width - 2 * margin - name_room) / std::max(max_x - min_x, 0.1f),
                               (frame.height - 2 * margin) / std::max(max_y - min_y, 0.1f));
    NetworkCamera camera;
    camera.scale = std::max(fit, 1.0f) * frame.zoom;
    camera.centre_x = margin + (frame.width - 2 * margin - name_room) / 2 - (min_x + max_x) / 2 * camera.scale + frame.offset_x;
    camera.centre_y = frame.height / 2 - (min_y + max_y) / 2 * camera.scale + frame.offset_y;
    return camera;
}

bool carries(const Flow& f, const std::string& event_id) {
    return !event_id.empty() && std::find(f.events.begin(), f.events.end(), event_id) != f.events.end();
}

}  // namespace

const std::string& network_node_name(const AppState& state, std::size_t node) {
    const auto& d = state.derived;
    const std::size_t e = node < d.node_entities.size() ? d.node_entities[node] : kNoEntity;
    return e == kNoEntity ? d.network.nodes[node].id : state.data.gazetteer.entities[e].name;
}

NetworkScene build_network_scene(const AppState& state, const NetworkFrame& frame) {
    NetworkScene scene;
    const Derived& d = state.derived;
    const NetworkLayout& layout = d.network;
    NetworkCamera& camera = scene.camera = fit_camera(layout, frame);
    scene.flows = d.flows.size();
    scene.largest_only = d.flows.size() > kMaxFlowsDrawn;

    double most = 1;
    for (const auto& n : layout.nodes) most = std::max(most, n.money);
    // Smaller nodes on a phone, and in a crowd: hundreds of full-size nodes would hide each other and every edge.
    const float crowd = std::clamp(std::sqrt(60.0f / static_cast<float>(std::max<std::size_t>(layout.nodes.size(), 1))), 0.25f, 1.0f);
    const float size_factor = std::clamp(std::min(frame.width, frame.height) / 600.0f, 0.55f, 1.0f) * crowd;
    const auto radius = [&](const NetworkNode& n) { return (5.0f + 15.0f * static_cast<float>(std::sqrt(n.money / most))) * size_factor; };

    std::set<std::pair<std::string, std::string>> cycle_edges;
    if (frame.show_cycles) {
        for (const auto& cycle : d.cycles) {
            for (std::size_t i = 0; i < cycle.size(); ++i) cycle_edges.emplace(cycle[i], cycle[(i + 1) % cycle.size()]);
        }
    }
    const std::string selected_id = state.selection.event ? state.data.events.events[*state.selection.event].id : "";

    // Edges: width by amount, largest first.
    for (std::size_t rank = 0; rank < d.flows_by_value.size(); ++rank) {
        const std::size_t k = d.flows_by_value[rank];
        const Flow& f = d.flows[k];
        const auto& flow = state.selection.flow;  // a selected flow is highlighted like a selected event's
        const bool carries_selected = carries(f, selected_id) || (flow && !state.selection.event && flow->from == f.from && flow->to == f.to && flow->kind == f.kind);
        if (rank >= kMaxFlowsDrawn && !carries_selected) continue;
        const NetworkNode& a = layout.nodes[d.flow_ends[k].first];
        const NetworkNode& b = layout.nodes[d.flow_ends[k].second];
        float px = camera.x(a.at), py = camera.y(a.at), qx = camera.x(b.at), qy = camera.y(b.at);
        // Edges wholly beside the view are left out (with thousands of flows most are, zoomed in).
        if ((px < 0 && qx < 0) || (px > frame.width && qx > frame.width) || (py < 0 && qy < 0) || (py > frame.height && qy > frame.height)) continue;
        const float dx = qx - px, dy = qy - py, len = std::max(std::hypot(dx, dy), 1.0f);
        const float ux = dx / len, uy = dy / len;
        NetworkEdgeShape edge;
        edge.flow = k;
        edge.kind = f.kind;
        edge.length = len;
        edge.px = px + ux * radius(a), edge.py = py + uy * radius(a);
        edge.qx = qx - ux * (radius(b) + 2), edge.qy = qy - uy * (radius(b) + 2);
        edge.carries_selected = carries_selected;
        edge.in_cycle = !cycle_edges.empty() && ((f.kind == FlowKind::money && cycle_edges.count({f.from, f.to})) ||
                                                 (f.kind == FlowKind::compute && cycle_edges.count({f.to, f.from})));
        edge.arrow = f.kind != FlowKind::partnership;
        const float w = 1.5f + (f.total.value > 0 ? static_cast<float>(std::log10(1 + f.total.value / 1e8)) : 0.0f);
        edge.width = std::round(carries_selected ? w + 3 : edge.in_cycle ? w + 2 : w);
        if (carries_selected) scene.highlighted.push_back(f.from + ">" + f.to);
        const bool room_for_label = len > 60 && scene.amounts.size() < kMaxEdgeLabels;
        if (f.total.value > 0 && ((room_for_label && (frame.zoom > 1.2f || f.total.value >= 1e10)) || carries_selected)) {
            scene.amounts.push_back({(edge.px + edge.qx) / 2 + 3, (edge.py + edge.qy) / 2, compact_money(f.total.value, "USD", state.view.language)});
        }
        scene.edges.push_back(edge);
    }

    // Nodes in view, then their names where they do not overlap (bigger nodes and the selection first).
    std::vector<char> named(layout.nodes.size(), 0);
    std::size_t naming = 0;
    for (const std::size_t i : d.nodes_by_money) {
        if (naming >= kMaxNamedNodes) break;
        const float x = camera.x(layout.nodes[i].at), y = camera.y(layout.nodes[i].at);
        if (x > -200 && x < frame.width && y > 0 && y < frame.height) named[i] = 1, ++naming;
    }
    std::vector<LabelBox> boxes;
    std::vector<std::size_t> box_node;
    for (std::size_t i = 0; i < layout.nodes.size(); ++i) {
        const NetworkNode& n = layout.nodes[i];
        const float cx = camera.x(n.at), cy = camera.y(n.at), r = radius(n);
        if (cx + r < 0 || cx - r > frame.width || cy + r < 0 || cy - r > frame.height) continue;
        const bool selected = state.selection.entity == n.id;
        scene.nodes.push_back({i, cx, cy, r, i < d.node_shapes.size() ? d.node_shapes[i] : NodeShape::circle, selected});
        if (!named[i] && !selected) continue;
        const float x0 = cx + r + 3;
        boxes.push_back({x0, cy - frame.line_height / 2, x0 + frame.measure(network_node_name(state, i)), cy + frame.line_height / 2,
                         selected ? 1e12f : static_cast<float>(n.money)});
        box_node.push_back(i);
    }
    const auto placed = place_boxes(boxes);
    for (std::size_t k = 0; k < boxes.size(); ++k) {
        if (placed[k]) scene.names.push_back({boxes[k].x0, boxes[k].y0, network_node_name(state, box_node[k]), box_node[k]});
    }
    return scene;
}

std::optional<std::size_t> network_node_at(const NetworkScene& scene, float x, float y) {
    std::optional<std::size_t> found;  // the last drawn is on top
    for (std::size_t k = 0; k < scene.nodes.size(); ++k) {
        const NetworkNodeShape& n = scene.nodes[k];
        if (std::hypot(x - n.cx, y - n.cy) <= n.radius + 3) found = k;
    }
    return found;
}

std::optional<std::size_t> network_edge_at(const NetworkScene& scene, float x, float y) {
    std::optional<std::size_t> found;
    for (std::size_t k = 0; k < scene.edges.size(); ++k) {
        const NetworkEdgeShape& e = scene.edges[k];
        const float vx = e.qx - e.px, vy = e.qy - e.py;
        const float t = std::clamp(((x - e.px) * vx + (y - e.py) * vy) / std::max(vx * vx + vy * vy, 1.0f), 0.0f, 1.0f);  // nearest point
        if (std::hypot(e.px + vx * t - x, e.py + vy * t - y) < e.width + 3) found = k;
    }
    return found;
}

}  // namespace ds

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

constexpr float kFitMargin = 30.0f;
// Names move off the lines while a frame shows at most this many (each name looks at every line).
constexpr std::size_t kMaxLinesAvoided = 400;
// How far apart (pixels) a story step's ends are zoomed to, at most.
constexpr float kFocusSpan = 180.0f;

// How many lines (a bent edge as its two halves) run through a name's box, and how many nodes it covers:
// a name struck through by a line, or over another node, was hard to read on a phone.
float name_place_cost(const LabelBox& box, const std::vector<NetworkEdgeShape>& edges, const std::vector<NetworkNodeShape>& nodes, std::size_t own) {
    float cost = 0;
    for (const NetworkEdgeShape& e : edges) {
        cost += e.bent ? static_cast<float>(segment_crosses(e.px, e.py, e.cx, e.cy, box) || segment_crosses(e.cx, e.cy, e.qx, e.qy, box))
                       : static_cast<float>(segment_crosses(e.px, e.py, e.qx, e.qy, box));
    }
    for (const NetworkNodeShape& n : nodes) {
        if (n.node != own && n.cx + n.radius > box.x0 && n.cx - n.radius < box.x1 && n.cy + n.radius > box.y0 && n.cy - n.radius < box.y1) cost += 2;
    }
    return cost;
}

// Room kept free for names right of the picture: names that run out on the right go left.
float fit_name_room(const NetworkFrame& frame) { return std::min(60.0f, frame.width * 0.1f); }

// The point of the view the camera's zoom scales about (the middle of the room the fit uses).
float fit_pivot_x(const NetworkFrame& frame) { return kFitMargin + (frame.width - 2 * kFitMargin - fit_name_room(frame)) / 2; }

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
    const float margin = kFitMargin, name_room = fit_name_room(frame);
    const float fit_x = (frame.width - 2 * margin - name_room) / std::max(max_x - min_x, 0.1f);
    const float fit_y = (frame.height - 2 * margin) / std::max(max_y - min_y, 0.1f);
    // One scale fits both ways; the other axis may stretch to fill its room (a phone's tall view: by
    // up to 2.2, which spreads the names that ran into each other and into the lines between them).
    const float fit = std::min(fit_x, fit_y);
    constexpr float kMaxStretch = 2.2f;
    NetworkCamera camera;
    camera.scale = std::max(std::min(fit_x, fit * kMaxStretch), 1.0f) * frame.zoom;
    camera.scale_y = std::max(std::min(fit_y, fit * kMaxStretch), 1.0f) * frame.zoom;
    camera.centre_x = fit_pivot_x(frame) - (min_x + max_x) / 2 * camera.scale + frame.offset_x;
    camera.centre_y = frame.height / 2 - (min_y + max_y) / 2 * camera.scale_y + frame.offset_y;
    return camera;
}

bool carries(const Flow& f, const std::string& event_id) {
    return !event_id.empty() && std::find(f.events.begin(), f.events.end(), event_id) != f.events.end();
}

std::string selected_event_id(const AppState& state) {
    return state.selection.event ? state.data.events.events[*state.selection.event].id : "";
}

// The flow holds the selected event, or is the selected flow (highlighted alike).
bool carries_selection(const AppState& state, const Flow& f, const std::string& selected_id) {
    const auto& flow = state.selection.flow;
    return carries(f, selected_id) || (flow && !state.selection.event && flow->from == f.from && flow->to == f.to && flow->kind == f.kind);
}

// What a story step is about: the nodes at the ends of the flows that carry the selection (or, for
// an entity the reader tapped, of its flows), and those it names besides (Selection::about).
std::vector<char> selection_ends(const AppState& state) {
    const Derived& d = state.derived;
    std::vector<char> ends(d.network.nodes.size(), 0);
    const std::string selected_id = selected_event_id(state);
    const std::string& entity = state.selection.event || state.selection.flow ? std::string() : state.selection.entity;
    for (std::size_t k = 0; k < d.flows.size() && k < d.flow_ends.size(); ++k) {
        const Flow& f = d.flows[k];
        if (carries_selection(state, f, selected_id) || (!entity.empty() && (f.from == entity || f.to == entity)))
            ends[d.flow_ends[k].first] = ends[d.flow_ends[k].second] = 1;
    }
    const auto& about = state.selection.about;
    for (std::size_t i = 0; i < d.network.nodes.size() && !about.empty(); ++i) {
        if (std::find(about.begin(), about.end(), d.network.nodes[i].id) != about.end()) ends[i] = 1;
    }
    return ends;
}

// "$13bn", "up to $10bn", "$1bn+≤$2bn", "$1bn+€2bn": an edge's total in few characters, its parts and
// currencies still apart. A figure that is only an "up to", "about" or "at least" says so in words (a
// newcomer read "≤$10bn" as a sign to look up); beside another part the sign keeps it short.
std::string edge_amount(const Total& t, Language language) {
    const bool de = language == Language::de;
    int parts = 0;
    for (const CurrencySum& c : t.currencies) parts += (c.stated > 0) + (c.up_to > 0) + (c.about > 0) + (c.at_least > 0);
    if (parts == 1) {
        for (const CurrencySum& c : t.currencies) {
            if (c.up_to > 0) return (de ? "bis zu " : "up to ") + compact_money(c.up_to, c.currency, language);
            if (c.about > 0) return (de ? "rund " : "about ") + compact_money(c.about, c.currency, language);
            if (c.at_least > 0) return (de ? "mind. " : "at least ") + compact_money(c.at_least, c.currency, language);
        }
    }
    std::string out;
    for (const CurrencySum& c : t.currencies) {
        const auto part = [&](double value, const char* prefix) {
            if (value > 0) out += (out.empty() ? "" : "+") + std::string(prefix) + compact_money(value, c.currency, language);
        };
        part(c.stated, "");
        part(c.up_to, "\xE2\x89\xA4");  // ≤
        part(c.about, "~");
        part(c.at_least, "\xE2\x89\xA5");  // ≥
    }
    // Only deals shared with others on its side (two investors together, three partners): the sum is
    // theirs together, so the line carries it as a part, not as its own figure.
    if (out.empty()) {
        for (const CurrencySum& c : t.currencies) {
            if (c.shared > 0) out += (out.empty() ? "" : "+") + compact_money(c.shared, c.currency, language);
        }
        if (!out.empty()) out = (language == Language::de ? "Anteil an " : "part of ") + out;  // as total_text says it
    }
    // Only alleged amounts: the line says so rather than carry a figure as fact.
    if (out.empty()) {
        for (const CurrencySum& c : t.currencies) {
            if (c.alleged > 0) out += (out.empty() ? "" : "+") + compact_money(c.alleged, c.currency, language);
        }
        if (!out.empty()) out = (language == Language::de ? "angebl. " : "alleged ") + out;
    }
    return out;
}

// A long name by its first two words and "…" ("Reid Hoffman's…"), for where the whole one has no room
// or would cross lines; empty for a name of one or two words.
std::string brief_name(const std::string& full) {
    const std::size_t first_space = full.find(' ');
    const std::size_t second_space = first_space == std::string::npos ? std::string::npos : full.find(' ', first_space + 1);
    return second_space == std::string::npos ? std::string() : full.substr(0, second_space) + "\xE2\x80\xA6";
}

// How many pixels apart the middles of parallel edges are.
constexpr float kParallelGap = 18.0f;

// Labels that overlap each other, or run past the view, among those shown.
void count_label_problems(NetworkScene& scene, const NetworkFrame& frame) {
    std::vector<LabelBox> shown;
    for (const auto* list : {&scene.amounts, &scene.names}) {
        for (const NetworkText& t : *list) shown.push_back({t.x, t.y, t.x + frame.measure(t.text), t.y + frame.line_height, 0});
    }
    const LabelBox view{0, 0, frame.width, frame.height, 0};
    for (const LabelBox& a : shown) scene.clipped_labels += runs_out(a, view);
    scene.label_overlaps = count_overlaps(std::move(shown));
}

// Whether the edge's curve (as wide as it is drawn) runs through the box: sampled every few pixels.
bool edge_crosses(const NetworkEdgeShape& e, const LabelBox& b) {
    const float half = e.width / 2 + 1;
    // The curve lies inside the box around its ends and control point: most edges end here.
    if (std::max({e.px, e.cx, e.qx}) < b.x0 - half || std::min({e.px, e.cx, e.qx}) > b.x1 + half ||
        std::max({e.py, e.cy, e.qy}) < b.y0 - half || std::min({e.py, e.cy, e.qy}) > b.y1 + half)
        return false;
    const int steps = std::clamp(static_cast<int>(e.length / 4), 8, 400);
    for (int i = 0; i <= steps; ++i) {
        float x = 0, y = 0;
        edge_point(e, static_cast<float>(i) / static_cast<float>(steps), x, y);
        if (x > b.x0 - half && x < b.x1 + half && y > b.y0 - half && y < b.y1 + half) return true;
    }
    return false;
}

// An amount shown where another edge that stands out runs through it moves along its own line to
// the first place no such edge crosses and no shown label or node takes; where there is none it
// stays at the middle. Faded edges may cross it, and so may the other lines between the same two
// nodes, which run too close for any label to miss them. An amount that found no room at its line's
// middle looks along the line too: the names go first, and "Microsoft" beside the short line from
// Amazon Web Services had left its $38bn, the largest flow, unnamed.
void move_amounts_off_edges(std::vector<LabelBox>& boxes, std::vector<bool>& shown, std::size_t name_count, const NetworkScene& scene,
                            const Derived& d, const NetworkFrame& frame) {
    const auto pair_of = [&](const NetworkEdgeShape& e) {
        const auto [a, b] = d.flow_ends[e.flow];
        return std::pair{std::min(a, b), std::max(a, b)};
    };
    const auto crossed = [&](const LabelBox& b, std::size_t own) {
        for (std::size_t e = 0; e < scene.edges.size(); ++e) {
            if (e == own || scene.edges[e].faded || pair_of(scene.edges[e]) == pair_of(scene.edges[own])) continue;
            if (edge_crosses(scene.edges[e], b)) return true;
        }
        return false;
    };
    const auto over_node = [&](const LabelBox& b) {
        return std::any_of(scene.nodes.begin(), scene.nodes.end(), [&](const NetworkNodeShape& n) {
            return b.x0 < n.cx + n.radius && n.cx - n.radius < b.x1 && b.y0 < n.cy + n.radius && n.cy - n.radius < b.y1;
        });
    };
    const auto taken = [&](const LabelBox& b, std::size_t self) {
        if (b.x0 < 0 || b.y0 < 0 || b.x1 > frame.width || b.y1 > frame.height) return true;
        for (std::size_t j = 0; j < boxes.size(); ++j)
            if (j != self && shown[j] && b.x0 < boxes[j].x1 + 2 && boxes[j].x0 < b.x1 + 2 && b.y0 < boxes[j].y1 + 2 && boxes[j].y0 < b.y1 + 2) return true;
        return over_node(b);
    };
    for (std::size_t k = name_count; k < boxes.size(); ++k) {
        const std::size_t own = scene.amounts[k - name_count].node;
        if (own >= scene.edges.size()) continue;
        // (Nor under a node: "$30bn" at its line's middle lay under Nvidia's circle and read "0bn".)
        if (shown[k] && !crossed(boxes[k], own) && !over_node(boxes[k])) continue;
        const bool was_over_node = shown[k] && over_node(boxes[k]);
        if (!shown[k] && scene.focusing && scene.edges[own].faded) continue;
        const float w = boxes[k].x1 - boxes[k].x0, h = boxes[k].y1 - boxes[k].y0;
        for (const float t : {0.5f, 0.43f, 0.57f, 0.36f, 0.64f, 0.3f, 0.7f, 0.24f, 0.76f}) {
            float mx = 0, my = 0;
            edge_point(scene.edges[own], t, mx, my);
            const LabelBox b{mx - w / 2, my - h / 2, mx + w / 2, my + h / 2, boxes[k].priority};
            if (taken(b, k) || crossed(b, own)) continue;
            boxes[k] = b;
            shown[k] = true;
            break;
        }
        // No place along its line: an amount a node would cover is not shown (the edge's tooltip has it).
        if (was_over_node && over_node(boxes[k])) shown[k] = false;
    }
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
        for (std::size_t c = 0; c < d.cycles.size(); ++c) {
            if (frame.cycle && *frame.cycle != c) continue;
            const auto& cycle = d.cycles[c];
            for (std::size_t i = 0; i < cycle.size(); ++i) cycle_edges.emplace(cycle[i], cycle[(i + 1) % cycle.size()]);
        }
    }
    const std::string selected_id = selected_event_id(state);

    std::vector<LabelBox> amount_boxes;
    // What the search found: the flows holding a matched event, their ends, and matched entities.
    scene.searching = d.searching();
    std::vector<char> node_matched(layout.nodes.size(), 0);
    for (std::size_t i = 0; i < layout.nodes.size() && scene.searching; ++i) {
        node_matched[i] = i < d.node_entities.size() && d.node_entities[i] != kNoEntity && d.matched_entity(d.node_entities[i]);
    }
    // A story step's subject: the selection's edges, the edges between their ends, and those ends.
    const bool selecting = state.selection.event || state.selection.flow || !state.selection.entity.empty() || !state.selection.about.empty();
    const std::vector<char> in_focus = frame.focus_selection && selecting ? selection_ends(state) : std::vector<char>();
    scene.focusing = std::find(in_focus.begin(), in_focus.end(), 1) != in_focus.end();
    const std::string& chosen = state.selection.event || state.selection.flow || frame.focus_selection ? std::string() : state.selection.entity;
    const std::vector<char> near_chosen = chosen.empty() ? std::vector<char>() : selection_ends(state);
    scene.neighbourhood = std::find(near_chosen.begin(), near_chosen.end(), 1) != near_chosen.end();

    // Edges: width by amount, largest first.
    for (std::size_t rank = 0; rank < d.flows_by_value.size(); ++rank) {
        const std::size_t k = d.flows_by_value[rank];
        const Flow& f = d.flows[k];
        const bool carries_selected = carries_selection(state, f, selected_id);
        if (rank >= kMaxFlowsDrawn && !carries_selected) continue;
        const NetworkNode& a = layout.nodes[d.flow_ends[k].first];
        const NetworkNode& b = layout.nodes[d.flow_ends[k].second];
        float px = camera.x(a.at), py = camera.y(a.at), qx = camera.x(b.at), qy = camera.y(b.at);
        // Edges wholly beside the view are left out (with thousands of flows most are, zoomed in).
        if ((px < 0 && qx < 0) || (px > frame.width && qx > frame.width) || (py < 0 && qy < 0) || (py > frame.height && qy > frame.height)) continue;
        const float dx = qx - px, dy = qy - py, len = std::max(std::hypot(dx, dy), 1.0f);
        // The bundle's lane: lanes sit either side of the straight line, measured on the side of the
        // pair's first node so that edges both ways share one numbering.
        const auto ends = d.flow_ends[k];
        const auto [lane, bundle] = k < d.flow_bundles.size() ? d.flow_bundles[k] : std::pair{0, 1};
        // Short edges bend less, so a bundle between close nodes stays a fan, not a knot.
        const float gap = std::clamp(len * 0.12f, 8.0f, kParallelGap);
        const float bend = (static_cast<float>(lane) - static_cast<float>(std::max(bundle, 1) - 1) / 2) * gap * (ends.first < ends.second ? 1.0f : -1.0f);
        const float nx = -dy / len, ny = dx / len;
        // The control point puts the curve's middle `bend` pixels off the straight line.
        const float cx = (px + qx) / 2 + nx * bend * 2, cy = (py + qy) / 2 + ny * bend * 2;
        const auto toward = [](float fx, float fy, float tx, float ty, float by, float& ox, float& oy) {
            const float l = std::max(std::hypot(tx - fx, ty - fy), 1.0f);
            ox = fx + (tx - fx) / l * by, oy = fy + (ty - fy) / l * by;
        };
        NetworkEdgeShape edge;
        edge.flow = k;
        edge.kind = f.kind;
        edge.length = len;
        toward(px, py, cx, cy, radius(a), edge.px, edge.py);
        toward(qx, qy, cx, cy, radius(b) + 2, edge.qx, edge.qy);
        edge.cx = cx, edge.cy = cy;
        edge.bent = bend != 0;
        edge.carries_selected = carries_selected;
        edge.matched = scene.searching && d.matched_flow(f);
        if (edge.matched) {
            ++scene.matched_edges;
            node_matched[d.flow_ends[k].first] = node_matched[d.flow_ends[k].second] = 1;
        }
        edge.in_cycle = !cycle_edges.empty() && ((f.kind == FlowKind::money && cycle_edges.count({f.from, f.to})) ||
                                                 (f.kind == FlowKind::compute && cycle_edges.count({f.to, f.from})));
        edge.arrow = f.kind != FlowKind::partnership;
        const bool between_focus = scene.focusing && in_focus[d.flow_ends[k].first] && in_focus[d.flow_ends[k].second];
        const bool off_chosen = scene.neighbourhood && f.from != chosen && f.to != chosen;
        edge.faded = !carries_selected && !edge.in_cycle && ((scene.searching && !edge.matched) || (scene.focusing && !between_focus) || off_chosen);
        // A story step's faded context stops at its frame: a pale line running off the graphic to a
        // node the reader cannot see leads nowhere.
        // (Also a line to a faded node the frame cuts, which is left out below: it would end in nothing.)
        const auto beyond = [&](float x, float y) { return x < 0 || y < 0 || x > frame.width || y > frame.height; };
        const auto cut_node = [&](const NetworkNode& n, std::size_t i, float x, float y) {
            const float r = radius(n);
            const bool inside = x - r >= 0 && x + r <= frame.width && y - r >= 0 && y + r <= frame.height;
            return !inside && state.selection.entity != n.id && !in_focus[i];
        };
        if (scene.focusing && edge.faded &&
            (beyond(px, py) || beyond(qx, qy) || cut_node(a, ends.first, px, py) || cut_node(b, ends.second, qx, qy))) {
            continue;
        }
        const float w = 1.5f + (f.total.weight() > 0 ? static_cast<float>(std::log10(1 + f.total.weight() / 1e8)) : 0.0f);
        edge.width = std::round(carries_selected ? w + 3 : edge.in_cycle ? w + 2 : w);
        if (carries_selected) scene.highlighted.push_back(f.from + ">" + f.to);
        // An amount label offered at the curve's middle, beside it; placed with the names below.
        // (A story step names only the amounts it is about, and all of them, small or not.)
        const bool room_for_label = len > 60 && amount_boxes.size() < kMaxEdgeLabels && !((scene.focusing || scene.neighbourhood) && edge.faded);
        const bool worth_naming = frame.zoom > 1.2f || f.total.weight() >= 1e10 || scene.focusing;
        if (f.total.weight() > 0 && ((room_for_label && worth_naming) || carries_selected)) {
            float mx = 0, my = 0;
            edge_point(edge, 0.5f, mx, my);
            const std::string text = edge_amount(f.total, state.view.language);
            // On the line, over its middle (drawn on a patch of the page): beside it, an amount
            // between parallel edges, or near another node, was read as theirs.
            const float tw = frame.measure(text), th = frame.line_height;
            const float lx = mx - tw / 2, ly = my - th / 2;
            // The selection's amount first; a story step's other sums before the names of faded nodes.
            const float weight = static_cast<float>(f.total.weight());
            amount_boxes.push_back({lx, ly, lx + tw, ly + th, carries_selected ? 2e15f : scene.focusing && !edge.faded ? 1.5e15f + weight : weight});
            scene.amounts.push_back({lx, ly, text, scene.edges.size()});
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
    struct Around { float cx, cy, r, w; };  // where each name's node is, for other places to try
    std::vector<Around> around;
    for (std::size_t i = 0; i < layout.nodes.size(); ++i) {
        const NetworkNode& n = layout.nodes[i];
        const float cx = camera.x(n.at), cy = camera.y(n.at), r = radius(n);
        if (cx + r < 0 || cx - r > frame.width || cy + r < 0 || cy - r > frame.height) continue;
        if (i < d.node_active.size() && !d.node_active[i]) continue;  // no flow yet as of the network's date
        const bool selected = state.selection.entity == n.id;
        const bool focused = scene.focusing && in_focus[i];
        NetworkNodeShape shape{i, cx, cy, r, i < d.node_shapes.size() ? d.node_shapes[i] : NodeShape::circle, selected, node_matched[i] != 0};
        shape.faded = !selected && ((scene.searching && !node_matched[i]) || (scene.focusing && !focused) || (scene.neighbourhood && !near_chosen[i]));
        // A story step's camera zooms in: a faded node it cuts at the frame's edge would read as broken
        // ("Oracle" half under the key). Its lines still lead out of the picture.
        const bool wholly_inside = cx - r >= 0 && cx + r <= frame.width && cy - r >= 0 && cy + r <= frame.height;
        if (scene.focusing && shape.faded && !wholly_inside) continue;
        scene.nodes.push_back(shape);
        scene.matched_nodes += node_matched[i];
        if (!named[i] && !selected && !node_matched[i] && !focused) continue;
        // Right of the node, or left of it where the right runs out of the view.
        const float w = frame.measure(network_node_name(state, i)), h = frame.line_height;
        const float x0 = cx + r + 3 + w <= frame.width ? cx + r + 3 : cx - r - 3 - w;
        // Names go before amounts (a node must be findable), the selected one before all, then search
        // hits and a story step's subject.
        const float priority = (selected ? 4e15f : node_matched[i] || focused ? 3e15f : 1e15f) + static_cast<float>(n.money);
        boxes.push_back({x0, cy - h / 2, x0 + w, cy + h / 2, priority});
        box_node.push_back(i);
        around.push_back({cx, cy, r, w});
    }
    // Where lines cross a name, the place beside its node that the fewest lines cross (and no other node
    // covers): left of it, above, below or at a corner. (Bounded: a graph of thousands of lines keeps
    // the right.)
    std::vector<std::string> name_text(boxes.size());  // a name shortened for room; empty: the whole name
    for (std::size_t k = 0; k < boxes.size() && scene.edges.size() <= kMaxLinesAvoided; ++k) {
        const Around& a = around[k];
        const float h = frame.line_height, priority = boxes[k].priority;
        float least = name_place_cost(boxes[k], scene.edges, scene.nodes, box_node[k]);
        const float mid_x0 = std::clamp(a.cx - a.w / 2, 0.0f, std::max(0.0f, frame.width - a.w));
        // Also at the node's corners: above or below it, starting (or ending) at its middle.
        const float corner = a.r * 0.7f + 2;
        const LabelBox others[] = {{a.cx - a.r - 3 - a.w, a.cy - h / 2, a.cx - a.r - 3, a.cy + h / 2, priority},
                                   {mid_x0, a.cy - a.r - 2 - h, mid_x0 + a.w, a.cy - a.r - 2, priority},
                                   {mid_x0, a.cy + a.r + 2, mid_x0 + a.w, a.cy + a.r + 2 + h, priority},
                                   {a.cx + corner, a.cy - corner - h, a.cx + corner + a.w, a.cy - corner, priority},
                                   {a.cx + corner, a.cy + corner, a.cx + corner + a.w, a.cy + corner + h, priority},
                                   {a.cx - corner - a.w, a.cy - corner - h, a.cx - corner, a.cy - corner, priority},
                                   {a.cx - corner - a.w, a.cy + corner, a.cx - corner, a.cy + corner + h, priority}};
        for (const LabelBox& b : others) {
            if (least == 0) break;
            if (b.x0 < 0 || b.y0 < 0 || b.x1 > frame.width || b.y1 > frame.height) continue;
            const float cost = name_place_cost(b, scene.edges, scene.nodes, box_node[k]);
            if (cost < least) least = cost, boxes[k] = b;
        }
        // A long name that still crosses lines ("Reid Hoffman's Charitable Foundation" over three on a
        // phone) is shown by its first words where those cross fewer, right or left of its node.
        if (least == 0) continue;
        std::string brief = brief_name(network_node_name(state, box_node[k]));
        if (brief.empty()) continue;
        const float bw = frame.measure(brief);
        for (const LabelBox& b : {LabelBox{a.cx + a.r + 3, a.cy - h / 2, a.cx + a.r + 3 + bw, a.cy + h / 2, priority},
                                  LabelBox{a.cx - a.r - 3 - bw, a.cy - h / 2, a.cx - a.r - 3, a.cy + h / 2, priority}}) {
            if (b.x0 < 0 || b.y0 < 0 || b.x1 > frame.width || b.y1 > frame.height) continue;
            const float cost = name_place_cost(b, scene.edges, scene.nodes, box_node[k]);
            if (cost < least) least = cost, boxes[k] = b, name_text[k] = brief;
        }
    }
    // Names and amounts placed together, so that no two overlap; what runs out of the view is left out.
    const std::size_t name_count = boxes.size();
    boxes.insert(boxes.end(), amount_boxes.begin(), amount_boxes.end());
    for (LabelBox& b : boxes) {
        if (b.x0 < 0 || b.y0 < 0 || b.x1 > frame.width || b.y1 > frame.height) b.priority = -1;
    }
    const auto placed = place_boxes(boxes);
    std::vector<bool> shown(boxes.size());
    for (std::size_t k = 0; k < boxes.size(); ++k) shown[k] = placed[k] && boxes[k].priority >= 0;
    // A name with no room right of its node tries left of it, above and below: a node must be findable.
    // (At most 64 such tries a frame: each looks at every label shown.)
    const auto fits = [&](const LabelBox& b) {
        if (b.x0 < 0 || b.y0 < 0 || b.x1 > frame.width || b.y1 > frame.height) return false;
        for (std::size_t j = 0; j < boxes.size(); ++j) {
            const LabelBox& o = boxes[j];
            if (shown[j] && b.x0 < o.x1 + 2 && o.x0 < b.x1 + 2 && b.y0 < o.y1 + 2 && o.y0 < b.y1 + 2) return false;
        }
        return true;
    };
    for (std::size_t k = 0, tries = 0; k < name_count && tries < 64; ++k) {
        if (shown[k]) continue;
        ++tries;
        const Around& a = around[k];
        const float h = frame.line_height;
        // Above and below, centred on the node, or moved in from the view's edge.
        const float mid_x0 = std::clamp(a.cx - a.w / 2, 0.0f, std::max(0.0f, frame.width - a.w));
        const LabelBox places[] = {{a.cx - a.r - 3 - a.w, a.cy - h / 2, a.cx - a.r - 3, a.cy + h / 2, boxes[k].priority},
                                   {mid_x0, a.cy - a.r - 2 - h, mid_x0 + a.w, a.cy - a.r - 2, boxes[k].priority},
                                   {mid_x0, a.cy + a.r + 2, mid_x0 + a.w, a.cy + a.r + 2 + h, boxes[k].priority}};
        for (const LabelBox& b : places) {
            if (!fits(b)) continue;
            boxes[k] = b;
            shown[k] = true;
            name_text[k].clear();  // the whole name, as `around` measured it
            break;
        }
        if (shown[k]) continue;
        // Still no room: a long name by its first two words ("Reid Hoffman's…"), beside, above or below
        // its node; the whole name shows on pointing or selecting.
        std::string brief = brief_name(network_node_name(state, box_node[k]));
        if (brief.empty()) continue;
        const float bw = frame.measure(brief);
        const float brief_x0 = std::clamp(a.cx - bw / 2, 0.0f, std::max(0.0f, frame.width - bw));
        const LabelBox short_places[] = {{a.cx + a.r + 3, a.cy - h / 2, a.cx + a.r + 3 + bw, a.cy + h / 2, boxes[k].priority},
                                         {a.cx - a.r - 3 - bw, a.cy - h / 2, a.cx - a.r - 3, a.cy + h / 2, boxes[k].priority},
                                         {brief_x0, a.cy - a.r - 2 - h, brief_x0 + bw, a.cy - a.r - 2, boxes[k].priority},
                                         {brief_x0, a.cy + a.r + 2, brief_x0 + bw, a.cy + a.r + 2 + h, boxes[k].priority}};
        for (const LabelBox& b : short_places) {
            if (!fits(b)) continue;
            boxes[k] = b;
            shown[k] = true;
            name_text[k] = std::move(brief);
            break;
        }
    }
    move_amounts_off_edges(boxes, shown, name_count, scene, d, frame);
    std::vector<NetworkText> amounts;
    for (std::size_t k = 0; k < boxes.size(); ++k) {
        if (!shown[k]) {
            ++scene.labels_left_out;
            continue;
        }
        const float w = boxes[k].x1 - boxes[k].x0, h = boxes[k].y1 - boxes[k].y0;
        if (k < name_count) scene.names.push_back({boxes[k].x0, boxes[k].y0, name_text[k].empty() ? network_node_name(state, box_node[k]) : name_text[k], box_node[k], w, h});
        else amounts.push_back({boxes[k].x0, boxes[k].y0, scene.amounts[k - name_count].text, scene.amounts[k - name_count].node, w, h});
    }
    scene.amounts = std::move(amounts);
    count_label_problems(scene, frame);
    return scene;
}

NetworkCameraGoal network_focus_goal(const AppState& state, const NetworkFrame& frame) {
    NetworkCameraGoal goal;
    if (!state.selection.event && !state.selection.flow && state.selection.entity.empty() && state.selection.about.empty()) return goal;
    const NetworkLayout& layout = state.derived.network;
    const std::vector<char> ends = selection_ends(state);
    NetworkFrame whole = frame;
    whole.zoom = 1, whole.offset_x = whole.offset_y = 0;
    const NetworkCamera camera = fit_camera(layout, whole);
    float x0 = frame.width, x1 = 0, y0 = frame.height, y1 = 0;
    bool any = false;
    for (std::size_t i = 0; i < ends.size(); ++i) {
        if (!ends[i]) continue;
        const float x = camera.x(layout.nodes[i].at), y = camera.y(layout.nodes[i].at);
        x0 = std::min(x0, x), x1 = std::max(x1, x), y0 = std::min(y0, y), y1 = std::max(y1, y);
        any = true;
    }
    if (!any) return goal;
    // Zoomed in until the ends are far enough apart for their names, edges and amounts to be told
    // apart, but no further than to fill half the view (with room for names right of them and a
    // line above and below): a large view keeps the picture around them. A phone's narrow view
    // may be filled to three quarters, or its subject would stay a knot of labels.
    const float name_room = std::min(100.0f, frame.width * 0.2f);
    const float wide = x1 - x0 + name_room, tall = y1 - y0 + 2 * frame.line_height;
    const float readable = kFocusSpan / std::max({x1 - x0, y1 - y0, 1.0f});
    const float fill = frame.width < 600 ? 0.75f : 0.5f;
    goal.zoom = std::clamp(std::min({readable, frame.width * fill / wide, frame.height * fill / tall}), 1.0f, kMaxFocusZoom);
    // Zoomed, a point of the whole picture at x goes to pivot + (x - pivot) * zoom + offset. The
    // camera moves only as far as it must to bring the ends into the view's middle band: a step whose
    // subject already stands there keeps the picture still (the story's last step had panned every
    // node by 230 px and cut CoreWeave and two investors at the edge). Ends wider than the band are
    // centred, a little left for the names.
    const float pivot_x = fit_pivot_x(frame), pivot_y = frame.height / 2;
    const auto least_move = [](float lo, float hi, float band_lo, float band_hi) {
        if (hi - lo > band_hi - band_lo) return (band_lo + band_hi) / 2 - (lo + hi) / 2;
        return lo < band_lo ? band_lo - lo : hi > band_hi ? band_hi - hi : 0.0f;
    };
    constexpr float kBand = 0.18f;  // of the view, on each side
    goal.offset_x = least_move(pivot_x + (x0 - pivot_x) * goal.zoom, pivot_x + (x1 - pivot_x) * goal.zoom, frame.width * kBand,
                               frame.width * (1 - kBand) - name_room);
    goal.offset_y = least_move(pivot_y + (y0 - pivot_y) * goal.zoom - frame.line_height, pivot_y + (y1 - pivot_y) * goal.zoom + frame.line_height,
                               frame.height * kBand, frame.height * (1 - kBand));
    return goal;
}

void network_note_anchor(const NetworkScene& scene, std::size_t edge, const NetworkFrame& frame, float& x, float& y) {
    const NetworkEdgeShape& e = scene.edges[edge];
    // Out from the middle both ways, in small steps: on a short line the amount takes most of it.
    for (int step = 0; step <= 20; ++step) {
        for (const float t : {0.5f - 0.02f * static_cast<float>(step), 0.5f + 0.02f * static_cast<float>(step)}) {
            edge_point(e, t, x, y);
            const bool under_amount = std::any_of(scene.amounts.begin(), scene.amounts.end(), [&](const NetworkText& a) {
                return x > a.x - 6 && x < a.x + frame.measure(a.text) + 6 && y > a.y - 6 && y < a.y + frame.line_height + 6;
            });
            if (!under_amount) return;
        }
    }
    edge_point(e, 0.5f, x, y);
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
    // An amount names its edge: a click on "$13bn" opens the money it labels, not a line under it.
    for (const NetworkText& a : scene.amounts) {
        if (a.node < scene.edges.size() && x >= a.x - 2 && x <= a.x + a.width + 2 && y >= a.y - 2 && y <= a.y + a.height + 2) return a.node;
    }
    // The nearest edge within reach: a thin edge is reached from 7 px off (3 px past its width missed the
    // pointer of a reader trying to hover one), the nearer of two close ones wins (the later drawn on a tie).
    std::optional<std::size_t> found;
    float nearest = 0;
    constexpr int kPieces = 8;  // a curve is near enough to its eight chords for a pointer
    for (std::size_t k = 0; k < scene.edges.size(); ++k) {
        const NetworkEdgeShape& e = scene.edges[k];
        const bool straight = !e.bent;
        const float reach = std::max(e.width + 3, 7.0f);
        float ax = e.px, ay = e.py;
        for (int piece = 1; piece <= (straight ? 1 : kPieces); ++piece) {
            float bx = e.qx, by = e.qy;
            if (!straight) edge_point(e, static_cast<float>(piece) / kPieces, bx, by);
            const float vx = bx - ax, vy = by - ay;
            const float t = std::clamp(((x - ax) * vx + (y - ay) * vy) / std::max(vx * vx + vy * vy, 1.0f), 0.0f, 1.0f);  // nearest point
            const float d = std::hypot(ax + vx * t - x, ay + vy * t - y);
            if (d < reach && (!found || d <= nearest)) {
                found = k;
                nearest = d;
            }
            ax = bx, ay = by;
        }
    }
    return found;
}

std::vector<CalloutBox> network_note_obstacles(const NetworkScene& scene) {
    std::vector<CalloutBox> obstacles;
    std::vector<char> faded;
    for (const NetworkNodeShape& n : scene.nodes) {
        if (n.node >= faded.size()) faded.resize(n.node + 1, 0);
        faded[n.node] = n.faded;
        obstacles.push_back({n.cx - n.radius, n.cy - n.radius, 2 * n.radius, 2 * n.radius, n.faded ? 1 : kNoteFocusWeight});
    }
    for (const NetworkText& t : scene.names) {
        const bool light = t.node < faded.size() && faded[t.node];
        obstacles.push_back({t.x, t.y, t.width, t.height, light ? 1 : kNoteFocusWeight});
    }
    for (const NetworkText& t : scene.amounts) {
        if (t.node < scene.edges.size() && !scene.edges[t.node].faded) obstacles.push_back({t.x, t.y, t.width, t.height, kNoteFocusWeight});
    }
    // The lines the step is about, by points along their course (not only their labels).
    for (const NetworkEdgeShape& e : scene.edges) {
        if (e.faded) continue;
        for (int k = 1; k < 10; ++k) {
            float ex = 0, ey = 0;
            edge_point(e, static_cast<float>(k) / 10, ex, ey);
            obstacles.push_back({ex - 3, ey - 3, 6, 6, kNoteFocusWeight});
        }
    }
    return obstacles;
}

}  // namespace ds

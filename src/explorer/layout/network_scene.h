#pragma once
// Everything the network view draws, worked out without drawing: the camera that fits the layout
// into the view, which edges and nodes are in view and how thick and where, the amounts on edges
// and the node names that fit without overlapping, and what lies under a point. Coordinates are
// the view's own pixels (0, 0 is its top left). The view only turns this into draw calls.
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/events/analytics.h"
#include "explorer/layout/callout.h"
#include "explorer/layout/network_layout.h"

namespace ds {

struct AppState;

// Thousands of edges are a hairball that takes a frame's time to draw: the largest are drawn, and
// any that carries the selected event.
inline constexpr std::size_t kMaxFlowsDrawn = 3000;
// Only the largest nodes in view compete for a name: measuring and placing 1 700 names a frame
// cost more than drawing the nodes.
inline constexpr std::size_t kMaxNamedNodes = 300;
// Amounts on edges, largest flows first: more overlap into noise and cost a frame's time to format.
inline constexpr std::size_t kMaxEdgeLabels = 80;

struct NetworkFrame {
    float width = 0, height = 0;
    float zoom = 1;                    // the view's camera on top of the fit
    float offset_x = 0, offset_y = 0;
    bool show_cycles = false;          // money cycles drawn thicker
    std::optional<std::size_t> cycle;  // with show_cycles: only this one of derived.cycles
    float line_height = 16;
    std::function<float(std::string_view)> measure;  // text width in pixels, in the UI font
    // A story step: the selection's edges and the nodes at their ends stand out, the rest fades, so
    // the picture shows what the caption is about.
    bool focus_selection = false;
};

// Layout coordinates (about [-1, 1]²) to the view's pixels and back.
// Layout units to pixels. The vertical scale may exceed the horizontal one (a phone's tall view
// spreads the picture out instead of leaving half of it empty).
struct NetworkCamera {
    float scale = 1, scale_y = 1, centre_x = 0, centre_y = 0;
    float x(NodePosition p) const { return centre_x + p.x * scale; }
    float y(NodePosition p) const { return centre_y + p.y * scale_y; }
    NodePosition to_layout(float px, float py) const { return {(px - centre_x) / scale, (py - centre_y) / scale_y}; }
};

// Edges between the same two nodes (money and compute, or both ways) bend apart as quadratic
// curves so that each can be seen, hovered and labelled; a lone edge is straight (its control
// point is its middle).
struct NetworkEdgeShape {
    std::size_t flow = 0;           // into derived.flows
    FlowKind kind = FlowKind::money;
    float px = 0, py = 0, qx = 0, qy = 0;  // from the edge of one node to just before the other's
    float cx = 0, cy = 0;           // the curve's control point
    bool bent = false;              // one of several edges between two nodes: a curve, not a line
    float length = 0;               // centre to centre
    float width = 1;                // whole pixels: ImGui draws integer widths from a baked texture
    bool carries_selected = false;  // the selected event is one of the flow's
    bool in_cycle = false;          // part of a money cycle, with "Cycles" on
    bool matched = false;           // one of its events is a search hit
    bool arrow = true;              // partnerships have no direction
    bool faded = false;             // not what a standing query or a story step is about
};

struct NetworkNodeShape {
    std::size_t node = 0;  // into derived.network.nodes
    float cx = 0, cy = 0, radius = 0;
    NodeShape shape = NodeShape::circle;
    bool selected = false;
    bool matched = false;  // a search hit, or an end of a matched edge
    bool faded = false;    // not what a standing query or a story step is about
};

struct NetworkText {
    float x = 0, y = 0;  // top left
    std::string text;
    std::size_t node = SIZE_MAX;  // names: whose; amounts: the edge's index in scene.edges
    float width = 0, height = 0;  // as placed
};

// A point of the edge's curve, t in [0, 1] from p to q.
inline void edge_point(const NetworkEdgeShape& e, float t, float& x, float& y) {
    const float a = (1 - t) * (1 - t), b = 2 * (1 - t) * t, c = t * t;
    x = a * e.px + b * e.cx + c * e.qx;
    y = a * e.py + b * e.cy + c * e.qy;
}

struct NetworkScene {
    NetworkCamera camera;
    std::vector<NetworkEdgeShape> edges;
    std::vector<NetworkText> amounts;   // on edges (node = the edge's index in `edges`)
    std::vector<NetworkNodeShape> nodes;  // in view
    std::vector<NetworkText> names;     // node names that fit
    std::vector<std::string> highlighted;  // "from>to" of edges carrying the selected event
    bool searching = false;             // a query stands: what it found is marked, the rest dimmed
    bool focusing = false;              // a story step's selection stands out, the rest faded
    // An entity chosen in the explorer: its lines and the firms at their other ends stand out, the
    // rest fade (a ring alone around Nvidia left every other line as strong as its own).
    bool neighbourhood = false;
    int matched_edges = 0, matched_nodes = 0;
    std::size_t flows = 0;              // all flows, drawn or not
    bool largest_only = false;          // more than kMaxFlowsDrawn: only the largest are drawn
    // What the frame report counts: labels that overlap or run past the view (both kept at zero by
    // construction, counted independently), and amounts and names left out for want of room.
    int label_overlaps = 0, clipped_labels = 0, labels_left_out = 0;
};

// Where a story's note points on an edge: its middle, unless the edge's amount sits there (amounts
// sit on their lines), then the nearest point clear of every amount shown.
void network_note_anchor(const NetworkScene& scene, std::size_t edge, const NetworkFrame& frame, float& x, float& y);

// What a story step's note must keep clear of: the nodes, names and amounts the step is about and
// the course of its lines (weight kNoteFocusWeight), and faded nodes and names (weight 1), which it
// covers only where every place covers something.
inline constexpr float kNoteFocusWeight = 1000;
std::vector<CalloutBox> network_note_obstacles(const NetworkScene& scene);

NetworkScene build_network_scene(const AppState& state, const NetworkFrame& frame);

// Where a story step's camera goes (as NetworkFrame's zoom and offset): the ends of the selection's
// edges in the middle of the view (moved no further than to get them there), zoomed in (up to kMaxFocusZoom) until they stand well apart, and
// no further than to fill half of it.
// Without a selection, the whole picture (zoom 1, no offset).
inline constexpr float kMaxFocusZoom = 2.2f;
struct NetworkCameraGoal {
    float zoom = 1, offset_x = 0, offset_y = 0;
};
NetworkCameraGoal network_focus_goal(const AppState& state, const NetworkFrame& frame);

// The node shown for network node `node`: its entity's name, or its id when the gazetteer has none.
const std::string& network_node_name(const AppState& state, std::size_t node);

// What lies under (x, y): an index into scene.nodes / scene.edges.
std::optional<std::size_t> network_node_at(const NetworkScene& scene, float x, float y);
std::optional<std::size_t> network_edge_at(const NetworkScene& scene, float x, float y);

}  // namespace ds

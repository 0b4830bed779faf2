#pragma once
// A deterministic force-directed layout (Fruchterman–Reingold) of the money-and-compute graph: the
// same flows give the same picture, nodes start on a circle in id order and no randomness is used.
#include <map>
#include <string>
#include <vector>

#include "core/annotate/gazetteer.h"
#include "core/events/analytics.h"
#include "explorer/view_state.h"

namespace ds {

// The shape of a node says its kind, so colour is not the only cue: people are triangles, investors,
// funds and governments squares, projects and products diamonds, the rest (firms) circles.
enum class NodeShape { circle, triangle, square, diamond };
NodeShape node_shape_of(const Entity* entity);

struct NetworkNode {
    std::string id;
    NodePosition at;
    double money = 0;  // US dollars in and out, for the node's size
};

struct NetworkLayout {
    std::vector<NetworkNode> nodes;  // in id order
    std::map<std::string, std::size_t> index;
};

// Up to this many nodes every pair repels; above it only near pairs do (a grid finds them).
inline constexpr std::size_t kExactRepulsionNodes = 300;

// Positions roughly within [-1, 1]². Nodes in `pinned` keep the given position (dragged by the user).
NetworkLayout layout_network(const std::vector<Flow>& flows, const std::map<std::string, NodePosition>& pinned = {}, int iterations = 300);

}  // namespace ds

#include "explorer/layout/network_layout.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace ds {

NodeShape node_shape_of(const Entity* e) {
    if (!e) return NodeShape::circle;
    if (e->kind == "person") return NodeShape::triangle;
    if (e->kind == "investor" || e->kind == "fund" || e->kind == "government") return NodeShape::square;
    if (e->kind == "project" || e->kind == "product") return NodeShape::diamond;
    return NodeShape::circle;
}

NetworkLayout layout_network(const std::vector<Flow>& flows, const std::map<std::string, NodePosition>& pinned, int iterations) {
    NetworkLayout out;
    for (const Flow& f : flows) {
        out.index.emplace(f.from, 0);
        out.index.emplace(f.to, 0);
    }
    const std::size_t n = out.index.size();
    std::size_t k = 0;
    for (auto& [id, i] : out.index) {
        i = k;
        const double angle = 2 * std::numbers::pi * static_cast<double>(k) / static_cast<double>(std::max<std::size_t>(n, 1));
        out.nodes.push_back({id, {static_cast<float>(std::cos(angle)), static_cast<float>(std::sin(angle))}, 0});
        ++k;
    }
    struct Edge {
        std::size_t a, b;
    };
    std::vector<Edge> edges;
    for (const Flow& f : flows) {
        const std::size_t a = out.index[f.from], b = out.index[f.to];
        edges.push_back({a, b});
        out.nodes[a].money += f.total.weight();
        out.nodes[b].money += f.total.weight();
    }
    for (auto& node : out.nodes) {
        if (const auto p = pinned.find(node.id); p != pinned.end()) node.at = p->second;
    }
    if (n < 2) return out;

    // Ideal distance for nodes spread over an area of 4 (the square [-1, 1]²).
    const double ideal = std::sqrt(4.0 / static_cast<double>(n));
    std::vector<double> dx(n), dy(n);
    std::vector<char> is_pinned(n, 0);
    for (std::size_t i = 0; i < n; ++i) is_pinned[i] = pinned.count(out.nodes[i].id) ? 1 : 0;
    const auto repel = [&](std::size_t i, std::size_t j) {
        double x = out.nodes[i].at.x - out.nodes[j].at.x, y = out.nodes[i].at.y - out.nodes[j].at.y;
        double d2 = x * x + y * y;
        if (d2 < 1e-9) {  // coincident: push apart along a fixed direction
            x = 1e-3 * static_cast<double>(j - i);
            y = 0;
            d2 = x * x;
        }
        const double f = ideal * ideal / d2;  // repulsion ideal²/d, as a vector divided by d
        dx[i] += x * f, dy[i] += y * f;
        dx[j] -= x * f, dy[j] -= y * f;
    };
    // Large graphs: repulsion only between nodes within two ideal distances, found through a grid
    // (Fruchterman and Reingold's own variant), O(n) per step instead of O(n²) — 2 000 nodes took 2 s.
    const bool use_grid = n > kExactRepulsionNodes;
    // And fewer steps: a graph of thousands of nodes is a picture of clusters, not of single edges
    // (at least 60 steps; 1 700 nodes with every step took 2.6 s).
    if (use_grid) iterations = std::max(60, static_cast<int>(static_cast<double>(iterations) * static_cast<double>(kExactRepulsionNodes) / static_cast<double>(n)));
    std::vector<std::size_t> cell_of(n), order(n), cell_start;
    double temperature = 0.2;
    // Cooling reaches the floor in about 300 steps; with fewer steps, within them.
    const double cooling = use_grid ? std::pow(0.002 / 0.2, 1.0 / std::max(iterations, 1)) : 0.985;
    for (int it = 0; it < iterations; ++it) {
        std::fill(dx.begin(), dx.end(), 0.0);
        std::fill(dy.begin(), dy.end(), 0.0);
        if (!use_grid) {
            for (std::size_t i = 0; i < n; ++i) {
                for (std::size_t j = i + 1; j < n; ++j) repel(i, j);
            }
        } else {
            float min_x = out.nodes[0].at.x, min_y = out.nodes[0].at.y, max_x = min_x, max_y = min_y;
            for (const auto& node : out.nodes) {
                min_x = std::min(min_x, node.at.x), max_x = std::max(max_x, node.at.x);
                min_y = std::min(min_y, node.at.y), max_y = std::max(max_y, node.at.y);
            }
            // Cells of two ideal distances, but never more than ~16 per node (a node flung far away
            // must not make the grid huge).
            const double extent = std::max(max_x - min_x, max_y - min_y);
            const double cell = std::max(2 * ideal, extent / (4 * std::sqrt(static_cast<double>(n))));
            const auto columns = static_cast<std::size_t>((max_x - min_x) / cell) + 1, rows = static_cast<std::size_t>((max_y - min_y) / cell) + 1;
            const auto cell_at = [&](std::size_t c, std::size_t r) { return r * columns + c; };
            // Nodes sorted by cell (counting sort): cell_start[c] .. cell_start[c + 1] in `order`.
            cell_start.assign(columns * rows + 1, 0);
            for (std::size_t i = 0; i < n; ++i) {
                cell_of[i] = cell_at(static_cast<std::size_t>((out.nodes[i].at.x - min_x) / cell), static_cast<std::size_t>((out.nodes[i].at.y - min_y) / cell));
                ++cell_start[cell_of[i] + 1];
            }
            for (std::size_t c = 1; c < cell_start.size(); ++c) cell_start[c] += cell_start[c - 1];
            std::vector<std::size_t> fill(cell_start.begin(), cell_start.end() - 1);
            for (std::size_t i = 0; i < n; ++i) order[fill[cell_of[i]]++] = i;
            for (std::size_t i = 0; i < n; ++i) {
                const std::size_t c = cell_of[i] % columns, r = cell_of[i] / columns;
                for (std::size_t rr = r == 0 ? 0 : r - 1; rr <= std::min(r + 1, rows - 1); ++rr) {
                    for (std::size_t cc = c == 0 ? 0 : c - 1; cc <= std::min(c + 1, columns - 1); ++cc) {
                        const std::size_t cell_index = cell_at(cc, rr);
                        for (std::size_t slot = cell_start[cell_index]; slot < cell_start[cell_index + 1]; ++slot) {
                            if (order[slot] > i) repel(i, order[slot]);  // each pair once
                        }
                    }
                }
            }
        }
        for (const Edge& e : edges) {
            const double x = out.nodes[e.a].at.x - out.nodes[e.b].at.x, y = out.nodes[e.a].at.y - out.nodes[e.b].at.y;
            const double d = std::sqrt(x * x + y * y);
            const double f = d / ideal;  // attraction d²/ideal, as a vector divided by d
            dx[e.a] -= x * f, dy[e.a] -= y * f;
            dx[e.b] += x * f, dy[e.b] += y * f;
        }
        for (std::size_t i = 0; i < n; ++i) {
            // Gravity towards the centre keeps separate components on screen.
            dx[i] -= out.nodes[i].at.x * 0.6, dy[i] -= out.nodes[i].at.y * 0.6;
            if (is_pinned[i]) continue;
            const double len = std::sqrt(dx[i] * dx[i] + dy[i] * dy[i]);
            if (len < 1e-12) continue;
            const double step = std::min(len, temperature);
            out.nodes[i].at.x += static_cast<float>(dx[i] / len * step);
            out.nodes[i].at.y += static_cast<float>(dy[i] / len * step);
        }
        temperature = std::max(0.002, temperature * cooling);
    }
    return out;
}

}  // namespace ds

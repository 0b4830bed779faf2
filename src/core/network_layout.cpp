#include "network_layout.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace ds {

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
        out.nodes[a].money += f.total.value;
        out.nodes[b].money += f.total.value;
    }
    for (auto& node : out.nodes) {
        if (const auto p = pinned.find(node.id); p != pinned.end()) node.at = p->second;
    }
    if (n < 2) return out;

    // Ideal distance for nodes spread over an area of 4 (the square [-1, 1]²).
    const double ideal = std::sqrt(4.0 / static_cast<double>(n));
    std::vector<double> dx(n), dy(n);
    double temperature = 0.2;
    for (int it = 0; it < iterations; ++it) {
        std::fill(dx.begin(), dx.end(), 0.0);
        std::fill(dy.begin(), dy.end(), 0.0);
        for (std::size_t i = 0; i < n; ++i) {
            for (std::size_t j = i + 1; j < n; ++j) {
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
            if (pinned.count(out.nodes[i].id)) continue;
            const double len = std::sqrt(dx[i] * dx[i] + dy[i] * dy[i]);
            if (len < 1e-12) continue;
            const double step = std::min(len, temperature);
            out.nodes[i].at.x += static_cast<float>(dx[i] / len * step);
            out.nodes[i].at.y += static_cast<float>(dy[i] / len * step);
        }
        temperature = std::max(0.002, temperature * 0.985);
    }
    return out;
}

}  // namespace ds

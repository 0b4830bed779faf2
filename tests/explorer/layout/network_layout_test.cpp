// The network layout: deterministic, finite, on screen, dragged nodes kept; a large one through grid repulsion.
#include <doctest/doctest.h>

#include <cmath>
#include <set>

#include "core/events/analytics.h"
#include "explorer/layout/network_layout.h"
#include "support/seed_articles.h"

using namespace ds;

TEST_CASE("network layout is deterministic, finite and keeps dragged nodes where they were put") {
    const auto flows = flow_graph(test::curated_events());
    REQUIRE(flows.size() > 5);
    const auto a = layout_network(flows), b = layout_network(flows);
    REQUIRE(a.nodes.size() == b.nodes.size());
    for (std::size_t i = 0; i < a.nodes.size(); ++i) {
        CHECK(a.nodes[i].at.x == b.nodes[i].at.x);
        CHECK(a.nodes[i].at.y == b.nodes[i].at.y);
        CHECK(std::isfinite(a.nodes[i].at.x));
        CHECK(std::fabs(a.nodes[i].at.x) < 3);
    }
    // Connected nodes end up closer than the average pair.
    double edge_sum = 0, pair_sum = 0;
    int pairs = 0;
    for (const Flow& f : flows) {
        const auto& p = a.nodes[a.index.at(f.from)].at;
        const auto& q = a.nodes[a.index.at(f.to)].at;
        edge_sum += std::hypot(p.x - q.x, p.y - q.y);
    }
    for (std::size_t i = 0; i < a.nodes.size(); ++i) {
        for (std::size_t j = i + 1; j < a.nodes.size(); ++j, ++pairs) pair_sum += std::hypot(a.nodes[i].at.x - a.nodes[j].at.x, a.nodes[i].at.y - a.nodes[j].at.y);
    }
    CHECK(edge_sum / static_cast<double>(flows.size()) < pair_sum / pairs);
    const auto pinned = layout_network(flows, {{"openai", {0.9f, -0.9f}}});
    CHECK(pinned.nodes[pinned.index.at("openai")].at.x == 0.9f);
    CHECK(pinned.nodes[pinned.index.at("openai")].at.y == -0.9f);
}

TEST_CASE("a large network (grid repulsion) is laid out the same every time, spread out and on screen") {
    std::vector<Flow> flows;
    for (std::size_t i = 0; i < 1500; ++i) {
        Flow f;
        f.from = "n" + std::to_string(i % 600);
        f.to = "n" + std::to_string((i * 7 + 3) % 600);
        f.total.value = 1e6 * static_cast<double>(i % 50 + 1);
        flows.push_back(std::move(f));
    }
    const NetworkLayout a = layout_network(flows), b = layout_network(flows);
    REQUIRE(a.nodes.size() == 600);
    REQUIRE(a.nodes.size() > kExactRepulsionNodes);
    float min_x = 0, max_x = 0, min_y = 0, max_y = 0;
    std::size_t close_pairs = 0;
    for (std::size_t i = 0; i < a.nodes.size(); ++i) {
        CHECK(a.nodes[i].at.x == b.nodes[i].at.x);
        CHECK(a.nodes[i].at.y == b.nodes[i].at.y);
        min_x = std::min(min_x, a.nodes[i].at.x), max_x = std::max(max_x, a.nodes[i].at.x);
        min_y = std::min(min_y, a.nodes[i].at.y), max_y = std::max(max_y, a.nodes[i].at.y);
        for (std::size_t j = i + 1; j < a.nodes.size(); ++j) {
            close_pairs += std::hypot(a.nodes[i].at.x - a.nodes[j].at.x, a.nodes[i].at.y - a.nodes[j].at.y) < 1e-3f ? 1 : 0;
        }
    }
    CHECK(close_pairs == 0);
    CHECK(max_x - min_x > 0.5f);  // spread out, not collapsed
    CHECK(max_x - min_x < 10.0f);
    CHECK(max_y - min_y < 10.0f);
}

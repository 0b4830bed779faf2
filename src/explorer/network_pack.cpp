#include "explorer/network_pack.h"

#include "core/pack/pack_bytes.h"

namespace ds {

std::string network_section(const AppState& state) {
    const Derived& d = state.derived;
    PackWriter w;
    w.text(d.network_key);
    w.size(d.network.nodes.size());
    for (const NetworkNode& n : d.network.nodes) {
        w.text(n.id);
        w.f64(n.at.x);
        w.f64(n.at.y);
        w.f64(n.money);
    }
    w.size(d.cycles.size());
    for (const auto& cycle : d.cycles) {
        w.size(cycle.size());
        for (const auto& id : cycle) w.text(id);
    }
    return std::move(w.bytes());
}

bool use_network_section(AppState& state, std::string_view section) {
    if (section.empty()) return false;
    PackReader r(section);
    std::string key = r.text();
    NetworkLayout layout;
    layout.nodes.resize(r.count(28));
    for (std::size_t i = 0; i < layout.nodes.size(); ++i) {
        NetworkNode& n = layout.nodes[i];
        n.id = r.text();
        n.at.x = static_cast<float>(r.f64());
        n.at.y = static_cast<float>(r.f64());
        n.money = r.f64();
        if (!layout.index.emplace(n.id, i).second) r.fail("a node twice");
    }
    std::vector<std::vector<std::string>> cycles(r.count(8));
    for (auto& cycle : cycles) {
        cycle.resize(r.count(4));
        for (auto& id : cycle) id = r.text();
    }
    if (r.failed() || !r.at_end()) return false;
    state.derived.network = std::move(layout);
    state.derived.cycles = std::move(cycles);
    state.derived.network_key = std::move(key);
    state.derived.network_unchecked = true;
    return true;
}

}  // namespace ds

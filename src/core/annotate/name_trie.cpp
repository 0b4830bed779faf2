#include "core/annotate/name_trie.h"

namespace ds {

std::uint64_t NameTrie::hash(std::uint32_t parent, std::string_view token) {
    std::uint64_t h = 14695981039346656037ull ^ (std::uint64_t{parent} * 0x9E3779B97F4A7C15ull);  // FNV-1a, seeded by the parent
    for (char c : token) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    return h ^ (h >> 32);
}

void NameTrie::grow() {
    std::vector<Edge> old = std::move(edges_);
    edges_.assign(old.empty() ? 256 : old.size() * 2, Edge{});
    const std::size_t mask = edges_.size() - 1;
    for (const Edge& e : old) {
        if (e.child == 0) continue;
        std::size_t s = e.hash & mask;
        while (edges_[s].child != 0) s = (s + 1) & mask;
        edges_[s] = e;
    }
}

std::optional<std::uint32_t> NameTrie::child(std::uint32_t node, std::string_view token) const {
    if (edges_.empty()) return std::nullopt;
    const std::uint64_t h = hash(node, token);
    const std::size_t mask = edges_.size() - 1;
    for (std::size_t s = h & mask; edges_[s].child != 0; s = (s + 1) & mask) {
        const Edge& e = edges_[s];
        if (e.hash == h && e.parent == node && std::string_view(tokens_).substr(e.token, e.length) == token) return e.child;
    }
    return std::nullopt;
}

void NameTrie::insert(const std::vector<std::string>& tokens, std::int32_t entity) {
    if (tokens.empty()) return;
    first_bytes_[static_cast<unsigned char>(tokens.front().front())] = true;
    std::uint32_t node = kRoot;
    for (const auto& t : tokens) {
        if (const auto next = child(node, t)) {
            node = *next;
            continue;
        }
        if ((used_ + 1) * 2 > edges_.size()) grow();  // at most half full: probes stay short
        const auto next = static_cast<std::uint32_t>(entities_.size());
        entities_.push_back(-1);
        const std::uint64_t h = hash(node, t);
        const std::size_t mask = edges_.size() - 1;
        std::size_t s = h & mask;
        while (edges_[s].child != 0) s = (s + 1) & mask;
        edges_[s] = {h, node, next, static_cast<std::uint32_t>(tokens_.size()), static_cast<std::uint32_t>(t.size())};
        tokens_ += t;
        ++used_;
        node = next;
    }
    if (entities_[node] < 0) entities_[node] = entity;
}

}  // namespace ds

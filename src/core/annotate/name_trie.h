#pragma once
// Multi-word names as token sequences in a trie: matching costs one probe per token, however many
// names the gazetteer holds. All edges live in one open-addressing table keyed by (node, token):
// a hash map per node cost a third of annotating (hashing, bucket division, chasing nodes).
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ds {

class NameTrie {
public:
    static constexpr std::uint32_t kRoot = 0;
    // Adds a name; the first entity to claim a name keeps it.
    void insert(const std::vector<std::string>& tokens, std::int32_t entity);
    // The node reached from `node` by `token`.
    std::optional<std::uint32_t> child(std::uint32_t node, std::string_view token) const;
    // Index into Gazetteer::entities of the name ending at `node`, or -1.
    std::int32_t entity(std::uint32_t node) const { return entities_[node]; }
    // Whether any name starts with a token whose first byte is `c` (most words cannot start one).
    bool may_start_with(char c) const { return first_bytes_[static_cast<unsigned char>(c)]; }
    std::size_t nodes() const { return entities_.size(); }

private:
    struct Edge {
        std::uint64_t hash = 0;
        std::uint32_t parent = 0, child = 0;  // child 0 (the root) marks a free slot
        std::uint32_t token = 0, length = 0;  // in tokens_
    };
    static std::uint64_t hash(std::uint32_t parent, std::string_view token);
    void grow();

    std::vector<Edge> edges_;
    std::string tokens_;
    std::vector<std::int32_t> entities_{-1};  // per node
    std::size_t used_ = 0;
    std::array<bool, 256> first_bytes_{};
};

}  // namespace ds

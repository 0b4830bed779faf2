#pragma once
// Streaming a large JSON document of the form {"key": [ item, item, … ], …} one item at a time.
// fast_sax_parse reads it (nlohmann/json explains syntax errors); each item is built into a small
// tree that is reused for the next, so reading 100 000 events neither builds nor frees a DOM of the
// whole file.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/text/problem.h"

namespace ds {

class JsonTree;

// A read-only view of one value inside a JsonTree; valid until the tree is reused.
class JsonRef {
public:
    JsonRef(const JsonTree& tree, std::uint32_t index) : tree_(&tree), index_(index) {}

    bool is_null() const;
    bool is_boolean() const;
    bool is_number() const;
    bool is_string() const;
    bool is_array() const;
    bool is_object() const;
    const char* type_name() const;  // the names nlohmann/json uses: "null", "string", "object" …

    bool boolean() const;
    double number() const;
    const std::string& string() const;

    std::size_t size() const;                          // members or elements; 0 for scalars
    std::optional<JsonRef> find(std::string_view key) const;  // first member with that name
    // Members of an object (name and value) or elements of an array (name empty), in file order.
    void for_each(const std::function<void(const std::string& name, JsonRef value)>& visit) const;

private:
    const JsonTree* tree_;
    std::uint32_t index_;
};

// A member name said twice in one object, anywhere inside `value`: where ("/amounts/0/value",
// relative to `value`) and the name. nlohmann/json keeps the last and this reader the first, so
// such a file means different things to different tools; the loaders refuse it.
struct DuplicateMember {
    std::string pointer, name;
};
std::optional<DuplicateMember> find_duplicate_member(JsonRef value);

class JsonTree {
public:
    enum class Kind : std::uint8_t { null, boolean, number, string, array, object };
    static constexpr std::uint32_t kNone = UINT32_MAX;
    struct Node {
        Kind kind = Kind::null;
        bool boolean = false;
        double number = 0;
        std::string text;  // the value of a string
        std::string name;  // the member name, when the parent is an object
        std::uint32_t first_child = kNone, last_child = kNone, next = kNone, count = 0;
    };

    // Forgets the values but keeps the nodes' storage for the next item.
    void reset() { used_ = 0; }
    // Adds a value under `parent` (kNone for the root) and returns its index.
    std::uint32_t add(std::uint32_t parent, Kind kind, std::string_view name);
    Node& at(std::uint32_t i) { return nodes_[i]; }
    const Node& at(std::uint32_t i) const { return nodes_[i]; }
    JsonRef root() const { return {*this, 0}; }

private:
    std::vector<Node> nodes_;
    std::uint32_t used_ = 0;
};

// What the stream found, for each top-level member "key": an array's items one by one (with their
// index), or any other value whole.
struct JsonStreamVisitor {
    // The message when the root is something else ("expected an object, found {1}": the type found).
    MessageCode root_not_object = MessageCode::expected_object_found;
    std::function<void(const std::string& key)> array;  // a top-level array begins
    std::function<void(const std::string& key, std::size_t index, JsonRef item)> item;
    std::function<void(const std::string& key, JsonRef value)> member;  // a top-level value that is not an array
};

// Streams `text`. Returns a problem placed at "file:line:col" for a syntax error, or one placed at
// "file#" (`root_not_object`) when the root is not an object. Items already visited before a syntax error stay visited;
// the caller decides whether to keep what it built from them.
std::optional<Problem> stream_json_object(std::string_view text, const std::string& file, const JsonStreamVisitor& visitor);

}  // namespace ds

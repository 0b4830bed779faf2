#include "core/json/json_stream.h"

#include <algorithm>

#include "core/json/json_fast_sax.h"
#include "core/json/json_load.h"
#include "core/json/json_path.h"

namespace ds {

// ---- JsonRef ----------------------------------------------------------------------------------

namespace {
using Kind = JsonTree::Kind;
}

bool JsonRef::is_null() const { return tree_->at(index_).kind == Kind::null; }
bool JsonRef::is_boolean() const { return tree_->at(index_).kind == Kind::boolean; }
bool JsonRef::is_number() const { return tree_->at(index_).kind == Kind::number; }
bool JsonRef::is_string() const { return tree_->at(index_).kind == Kind::string; }
bool JsonRef::is_array() const { return tree_->at(index_).kind == Kind::array; }
bool JsonRef::is_object() const { return tree_->at(index_).kind == Kind::object; }
bool JsonRef::boolean() const { return tree_->at(index_).boolean; }
double JsonRef::number() const { return tree_->at(index_).number; }
const std::string& JsonRef::string() const { return tree_->at(index_).text; }

const char* JsonRef::type_name() const {
    switch (tree_->at(index_).kind) {
        case Kind::null: return "null";
        case Kind::boolean: return "boolean";
        case Kind::number: return "number";
        case Kind::string: return "string";
        case Kind::array: return "array";
        case Kind::object: return "object";
    }
    return "value";
}

std::size_t JsonRef::size() const { return tree_->at(index_).count; }

std::optional<JsonRef> JsonRef::find(std::string_view key) const {
    if (!is_object()) return std::nullopt;
    for (std::uint32_t c = tree_->at(index_).first_child; c != JsonTree::kNone; c = tree_->at(c).next) {
        if (tree_->at(c).name == key) return JsonRef(*tree_, c);
    }
    return std::nullopt;
}

void JsonRef::for_each(const std::function<void(const std::string&, JsonRef)>& visit) const {
    for (std::uint32_t c = tree_->at(index_).first_child; c != JsonTree::kNone; c = tree_->at(c).next) {
        visit(tree_->at(c).name, JsonRef(*tree_, c));
    }
}

namespace {

// The first member name said twice in `object`, if any. Objects in data files have a handful of
// members: comparing each pair is cheaper than a set; a large one is sorted instead, so a hostile
// object of 100 000 members is not quadratic.
std::optional<std::string> twice_named(JsonRef object) {
    std::vector<std::string> names;
    object.for_each([&](const std::string& name, JsonRef) { names.push_back(name); });
    if (names.size() > 32) {
        std::sort(names.begin(), names.end());
        const auto twice = std::adjacent_find(names.begin(), names.end());
        return twice == names.end() ? std::nullopt : std::optional<std::string>(*twice);
    }
    for (std::size_t i = 0; i < names.size(); ++i) {
        for (std::size_t k = i + 1; k < names.size(); ++k) {
            if (names[i] == names[k]) return names[i];
        }
    }
    return std::nullopt;
}

}  // namespace

std::optional<DuplicateMember> find_duplicate_member(JsonRef value) {
    // Walked with a list, not recursion: a hostile item nested 300 000 deep overflowed the stack.
    // Each entry keeps its parent and step, so the pointer is built only for the one found.
    struct Entry {
        JsonRef value;
        std::size_t parent;
        std::string step;
    };
    std::vector<Entry> entries{{value, SIZE_MAX, ""}};
    for (std::size_t e = 0; e < entries.size(); ++e) {
        const JsonRef here = entries[e].value;
        std::optional<std::string> twice = here.is_object() ? twice_named(here) : std::nullopt;
        if (twice) {
            std::vector<const std::string*> steps;  // from here up to `value`
            for (std::size_t at = e; entries[at].parent != SIZE_MAX; at = entries[at].parent) steps.push_back(&entries[at].step);
            std::string pointer;
            for (auto step = steps.rbegin(); step != steps.rend(); ++step) pointer += "/" + **step;
            pointer += "/";
            append_pointer_token(pointer, *twice);
            return DuplicateMember{std::move(pointer), std::move(*twice)};
        }
        std::size_t index = 0;
        here.for_each([&](const std::string& name, JsonRef child) {
            std::string step;
            if (here.is_object()) append_pointer_token(step, name);
            else step = std::to_string(index);
            ++index;
            if (child.is_object() || child.is_array()) entries.push_back({child, e, std::move(step)});
        });
    }
    return std::nullopt;
}

// ---- JsonTree ---------------------------------------------------------------------------------

std::uint32_t JsonTree::add(std::uint32_t parent, Kind kind, std::string_view name) {
    if (used_ == nodes_.size()) nodes_.emplace_back();
    const std::uint32_t index = used_++;
    Node& node = nodes_[index];
    node.kind = kind;
    node.name.assign(name);  // reuses the node's earlier storage
    node.first_child = node.last_child = node.next = kNone;
    node.count = 0;
    if (parent != kNone) {
        Node& p = nodes_[parent];
        if (p.last_child == kNone) p.first_child = index;
        else nodes_[p.last_child].next = index;
        p.last_child = index;
        ++p.count;
    }
    return index;
}

// ---- Streaming --------------------------------------------------------------------------------

namespace {

// Depth 1 is inside the root object. An array there is streamed: each of its items (depth 2) is
// built into the tree on its own and handed to the visitor when it closes.
struct StreamHandler {
    const JsonStreamVisitor& visitor;
    JsonTree tree;
    std::vector<std::uint32_t> open;  // containers of the value being built
    std::string member_key;           // the current top-level member
    std::string name;                 // the member name for the next value inside the tree
    int depth = 0;
    bool streaming = false;  // inside a top-level array
    std::size_t index = 0;
    bool root_not_object = false;
    const char* root_type = "";

    explicit StreamHandler(const JsonStreamVisitor& v) : visitor(v) {}

    // Starts or continues a value; returns its node, or kNone when the value is not built.
    std::uint32_t begin(Kind kind, const char* type) {
        if (depth == 0) {
            if (kind != Kind::object) {
                root_not_object = true;
                root_type = type;
            }
            return JsonTree::kNone;
        }
        if (depth == 1 && kind == Kind::array) return JsonTree::kNone;  // streamed, not built
        if (open.empty()) {
            tree.reset();
            return tree.add(JsonTree::kNone, kind, "");
        }
        const bool in_object = tree.at(open.back()).kind == Kind::object;
        return tree.add(open.back(), kind, in_object ? std::string_view(name) : std::string_view());
    }
    // A value is complete; when it is a whole item or member, hand it over.
    void complete() {
        if (!open.empty()) return;
        if (streaming && depth == 2) visitor.item(member_key, index++, tree.root());
        else if (depth == 1 && visitor.member) visitor.member(member_key, tree.root());
    }
    bool scalar(Kind kind, const char* type, auto&& fill) {
        const std::uint32_t node = begin(kind, type);
        if (root_not_object) return false;
        if (node != JsonTree::kNone) {
            fill(tree.at(node));
            complete();
        }
        return true;
    }
    bool start(Kind kind, const char* type) {
        const std::uint32_t node = begin(kind, type);
        if (root_not_object) return false;
        if (node != JsonTree::kNone) open.push_back(node);
        else if (depth == 1) {  // a top-level array: stream its items
            streaming = true;
            index = 0;
            if (visitor.array) visitor.array(member_key);
        }
        ++depth;
        return true;
    }
    bool end() {
        --depth;
        if (!open.empty()) {
            open.pop_back();
            complete();
        } else if (depth == 1) {
            streaming = false;
        }
        return true;
    }

    // The SAX interface fast_sax_parse calls (numbers all arrive as number_float).
    bool null() { return scalar(Kind::null, "null", [](JsonTree::Node&) {}); }
    bool boolean(bool v) { return scalar(Kind::boolean, "boolean", [&](JsonTree::Node& n) { n.boolean = v; }); }
    bool number_float(double v, const std::string&) {
        return scalar(Kind::number, "number", [&](JsonTree::Node& n) { n.number = v; });
    }
    bool string(std::string& v) { return scalar(Kind::string, "string", [&](JsonTree::Node& n) { n.text.assign(v); }); }
    bool start_object(std::size_t) { return start(Kind::object, "object"); }
    bool end_object() { return end(); }
    bool start_array(std::size_t) { return start(Kind::array, "array"); }
    bool end_array() { return end(); }
    bool key(std::string& k) {
        if (open.empty()) member_key.assign(k);
        else name.assign(k);
        return true;
    }
};

}  // namespace

std::optional<Problem> stream_json_object(std::string_view text, const std::string& file, const JsonStreamVisitor& visitor) {
    if (auto problem = json_nul_byte(text, file)) return problem;
    StreamHandler handler(visitor);
    if (fast_sax_parse(text, handler)) return std::nullopt;
    if (handler.root_not_object) {
        return Problem{Severity::error, json_place(file, ""), visitor.root_not_object, {handler.root_type}};
    }
    // The fast reader gives no details; nlohmann/json says where and why.
    if (auto problem = json_syntax_error(text, file)) return problem;
    return Problem{Severity::error, file, MessageCode::json_readers_disagree};
}

}  // namespace ds

#pragma once
// A JSON pointer held as a chain of parents on the stack and rendered only when a problem needs it,
// so reading valid data builds no pointer strings. A path must not outlive its parent: name each
// level in its own variable rather than chaining temporaries into a stored path.
#include <cstddef>
#include <string>
#include <string_view>

namespace ds {

// A member name as one step of a JSON pointer (RFC 6901: "~" and "/" escaped), appended to `out`.
inline void append_pointer_token(std::string& out, std::string_view name) {
    for (char c : name) {
        if (c == '~') out += "~0";
        else if (c == '/') out += "~1";
        else out += c;
    }
}

struct JsonPath {
    const JsonPath* parent = nullptr;
    std::string_view key;  // a member name; unused for an array index
    std::size_t index = 0;
    bool is_index = false;

    JsonPath operator/(std::string_view member) const { return {this, member, 0, false}; }
    JsonPath operator/(std::size_t i) const { return {this, {}, i, true}; }

    // "/events/3/sources/0" (RFC 6901: "~" and "/" in names escaped); "" for the root.
    std::string str() const {
        std::string out = parent ? parent->str() : std::string();
        if (!parent) return out;
        out += '/';
        if (is_index) return out + std::to_string(index);
        append_pointer_token(out, key);
        return out;
    }
};

}  // namespace ds

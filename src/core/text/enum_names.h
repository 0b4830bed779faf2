#pragma once
// One way to name enum values: a table of {value, name} rows per enum, read both ways. Names are what
// links, JSON and the CLI write, so they never change when an enum is reordered. A table whose rows
// carry more (the message wordings in message.cpp) is read the same way: any row with `value` and
// `name` will do.
#include <optional>
#include <string_view>

namespace ds {

template <class E>
struct EnumName {
    E value;
    const char* name;
};

// The name of `value` in `table` ("" if the table lacks it).
template <class Row, std::size_t N>
constexpr const char* enum_name(const Row (&table)[N], decltype(Row::value) value) {
    for (const auto& row : table) {
        if (row.value == value) return row.name;
    }
    return "";
}

// The value named `name` in `table`, if any.
template <class Row, std::size_t N>
constexpr std::optional<decltype(Row::value)> enum_from_name(const Row (&table)[N], std::string_view name) {
    for (const auto& row : table) {
        if (name == row.name) return row.value;
    }
    return std::nullopt;
}

}  // namespace ds

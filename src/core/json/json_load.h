#pragma once
// JSON parsing that reports syntax errors as "file:line:col: reason" without exceptions (the wasm
// build does not catch them), and JSON-pointer places for problems in the values.
#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include <nlohmann/json.hpp>

#include "core/text/problem.h"

namespace ds {

// The parsed value, or a problem placed at "file:line:col".
std::variant<nlohmann::json, Problem> parse_json(std::string_view text, const std::string& file);

// nlohmann/json takes a NUL byte for the end of the input and would ignore what follows it, so
// every JSON reader here refuses NUL bytes first ("file:byte N").
std::optional<Problem> json_nul_byte(std::string_view text, const std::string& file);

// The first syntax error as "file:line:col: reason", or none for valid JSON. Builds no values.
std::optional<Problem> json_syntax_error(std::string_view text, const std::string& file);

// "file#/pointer" — the place of a value inside a JSON file.
inline std::string json_place(const std::string& file, const std::string& pointer) { return file + "#" + pointer; }

// Whether `object[key]` is the string `expected`. Never throws: json::value() would, on a
// field of another type (a number where a name belongs), and the wasm build cannot catch it.
inline bool json_field_is(const nlohmann::json& object, const char* key, std::string_view expected) {
    if (!object.is_object()) return false;
    const auto it = object.find(key);
    return it != object.end() && it->is_string() && it->get_ref<const std::string&>() == expected;
}

}  // namespace ds

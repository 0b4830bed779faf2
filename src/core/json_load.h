#pragma once
// JSON parsing that reports syntax errors as "file:line:col: reason" without exceptions (the wasm
// build does not catch them), and JSON-pointer places for problems in the values.
#include <string>
#include <string_view>
#include <variant>

#include <nlohmann/json.hpp>

#include "problem.h"

namespace ds {

// The parsed value, or a problem placed at "file:line:col".
std::variant<nlohmann::json, Problem> parse_json(std::string_view text, const std::string& file);

// "file#/pointer" — the place of a value inside a JSON file.
inline std::string json_place(const std::string& file, const std::string& pointer) { return file + "#" + pointer; }

}  // namespace ds

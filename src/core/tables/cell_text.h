#pragma once
// The two things every reader of a cell does first: fold ASCII case (headers, words like "mrd")
// and drop the blanks around it (spreadsheets pad cells with spaces and tabs).
#include <string>
#include <string_view>

#include "core/text/text_scan.h"

namespace ds {

using scan::ascii_lower;

inline std::string trimmed_cell(std::string_view s) {
    const auto first = s.find_first_not_of(" \t");
    if (first == std::string_view::npos) return {};
    return std::string(s.substr(first, s.find_last_not_of(" \t") - first + 1));
}

}  // namespace ds

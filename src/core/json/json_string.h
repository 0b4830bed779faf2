#pragma once
// A JSON string of valid UTF-8 text, escaped exactly as nlohmann/json's dump() escapes it (so records
// written either way compare equal byte for byte). dump() checks the UTF-8 again byte by byte, which
// made saving a 5 MB article take 50 ms; this copies runs that need no escape in one go.
#include <string>
#include <string_view>

namespace ds {

void append_json_string(std::string& out, std::string_view utf8);
// The same without the quotes, so that a long string can be written a piece at a time.
void append_json_escaped(std::string& out, std::string_view utf8);

}  // namespace ds

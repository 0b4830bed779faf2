#pragma once
// Writing a large JSON document without holding all of it: the document's small part as a JSON
// value, and its long arrays made one item at a time. The text is exactly what dump(2) of the
// whole document would print (keys in order, two-space indent), so a command's output format does
// not depend on how it was written. The CLI's `parse` held a thousand bytes per input byte when it
// built the whole tree first.
#include <cstddef>
#include <functional>
#include <ostream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace ds {

struct StreamedArray {
    std::string key;  // a key of the document's top-level object
    std::size_t size = 0;
    std::function<nlohmann::json(std::size_t)> item;
};

// Writes `document` (an object) with each array in `arrays` under its key, followed by a newline.
void write_json_streamed(std::ostream& out, nlohmann::json document, const std::vector<StreamedArray>& arrays);

}  // namespace ds

#include "core/json/json_write.h"

#include <algorithm>

namespace ds {

namespace {

// An item sits two levels deep: its own lines move right by four spaces. dump() escapes newlines
// inside strings, so every raw newline is one of its line breaks.
void write_indented(std::ostream& out, const std::string& text) {
    std::size_t from = 0;
    for (std::size_t nl = text.find('\n'); nl != std::string::npos; nl = text.find('\n', from)) {
        out.write(text.data() + from, static_cast<std::streamsize>(nl + 1 - from));
        out << "    ";
        from = nl + 1;
    }
    out.write(text.data() + from, static_cast<std::streamsize>(text.size() - from));
}

}  // namespace

void write_json_streamed(std::ostream& out, nlohmann::json document, const std::vector<StreamedArray>& arrays) {
    for (const StreamedArray& a : arrays) document[a.key] = nlohmann::json::array();
    const std::string text = document.dump(2);
    // Where each empty array stands: `\n  "key": []` at the first level (a key inside a string value
    // would have its quotes escaped, so this text cannot occur there).
    struct Slot { std::size_t at; const StreamedArray* array; };
    std::vector<Slot> slots;
    for (const StreamedArray& a : arrays) {
        const std::string marker = "\n  " + nlohmann::json(a.key).dump() + ": []";
        slots.push_back({text.find(marker) + marker.size() - 2, &a});
    }
    std::sort(slots.begin(), slots.end(), [](const Slot& x, const Slot& y) { return x.at < y.at; });
    std::size_t from = 0;
    for (const Slot& slot : slots) {
        out.write(text.data() + from, static_cast<std::streamsize>(slot.at - from));
        from = slot.at + 2;  // past "[]"
        if (slot.array->size == 0) {
            out << "[]";
            continue;
        }
        out << "[\n";
        for (std::size_t i = 0; i < slot.array->size; ++i) {
            out << "    ";
            write_indented(out, slot.array->item(i).dump(2));
            out << (i + 1 < slot.array->size ? ",\n" : "\n");
        }
        out << "  ]";
    }
    out.write(text.data() + from, static_cast<std::streamsize>(text.size() - from));
    out << '\n';
}

}  // namespace ds

#pragma once
// List rows that wrap their words instead of cutting them, each selectable as a whole.
#include <string>

namespace ds::ui {

// One block of text; true when clicked.
bool wrapped_selectable(const std::string& text, bool selected);

// A title line and a dimmed line under it ("Microsoft → OpenAI" / "money · $13bn · 4 events");
// true when clicked. The last item is the dimmed line, inside the row.
bool two_line_selectable(const std::string& title, const std::string& detail, bool selected);

}  // namespace ds::ui

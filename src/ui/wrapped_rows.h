#pragma once
// Text and list rows that wrap their words instead of cutting them, rows selectable as a whole.
#include <string>

namespace ds::ui {

// Lines broken at spaces only (never after the comma of "13,75 Mrd. $", as ImGui's wrapping does).
std::string broken_at_spaces(const std::string& text, float width);
// Text wrapped that way to the space left on the line.
void text_wrapped_at_spaces(const std::string& text);

// One block of text; true when clicked.
bool wrapped_selectable(const std::string& text, bool selected);

// A title line and a dimmed line under it ("Microsoft → OpenAI" / "money · $13bn · 4 events");
// true when clicked. The last item is the dimmed line, inside the row.
bool two_line_selectable(const std::string& title, const std::string& detail, bool selected);

}  // namespace ds::ui

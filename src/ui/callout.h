#pragma once
// A story step's note beside what its caption is about: a box with one or two lines and a leader
// line to the mark or edge, placed inside the plot (explorer/layout/callout.h).
#include <string>
#include <vector>

#include <imgui.h>

namespace ds::ui {

// `anchor` is relative to `origin`, the plot's top left; `plot` its size.
void draw_callout(ImDrawList* draw, ImVec2 origin, ImVec2 anchor, ImVec2 plot, const std::vector<std::string>& lines);

}  // namespace ds::ui

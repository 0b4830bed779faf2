#pragma once
// A story step's note beside what its caption is about: a box with one or two lines and a leader
// line to the mark or edge, placed inside the plot (explorer/layout/callout.h).
#include <string>
#include <vector>

#include <imgui.h>

#include "explorer/layout/callout.h"

namespace ds::ui {

// `anchor` is relative to `origin`, the plot's top left; `plot` its size.
// `obstacles`: what the note should not hide (names, nodes), relative to `origin` too.
void draw_callout(ImDrawList* draw, ImVec2 origin, ImVec2 anchor, ImVec2 plot, const std::vector<std::string>& lines,
                  const std::vector<CalloutBox>& obstacles = {});

}  // namespace ds::ui

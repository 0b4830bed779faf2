#pragma once
// A story step's note beside what its caption is about: a box with one or two lines and a leader
// line to the mark or edge, placed inside the plot (explorer/layout/callout.h).
#include <optional>
#include <string>
#include <vector>

#include <imgui.h>

#include "explorer/host_state.h"
#include "explorer/layout/callout.h"

namespace ds::ui {

// `anchor` is relative to `origin`, the plot's top left; `plot` its size.
// `obstacles`: what the note should not hide (names, nodes), relative to `origin` too.
// Lines wider than the plot break at spaces; a plot under three notes tall gets none.
// Returns where the note went, in the canvas's pixels (none when it was not drawn).
std::optional<CanvasBox> draw_callout(ImDrawList* draw, ImVec2 origin, ImVec2 anchor, ImVec2 plot, const std::vector<std::string>& lines,
                                      const std::vector<CalloutBox>& obstacles = {});

// What the page lays over the canvas (HostInfo::page_cover), as an obstacle of a plot at `origin`.
void add_page_cover(const HostInfo& host, ImVec2 origin, std::vector<CalloutBox>& obstacles);

}  // namespace ds::ui

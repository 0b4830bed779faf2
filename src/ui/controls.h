#pragma once
// Compact controls at the height of a line of text, drawn the way a published graphic draws them:
// a segmented choice ("Lanes: [by entity|by type]") and an on/off switch. ImGui's radio buttons and
// checkboxes are a whole frame tall and read as a developer's settings panel.
#include <imgui.h>

namespace ds::ui {

// One segment of a choice; `first`/`last` round the group's outer corners. True when clicked.
bool segment(const char* label, bool selected, bool first, bool last);
float segment_width(const char* label);

// A switch with its label after it; a click on either flips `*on`. True when flipped.
bool switch_toggle(const char* label, bool* on);
float switch_width(const char* label);

}  // namespace ds::ui

#pragma once
// Colours for the event-type families of src/core/events/event_types.h, from the Okabe–Ito palette
// (distinguishable with the common colour-vision deficiencies); the legends also name each family in
// words. These are the palette's own: drawn, they go through mark_on_page or text_on_page
// (contrast.h), which darken them on the light page and lighten them on the dark one as needed.
#include <string_view>

#include <imgui.h>

#include "core/events/event_types.h"
#include "explorer/palette.h"
#include "ui/contrast.h"

namespace ds::ui {

inline ImVec4 family_color(TypeFamily family) {
    const Rgba c = family_rgba(family);  // explorer/palette.h: the same colours pictures are written in
    return ImVec4(c.r, c.g, c.b, c.a);
}

inline ImVec4 type_color(std::string_view type) { return family_color(type_family(type)); }

inline ImVec4 flow_color(FlowKind k) {
    return family_color(k == FlowKind::money ? TypeFamily::money : k == FlowKind::compute ? TypeFamily::compute : TypeFamily::partnership);
}

// Text that needs attention (errors, refusals, "sources disagree"), readable on the page; search
// matches, in the palette's colour.
inline ImVec4 attention_color() { return text_on_page(family_color(TypeFamily::people)); }
inline ImVec4 match_color() { return family_color(TypeFamily::compute); }
// The background of a table row or list entry that holds a search hit.
inline ImU32 match_tint() {
    const ImVec4 c = match_color();
    return ImGui::ColorConvertFloat4ToU32(ImVec4(c.x, c.y, c.z, 0.22f));
}

}  // namespace ds::ui

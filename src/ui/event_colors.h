#pragma once
// Colours for the event-type families of src/core/events/event_types.h, from the Okabe–Ito palette
// (distinguishable with the common colour-vision deficiencies); the legends also name each family in
// words. These are the palette's own: drawn, they go through mark_on_page or text_on_page
// (contrast.h), which darken them on the light page and lighten them on the dark one as needed.
#include <string_view>

#include <imgui.h>

#include "core/events/event_types.h"
#include "ui/contrast.h"

namespace ds::ui {

inline ImVec4 family_color(TypeFamily family) {
    static const ImVec4 colors[] = {
        ImVec4(0.90f, 0.62f, 0.00f, 1.0f),  // money: orange
        ImVec4(0.00f, 0.45f, 0.70f, 1.0f),  // compute: blue
        ImVec4(0.00f, 0.62f, 0.45f, 1.0f),  // partnership: bluish green
        ImVec4(0.80f, 0.47f, 0.65f, 1.0f),  // people & structure: reddish purple
        ImVec4(0.34f, 0.71f, 0.91f, 1.0f),  // products & projects: sky blue
        ImVec4(0.55f, 0.55f, 0.55f, 1.0f),  // statements & markets: grey
    };
    static_assert(std::size(colors) == std::size(kTypeFamilies), "one colour per family");
    return colors[static_cast<int>(family)];
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

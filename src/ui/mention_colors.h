#pragma once
// Highlight colours per mention kind, from the Okabe–Ito palette (distinguishable with the common
// colour-vision deficiencies); the legend names them in words as well.
#include <imgui.h>

#include "core/annotate/mention.h"
#include "ui/contrast.h"

namespace ds::ui {

inline ImVec4 mention_color(const Mention& m) {
    switch (m.kind) {
        case MentionKind::money: return ImVec4(0.90f, 0.62f, 0.00f, 1.0f);     // orange
        case MentionKind::quantity: return ImVec4(0.34f, 0.71f, 0.91f, 1.0f);  // sky blue
        case MentionKind::date:
        case MentionKind::duration: return ImVec4(0.00f, 0.62f, 0.45f, 1.0f);  // bluish green
        case MentionKind::entity:
            return m.known ? ImVec4(0.00f, 0.45f, 0.70f, 1.0f)                   // blue
                           : ImVec4(0.80f, 0.47f, 0.65f, 1.0f);                 // reddish purple
    }
    return ImVec4(0.5f, 0.5f, 0.5f, 1.0f);
}

// The band behind a quoted sentence (Okabe–Ito yellow): strong on a light page; on a dark one faint
// enough that the light text on it keeps its contrast (a strong yellow under light text read at
// about 2.5:1).
inline ImU32 quote_band_color(bool dark) { return dark ? IM_COL32(240, 228, 66, 64) : IM_COL32(240, 228, 66, 150); }

}  // namespace ds::ui

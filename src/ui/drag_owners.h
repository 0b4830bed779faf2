#pragma once
// Items that take a drag themselves: the timeline and network canvases pan (and drag nodes), the
// phone sheet's handle swipes. A host that scrolls windows under a finger's swipe (the web page)
// leaves a swipe that starts on one of them to the item.
#include <imgui.h>

namespace ds::ui {

// Marks the item just drawn as one that takes drags.
void claim_drags();
// Whether the item with this id was marked (0: no item).
bool takes_drags(ImGuiID id);

}  // namespace ds::ui

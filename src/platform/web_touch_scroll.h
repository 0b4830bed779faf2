#pragma once
// A finger's swipe up or down scrolls the list, panel or popup under it, as on any phone page. ImGui
// scrolls only by wheel and scrollbar, and a drag there is a mouse drag (it selects, or does
// nothing). A swipe that starts on an item that takes drags itself (ui/drag_owners.h: the timeline,
// the network, the sheet's handle), or runs sideways, stays a drag.

namespace ds::web::touch_scroll {

// A finger went down at (x, y), in canvas pixels.
void touch_started(float x, float y);
// After a frame: the window and item under the finger at its first frame are the ones a swipe scrolls.
void frame_ended();
// The finger moved to (x, y). True when the touch scrolls a window: the press must be let go
// (nothing under it is clicked) and the pointer kept off the canvas until the finger lifts.
bool finger_moved(float x, float y);
// Before ImGui::NewFrame(): moves the scrolled window with the finger.
void apply();
void touch_ended();

}  // namespace ds::web::touch_scroll

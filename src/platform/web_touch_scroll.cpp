#include "web_touch_scroll.h"

#include <cmath>

#include <imgui.h>
#include <imgui_internal.h>  // the hovered window, its scroll and its parents

#include "ui/drag_owners.h"

namespace ds::web::touch_scroll {

namespace {

constexpr float kSlopPx = 10;  // the long press's slop too: a finger moving less is still a tap

struct State {
    enum class Phase { idle, undecided, scrolling, declined } phase = Phase::idle;
    float x0 = 0, y0 = 0, y = 0;
    bool seen = false;                    // a frame has run since the finger went down
    ImGuiWindow* under = nullptr;         // the window under the finger in that frame
    ImGuiID item = 0;                     // the item under it
    ImGuiWindow* scrolled = nullptr;
    float scroll0 = 0;
};
State s;

// The window itself or the nearest window around it (within one top-level window) that can scroll.
ImGuiWindow* scrollable(ImGuiWindow* w) {
    while (w && w->ScrollMax.y <= 0 && (w->Flags & ImGuiWindowFlags_ChildWindow)) w = w->ParentWindow;
    return w && w->ScrollMax.y > 0 ? w : nullptr;
}

}  // namespace

void touch_started(float x, float y) { s = State{State::Phase::undecided, x, y, y}; }

void frame_ended() {
    if (s.phase != State::Phase::undecided || s.seen) return;
    const ImGuiContext& g = *GImGui;
    s.seen = true;
    s.under = g.HoveredWindow;
    s.item = g.ActiveId != 0 ? g.ActiveId : g.HoveredId;
}

bool finger_moved(float x, float y) {
    s.y = y;
    if (s.phase == State::Phase::scrolling) return true;
    if (s.phase != State::Phase::undecided || !s.seen) return false;
    const float dx = x - s.x0, dy = y - s.y0;
    if (std::hypot(dx, dy) < kSlopPx) return false;
    ImGuiWindow* w = std::fabs(dy) > std::fabs(dx) && !ui::takes_drags(s.item) ? scrollable(s.under) : nullptr;
    if (!w) {
        s.phase = State::Phase::declined;
        return false;
    }
    s.phase = State::Phase::scrolling;
    s.scrolled = w;
    s.scroll0 = w->Scroll.y;  // from here the content follows the finger, the slop travelled included
    return true;
}

void apply() {
    if (s.phase == State::Phase::scrolling && s.scrolled) ImGui::SetScrollY(s.scrolled, s.scroll0 - (s.y - s.y0));
}

void touch_ended() { s.phase = State::Phase::idle; }

}  // namespace ds::web::touch_scroll

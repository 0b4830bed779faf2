#pragma once
#include "explorer/app_state.h"
#include "ui/window_state.h"

namespace ds::ui {
// The whole UI for one frame: a full-screen window titled "dealscope", then the frame's actions
// applied. Call between NewFrame and Render; `window` keeps the views' own state between frames.
void draw_app_window(AppState& state, AppWindow& window);
}

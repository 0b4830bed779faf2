#pragma once
#include "explorer/app_state.h"

namespace ds::ui {
// The whole UI for one frame: a full-screen window titled "dealscope". Call between NewFrame and Render.
void draw_app_window(AppState& state);
}

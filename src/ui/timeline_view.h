#pragma once
#include "explorer/app_state.h"
#include "ui/window_state.h"

namespace ds::ui {
// Lanes of events over a zoomable time axis; wheel or pinch zooms about the pointer, drag pans,
// Shift+drag brushes a date range into the filter.
void draw_timeline(const AppState& state, TimelineViewState& view, Actions& actions);
}

#pragma once
#include "explorer/app_state.h"
#include "window_state.h"

namespace ds::ui {
// Who put how much into whom, and who sells compute to whom: one row per pair over the filtered
// events, sortable; a row selects its flow, whose events the detail lists. Stacked rows on a phone.
void draw_flows(const AppState& state, FlowsViewState& view, Actions& actions);
}

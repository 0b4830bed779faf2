#pragma once
#include "explorer/app_state.h"
#include "ui/window_state.h"

namespace ds::ui {
// Entities as nodes and money, compute and partnership flows as directed edges, laid out by the
// core; drag a node to move it, wheel to zoom, drag the background to pan; a date slider and Play
// show the graph as of a date.
void draw_network(const AppState& state, NetworkViewState& view, Actions& actions);
}

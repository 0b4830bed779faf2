#pragma once
#include "explorer/app_state.h"
#include "window_state.h"

namespace ds::ui {
// What is selected, with its sources: an event (summary, date, parties, amount, terms, disputes,
// quotes with "Open in article"), else a flow (its total and events), else an entity (kind, relations,
// totals by counterparty, its events).
void draw_detail(const AppState& state, DetailViewState& view, Actions& actions);
}

#pragma once
#include "explorer/app_state.h"

namespace ds::ui {
// What is selected, with its sources: an event (summary, date, parties, amount, terms, disputes,
// quotes with "Open in article"), else an entity (kind, relations, totals, its events).
void draw_detail(const AppState& state, Actions& actions);
}

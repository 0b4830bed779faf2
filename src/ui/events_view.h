#pragma once
#include "explorer/app_state.h"

namespace ds::ui {
// The events: a table (type, date, participants, amount, status, sources) on wide screens, stacked
// rows on narrow ones; below it (or instead of it on a phone) the selected event's details.
void draw_events(const AppState& state, Actions& actions);
}

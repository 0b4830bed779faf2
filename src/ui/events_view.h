#pragma once
#include "explorer/app_state.h"
#include "ui/window_state.h"

namespace ds::ui {
// The events: a table (type, date, participants, amount, status, sources) on wide screens, stacked
// rows on narrow ones; below it (or instead of it on a phone) the selected event's details. Above
// it: the events shown as a table for TimelineJS, Kumu, Flourish or dealscope, or as JSON.
void draw_events(const AppState& state, EventsViewState& view, Actions& actions);
}

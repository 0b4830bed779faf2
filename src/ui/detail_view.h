#pragma once
#include "explorer/app_state.h"
#include "window_state.h"

namespace ds::ui {
// What is selected, with its sources: an event (summary, date, parties, amount, terms, disputes,
// quotes with "Open in article"), else a flow (its total and events), else an entity (kind, relations,
// totals by counterparty, its events).
void draw_detail(const AppState& state, DetailViewState& view, Actions& actions);

// The list the selected event was opened from, when it is one of its events ("All events of this
// flow" / "… cluster", untranslated), else null. The detail offers the way back to it; a phone's
// page of details makes it its one back button.
const char* list_of_selected_event(const AppState& state);
}

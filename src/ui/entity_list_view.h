#pragma once
#include "explorer/app_state.h"
#include "ui/window_state.h"

namespace ds::ui {
// Entities that take part in events, with a kind mark, event count and money received or invested;
// sortable by any column and filterable by name.
void draw_entity_list(const AppState& state, EntityListState& view, Actions& actions);
}

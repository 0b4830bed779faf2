#pragma once
#include "core/app_state.h"

namespace ds::ui {
// The articles in the catalogue: a table on wide screens, stacked two-line rows on narrow ones.
void draw_article_list(const AppState& state);
}

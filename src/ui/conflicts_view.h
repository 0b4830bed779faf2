#pragma once
#include "explorer/app_state.h"

namespace ds::ui {
// Claims on which sources disagree: what each source says, side by side (stacked on narrow screens),
// with its quote and a link into the article.
void draw_conflicts(const AppState& state, Actions& actions);
}

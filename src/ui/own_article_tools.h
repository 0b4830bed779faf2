#pragma once
#include <cstddef>

#include "explorer/app_state.h"
#include "ui/window_state.h"

namespace ds::ui {
// What a click on the user's own article offers, in a menu where it was clicked: "New entity" for an
// unknown name (or a phrase the user types), "Add an event by hand" over the clicked sentence — an
// editor like a candidate's, filled from the sentence's mentions.
void draw_own_article_tools(const AppState& state, std::size_t article, OwnArticleTools& tools, Actions& actions);
}

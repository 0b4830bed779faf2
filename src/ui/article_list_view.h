#pragma once
#include "explorer/app_state.h"
#include "ui/window_state.h"

namespace ds::ui {
// The parsed articles: title, publisher and date; clicking one opens it in the reader.
void draw_article_list(const AppState& state, ArticleListState& view, Actions& actions);
}

#pragma once
#include "core/article.h"
#include "core/app_state.h"

namespace ds::ui {
// One article as a person reads it: kicker, title, subtitle, byline, headings and paragraphs;
// page furniture (job ads, author bio, source lists …) collapsed under dimmed, labelled toggles.
void draw_reader(const Article& article, Actions& actions);
}

#pragma once
#include "core/annotate/mention.h"
#include "core/articles/article.h"
#include "explorer/app_state.h"
#include "ui/window_state.h"

namespace ds::ui {
// One article as a person reads it: kicker, title, subtitle, byline, headings and paragraphs with
// their mentions highlighted by kind (hover: the normalised value; click an entity: select it);
// page furniture (job ads, author bio, source lists …) collapsed under dimmed, labelled toggles.
// `cited` is a quoted span to show highlighted; with `scroll_to_cited` the reader scrolls to it once.
// `own` is given for the user's own article: a click on an unknown name or plain words opens its menu.
void draw_reader(const Article& article, const std::vector<Mention>& mentions, const std::string& selected_entity,
                 std::optional<ByteRange> cited, bool scroll_to_cited, Language language, ReaderCache& view, Actions& actions,
                 OwnArticleTools* own = nullptr);
}

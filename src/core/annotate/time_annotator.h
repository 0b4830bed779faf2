#pragma once
// Dates and durations in one sentence, as TIMEX3-style values. Relative expressions ("im März",
// "im dritten Quartal", "heute") are resolved against the article's date: past tense to the most
// recent such period up to it, future tense to the next. Without an article date they keep their
// text and are marked unanchored, never guessed.
#include <optional>
#include <string_view>
#include <vector>

#include "core/articles/date_text.h"
#include "core/annotate/mention.h"
#include "core/text/tokens.h"

namespace ds {

void annotate_times(std::string_view text, const std::vector<Token>& tokens, const std::optional<CalendarDate>& article_date,
                    std::vector<Mention>& out);

}  // namespace ds

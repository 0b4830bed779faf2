#pragma once
// Loading and validating events.json against the articles and the gazetteer. Every problem is
// reported (not just the first) with "file#/json/pointer: reason"; valid events are kept.
#include <string>
#include <string_view>
#include <vector>

#include "core/articles/article.h"
#include "core/events/event.h"
#include "core/annotate/gazetteer.h"

namespace ds {

EventStore parse_events(std::string_view json_text, const std::string& file, const std::vector<Article>& articles,
                        const Gazetteer& gazetteer, std::vector<Problem>& problems);

// Finds `quote` verbatim in the article; fills range and the sentences it overlaps. False if absent.
bool resolve_citation(const Article& article, Citation& citation);

// A TIMEX3-style date value of the forms events use; "XXXX" when no article says when.
bool is_valid_event_date(const std::string& value);

}  // namespace ds

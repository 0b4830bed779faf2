#pragma once
// The events the user is looking at (the filtered set) as JSON in the events.json shape (as tables
// for spreadsheets: core/tables/table_export.h).
#include <string>
#include <vector>

#include "core/events/event.h"
#include "core/annotate/gazetteer.h"

namespace ds {

std::string events_to_json_text(const EventStore& store, const std::vector<std::size_t>& indices);

}  // namespace ds

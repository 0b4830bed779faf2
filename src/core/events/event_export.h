#pragma once
// The events the user is looking at (the filtered set), as CSV for spreadsheets and as JSON in the
// events.json shape.
#include <string>
#include <vector>

#include "core/events/event.h"
#include "core/annotate/gazetteer.h"

namespace ds {

// Header: id,date,type,status,participants,amount_usd,qualifier,summary_en,summary_de,source_article,quote.
// RFC 4180 quoting; one row per event, its first source.
std::string events_to_csv(const EventStore& store, const std::vector<std::size_t>& indices, const Gazetteer& g);
std::string events_to_json_text(const EventStore& store, const std::vector<std::size_t>& indices);

}  // namespace ds

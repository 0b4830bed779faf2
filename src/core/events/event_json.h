#pragma once
#include <optional>

#include <nlohmann/json_fwd.hpp>

#include "core/events/event.h"

namespace ds {
// An event in the shape of an events.json entry (sources with their resolved byte ranges).
nlohmann::json event_to_json(const Event& e);

// The event that event_to_json() wrote, read back as it is, without checking it against articles
// or a gazetteer (the merge step has neither): none when `j` is not in that shape (a wrong type of a
// field, a value of an unknown qualifier). The quotes' byte ranges are read as written, unchecked.
std::optional<Event> event_from_json(const nlohmann::json& j);
}

#pragma once
#include <nlohmann/json_fwd.hpp>

#include "core/events/event.h"

namespace ds {
// An event in the shape of an events.json entry (sources with their resolved byte ranges).
nlohmann::json event_to_json(const Event& e);
}

#include "core/events/event_export.h"

#include <nlohmann/json.hpp>

#include "core/events/event_json.h"

namespace ds {

std::string events_to_json_text(const EventStore& store, const std::vector<std::size_t>& indices) {
    nlohmann::json events = nlohmann::json::array();
    for (const std::size_t i : indices) events.push_back(event_to_json(store.events[i]));
    return nlohmann::json{{"version", 1}, {"events", std::move(events)}}.dump(2);
}

}  // namespace ds

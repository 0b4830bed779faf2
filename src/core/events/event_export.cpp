#include "core/events/event_export.h"

#include <cstdio>

#include <nlohmann/json.hpp>

#include "core/events/event_format.h"
#include "core/events/event_json.h"

namespace ds {

namespace {
std::string csv_field(const std::string& s) {
    if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
    std::string out = "\"";
    for (char c : s) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}
}  // namespace

std::string events_to_csv(const EventStore& store, const std::vector<std::size_t>& indices, const Gazetteer& g) {
    std::string out = "id,date,type,status,participants,amount_usd,qualifier,summary_en,summary_de,source_article,quote\r\n";
    for (const std::size_t i : indices) {
        const Event& e = store.events[i];
        std::string amount, qualifier;
        for (const Amount& a : e.amounts) {
            if (a.currency != "USD" || !a.value) continue;
            char text[32];
            std::snprintf(text, sizeof text, "%.0f", *a.value);
            amount = text;
            qualifier = qualifier_name(a.qualifier);
            break;
        }
        const Citation* source = e.sources.empty() ? nullptr : &e.sources.front();
        const std::string fields[] = {e.id, e.date.value, e.type, e.status, event_participants_text(e, g), amount, qualifier, e.summary_en, e.summary_de,
                                      source ? source->article : "", source ? source->quote : ""};
        for (std::size_t k = 0; k < std::size(fields); ++k) out += (k ? "," : "") + csv_field(fields[k]);
        out += "\r\n";
    }
    return out;
}

std::string events_to_json_text(const EventStore& store, const std::vector<std::size_t>& indices) {
    nlohmann::json events = nlohmann::json::array();
    for (const std::size_t i : indices) events.push_back(event_to_json(store.events[i]));
    return nlohmann::json{{"version", 1}, {"events", std::move(events)}}.dump(2);
}

}  // namespace ds

#include "core/events/event_json.h"

#include <nlohmann/json.hpp>

namespace ds {

nlohmann::json event_to_json(const Event& e) {
    nlohmann::json participants = nlohmann::json::array();
    for (const auto& p : e.participants) {
        if (p.entity.empty()) participants.push_back({{"entity", nullptr}, {"name", p.name}, {"known", false}, {"role", p.role}});
        else participants.push_back({{"entity", p.entity}, {"role", p.role}});
    }
    nlohmann::json amounts = nlohmann::json::array();
    for (const auto& a : e.amounts) {
        nlohmann::json j = {{"value", a.value ? nlohmann::json(*a.value) : nlohmann::json(nullptr)}, {"qualifier", qualifier_name(a.qualifier)},
                            {"measures", a.measures}};
        if (!a.currency.empty()) j["currency"] = a.currency;
        if (!a.unit.empty()) j["unit"] = a.unit;
        amounts.push_back(std::move(j));
    }
    nlohmann::json sources = nlohmann::json::array();
    for (const auto& c : e.sources) {
        sources.push_back({{"article", c.article}, {"quote", c.quote}, {"start", c.range.begin}, {"end", c.range.end}, {"sentences", c.sentences}});
    }
    nlohmann::json date = {{"value", e.date.value}, {"text", e.date.text}};
    if (!e.date.mod.empty()) date["mod"] = e.date.mod;
    nlohmann::json j = {{"id", e.id}, {"type", e.type}, {"date", date}, {"participants", participants}, {"amounts", amounts},
                        {"status", e.status}, {"summary", {{"de", e.summary_de}, {"en", e.summary_en}}}, {"sources", sources}};
    for (const auto& [name, list] : {std::pair{"terms", &e.terms}, std::pair{"terms_de", &e.terms_de}}) {
        if (list->empty()) continue;
        nlohmann::json terms = nlohmann::json::object();
        for (const auto& [k, v] : *list) terms[k] = v;
        j[name] = terms;
    }
    if (!e.claim.empty()) j["claim"] = e.claim;
    if (e.table) {
        nlohmann::json table = {{"file", e.table->file}, {"row", e.table->row}};
        if (!e.table->url.empty()) table["url"] = e.table->url;
        j["table"] = std::move(table);
    }
    return j;
}

}  // namespace ds

#include "core/events/event_json.h"

#include <algorithm>

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

namespace {

// The string at `key`, "" when missing or null; false when it is something else.
bool text_of(const nlohmann::json& j, const char* key, std::string& out) {
    const auto it = j.find(key);
    if (it == j.end() || it->is_null()) return true;
    if (!it->is_string()) return false;
    out = it->get<std::string>();
    return true;
}

bool array_of_objects(const nlohmann::json& j, const char* key) {
    const auto it = j.find(key);
    return it == j.end() || (it->is_array() && std::all_of(it->begin(), it->end(), [](const nlohmann::json& x) { return x.is_object(); }));
}

}  // namespace

std::optional<Event> event_from_json(const nlohmann::json& j) {
    if (!j.is_object()) return std::nullopt;
    Event e;
    if (!text_of(j, "id", e.id) || !text_of(j, "type", e.type) || !text_of(j, "status", e.status) || !text_of(j, "claim", e.claim)) return std::nullopt;
    if (const auto date = j.find("date"); date != j.end()) {
        if (!date->is_object() || !text_of(*date, "value", e.date.value) || !text_of(*date, "text", e.date.text) || !text_of(*date, "mod", e.date.mod)) return std::nullopt;
    }
    if (const auto summary = j.find("summary"); summary != j.end()) {
        if (!summary->is_object() || !text_of(*summary, "de", e.summary_de) || !text_of(*summary, "en", e.summary_en)) return std::nullopt;
    }
    if (!array_of_objects(j, "participants") || !array_of_objects(j, "amounts") || !array_of_objects(j, "sources")) return std::nullopt;
    for (const auto& p : j.value("participants", nlohmann::json::array())) {
        Participant q;
        if (!text_of(p, "entity", q.entity) || !text_of(p, "role", q.role) || !text_of(p, "name", q.name)) return std::nullopt;
        e.participants.push_back(std::move(q));
    }
    for (const auto& a : j.value("amounts", nlohmann::json::array())) {
        Amount amount;
        const auto value = a.find("value");
        if (value != a.end() && !value->is_null()) {
            if (!value->is_number()) return std::nullopt;
            amount.value = value->get<double>();
        }
        std::string qualifier;
        if (!text_of(a, "currency", amount.currency) || !text_of(a, "unit", amount.unit) || !text_of(a, "measures", amount.measures) || !text_of(a, "qualifier", qualifier))
            return std::nullopt;
        if (!qualifier.empty()) {
            const auto q = qualifier_from_name(qualifier);
            if (!q) return std::nullopt;
            amount.qualifier = *q;
        }
        e.amounts.push_back(std::move(amount));
    }
    for (const auto& c : j.value("sources", nlohmann::json::array())) {
        Citation citation;
        if (!text_of(c, "article", citation.article) || !text_of(c, "quote", citation.quote)) return std::nullopt;
        // Where the quote stands, as written (not checked: the merge step has no articles).
        const auto start = c.find("start"), end = c.find("end"), sentences = c.find("sentences");
        if (start != c.end() && end != c.end()) {
            if (!start->is_number_unsigned() || !end->is_number_unsigned()) return std::nullopt;
            citation.range = {start->get<std::size_t>(), end->get<std::size_t>()};
        }
        if (sentences != c.end()) {
            if (!sentences->is_array()) return std::nullopt;
            for (const auto& n : *sentences) {
                if (!n.is_number_unsigned()) return std::nullopt;
                citation.sentences.push_back(n.get<std::size_t>());
            }
        }
        e.sources.push_back(std::move(citation));
    }
    for (const auto& [name, list] : {std::pair{"terms", &e.terms}, std::pair{"terms_de", &e.terms_de}}) {
        const auto it = j.find(name);
        if (it == j.end()) continue;
        if (!it->is_object()) return std::nullopt;
        for (const auto& [k, v] : it->items()) {
            if (!v.is_string()) return std::nullopt;
            list->emplace_back(k, v.get<std::string>());
        }
    }
    if (const auto table = j.find("table"); table != j.end()) {
        if (!table->is_object()) return std::nullopt;
        TableOrigin origin;
        if (!text_of(*table, "file", origin.file) || !text_of(*table, "url", origin.url)) return std::nullopt;
        if (const auto row = table->find("row"); row != table->end()) {
            if (!row->is_number_unsigned()) return std::nullopt;
            origin.row = row->get<std::size_t>();
        }
        e.table = std::move(origin);
    }
    return e;
}

}  // namespace ds

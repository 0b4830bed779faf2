#include "core/events/event_check.h"

#include <algorithm>
#include <iterator>

#include "core/events/event_loader.h"
#include "core/events/event_types.h"
#include "core/json/json_load.h"

namespace ds {

namespace {
template <class Names>
bool listed(const std::string& value, const Names& names) {
    return std::any_of(std::begin(names), std::end(names), [&](const char* n) { return value == n; });
}
}  // namespace

std::optional<Message> event_type_problem(const std::string& type) {
    if (type.empty()) return Message{MessageCode::missing};
    if (!find_event_type(type)) return Message{MessageCode::unknown_event_type, {type}};
    return std::nullopt;
}

std::optional<Message> status_problem(const std::string& status) {
    if (status.empty()) return Message{MessageCode::missing};
    if (!listed(status, kStatuses)) return Message{MessageCode::unknown_status, {status}};
    return std::nullopt;
}

std::optional<Message> date_value_problem(const std::string& value) {
    if (value.empty()) return Message{MessageCode::missing};
    if (!is_valid_event_date(value)) return Message{MessageCode::invalid_date, {value}};
    return std::nullopt;
}

std::optional<Message> date_mod_problem(const std::string& mod) {
    if (!mod.empty() && mod != "START" && mod != "MID" && mod != "END") return Message{MessageCode::expected_date_mod};
    return std::nullopt;
}

std::optional<Message> entity_problem(const std::string& entity, const Gazetteer& gazetteer) {
    if (entity.empty()) return Message{MessageCode::missing};
    if (!gazetteer.find(entity)) return Message{MessageCode::unknown_entity, {entity}};
    return std::nullopt;
}

std::optional<Message> role_problem(const std::string& role) {
    if (role.empty()) return Message{MessageCode::missing};
    if (!listed(role, kRoles)) return Message{MessageCode::unknown_role, {role}};
    return std::nullopt;
}

std::optional<Message> measure_problem(const std::string& measures) {
    if (measures.empty()) return Message{MessageCode::missing};
    if (!listed(measures, kMeasures)) return Message{MessageCode::unknown_measure, {measures}};
    return std::nullopt;
}

std::optional<Message> amount_unit_problem(const Amount& amount) {
    if (amount.currency.empty() && amount.unit.empty()) return Message{MessageCode::amount_without_unit};
    return std::nullopt;
}

std::optional<Message> quote_problem(const Article& article, Citation& citation) {
    if (citation.quote.empty()) return Message{MessageCode::missing};
    if (!resolve_citation(article, citation)) return Message{MessageCode::quote_not_found, {citation.article}};
    return std::nullopt;
}

void check_event(Event& e, const std::vector<Article>& articles, const Gazetteer& gazetteer, const std::string& file,
                 const JsonPath& at, std::vector<Problem>& problems) {
    const auto report = [&](const JsonPath& where, const std::optional<Message>& why) {
        if (why) problems.push_back({Severity::error, json_place(file, where.str()), *why});
    };
    report(at / "type", event_type_problem(e.type));
    report(at / "status", status_problem(e.status));
    const JsonPath date = at / "date";
    report(date / "value", date_value_problem(e.date.value));
    report(date / "mod", date_mod_problem(e.date.mod));
    const JsonPath participants = at / "participants";
    if (e.participants.empty()) report(participants, Message{MessageCode::needs_participant});
    for (std::size_t k = 0; k < e.participants.size(); ++k) {
        const JsonPath p = participants / k;
        report(p / "entity", entity_problem(e.participants[k].entity, gazetteer));
        report(p / "role", role_problem(e.participants[k].role));
    }
    const JsonPath amounts = at / "amounts";
    for (std::size_t k = 0; k < e.amounts.size(); ++k) {
        const JsonPath a = amounts / k;
        report(a / "measures", measure_problem(e.amounts[k].measures));
        report(a, amount_unit_problem(e.amounts[k]));
    }
    const JsonPath summary = at / "summary";
    if (e.summary_de.empty()) report(summary / "de", Message{MessageCode::missing});
    if (e.summary_en.empty()) report(summary / "en", Message{MessageCode::missing});
    const JsonPath sources = at / "sources";
    if (e.sources.empty() && !e.table) report(sources, Message{MessageCode::needs_source});
    for (std::size_t k = 0; k < e.sources.size(); ++k) {
        const JsonPath s = sources / k;
        Citation& c = e.sources[k];
        const auto article = std::find_if(articles.begin(), articles.end(), [&](const Article& a) { return a.id == c.article; });
        if (article == articles.end()) report(s / "article", Message{MessageCode::unknown_article, {c.article}});
        else report(s / "quote", quote_problem(*article, c));
    }
}

}  // namespace ds

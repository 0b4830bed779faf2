#include "event_loader.h"

#include <algorithm>
#include <iterator>
#include <unordered_map>
#include <unordered_set>
#include <variant>

#include "date_text.h"
#include "json_load.h"
#include "utf8.h"

namespace ds {

namespace {

template <std::size_t N>
bool one_of(const std::string& value, const char* const (&list)[N]) {
    return std::any_of(std::begin(list), std::end(list), [&](const char* v) { return value == v; });
}

// Reads fields of one JSON object and records what is missing or mistyped, at its pointer.
struct FieldReader {
    const std::string& file;
    std::vector<Problem>& problems;
    bool ok = true;

    void fail(const std::string& pointer, std::string reason) {
        problems.push_back({Severity::error, json_place(file, pointer), std::move(reason)});
        ok = false;
    }
    std::string text(const nlohmann::json& j, const char* key, const std::string& at, bool required) {
        const auto it = j.find(key);
        if (it == j.end()) {
            if (required) fail(at + "/" + key, "missing");
            return {};
        }
        if (!it->is_string()) {
            fail(at + "/" + key, std::string("expected a string, found ") + it->type_name());
            return {};
        }
        return it->get<std::string>();
    }
    const nlohmann::json* array(const nlohmann::json& j, const char* key, const std::string& at, bool required) {
        const auto it = j.find(key);
        if (it == j.end()) {
            if (required) fail(at + "/" + key, "missing");
            return nullptr;
        }
        if (!it->is_array()) {
            fail(at + "/" + key, std::string("expected an array, found ") + it->type_name());
            return nullptr;
        }
        return &*it;
    }
};

std::optional<Qualifier> qualifier_from(const std::string& s) {
    for (Qualifier q : {Qualifier::exact, Qualifier::up_to, Qualifier::about, Qualifier::at_least, Qualifier::total}) {
        if (s == qualifier_name(q)) return q;
    }
    return std::nullopt;
}

struct Context {
    const std::string& file;
    std::unordered_map<std::string, const Article*> articles;
    const Gazetteer& gazetteer;
    std::vector<Problem>& problems;
};

Citation read_citation(const nlohmann::json& j, const std::string& at, Context& ctx, FieldReader& r) {
    Citation c;
    if (!j.is_object()) {
        r.fail(at, "expected an object with \"article\" and \"quote\"");
        return c;
    }
    c.article = r.text(j, "article", at, true);
    c.quote = r.text(j, "quote", at, true);
    if (c.article.empty() || c.quote.empty()) return c;
    const auto it = ctx.articles.find(c.article);
    if (it == ctx.articles.end()) {
        r.fail(at + "/article", "unknown article '" + c.article + "'");
    } else if (!resolve_citation(*it->second, c)) {
        r.fail(at + "/quote", "not found verbatim in article '" + c.article + "' (was the article edited?)");
    }
    return c;
}

}  // namespace

bool is_valid_event_date(const std::string& v) {
    if (v == "XXXX") return true;  // the article reports the event but not when
    if (v.size() < 4 || !parse_calendar_date(v.substr(0, 4))) return false;
    if (v.size() == 4) return true;
    if (v[4] != '-') return false;
    const std::string rest = v.substr(5);
    if (rest == "SP" || rest == "SU" || rest == "FA" || rest == "WI") return true;
    if (rest.size() == 2 && rest[0] == 'Q' && rest[1] >= '1' && rest[1] <= '4') return true;
    if (rest.size() == 2 && rest[0] == 'H' && (rest[1] == '1' || rest[1] == '2')) return true;
    return parse_calendar_date(v).has_value();  // YYYY-MM or YYYY-MM-DD, checked for real months and days
}

bool resolve_citation(const Article& article, Citation& c) {
    const std::size_t at = article.text.find(c.quote);
    if (at == std::string::npos || c.quote.empty()) return false;
    c.range = {at, at + c.quote.size()};
    c.sentences.clear();
    for (std::size_t i = 0; i < article.sentences.size(); ++i) {
        const ByteRange& s = article.sentences[i].range;
        if (s.begin < c.range.end && c.range.begin < s.end) c.sentences.push_back(i);
    }
    return true;
}

EventStore parse_events(std::string_view json_text, const std::string& file, const std::vector<Article>& articles,
                        const Gazetteer& gazetteer, std::vector<Problem>& problems) {
    EventStore store;
    if (auto bad = find_invalid_utf8(json_text)) {
        problems.push_back({Severity::error, file + ":byte " + std::to_string(bad->offset), std::string("invalid UTF-8 (") + bad->reason + ")"});
        return store;
    }
    auto parsed = parse_json(json_text, file);
    if (auto* problem = std::get_if<Problem>(&parsed)) {
        problems.push_back(std::move(*problem));
        return store;
    }
    const auto& root = std::get<nlohmann::json>(parsed);
    Context ctx{file, {}, gazetteer, problems};
    for (const Article& a : articles) ctx.articles.emplace(a.id, &a);
    FieldReader top{file, problems};
    if (!root.is_object()) {
        top.fail("", "expected an object with \"events\" (and optionally \"claims\")");
        return store;
    }

    // Claims first, so events can refer to them.
    std::unordered_set<std::string> claim_ids;
    if (const auto* claims = top.array(root, "claims", "", false)) {
        for (std::size_t i = 0; i < claims->size(); ++i) {
            const std::string at = "/claims/" + std::to_string(i);
            const auto& j = (*claims)[i];
            FieldReader r{file, problems};
            if (!j.is_object()) {
                r.fail(at, "expected an object");
                continue;
            }
            Claim claim{r.text(j, "id", at, true), r.text(j, "fact", at, true), {}, false};
            if (!claim.id.empty() && !claim_ids.insert(claim.id).second) r.fail(at + "/id", "duplicate claim id '" + claim.id + "'");
            if (const auto* list = r.array(j, "assertions", at, true)) {
                for (std::size_t k = 0; k < list->size(); ++k) {
                    const std::string aat = at + "/assertions/" + std::to_string(k);
                    ClaimAssertion assertion{read_citation((*list)[k], aat, ctx, r), (*list)[k].is_object() ? r.text((*list)[k], "says", aat, true) : ""};
                    claim.assertions.push_back(std::move(assertion));
                }
                if (list->size() < 2) r.fail(at + "/assertions", "a claim compares at least two sources");
            }
            if (const auto it = j.find("conflicting"); it != j.end() && it->is_boolean()) claim.conflicting = it->get<bool>();
            if (r.ok) store.claims.push_back(std::move(claim));
        }
    }

    const auto* events = top.array(root, "events", "", true);
    if (!events) return store;
    std::unordered_set<std::string> ids;
    for (std::size_t i = 0; i < events->size(); ++i) {
        const std::string at = "/events/" + std::to_string(i);
        const auto& j = (*events)[i];
        FieldReader r{file, problems};
        if (!j.is_object()) {
            r.fail(at, "expected an object");
            continue;
        }
        Event e;
        e.id = r.text(j, "id", at, true);
        if (!e.id.empty() && !ids.insert(e.id).second) r.fail(at + "/id", "duplicate id '" + e.id + "'");
        e.type = r.text(j, "type", at, true);
        if (!e.type.empty() && !one_of(e.type, kEventTypes)) r.fail(at + "/type", "unknown event type '" + e.type + "'");
        e.status = r.text(j, "status", at, true);
        if (!e.status.empty() && !one_of(e.status, kStatuses)) r.fail(at + "/status", "unknown status '" + e.status + "'");

        if (const auto d = j.find("date"); d == j.end() || !d->is_object()) {
            r.fail(at + "/date", d == j.end() ? "missing" : "expected an object with \"value\"");
        } else {
            e.date = {r.text(*d, "value", at + "/date", true), r.text(*d, "mod", at + "/date", false), r.text(*d, "text", at + "/date", false)};
            if (!e.date.value.empty() && !is_valid_event_date(e.date.value)) r.fail(at + "/date/value", "invalid date '" + e.date.value + "'");
            if (!e.date.mod.empty() && e.date.mod != "START" && e.date.mod != "MID" && e.date.mod != "END") r.fail(at + "/date/mod", "expected START, MID or END");
        }

        if (const auto* list = r.array(j, "participants", at, true)) {
            for (std::size_t k = 0; k < list->size(); ++k) {
                const std::string pat = at + "/participants/" + std::to_string(k);
                if (!(*list)[k].is_object()) {
                    r.fail(pat, "expected an object with \"entity\" and \"role\"");
                    continue;
                }
                Participant p{r.text((*list)[k], "entity", pat, true), r.text((*list)[k], "role", pat, true)};
                if (!p.entity.empty() && !gazetteer.find(p.entity)) r.fail(pat + "/entity", "unknown entity '" + p.entity + "'");
                if (!p.role.empty() && !one_of(p.role, kRoles)) r.fail(pat + "/role", "unknown role '" + p.role + "'");
                e.participants.push_back(std::move(p));
            }
            if (list->empty()) r.fail(at + "/participants", "an event needs at least one participant");
        }

        if (const auto* list = r.array(j, "amounts", at, false)) {
            for (std::size_t k = 0; k < list->size(); ++k) {
                const std::string aat = at + "/amounts/" + std::to_string(k);
                const auto& aj = (*list)[k];
                if (!aj.is_object()) {
                    r.fail(aat, "expected an object");
                    continue;
                }
                Amount amount;
                if (const auto v = aj.find("value"); v != aj.end() && !v->is_null()) {
                    if (v->is_number()) amount.value = v->get<double>();
                    else r.fail(aat + "/value", std::string("expected a number or null, found ") + v->type_name());
                }
                amount.currency = r.text(aj, "currency", aat, false);
                amount.unit = r.text(aj, "unit", aat, false);
                amount.measures = r.text(aj, "measures", aat, true);
                if (!amount.measures.empty() && !one_of(amount.measures, kMeasures)) r.fail(aat + "/measures", "unknown measure '" + amount.measures + "'");
                const std::string q = r.text(aj, "qualifier", aat, false);
                if (!q.empty()) {
                    if (const auto parsed_q = qualifier_from(q)) amount.qualifier = *parsed_q;
                    else r.fail(aat + "/qualifier", "unknown qualifier '" + q + "'");
                }
                if (amount.currency.empty() && amount.unit.empty()) r.fail(aat, "amount without currency (or unit for capacities and counts)");
                e.amounts.push_back(std::move(amount));
            }
        }

        if (const auto t = j.find("terms"); t != j.end()) {
            if (!t->is_object()) r.fail(at + "/terms", "expected an object of strings");
            else {
                for (const auto& item : t->items()) {
                    if (item.value().is_string()) e.terms.emplace_back(item.key(), item.value().get<std::string>());
                    else r.fail(at + "/terms/" + item.key(), "expected a string");
                }
            }
        }

        if (const auto s = j.find("summary"); s == j.end() || !s->is_object()) {
            r.fail(at + "/summary", s == j.end() ? "missing" : "expected an object with \"de\" and \"en\"");
        } else {
            e.summary_de = r.text(*s, "de", at + "/summary", true);
            e.summary_en = r.text(*s, "en", at + "/summary", true);
        }

        if (const auto* list = r.array(j, "sources", at, true)) {
            for (std::size_t k = 0; k < list->size(); ++k) e.sources.push_back(read_citation((*list)[k], at + "/sources/" + std::to_string(k), ctx, r));
            if (list->empty()) r.fail(at + "/sources", "an event needs at least one source");
        }
        e.claim = r.text(j, "claim", at, false);
        if (!e.claim.empty() && !claim_ids.count(e.claim)) r.fail(at + "/claim", "unknown claim '" + e.claim + "'");

        if (r.ok) store.events.push_back(std::move(e));
    }
    return store;
}

}  // namespace ds

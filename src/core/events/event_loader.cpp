#include "core/events/event_loader.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <unordered_map>
#include <unordered_set>
#include <variant>

#include <nlohmann/json.hpp>

#include "core/articles/date_text.h"
#include "core/events/event_check.h"
#include "core/json/json_load.h"
#include "core/json/json_path.h"
#include "core/json/json_stream.h"
#include "core/text/byte_find.h"
#include "core/text/utf8.h"

namespace ds {

namespace {

// Calls visit(k, element) for each element of a JSON array.
template <typename Visit>
void each(JsonRef list, Visit&& visit) {
    std::size_t k = 0;
    list.for_each([&](const std::string&, JsonRef item) { visit(k++, item); });
}

// Reads fields of one JSON object and records what is missing or mistyped, at its pointer.
struct FieldReader {
    const std::string& file;
    std::vector<Problem>& problems;
    bool ok = true;

    void fail(const JsonPath& at, MessageCode code, std::vector<std::string> args = {}) { fail(at, Message{code, std::move(args)}); }
    void fail(const JsonPath& at, Message why) {
        problems.push_back({Severity::error, json_place(file, at.str()), std::move(why)});
        ok = false;
    }
    // A member said twice anywhere inside the object at `at`.
    void refuse_duplicates(JsonRef j, const JsonPath& at) {
        if (auto twice = find_duplicate_member(j)) {
            problems.push_back({Severity::error, json_place(file, at.str() + twice->pointer), MessageCode::duplicate_member, {twice->name}});
            ok = false;
        }
    }
    std::string text(JsonRef j, const char* key, const JsonPath& at, bool required) {
        const auto value = j.find(key);
        if (!value) {
            if (required) fail(at / key, MessageCode::missing);
            return {};
        }
        if (!value->is_string()) {
            fail(at / key, MessageCode::expected_string_found, {value->type_name()});
            return {};
        }
        return value->string();
    }
    std::optional<JsonRef> array(JsonRef j, const char* key, const JsonPath& at, bool required) {
        const auto value = j.find(key);
        if (!value) {
            if (required) fail(at / key, MessageCode::missing);
            return std::nullopt;
        }
        if (!value->is_array()) {
            fail(at / key, MessageCode::expected_array_found, {value->type_name()});
            return std::nullopt;
        }
        return value;
    }
};

// An event's quote, checked against its article after the whole file is read: grouped by article,
// each article's text is read from memory once rather than once per event citing it.
struct QuoteCheck {
    const Article* article = nullptr;
    std::size_t source = 0;  // index in the event's sources
    std::size_t slot = 0;    // index in EventStore::events
    std::size_t json_index = 0;
};

struct Context {
    const std::string& file;
    std::unordered_map<std::string, const Article*> articles;
    const Gazetteer& gazetteer;
    std::vector<Problem>& problems;
    std::vector<QuoteCheck> event_quotes;  // of the event being read; null `slot` until it is kept
};

// With `defer`, the quote is queued on ctx.event_quotes instead of checked now.
Citation read_citation(JsonRef j, const JsonPath& at, Context& ctx, FieldReader& r, bool defer = false) {
    Citation c;
    if (!j.is_object()) {
        r.fail(at, MessageCode::expected_citation_object);
        return c;
    }
    c.article = r.text(j, "article", at, true);
    c.quote = r.text(j, "quote", at, true);
    if (c.article.empty() || c.quote.empty()) return c;
    const auto it = ctx.articles.find(c.article);
    if (it == ctx.articles.end()) {
        r.fail(at / "article", MessageCode::unknown_article, {c.article});
    } else if (defer) {
        ctx.event_quotes.push_back({it->second, at.index, 0, 0});
    } else if (const auto why = quote_problem(*it->second, c)) {
        r.fail(at / "quote", *why);
    }
    return c;
}

std::optional<Claim> read_claim(JsonRef j, const JsonPath& at, Context& ctx, std::unordered_set<std::string>& claim_ids) {
    FieldReader r{ctx.file, ctx.problems};
    if (!j.is_object()) {
        r.fail(at, MessageCode::expected_object);
        return std::nullopt;
    }
    r.refuse_duplicates(j, at);
    Claim claim{r.text(j, "id", at, true), r.text(j, "fact", at, true), r.text(j, "fact_de", at, false), {}, false};
    if (!claim.id.empty() && !claim_ids.insert(claim.id).second) r.fail(at / "id", MessageCode::duplicate_claim_id, {claim.id});
    if (const auto list = r.array(j, "assertions", at, true)) {
        const JsonPath list_at = at / "assertions";
        each(*list, [&](std::size_t k, JsonRef item) {
            const JsonPath aat = list_at / k;
            Citation source = read_citation(item, aat, ctx, r);
            claim.assertions.push_back({std::move(source), item.is_object() ? r.text(item, "says", aat, true) : "",
                                        item.is_object() ? r.text(item, "says_de", aat, false) : ""});
        });
        if (list->size() < 2) r.fail(at / "assertions", MessageCode::claim_needs_two_sources);
    }
    if (const auto c = j.find("conflicting"); c && c->is_boolean()) claim.conflicting = c->boolean();
    if (!r.ok) return std::nullopt;
    return claim;
}

void read_date(JsonRef j, const JsonPath& at, Event& e, FieldReader& r) {
    const auto d = j.find("date");
    if (!d || !d->is_object()) {
        r.fail(at / "date", !d ? MessageCode::missing : MessageCode::expected_date_object);
        return;
    }
    e.date = {r.text(*d, "value", at / "date", true), r.text(*d, "mod", at / "date", false), r.text(*d, "text", at / "date", false)};
    if (const auto why = date_value_problem(e.date.value); why && !e.date.value.empty()) r.fail(at / "date" / "value", *why);
    if (const auto why = date_mod_problem(e.date.mod)) r.fail(at / "date" / "mod", *why);
}

void read_participants(JsonRef j, const JsonPath& at, Event& e, FieldReader& r, const Gazetteer& gazetteer) {
    const auto list = r.array(j, "participants", at, true);
    if (!list) return;
    const JsonPath list_at = at / "participants";
    each(*list, [&](std::size_t k, JsonRef item) {
        const JsonPath pat = list_at / k;
        if (!item.is_object()) {
            r.fail(pat, MessageCode::expected_participant_object);
            return;
        }
        // A candidate's party that the gazetteer does not know ("entity": null, "name": "Mistral AI").
        const auto entity_field = item.find("entity");
        const auto name_field = item.find("name");
        if ((!entity_field || entity_field->is_null()) && name_field && name_field->is_string()) {
            r.fail(pat / "entity", MessageCode::party_not_in_gazetteer, {name_field->string()});
            return;
        }
        Participant p{r.text(item, "entity", pat, true), r.text(item, "role", pat, true), {}};
        // Empty fields were reported as missing by the reader.
        if (const auto why = entity_problem(p.entity, gazetteer); why && !p.entity.empty()) r.fail(pat / "entity", *why);
        if (const auto why = role_problem(p.role); why && !p.role.empty()) r.fail(pat / "role", *why);
        e.participants.push_back(std::move(p));
    });
    if (list->size() == 0) r.fail(at / "participants", MessageCode::needs_participant);
}

void read_amounts(JsonRef j, const JsonPath& at, Event& e, FieldReader& r) {
    const auto list = r.array(j, "amounts", at, false);
    if (!list) return;
    const JsonPath list_at = at / "amounts";
    each(*list, [&](std::size_t k, JsonRef item) {
        const JsonPath aat = list_at / k;
        if (!item.is_object()) {
            r.fail(aat, MessageCode::expected_object);
            return;
        }
        Amount amount;
        if (const auto v = item.find("value"); v && !v->is_null()) {
            if (!v->is_number()) r.fail(aat / "value", MessageCode::expected_number_or_null_found, {v->type_name()});
            // A negative, zero (1e-400 reads as 0) or overflowing (1e400) amount is a mistake, not a deal.
            else if (!(std::isfinite(v->number()) && v->number() > 0)) r.fail(aat / "value", MessageCode::amount_not_positive, {nlohmann::json(v->number()).dump()});
            else amount.value = v->number();
        }
        amount.currency = r.text(item, "currency", aat, false);
        amount.unit = r.text(item, "unit", aat, false);
        amount.measures = r.text(item, "measures", aat, true);
        if (const auto why = measure_problem(amount.measures); why && !amount.measures.empty()) r.fail(aat / "measures", *why);
        const std::string q = r.text(item, "qualifier", aat, false);
        if (!q.empty()) {
            if (const auto parsed_q = qualifier_from_name(q)) amount.qualifier = *parsed_q;
            else r.fail(aat / "qualifier", MessageCode::unknown_qualifier, {q});
        }
        if (const auto why = amount_unit_problem(amount)) r.fail(aat, *why);
        e.amounts.push_back(std::move(amount));
    });
}

std::optional<Event> read_event(JsonRef j, const JsonPath& at, Context& ctx, std::unordered_set<std::string>& ids) {
    FieldReader r{ctx.file, ctx.problems};
    if (!j.is_object()) {
        r.fail(at, MessageCode::expected_object);
        return std::nullopt;
    }
    r.refuse_duplicates(j, at);
    Event e;
    e.id = r.text(j, "id", at, true);
    if (!e.id.empty() && !ids.insert(e.id).second) r.fail(at / "id", MessageCode::duplicate_id, {e.id});
    e.type = r.text(j, "type", at, true);
    if (const auto why = event_type_problem(e.type); why && !e.type.empty()) r.fail(at / "type", *why);
    e.status = r.text(j, "status", at, true);
    if (const auto why = status_problem(e.status); why && !e.status.empty()) r.fail(at / "status", *why);
    read_date(j, at, e, r);
    read_participants(j, at, e, r, ctx.gazetteer);
    read_amounts(j, at, e, r);

    // Terms in English, and optionally the same keys' values in German.
    for (const auto& [name, terms] : {std::pair{"terms", &e.terms}, std::pair{"terms_de", &e.terms_de}}) {
        const auto t = j.find(name);
        if (!t) continue;
        if (!t->is_object()) r.fail(at / name, MessageCode::expected_string_object);
        else {
            t->for_each([&, name = name, terms = terms](const std::string& key, JsonRef value) {
                if (value.is_string()) terms->emplace_back(key, value.string());
                else r.fail(at / name / key, MessageCode::expected_string);
            });
        }
    }

    if (const auto s = j.find("summary"); !s || !s->is_object()) {
        r.fail(at / "summary", !s ? MessageCode::missing : MessageCode::expected_summary_object);
    } else {
        e.summary_de = r.text(*s, "de", at / "summary", true);
        e.summary_en = r.text(*s, "en", at / "summary", true);
    }

    // An event from a spreadsheet names its table and row; it may quote no sentence.
    if (const auto t = j.find("table")) {
        if (!t->is_object()) r.fail(at / "table", MessageCode::expected_object);
        else {
            TableOrigin origin{r.text(*t, "file", at / "table", true), 0, r.text(*t, "url", at / "table", false)};
            if (const auto row = t->find("row"); row && row->is_number() && row->number() >= 0 && row->number() < 1e15) origin.row = static_cast<std::size_t>(row->number());
            e.table = std::move(origin);
        }
    }
    if (const auto list = r.array(j, "sources", at, !e.table)) {
        const JsonPath list_at = at / "sources";
        each(*list, [&](std::size_t k, JsonRef item) { e.sources.push_back(read_citation(item, list_at / k, ctx, r, /*defer=*/true)); });
        if (list->size() == 0 && !e.table) r.fail(at / "sources", MessageCode::needs_source);
    }
    e.claim = r.text(j, "claim", at, false);
    if (!r.ok) return std::nullopt;
    return e;
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
    if (c.quote.empty()) return false;
    // Skips ahead (glibc's memmem natively, 16 places at a time in WebAssembly, where musl's memmem
    // made this 1.6× slower than natively); std::string::find compares at every occurrence of the
    // quote's first letter, which made it the costliest step of loading.
    const std::size_t at = find_text_in_long(article.text, c.quote);
    if (at == std::string_view::npos) return false;
    c.range = {at, at + c.quote.size()};
    c.sentences.clear();
    // Sentences are in text order: the first that ends after the quote begins, then on while they overlap.
    auto s = std::partition_point(article.sentences.begin(), article.sentences.end(), [&](const Sentence& x) { return x.range.end <= c.range.begin; });
    for (; s != article.sentences.end() && s->range.begin < c.range.end; ++s) {
        c.sentences.push_back(static_cast<std::size_t>(s - article.sentences.begin()));
    }
    return true;
}

EventStore parse_events(std::string_view json_text, const std::string& file, const std::vector<Article>& articles,
                        const Gazetteer& gazetteer, std::vector<Problem>& problems) {
    EventStore store;
    Context ctx{file, {}, gazetteer, problems, {}};
    for (const Article& a : articles) ctx.articles.emplace(a.id, &a);
    FieldReader top{file, problems};
    const JsonPath root;
    const JsonPath events_at = root / "events", claims_at = root / "claims";
    const std::size_t problems_before = problems.size();

    // Events and claims are read one by one as the file streams past. A claim may come after the
    // events that refer to it, so those references are checked at the end.
    std::unordered_set<std::string> ids, claim_ids;
    std::vector<std::size_t> json_index;  // of each kept event, for the checks at the end
    std::vector<QuoteCheck> quotes;
    bool has_events = false;
    JsonStreamVisitor visitor;
    visitor.root_not_object = MessageCode::expected_events_object_found;
    // A top-level member said twice: nlohmann/json (and jq, JSON.parse) keep the last, this reader
    // would read both, so the file is refused at that member.
    std::unordered_set<std::string> top_members;
    const auto once = [&](const std::string& key) {
        if (!top_members.insert(key).second) top.fail(root / key, MessageCode::duplicate_member, {key});
    };
    visitor.array = [&](const std::string& key) {
        once(key);
        has_events = has_events || key == "events";
    };
    visitor.item = [&](const std::string& key, std::size_t i, JsonRef item) {
        if (key == "events") {
            ctx.event_quotes.clear();
            if (auto e = read_event(item, events_at / i, ctx, ids)) {
                for (QuoteCheck q : ctx.event_quotes) quotes.push_back({q.article, q.source, store.events.size(), i});
                store.events.push_back(std::move(*e));
                json_index.push_back(i);
            }
        } else if (key == "claims") {
            if (auto c = read_claim(item, claims_at / i, ctx, claim_ids)) store.claims.push_back(std::move(*c));
        }
    };
    visitor.member = [&](const std::string& key, JsonRef value) {
        once(key);
        if (key == "version" && !(value.is_number() && value.number() == 1)) top.fail(root / key, MessageCode::unsupported_version);
        if (key != "events" && key != "claims") return;
        top.fail(root / key, MessageCode::expected_array_found, {value.type_name()});
        has_events = has_events || key == "events";
    };
    if (auto problem = stream_json_object(json_text, file, visitor)) {
        // A broken file is reported as broken, not half-loaded. nlohmann/json rejects invalid UTF-8
        // too; the byte offset says more than its line and column.
        problems.erase(problems.begin() + static_cast<std::ptrdiff_t>(problems_before), problems.end());
        const auto bad = problem->code == MessageCode::json_utf16 ? std::nullopt : find_invalid_utf8(json_text);
        if (bad) {
            problems.push_back({Severity::error, file + ":byte " + std::to_string(bad->offset), MessageCode::invalid_utf8, nested(bad->code)});
        } else {
            problems.push_back(std::move(*problem));
        }
        return {};
    }
    if (!has_events) top.fail(events_at, MessageCode::missing);

    std::vector<char> rejected(store.events.size(), 0);
    std::stable_sort(quotes.begin(), quotes.end(), [](const QuoteCheck& a, const QuoteCheck& b) { return a.article < b.article; });
    for (const QuoteCheck& q : quotes) {
        Citation& c = store.events[q.slot].sources[q.source];
        const auto why = quote_problem(*q.article, c);
        if (!why) continue;
        const JsonPath event_at = events_at / q.json_index, sources_at = event_at / "sources", source_at = sources_at / q.source;
        top.fail(source_at / "quote", *why);
        rejected[q.slot] = 1;
    }
    for (std::size_t k = 0; k < store.events.size(); ++k) {
        const Event& e = store.events[k];
        if (!e.claim.empty() && !claim_ids.count(e.claim)) {
            const JsonPath event_at = events_at / json_index[k];
            top.fail(event_at / "claim", MessageCode::unknown_claim, {e.claim});
            rejected[k] = 1;
        }
    }
    std::size_t kept = 0;
    for (std::size_t k = 0; k < store.events.size(); ++k) {
        if (rejected[k]) continue;
        if (kept != k) store.events[kept] = std::move(store.events[k]);
        ++kept;
    }
    store.events.resize(kept);
    return store;
}

}  // namespace ds

#include "explorer/graphic_text.h"

#include <algorithm>
#include <array>
#include <map>
#include <unordered_map>
#include <string_view>
#include <unordered_set>
#include <utility>

#include "core/articles/date_text.h"
#include "core/articles/time_span.h"
#include "core/events/event_format.h"
#include "explorer/flow_rows.h"

namespace ds {

namespace {

const char* words(Language lang, const char* en, const char* de) { return lang == Language::de ? de : en; }

// The dated span's first and last years, "2015" and "2025" (its end is the day after: a "2025-Q4" ends on
// 1 January 2026, which named 2026 as a year of the data).
std::pair<std::string, std::string> dated_years(const AppState& state) {
    return {iso_day(*state.derived.first_day).substr(0, 4), iso_day(*state.derived.last_day - 1).substr(0, 4)};
}

// ", 2015 to 2025" for the shown events' dated span; "" when none is dated.
std::string years(const AppState& state, Language lang) {
    if (!state.derived.first_day || !state.derived.last_day) return "";
    const auto [from, to] = dated_years(state);
    return ", " + from + (from == to ? "" : words(lang, " to ", " bis ") + to);
}

// "; in view: 2023–2026" when a timeline shows less than the shown events' years (a story step's
// zoom); "" when it shows them all.
std::string years_in_view(const AppState& state, const TimeScale& shown, Language lang) {
    if (!state.derived.first_day || !state.derived.last_day) return "";
    const auto first = static_cast<double>(*state.derived.first_day), last = static_cast<double>(*state.derived.last_day);
    // A month's slack: a fitted view's margins, and a glide's last frames, are not a narrower view.
    if (shown.start <= first + 31 && shown.end >= last - 31) return "";
    // The years as the axis names them: cut off at the left, a year whose first day is out of view
    // has no name on the axis ("2018" for its last months before "2019"), so it is not named here.
    int from = 0, to = 0, month = 0, day = 0;
    civil_from_days(static_cast<long>(std::max(shown.start, first)), from, month, day);
    if (shown.start > first && (month != 1 || day != 1)) ++from;
    civil_from_days(static_cast<long>(std::min(shown.end, last - 1)), to, month, day);
    from = std::min(from, to);
    return words(lang, "; in view: ", "; im Bild: ") + std::to_string(from) + (from == to ? "" : "\u2013" + std::to_string(to));
}

// How many of the shown events a timeline over `shown` draws: those dated inside it, in part or whole.
std::size_t events_in_range(const AppState& state, const TimeScale& shown) {
    return static_cast<std::size_t>(std::count_if(state.derived.filtered.begin(), state.derived.filtered.end(), [&](std::size_t i) {
        const auto span = timex_span(state.data.events.events[i].date.value);
        return span && static_cast<double>(span->end) >= shown.start && static_cast<double>(span->start) <= shown.end;
    }));
}

// " (money and compute only)" when only kinds are filtered (a graphic shows no filters, so it names
// them), else " (filtered)".
std::string filtered_words(const Filters& f, Language lang) {
    if (f.types.empty() || !f.statuses.empty() || f.from_day || f.to_day) return words(lang, " (filtered)", " (gefiltert)");
    std::vector<std::string> kinds;
    for (const TypeFamily family : kTypeFamilies) {
        const bool chosen = std::any_of(f.types.begin(), f.types.end(), [&](const std::string& t) {
            const EventType* type = find_event_type(t);
            return type && type->family == family;
        });
        if (!chosen) continue;
        kinds.push_back(type_family_short_label(family, lang));
    }
    if (kinds.empty()) return words(lang, " (filtered)", " (gefiltert)");
    std::string list;
    for (std::size_t k = 0; k < kinds.size(); ++k) list += (k == 0 ? "" : k + 1 == kinds.size() ? words(lang, " and ", " und ") : ", ") + kinds[k];
    return lang == Language::de ? " (nur " + list + ")" : " (" + list + " only)";
}

}  // namespace

std::string graphic_title(const AppState& state, View view) {
    if (!state.host.graphic_title.empty()) return state.host.graphic_title;
    const Language lang = state.view.language;
    switch (view) {
        case View::timeline: return words(lang, "Deals behind the AI race, over time", "Die Deals hinter dem KI-Wettlauf im Zeitverlauf");
        case View::network: return words(lang, "Who invests in whom, who buys compute from whom", "Wer in wen investiert, wer bei wem Rechenleistung kauft");
        case View::flows: return words(lang, "Money and compute flows", "Geld- und Rechenleistungsflüsse");
        default: return "dealscope";
    }
}

std::string graphic_dek(const AppState& state, const std::optional<TimeScale>& shown) {
    if (!state.host.graphic_dek.empty()) return state.host.graphic_dek;
    const Language lang = state.view.language;
    const std::size_t n = state.derived.filtered.size();
    // A timeline zoomed to part of the years says which part, in place of all of them: "2015 to
    // 2026" over an axis from 2023 reads as a mistake. It counts the events it draws first: "9
    // events" over seven marks read as two lost ("7 of 9 events").
    const std::string in_view = shown ? years_in_view(state, *shown, lang) : "";
    const bool part = !in_view.empty();
    std::string dek = part ? std::to_string(events_in_range(state, *shown)) + words(lang, " of ", " von ") : "";
    // German takes the dative after "von": "9 Ereignisse", "7 von 9 Ereignissen".
    dek += std::to_string(n) + (lang == Language::de ? (n == 1 ? " Ereignis" : part ? " Ereignissen" : " Ereignisse") : (n == 1 ? " event" : " events"));
    // Whose events they are, when the graphic shows one entity's (its lanes are the other parties).
    if (const Entity* only = state.data.gazetteer.find(state.view.filters.entity)) dek += words(lang, " with ", " mit ") + only->name;
    if (in_view.empty()) dek += years(state, lang);
    if (state.derived.filtered.size() < state.data.events.events.size()) dek += filtered_words(state.view.filters, lang);
    return dek + in_view;
}

ShownCounts shown_counts(const AppState& state) {
    ShownCounts out;
    out.events = state.derived.filtered.size();
    out.parties = state.derived.entity_rows.size();
    std::unordered_set<std::string_view> articles;
    for (const std::size_t i : state.derived.filtered) {
        const Event& e = state.data.events.events[i];
        for (const Citation& c : e.sources) articles.insert(c.article);
        out.with_money += std::any_of(e.amounts.begin(), e.amounts.end(), [](const Amount& a) { return a.value && !a.currency.empty(); });
    }
    out.articles = articles.size();
    return out;
}

const char* page_headline(Language lang) {
    return lang == Language::de ? "Wer investiert in wen im KI-Wettlauf – und wer kauft bei wem Rechenleistung?"
                                : "Who invests in whom in the AI race – and who buys computing power from whom?";
}

const char* page_headline_short(Language lang) {
    return lang == Language::de ? "Wer investiert in wen im KI-Wettlauf?" : "Who invests in whom in the AI race?";
}

std::string data_summary(const AppState& state) {
    const Language lang = state.view.language;
    const ShownCounts n = shown_counts(state);
    std::string line = std::to_string(n.events) + (lang == Language::de ? (n.events == 1 ? " Ereignis" : " Ereignisse") : (n.events == 1 ? " event" : " events"));
    line += words(lang, " between ", " zwischen ") + std::to_string(n.parties) + words(lang, " parties", " Beteiligten");
    line += years(state, lang);
    if (n.articles > 0) {
        line += words(lang, ", from ", ", aus ") + std::to_string(n.articles) +
                (lang == Language::de ? (n.articles == 1 ? " Artikel" : " Artikeln") : (n.articles == 1 ? " article" : " articles"));
    }
    if (n.with_money > 0) line += "; " + std::to_string(n.with_money) + words(lang, " with a sum of money", " mit einer Geldsumme");
    return line;
}

std::string data_summary_brief(const AppState& state) {
    const Language lang = state.view.language;
    const ShownCounts n = shown_counts(state);
    const bool de = lang == Language::de;
    std::string line = std::to_string(n.events) + (de ? (n.events == 1 ? " Ereignis" : " Ereignisse") : (n.events == 1 ? " event" : " events"));
    line += " \u00b7 " + std::to_string(n.parties) + (de ? (n.parties == 1 ? " Beteiligter" : " Beteiligte") : (n.parties == 1 ? " party" : " parties"));
    if (state.derived.first_day && state.derived.last_day) {
        const auto [from, to] = dated_years(state);
        line += " \u00b7 " + from + (from == to ? "" : "\u2013" + to);
    }
    if (n.articles > 0) line += " \u00b7 " + std::to_string(n.articles) + (de ? " Artikel" : n.articles == 1 ? " article" : " articles");
    return line;
}

std::string graphic_sources(const AppState& state, int most_names, bool credit, bool compact) {
    const Language lang = state.view.language;
    std::map<std::string, int> count;
    int unnamed = 0;  // articles without a publisher: counted, not named ("unnamed source" reads badly in print)
    bool table = false;
    // Articles by id, once: looked up one by one, 100 000 events over 10 000 articles took seconds.
    std::unordered_map<std::string_view, const Article*> articles;
    for (const Article& a : state.data.corpus.articles) articles.emplace(a.id, &a);
    for (const std::size_t i : state.derived.filtered) {
        const Event& e = state.data.events.events[i];
        table |= e.table && e.sources.empty();
        for (const Citation& c : e.sources) {
            const auto a = articles.find(c.article);
            if (a == articles.end()) continue;
            if (a->second->publisher.empty()) ++unnamed;
            else ++count[a->second->publisher];
        }
    }
    std::vector<std::pair<std::string, int>> ranked(count.begin(), count.end());
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    std::string line = words(lang, "Sources: ", "Quellen: ");
    const std::size_t named = std::min(ranked.size(), static_cast<std::size_t>(std::max(0, most_names)));
    for (std::size_t k = 0; k < named; ++k) line += (k ? ", " : "") + ranked[k].first;
    const bool more = ranked.size() > named || unnamed > 0;
    if (compact && named > 0) {
        if (more) line += words(lang, " and others", " u.\u00A0a.");
    } else if (named == 0 && !ranked.empty()) line += std::to_string(ranked.size()) + words(lang, ranked.size() == 1 ? " publisher" : " publishers", ranked.size() == 1 ? " Medium" : " Medien");
    else if (ranked.size() > named && unnamed > 0) line += ", " + std::to_string(ranked.size() - named) + words(lang, " more publishers", " weitere Medien");  // "and other articles" follows
    else if (ranked.size() > named) line += words(lang, " and ", " und ") + std::to_string(ranked.size() - named) + words(lang, " more", " weitere");
    if (unnamed > 0 && !(compact && named > 0)) line += ranked.empty() ? words(lang, "news articles", "Nachrichtenartikel") : words(lang, " and other articles", " und weitere Artikel");
    if (table) line += std::string(ranked.empty() && unnamed == 0 ? "" : "; ") + words(lang, "own data (table)", "eigene Daten (Tabelle)");
    if (ranked.empty() && unnamed == 0 && !table) line += "—";
    return credit ? line + words(lang, " · made with dealscope", " · erstellt mit dealscope") : line;
}

std::vector<std::string> selection_note(const AppState& state) {
    const Language lang = state.view.language;
    const Gazetteer& g = state.data.gazetteer;
    if (state.selection.event && *state.selection.event < state.data.events.events.size()) {
        const Event& e = state.data.events.events[*state.selection.event];
        std::string facts = event_type_label(e.type, lang);
        if (const std::string amount = event_amount_short(e, lang); !amount.empty()) facts += " · " + amount;
        if (const std::string date = event_date_text(e, lang); !date.empty()) facts += " · " + date;
        return {event_participants_text(e, g), facts};
    }
    if (state.selection.flow) {
        const auto i = find_flow(state.derived.flow_table, *state.selection.flow);
        if (!i) return {};
        const Flow& f = state.derived.flow_table[*i];
        const auto name = [&](const std::string& id) {
            const Entity* e = g.find(id);
            return e ? e->name : id;
        };
        std::string facts = flow_kind_label(f.kind, lang);
        if (f.kind != FlowKind::partnership) facts += " · " + total_text_brief(f.total, lang);
        return {name(f.from) + (f.kind == FlowKind::partnership ? " · " : " \xE2\x86\x92 ") + name(f.to), facts};  // →
    }
    // A node the reader tapped in a story: its name (the chart's may be cut or left out) and what it
    // holds among the shown events, as the entity list says it.
    if (const Entity* entity = state.selection.entity.empty() ? nullptr : g.find(state.selection.entity)) {
        const auto row = std::find_if(state.derived.entity_rows.begin(), state.derived.entity_rows.end(),
                                      [&](const EntityRow& r) { return r.entity < g.entities.size() && &g.entities[r.entity] == entity; });
        if (row == state.derived.entity_rows.end()) return {entity->name};
        std::string facts = std::to_string(row->events) + (lang == Language::de ? (row->events == 1 ? " Ereignis" : " Ereignisse") : (row->events == 1 ? " event" : " events"));
        // What it put in and what it took, apart: one sum of both reads as either.
        const auto totals = state.derived.totals.find(entity->id);
        const auto side = [&](const Total& t, const char* en, const char* de) {
            if (const std::string money = entity_money_text(entity_money(t), lang); !money.empty()) facts += " \xC2\xB7 " + std::string(words(lang, en, de)) + money;
        };
        if (totals != state.derived.totals.end()) {
            side(totals->second.invested, "invested ", "investiert ");
            side(totals->second.received, "received ", "erhalten ");
        }
        return {entity->name, facts};
    }
    return {};
}

std::vector<TypeFamily> shown_families(const AppState& state) {
    std::array<bool, std::size(kTypeFamilies)> present{};
    for (const std::size_t i : state.derived.filtered)
        if (i < state.derived.event_family.size()) present[static_cast<std::size_t>(state.derived.event_family[i])] = true;
    std::vector<TypeFamily> out;
    for (const TypeFamily f : kTypeFamilies)
        if (present[static_cast<std::size_t>(f)]) out.push_back(f);
    return out;
}

std::vector<FlowKind> shown_flow_kinds(const AppState& state) {
    std::vector<FlowKind> out;
    for (const FlowKind kind : {FlowKind::money, FlowKind::compute, FlowKind::partnership}) {
        if (std::any_of(state.derived.flow_table.begin(), state.derived.flow_table.end(), [&](const Flow& f) { return f.kind == kind; })) out.push_back(kind);
    }
    return out;
}

bool any_disputed(const AppState& state) { return state.derived.any_disputed; }

bool any_running_total(const AppState& state) { return state.derived.any_running_total; }
bool any_valuation(const AppState& state) { return state.derived.any_valuation; }
std::optional<TypeFamily> giving_side_family(const AppState& state) { return state.derived.giving_family; }

}  // namespace ds

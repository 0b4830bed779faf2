#include "core/tables/table_export.h"

#include <algorithm>
#include <set>

#include "core/events/event_format.h"
#include "core/events/event_types.h"
#include "core/tables/cell_values.h"
#include "core/tables/delimited_text.h"
#include "core/tables/table_import.h"

namespace ds {

namespace {

std::string plain(double v) { return plain_number_text(v); }

std::string joined(const std::vector<std::string>& items, const char* separator = " | ") {
    std::string out;
    for (const auto& item : items) out += (out.empty() ? "" : separator) + item;
    return out;
}

const Article* article_of(const std::vector<Article>& articles, const std::string& id) {
    const auto it = std::find_if(articles.begin(), articles.end(), [&](const Article& a) { return a.id == id; });
    return it == articles.end() ? nullptr : &*it;
}

std::string source_url(const Event& e, const std::vector<Article>& articles) {
    if (e.table && !e.table->url.empty()) return e.table->url;
    for (const auto& s : e.sources)
        if (const Article* a = article_of(articles, s.article); a && !a->url.empty()) return a->url;
    return {};
}

struct Sides {
    std::vector<std::string> from, to, others;  // others: "role: Name"
    std::vector<std::string> other_names;       // the same without their roles
    // For a sheet of links (Kumu, Flourish): a type without a giving side links its first party to the rest.
    std::vector<std::string> link_from() const { return !from.empty() || other_names.empty() ? from : std::vector<std::string>{other_names.front()}; }
    std::vector<std::string> link_to() const {
        if (!to.empty() || other_names.empty()) return to;
        return from.empty() ? std::vector<std::string>(other_names.begin() + 1, other_names.end()) : other_names;
    }
};

Sides sides_of(const Event& e, const Gazetteer& g) {
    Sides s;
    const auto [from_role, to_role] = table_roles(e.type);
    const bool same = std::string_view(from_role) == to_role;
    for (const auto& p : e.participants) {
        const std::string name = participant_name(p, g);
        if (p.role == from_role && (!same || s.from.empty())) s.from.push_back(name);
        else if (p.role == to_role) s.to.push_back(name);
        else {
            s.others.push_back(p.role + ": " + name);
            s.other_names.push_back(name);
        }
    }
    return s;
}

// A date value as TimelineJS's Year, Month and Day ("2025-Q3" has a year only).
void date_parts(const std::string& value, std::string& y, std::string& m, std::string& d) {
    y = m = d = "";
    if (value.size() < 4 || value == "XXXX") return;
    y = value.substr(0, 4);
    if (value.size() >= 7 && std::isdigit(static_cast<unsigned char>(value[5]))) m = std::to_string(std::stoi(value.substr(5, 2)));
    if (value.size() >= 10) d = std::to_string(std::stoi(value.substr(8, 2)));
}

// A date other tools read: a season, quarter or half as the month it starts in ("2024-FA" → "2024-09").
std::string tool_date(const std::string& value) {
    if (value.size() != 7 || value[4] != '-' || std::isdigit(static_cast<unsigned char>(value[5]))) return value;
    static constexpr std::pair<std::string_view, const char*> kStarts[] = {{"SP", "03"}, {"SU", "06"}, {"FA", "09"}, {"WI", "12"}, {"Q1", "01"},
                                                                           {"Q2", "04"}, {"Q3", "07"}, {"Q4", "10"}, {"H1", "01"}, {"H2", "07"}};
    for (const auto& [code, month] : kStarts)
        if (value.substr(5) == code) return value.substr(0, 5) + month;
    return value;
}

std::string kumu_type(const std::string& kind) {
    std::string t = kind;
    if (!t.empty()) t[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(t[0])));
    return t;
}

}  // namespace

std::string export_table(const EventStore& store, const std::vector<std::size_t>& indices, const Gazetteer& g, const std::vector<Article>& articles,
                         TableFormat format, char delimiter) {
    std::string out;
    const auto& row = table_format_row(format);
    append_delimited_row(out, std::vector<std::string>(row.columns.begin(), row.columns.end()), delimiter);

    if (format == TableFormat::kumu_elements || format == TableFormat::flourish_points) {
        std::set<std::string> seen;
        for (const std::size_t i : indices) {
            for (const auto& p : store.events[i].participants) {
                if (p.entity.empty() || !seen.insert(p.entity).second) continue;
                const Entity* e = g.find(p.entity);
                if (!e) continue;
                if (format == TableFormat::kumu_elements) append_delimited_row(out, {e->name, kumu_type(e->kind), e->description, ""}, delimiter);
                else append_delimited_row(out, {e->name, e->kind}, delimiter);
            }
        }
        return out;
    }

    for (const std::size_t i : indices) {
        const Event& e = store.events[i];
        const Sides sides = sides_of(e, g);
        const std::string url = source_url(e, articles);
        std::vector<std::string> values, currencies, qualifiers, measures;
        for (const auto& a : e.amounts) {
            values.push_back(a.value ? plain(*a.value) : "?");  // "?": "milliardenschwer", an amount without a figure
            currencies.push_back(!a.currency.empty() ? a.currency : a.unit);
            qualifiers.push_back(qualifier_name(a.qualifier));
            measures.push_back(a.measures);
        }
        const Amount* money = nullptr;
        for (const auto& a : e.amounts)
            if (a.value && !a.currency.empty() && !money) money = &a;
        const std::string date = e.date.value == "XXXX" ? "" : e.date.value;

        switch (format) {
            case TableFormat::dealscope: {
                std::vector<std::string> article_ids, quotes;
                for (const auto& s : e.sources) {
                    article_ids.push_back(s.article);
                    quotes.push_back(s.quote);
                }
                append_delimited_row(out, {e.id, date, e.type, joined(sides.from), joined(sides.to), joined(values), joined(currencies), joined(qualifiers),
                                           joined(measures), e.status, e.summary_en, e.summary_de, joined(sides.others), url, joined(article_ids), joined(quotes)},
                                     delimiter);
                break;
            }
            // A link joins two nodes: one row per giver and receiver ("Nvidia | SAP" would be a third
            // node in Kumu and Flourish); an event with one party has no row here.
            case TableFormat::kumu_connections:
                for (const auto& from : sides.link_from())
                    for (const auto& to : sides.link_to())
                        append_delimited_row(out, {from, to, event_type_label(e.type, Language::en), money ? plain(*money->value) : "", money ? money->currency : "",
                                                   tool_date(date), e.summary_en, url},
                                             delimiter);
                break;
            case TableFormat::flourish_links:
                for (const auto& from : sides.link_from())
                    for (const auto& to : sides.link_to())
                        append_delimited_row(out, {from, to, money ? plain(*money->value) : "", event_type_label(e.type, Language::en), tool_date(date)}, delimiter);
                break;
            case TableFormat::flourish_timeline:
                append_delimited_row(out, {tool_date(date), "", event_type_label(e.type, Language::en), e.summary_en, e.sources.empty() ? "" : e.sources.front().quote}, delimiter);
                break;
            case TableFormat::timelinejs: {
                std::string y, m, d;
                date_parts(e.date.value, y, m, d);
                const std::string display = y.empty() ? "" : (m.empty() ? event_date_text(e, Language::en) : "");
                append_delimited_row(out, {y, m, d, "", "", "", "", "", display, e.summary_en, e.sources.empty() ? "" : e.sources.front().quote, url, "", "", "", "",
                                           event_type_label(e.type, Language::en), ""},
                                     delimiter);
                break;
            }
            case TableFormat::kumu_elements:
            case TableFormat::flourish_points: break;
        }
    }
    return out;
}

std::size_t events_without_link(const EventStore& store, const std::vector<std::size_t>& indices, const Gazetteer& gazetteer) {
    return static_cast<std::size_t>(std::count_if(indices.begin(), indices.end(), [&](std::size_t i) {
        const Sides sides = sides_of(store.events[i], gazetteer);
        return sides.link_from().empty() || sides.link_to().empty();
    }));
}

}  // namespace ds

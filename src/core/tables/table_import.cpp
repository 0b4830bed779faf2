#include "core/tables/table_import.h"

#include <algorithm>
#include <cctype>
#include <unordered_map>
#include <unordered_set>

#include "core/annotate/annotate.h"
#include "core/articles/article_parser.h"
#include "core/events/event_check.h"
#include "core/events/event_extractor.h"
#include "core/events/event_format.h"
#include "core/events/event_loader.h"
#include "core/events/event_types.h"
#include "core/tables/cell_text.h"
#include "core/tables/cell_values.h"
#include "core/tables/delimited_text.h"

namespace ds {

namespace {

// "A | B", "A; B": Kumu separates a cell's values with "|".
std::vector<std::string> list_of(std::string_view cell) {
    std::vector<std::string> out;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= cell.size(); ++i) {
        if (i == cell.size() || cell[i] == '|' || cell[i] == ';') {
            if (std::string item = trimmed_cell(cell.substr(start, i - start)); !item.empty()) out.push_back(std::move(item));
            start = i + 1;
        }
    }
    return out;
}

// The cells of one row by column name, lower case.
class Columns {
public:
    explicit Columns(const std::vector<std::string>& header) : header_(header) {
        for (std::size_t k = 0; k < header.size(); ++k) index_.emplace(ascii_lower(header[k]), k);
    }
    bool has(std::string_view name) const { return index_.count(ascii_lower(name)) > 0; }
    std::string get(const TableRow& row, std::string_view name) const {
        const auto it = index_.find(ascii_lower(name));
        if (it == index_.end() || it->second >= row.cells.size()) return {};
        return trimmed_cell(row.cells[it->second]);
    }
    // The header's own spelling, for problems.
    std::string spelled(std::string_view name) const {
        const auto it = index_.find(ascii_lower(name));
        return it == index_.end() ? std::string(name) : header_[it->second];
    }

private:
    std::vector<std::string> header_;
    std::unordered_map<std::string, std::size_t> index_;
};

// Names → entity ids: the gazetteer's names and aliases, then the entities this table introduces.
class EntityNames {
public:
    explicit EntityNames(const Gazetteer& g) : gazetteer_(g) {
        for (std::size_t i = 0; i < g.entities.size(); ++i) {
            by_key_.emplace(name_key(g.entities[i].name), g.entities[i].id);
            for (const auto& alias : g.entities[i].aliases) by_key_.emplace(name_key(alias), g.entities[i].id);
            by_key_.emplace(name_key(g.entities[i].id), g.entities[i].id);
        }
    }
    // The id of a known name, or "".
    std::string known(std::string_view name) const {
        const std::string key = name_key(name);
        if (key.empty()) return {};
        if (const auto it = by_key_.find(key); it != by_key_.end()) return it->second;
        // "Nvidia Corp.", "Acme GmbH": the name without its legal form.
        const std::string bare = name_key(without_legal_form(name));
        if (bare != key && !bare.empty())
            if (const auto it = by_key_.find(bare); it != by_key_.end()) return it->second;
        return {};
    }
    const std::string* new_name(const std::string& id) const {
        const auto it = taken_.find(id);
        return it == taken_.end() ? nullptr : &it->second;
    }
    // The id for a name, introducing an entity of `kind` for one nobody knows.
    std::string resolve(std::string_view name, const std::string& kind, std::vector<Entity>& new_entities, const std::string& description = {}) {
        if (std::string id = known(name); !id.empty()) return id;
        std::string id = entity_id_of_name(name);
        if (id.empty()) return {};
        const std::string base = id;
        for (int n = 2; gazetteer_.find(id) || taken_.count(id); ++n) id = base + "-" + std::to_string(n);
        taken_.emplace(id, std::string(trimmed_cell(name)));
        Entity e;
        e.id = id;
        e.name = trimmed_cell(name);
        e.kind = entity_kind_label(kind).empty() ? "company" : kind;
        e.description = description;
        new_entities.push_back(e);
        by_key_.emplace(name_key(name), id);
        return id;
    }

private:
    static std::string_view without_legal_form(std::string_view name) {
        static constexpr std::string_view kForms[] = {" inc.", " inc", " corp.", " corp", " corporation", " ltd.", " ltd", " gmbh", " ag", " se",
                                                      " llc", " plc", " co.", " sa", " s.a.", " n.v.", " nv", " limited"};
        const std::string l = ascii_lower(name);
        for (const auto form : kForms) {
            if (l.ends_with(form)) return trim_comma(name.substr(0, name.size() - form.size()));
        }
        return name;
    }
    static std::string_view trim_comma(std::string_view s) {
        while (!s.empty() && (s.back() == ',' || s.back() == ' ')) s.remove_suffix(1);
        return s;
    }
    const Gazetteer& gazetteer_;
    std::unordered_map<std::string, std::string> by_key_;
    std::unordered_map<std::string, std::string> taken_;  // new ids → their names
};

// "Company", "Investor", "Fund", "Person", "Regierung" → one of kEntityKinds.
std::string entity_kind_of_cell(std::string_view cell) {
    const std::string k = ascii_lower(trimmed_cell(cell));
    if (!entity_kind_label(k).empty()) return k;
    static constexpr std::pair<std::string_view, const char*> kWords[] = {
        {"fund", "investor"}, {"vc", "investor"}, {"venture capital", "investor"}, {"bank", "investor"}, {"investor", "investor"},
        {"people", "person"}, {"ceo", "person"}, {"founder", "person"}, {"state", "government"}, {"agency", "government"},
        {"regierung", "government"}, {"staat", "government"}, {"firm", "company"}, {"startup", "company"}, {"start-up", "company"},
        {"lab", "company"}, {"unternehmen", "company"}, {"organization", "organisation"}, {"ngo", "organisation"}, {"outlet", "media"}};
    for (const auto& [word, kind] : kWords)
        if (k == word || k == std::string(word) + "s") return kind;
    return "company";
}

std::string place_of(const std::string& file, const TableRow& row, const std::string& column = {}) {
    return file + ":line " + std::to_string(row.line) + (column.empty() ? "" : ", column " + column);
}

std::string file_stem_slug(const std::string& file) {
    std::string stem = file.substr(file.find_last_of("/\\") == std::string::npos ? 0 : file.find_last_of("/\\") + 1);
    if (const auto dot = stem.find_last_of('.'); dot != std::string::npos && dot > 0) stem.resize(dot);
    const std::string slug = entity_id_of_name(stem);
    return slug.empty() ? "table" : slug;
}

// "GW", "MW", "percent", "%", "count": the unit of a non-money amount.
std::string unit_of_cell(std::string_view cell) {
    const std::string c = ascii_lower(trimmed_cell(cell));
    if (c == "gw" || c == "gigawatt" || c == "gigawatts") return "GW";
    if (c == "mw" || c == "megawatt" || c == "megawatts") return "MW";
    if (c == "percent" || c == "%" || c == "prozent") return "percent";
    if (c == "count") return "count";
    if (c == "m2") return "m2";
    return {};
}

const char* default_measure(const std::string& type) {
    const EventType* t = find_event_type(type);
    if (t && t->measures[0]) return t->measures[0];
    if (t && t->candidate_measure) return t->candidate_measure;
    return "deal_value";
}

// A plain number as a program writes it ("1500000000", "0.5"): what dealscope's own export writes,
// read before the human forms so that "12.345" is twelve, not twelve thousand.
std::optional<double> plain_number(std::string_view s) {
    const auto v = read_plain_number(s);
    if (!v || !(*v > 0)) return std::nullopt;
    return v;
}

class RowReader {
public:
    RowReader(const std::string& file, const Gazetteer& g, const TableImportOptions& options, TableImport& out)
        : file_(file), gazetteer_(g), options_(options), out_(out), names_(g) {}

    // Rows with from / to columns: dealscope, Kumu connections, Flourish links.
    void read_link_row(const Columns& cols, const TableRow& row, TableFormat format) {
        const bool flourish = format == TableFormat::flourish_links;
        const std::string from_col = flourish ? "source" : "from", to_col = flourish ? "target" : "to";
        const std::string amount_col = cols.has("amount") ? "amount" : "value";
        ok_ = true;
        parties_.clear();
        Event e;
        e.id = cols.get(row, "id");
        if (e.id.empty()) e.id = "table-" + file_stem_slug(file_) + "-" + std::to_string(row.line);

        const std::string type_cell = cols.get(row, "type");
        const std::string amount_cell = cols.get(row, amount_col);
        e.type = read_type_cell(type_cell);
        if (!type_cell.empty() && e.type.empty()) fail(row, cols.spelled("type"), MessageCode::table_unknown_type, {type_cell});
        if (type_cell.empty()) e.type = amount_cell.empty() ? "partnership" : "investment";

        e.date.value = "XXXX";
        const std::string date_cell = cols.get(row, cols.has("date") ? "date" : "start time");
        if (!date_cell.empty()) {
            if (const auto d = read_date_cell(date_cell)) e.date.value = *d;
            else fail(row, cols.spelled("date"), MessageCode::table_bad_date, {date_cell});
        }
        const std::string status_cell = cols.get(row, "status");
        e.status = status_cell.empty() ? "reported" : read_status_cell(status_cell);
        if (e.status.empty()) fail(row, cols.spelled("status"), MessageCode::unknown_status, {status_cell});

        const auto [from_role, to_role] = table_roles(e.type);
        for (const auto& name : list_of(cols.get(row, from_col))) add_party(e, name, from_role);
        for (const auto& name : list_of(cols.get(row, to_col))) add_party(e, name, to_role);
        for (const auto& item : list_of(cols.get(row, "parties"))) {
            const auto colon = item.find(':');
            const std::string role = colon == std::string::npos ? "subject" : trimmed_cell(item.substr(0, colon));
            if (const auto why = role_problem(role)) {
                fail(row, cols.spelled("parties"), why->code, why->args);
                continue;
            }
            add_party(e, colon == std::string::npos ? item : trimmed_cell(item.substr(colon + 1)), role.c_str());
        }
        if (e.participants.empty()) fail(row, {}, MessageCode::table_no_parties);

        read_amounts(cols, row, amount_col, e);
        e.summary_en = cols.get(row, cols.has("summary") ? "summary" : "description");
        e.summary_de = cols.get(row, "summary_de");
        e.table = TableOrigin{file_, row.line, cols.get(row, flourish ? "url" : cols.has("source_url") ? "source_url" : "source")};
        attach_quotes(cols, row, e);
        finish(std::move(e));
    }

    // TimelineJS and Flourish timeline rows: a date, a headline and a text, read like an article.
    void read_story_row(const Columns& cols, const TableRow& row, TableFormat format) {
        ok_ = true;
        parties_.clear();
        const bool timelinejs = format == TableFormat::timelinejs;
        if (timelinejs) {
            const std::string kind = ascii_lower(cols.get(row, "type"));
            if (kind == "title" || kind == "era") return;  // the slide show's title and its eras are not events
        }
        Event e;
        e.id = "table-" + file_stem_slug(file_) + "-" + std::to_string(row.line);
        const std::string headline = cols.get(row, timelinejs ? "headline" : "title");
        const std::string text = cols.get(row, "text");
        if (timelinejs) {
            const std::string y = cols.get(row, "year"), m = cols.get(row, "month"), d = cols.get(row, "day");
            if (const auto date = date_from_parts(y, m, d)) e.date.value = *date;
            else fail(row, cols.spelled("year"), MessageCode::table_bad_date, {trimmed_cell(y + " " + m + " " + d)});
        } else {
            const std::string start = cols.get(row, "start time");
            if (const auto date = read_date_cell(start)) e.date.value = *date;
            else fail(row, cols.spelled("start time"), MessageCode::table_bad_date, {start});
        }
        const std::string group_col = timelinejs ? "group" : "category";
        const std::string group_type = read_type_cell(cols.get(row, group_col));

        // What the headline and text say, read as a short article: type, parties in their roles, amount.
        const Event* read = nullptr;
        std::vector<CandidateEvent> candidates;
        std::string story = headline.empty() ? text : headline + "\n\n" + strip_tags(text);
        if (!story.empty()) {
            auto parsed = parse_article("row.txt", story);
            if (auto* article = std::get_if<Article>(&parsed)) {
                const auto mentions = annotate_article(*article, gazetteer_);
                candidates = extract_candidates(*article, mentions, gazetteer_);
                const auto best = std::max_element(candidates.begin(), candidates.end(),
                                                   [](const CandidateEvent& a, const CandidateEvent& b) { return a.confidence < b.confidence; });
                if (best != candidates.end()) read = &best->event;
                if (!read) {
                    // No deal in the words: the firms the headline names take part.
                    for (const Mention& m : mentions)
                        if (m.kind == MentionKind::entity && m.known && m.sentence == 0) add_party(e, m.name, "subject", m.entity_id);
                }
            }
        }
        e.type = !group_type.empty() ? group_type : read ? read->type : "statement";
        if (read) {
            // The sheet's group names the type; the words gave the parties. A party on the giving
            // side of what the words read keeps that side in the type the sheet names.
            const auto [read_from, read_to] = table_roles(read->type);
            const auto [from_role, to_role] = table_roles(e.type);
            for (const auto& p : read->participants) {
                const char* role = p.role.c_str();
                if (e.type != read->type && p.role == read_from) role = from_role;
                else if (e.type != read->type && p.role == read_to) role = to_role;
                add_party(e, p.entity.empty() ? p.name : participant_name(p, gazetteer_), role, p.entity);
            }
            e.amounts = read->amounts;
            for (auto& a : e.amounts)  // "4bn" with no currency: in dollars, as a table's figure is
                if (a.currency.empty() && a.unit.empty()) a.currency = "USD";
            if (e.type != read->type)
                for (auto& a : e.amounts)
                    if (!a.currency.empty()) a.measures = default_measure(e.type);
        }
        if (e.participants.empty()) fail(row, cols.spelled(timelinejs ? "headline" : "title"), MessageCode::table_no_parties);
        e.status = "reported";
        e.summary_en = headline.empty() ? text : headline;
        const std::string media = cols.get(row, "media");
        e.table = TableOrigin{file_, row.line, media.starts_with("http") ? media : std::string{}};
        finish(std::move(e));
    }

    // Kumu elements, Flourish points: entities, no events.
    void read_entity_row(const Columns& cols, const TableRow& row, TableFormat format) {
        const bool kumu = format == TableFormat::kumu_elements;
        const std::string name = cols.get(row, kumu ? "label" : cols.has("id") ? "id" : "name");
        if (name.empty()) {
            fail(row, cols.spelled(kumu ? "label" : "id"), MessageCode::missing);
            ++out_.rows_skipped;
            return;
        }
        names_.resolve(name, entity_kind_of_cell(cols.get(row, kumu ? "type" : "group")), out_.new_entities, cols.get(row, "description"));
    }

private:
    static std::string strip_tags(std::string_view html) {
        // TimelineJS texts may hold HTML: the words only.
        std::string out;
        bool in_tag = false;
        for (const char c : html) {
            if (c == '<') in_tag = true;
            else if (c == '>') in_tag = false;
            else if (!in_tag) out += c;
        }
        return out;
    }

    void add_party(Event& e, const std::string& name, const char* role, const std::string& known_id = {}) {
        const std::string id = !known_id.empty() ? known_id : names_.resolve(name, "company", out_.new_entities);
        if (id.empty()) return;
        // A set, not a scan of the parties: a cell may list thousands of names.
        if (!parties_.insert(id + '\n' + role).second) return;
        e.participants.push_back({id, role, {}});
    }

    void read_amounts(const Columns& cols, const TableRow& row, const std::string& amount_col, Event& e) {
        const auto values = list_of(cols.get(row, amount_col));
        const auto currencies = list_of(cols.get(row, "currency"));
        const auto qualifiers = list_of(cols.get(row, "qualifier"));
        const auto measures = list_of(cols.get(row, "measures"));
        for (std::size_t k = 0; k < values.size(); ++k) {
            Amount a;
            std::string foreign;
            std::string currency_cell = k < currencies.size() ? currencies[k] : currencies.size() == 1 ? currencies[0] : "";
            if (values[k] == "?") {
                // An amount without a figure ("milliardenschwer"): its currency and measure still say what it was.
            } else if (const auto v = plain_number(values[k])) {
                a.value = *v;
            } else if (const auto cell = read_amount_cell(values[k], &foreign)) {
                a.value = cell->value;
                a.qualifier = cell->qualifier;
                a.currency = cell->currency;
            } else {
                if (!foreign.empty()) fail(row, cols.spelled(amount_col), MessageCode::unsupported_currency, {foreign});
                else fail(row, cols.spelled(amount_col), MessageCode::table_bad_amount, {values[k]});
                continue;
            }
            if (!currency_cell.empty()) {
                const std::string code = read_currency_cell(currency_cell);
                const std::string unit = unit_of_cell(currency_cell);
                if (!code.empty()) a.currency = code;
                else if (!unit.empty()) a.unit = unit;
                else fail(row, cols.spelled("currency"), MessageCode::unsupported_currency, {currency_cell});
            }
            // A value without a currency in a money deal is in dollars, as Flourish's "value" is.
            if (a.currency.empty() && a.unit.empty()) a.currency = "USD";
            if (k < qualifiers.size()) {
                if (const auto q = read_qualifier_cell(qualifiers[k])) a.qualifier = *q;
                else fail(row, cols.spelled("qualifier"), MessageCode::unknown_qualifier, {qualifiers[k]});
            }
            a.measures = k < measures.size() ? measures[k] : default_measure(e.type);
            if (const auto why = measure_problem(a.measures)) fail(row, cols.spelled("measures"), why->code, why->args);
            e.amounts.push_back(std::move(a));
        }
    }

    // A row naming an article of the corpus and a quote found in it is article-backed like any event.
    void attach_quotes(const Columns& cols, const TableRow& row, Event& e) {
        const auto articles_named = list_of(cols.get(row, "article"));
        const std::string quote_cell = cols.get(row, "quote");
        if (articles_named.empty() || quote_cell.empty() || !options_.articles) return;
        // Quotes are separated by " | " (a quote may hold a single "|" of its own only rarely).
        std::vector<std::string> quotes;
        std::size_t start = 0;
        for (std::size_t at; (at = quote_cell.find(" | ", start)) != std::string::npos; start = at + 3) quotes.push_back(quote_cell.substr(start, at - start));
        quotes.push_back(quote_cell.substr(start));
        for (std::size_t k = 0; k < quotes.size(); ++k) {
            Citation c{articles_named[std::min(k, articles_named.size() - 1)], quotes[k], {}, {}};
            const auto article = std::find_if(options_.articles->begin(), options_.articles->end(), [&](const Article& a) { return a.id == c.article; });
            if (article == options_.articles->end() || quote_problem(*article, c)) {
                out_.problems.emplace_back(Severity::warning, place_of(file_, row, cols.spelled("quote")), MessageCode::quote_not_found, std::vector<std::string>{c.article});
                continue;
            }
            e.sources.push_back(std::move(c));
        }
        if (!e.sources.empty() && e.table->url.empty()) e.table.reset();  // article-backed: nothing of the table to show
    }

    std::string name_of(const std::string& id) const {
        if (const Entity* known = gazetteer_.find(id)) return known->name;
        if (const std::string* name = names_.new_name(id)) return *name;
        return id;
    }

    // "Microsoft → OpenAI" for a flow, "A, B" otherwise: as event_participants_text() writes it.
    std::string parties_text(const Event& e) const {
        const auto [from_role, to_role] = table_roles(e.type);
        std::string from, to, all;
        for (const auto& p : e.participants) {
            const std::string name = name_of(p.entity);
            all += (all.empty() ? "" : ", ") + name;
            if (std::string_view(from_role) != to_role && role_is(p.role, from_role)) from += (from.empty() ? "" : ", ") + name;
            else if (std::string_view(from_role) != to_role && role_is(p.role, to_role)) to += (to.empty() ? "" : ", ") + name;
        }
        return !from.empty() && !to.empty() ? from + " → " + to : all;
    }

    void fail(const TableRow& row, const std::string& column, MessageCode code, std::vector<std::string> args = {}) {
        out_.problems.emplace_back(Severity::error, place_of(file_, row, column), code, std::move(args));
        ok_ = false;
    }

    void finish(Event e) {
        if (!ok_) {
            ++out_.rows_skipped;
            return;
        }
        if (e.summary_en.empty() && e.summary_de.empty()) {
            const std::string parties = parties_text(e);
            const std::string amount_en = event_amount_text(e, Language::en), amount_de = event_amount_text(e, Language::de);
            e.summary_en = parties + ": " + event_type_label(e.type, Language::en) + (amount_en.empty() ? "" : " of " + amount_en);
            e.summary_de = parties + ": " + event_type_label(e.type, Language::de) + (amount_de.empty() ? "" : ", " + amount_de);
        }
        if (e.summary_de.empty()) e.summary_de = e.summary_en;
        if (e.summary_en.empty()) e.summary_en = e.summary_de;
        out_.events.push_back(std::move(e));
    }

    const std::string& file_;
    const Gazetteer& gazetteer_;
    const TableImportOptions& options_;
    TableImport& out_;
    EntityNames names_;
    std::unordered_set<std::string> parties_;  // "id\nrole" of the row's event
    bool ok_ = true;
};

}  // namespace

std::pair<const char*, const char*> table_roles(const std::string& type) {
    const EventType* t = find_event_type(type);
    if (t && t->from_role) return {t->from_role, t->to_role};
    if (type == "loan") return {"lender", "borrower"};
    return {"subject", "subject"};
}

std::string read_status_cell(std::string_view cell) {
    const std::string key = name_key(cell);
    for (const char* status : kStatuses)
        if (key == name_key(status)) return status;
    static constexpr std::pair<std::string_view, const char*> kWords[] = {
        {"rumour", "rumored"}, {"rumor", "rumored"}, {"geruecht", "rumored"}, {"geruechte", "rumored"}, {"berichtet", "reported"},
        {"gemeldet", "reported"}, {"talks", "in_talks"}, {"ingespraechen", "in_talks"}, {"verhandlungen", "in_talks"},
        {"angekuendigt", "announced"}, {"signed", "binding"}, {"unterzeichnet", "binding"}, {"verbindlich", "binding"},
        {"closed", "completed"}, {"done", "completed"}, {"abgeschlossen", "completed"}, {"vollzogen", "completed"},
        {"canceled", "cancelled"}, {"abgesagt", "cancelled"}, {"gescheitert", "cancelled"},
    };
    for (const auto& [word, status] : kWords)
        if (key == word) return status;
    return {};
}

std::string read_type_cell(std::string_view cell) {
    const std::string key = name_key(cell);
    if (key.empty()) return {};
    for (const EventType& t : event_types()) {
        if (key == name_key(t.id) || key == name_key(t.label_en) || key == name_key(t.label_de)) return t.id;
    }
    static constexpr std::pair<std::string_view, const char*> kWords[] = {
        {"funding", "funding_round"}, {"round", "funding_round"}, {"raise", "funding_round"}, {"finanzierung", "funding_round"},
        {"invest", "investment"}, {"beteiligung", "investment"}, {"stake", "investment"}, {"equity", "investment"},
        {"compute", "compute_deal"}, {"computedeal", "compute_deal"}, {"cloud", "compute_deal"}, {"cloudcontract", "compute_deal"},
        {"chips", "compute_deal"}, {"takeover", "acquisition"}, {"merger", "acquisition"}, {"buyout", "acquisition"},
        {"uebernahme", "acquisition"}, {"kauf", "acquisition"}, {"credit", "loan"}, {"debt", "loan"}, {"darlehen", "loan"},
        {"partner", "partnership"}, {"alliance", "partnership"}, {"kooperation", "partnership"}, {"launch", "product_launch"},
        {"project", "project_announcement"}, {"projekt", "project_announcement"}, {"founded", "founding"}, {"gruendung", "founding"},
    };
    for (const auto& [word, id] : kWords)
        if (key == word || key == std::string(word) + "s") return id;
    return {};
}

std::string entity_id_of_name(std::string_view name) {
    std::string key;
    bool dash = false;
    const std::string folded = [&] {
        // name_key drops the spaces; here they become dashes.
        std::string words;
        std::size_t start = 0;
        for (std::size_t i = 0; i <= name.size(); ++i) {
            if (i == name.size() || name[i] == ' ' || name[i] == '-' || name[i] == '.' || name[i] == '/' || name[i] == '&') {
                const std::string w = name_key(name.substr(start, i - start));
                if (!w.empty()) words += (words.empty() ? "" : "-") + w;
                start = i + 1;
            }
        }
        return words;
    }();
    for (const char c : folded) {
        const bool plain = std::isalnum(static_cast<unsigned char>(c)) || c == '-';
        if (!plain) continue;  // letters outside ASCII stay out of ids
        if (c == '-' && (dash || key.empty())) continue;
        key += c;
        dash = c == '-';
    }
    while (!key.empty() && key.back() == '-') key.pop_back();
    return key;
}

TableImport import_table(std::string_view text, const std::string& file, const Gazetteer& gazetteer, const TableImportOptions& options) {
    TableImport out;
    const DelimitedTable table = read_delimited(text, file, out.problems);
    if (table.header.empty()) {
        if (out.problems.empty()) out.problems.emplace_back(Severity::error, file, MessageCode::no_text_found);
        return out;
    }
    std::optional<TableFormat> format = options.format;
    if (!format) {
        format = detect_table_format(table.header);
        if (format && !options.family.empty() && table_format_row(*format).family != options.family) format.reset();
    }
    if (!format) {
        std::string header;
        for (const auto& h : table.header) header += (header.empty() ? "" : ", ") + h;
        if (header.size() > 120) header = header.substr(0, 117) + "...";
        out.problems.emplace_back(Severity::error, file + ":line 1", MessageCode::table_format_unknown, std::vector<std::string>{header});
        return out;
    }
    out.format = *format;
    const Columns cols(table.header);
    for (const auto column : table_format_row(*format).required) {
        if (!cols.has(column)) out.problems.emplace_back(Severity::error, file + ":line 1", MessageCode::table_missing_column, std::vector<std::string>{std::string(column)});
    }
    if (!out.problems.empty() && out.events.empty() && std::any_of(out.problems.begin(), out.problems.end(), [](const Problem& p) { return p.code == MessageCode::table_missing_column; }))
        return out;

    RowReader reader(file, gazetteer, options, out);
    for (const TableRow& row : table.rows) {
        ++out.rows;
        switch (*format) {
            case TableFormat::dealscope:
            case TableFormat::kumu_connections:
            case TableFormat::flourish_links: reader.read_link_row(cols, row, *format); break;
            case TableFormat::timelinejs:
            case TableFormat::flourish_timeline: reader.read_story_row(cols, row, *format); break;
            case TableFormat::kumu_elements:
            case TableFormat::flourish_points: reader.read_entity_row(cols, row, *format); break;
        }
    }
    // Only the new entities some event names, or the sheet that lists entities.
    if (!out.events.empty()) {
        std::unordered_set<std::string> named;
        for (const Event& e : out.events)
            for (const Participant& p : e.participants) named.insert(p.entity);
        std::vector<Entity> used;
        for (auto& entity : out.new_entities)
            if (named.count(entity.id)) used.push_back(std::move(entity));
        out.new_entities = std::move(used);
    }
    return out;
}

}  // namespace ds

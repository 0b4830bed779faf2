#include "core/events/event_format.h"

#include <algorithm>
#include <cmath>

#include <cstdio>
#include <string_view>
#include <vector>

#include "core/annotate/mention_format.h"
#include "core/events/event_types.h"

namespace ds {

std::string participant_name(const Participant& p, const Gazetteer& g) {
    if (p.entity.empty()) return p.name;  // a candidate's party the gazetteer does not know
    const Entity* entity = g.find(p.entity);
    return entity ? entity->name : p.entity;
}

namespace {
std::string names(const Event& e, const Gazetteer& g, std::initializer_list<const char*> roles) {
    std::string out;
    for (const auto& p : e.participants) {
        bool match = false;
        for (const char* r : roles) match |= role_is(p.role, r);
        if (!match) continue;
        out += (out.empty() ? "" : ", ") + participant_name(p, g);
    }
    return out;
}
}  // namespace

std::string event_participants_text(const Event& e, const Gazetteer& g) {
    const std::string from = names(e, g, {"investor", "lender", "provider", "seller"});
    const std::string to = names(e, g, {"investee", "borrower", "customer", "buyer", "target"});
    if (!from.empty() && !to.empty()) return from + " \xE2\x86\x92 " + to;  // →
    std::string all;
    for (const auto& p : e.participants) {
        all += (all.empty() ? "" : ", ") + participant_name(p, g);
    }
    return all;
}

namespace {
// "up to " / "bis zu ": how sure the amount is, in words.
const char* qualifier_words(Qualifier q, Language language) {
    const bool de = language == Language::de;
    switch (q) {
        case Qualifier::up_to: return de ? "bis zu " : "up to ";
        case Qualifier::about: return de ? "etwa " : "about ";
        case Qualifier::at_least: return de ? "mindestens " : "at least ";
        case Qualifier::total: return de ? "insgesamt " : "in total ";
        case Qualifier::exact: break;
    }
    return "";
}

// 13.75 → "13.75" (or "13,75"), 10 → "10", 1.5 → "1.5": two decimals at most, trailing zeros dropped.
std::string short_number(double value, bool decimal_comma) {
    char text[48];
    std::snprintf(text, sizeof text, "%.2f", value);
    std::string out = text;
    while (out.back() == '0') out.pop_back();
    if (out.back() == '.') out.pop_back();
    if (decimal_comma) {
        for (char& c : out) c = c == '.' ? ',' : c;
    }
    return out;
}
}  // namespace

std::string money_amount_text(const Amount& a, Language language) {
    if (!a.value) return language == Language::de ? "Betrag nicht genannt" : "amount not stated";
    return qualifier_words(a.qualifier, language) + compact_money(*a.value, a.currency, language);
}

std::string event_amount_text(const Event& e, Language language) {
    for (const Amount& a : e.amounts)
        if (!a.currency.empty()) return money_amount_text(a, language);
    return "";
}

std::string rough_money(double value, const std::string& currency, Language language) {
    if (!(value > 0)) return compact_money(value, currency, language);
    const double unit = std::pow(10.0, std::floor(std::log10(value)) - 2);  // three significant digits
    return "\u2248" + compact_money(std::round(value / unit) * unit, currency, language);
}

std::string compact_money(double value, const std::string& currency, Language language) {
    const bool de = language == Language::de;
    struct Scale { double size; const char* en; const char* de; };
    static constexpr Scale kScales[] = {{1e12, "tn", " Bio."}, {1e9, "bn", " Mrd."}, {1e6, "m", " Mio."}};
    std::string number, scale_en, scale_de;
    for (const Scale& s : kScales) {
        if (value >= s.size) {
            number = short_number(value / s.size, de);
            scale_en = s.en;
            scale_de = s.de;
            break;
        }
    }
    if (number.empty()) number = short_number(value, de);
    const char* symbol = currency == "USD" ? "$" : currency == "EUR" ? "€" : nullptr;
    const std::string unit = symbol ? symbol : currency;
    // English puts the symbol first ("$10bn", "€1.5bn"), a code after ("10bn JPY"); German after
    // the number ("10 Mrd. $", "1,5 Mrd. €").
    if (de) return number + scale_de + (unit.empty() ? "" : " " + unit);
    if (symbol) return unit + number + scale_en;
    return number + scale_en + (unit.empty() ? "" : " " + unit);
}

std::string event_amount_short(const Event& e, Language language) {
    for (const Amount& a : e.amounts) {
        if (a.currency.empty() || !a.value) continue;
        // A running total says so in words ("total $13.75bn"): beside the deals it adds up, a bare
        // figure reads as one more deal.
        const char* prefix = a.qualifier == Qualifier::up_to ? "≤" : a.qualifier == Qualifier::about ? "~" : a.qualifier == Qualifier::at_least ? "≥"
                           : a.qualifier == Qualifier::total ? (language == Language::de ? "insg. " : "total ") : "";
        return prefix + compact_money(*a.value, a.currency, language);
    }
    return "";
}

std::string total_text_brief(const Total& t, Language language) {
    Total sum_only = t;
    for (CurrencySum& c : sum_only.currencies) c.reported_total = 0;
    return total_text(sum_only, language);
}

std::string total_text(const Total& t, Language language) {
    const bool de = language == Language::de;
    std::string out, reported, shared, alleged;
    for (const CurrencySum& c : t.currencies) {
        if (c.shared > 0) shared += (shared.empty() ? "" : " + ") + compact_money(c.shared, c.currency, language);
        const auto part = [&](double value, Qualifier q) {
            if (value <= 0) return;
            out += (out.empty() ? "" : " + ") + std::string(qualifier_words(q, language)) + compact_money(value, c.currency, language);
        };
        part(c.stated, Qualifier::exact);
        part(c.up_to, Qualifier::up_to);
        part(c.about, Qualifier::about);
        part(c.at_least, Qualifier::at_least);
        if (c.alleged > 0) alleged += (alleged.empty() ? "" : " + ") + compact_money(c.alleged, c.currency, language);
        if (c.reported_total > 0) reported += (reported.empty() ? "" : ", ") + compact_money(c.reported_total, c.currency, language);
    }
    // A deal shared with others on the same side: the party's part of it is not known.
    if (!shared.empty()) out += (out.empty() ? "" : " + ") + std::string(de ? "Anteil an " : "part of ") + shared;
    if (!alleged.empty()) out += (out.empty() ? "" : " + ") + std::string(de ? "angeblich " : "allegedly ") + alleged;
    if (out.empty()) {
        out = de ? "Betrag nicht genannt" : "amount not stated";
    } else if (t.unstated > 0) {
        out += " + " + std::to_string(t.unstated) + (de ? (t.unstated == 1 ? " weiteres ohne Betrag" : " weitere ohne Betrag") : " more without a figure");
    }
    if (t.disputed) out += de ? ", umstritten" : ", disputed";
    // A running total a source states is shown beside the sum, not added to it.
    if (!reported.empty()) out += (de ? "; insgesamt berichtet: " : "; reported in total: ") + reported;
    return out;
}

const std::string& claim_fact(const Claim& c, Language language) {
    return language == Language::de && !c.fact_de.empty() ? c.fact_de : c.fact;
}

const std::string& assertion_says(const ClaimAssertion& a, Language language) {
    return language == Language::de && !a.says_de.empty() ? a.says_de : a.says;
}

std::string term_text(const Event& e, std::size_t index, Language language) {
    const std::string& key = e.terms[index].first;  // not a structured binding: clang 14 cannot capture one
    const std::string& value = e.terms[index].second;
    if (language != Language::de) return key + ": " + value;
    static const std::pair<const char*, const char*> kKeys[] = {
        {"duration", "Laufzeit"}, {"conditions", "Bedingungen"}, {"purchase", "Gekauft"}, {"capacity", "Kapazität"}, {"start", "Beginn"}};
    std::string label = key;
    for (const auto& [en, de] : kKeys) {
        if (key == en) label = de;
    }
    const auto german = std::find_if(e.terms_de.begin(), e.terms_de.end(), [&](const auto& t) { return t.first == key; });
    return label + ": " + (german != e.terms_de.end() ? german->second : value);
}

std::string events_count_text(int n, Language language) {
    const bool de = language == Language::de;
    return std::to_string(n) + (de ? (n == 1 ? " Ereignis" : " Ereignisse") : (n == 1 ? " event" : " events"));
}

std::size_t event_source_count(const Event& e) {
    std::vector<std::string_view> articles;
    for (const Citation& c : e.sources) articles.push_back(c.article);
    std::sort(articles.begin(), articles.end());
    return static_cast<std::size_t>(std::unique(articles.begin(), articles.end()) - articles.begin());
}

const std::string& event_summary(const Event& e, Language language) {
    const std::string& wanted = language == Language::de ? e.summary_de : e.summary_en;
    return wanted.empty() ? (language == Language::de ? e.summary_en : e.summary_de) : wanted;
}

std::string event_date_text(const Event& e, Language language) {
    if (e.date.value == "XXXX" || e.date.value.empty()) return language == Language::de ? "Datum unbekannt" : "date unknown";
    return describe_timex(e.date.value, e.date.mod, language);
}

std::string source_text(const Article& article, Language language) {
    const bool de = language == Language::de;
    // Not "unnamed source": to a reporter that is an anonymous informant.
    std::string out = article.publisher.empty() ? (de ? "Medium nicht genannt" : "publisher not named") : article.publisher;
    if (!article.date.value.empty()) {
        out += ", " + describe_timex(article.date.value, "", language);
        if (article.date.inferred) out += de ? ", Datum abgeleitet" : ", date inferred";
    }
    // A source in the other language says so: its quotes stand as written, untranslated.
    if (article.language == "de" && !de) out += ", in German";
    if (article.language == "en" && de) out += ", auf Englisch";
    return out;
}

std::string quoted(std::string_view text, Language language) {
    std::string out(language == Language::de ? "\xE2\x80\x9E" : "\xE2\x80\x9C");  // „ or “
    out += text;
    out += language == Language::de ? "\xE2\x80\x9C" : "\xE2\x80\x9D";  // “ or ”
    return out;
}

std::string citation_text(const Citation& c, const Article* article) {
    std::string out("„");  // appended, not "„" + quote: GCC 12 warns falsely (-Wrestrict) on that
    out += c.quote;
    out += "“";
    if (!article) return out + " (" + c.article + ")";
    out += " — ";
    if (!article->publisher.empty()) out += article->publisher + ": ";
    out += '"';
    out += article->display_title();
    out += '"';
    if (!article->date.value.empty()) out += ", " + article->date.value;
    return out;
}

std::string table_source_text(const TableOrigin& table, Language language) {
    const bool de = language == Language::de;
    return std::string(de ? "Aus einer Tabelle (" : "From a table (") + table.file + (de ? ", Zeile " : ", row ") + std::to_string(table.row) +
           (de ? "), ohne Zitat" : "), no quote");
}

}  // namespace ds

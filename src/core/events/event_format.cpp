#include "core/events/event_format.h"

#include <cstdio>

#include "core/annotate/mention_format.h"

namespace ds {

namespace {
std::string names(const Event& e, const Gazetteer& g, std::initializer_list<const char*> roles) {
    std::string out;
    for (const auto& p : e.participants) {
        bool match = false;
        for (const char* r : roles) match |= p.role == r;
        if (!match) continue;
        const Entity* entity = g.find(p.entity);
        out += (out.empty() ? "" : ", ") + (entity ? entity->name : p.entity);
    }
    return out;
}
}  // namespace

std::string event_participants_text(const Event& e, const Gazetteer& g) {
    const std::string from = names(e, g, {"investor", "lender", "provider", "seller"});
    const std::string to = names(e, g, {"investee", "borrower", "customer", "buyer"});
    if (!from.empty() && !to.empty()) return from + " \xE2\x86\x92 " + to;  // →
    std::string all;
    for (const auto& p : e.participants) {
        const Entity* entity = g.find(p.entity);
        all += (all.empty() ? "" : ", ") + (entity ? entity->name : p.entity);
    }
    return all;
}

std::string event_amount_text(const Event& e) {
    for (const Amount& a : e.amounts) {
        if (a.currency.empty()) continue;
        const std::string prefix = a.qualifier == Qualifier::up_to ? "up to " : a.qualifier == Qualifier::about ? "about " :
                                   a.qualifier == Qualifier::at_least ? "at least " : a.qualifier == Qualifier::total ? "in total " : "";
        return a.value ? prefix + format_money(*a.value, a.currency) : "amount not stated";
    }
    return "";
}

std::string compact_money(double value, const std::string& currency) {
    const char* symbol = currency == "USD" ? "$" : currency == "EUR" ? "€" : "";
    char text[40];
    if (value >= 1e12) std::snprintf(text, sizeof text, "%s%.3gT", symbol, value / 1e12);
    else if (value >= 1e9) std::snprintf(text, sizeof text, "%s%.3gB", symbol, value / 1e9);
    else if (value >= 1e6) std::snprintf(text, sizeof text, "%s%.3gM", symbol, value / 1e6);
    else std::snprintf(text, sizeof text, "%s%.0f", symbol, value);
    std::string out = text;
    if (!*symbol) out += " " + currency;
    return out;
}

std::string event_amount_short(const Event& e) {
    for (const Amount& a : e.amounts) {
        if (a.currency.empty() || !a.value) continue;
        const char* prefix = a.qualifier == Qualifier::up_to ? "≤" : a.qualifier == Qualifier::about ? "~" : a.qualifier == Qualifier::at_least ? "≥" : "";
        return prefix + compact_money(*a.value, a.currency);
    }
    return "";
}

std::string event_date_text(const Event& e) {
    if (e.date.value == "XXXX") return "date unknown";
    const std::string described = describe_timex(e.date.value, e.date.mod);
    return described == e.date.value ? e.date.value : e.date.value + " · " + described;
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

}  // namespace ds

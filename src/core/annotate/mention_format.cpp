#include "core/annotate/mention_format.h"

#include <cmath>
#include <cstdio>

#include "core/articles/calendar_words.h"

namespace ds {

namespace {
constexpr const char* kThinSpace = "\xE2\x80\x89";

std::string group_digits(double value) {
    if (!std::isfinite(value) || std::fabs(value) >= 1e21) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%.3g", value);
        return buf;
    }
    char buf[64];
    const bool whole = value == std::floor(value);
    std::snprintf(buf, sizeof buf, whole ? "%.0f" : "%.2f", value);
    std::string s = buf;
    const std::size_t dot = s.find('.');
    std::string integer = s.substr(0, dot), fraction = dot == std::string::npos ? "" : s.substr(dot);
    std::string out;
    const std::size_t digits = integer.size();
    for (std::size_t i = 0; i < digits; ++i) {
        if (i > 0 && (digits - i) % 3 == 0 && integer[i - 1] != '-') out += kThinSpace;
        out += integer[i];
    }
    return out + fraction;
}

std::string month_in_words(const std::string& mm, Language language) {
    const int m = std::atoi(mm.c_str());
    return m >= 1 && m <= 12 ? ds::month_name(m, language) : mm;
}
}  // namespace

std::string format_money(double value, const std::string& currency) {
    const std::string number = group_digits(value);
    if (currency == "USD") return "US$ " + number;
    if (currency == "EUR") return "€ " + number;
    return currency.empty() ? number : currency + " " + number;
}

std::string describe_timex(const std::string& timex, const std::string& mod, Language language) {
    if (timex.empty()) return "";
    const bool de = language == Language::de;
    const std::string prefix = mod == "MID" ? (de ? "Mitte " : "mid ") : mod == "START" ? (de ? "Anfang " : "early ") : mod == "END" ? (de ? "Ende " : "late ") : "";
    if (timex[0] == 'P') {  // P4Y, PXM
        const char unit = timex.back();
        const std::string n = timex.substr(1, timex.size() - 2);
        const char* name = unit == 'Y' ? (de ? "Jahre" : "years") : unit == 'M' ? (de ? "Monate" : "months") : unit == 'W' ? (de ? "Wochen" : "weeks") : (de ? "Tage" : "days");
        return n == "X" ? std::string(de ? "mehrere " : "several ") + name : n + " " + name;
    }
    const std::string year = timex.substr(0, 4);
    const std::string year_text = year == "XXXX" ? (de ? "(Jahr unbekannt)" : "(year unknown)") : year;
    if (timex.size() == 4) return prefix + year_text;
    if (timex.size() < 7) return timex;
    const std::string rest = timex.substr(5);
    if (rest == "SP" || rest == "SU" || rest == "FA" || rest == "WI") return prefix + season_name(rest, language) + " " + year_text;
    if (rest[0] == 'Q' || rest[0] == 'H') return prefix + rest + " " + year_text;
    if (rest.size() == 2) return prefix + month_in_words(rest, language) + " " + year_text;
    if (rest.size() == 5) {
        const std::string day = std::to_string(std::atoi(rest.substr(3).c_str()));
        return prefix + day + (de ? ". " : " ") + month_in_words(rest.substr(0, 2), language) + " " + year_text;
    }
    return timex;
}

std::string describe_mention(const Mention& m) {
    switch (m.kind) {
        case MentionKind::money: {
            if (m.vague || !m.value) return std::string("amount not stated") + (m.unit.empty() ? "" : " (" + m.unit + ")") + " · vague";
            if (!m.unsupported_currency.empty()) return format_money(*m.value, "") + " " + m.unsupported_currency + " · currency not supported";
            return format_money(*m.value, m.unit.str()) + " · " + qualifier_name(m.qualifier);
        }
        case MentionKind::quantity: {
            const std::string unit = m.unit == "count" ? (m.counted.empty() ? "" : " " + m.counted) : m.unit == "percent" ? " %" : " " + m.unit;
            if (!m.value) return "a vague number" + unit;
            return group_digits(*m.value) + unit + " · " + qualifier_name(m.qualifier);
        }
        case MentionKind::date:
        case MentionKind::duration: {
            std::string s = m.timex + " · " + describe_timex(m.timex, m.mod.str());
            if (!m.anchored) s += " · not anchored: the article has no date";
            return s;
        }
        case MentionKind::entity:
            return m.known ? m.name + " · " + m.entity_kind : m.name + " · not in the gazetteer (" + m.entity_kind + "?)";
    }
    return "";
}

}  // namespace ds

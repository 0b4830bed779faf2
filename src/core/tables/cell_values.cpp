#include "core/tables/cell_values.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <cmath>
#include <vector>

#include "core/articles/calendar_words.h"
#include "core/articles/date_text.h"
#include "core/events/event_loader.h"
#include "core/tables/cell_text.h"

namespace ds {

namespace {

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\xA0')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    // A no-break space is two bytes in UTF-8 (C2 A0); spreadsheets put it before "€".
    while (s.starts_with("\xC2\xA0")) s.remove_prefix(2);
    while (s.ends_with("\xC2\xA0")) s.remove_suffix(2);
    return s;
}

// Removes `word` (lower case) from the front of `s` when it stands there as a word.
bool take_prefix(std::string& s, std::string_view word) {
    if (!s.starts_with(word)) return false;
    if (s.size() > word.size() && std::isalpha(static_cast<unsigned char>(s[word.size()])) && std::isalpha(static_cast<unsigned char>(word.back()))) return false;
    s.erase(0, word.size());
    s.erase(0, s.find_first_not_of(' '));
    return true;
}

struct Scale {
    std::string_view word;
    double factor;
};
// Longer words first, so "mrd" is not read as "m".
constexpr Scale kScales[] = {
    {"billionen", 1e12}, {"trillions", 1e12}, {"trillion", 1e12}, {"milliarden", 1e9}, {"milliarde", 1e9}, {"billions", 1e9},
    {"billion", 1e9}, {"millionen", 1e6}, {"millions", 1e6}, {"million", 1e6}, {"thousand", 1e3}, {"tausend", 1e3},
    {"mrd.", 1e9}, {"mrd", 1e9}, {"mio.", 1e6}, {"mio", 1e6}, {"tsd.", 1e3}, {"tsd", 1e3}, {"bn", 1e9}, {"tn", 1e12},
    {"mn", 1e6}, {"b", 1e9}, {"m", 1e6}, {"k", 1e3},
};

struct CurrencyWord {
    std::string_view word;
    const char* code;  // USD, EUR, or another ISO code dealscope does not convert
};
constexpr CurrencyWord kCurrencies[] = {
    {"us-dollar", "USD"}, {"us dollar", "USD"}, {"dollars", "USD"}, {"dollar", "USD"}, {"usd", "USD"}, {"us$", "USD"}, {"$", "USD"},
    {"euros", "EUR"}, {"euro", "EUR"}, {"eur", "EUR"}, {"\xE2\x82\xAC", "EUR"},
    {"pfund", "GBP"}, {"gbp", "GBP"}, {"\xC2\xA3", "GBP"}, {"yen", "JPY"}, {"jpy", "JPY"}, {"chf", "CHF"}, {"franken", "CHF"}, {"yuan", "CNY"}, {"cny", "CNY"},
};

const char* take_currency(std::string& s) {
    for (const auto& c : kCurrencies) {
        if (take_prefix(s, c.word)) return c.code;
    }
    return nullptr;
}

// A number as spreadsheets write it in either language: "1500000000", "1.500.000.000",
// "1,500,000,000", "1,5", "1.5", "1.234,56", "1,234.56". Three digits after a lone separator are
// a thousands group ("1.500" is 1500), as amounts of money are.
std::optional<double> read_number(std::string_view s) {
    if (s.empty()) return std::nullopt;
    std::vector<std::size_t> seps;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '.' || s[i] == ',' || s[i] == '\'' || s[i] == ' ') seps.push_back(i);
        else if (!std::isdigit(static_cast<unsigned char>(s[i]))) return std::nullopt;
    }
    if (!std::isdigit(static_cast<unsigned char>(s.front())) || !std::isdigit(static_cast<unsigned char>(s.back()))) return std::nullopt;
    char decimal = 0;
    if (!seps.empty()) {
        const char last = s[seps.back()];
        const bool mixed = std::any_of(seps.begin(), seps.end(), [&](std::size_t i) { return s[i] != last; });
        const std::size_t digits_after = s.size() - seps.back() - 1;
        if (mixed || (seps.size() == 1 && digits_after != 3)) decimal = last;
        if (decimal == '\'' || decimal == ' ') return std::nullopt;
        // Every group before the decimal mark has three digits.
        std::size_t prev = std::string_view::npos;
        for (const std::size_t i : seps) {
            if (s[i] == decimal) break;
            if (prev != std::string_view::npos && i - prev - 1 != 3) return std::nullopt;
            if (prev == std::string_view::npos && i > 3) return std::nullopt;
            prev = i;
        }
        if (prev != std::string_view::npos && decimal == 0 && s.size() - prev - 1 != 3) return std::nullopt;
        if (decimal && std::count(s.begin(), s.end(), decimal) > 1) return std::nullopt;
    }
    std::string plain;
    for (const char c : s) {
        if (std::isdigit(static_cast<unsigned char>(c))) plain += c;
        else if (c == decimal) plain += '.';
    }
    return read_plain_number(plain);
}

struct QualifierWord {
    std::string_view word;
    Qualifier qualifier;
};
constexpr QualifierWord kQualifierWords[] = {
    {"up to", Qualifier::up_to}, {"bis zu", Qualifier::up_to}, {"at least", Qualifier::at_least}, {"mindestens", Qualifier::at_least},
    {"more than", Qualifier::at_least}, {"mehr als", Qualifier::at_least}, {"over", Qualifier::at_least}, {"über", Qualifier::at_least},
    {">", Qualifier::at_least}, {"about", Qualifier::about}, {"around", Qualifier::about}, {"approximately", Qualifier::about},
    {"approx.", Qualifier::about}, {"rund", Qualifier::about}, {"etwa", Qualifier::about}, {"ca.", Qualifier::about},
    {"circa", Qualifier::about}, {"~", Qualifier::about}, {"total", Qualifier::total}, {"insgesamt", Qualifier::total},
};

int month_of_word(std::string_view word) {
    std::string w = ascii_lower(word);
    if (w.ends_with('.')) w.pop_back();
    for (const auto& m : kMonthWords)
        if (ascii_lower(m.word) == w) return m.month;
    return 0;
}

std::optional<int> whole_number(std::string_view s) {
    int v = 0;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc{} || end != s.data() + s.size()) return std::nullopt;
    return v;
}

bool valid_year(int y) { return y >= 1800 && y <= 2200; }

std::string two(int v) {
    std::string out = v < 10 ? "0" : "";
    out += std::to_string(v);
    return out;
}

std::optional<std::string> ymd(int y, int m, int d) {
    if (!valid_year(y) || m < 1 || m > 12) return std::nullopt;
    if (d == 0) return std::to_string(y) + "-" + two(m);
    const std::string value = std::to_string(y) + "-" + two(m) + "-" + two(d);
    if (!parse_calendar_date(value)) return std::nullopt;
    return value;
}

std::vector<std::string_view> words_of(std::string_view s) {
    std::vector<std::string_view> out;
    std::size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && (s[i] == ' ' || s[i] == ',' || s[i] == '/')) ++i;
        const std::size_t start = i;
        while (i < s.size() && s[i] != ' ' && s[i] != ',' && s[i] != '/') ++i;
        if (i > start) out.push_back(s.substr(start, i - start));
    }
    return out;
}

}  // namespace

std::optional<double> read_plain_number(std::string_view s) {
    // Digits with at most one '.', as a program writes them (strtod would also take "inf", "0x1p3").
    if (s.empty() || s.size() > 64 || std::count(s.begin(), s.end(), '.') > 1 || s.front() == '.' || s.back() == '.') return std::nullopt;
    if (!std::all_of(s.begin(), s.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) || c == '.'; })) return std::nullopt;
    // Emscripten's libc++ has no from_chars for doubles; no locale is set, so strtod reads '.'.
    const std::string text(s);
    const double value = std::strtod(text.c_str(), nullptr);
    if (!std::isfinite(value)) return std::nullopt;
    return value;
}

std::string plain_number_text(double value) {
    // The fewest decimals that read back as the same double: "10000000000", "0.5", "13.75".
    char text[400];
    for (int decimals = 0; decimals <= 17; ++decimals) {
        std::snprintf(text, sizeof text, "%.*f", decimals, value);
        if (std::strtod(text, nullptr) == value) break;
    }
    return text;
}

std::optional<Qualifier> read_qualifier_cell(std::string_view cell) {
    const std::string text = ascii_lower(trim(cell));
    if (const auto q = qualifier_from_name(text)) return q;
    if (text == "exact" || text == "exakt" || text == "genau") return Qualifier::exact;
    for (const auto& q : kQualifierWords)
        if (text == q.word) return q.qualifier;
    return std::nullopt;
}

std::string read_currency_cell(std::string_view cell) {
    std::string s = ascii_lower(trim(cell));
    const char* code = take_currency(s);
    return code && s.empty() && (std::string_view(code) == "USD" || std::string_view(code) == "EUR") ? code : "";
}

std::optional<CellAmount> read_amount_cell(std::string_view cell, std::string* foreign_currency) {
    std::string s = ascii_lower(trim(cell));
    CellAmount amount;
    for (const auto& q : kQualifierWords) {
        if (take_prefix(s, q.word)) {
            amount.qualifier = q.qualifier;
            break;
        }
    }
    const char* currency = take_currency(s);
    // The number runs to the first letter or symbol ("1,5 Mrd. €", "1.5bn", "100 billion").
    std::size_t n = 0;
    while (n < s.size() && (std::isdigit(static_cast<unsigned char>(s[n])) || ((s[n] == '.' || s[n] == ',' || s[n] == '\'' || s[n] == ' ') && n + 1 < s.size() && std::isdigit(static_cast<unsigned char>(s[n + 1]))))) ++n;
    const auto number = read_number(std::string_view(s).substr(0, n));
    if (!number) return std::nullopt;
    s.erase(0, n);
    s.erase(0, s.find_first_not_of(' '));
    double factor = 1;
    for (const auto& scale : kScales) {
        if (take_prefix(s, scale.word)) {
            factor = scale.factor;
            break;
        }
    }
    if (!currency) currency = take_currency(s);
    if (!s.empty()) return std::nullopt;  // words the cell holds besides an amount
    amount.value = *number * factor;
    if (!(amount.value > 0) || !std::isfinite(amount.value)) return std::nullopt;
    if (currency && std::string_view(currency) != "USD" && std::string_view(currency) != "EUR") {
        if (foreign_currency) *foreign_currency = currency;
        return std::nullopt;
    }
    amount.currency = currency ? currency : "";
    return amount;
}

std::optional<std::string> read_date_cell(std::string_view cell) {
    const std::string_view s = trim(cell);
    if (s.empty()) return std::nullopt;
    // What dealscope writes: TIMEX3 values with seasons, quarters and halves ("2023-FA", "2025-Q3").
    if (s.size() == 7 && s[4] == '-' && std::isupper(static_cast<unsigned char>(s[5])) && is_valid_event_date(std::string(s)) && s.substr(0, 4) != "XXXX")
        return std::string(s);
    // ISO: 2024, 2024-06, 2024-06-30 (and a spreadsheet's time after it: "2024-06-30 00:00:00").
    if (s.size() >= 4 && std::all_of(s.begin(), s.begin() + 4, [](char c) { return std::isdigit(static_cast<unsigned char>(c)); })) {
        const int y = *whole_number(s.substr(0, 4));
        if (s.size() == 4) return valid_year(y) ? std::optional<std::string>(std::string(s)) : std::nullopt;
        if (s[4] == '-' || s[4] == '/') {
            const auto rest = s.substr(5);
            if (rest.size() == 2 && (rest[0] == 'Q' || rest[0] == 'q') && rest[1] >= '1' && rest[1] <= '4') return std::to_string(y) + "-Q" + rest[1];
            if (rest.size() == 2 && (rest[0] == 'H' || rest[0] == 'h') && rest[1] >= '1' && rest[1] <= '2') return std::to_string(y) + "-H" + rest[1];
            const auto dash = rest.find_first_of("-/");
            const auto m = whole_number(rest.substr(0, dash));
            if (!m) return std::nullopt;
            if (dash == std::string_view::npos) return ymd(y, *m, 0);
            auto day = rest.substr(dash + 1);
            day = day.substr(0, day.find_first_of(" T"));
            const auto d = whole_number(day);
            if (!d || *d < 1) return std::nullopt;
            return ymd(y, *m, *d);
        }
    }
    // 30.06.2024 (German), 6/30/2024 (US spreadsheets; 30/6/2024 when the first cannot be a month).
    for (const char sep : {'.', '/'}) {
        const auto a = s.find(sep), b = s.find(sep, a == std::string_view::npos ? a : a + 1);
        if (a == std::string_view::npos || b == std::string_view::npos) continue;
        const auto p1 = whole_number(s.substr(0, a)), p2 = whole_number(s.substr(a + 1, b - a - 1));
        auto rest = s.substr(b + 1);
        rest = rest.substr(0, rest.find(' '));
        const auto p3 = whole_number(rest);
        if (!p1 || !p2 || !p3 || rest.size() != 4) continue;
        if (sep == '.') return ymd(*p3, *p2, *p1);
        if (*p1 > 12) return ymd(*p3, *p2, *p1);
        return ymd(*p3, *p1, *p2);
    }
    // Words: "June 2024", "Juni 2024", "30. Juni 2024", "June 30, 2024", "Q3 2025", "H2 2026",
    // "Herbst 2024", "3. Quartal 2025".
    const auto words = words_of(s);
    if (words.size() < 2 || words.size() > 3) return std::nullopt;
    const auto year = whole_number(words.back());
    if (!year || !valid_year(*year)) return std::nullopt;
    const std::string y = std::to_string(*year);
    const std::string first = ascii_lower(words[0]);
    if (words.size() == 2) {
        if (first.size() == 2 && first[0] == 'q' && first[1] >= '1' && first[1] <= '4') return y + "-Q" + first[1];
        if (first.size() == 2 && first[0] == 'h' && first[1] >= '1' && first[1] <= '2') return y + "-H" + first[1];
        if (const int m = month_of_word(words[0])) return ymd(*year, m, 0);
        for (const auto& season : kSeasonWords)
            if (ascii_lower(season.word) == first) return y + "-" + season.code;
        return std::nullopt;
    }
    // Three words: "3. Quartal", or a day and a month in either order.
    if (ascii_lower(words[1]) == "quartal" && words[0].size() == 2 && words[0][0] >= '1' && words[0][0] <= '4' && words[0][1] == '.')
        return y + "-Q" + words[0][0];
    std::string_view day_word = words[0], month_word = words[1];
    if (!month_of_word(month_word)) std::swap(day_word, month_word);
    std::string day_text(day_word);
    if (day_text.ends_with('.')) day_text.pop_back();
    const auto day = whole_number(day_text);
    const int m = month_of_word(month_word);
    if (!m || !day || *day < 1) return std::nullopt;
    return ymd(*year, m, *day);
}

std::optional<std::string> date_from_parts(std::string_view year, std::string_view month, std::string_view day) {
    const auto y = whole_number(trim(year));
    if (!y || !valid_year(*y)) return std::nullopt;
    if (trim(month).empty()) return trim(day).empty() ? std::optional<std::string>(std::to_string(*y)) : std::nullopt;
    auto m = whole_number(trim(month));
    if (!m) {
        const int named = month_of_word(trim(month));
        if (!named) return std::nullopt;
        m = named;
    }
    if (trim(day).empty()) return ymd(*y, *m, 0);
    const auto d = whole_number(trim(day));
    if (!d || *d < 1) return std::nullopt;
    return ymd(*y, *m, *d);
}

std::string name_key(std::string_view name) {
    std::string out;
    for (std::size_t i = 0; i < name.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(name[i]);
        if (std::isalnum(c)) {
            out += static_cast<char>(std::tolower(c));
            continue;
        }
        if (c == 0xC3 && i + 1 < name.size()) {
            const unsigned char d = static_cast<unsigned char>(name[i + 1]);
            const char* folded = nullptr;
            switch (d) {
                case 0xA4: case 0x84: folded = "ae"; break;  // ä Ä
                case 0xB6: case 0x96: folded = "oe"; break;  // ö Ö
                case 0xBC: case 0x9C: folded = "ue"; break;  // ü Ü
                case 0x9F: folded = "ss"; break;             // ß
                case 0xA9: case 0xA8: case 0x89: folded = "e"; break;  // é è É
                case 0xA1: case 0xA0: folded = "a"; break;   // á à
                default: break;
            }
            if (folded) {
                out += folded;
                ++i;
                continue;
            }
        }
        if (c >= 0x80) out += static_cast<char>(c);  // other letters as they are
    }
    return out;
}

}  // namespace ds

#include "core/annotate/amount_annotator.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <iterator>
#include <optional>
#include <string>
#include <utility>

#include "core/articles/date_text.h"
#include "core/annotate/number_words.h"
#include "core/text/text_scan.h"

namespace ds {

namespace {

struct Unit { std::string_view word; const char* unit; };
constexpr Unit kQuantityUnits[] = {
    {"%", "percent"}, {"Prozent", "percent"}, {"percent", "percent"}, {"Gigawatt", "GW"}, {"GW", "GW"}, {"gigawatts", "GW"},
    {"gigawatt", "GW"}, {"Megawatt", "MW"}, {"MW", "MW"}, {"megawatts", "MW"}, {"megawatt", "MW"}, {"Quadratmeter", "m2"}, {"Quadratmetern", "m2"}, {"qm", "m2"}, {"m²", "m2"},
    {"Terawattstunden", "TWh"}, {"TWh", "TWh"},
};
// Nouns after a number that are time spans or dates, handled by the time annotator.
constexpr std::string_view kNotCounted[] = {
    "Jahr", "Jahre", "Jahren", "Jahres", "Monat", "Monate", "Monaten", "Woche", "Wochen", "Tag", "Tage", "Tagen", "Stunden",
    "Quartal", "Quartals", "Prozent", "Uhr", "Mal",
};
constexpr std::string_view kVagueCounts[] = {"Tausende", "Zehntausende", "Hunderttausende", "Millionen", "Hunderte", "Dutzende"};

struct Cursor {
    std::string_view text;
    const std::vector<Token>& tokens;
    std::string_view at(std::size_t i) const { return i < tokens.size() ? token_text(text, tokens[i]) : std::string_view(); }
};

// Currency starting at token i: returns its code and the number of tokens it spans.
std::optional<std::pair<const char*, std::size_t>> currency_at(const Cursor& c, std::size_t i) {
    const std::string_view w = c.at(i);
    // Every currency word or sign starts with one of these bytes (€ and £ with their first); most words do not.
    static constexpr std::array<bool, 256> kFirstBytes = [] {
        std::array<bool, 256> first{};
        for (const unsigned char b : std::string_view("UD$dEe\xE2" "JYPG\xC2" "FCR")) first[b] = true;
        return first;
    }();
    if (w.empty() || !kFirstBytes[static_cast<unsigned char>(w[0])]) return std::nullopt;
    if (w == "US" && c.at(i + 1) == "Dollar" && c.tokens[i + 1].hyphen_before) return std::pair{"USD", std::size_t{2}};
    if (w == "US" && c.at(i + 1) == "$" && c.tokens[i].range.end == c.tokens[i + 1].range.begin) return std::pair{"USD", std::size_t{2}};
    if (w == "Dollar" || w == "$" || w == "USD" || w == "dollars" || w == "Dollars" || w == "US$") return std::pair{"USD", std::size_t{1}};
    if (w == "Euro" || w == "€" || w == "EUR" || w == "euros") return std::pair{"EUR", std::size_t{1}};
    struct Other { std::string_view word; const char* code; };
    static constexpr Other kOther[] = {{"Yen", "JPY"}, {"JPY", "JPY"}, {"Pfund", "GBP"}, {"GBP", "GBP"}, {"£", "GBP"}, {"Franken", "CHF"},
                                       {"CHF", "CHF"}, {"Yuan", "CNY"}, {"CNY", "CNY"}, {"Renminbi", "CNY"}, {"\xC2\xA5", "JPY"}};
    for (const auto& o : kOther) {
        if (w == o.word) return std::pair{o.code, std::size_t{1}};
    }
    return std::nullopt;
}

bool is_currency_code(std::string_view w) {
    return w == "USD" || w == "EUR" || w == "GBP" || w == "CHF" || w == "JPY" || w == "CNY" || w == "US";
}

// "1.7bn", "600m", "2tn": a number with its scale glued on, as English headlines write it; after a
// currency sign also in capitals, "$500M", "$6.8B" (alone, "3M" is a company and "5G" a network).
std::optional<std::pair<double, double>> number_with_glued_scale(std::string_view w, bool german, bool after_currency) {
    std::size_t k = 0;
    while (k < w.size() && !scan::is_ascii_alpha(w[k])) ++k;
    if (k == 0 || k == w.size()) return std::nullopt;
    const std::string_view suffix = w.substr(k);
    double scale = 0;
    if (suffix == "bn" || suffix == "bln" || suffix == "b" || suffix == "Mrd" || (after_currency && suffix == "B")) scale = 1e9;
    else if (suffix == "m" || suffix == "mn" || suffix == "mln" || suffix == "Mio" || (after_currency && suffix == "M")) scale = 1e6;
    else if (suffix == "tn" || suffix == "trn" || suffix == "trln" || (after_currency && suffix == "T")) scale = 1e12;
    else if (suffix == "k" || (after_currency && suffix == "K")) scale = 1e3;
    else return std::nullopt;
    const auto number = parse_digits(w.substr(0, k), german);
    if (!number) return std::nullopt;
    return std::pair{*number, scale};
}

// Currencies recognised as such but not supported: the amount is kept without a currency, and said so.
constexpr std::string_view kUnsupportedCurrencies[] = {"Rubel", "Rupien", "Rupie", "Won", "Lira", "Real", "Kronen", "Peso", "Pesos",
                                                       "Dirham", "Riyal", "Bitcoin", "Rand", "Zloty", "Forint", "rubles", "rupees"};

bool is_month_or_noun_blocker(std::string_view w) {
    return month_from_name(w) != 0 || std::find(std::begin(kNotCounted), std::end(kNotCounted), w) != std::end(kNotCounted);
}

Qualifier qualifier_before(const Cursor& c, std::size_t first) {
    auto back = [&](std::size_t k) { return first >= k ? c.at(first - k) : std::string_view(); };
    if ((back(2) == "bis" || back(2) == "Bis") && back(1) == "zu") return Qualifier::up_to;
    if ((back(2) == "up" || back(2) == "Up") && back(1) == "to") return Qualifier::up_to;
    if ((back(2) == "mehr" || back(2) == "Mehr") && back(1) == "als") return Qualifier::at_least;
    if ((back(2) == "more" || back(2) == "More") && back(1) == "than") return Qualifier::at_least;
    static constexpr std::string_view kAbout[] = {"rund", "Rund", "etwa", "Etwa", "ca", "circa", "knapp", "fast", "annähernd",
                                                  "ungefähr", "about", "around", "roughly", "nearly", "approximately"};
    if (std::find(std::begin(kAbout), std::end(kAbout), back(1)) != std::end(kAbout)) return Qualifier::about;
    for (std::size_t k = 1; k <= 3; ++k) {
        if (back(k) == "insgesamt" || back(k) == "Insgesamt" || back(k) == "total") return Qualifier::total;
    }
    return Qualifier::exact;
}

// "Milliardenhöhe", "milliardenschwer", "Milliardeninvestition": a money word without a value.
bool is_vague_money_word(std::string_view w) {
    static constexpr std::string_view kStems[] = {"Milliarden", "milliarden", "Millionen", "millionen"};
    for (const std::string_view stem : kStems) {
        if (w.starts_with(stem) && w.size() > stem.size()) return true;
    }
    return false;
}

// English money without a value: "billions of dollars", "tens of billions of dollars", "hundreds of
// millions of euros", "a multibillion-dollar deal", "multi-billion-dollar". The first and one past
// the last token, and the currency; none when the words at `i` are not such an amount.
struct VagueMoney {
    std::size_t first = 0, end = 0;
    const char* currency = "";
};
std::optional<VagueMoney> english_vague_money(const Cursor& c, std::size_t i) {
    const std::string_view w = c.at(i);
    const auto currency_word = [](std::string_view x) -> const char* {
        if (x == "dollar" || x == "dollars") return "USD";
        if (x == "euro" || x == "euros") return "EUR";
        return nullptr;
    };
    const auto joined = [&](std::size_t k) { return k < c.tokens.size() && c.tokens[k].hyphen_before; };
    // "multibillion-dollar", "multi-billion-dollar"
    std::size_t k = i + 1;
    bool multi = w == "multibillion" || w == "multimillion";
    if (w == "multi" && joined(k) && (c.at(k) == "billion" || c.at(k) == "million")) {
        multi = true;
        ++k;
    }
    if (multi && joined(k)) {
        if (const char* cur = currency_word(c.at(k))) return VagueMoney{i, k + 1, cur};
    }
    // "billions of dollars", after "tens of" or "hundreds of"
    if ((w == "billions" || w == "millions") && c.at(i + 1) == "of") {
        const char* cur = currency_word(c.at(i + 2));
        if (!cur) return std::nullopt;
        std::size_t first = i;
        if (i >= 2 && c.at(i - 1) == "of" && (c.at(i - 2) == "tens" || c.at(i - 2) == "hundreds")) first = i - 2;
        return VagueMoney{first, i + 3, cur};
    }
    return std::nullopt;
}

bool is_year(const Token& t, std::string_view w) {
    return t.numeric && w.size() == 4 && std::all_of(w.begin(), w.end(), [](char ch) { return scan::is_digit(ch); }) && w >= "1800" && w <= "2100";
}

// True when the number is an ordinal ("3. Quartal", "21. Oktober"): one or two digits and a period.
bool is_ordinal(const Cursor& c, std::size_t i) {
    const Token& t = c.tokens[i];
    return t.numeric && t.range.size() <= 2 && t.range.end < c.text.size() && c.text[t.range.end] == '.';
}

}  // namespace

void annotate_amounts(std::string_view text, const std::vector<Token>& tokens, bool german, std::vector<Mention>& out) {
    const Cursor c{text, tokens};
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        std::size_t first = i;
        const char* currency = nullptr;
        // Currency before the number: "$10 billion", "€ 5 Mio."
        // "USD 40 billion", "US$17.4 billion" too: a currency code or sign right before a number.
        if (auto cur = currency_at(c, i); cur && i + cur->second < tokens.size() && tokens[i + cur->second].numeric &&
                                          (c.tokens[i].symbol || is_currency_code(c.at(i)))) {
            currency = cur->first;
            i += cur->second;
        }
        const std::string_view w = c.at(i);
        std::optional<double> number;
        bool article_like = false, glued_scale = false;
        if (tokens[i].numeric) {
            // Part of a name ("GPT-4"), an ordinal or a year is not an amount.
            if (tokens[i].hyphen_before && i > 0 && !tokens[i - 1].numeric) continue;
            if (is_ordinal(c, i)) continue;
            number = parse_digits(w, german);
            if (!number) {
                if (const auto glued = number_with_glued_scale(w, german, currency != nullptr)) {
                    number = std::round(glued->first * glued->second);
                    glued_scale = true;
                }
            }
        } else if (!tokens[i].symbol) {
            number = number_word_value(w, article_like);
        }

        if (!number) {
            // Vague amounts: "Milliardenhöhe", "mehrere Milliarden", "Milliarden-Deal", "pumpen Milliarden in".
            const bool plural_scale = w == "Milliarden" || w == "Millionen" || w == "Billionen";
            if (is_vague_money_word(w) || plural_scale) {
                std::size_t end = i + 1;
                const char* vague_currency = "";
                if (auto cur = currency_at(c, end)) {
                    vague_currency = cur->first;
                    end += cur->second;
                }
                Mention m;
                m.kind = MentionKind::money;
                static constexpr std::string_view kQuantifiers[] = {"mehrere", "mehreren", "viele", "vielen", "einige", "einigen", "several", "many"};
                const bool quantifier = i > 0 && std::find(std::begin(kQuantifiers), std::end(kQuantifiers), c.at(i - 1)) != std::end(kQuantifiers);
                m.range = {tokens[quantifier ? i - 1 : i].range.begin, tokens[end - 1].range.end};
                m.unit = vague_currency;
                m.vague = true;
                // "25 Millionen US-Haushalte" is a count, caught with its number below; a bare plural
                // scale before a noun that is not a currency ("Millionen Nutzer") is a vague count.
                if (plural_scale && !*vague_currency && end < tokens.size() && scan::is_upper_at(c.at(end), 0) && !tokens[end].hyphen_before) {
                    m.kind = MentionKind::quantity;
                    m.unit = "count";
                    m.counted = std::string(c.at(end));
                    m.range.end = tokens[end].range.end;
                }
                out.push_back(std::move(m));
                i = end - 1;
                continue;
            }
            if (!german) {
                if (const auto vague = english_vague_money(c, i)) {
                    Mention m;
                    m.kind = MentionKind::money;
                    m.range = {tokens[vague->first].range.begin, tokens[vague->end - 1].range.end};
                    m.unit = vague->currency;
                    m.vague = true;
                    out.push_back(std::move(m));
                    i = vague->end - 1;
                    continue;
                }
            }
            // Every token that is not a number comes here: the capital first rules most out cheaply.
            if (scan::is_upper_at(w, 0) && std::find(std::begin(kVagueCounts), std::end(kVagueCounts), w) != std::end(kVagueCounts)) {
                Mention m;
                m.kind = MentionKind::quantity;
                m.range = tokens[i].range;
                m.unit = "count";
                m.vague = true;
                out.push_back(std::move(m));
            }
            continue;
        }

        std::size_t next = i + 1;
        double value = *number;
        bool scaled = glued_scale;
        // "eine weitere Milliarde", "einer halben Milliarde", "another $2 billion" is not this: one word between.
        if (!scaled && !scale_word_value(c.at(next), german) && scale_word_value(c.at(next + 1), german)) {
            const std::string_view between = c.at(next);
            static constexpr std::string_view kBetween[] = {"weitere", "weiteren", "zusätzliche", "zusätzlichen", "knappe", "knappen", "gute",
                                                            "guten", "halbe", "halben", "additional", "further", "extra"};
            if (std::find(std::begin(kBetween), std::end(kBetween), between) != std::end(kBetween)) {
                if (between == "halbe" || between == "halben") value *= 0.5;
                article_like = false;  // "einer halben Milliarde" is an amount, not "eine" as an article
                ++next;
            }
        }
        if (!scaled) {
            if (auto scale = scale_word_value(c.at(next), german)) {
                value = std::round(value * *scale);  // (1.64 × 10⁹ is 1640000000.0000002 in binary; amounts are whole units)
                scaled = true;
                ++next;
            }
        }
        // ("in 2023, $141 million": a sign after a comma opens the next amount.)
        const auto parted = [&](std::size_t k) {
            return k > 0 && k < tokens.size() && text.substr(tokens[k - 1].range.end, tokens[k].range.begin - tokens[k - 1].range.end).find_first_of(",;") != std::string_view::npos;
        };
        if (!currency && !parted(next)) {
            if (auto cur = currency_at(c, next)) {
                currency = cur->first;
                next += cur->second;
            }
        }
        const Qualifier qualifier = qualifier_before(c, first);
        const auto* unsupported = std::find(std::begin(kUnsupportedCurrencies), std::end(kUnsupportedCurrencies), c.at(next));
        if (!currency && unsupported != std::end(kUnsupportedCurrencies)) {
            Mention m;
            m.kind = MentionKind::money;
            m.range = {tokens[first].range.begin, tokens[next].range.end};
            m.value = value;
            m.qualifier = qualifier;
            m.unsupported_currency = Label(unsupported->data());  // the table's literal, not the article's bytes
            out.push_back(std::move(m));
            i = next;
            continue;
        }
        // "300-Milliarden-Deal": the noun joined to the scale does not make it a count.
        const bool compound = scaled && next < tokens.size() && tokens[next].hyphen_before && tokens[next - 1].hyphen_before;
        // "a USD 40 billion investment": an article before a currency is no amount of one dollar.
        const bool lone_article = article_like && !scaled;
        // "37.5 million shares", "160 Millionen eigene Aktien": a count of things, not money.
        static constexpr std::string_view kCountedThings[] = {"shares", "users", "customers", "subscribers", "people", "units", "chips", "options", "warrants"};
        const auto lower_word = [&](std::size_t k) { return k < tokens.size() && !scan::is_upper_at(c.at(k), 0) && !tokens[k].numeric && !tokens[k].symbol; };
        const bool counted = !currency && scaled && next < tokens.size() && !tokens[next].break_before &&
                             (std::find(std::begin(kCountedThings), std::end(kCountedThings), c.at(next)) != std::end(kCountedThings) ||
                              (german && !compound && scan::is_upper_at(c.at(next), 0) && !tokens[next].hyphen_before && !currency_at(c, next)) ||
                              (german && lower_word(next) && next + 1 < tokens.size() && !tokens[next + 1].break_before && scan::is_upper_at(c.at(next + 1), 0) &&
                               !currency_at(c, next + 1) && (c.at(next).ends_with("e") || c.at(next).ends_with("en") || c.at(next).ends_with("er"))));
        if (counted) {
            const bool noun_next = std::find(std::begin(kCountedThings), std::end(kCountedThings), c.at(next)) != std::end(kCountedThings) || scan::is_upper_at(c.at(next), 0);
            const std::size_t noun = noun_next ? next : next + 1;
            Mention m;
            m.kind = MentionKind::quantity;
            m.range = {tokens[first].range.begin, tokens[noun].range.end};
            m.value = value;
            m.unit = "count";
            m.counted = std::string(c.at(noun));
            m.qualifier = qualifier;
            out.push_back(std::move(m));
            i = noun;
            continue;
        }
        if ((currency && !lone_article) || (scaled && (compound || !(next < tokens.size() && scan::is_upper_at(c.at(next), 0))) && !article_like)) {
            Mention m;
            m.kind = MentionKind::money;
            m.range = {tokens[first].range.begin, tokens[next - 1].range.end};
            m.value = value;
            m.unit = currency ? currency : "";
            m.qualifier = qualifier;
            out.push_back(std::move(m));
            i = next - 1;
            continue;
        }
        // Quantities with a unit: "7 %", "30 Gigawatt", "einem Gigawatt", "500.000 Quadratmetern".
        const std::string_view unit_word = c.at(next);
        const auto unit = std::find_if(std::begin(kQuantityUnits), std::end(kQuantityUnits), [&](const Unit& u) { return u.word == unit_word; });
        if (unit != std::end(kQuantityUnits)) {
            Mention m;
            m.kind = MentionKind::quantity;
            m.range = {tokens[first].range.begin, tokens[next].range.end};
            m.value = value;
            m.unit = unit->unit;
            m.qualifier = qualifier;
            out.push_back(std::move(m));
            i = next;
            continue;
        }
        // Counts: a number, at most one lower-case word ("20 weitere Standorte"), a capitalised noun.
        if (article_like || (!scaled && is_year(tokens[i], w))) continue;
        // "Three Mile Island", "Seven Seas": a number word capitalised inside a sentence is part of a name.
        if (!tokens[i].numeric && scan::is_upper_at(w, 0) && i > 0 && !tokens[i].break_before) continue;
        std::size_t noun = next;
        // "18.000 seiner modernsten Chips": a genitive determiner may stand before the adjective.
        if (noun + 1 < tokens.size() && !tokens[noun].break_before && !tokens[noun + 1].break_before &&
            (c.at(noun) == "seiner" || c.at(noun) == "ihrer" || c.at(noun) == "der" || c.at(noun) == "dieser") && scan::is_lower_at(c.at(noun + 1), 0)) {
            ++noun;
        }
        if (noun < tokens.size() && scan::is_lower_at(c.at(noun), 0) && !tokens[noun].break_before) ++noun;
        if (noun < tokens.size() && !tokens[noun].break_before && !tokens[noun].hyphen_before && scan::is_upper_at(c.at(noun), 0) &&
            !is_month_or_noun_blocker(c.at(noun)) && !tokens[noun].numeric) {
            // The noun with its hyphenated tail: "US-Haushalte".
            std::size_t tail = noun;
            while (tail + 1 < tokens.size() && tokens[tail + 1].hyphen_before) ++tail;
            Mention m;
            m.kind = MentionKind::quantity;
            m.range = {tokens[first].range.begin, tokens[tail].range.end};
            m.value = value;
            m.unit = "count";
            m.counted = std::string(text.substr(tokens[noun].range.begin, tokens[tail].range.end - tokens[noun].range.begin));
            m.qualifier = qualifier;
            out.push_back(std::move(m));
            i = tail;
        }
    }
}

}  // namespace ds

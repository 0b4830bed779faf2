#include "core/annotate/time_annotator.h"

#include <cctype>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iterator>
#include <string>
#include <utility>

#include "core/annotate/number_words.h"
#include "core/articles/calendar_words.h"
#include "core/text/text_scan.h"

namespace ds {

// Literals as string_views ("ge"sv): starts_with("ge") measured the literal with strlen on every
// token in the WebAssembly build.
using namespace std::string_view_literals;

namespace {

constexpr std::string_view kFutureCues[] = {"wird", "werden", "soll", "sollen", "plant", "planen", "künftig", "kommenden", "nächsten",
                                            "will", "wollen", "bis", "Bis", "ab", "Ab", "will", "shall", "next", "planned", "plans",
                                            "expected", "scheduled", "slated"};
// Reporting verbs in the past ("wie Firmenchef X am Dienstag mitteilte") place the day before the article.
constexpr std::string_view kPastCues[] = {"seit", "Seit", "zuletzt", "vergangenen", "letzten", "since", "last", "mitteilte", "mitteilten", "mitgeteilt",
                                          "bekanntgaben", "verkündeten", "kündigten",
                                          "teilte", "sagte", "gesagt", "erklärte", "bestätigte", "berichtete", "kündigte", "angekündigt",
                                          "bekanntgab", "gab", "gaben", "kam", "kamen", "verkündete", "hatte", "hatten", "said", "announced", "told", "confirmed", "reported", "disclosed",
                                          "berichteten", "meldete", "meldeten", "teilten", "erklärten", "sagten", "bestätigten", "war", "waren",
                                          "wurde", "wurden", "agreed", "signed", "raised", "was", "were",
                                          // the preterite of deal verbs: "Am Mittwoch bekam er …: OpenAI wird …" is a past Wednesday
                                          "bekam", "bekamen", "erhielt", "erhielten", "sammelte", "sammelten", "kaufte", "kauften", "übernahm",
                                          // and what came next ("Am Mittwoch folgte …")
                                          "folgte", "folgten", "followed",
                                          "investierte", "investierten", "unterzeichnete", "unterzeichneten", "schloss", "schlossen", "vereinbarte",
                                          "vereinbarten", "einigte", "einigten", "stellte", "stellten", "präsentierte", "veröffentlichte", "nannte",
                                          "acquired", "bought", "invested", "closed", "struck", "unveiled", "revealed", "completed", "received",
                                          "secured", "landed", "won", "paid", "sold", "fell", "took", "led", "hired", "joined", "filed", "launched",
                                          "backed", "valued", "merged"};

struct Cursor {
    std::string_view text;
    const std::vector<Token>& tokens;
    std::string_view at(std::size_t i) const { return i < tokens.size() ? token_text(text, tokens[i]) : std::string_view(); }
};

std::optional<int> year_at(const Cursor& c, std::size_t i) {
    if (i >= c.tokens.size() || !c.tokens[i].numeric) return std::nullopt;
    const std::string_view w = c.at(i);
    const auto y = scan::digits_value(w, 4, 4);
    if (!y || *y < 1800 || *y > 2100) return std::nullopt;
    // "2.000" or "2019 Milliarden" are not years.
    if (auto scale = scale_word_value(c.at(i + 1), true)) return std::nullopt;
    return y;
}

// The day of "21. Oktober" or of British English "4 February" (a day number, a space, a month's name).
std::optional<int> day_ordinal_at(const Cursor& c, std::size_t i) {
    if (i >= c.tokens.size() || !c.tokens[i].numeric || c.tokens[i].range.size() > 2) return std::nullopt;
    const bool german_point = c.tokens[i].range.end < c.text.size() && c.text[c.tokens[i].range.end] == '.';
    const bool british = i + 1 < c.tokens.size() && !c.tokens[i + 1].break_before && c.tokens[i + 1].range.begin == c.tokens[i].range.end + 1 &&
                         c.text[c.tokens[i].range.end] == ' ' && scan::is_upper_at(c.at(i + 1), 0) && c.at(i + 1).size() >= 3;
    if (!german_point && !british) return std::nullopt;
    const auto d = scan::digits_value(c.at(i), 1, 2);
    return d && *d >= 1 && *d <= 31 ? d : std::nullopt;
}

struct Holiday { std::string_view word; int month, day; };
constexpr Holiday kHolidays[] = {{"Heiligabend", 12, 24}, {"Weihnachten", 12, 25}, {"Silvester", 12, 31}, {"Neujahr", 1, 1}, {"Christmas", 12, 25}};

std::string pad(int v, int width) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%0*d", width, v);
    return buf;
}

// The tense the cues of tokens [from, to) tell: past wins; none when there is no cue.
// The perfect of deal verbs ("hat … am Mittwoch eingesammelt") is past, but not with "werden" after it ("soll am 9. Januar
// unterzeichnet werden").
constexpr std::string_view kPerfectParticiples[] = {"eingesammelt", "übernommen", "gekauft", "investiert", "unterzeichnet", "vereinbart", "eingestiegen"};

std::optional<bool> tense_of(const Cursor& c, std::size_t from, std::size_t to) {
    // Lengths by first byte rule most words out before the lists are searched.
    static constexpr scan::LengthsByFirstByte kCueShapes = [] {
        scan::LengthsByFirstByte shapes;
        for (const std::string_view w : kPastCues) shapes.add(w);
        for (const std::string_view w : kFutureCues) shapes.add(w);
        return shapes;
    }();
    std::optional<bool> future;
    for (std::size_t i = from; i < to; ++i) {
        const std::string_view w = c.at(i);
        if (std::find(std::begin(kPerfectParticiples), std::end(kPerfectParticiples), w) != std::end(kPerfectParticiples)) {
            const std::string_view next = c.at(i + 1);
            if (next != "werden" && next != "wird" && next != "sollen" && next != "soll" && next != "zu") return false;
            continue;
        }
        if (!kCueShapes.may_hold(w)) continue;
        if (std::find(std::begin(kPastCues), std::end(kPastCues), w) != std::end(kPastCues)) return false;
        if (std::find(std::begin(kFutureCues), std::end(kFutureCues), w) == std::end(kFutureCues)) continue;
        // "ab 2026", "bis Ende 2029" look ahead; "stürzte … ab" is a verb's particle.
        const bool from_or_until = w == "ab" || w == "Ab" || w == "bis" || w == "Bis";
        const std::string_view next = c.at(i + 1);
        if (from_or_until && (next.empty() || !(std::isdigit(static_cast<unsigned char>(next[0])) || std::isupper(static_cast<unsigned char>(next[0]))))) continue;
        future = true;
    }
    return future;
}

// An English verb in "-ed" in the date's own clause ("In January the company picked a site … where it plans to
// invest"): the clause happened, whatever the sentence goes on to plan. Not the participles that look ahead or
// only describe ("is expected to", "valued at", "backed by").
bool english_preterite(const Cursor& c, std::size_t from, std::size_t to) {
    static constexpr std::string_view kNotPast[] = {"expected", "planned", "scheduled", "slated", "proposed", "intended", "anticipated", "projected",
                                                    "targeted", "valued", "based", "backed", "owned", "listed", "headquartered", "called", "named",
                                                    "supposed", "designed", "aimed", "focused", "dedicated", "related", "limited", "needed", "required"};
    for (std::size_t i = from; i < to; ++i) {
        const std::string_view w = c.at(i);
        if (w.size() < 5 || !w.ends_with("ed") || w.ends_with("eed") || !std::islower(static_cast<unsigned char>(w[0]))) continue;
        if (std::find(std::begin(kNotPast), std::end(kNotPast), w) != std::end(kNotPast)) continue;
        const std::string_view before = i > from ? c.at(i - 1) : std::string_view();
        // "has picked" is past too; "will be picked", "to be named" are not, nor "with the first systems handed
        // over in December", which describes what the sentence plans.
        if (before == "be" || before == "being") continue;
        bool described = false;
        for (std::size_t k = from; k < i && !described; ++k) described = c.at(k) == "with" || c.at(k) == "With";
        if (!described) return true;
    }
    return false;
}

// Whether punctuation that ends a clause (",", ";", ":", a dash) stands between tokens i - 1 and i.
bool clause_break_before(const Cursor& c, std::size_t i) {
    if (i == 0 || i >= c.tokens.size()) return true;
    const std::string_view gap = c.text.substr(c.tokens[i - 1].range.end, c.tokens[i].range.begin - c.tokens[i - 1].range.end);
    return gap.find_first_of(",;:") != std::string_view::npos || gap.find("–") != std::string_view::npos;
}

// The tense of the clause that holds token `at` ("Am 6. Oktober gaben AMD und OpenAI bekannt, dass der
// ChatGPT-Entwickler … einsetzen wird": the date's clause is past); a clause without a cue takes the
// sentence's, but not that of a clause giving a reason ("Noch einmal zurück zum 18. März, denn dieser
// Deal wird uns beschäftigen" is last March). Each clause and the sentence are read once: a sentence
// of thousands of dates stays linear.
class Tense {
public:
    explicit Tense(const Cursor& c) : c_(c) {}
    bool future_at(std::size_t at) {
        if (at < from_ || at >= to_) {
            from_ = std::min(at, c_.tokens.size());
            while (from_ > 0 && !clause_break_before(c_, from_)) --from_;
            to_ = std::min(at + 1, c_.tokens.size());
            while (to_ < c_.tokens.size() && !clause_break_before(c_, to_)) ++to_;
            clause_ = tense_of(c_, from_, to_);
            if (english_preterite(c_, from_, to_)) clause_ = false;  // past wins, as in tense_of
            // "In July, Google paid …": a sentence that opens with the date alone takes the tense of the first
            // clause after it with a cue ("Im März, so heißt es, soll die Runde schließen").
            for (std::size_t next = to_; !clause_ && from_ == 0 && to_ <= 3 && next < c_.tokens.size();) {
                std::size_t next_end = next + 1;
                while (next_end < c_.tokens.size() && !clause_break_before(c_, next_end)) ++next_end;
                clause_ = tense_of(c_, next, next_end);
                next = next_end;
            }
        }
        if (clause_) return *clause_;
        if (!sentence_) sentence_ = sentence_tense();
        return *sentence_;
    }

private:
    // The sentence's cues, leaving out clauses that open with "denn", "weil", "because".
    bool sentence_tense() const {
        std::optional<bool> future;
        for (std::size_t from = 0; from < c_.tokens.size();) {
            std::size_t to = from + 1;
            while (to < c_.tokens.size() && !clause_break_before(c_, to)) ++to;
            const std::string_view opener = c_.at(from);
            // (A relative clause's plans only describe: "trat das Start-up X aus der Deckung, das Entwicklern helfen will"
            // is a past Wednesday; its past still counts.)
            const bool relative = from > 0 && (opener == "das" || opener == "der" || opener == "die" || opener == "dem" || opener == "deren" ||
                                               opener == "dessen" || opener == "which" || opener == "who");
            if (opener != "denn" && opener != "weil" && opener != "because") {
                const auto here = tense_of(c_, from, to);
                if (here && !*here) return false;
                if (here && !relative) future = true;
            }
            from = to;
        }
        return future.value_or(false);
    }

    const Cursor& c_;
    std::size_t from_ = 1, to_ = 0;  // the clause last read: none yet
    std::optional<bool> clause_, sentence_;
};

// The year of a month-of-year (1–12) mentioned relative to the article's date.
int resolve_year(int month, const CalendarDate& anchor, bool future) {
    const int anchor_month = anchor.month ? anchor.month : 12;  // a year-only date: assume its end for the past
    if (future) return month >= anchor_month ? anchor.year : anchor.year + 1;
    return month <= anchor_month ? anchor.year : anchor.year - 1;
}

Mention date_mention(const Cursor& c, std::size_t first, std::size_t last, std::string timex, const char* precision) {
    Mention m;
    m.kind = MentionKind::date;
    m.range = {c.tokens[first].range.begin, c.tokens[last].range.end};
    m.timex = std::move(timex);
    m.precision = precision;
    return m;
}


// "vergangenen Jahr", "im laufenden Jahr", "this year", "Ende des Jahres", "last month",
// "vergangene Woche", "next week": a year, month or week counted from the article's date.
struct RelativePeriod {
    std::size_t first_word, last_word;
    char unit;  // 'Y', 'M', 'W'
    int offset;
    const char* precision;
    const char* mod;
};

std::optional<RelativePeriod> relative_period(const Cursor& c, std::size_t i) {
    const std::string_view w = c.at(i);
    if (w.size() < 4 || w.size() > 6 || (w[0] != 'J' && w[0] != 'M' && w[0] != 'W' && w[0] != 'y' && w[0] != 'm' && w[0] != 'w')) return std::nullopt;
    char unit = 0;
    if (w == "Jahr" || w == "Jahres" || w == "Jahre" || w == "year") unit = 'Y';
    else if (w == "Monat" || w == "Monats" || w == "month") unit = 'M';
    else if (w == "Woche" || w == "week") unit = 'W';
    if (!unit || i == 0) return std::nullopt;
    std::string lower(c.at(i - 1));
    if (!lower.empty() && lower[0] >= 'A' && lower[0] <= 'Z') lower[0] = static_cast<char>(lower[0] - 'A' + 'a');
    static constexpr std::string_view kLast[] = {"vergangenen", "vergangene", "vergangenes", "letzten", "letzte", "letztes", "vorigen", "vorige",
                                                 "voriges", "last", "previous", "past"};
    static constexpr std::string_view kThis[] = {"diesem", "dieses", "diese", "diesen", "laufenden", "laufende", "laufendes", "this", "current"};
    static constexpr std::string_view kNext[] = {"kommenden", "kommende", "kommendes", "nächsten", "nächste", "nächstes", "next", "coming"};
    const auto in = [&](const auto& list) { return std::find(std::begin(list), std::end(list), lower) != std::end(list); };
    const char* precision = unit == 'Y' ? "year" : "month";
    if (in(kLast)) return RelativePeriod{i - 1, i, unit, -1, precision, ""};
    if (in(kThis)) {
        // "later this year", "earlier this month": still this one
        const std::size_t first = i >= 2 && (c.at(i - 2) == "later" || c.at(i - 2) == "earlier" || c.at(i - 2) == "Earlier" || c.at(i - 2) == "Later") ? i - 2 : i - 1;
        return RelativePeriod{first, i, unit, 0, precision, ""};
    }
    if (in(kNext)) return RelativePeriod{i - 1, i, unit, 1, precision, ""};
    // "Ende des Jahres", "the end of the year", "Anfang des Monats"
    if (unit != 'W' && i >= 2 && (c.at(i - 1) == "des" || (c.at(i - 1) == "the" && c.at(i - 2) == "of"))) {
        const std::size_t edge = c.at(i - 1) == "des" ? i - 2 : i - 3;
        if (i >= 3 || edge < i) {
            const std::string_view e = c.at(edge);
            if (e == "Ende" || e == "end") return RelativePeriod{edge, i, unit, 0, precision, "END"};
            if (e == "Anfang" || e == "start" || e == "beginning") return RelativePeriod{edge, i, unit, 0, precision, "START"};
            if (e == "Mitte" || e == "middle") return RelativePeriod{edge, i, unit, 0, precision, "MID"};
        }
    }
    return std::nullopt;
}
}  // namespace

bool is_one_of_words(std::string_view w, std::initializer_list<std::string_view> list) {
    return std::find(list.begin(), list.end(), w) != list.end();
}

// A date's year and month (0 when it names none), from its TIMEX value.
std::optional<std::pair<int, int>> year_and_month(const Mention& m) {
    if (m.kind != MentionKind::date || !m.anchored || m.timex.size() < 4) return std::nullopt;
    const auto year = scan::digits_value(std::string_view(m.timex).substr(0, 4), 4, 4);
    if (!year) return std::nullopt;
    const auto month = m.timex.size() >= 7 && m.timex[4] == '-' ? scan::digits_value(std::string_view(m.timex).substr(5, 2), 2, 2) : std::nullopt;
    return std::pair{static_cast<int>(*year), month ? static_cast<int>(*month) : 0};
}

// "Im selben Jahr", "im selben Monat", "im Oktober jenes Jahres", "zwei Jahre später", "im Jahr darauf", "later
// that year", "a year later": a date counted from the last one the text named.
void annotate_dates_after_the_last(const Cursor& c, std::vector<Mention>& out) {
    const auto& tokens = c.tokens;
    if (tokens.empty()) return;
    // Most sentences hold none of the patterns' key words: they cost one look at each word and nothing else.
    const bool any = std::any_of(tokens.begin(), tokens.end(), [&](const Token& t) {
        const std::string_view w = token_text(c.text, t);
        return w == "selben" || w == "gleichen" || w == "demselben" || w == "same" || w == "jenes" || w == "desselben" || w == "später" ||
               w == "darauf" || w == "danach" || w == "later" || w == "Later" || w == "earlier" || w == "Earlier" || w == "darauffolgenden" ||
               w == "folgenden" || w == "following" || w == "davor" || w == "zuvor" || w == "früher" || w == "before" || w == "previous" ||
               w == "prior" || w == "that" || w == "That" || w == "Tag";
    });
    if (!any) return;
    const std::size_t sentence_begin = tokens.front().range.begin;
    // This sentence's mentions start where the article's before it end; the last date before the sentence is
    // looked for over a bounded stretch (the text before may hold thousands of mentions).
    std::size_t own = out.size();
    while (own > 0 && out[own - 1].range.begin >= sentence_begin) --own;
    std::optional<std::pair<int, int>> last;
    for (std::size_t k = own, looked = 0; k > 0 && looked < 4096 && !last; --k, ++looked) last = year_and_month(out[k - 1]);
    // The sentence's own dates in text order (the annotators each find theirs in order), walked along once.
    std::vector<std::size_t> dates;
    for (std::size_t k = own; k < out.size(); ++k) {
        if (out[k].kind == MentionKind::date) dates.push_back(k);
    }
    std::sort(dates.begin(), dates.end(), [&](std::size_t a, std::size_t b) { return out[a].range.begin < out[b].range.begin; });
    std::size_t next_date = 0;
    std::vector<Mention> found;
    std::vector<bool> replaced(out.size() - own, false);
    for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
        const std::string_view w = c.at(i), next = c.at(i + 1);
        // Every pattern's second word starts with "J", "y", "M", "m", "j" or "d" ("Jahr", "year", "Monat", "jenes",
        // "desselben", "darauf"): most pairs stop at that byte.
        // ("Am selben Tag", "on the same day": the day last named, not a year told since, "2017 gegründet"; a month when
        // the text last named only that, "Anfang November".)
        const bool same_day = (w == "selben" || w == "gleichen" || w == "demselben" || w == "same") && (next == "Tag" || next == "day");
        if (same_day) {
            const auto dated = [](const Mention& d) {
                return d.kind == MentionKind::date && d.anchored && (d.timex.size() == 7 || d.timex.size() == 10) && d.timex[4] == '-' &&
                       std::isdigit(static_cast<unsigned char>(d.timex[5]));
            };
            std::optional<std::string> day;
            for (std::size_t k = dates.size(); k-- > 0 && !day;) {
                const Mention& d = out[dates[k]];
                if (d.range.end <= tokens[i].range.begin && dated(d)) day = d.timex;
            }
            for (std::size_t k = own, looked = 0; k > 0 && looked < 4096 && !day; --k, ++looked) {
                if (dated(out[k - 1])) day = out[k - 1].timex;
            }
            if (!day) continue;
            const std::size_t from = i > 0 && (c.at(i - 1) == "am" || c.at(i - 1) == "Am" || c.at(i - 1) == "the" || c.at(i - 1) == "on") ? i - 1 : i;
            const std::size_t to = i + 1;
            found.push_back(date_mention(c, from > 0 && (c.at(from) == "the") && (c.at(from - 1) == "on" || c.at(from - 1) == "On") ? from - 1 : from, to, *day,
                                         day->size() == 10 ? "day" : "month"));
            i = to;
            continue;
        }
        // ("that May": the month of the year last named.)
        const bool that_month = (w == "that" || w == "That") && month_from_name(next) != 0;
        // ("December of that year", "December of the same year", "December that year": that year's December.)
        std::size_t month_of_that_year = 0;  // the pattern's last word
        if ((next == "of" || next == "that") && month_from_name(w) != 0 && i + 2 < tokens.size()) {
            const std::size_t from = next == "of" ? i + 2 : i + 1;
            if (from + 1 < tokens.size() && c.at(from) == "that" && c.at(from + 1) == "year") month_of_that_year = from + 1;
            if (from + 2 < tokens.size() && c.at(from) == "the" && c.at(from + 1) == "same" && c.at(from + 2) == "year") month_of_that_year = from + 2;
        }
        if (!that_month && !month_of_that_year && (next.empty() || (next[0] != 'J' && next[0] != 'y' && next[0] != 'M' && next[0] != 'm' && next[0] != 'j' && next[0] != 'd' && next[0] != 'b'))) continue;
        std::size_t first = i, last_word = i + 1;
        int years_on = 0, month = 0;
        bool month_too = false;
        if (that_month) {
            // "founded in 2023 … and came out of stealth that May": that year's May.
            month = month_from_name(next);
        } else if (month_of_that_year) {
            month = month_from_name(w);
            last_word = month_of_that_year;
            if (i > 0 && (c.at(i - 1) == "in" || c.at(i - 1) == "In")) first = i - 1;
        } else if ((w == "selben" || w == "gleichen" || w == "demselben" || w == "same") && (next == "Jahr" || next == "year" || next == "Monat" || next == "month")) {
            month_too = next == "Monat" || next == "month";
            if (i > 0 && (c.at(i - 1) == "im" || c.at(i - 1) == "Im" || c.at(i - 1) == "the" || c.at(i - 1) == "that")) first = i - 1;
        } else if ((next == "jenes" || next == "desselben") && i + 2 < tokens.size() && c.at(i + 2) == "Jahres" && month_from_name(w)) {
            month = month_from_name(w);
            last_word = i + 2;
            if (i > 0 && (c.at(i - 1) == "im" || c.at(i - 1) == "Im")) first = i - 1;
        } else if ((next == "Jahre" || next == "Jahr" || next == "years" || next == "year") && i + 2 < tokens.size() &&
                   is_one_of_words(c.at(i + 2), {"später", "darauf", "later", "zuvor", "davor", "früher", "earlier", "before"})) {
            bool article_like = false;
            const auto n = tokens[i].numeric ? parse_digits(w, true) : number_word_value(w, article_like);
            if (!n || *n < 1 || *n > 50) continue;
            // "up 40 percent from a year earlier": a comparison's base, no time of its own.
            if (i > 0 && is_one_of_words(c.at(i - 1), {"from", "than", "over", "versus", "vs", "gegenüber", "als", "wie"})) continue;
            const bool back = !is_one_of_words(c.at(i + 2), {"später", "darauf", "later"});
            years_on = back ? -static_cast<int>(*n) : static_cast<int>(*n);
            last_word = i + 2;
        } else if ((w == "Jahr" && (next == "davor" || next == "zuvor")) || (w == "year" && next == "before") ||
                   ((w == "previous" || w == "prior") && next == "year")) {
            // "Die Seed-Runde im Jahr davor", "the year before", "the previous year": the year before the last one named.
            if (i > 0 && is_one_of_words(c.at(i - 1), {"from", "than", "over", "versus", "vs"})) continue;
            years_on = -1;
            if (w == "previous" || w == "prior") {
                if (i > 0 && (c.at(i - 1) == "the" || c.at(i - 1) == "The")) first = i - 1;
            } else if (i > 0 && (c.at(i - 1) == "im" || c.at(i - 1) == "Im" || c.at(i - 1) == "the" || c.at(i - 1) == "The")) {
                first = i - 1;
            }
        } else if (w == "that" && (next == "year" || next == "month") && i > 0 && is_one_of_words(c.at(i - 1), {"later", "Later", "earlier", "Earlier"})) {
            month_too = next == "month";
            first = i - 1;
        } else if ((w == "Jahr" && (next == "darauf" || next == "danach")) ||
                   ((w == "darauffolgenden" || w == "folgenden" || w == "following") && (next == "Jahr" || next == "year"))) {
            years_on = 1;
            if (i > 0 && (c.at(i - 1) == "im" || c.at(i - 1) == "Im" || c.at(i - 1) == "the")) first = i - 1;
        } else {
            continue;
        }
        // The last date before it: of the sentence so far (its own, or one counted here), else before the sentence.
        const std::size_t at = tokens[first].range.begin;
        while (next_date < dates.size() && out[dates[next_date]].range.end <= at) {
            if (const auto ym = year_and_month(out[dates[next_date]])) last = ym;
            ++next_date;
        }
        if (!last) continue;
        Mention m = date_mention(c, first, last_word, "", month_too || month ? "month" : "year");
        if (month) m.timex = pad(last->first, 4) + "-" + pad(month, 2);
        else if (month_too && last->second) m.timex = pad(last->first, 4) + "-" + pad(last->second, 2);
        else if (month_too) continue;
        else m.timex = pad(last->first + years_on, 4);
        // The date found inside it gives way ("im Oktober" of "im Oktober jenes Jahres").
        for (std::size_t k = next_date; k < dates.size() && out[dates[k]].range.begin < m.range.end; ++k) {
            if (out[dates[k]].range.begin >= m.range.begin && out[dates[k]].range.end <= m.range.end) replaced[dates[k] - own] = true;
        }
        last = year_and_month(m);
        found.push_back(std::move(m));
        i = last_word;
    }
    // One pass over the sentence's mentions drops those given way: a sentence of thousands stays linear.
    std::size_t write = own;
    for (std::size_t read = own; read < out.size(); ++read) {
        if (replaced[read - own]) continue;
        if (write != read) out[write] = std::move(out[read]);
        ++write;
    }
    out.resize(write);
    for (Mention& m : found) out.push_back(std::move(m));
}

void annotate_times(std::string_view text, const std::vector<Token>& tokens, const std::optional<CalendarDate>& article_date,
                    std::vector<Mention>& out) {
    const Cursor c{text, tokens};
    Tense tense(c);
    // `first`: the first token of the date, whose clause gives the tense.
    // "Im September verpflichtete er sich, … bis 2032 …": a German preterite right after the date ("-te",
    // not a participle or an ordinal before a noun) makes its clause past, whatever a later clause plans.
    const auto preterite_after = [&](const Mention& m, std::size_t first) {
        std::size_t k = first;
        while (k < tokens.size() && tokens[k].range.begin < m.range.end) ++k;
        if (k >= tokens.size() || tokens[k].break_before || tokens[k].hyphen_before) return false;
        const std::string_view v = c.at(k);
        if (v.size() < 5 || !scan::is_lower_at(v, 0) || v.starts_with("ge"sv) || v.ends_with("ste"sv) || v.ends_with("sten"sv)) return false;
        static constexpr std::string_view kOrdinals[] = {"zweite", "dritte", "vierte", "fünfte", "sechste", "siebte", "achte", "zweiten", "dritten", "vierten"};
        for (const std::string_view ordinal : kOrdinals) {
            if (v == ordinal) return false;
        }
        return v.ends_with("te"sv) || v.ends_with("ten"sv);
    };
    auto relative = [&](std::size_t first, Mention m, int month, const std::string& suffix_after_year, const std::string& unanchored) {
        if (article_date && article_date->year) {
            m.timex = pad(resolve_year(month, *article_date, tense.future_at(first) && !preterite_after(m, first)), 4) + suffix_after_year;
        } else {
            m.timex = unanchored;
            m.anchored = false;
        }
        out.push_back(std::move(m));
    };

    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const std::string_view w = c.at(i);
        Label mod;
        std::size_t first = i;
        if (w == "Mitte" || w == "Anfang" || w == "Ende" || w == "mid" || w == "early" || w == "late") {
            mod = (w == "Mitte" || w == "mid") ? "MID" : (w == "Anfang" || w == "early") ? "START" : "END";
            if (i + 1 == tokens.size()) break;  // "… came late": the sentence's last word modifies nothing
            ++i;
        }
        const std::string_view x = c.at(i);

        // "two years ago", "a year ago", "vor zwei Jahren", "vor drei Monaten": counted back from the article's date, to
        // the year (or the month).
        if (article_date && article_date->year && mod.view().empty()) {
            const bool german_ago = x == "vor" || x == "Vor";
            // ("vor gut fünf Jahren", "vor knapp drei Jahren", "vor rund zwei Jahren", "about two years ago": a hedge before the count.)
            const bool hedged = scan::is_one_of(c.at(german_ago ? i + 1 : i), {"gut", "knapp", "rund", "etwa", "fast", "über", "about", "nearly", "almost", "roughly", "some", "over"});
            const std::size_t num = (german_ago ? i + 1 : i) + (hedged ? 1 : 0), unit = num + 1;
            const std::string_view nw = c.at(num), u = c.at(unit);
            const bool years = u == "years" || u == "year" || u == "Jahren" || u == "Jahr";
            const bool months = u == "months" || u == "month" || u == "Monaten" || u == "Monat";
            if ((years || months) && (german_ago || c.at(unit + 1) == "ago") && unit < tokens.size()) {
                bool article_like = false;
                std::optional<double> n;
                if (nw == "a" || nw == "an" || nw == "A" || nw == "An" || nw == "einem" || nw == "einer") n = 1;
                else n = tokens[num].numeric ? parse_digits(nw, true) : number_word_value(nw, article_like);
                if (n && *n >= 1 && *n <= 50 && *n == static_cast<int>(*n)) {
                    const int back = static_cast<int>(*n);
                    const std::size_t last = german_ago ? unit : unit + 1;
                    if (years) {
                        out.push_back(date_mention(c, first, last, pad(article_date->year - back, 4), "year"));
                    } else if (article_date->month) {
                        const int total = article_date->year * 12 + (article_date->month - 1) - back;
                        out.push_back(date_mention(c, first, last, pad(total / 12, 4) + "-" + pad(total % 12 + 1, 2), "month"));
                    }
                    i = last;
                    continue;
                }
            }
        }

        // "21. Oktober 2024", "Oktober 2024", "im März"
        if (auto day = day_ordinal_at(c, i); day && month_from_name(c.at(i + 1))) {
            const int month = month_from_name(c.at(i + 1));
            if (auto year = year_at(c, i + 2)) {
                out.push_back(date_mention(c, first, i + 2, pad(*year, 4) + "-" + pad(month, 2) + "-" + pad(*day, 2), "day"));
                i += 2;
            } else {
                Mention m = date_mention(c, first, i + 1, "", "day");
                const std::string month_day = pad(month, 2).append("-").append(pad(*day, 2));
                relative(first, m, month, std::string("-").append(month_day), std::string("XXXX-").append(month_day));
                i += 1;
            }
            continue;
        }
        if (const int month = month_from_name(x); month && !tokens[i].numeric && x.size() >= 3 && scan::is_upper_at(x, 0)) {
            // "October 21, 2024"
            if (i + 1 < tokens.size() && tokens[i + 1].numeric && c.at(i + 1).size() <= 2) {
                const int day = std::stoi(std::string(c.at(i + 1)));
                if (auto year = year_at(c, i + 2)) {
                    out.push_back(date_mention(c, first, i + 2, pad(*year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2), "day"));
                    i += 2;
                    continue;
                }
                // "Sept 9", "March 3", "Oct. 30" (a wire's abbreviation): the year from the article's date
                const std::string_view gap = c.text.substr(tokens[i].range.end, tokens[i + 1].range.begin - tokens[i].range.end);
                const bool abbreviated = x.size() <= 4 && (gap == ". " || gap == ".");
                // ("im Februar 20 Milliarden Euro": a sum after the month, not its day.)
                const std::string_view after_number = i + 2 < tokens.size() && !tokens[i + 2].break_before ? c.at(i + 2) : std::string_view();
                const bool counts_something = after_number.starts_with("Milliard") || after_number.starts_with("Million") || after_number == "Mio" ||
                                              after_number == "Mrd" || after_number == "Prozent" || after_number.starts_with("billion") ||
                                              after_number.starts_with("million") || after_number == "percent" || after_number == "Euro" ||
                                              after_number == "Dollar" || after_number == "GW" || after_number == "Gigawatt";
                if (day >= 1 && day <= 31 && (!tokens[i + 1].break_before || abbreviated) && !counts_something) {
                    Mention m = date_mention(c, first, i + 1, "", "day");
                    relative(first, m, month, "-" + pad(month, 2) + "-" + pad(day, 2), "XXXX-" + pad(month, 2) + "-" + pad(day, 2));
                    i += 1;
                    continue;
                }
            }
            if (auto year = year_at(c, i + 1)) {
                Mention m = date_mention(c, first, i + 1, pad(*year, 4) + "-" + pad(month, 2), "month");
                m.mod = mod;
                out.push_back(std::move(m));
                i += 1;
                continue;
            }
            // A bare month name counts only after a preposition ("im März", "seit November", "in March").
            const std::string_view before = first > 0 ? c.at(first - 1) : std::string_view();
            // "Last April", "im vergangenen April", "next March": the one before (after) the article's month.
            const bool last_one = before == "last" || before == "Last" || before == "vergangenen" || before == "letzten";
            const bool next_one = before == "next" || before == "Next" || before == "kommenden" || before == "nächsten";
            if ((last_one || next_one) && mod.empty() && article_date && article_date->year && article_date->month) {
                int y = article_date->year;
                if (last_one && month >= article_date->month) --y;
                if (next_one && month <= article_date->month) ++y;
                out.push_back(date_mention(c, first - 1, i, pad(y, 4) + "-" + pad(month, 2), "month"));
                continue;
            }
            if (before == "im" || before == "Im" || before == "seit" || before == "Seit" || before == "bis" || before == "ab" ||
                before == "in" || before == "In" || before == "since" || before == "Since" || before == "from" || before == "until" || before == "von" ||
                before == "vom" || !mod.empty()) {
                // "May last year", "im März vergangenen Jahres": the month of that year.
                if (const auto period = relative_period(c, i + 2); period && period->unit == 'Y' && period->first_word == i + 1 && article_date && article_date->year) {
                    Mention m = date_mention(c, first, period->last_word, pad(article_date->year + period->offset, 4) + "-" + pad(month, 2), "month");
                    m.mod = mod;
                    out.push_back(std::move(m));
                    i = period->last_word;
                    continue;
                }
                Mention m = date_mention(c, first, i, "", "month");
                m.mod = mod;
                relative(first, m, month, "-" + pad(month, 2), "XXXX-" + pad(month, 2));
                continue;
            }
        }
        // "Herbst 2023", "im Herbst"
        if (const auto* season = std::find_if(std::begin(kSeasonWords), std::end(kSeasonWords), [&](const SeasonWord& s) { return s.word == x; });
            season != std::end(kSeasonWords)) {
            if (auto year = year_at(c, i + 1)) {
                out.push_back(date_mention(c, first, i + 1, pad(*year, 4) + "-" + season->code, "season"));
                i += 1;
            } else if (auto of_year = c.at(i + 1) == "of" ? year_at(c, i + 2) : std::nullopt) {
                // "the summer of 2024"
                out.push_back(date_mention(c, first, i + 2, pad(*of_year, 4) + "-" + season->code, "season"));
                i += 2;
            } else if (const std::string_view before = first > 0 ? c.at(first - 1) : std::string_view();
                       first == i && mod.empty() && article_date && article_date->year && article_date->month &&
                       (before == "vergangenen" || before == "letzten" || before == "vorigen" || before == "last" || before == "Last" ||
                        before == "kommenden" || before == "nächsten" || before == "next" || before == "Next")) {
                // "im vergangenen Sommer", "last summer": the one that ended before the article's month (in May, the
                // year before's); "im kommenden Frühjahr", "next spring": the one still to begin.
                const bool last_one = before == "vergangenen" || before == "letzten" || before == "vorigen" || before == "last" || before == "Last";
                int y = article_date->year;
                if (last_one && article_date->month <= season->month + 2) --y;
                if (!last_one && article_date->month >= season->month) ++y;
                const std::size_t from = first >= 2 && (c.at(first - 2) == "im" || c.at(first - 2) == "Im") ? first - 2 : first - 1;
                out.push_back(date_mention(c, from, i, pad(y, 4) + "-" + season->code, "season"));
            } else if (first > 0 && (c.at(first - 1) == "im" || c.at(first - 1) == "Im" || c.at(first - 1) == "in")) {
                relative(first, date_mention(c, first, i, "", "season"), season->month, std::string("-") + season->code, std::string("XXXX-") + season->code);
            }
            continue;
        }
        // "im dritten Quartal", "3. Quartal 2024", "Q3 2024", "zweiten Jahreshälfte"
        std::optional<int> quarter;
        std::size_t quarter_word = i + 1;
        static constexpr std::string_view kEnglishOrdinals[] = {"first", "second", "third", "fourth"};
        static constexpr std::string_view kGermanHalfOrdinals[] = {"erste", "zweite"};
        if (const auto* q = std::find(std::begin(kQuarterOrdinals), std::end(kQuarterOrdinals), x); q != std::end(kQuarterOrdinals)) {
            quarter = static_cast<int>(q - std::begin(kQuarterOrdinals)) + 1;
        } else if (const auto* e = std::find(std::begin(kEnglishOrdinals), std::end(kEnglishOrdinals), x); e != std::end(kEnglishOrdinals)) {
            quarter = static_cast<int>(e - std::begin(kEnglishOrdinals)) + 1;
        } else if (const auto* h = std::find(std::begin(kGermanHalfOrdinals), std::end(kGermanHalfOrdinals), x); h != std::end(kGermanHalfOrdinals)) {
            quarter = static_cast<int>(h - std::begin(kGermanHalfOrdinals)) + 1;
        } else if (auto d = day_ordinal_at(c, i); d && *d <= 4) {
            quarter = *d;
        }
        // "the third quarter of 2026", "second half of 2026"
        const std::size_t year_word = c.at(quarter_word + 1) == "of" ? quarter_word + 2 : quarter_word + 1;
        if (quarter && (c.at(quarter_word) == "Quartal" || c.at(quarter_word) == "Quartals" || c.at(quarter_word) == "quarter")) {
            if (auto year = year_at(c, year_word)) {
                out.push_back(date_mention(c, first, year_word, pad(*year, 4) + "-Q" + std::to_string(*quarter), "quarter"));
                i = year_word;
            } else {
                relative(first, date_mention(c, first, quarter_word, "", "quarter"), *quarter * 3, "-Q" + std::to_string(*quarter), "XXXX-Q" + std::to_string(*quarter));
                i = quarter_word;
            }
            continue;
        }
        if (quarter && *quarter <= 2 &&
            (c.at(quarter_word) == "Jahreshälfte" || c.at(quarter_word) == "Halbjahr" || c.at(quarter_word) == "Hälfte" || c.at(quarter_word) == "half")) {
            if (auto year = year_at(c, year_word)) {
                out.push_back(date_mention(c, first, year_word, pad(*year, 4) + "-H" + std::to_string(*quarter), "half"));
                i = year_word;
            } else {
                relative(first, date_mention(c, first, quarter_word, "", "half"), *quarter * 6, "-H" + std::to_string(*quarter), "XXXX-H" + std::to_string(*quarter));
                i = quarter_word;
            }
            continue;
        }
        if (x.size() == 2 && (x[0] == 'Q' || x[0] == 'H') && x[1] >= '1' && x[1] <= (x[0] == 'Q' ? '4' : '2')) {
            if (auto year = year_at(c, i + 1)) {
                out.push_back(date_mention(c, first, i + 1, pad(*year, 4) + "-" + std::string(x), x[0] == 'Q' ? "quarter" : "half"));
                i += 1;
                continue;
            }
        }
        // "07.11.2023" in running text
        if (tokens[i].numeric && x.size() >= 8 && std::count(x.begin(), x.end(), '.') == 2) {
            if (const auto d = parse_calendar_date(x); d && d->month && d->day) {
                out.push_back(date_mention(c, first, i, d->iso(), "day"));
                continue;
            }
        }
        // "vergangenen Jahr", "this year", "Ende des Jahres", "last month", "vergangene Woche": the
        // period relative to the article's date, looked for from its first word (which a duration
        // such as "mehrere Jahre" would otherwise take).
        std::optional<RelativePeriod> period;
        for (std::size_t unit_word = i + 1; unit_word <= i + 3 && unit_word < tokens.size() && !period; ++unit_word) {
            if (auto p = relative_period(c, unit_word); p && p->first_word == i) period = p;
        }
        if (!period) period = relative_period(c, i);
        if (period) {
            Mention m = date_mention(c, period->first_word < first ? period->first_word : first, period->last_word, "", period->precision);
            m.mod = mod.empty() ? period->mod : mod;
            if (article_date && article_date->year && (period->unit == 'Y' || article_date->month)) {
                int y = article_date->year, mo = article_date->month ? article_date->month : 1, d = article_date->day ? article_date->day : 15;
                if (period->unit == 'Y') {
                    m.timex = pad(y + period->offset, 4);
                } else {
                    long day = days_from_civil(y, mo, d);
                    if (period->unit == 'W') day += 7L * period->offset;
                    civil_from_days(day, y, mo, d);
                    if (period->unit == 'M') {
                        const int months = y * 12 + (mo - 1) + period->offset;
                        y = months / 12;
                        mo = months % 12 + 1;
                    }
                    m.timex = pad(y, 4) + "-" + pad(mo, 2);
                }
            } else {
                m.timex = period->unit == 'Y' ? "XXXX" : "XXXX-XX";
                m.anchored = false;
            }
            out.push_back(std::move(m));
            i = period->last_word;
            continue;
        }
        // A plain year: "2019", "im Jahr 2000", "Mitte 2026"
        if (auto year = year_at(c, i)) {
            Mention m = date_mention(c, first, i, pad(*year, 4), "year");
            m.mod = mod;
            out.push_back(std::move(m));
            continue;
        }
        // "am Montag", "on Tuesday": the nearest such day before the article date (after it in the
        // future tense); without a day-precise article date it cannot be placed.
        // Also "Freitagvormittag", "Montagabend": a weekday and a time of day in one word.
        // "am vergangenen Dienstag", "last Tuesday", "next Monday": the one a week away when today is that day;
        // "Dienstag vergangener Woche", "Tuesday of last week": that day of the week before.
        const std::string_view before_day = first > 0 ? c.at(first - 1) : std::string_view();
        const bool last_day = before_day == "last" || before_day == "Last" || before_day == "vergangenen" || before_day == "letzten" ||
                              before_day == "Vergangenen" || before_day == "Letzten";
        const bool next_day = before_day == "next" || before_day == "Next" || before_day == "kommenden" || before_day == "nächsten";
        // ("from Monday's mega-round": the day's possessive names it too.)
        const std::string_view day_word = x.ends_with("'s") ? x.substr(0, x.size() - 2) : x.ends_with("\u2019s") ? x.substr(0, x.size() - 4) : x;
        if (const WeekdayWord* wd = weekday_from_name(day_word);
            wd && (wd->word.ends_with("day") || last_day || next_day ||
                   (first > 0 && (before_day == "am" || before_day == "Am" || before_day == "on" || before_day == "vom" || before_day == "seit" ||
                                  before_day == "bis" || before_day == "ab")))) {
            const bool week_before = ((c.at(i + 1) == "vergangener" || c.at(i + 1) == "letzter") && c.at(i + 2) == "Woche") ||
                                     (c.at(i + 1) == "of" && c.at(i + 2) == "last" && c.at(i + 3) == "week");
            const std::size_t last_word = week_before ? (c.at(i + 1) == "of" ? i + 3 : i + 2) : i;
            Mention m = date_mention(c, last_day || next_day ? first - 1 : i, last_word, "", "day");
            if (article_date && article_date->precision == DatePrecision::day) {
                // ("eine Meldung vom Mittwoch": what is "from" a day has happened, whatever the tense around it.)
                const bool future = next_day || (tense.future_at(first) && !last_day && !week_before && before_day != "vom");
                const long today = days_from_civil(article_date->year, article_date->month, article_date->day);
                const int today_wd = static_cast<int>(((today % 7) + 7 + 3) % 7) + 1;  // 1970-01-01 was a Thursday
                long delta = future ? (wd->day - today_wd + 7) % 7 : -((today_wd - wd->day + 7) % 7);
                if (delta == 0 && (future || last_day)) delta = future ? 7 : -7;
                if (week_before) delta = -(today_wd - 1) - 7 + (wd->day - 1);
                int y = 0, mo = 0, d = 0;
                civil_from_days(today + delta, y, mo, d);
                m.timex = pad(y, 4) + "-" + pad(mo, 2) + "-" + pad(d, 2);
            } else {
                m.timex = "XXXX-WXX-" + std::to_string(wd->day);
                m.anchored = false;
            }
            out.push_back(std::move(m));
            i = last_word;
            continue;
        }
        // "an Heiligabend", "kurz vor Weihnachten", "at Christmas": a holiday on a fixed day, the last one
        // before the article (the next in the future tense); "vor"/"nach" before it leave only its month.
        if (const auto* h = std::find_if(std::begin(kHolidays), std::end(kHolidays), [&](const Holiday& d) { return d.word == x; });
            h != std::end(kHolidays) && article_date && article_date->year && article_date->month) {
            std::size_t last = i;
            int month = h->month, day = h->day;
            if (x == "Christmas" && i + 1 < tokens.size() && c.at(i + 1) == "Eve") {
                ++last;
                day = 24;
            }
            const bool future = tense.future_at(first);
            const int today = article_date->month * 100 + (article_date->day ? article_date->day : 15);
            int y = article_date->year;
            if (!future && month * 100 + day > today) --y;
            if (future && month * 100 + day < today) ++y;
            const std::string_view before = first > 0 ? c.at(first - 1) : std::string_view();
            const bool near_it = before == "vor" || before == "nach" || before == "before" || before == "after" || before == "um" || before == "around";
            Mention m = near_it ? date_mention(c, first, last, pad(y, 4) + "-" + pad(month, 2), "month")
                                : date_mention(c, first, last, pad(y, 4) + "-" + pad(month, 2) + "-" + pad(day, 2), "day");
            out.push_back(std::move(m));
            i = last;
            continue;
        }
        // "gestern", "yesterday", "vorgestern": a day or two before a day-precise article date.
        if (const int back = (x == "gestern" || x == "Gestern" || x == "yesterday" || x == "Yesterday") ? 1 : (x == "vorgestern" || x == "Vorgestern") ? 2 : 0;
            back > 0 && article_date && article_date->precision == DatePrecision::day) {
            int y = 0, mo = 0, d = 0;
            civil_from_days(days_from_civil(article_date->year, article_date->month, article_date->day) - back, y, mo, d);
            out.push_back(date_mention(c, i, i, pad(y, 4) + "-" + pad(mo, 2) + "-" + pad(d, 2), "day"));
            continue;
        }
        // "heute"
        if (x == "heute" || x == "Heute" || x == "today") {
            Mention m = date_mention(c, i, i, "", "day");
            if (article_date) {
                m.timex = article_date->iso();
                m.precision = date_precision_name(article_date->precision);
            } else {
                m.timex = "XXXX-XX-XX";
                m.anchored = false;
            }
            out.push_back(std::move(m));
            continue;
        }
        // Durations: "vier Jahren", "drei Jahre", "mehrere Jahre", "18 Monate"
        i = first;
        const std::string_view unit = c.at(i + 1);
        const char* code = unit.starts_with("Jahr"sv) || unit == "years" ? "Y" : unit.starts_with("Monat"sv) || unit == "months" ? "M"
                         : unit.starts_with("Woche"sv) || unit == "weeks" ? "W" : (unit == "Tage" || unit == "Tagen" || unit == "days") ? "D" : nullptr;
        if (code && !tokens[i + 1].hyphen_before) {
            bool article_like = false;
            std::optional<double> n = tokens[i].numeric ? parse_digits(c.at(i), true) : number_word_value(c.at(i), article_like);
            // Spans without a number: "mehrere Jahre", "seit Wochen", "wenige Wochen", "auf Jahre", "in den letzten Monaten".
            static constexpr std::string_view kVagueSpan[] = {"mehrere", "mehreren", "several", "kommenden", "wenige", "wenigen", "einige",
                                                              "einigen", "letzten", "vergangenen", "nächsten", "seit", "Seit", "auf", "few"};
            const bool several = std::find(std::begin(kVagueSpan), std::end(kVagueSpan), c.at(i)) != std::end(kVagueSpan);
            // Range first: casting a huge value to int is undefined (found by the fuzzer).
            if ((n && !article_like && *n >= 1 && *n < 1000 && *n == std::floor(*n)) || several) {
                Mention m;
                m.kind = MentionKind::duration;
                m.range = {tokens[i].range.begin, tokens[i + 1].range.end};
                m.timex = std::string("P") + (n && !several ? std::to_string(static_cast<int>(*n)) : "X") + code;
                m.precision = code[0] == 'Y' ? "years" : code[0] == 'M' ? "months" : code[0] == 'W' ? "weeks" : "days";
                out.push_back(std::move(m));
                ++i;
            }
        }
    }
    annotate_dates_after_the_last(c, out);
}

}  // namespace ds

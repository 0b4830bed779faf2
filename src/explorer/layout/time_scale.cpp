#include "explorer/layout/time_scale.h"

#include <algorithm>
#include <cmath>

#include "core/articles/calendar_words.h"
#include "core/articles/date_text.h"

namespace ds {

double time_to_x(const TimeScale& s, double day, float x0, float width) {
    return x0 + (day - s.start) / (s.end - s.start) * width;
}

double x_to_time(const TimeScale& s, float x, float x0, float width) {
    return s.start + (x - x0) / static_cast<double>(width) * (s.end - s.start);
}

TimeScale zoom_about(const TimeScale& s, double anchor, double factor) {
    const double span = s.end - s.start;
    const double next = std::clamp(span * factor, kMinVisibleDays, kMaxVisibleDays);
    const double f = next / span;
    return {anchor - (anchor - s.start) * f, anchor + (s.end - anchor) * f};
}

TimeScale pan_by(const TimeScale& s, double days) { return {s.start + days, s.end + days}; }

TimeScale fit_range(double first, double last) {
    const double span = std::max(last - first, kMinVisibleDays);
    const double margin = span * 0.04;
    const double mid = (first + last) / 2;
    const double half = std::min(span / 2 + margin, kMaxVisibleDays / 2);
    TimeScale fitted{mid - half, mid + half};
    // Years are named right of their first day's line: a view of years that ends just after a new
    // year would leave that year unnamed ("2015 to 2026" with no "2026" on the axis). It ends far
    // enough into the year for its name.
    if (fitted.end - fitted.start > 3 * 365.25) {
        int year = 0, month = 0, day = 0;
        civil_from_days(static_cast<long>(fitted.end), year, month, day);
        const double new_year = static_cast<double>(days_from_civil(year, 1, 1));
        const double room = (fitted.end - fitted.start) * 0.07;
        if (fitted.end - new_year < room) fitted.end = new_year + room;
    }
    return fitted;
}

TimeScale keep_within(const TimeScale& scale, const TimeScale& bounds) {
    const double width = std::min(scale.end - scale.start, bounds.end - bounds.start);
    double start = scale.start;
    if (scale.end - scale.start > width) start = (scale.start + scale.end) / 2 - width / 2;  // zoomed out too far: keep the centre
    start = std::clamp(start, bounds.start, bounds.end - width);
    return {start, start + width};
}

namespace {

constexpr double kDaysPerUnit[] = {3652.5, 365.25, 91.3, 30.4, 1.0};
// A two-digit year ("23") needs about this share of the spacing a four-digit one does.
constexpr double kTwoDigitYearShare = 0.55;


}  // namespace

TickUnit tick_unit(const TimeScale& s, float width, float min_spacing) {
    const double px_per_day = width / (s.end - s.start);
    for (const TickUnit u : {TickUnit::day, TickUnit::month, TickUnit::quarter, TickUnit::year}) {
        if (kDaysPerUnit[static_cast<int>(u)] * px_per_day >= min_spacing) return u;
    }
    return TickUnit::decade;
}

std::vector<Tick> time_ticks(const TimeScale& s, float width, float min_spacing, Language language) {
    std::vector<Tick> out;
    if (!(width > 0) || !(s.end > s.start)) return out;
    const TickUnit unit = tick_unit(s, width, min_spacing);
    int y = 0, m = 0, d = 0;
    civil_from_days(static_cast<long>(std::floor(s.start)), y, m, d);
    const long last = static_cast<long>(std::ceil(s.end));
    auto push = [&](long day, std::string label, bool major) {
        const auto at = static_cast<double>(day);
        if (at >= s.start && at <= s.end) out.push_back({at, std::move(label), major});
    };
    switch (unit) {
        case TickUnit::decade: {
            // Years too close for four digits each are named the way print graphics do, the first in
            // full and the rest by two ("2020 21 22 23"): labelling every other year left a January
            // 2023 deal under "2022". Sparser still, every 2, 5 or 10 years, with unlabelled ticks
            // between them when they are not too dense.
            const double px_per_year = 365.25 * width / (s.end - s.start);
            if (px_per_year >= min_spacing * kTwoDigitYearShare) {
                bool first = true;
                for (int year = y; days_from_civil(year, 1, 1) <= last; ++year) {
                    const long day = days_from_civil(year, 1, 1);
                    if (static_cast<double>(day) < s.start) continue;
                    std::string label = std::to_string(year);
                    if (!first) label = label.substr(2);
                    first = false;
                    push(day, std::move(label), year % 2 == 0);
                }
                break;
            }
            const int label_step = px_per_year * 2 >= min_spacing ? 2 : px_per_year * 5 >= min_spacing ? 5 : 10;
            const int step = px_per_year >= 8 ? 1 : label_step;
            for (int year = y - y % label_step; days_from_civil(year, 1, 1) <= last; year += step) {
                const bool labelled = year % label_step == 0;
                push(days_from_civil(year, 1, 1), labelled ? std::to_string(year) : std::string(), labelled);
            }
            break;
        }
        case TickUnit::year:
            for (int year = y; days_from_civil(year, 1, 1) <= last; ++year) push(days_from_civil(year, 1, 1), std::to_string(year), year % 10 == 0);
            break;
        case TickUnit::quarter:
        case TickUnit::month: {
            const int step = unit == TickUnit::quarter ? 3 : 1;
            int year = y, month = unit == TickUnit::quarter ? (m - 1) / 3 * 3 + 1 : m;
            bool year_named = false;  // the first label in view says its year ("Q3 2022"): a bare "Q3 Q4" named none
            for (long day = days_from_civil(year, month, 1); day <= last; day = days_from_civil(year, month, 1)) {
                std::string label;
                if (month == 1) label = std::to_string(year);
                else if (unit == TickUnit::quarter) label.append("Q").append(std::to_string((month + 2) / 3));
                else label = month_abbreviation(month, language);
                if (static_cast<double>(day) >= s.start) {
                    if (!year_named && month != 1) label += " " + std::to_string(year);
                    year_named = true;
                }
                push(day, std::move(label), month == 1);
                month += step;
                if (month > 12) {
                    month -= 12;
                    ++year;
                }
            }
            break;
        }
        case TickUnit::day: {
            // Every day when there is room, else every 7th; months are labelled at their first day.
            const double px_per_day = width / (s.end - s.start);
            const long step = px_per_day >= min_spacing ? 1 : 7;
            for (long day = static_cast<long>(std::floor(s.start)); day <= last; day += step) {
                int yy = 0, mm = 0, dd = 0;
                civil_from_days(day, yy, mm, dd);
                const std::string label = std::to_string(dd) + (language == Language::de ? ". " : " ") + month_abbreviation(mm, language);
                push(day, label, dd == 1);
            }
            break;
        }
    }
    return out;
}

TimeScale glide_toward(const TimeScale& shown, const TimeScale& target, double seconds) {
    const double span = std::max(target.end - target.start, 1.0);
    const double left = std::max(std::fabs(target.start - shown.start), std::fabs(target.end - shown.end));
    if (left < 0.002 * span) return target;
    const double step = 1 - std::exp(-std::max(seconds, 0.0) / 0.12);
    return {shown.start + (target.start - shown.start) * step, shown.end + (target.end - shown.end) * step};
}

}  // namespace ds

#pragma once
// The timeline's time axis: the visible stretch of days, how it maps to pixels, zoom about a point,
// pan, fit, and ticks that adapt to the zoom (decades → years → quarters → months → days).
#include <string>
#include <vector>

#include "core/text/language.h"

namespace ds {

// Visible days (days since 1970-01-01, fractional); zoom and pan change only these two numbers.
struct TimeScale {
    double start = 0, end = 365;
};

inline constexpr double kMinVisibleDays = 14;
inline constexpr double kMaxVisibleDays = 365.25 * 60;

double time_to_x(const TimeScale& scale, double day, float x0, float width);
double x_to_time(const TimeScale& scale, float x, float x0, float width);

// factor < 1 zooms in; the day under `anchor` stays where it is. Clamped to the limits above.
TimeScale zoom_about(const TimeScale& scale, double anchor, double factor);
TimeScale pan_by(const TimeScale& scale, double days);
// The whole range [first, last) with a margin on both sides (and over years, room at the end for
// the name of the year it ends in).
TimeScale fit_range(double first, double last);
// `scale` kept inside `bounds`: no wider than they are, shifted back in when it runs past an end.
TimeScale keep_within(const TimeScale& scale, const TimeScale& bounds);

// One frame of a camera gliding from `shown` to `target`: eased (most of the way in about a third of
// a second, whatever the frame rate), and `target` itself once less than 0.2 % of the span is left.
TimeScale glide_toward(const TimeScale& shown, const TimeScale& target, double seconds);

struct Tick {
    double day = 0;
    std::string label;
    bool major = false;  // a year (or decade) boundary, drawn stronger
};

enum class TickUnit { decade, year, quarter, month, day };

// The finest unit whose ticks are at least `min_spacing` pixels apart, and its ticks in view.
TickUnit tick_unit(const TimeScale& scale, float width, float min_spacing);
std::vector<Tick> time_ticks(const TimeScale& scale, float width, float min_spacing, Language language = Language::en);

}  // namespace ds

// The timeline's time axis: zoom about a point, limits, and ticks from decades to days in both languages.
#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "core/articles/date_text.h"
#include "explorer/layout/time_scale.h"

using namespace ds;

TEST_CASE("zoom keeps the day under the pointer in place and stays within limits") {
    const TimeScale s{0, 1000};
    const double anchor = x_to_time(s, 250, 0, 1000);
    const TimeScale in = zoom_about(s, anchor, 0.5);
    CHECK(time_to_x(in, anchor, 0, 1000) == doctest::Approx(250));
    CHECK(in.end - in.start == doctest::Approx(500));
    CHECK(zoom_about(s, 500, 1e-6).end - zoom_about(s, 500, 1e-6).start == doctest::Approx(kMinVisibleDays));
    CHECK(zoom_about(s, 500, 1e6).end - zoom_about(s, 500, 1e6).start == doctest::Approx(kMaxVisibleDays));
    const TimeScale panned = pan_by(s, 30);
    CHECK(panned.start == 30);
    CHECK(panned.end == 1030);
    const TimeScale fit = fit_range(100, 200);
    CHECK(fit.start < 100);
    CHECK(fit.end > 200);
}

TEST_CASE("ticks adapt from decades to days as the axis zooms in") {
    const double y2015 = static_cast<double>(days_from_civil(2015, 1, 1));
    CHECK(tick_unit({y2015, y2015 + 365.25 * 50}, 300, 60) == TickUnit::decade);
    CHECK(tick_unit({y2015, y2015 + 365.25 * 11}, 1000, 60) == TickUnit::year);
    CHECK(tick_unit({y2015, y2015 + 365.25 * 2}, 1000, 60) == TickUnit::quarter);
    CHECK(tick_unit({y2015, y2015 + 365.25}, 1200, 60) == TickUnit::month);
    CHECK(tick_unit({y2015, y2015 + 20}, 1200, 50) == TickUnit::day);

    const auto years = time_ticks({y2015, y2015 + 365.25 * 11}, 1000, 60);
    REQUIRE(years.size() >= 10);
    CHECK(years.front().label == "2015");
    CHECK(years[1].label == "2016");
    const auto months = time_ticks({y2015, y2015 + 365}, 1200, 60, Language::de);
    CHECK(months.front().label == "2015");
    CHECK(months[2].label == "Mär");
    // A view that starts within a year names that year at its first label: "Q3 2022", not "Q3 Q4".
    const double july2022 = static_cast<double>(days_from_civil(2022, 6, 20));
    const auto quarters = time_ticks({july2022, july2022 + 365.25 * 2}, 1000, 60);
    REQUIRE(quarters.size() >= 3);
    CHECK(quarters.front().label == "Q3 2022");
    CHECK(quarters[1].label == "Q4");
    CHECK(quarters[2].label == "2023");
    const auto from_march = time_ticks({y2015 + 50, y2015 + 300}, 1200, 60, Language::en);
    CHECK(from_march.front().label == "Mar 2015");
    // Years too close for four digits each are named by two after the first (a phone's plot of 2021
    // to 2027: every year named, so a deal of January 2023 stands right of "23", not under "2022");
    // closer still, every other year (not 2025 alone), else every fifth or tenth.
    const double y2021 = static_cast<double>(days_from_civil(2021, 1, 1));
    std::vector<std::string> named;
    for (const auto& t : time_ticks({y2021 - 30, y2021 + 365.25 * 6.5}, 178, 40)) if (!t.label.empty()) named.push_back(t.label);
    CHECK(named == std::vector<std::string>{"2021", "22", "23", "24", "25", "26", "27"});
    named.clear();
    for (const auto& t : time_ticks({y2021, y2021 + 365.25 * 6.5}, 130, 40)) if (!t.label.empty()) named.push_back(t.label);
    CHECK(named == std::vector<std::string>{"2022", "2024", "2026"});
    named.clear();
    for (const auto& t : time_ticks({y2015, y2015 + 365.25 * 40}, 300, 40)) if (!t.label.empty()) named.push_back(t.label);
    CHECK(named == std::vector<std::string>{"2020", "2030", "2040", "2050"});
    // Ticks are in view and in order, whatever the zoom.
    for (double span : {20.0, 200.0, 2000.0, 20000.0}) {
        const auto ticks = time_ticks({y2015, y2015 + span}, 800, 60);
        CHECK_FALSE(ticks.empty());
        for (std::size_t i = 1; i < ticks.size(); ++i) CHECK(ticks[i].day > ticks[i - 1].day);
        for (const auto& t : ticks) CHECK((t.day >= y2015 && t.day <= y2015 + span));
    }
}

TEST_CASE("keep_within: no wider than the bounds, shifted back in at an end") {
    const TimeScale bounds{1000, 2000};
    const TimeScale wide = keep_within({0, 5000}, bounds);
    CHECK(wide.start == doctest::Approx(1000));
    CHECK(wide.end == doctest::Approx(2000));
    const TimeScale late = keep_within({1900, 2100}, bounds);
    CHECK(late.start == doctest::Approx(1800));
    CHECK(late.end == doctest::Approx(2000));
    const TimeScale inside = keep_within({1200, 1300}, bounds);
    CHECK(inside.start == doctest::Approx(1200));
    CHECK(inside.end == doctest::Approx(1300));
}

TEST_CASE("a gliding camera eases toward its range at any frame rate and then lands on it exactly") {
    const TimeScale from{0, 1000}, to{2000, 2500};
    // Most of the way in a third of a second, at 60 or 20 frames a second alike.
    TimeScale fast = from, slow = from;
    for (int i = 0; i < 20; ++i) fast = glide_toward(fast, to, 1.0 / 60);
    for (int i = 0; i < 7; ++i) slow = glide_toward(slow, to, 1.0 / 20);
    CHECK(fast.start > 1800);  // nine tenths of the way
    CHECK(slow.start == doctest::Approx(fast.start).epsilon(0.05));
    CHECK(fast.start < to.start);  // not there yet: eased, not a jump
    // Close enough, it lands exactly (the glide ends).
    TimeScale s = from;
    int frames = 0;
    while ((s.start != to.start || s.end != to.end) && frames < 200) s = glide_toward(s, to, 1.0 / 60), ++frames;
    CHECK(frames < 60);
    CHECK(glide_toward(to, to, 1.0 / 60).start == to.start);
    CHECK(glide_toward(from, to, 0).start == from.start);  // no time passed, no move
}

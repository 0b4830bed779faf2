// The explorer's view logic, without drawing: date spans, the time axis and its ticks, label
// placement, filters, the timeline layout, the network layout and search, on the curated events.
#include <doctest/doctest.h>

#include <cmath>
#include <set>

#include "core/date_text.h"
#include "core/label_layout.h"
#include "core/network_layout.h"
#include "core/search.h"
#include "core/time_scale.h"
#include "core/time_span.h"
#include "core/timeline_layout.h"
#include "core/view_state.h"
#include "seed_articles.h"

using namespace ds;

TEST_CASE("date values become the spans of days they cover") {
    const auto year = timex_span("2019");
    REQUIRE(year);
    CHECK(year->end - year->start == 365);
    CHECK(year->precision == SpanPrecision::year);
    CHECK(timex_span("2024-02")->end - timex_span("2024-02")->start == 29);  // a leap year's February
    const auto quarter = timex_span("2025-Q3");
    CHECK(quarter->start == days_from_civil(2025, 7, 1));
    CHECK(quarter->end == days_from_civil(2025, 10, 1));
    CHECK(timex_span("2023-FA")->start == days_from_civil(2023, 9, 1));
    CHECK(timex_span("2023-WI")->end == days_from_civil(2024, 3, 1));
    CHECK(timex_span("2026-H2")->start == days_from_civil(2026, 7, 1));
    const auto day = timex_span("2024-10-21");
    CHECK(day->end - day->start == 1);
    CHECK(day->precision == SpanPrecision::day);
    CHECK_FALSE(timex_span("XXXX"));
    CHECK_FALSE(timex_span("im Juni"));
    CHECK(iso_day(days_from_civil(2024, 10, 21)) == "2024-10-21");
}

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
    const auto months = time_ticks({y2015, y2015 + 365}, 1200, 60, "de");
    CHECK(months.front().label == "2015");
    CHECK(months[2].label == "Mär");
    // Ticks are in view and in order, whatever the zoom.
    for (double span : {20.0, 200.0, 2000.0, 20000.0}) {
        const auto ticks = time_ticks({y2015, y2015 + span}, 800, 60);
        CHECK_FALSE(ticks.empty());
        for (std::size_t i = 1; i < ticks.size(); ++i) CHECK(ticks[i].day > ticks[i - 1].day);
        for (const auto& t : ticks) CHECK((t.day >= y2015 && t.day <= y2015 + span));
    }
}

TEST_CASE("labels never overlap: the higher priority wins, other rows are free") {
    const auto visible = place_labels({{0, 100, 0, 1}, {50, 150, 0, 5}, {160, 200, 0, 0}, {0, 100, 1, 0}});
    CHECK_FALSE(visible[0]);  // overlaps the more important label
    CHECK(visible[1]);
    CHECK(visible[2]);
    CHECK(visible[3]);  // another row
    // Many labels: whatever is shown does not overlap.
    std::vector<LabelRequest> many;
    for (int i = 0; i < 200; ++i) many.push_back({static_cast<float>(i * 7 % 500), static_cast<float>(i * 7 % 500 + 40), i % 3, static_cast<float>(i % 11)});
    const auto shown = place_labels(many, 2);
    for (std::size_t a = 0; a < many.size(); ++a) {
        for (std::size_t b = a + 1; b < many.size(); ++b) {
            if (!shown[a] || !shown[b] || many[a].row != many[b].row) continue;
            CHECK((many[a].x1 + 2 <= many[b].x0 || many[b].x1 + 2 <= many[a].x0));
        }
    }
}

TEST_CASE("boxes in two dimensions: overlapping lower-priority labels are hidden") {
    const auto shown = place_boxes({{0, 0, 100, 16, 1}, {50, 8, 150, 24, 2}, {50, 30, 150, 46, 0}, {200, 0, 260, 16, 0}});
    CHECK_FALSE(shown[0]);
    CHECK(shown[1]);
    CHECK(shown[2]);
    CHECK(shown[3]);
}

TEST_CASE("filters by type, status, entity and date range on the curated events") {
    const EventStore& store = test::curated_events();
    Filters f;
    CHECK(filtered_events(store, f).size() == store.events.size());
    f.types = {"compute_deal"};
    const auto compute = filtered_events(store, f);
    CHECK(compute.size() >= 10);
    for (auto i : compute) CHECK(store.events[i].type == "compute_deal");
    f = {};
    f.entity = "oracle";
    for (auto i : filtered_events(store, f)) {
        const auto& p = store.events[i].participants;
        CHECK(std::any_of(p.begin(), p.end(), [](const Participant& x) { return x.entity == "oracle"; }));
    }
    f = {};
    f.from_day = days_from_civil(2025, 1, 1);
    const auto recent = filtered_events(store, f);
    CHECK_FALSE(recent.empty());
    CHECK(recent.size() < store.events.size());
    for (auto i : recent) CHECK(timex_span(store.events[i].date.value)->end > *f.from_day);
    // Time order: start days never go back.
    const auto ordered = in_time_order(store, filtered_events(store, {}));
    long last = -1000000;
    for (auto i : ordered) {
        const auto day = timex_start_day(store.events[i].date.value);
        if (!day) continue;
        CHECK(*day >= last);
        last = *day;
    }
}

TEST_CASE("timeline layout: a mark per event and lane, spans for periods, clusters when dense") {
    const EventStore& store = test::curated_events();
    const auto all = filtered_events(store, {});
    const TimeScale whole = fit_range(static_cast<double>(days_from_civil(2015, 1, 1)), static_cast<double>(days_from_civil(2026, 1, 1)));
    const auto by_type = layout_timeline(store, all, test::seed_gazetteer(), LaneMode::type, whole, 4000, std::nullopt, 0.0f);
    std::size_t marked = 0;
    for (const auto& m : by_type.marks) marked += m.events.size();
    CHECK(marked + by_type.undated.size() == all.size());  // every event once, nothing merged at merge_px 0
    for (const auto& m : by_type.marks) {
        const Event& e = store.events[m.events.front()];
        CHECK(by_type.lanes[static_cast<std::size_t>(m.lane)].key == e.type);
        CHECK(m.span == (timex_span(e.date.value)->precision != SpanPrecision::day));
        if (m.span) CHECK(m.x1 > m.x0);
    }
    // Lanes by entity: busiest first, OpenAI has the most events.
    const auto by_entity = layout_timeline(store, all, test::seed_gazetteer(), LaneMode::entity, whole, 4000, std::nullopt);
    REQUIRE_FALSE(by_entity.lanes.empty());
    CHECK(by_entity.lanes.front().key == "openai");
    for (std::size_t l = 1; l < by_entity.lanes.size(); ++l) CHECK(by_entity.lanes[l].events <= by_entity.lanes[l - 1].events);
    // Squeezed into 200 px, nearby points merge into counted clusters, and the selected event stays alone.
    const std::size_t selected = all.front();
    const auto dense = layout_timeline(store, all, test::seed_gazetteer(), LaneMode::type, whole, 200, selected, 6.0f);
    CHECK(dense.marks.size() < by_type.marks.size());
    bool clustered = false, selected_alone = false;
    for (const auto& m : dense.marks) {
        clustered |= m.events.size() > 1;
        if (m.selected) selected_alone = m.events.size() == 1 && m.events.front() == selected;
    }
    CHECK(clustered);
    if (timex_span(store.events[selected].date.value)) CHECK(selected_alone);
    // Sizes by amount: more money, bigger mark.
    CHECK(radius_for_amount(1e10) > radius_for_amount(1e8));
    CHECK(radius_for_amount(0) < radius_for_amount(1e6));
}

TEST_CASE("network layout is deterministic, finite and keeps dragged nodes where they were put") {
    const auto flows = flow_graph(test::curated_events());
    REQUIRE(flows.size() > 5);
    const auto a = layout_network(flows), b = layout_network(flows);
    REQUIRE(a.nodes.size() == b.nodes.size());
    for (std::size_t i = 0; i < a.nodes.size(); ++i) {
        CHECK(a.nodes[i].at.x == b.nodes[i].at.x);
        CHECK(a.nodes[i].at.y == b.nodes[i].at.y);
        CHECK(std::isfinite(a.nodes[i].at.x));
        CHECK(std::fabs(a.nodes[i].at.x) < 3);
    }
    // Connected nodes end up closer than the average pair.
    double edge_sum = 0, pair_sum = 0;
    int pairs = 0;
    for (const Flow& f : flows) {
        const auto& p = a.nodes[a.index.at(f.from)].at;
        const auto& q = a.nodes[a.index.at(f.to)].at;
        edge_sum += std::hypot(p.x - q.x, p.y - q.y);
    }
    for (std::size_t i = 0; i < a.nodes.size(); ++i) {
        for (std::size_t j = i + 1; j < a.nodes.size(); ++j, ++pairs) pair_sum += std::hypot(a.nodes[i].at.x - a.nodes[j].at.x, a.nodes[i].at.y - a.nodes[j].at.y);
    }
    CHECK(edge_sum / static_cast<double>(flows.size()) < pair_sum / pairs);
    const auto pinned = layout_network(flows, {{"openai", {0.9f, -0.9f}}});
    CHECK(pinned.nodes[pinned.index.at("openai")].at.x == 0.9f);
    CHECK(pinned.nodes[pinned.index.at("openai")].at.y == -0.9f);
}

TEST_CASE("search folds case and umlauts and groups entities, events and article text") {
    CHECK(fold_for_search("Größe ÄRA").folded == "groesse aera");
    const FoldedText f = fold_for_search("Gespräche");
    CHECK(f.offset(f.folded.find("ae")) == 5);  // "ä" starts at byte 5
    CHECK(f.offset(f.folded.find("ae") + 1) == 5);
    CHECK(f.offset(f.folded.find("che")) == 7);  // after the two bytes of "ä"
    CHECK(f.offset(f.folded.size()) == std::string("Gespräche").size());
    // "ẞ" (three bytes) folds to two: what follows moves by one.
    const FoldedText sharp = fold_for_search("GROẞE Ära");
    CHECK(sharp.folded == "grosse aera");
    CHECK(sharp.offset(sharp.folded.find("e ")) == 6);
    CHECK(sharp.offset(sharp.folded.find("aera")) == 8);
    CHECK(sharp.offset(sharp.folded.find("ra")) == 10);

    const auto& corpus = test::seed_corpus();
    const auto& g = test::seed_gazetteer();
    const auto& store = test::curated_events();
    const SearchIndex index = build_search_index(g, store, corpus.articles);
    const auto hits = search(index, g, store, corpus.articles, "oracle", "en");
    REQUIRE_FALSE(hits.empty());
    CHECK(hits.front().kind == SearchKind::entity);
    CHECK(g.entities[hits.front().index].id == "oracle");
    std::set<SearchKind> kinds;
    for (const auto& h : hits) kinds.insert(h.kind);
    CHECK(kinds.size() == 3);
    // Groups come in order: entities, events, articles.
    for (std::size_t i = 1; i < hits.size(); ++i) CHECK(static_cast<int>(hits[i].kind) >= static_cast<int>(hits[i - 1].kind));
    // "Gespraeche" finds "Gespräche" in the text, and the highlight covers the umlaut.
    const auto umlaut = search(index, g, store, corpus.articles, "GESPRAECHE", "de");
    bool found = false;
    for (const auto& h : umlaut) {
        if (h.kind != SearchKind::article) continue;
        const std::string matched = h.text.substr(h.match.begin, h.match.end - h.match.begin);
        CHECK(fold_for_search(matched).folded == "gespraeche");
        CHECK(corpus.articles[h.index].view(h.in_article) == matched);
        found = true;
    }
    CHECK(found);
    CHECK(search(index, g, store, corpus.articles, "   ", "en").empty());
}

TEST_CASE("a large network (grid repulsion) is laid out the same every time, spread out and on screen") {
    std::vector<Flow> flows;
    for (std::size_t i = 0; i < 1500; ++i) {
        Flow f;
        f.from = "n" + std::to_string(i % 600);
        f.to = "n" + std::to_string((i * 7 + 3) % 600);
        f.total.value = 1e6 * static_cast<double>(i % 50 + 1);
        flows.push_back(std::move(f));
    }
    const NetworkLayout a = layout_network(flows), b = layout_network(flows);
    REQUIRE(a.nodes.size() == 600);
    REQUIRE(a.nodes.size() > kExactRepulsionNodes);
    float min_x = 0, max_x = 0, min_y = 0, max_y = 0;
    std::size_t close_pairs = 0;
    for (std::size_t i = 0; i < a.nodes.size(); ++i) {
        CHECK(a.nodes[i].at.x == b.nodes[i].at.x);
        CHECK(a.nodes[i].at.y == b.nodes[i].at.y);
        min_x = std::min(min_x, a.nodes[i].at.x), max_x = std::max(max_x, a.nodes[i].at.x);
        min_y = std::min(min_y, a.nodes[i].at.y), max_y = std::max(max_y, a.nodes[i].at.y);
        for (std::size_t j = i + 1; j < a.nodes.size(); ++j) {
            close_pairs += std::hypot(a.nodes[i].at.x - a.nodes[j].at.x, a.nodes[i].at.y - a.nodes[j].at.y) < 1e-3f ? 1 : 0;
        }
    }
    CHECK(close_pairs == 0);
    CHECK(max_x - min_x > 0.5f);  // spread out, not collapsed
    CHECK(max_x - min_x < 10.0f);
    CHECK(max_y - min_y < 10.0f);
}

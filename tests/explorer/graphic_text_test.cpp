// The words around a chart, on the seed data: a title and dek (the blogger's when given), the
// masthead's summary, the source line, the key's families and a story step's note.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/articles/date_text.h"
#include "core/articles/time_span.h"
#include "explorer/app_state.h"
#include "explorer/derived.h"
#include "explorer/graphic_text.h"
#include "explorer/view_link.h"
#include "support/seed_state.h"

using namespace ds;

namespace {
bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }
}  // namespace

TEST_CASE("the summary says how many events, parties, years and articles the data holds, in the reader's language") {
    const AppState state = test::seed_state();
    const std::string en = data_summary(state);
    CHECK(has(en, std::to_string(state.derived.filtered.size()) + " events between "));
    CHECK(has(en, ", from 5 articles"));
    CHECK(has(en, " with a sum of money"));
    const AppState german = test::seed_state("lang=de");
    CHECK(has(data_summary(german), " Ereignisse zwischen "));
    CHECK(has(data_summary(german), "aus 5 Artikeln"));
    // A phone's brief line: the same counts, shorter. The last deal is of "2025-Q4", whose span ends on the first
    // day of 2026: the years are 2015 to 2025 (they read "2026", a year of no deal).
    const std::string brief = data_summary_brief(state);
    CHECK(brief == std::to_string(state.derived.filtered.size()) + " events \u00b7 " + std::to_string(state.derived.entity_rows.size()) +
                       " parties \u00b7 2015\u20132025 \u00b7 5 articles");
    CHECK(has(data_summary_brief(german), " Beteiligte \u00b7 2015\u20132025 \u00b7 5 Artikel"));
}

TEST_CASE("the dek and the key follow the filters, and the blogger's words replace the data's") {
    const AppState compute = test::seed_state("types=compute_deal");
    // A graphic shows no filters, so its dek names the kinds it keeps; other filters are "(filtered)".
    CHECK(has(graphic_dek(compute), "(compute only)"));
    CHECK(has(graphic_dek(test::seed_state("types=investment,funding_round,compute_deal")), "(money and compute only)"));
    CHECK(has(graphic_dek(test::seed_state("types=investment,compute_deal,partnership&lang=de")), "(nur Geld, Rechenleistung und Partnerschaft)"));
    CHECK(has(graphic_dek(test::seed_state("types=compute_deal&from=2024-01-01")), "(filtered)"));
    CHECK(has(graphic_dek(test::seed_state("only=openai")), " events with OpenAI, "));
    // The key names the disputed ring only when a shown event is disputed.
    CHECK(any_disputed(test::seed_state()));
    CHECK_FALSE(any_disputed(test::seed_state("types=partnership")));
    CHECK(shown_families(compute) == std::vector<TypeFamily>{TypeFamily::compute});
    // The key's pale sample is in the colour of the deals drawn pale: compute's, where only compute is shown.
    CHECK(giving_side_family(compute) == TypeFamily::compute);
    CHECK(giving_side_family(test::seed_state()) == TypeFamily::money);
    CHECK(shown_families(test::seed_state()).size() >= 4);
    const AppState own = test::seed_state("embed=1&title=Who%20pays%20whom&dek=Five%20articles");
    CHECK(graphic_title(own, View::network) == "Who pays whom");
    CHECK(graphic_dek(own) == "Five articles");
    CHECK(graphic_title(test::seed_state(), View::network) == "Who invests in whom, who buys compute from whom");
}

TEST_CASE("the source line names the publishers of the shown events, most quoted first") {
    const std::string line = graphic_sources(test::seed_state());
    CHECK(line.rfind("Sources: ", 0) == 0);
    CHECK(has(line, "BASIC thinking"));
    CHECK(has(line, "made with dealscope"));
    CHECK(graphic_sources(test::seed_state("lang=de")).rfind("Quellen: ", 0) == 0);
    // Shorter for a narrow graphic: the rest counted, not cut; without the credit; none named.
    const std::string one = graphic_sources(test::seed_state(), 1, false);
    CHECK(one.rfind("Sources: ", 0) == 0);
    CHECK((has(one, " more") && !has(one, "dealscope") && !has(one, "\u2026")));
    CHECK(graphic_sources(test::seed_state(), 0, false).find_first_of("0123456789") == std::string("Sources: ").size());
    // Compact, for a phone: a named publisher and "and others", not a count and "other articles".
    const std::string compact = graphic_sources(test::seed_state(), 1, false, true);
    CHECK(compact == "Sources: Alien Road Company and others");  // the most quoted
    CHECK(graphic_sources(test::seed_state("lang=de"), 1, false, true) == "Quellen: Alien Road Company u.\u00A0a.");
}

TEST_CASE("a story step's note names the selected event's parties, kind, amount and date, or a flow's total") {
    const AppState event = test::seed_state("event=ms-openai-2019-investment");
    const auto note = selection_note(event);
    REQUIRE(note.size() == 2);
    CHECK(note[0] == "Microsoft \xE2\x86\x92 OpenAI");
    CHECK(has(note[1], "$1bn"));
    CHECK(has(note[1], "2019"));
    const auto flow = selection_note(test::seed_state("flow=microsoft%3Eopenai%3Amoney"));
    REQUIRE(flow.size() == 2);
    CHECK(flow[0] == "Microsoft \xE2\x86\x92 OpenAI");
    CHECK(has(flow[1], "money"));
    CHECK(selection_note(test::seed_state()).empty());
    // A node tapped in a story: its name, its events and its money, as the entity list has them.
    const AppState tapped = test::seed_state("entity=nvidia");
    const auto node = selection_note(tapped);
    REQUIRE(node.size() == 2);
    CHECK(node[0] == "Nvidia");
    CHECK(has(node[1], " events \xC2\xB7 invested $10bn*"));  // up to $10bn in Anthropic, and a share of a round
    CHECK_FALSE(has(node[1], "received"));
    CHECK(has(selection_note(test::seed_state("entity=anthropic"))[1], "received "));
    CHECK(has(selection_note(test::seed_state("entity=nvidia&lang=de"))[1], " investiert "));
}

TEST_CASE("a timeline zoomed to part of the shown events' years says which part is in view, in place of all of them") {
    const AppState state = test::seed_state();
    REQUIRE(state.derived.first_day);
    REQUIRE(state.derived.last_day);
    const auto first = static_cast<double>(*state.derived.first_day), last = static_cast<double>(*state.derived.last_day);
    const std::string all_years = ", 2015 to 2025";
    CHECK(has(graphic_dek(state), all_years));
    CHECK(graphic_dek(state, TimeScale{first - 100, last + 100}) == graphic_dek(state));  // all of it, with the fit's margins
    const double y2023 = static_cast<double>(days_from_civil(2023, 1, 1));
    const std::string zoomed = graphic_dek(state, TimeScale{y2023, last + 100});
    CHECK_FALSE(has(zoomed, all_years));
    CHECK(has(zoomed, "; in view: 2023\u20132025"));
    // It counts the events it draws, of all: the seed's deals before 2023 are not in view.
    std::size_t before_2023 = 0, undated = 0;
    for (const std::size_t i : state.derived.filtered) {
        const auto span = timex_span(state.data.events.events[i].date.value);
        if (!span) ++undated;
        else if (static_cast<double>(span->end) < y2023) ++before_2023;
    }
    REQUIRE(before_2023 > 0);
    const std::size_t all = state.derived.filtered.size();
    CHECK(zoomed.starts_with(std::to_string(all - before_2023 - undated) + " of " + std::to_string(all) + " events"));
    CHECK(graphic_dek(state).starts_with(std::to_string(all) + " events, "));
    CHECK(graphic_dek(test::seed_state("lang=de"), TimeScale{y2023, last + 100}).starts_with(std::to_string(all - before_2023 - undated) + " von " + std::to_string(all) + " Ereignissen"));
    CHECK(graphic_dek(test::seed_state("lang=de")).starts_with(std::to_string(all) + " Ereignisse, "));
    CHECK(has(graphic_dek(test::seed_state("lang=de"), TimeScale{y2023, y2023 + 200}), "; im Bild: 2023"));
    // A view that starts in March 2022 names 2023 first, as its axis does.
    CHECK(has(graphic_dek(state, TimeScale{y2023 - 300, last + 100}), "; in view: 2023\u2013"));
}

TEST_CASE("a network's key names only the kinds of line the shown events draw") {
    CHECK(shown_flow_kinds(test::seed_state()) == std::vector<FlowKind>{FlowKind::money, FlowKind::compute, FlowKind::partnership});
    CHECK(shown_flow_kinds(test::seed_state("types=investment,funding_round,compute_deal")) == std::vector<FlowKind>{FlowKind::money, FlowKind::compute});
    CHECK(shown_flow_kinds(test::seed_state("types=compute_deal")) == std::vector<FlowKind>{FlowKind::compute});
}

TEST_CASE("the key names the bar of a deal dated only to its month or year while such a deal is shown") {
    AppState state = test::seed_state();
    CHECK(state.derived.any_vague_date);  // the seed's "2019" and "im Juli 2024"
    for (Event& e : state.data.events.events) e.date.value = "2024-01-15";
    ++state.user.revision;  // what a change of the data does
    refresh_derived(state);
    CHECK_FALSE(state.derived.any_vague_date);
    state.data.events.events.front().date.value = "2024-Q3";
    ++state.user.revision;
    refresh_derived(state);
    CHECK(state.derived.any_vague_date);
}

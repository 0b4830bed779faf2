// The side panel's overview on the seed data: key figures, the largest money flows, and guided
// questions that open the view answering them.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "explorer/app_state.h"
#include "explorer/derived.h"
#include "explorer/overview.h"
#include "explorer/view_link.h"
#include "support/seed_state.h"

using namespace ds;


TEST_CASE("the overview's figures count the shown events, their parties and articles, and the disputes") {
    const AppState state = test::seed_state();
    const Overview o = make_overview(state);
    REQUIRE(o.figures.size() == 4);
    CHECK(o.figures[0].value == std::to_string(state.derived.filtered.size()));
    CHECK(o.figures[0].label == "events");
    CHECK(o.figures[2].value == "5");
    CHECK(o.figures[3].label == "disputed");
    CHECK(std::stoi(o.figures[3].value) > 0);
    CHECK(make_overview(test::seed_state("lang=de")).figures[0].label == "Ereignisse");
    // Fewer events shown, smaller figures.
    const Overview compute = make_overview(test::seed_state("types=compute_deal"));
    CHECK(std::stoi(compute.figures[0].value) < std::stoi(o.figures[0].value));
}

TEST_CASE("the largest money flows come largest first, at most five, and none when no money is shown") {
    const Overview o = make_overview(test::seed_state());
    REQUIRE_FALSE(o.largest.empty());
    CHECK(o.largest.size() <= kLargestFlows);
    CHECK(o.largest.front().from == "Microsoft");
    CHECK(o.largest.front().to == "OpenAI");
    for (std::size_t i = 1; i < o.largest.size(); ++i) {
        CHECK(o.largest[i].kind == FlowKind::money);
        CHECK(o.largest[i].value <= o.largest[i - 1].value);
    }
    const Overview partnerships = make_overview(test::seed_state("types=partnership"));
    CHECK(partnerships.largest.empty());
    for (const GuidedQuestion& q : partnerships.questions) CHECK_FALSE(q.flow.has_value());  // no money question without money
}

TEST_CASE("a guided question opens the view that answers it, in the reader's language") {
    AppState state = test::seed_state();
    const Overview o = make_overview(state);
    REQUIRE(o.questions.size() == 3);
    CHECK(o.questions[0].text == "How much did Microsoft put into OpenAI, and when?");
    CHECK(o.questions[1].text == "Who buys computing power from whom?");
    CHECK(o.questions[2].text == "Where do the sources disagree?");

    Actions first;
    ask(o.questions[0], first);
    apply_actions(state, first);
    CHECK(state.view.current == View::flows);
    REQUIRE(state.selection.flow.has_value());
    CHECK(flow_key_text(*state.selection.flow) == "microsoft>openai:money");

    Actions compute;
    ask(o.questions[1], compute);
    apply_actions(state, compute);
    CHECK(state.view.current == View::network);
    CHECK_FALSE(state.selection.flow.has_value());  // the earlier answer's selection gives way
    CHECK(state.view.filters.types.count("compute_deal") == 1);
    CHECK(state.view.filters.types.count("investment") == 0);
    for (const Flow& f : state.derived.flows) CHECK(f.kind == FlowKind::compute);

    Actions disputes;
    ask(o.questions[2], disputes);
    apply_actions(state, disputes);
    CHECK(state.view.current == View::conflicts);
    CHECK(make_overview(test::seed_state("lang=de")).questions[2].text == "Wo widersprechen sich die Quellen?");
}

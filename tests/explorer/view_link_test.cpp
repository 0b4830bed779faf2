// Links carry the view: what state_to_link writes, apply_link restores; what a hostile or broken
// link carries is skipped with a warning and changes nothing else.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "explorer/app_state.h"
#include "core/articles/date_text.h"
#include "explorer/user_data.h"
#include "explorer/view_link.h"

using namespace ds;

namespace {
const AppState& loaded() {
    static const AppState state = load_app_state(DEALSCOPE_ASSETS_DIR);
    return state;
}
}  // namespace

TEST_CASE("a link written from a state restores that state") {
    AppState a = loaded();
    Actions change;
    change.show_view = View::network;
    change.set_filters = Filters{{"investment", "compute_deal"}, {"announced"}, "microsoft", days_from_civil(2019, 1, 1), days_from_civil(2024, 12, 31)};
    change.set_network_as_of = std::optional<long>(days_from_civil(2023, 6, 1));
    change.set_language = Language::de;
    change.set_dark = true;
    change.set_time = TimeScale{static_cast<double>(days_from_civil(2020, 1, 1)), static_cast<double>(days_from_civil(2024, 1, 1))};
    apply_actions(a, change);
    REQUIRE(select_by_id(a, "ms-openai-2019-investment"));
    a.selection.entity = "openai";
    const std::string link = state_to_link(a);
    CHECK(link.rfind("#view=network&event=ms-openai-2019-investment&entity=openai", 0) == 0);

    AppState b = loaded();
    std::vector<std::string> warnings;
    apply_link(b, link, warnings);
    CHECK(warnings.empty());
    CHECK(b.view.current == View::network);
    CHECK(b.view.filters == a.view.filters);
    CHECK(b.view.network_as_of == a.view.network_as_of);
    CHECK(b.view.language == Language::de);
    CHECK(b.view.dark);
    CHECK(b.view.time.start == doctest::Approx(a.view.time.start).epsilon(1e-6));
    CHECK(b.selection.event == a.selection.event);
    CHECK(b.selection.entity == "openai");
    CHECK(state_to_link(b) == link);
}

TEST_CASE("on a system set to dark a link without a theme opens dark, and a link names only a look other than the system's") {
    AppState a = loaded();
    a.host.prefers_dark = true;
    std::vector<std::string> warnings;
    apply_link(a, "#view=network", warnings);
    CHECK(a.view.dark);
    CHECK(state_to_link(a).find("theme") == std::string::npos);  // shared, it opens in the reader's own look
    apply_link(a, "#view=network&theme=light", warnings);
    CHECK_FALSE(a.view.dark);
    CHECK(state_to_link(a).find("&theme=light") != std::string::npos);
    // A light system: as before, dark only when the link says so.
    AppState b = loaded();
    apply_link(b, "#view=network", warnings);
    CHECK_FALSE(b.view.dark);
    CHECK(warnings.empty());
}

TEST_CASE("a link keeps the selected flow, and an event chosen from it") {
    AppState a = loaded();
    Actions pick;
    pick.show_view = View::flows;
    pick.select_flow = FlowKey{"microsoft", "openai", FlowKind::money};
    apply_actions(a, pick);
    REQUIRE(select_by_id(a, "ms-openai-2019-investment"));
    const std::string link = state_to_link(a);
    CHECK(link.find("&flow=microsoft%3Eopenai%3Amoney") != std::string::npos);
    AppState b = loaded();
    std::vector<std::string> warnings;
    apply_link(b, link, warnings);
    CHECK(warnings.empty());
    REQUIRE(b.selection.flow.has_value());
    CHECK(*b.selection.flow == *a.selection.flow);
    CHECK(b.selection.event == a.selection.event);
    // A link without a flow clears it.
    apply_link(b, "#view=flows", warnings);
    CHECK_FALSE(b.selection.flow.has_value());
}

TEST_CASE("hostile and malformed links change nothing and say why") {
    const std::string before = state_to_link(loaded());
    for (const char* link : {"#sel=<script>alert(1)</script>", "#view=<img src=x onerror=alert(1)>", "#event=%3Cscript%3E", "#%ZZ=1",
                             "#types=investment%", "#from=yesterday&to=%FF%FE", "#t=2025..2019", "#lang=fr&theme=neon", "#&&&", "#=", "#view",
                             "#flow=microsoft", "#flow=>openai:money", "#flow=a>b:cash"}) {
        CAPTURE(link);
        AppState s = loaded();
        std::vector<std::string> warnings;
        apply_link(s, link, warnings);
        CHECK(state_to_link(s) == before);
        if (std::string(link) != "#&&&") CHECK_FALSE(warnings.empty());
        for (const auto& w : warnings) CHECK(w.find('<') == std::string::npos);  // never echoed back as markup
    }
    AppState s = loaded();
    std::vector<std::string> warnings;
    apply_link(s, "#" + std::string(5000, 'a'), warnings);
    CHECK(warnings.size() == 1);
    // The page's own keys pass quietly; the rest of the link still applies.
    warnings.clear();
    apply_link(s, "?embed=1&view=events&story=x", warnings);
    CHECK(warnings.empty());
    CHECK(s.view.current == View::events);
    apply_link(s, "?pack=none&view=network", warnings);  // which pack the page read
    CHECK(warnings.empty());
    CHECK(s.view.current == View::network);
}

TEST_CASE("percent-encoding round-trips any UTF-8 and rejects broken escapes") {
    std::string out;
    const std::string text = "Größe & „Zitat“ 100%";
    CHECK(percent_decode(percent_encode(text), out));
    CHECK(out == text);
    CHECK_FALSE(percent_decode("%", out));
    CHECK_FALSE(percent_decode("%4", out));
    CHECK_FALSE(percent_decode("%G0", out));
    CHECK_FALSE(percent_decode("%FF", out));  // not UTF-8
    CHECK(percent_decode("a+b", out));
    CHECK(out == "a b");
}

TEST_CASE("a story step's link names whom else it is about, and the reader's next selection lets them go") {
    AppState a = loaded();
    std::vector<std::string> warnings;
    apply_link(a, "#view=network&event=anthropic-azure-30b&about=nvidia,no-such-firm", warnings);
    REQUIRE(a.selection.event);
    CHECK(a.selection.about == std::vector<std::string>{"nvidia"});
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0].find("about") != std::string::npos);
    const std::string link = state_to_link(a);
    CHECK(link.find("&about=nvidia") != std::string::npos);
    AppState b = loaded();
    warnings.clear();
    apply_link(b, link, warnings);
    CHECK(warnings.empty());
    CHECK(b.selection.about == a.selection.about);
    // A link without it has none (a link is a whole state), and so has a flow the reader clicks.
    apply_link(b, "#view=network", warnings);
    CHECK(b.selection.about.empty());
    Actions click;
    click.select_flow = flow_key_from_text("microsoft>openai:money");
    apply_actions(a, click);
    CHECK(a.selection.about.empty());
}

TEST_CASE("the shared link leaves out a deal of the user's own, which another reader's page does not have, the page's own link keeps it") {
    AppState a = loaded();
    REQUIRE_FALSE(add_user_article(a, "mistral.txt", "Tech Wire\n\nMistral\n\nJune 3, 2025\n\nMistral AI has raised $300 million in a round led by Sequoia Capital.\n"));
    REQUIRE_FALSE(accept_candidate(a, "mistral", 0, nlohmann::json::object()));
    const std::string mine = a.data.events.events.back().id;
    REQUIRE(select_by_id(a, mine));
    CHECK(selection_is_private(a));
    CHECK(state_to_link(a).find("event=" + mine) != std::string::npos);       // a reload here selects it again
    CHECK(state_to_shared_link(a).find("event=") == std::string::npos);      // others have nothing to select
    REQUIRE(select_by_id(a, "ms-openai-2019-investment"));
    CHECK_FALSE(selection_is_private(a));
    CHECK(state_to_shared_link(a) == state_to_link(a));
}

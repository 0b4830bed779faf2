#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "explorer/app_state.h"
#include "explorer/view_link.h"
#include "core/articles/date_text.h"
#include "core/events/event_format.h"

using namespace ds;

TEST_CASE("state JSON lists the seed articles and carries problems with place and reason") {
    AppState state = load_app_state(DEALSCOPE_ASSETS_DIR);
    state.host.problems.push_back({Severity::warning, "/fonts/ui.otf", "UI font not found"});
    const auto json = to_json(state);
    REQUIRE(json["articles"].size() == 5);
    CHECK(json["articles"][0]["file"] == "000_0fd505e617a80e95.txt");
    CHECK(json["articles"][0]["id"] == "000_0fd505e617a80e95");
    CHECK(json["articles"][0]["title"] == "Microsoft investiert 10 Milliarden US-Dollar in die ChatGPT-Mutter OpenAI");
    CHECK(json["selected_article"].is_null());
    CHECK(select_by_id(state, "003_d321a9e8286ae421"));
    CHECK_FALSE(select_by_id(state, "no-such-article"));
    CHECK(to_json(state)["selected_article"] == "003_d321a9e8286ae421");
    REQUIRE(json["problems"].size() == 1);
    CHECK(json["problems"][0]["severity"] == "warning");
    CHECK(json["problems"][0]["place"] == "/fonts/ui.otf");
    CHECK(json.contains("display"));
    CHECK(json["frames_rendered"] == 0);
}

TEST_CASE("state JSON names each problem's message code next to its English reason") {
    AppState state = load_app_state(DEALSCOPE_ASSETS_DIR);
    state.host.problems.push_back({Severity::warning, "/fonts/ui.otf", MessageCode::ui_font_missing});
    state.host.problems.push_back({Severity::error, "browser storage", std::string("The quota has been exceeded.")});
    const auto problems = to_json(state)["problems"];
    REQUIRE(problems.size() == 2);
    CHECK(problems[0] == nlohmann::json{{"severity", "warning"}, {"place", "/fonts/ui.otf"}, {"code", "ui_font_missing"},
                                        {"reason", "UI font not found; using ImGui's built-in font, which lacks „ “ – €"}});
    CHECK(problems[1]["code"] == "text");
    CHECK(problems[1]["reason"] == "The quota has been exceeded.");
}

TEST_CASE("selecting an event and opening its quote in the article") {
    AppState state = load_app_state(DEALSCOPE_ASSETS_DIR);
    REQUIRE(state.data.events.events.size() >= 40);
    REQUIRE(select_by_id(state, "oracle-openai-10b"));
    CHECK(state.selection.event.has_value());
    const Event& e = state.data.events.events[*state.selection.event];
    Actions open;
    open.open_citation = std::pair{e.sources[0].article, e.sources[0].range};
    apply_actions(state, open);
    CHECK(state.view.current == View::articles);
    REQUIRE(state.selection.article.has_value());
    CHECK(state.data.corpus.articles[*state.selection.article].id == "002_c2d40a6ec8a499e2");
    REQUIRE(state.selection.cited.has_value());
    CHECK(state.data.corpus.articles[*state.selection.article].view(*state.selection.cited) == e.sources[0].quote);
    CHECK(state.selection.scroll_to_cited);
    const auto json = to_json(state);
    CHECK(json["cited"]["article"] == "002_c2d40a6ec8a499e2");
    CHECK(json["selected_event"] == "oracle-openai-10b");
    Actions scrolled;
    scrolled.scrolled_to_cited = true;
    apply_actions(state, scrolled);
    CHECK_FALSE(state.selection.scroll_to_cited);
}

TEST_CASE("picking a firm while an event is open shows the firm, not the event") {
    AppState state = load_app_state(DEALSCOPE_ASSETS_DIR);
    REQUIRE(select_by_id(state, "oracle-openai-10b"));
    Actions pick;
    pick.select_entity = std::string("microsoft");
    apply_actions(state, pick);
    CHECK(state.selection.entity == "microsoft");
    CHECK_FALSE(state.selection.event.has_value());
    // A link that names both keeps both.
    REQUIRE(select_by_id(state, "oracle-openai-10b"));
    const std::size_t event = *state.selection.event;
    Actions both;
    both.select_event = event;
    both.select_entity = std::string("openai");
    apply_actions(state, both);
    CHECK(state.selection.entity == "openai");
    CHECK(state.selection.event == event);
}

TEST_CASE("a chosen firm stays chosen while a flow or event of its own is opened, and gives way to another firm's") {
    AppState state = load_app_state(DEALSCOPE_ASSETS_DIR);
    Actions pick;
    pick.select_entity = std::string("microsoft");
    apply_actions(state, pick);
    Actions own;
    own.select_flow = FlowKey{"microsoft", "openai", FlowKind::money};
    apply_actions(state, own);
    CHECK(state.selection.entity == "microsoft");
    Actions other;
    other.select_flow = FlowKey{"oracle", "openai", FlowKind::compute};
    apply_actions(state, other);
    CHECK(state.selection.entity.empty());  // it stayed highlighted, and the timeline faded around it
    Actions nvidia;  // (Microsoft approved the Oracle deal: it takes part in it)
    nvidia.select_entity = std::string("nvidia");
    apply_actions(state, nvidia);
    REQUIRE(select_by_id(state, "oracle-openai-10b"));
    Actions event;
    event.select_event = *state.selection.event;
    state.selection.event.reset();
    apply_actions(state, event);
    CHECK(state.selection.entity.empty());
}

TEST_CASE("a source opened from a view remembers that view, for the way back to the deal") {
    AppState state = load_app_state(DEALSCOPE_ASSETS_DIR);
    state.view.current = View::network;
    REQUIRE(select_by_id(state, "oracle-openai-10b"));
    const Event& e = state.data.events.events[*state.selection.event];
    Actions open;
    open.open_citation = std::pair{e.sources[0].article, e.sources[0].range};
    apply_actions(state, open);
    CHECK(state.view.current == View::articles);
    CHECK(state.view.back_to == View::network);
    // Back: the article closes, the view it came from shows, the deal stays selected.
    Actions back;
    back.close_article = true;
    back.show_view = View::network;
    apply_actions(state, back);
    CHECK(state.view.current == View::network);
    CHECK_FALSE(state.view.back_to.has_value());
    CHECK_FALSE(state.selection.article.has_value());
    CHECK(state.selection.event.has_value());
}

TEST_CASE("search: Enter opens the first result even as the query is cleared") {
    AppState state = load_app_state(DEALSCOPE_ASSETS_DIR);
    Actions type;
    type.set_query = "oracle";
    apply_actions(state, type);
    REQUIRE_FALSE(state.derived.hits.empty());
    Actions enter;
    enter.open_hit = 0;
    enter.set_query = std::string();
    apply_actions(state, enter);
    CHECK(state.selection.entity == "oracle");
    CHECK(state.view.query.empty());
    CHECK(state.derived.hits.empty());
}

TEST_CASE("filters from JSON: known keys applied, the rest reported and ignored") {
    std::vector<std::string> problems;
    const Filters f = filters_from_json(nlohmann::json::parse(R"({"types": ["compute_deal", "bogus"], "statuses": ["announced"],
        "entity": "oracle", "from": "2024", "to": "2025-Q2", "colour": "red"})"), problems);
    CHECK(f.types == std::set<std::string>{"compute_deal"});
    CHECK(f.statuses == std::set<std::string>{"announced"});
    CHECK(f.entity == "oracle");
    CHECK(*f.from_day == days_from_civil(2024, 1, 1));
    CHECK(*f.to_day == days_from_civil(2025, 6, 30));
    CHECK(problems.size() == 2);
    problems.clear();
    (void)filters_from_json(nlohmann::json::parse(R"({"from": "<img src=x>", "types": "all"})"), problems);
    CHECK(problems.size() == 2);
    problems.clear();
    (void)filters_from_json(nlohmann::json::array(), problems);
    CHECK(problems.size() == 1);
}

TEST_CASE("arrows step through the filtered events in time order, Esc clears the selection") {
    AppState state = load_app_state(DEALSCOPE_ASSETS_DIR);
    Actions next;
    next.step_event = 1;
    apply_actions(state, next);
    REQUIRE(state.selection.event);
    CHECK(*state.selection.event == state.derived.time_ordered.front());
    CHECK(state.selection.cited.has_value());  // the reader follows the selection
    apply_actions(state, next);
    CHECK(*state.selection.event == state.derived.time_ordered[1]);
    Actions back;
    back.step_event = -1;
    apply_actions(state, back);
    apply_actions(state, back);
    CHECK(*state.selection.event == state.derived.time_ordered.front());  // stays at the first
    Actions esc;
    esc.clear_selection = true;
    apply_actions(state, esc);
    CHECK_FALSE(state.selection.event);
}

TEST_CASE("clicking an amount in the reader selects the event that quotes it") {
    AppState state = load_app_state(DEALSCOPE_ASSETS_DIR);
    REQUIRE(select_by_id(state, "001_db88fdc0d8c3c3ba"));
    const Article& article = state.data.corpus.articles[*state.selection.article];
    // The first money mention of the article that some event quotes.
    std::optional<std::size_t> offset;
    for (const Mention& m : state.data.mentions[*state.selection.article]) {
        if (m.kind != MentionKind::money) continue;
        for (const Event& e : state.data.events.events) {
            for (const Citation& c : e.sources) {
                if (c.article == article.id && c.range.begin <= m.range.begin && m.range.end <= c.range.end) offset = m.range.begin;
            }
        }
        if (offset) break;
    }
    REQUIRE(offset);
    Actions click;
    click.select_event_at = *offset;
    apply_actions(state, click);
    REQUIRE(state.selection.event);
    REQUIRE(state.selection.cited);
    CHECK(state.selection.cited->begin <= *offset);
    CHECK(*offset < state.selection.cited->end);
    CHECK(state.data.corpus.articles[*state.selection.article].id == article.id);
}

TEST_CASE("derived data: the date span, fit-all, per-entity counts follow the filters") {
    AppState state = load_app_state(DEALSCOPE_ASSETS_DIR);
    REQUIRE(state.derived.first_day);
    CHECK(*state.derived.first_day == days_from_civil(2015, 1, 1));  // "2015" is the earliest date
    const TimeScale fit = fit_all_events(state);
    CHECK(fit.start < static_cast<double>(*state.derived.first_day));
    CHECK(fit.end > static_cast<double>(*state.derived.last_day));
    const int all = state.derived.event_counts.at("oracle");
    REQUIRE(state.derived.event_counts.count("sam-altman"));
    Actions only_compute;
    only_compute.set_filters = Filters{{"compute_deal"}, {}, "", std::nullopt, std::nullopt};
    apply_actions(state, only_compute);
    CHECK(state.derived.event_counts.at("oracle") <= all);
    CHECK_FALSE(state.derived.event_counts.count("sam-altman"));  // no compute deals name him
    // Totals follow the filters as the counts do: the compute shown, none of the money left out.
    CHECK(state.derived.totals.at("microsoft").invested.value == 0);
    CHECK(state.derived.totals.at("microsoft").compute_sold.value == doctest::Approx(30e9));
}

TEST_CASE("a quote is cited with publisher, title and date, an unknown article by its id") {
    const AppState state = load_app_state(DEALSCOPE_ASSETS_DIR);
    const Event* e = nullptr;
    for (const Event& ev : state.data.events.events) {
        if (!ev.sources.empty() && ev.sources[0].article == "000_0fd505e617a80e95") e = &ev;
    }
    REQUIRE(e);
    const Article& article = state.data.corpus.articles[0];
    const std::string cited = citation_text(e->sources[0], &article);
    CHECK(cited.starts_with("„" + e->sources[0].quote + "“ — BASIC thinking: \"Microsoft investiert 10 Milliarden"));
    CHECK(cited.ends_with("\", " + article.date.value));
    CHECK(citation_text(e->sources[0], nullptr) == "„" + e->sources[0].quote + "“ (000_0fd505e617a80e95)");
}

TEST_CASE("a loaded state moved into place keeps its derived data: the first link does not lay everything out again") {
    AppState loaded = load_app_state(DEALSCOPE_ASSETS_DIR);
    const auto generation = loaded.derived.generation;
    AppState moved = std::move(loaded);  // as the session takes what load_app_state made
    std::vector<std::string> warnings;
    apply_link(moved, "view=timeline", warnings);
    CHECK(warnings.empty());
    CHECK(moved.derived.generation == generation);
    // A change of what it depends on still works it out again.
    apply_link(moved, "view=timeline&types=investment", warnings);
    CHECK(moved.derived.generation != generation);
}

TEST_CASE("a search index left for after the first frame is built when a search needs it, and finds what one built at once finds") {
    AppState later = load_app_state(DEALSCOPE_ASSETS_DIR, {}, {}, true);
    CHECK(later.derived.search_index_pending);
    CHECK(later.derived.search_index.articles.empty());
    AppState now = load_app_state(DEALSCOPE_ASSETS_DIR);
    CHECK_FALSE(now.derived.search_index_pending);
    Actions a;
    a.set_query = std::string("OpenAI Milliarden");
    apply_actions(later, a);
    apply_actions(now, a);
    CHECK_FALSE(later.derived.search_index_pending);
    REQUIRE(now.derived.hits.size() > 3);
    REQUIRE(later.derived.hits.size() == now.derived.hits.size());
    for (std::size_t i = 0; i < now.derived.hits.size(); ++i) {
        CHECK(later.derived.hits[i].kind == now.derived.hits[i].kind);
        CHECK(later.derived.hits[i].index == now.derived.hits[i].index);
    }
}

TEST_CASE("the network's Play starts at the first deal that draws a line, not at the first event") {
    AppState state = load_app_state(DEALSCOPE_ASSETS_DIR);
    refresh_derived(state);
    // The seeds open with OpenAI's founding in 2015; their first deal is of 2019.
    REQUIRE(state.derived.first_day);
    REQUIRE(state.derived.first_flow_day);
    CHECK(*state.derived.first_day == days_from_civil(2015, 1, 1));
    CHECK(*state.derived.first_flow_day == days_from_civil(2019, 1, 1));
    // As of that day the network draws a line.
    state.view.network_as_of = state.derived.first_flow_day;
    refresh_derived(state);
    CHECK_FALSE(state.derived.flows.empty());
}

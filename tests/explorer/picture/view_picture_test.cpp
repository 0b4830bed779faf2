// Pictures of the views, parsed as XML the way a browser reads them: every node name, lane name,
// tick and amount label the view's scene places is there as text, with the title, key and sources,
// at desktop and phone sizes, in English and German.
#include <doctest/doctest.h>

#include <algorithm>
#include <set>

#include "explorer/app_state.h"
#include "explorer/derived.h"
#include "explorer/flow_rows.h"
#include "explorer/layout/network_scene.h"
#include "explorer/layout/timeline_scene.h"
#include "explorer/picture/svg_document.h"
#include "explorer/picture/view_picture.h"
#include "explorer/user_data.h"
#include "support/xml_reader.h"

using namespace ds;

namespace {

struct Parsed {
    std::unique_ptr<test::XmlElement> root;
    std::multiset<std::string> texts;
};

Parsed parse(const std::string& svg) {
    Parsed p;
    p.root = test::XmlReader(svg).read_document();
    std::vector<const test::XmlElement*> texts;
    p.root->collect("text", texts);
    for (const auto* t : texts) p.texts.insert(t->text);
    return p;
}

bool has_text(const Parsed& p, const std::string& text) { return p.texts.count(text) > 0; }

// In any text, or across lines a long text was wrapped into.
bool contains_text(const Parsed& p, std::string_view part) {
    std::vector<const test::XmlElement*> texts;
    p.root->collect("text", texts);
    std::string all;
    for (const auto* t : texts) all += t->text + " ";
    return all.find(part) != std::string::npos;
}

constexpr PictureSize kSizes[] = {{1200, 760}, {390, 700}};

}  // namespace

TEST_CASE("the network picture names every node and amount its scene places, at desktop and phone sizes") {
    AppState state = load_app_state(DEALSCOPE_ASSETS_DIR);
    refresh_derived(state);
    for (const PictureSize size : kSizes) {
        CAPTURE(size.width);
        const auto svg = view_svg(state, View::network, size);
        REQUIRE(svg);
        const Parsed p = parse(*svg);
        CHECK(p.root->name == "svg");
        const auto chart = picture_chart(state, View::network, size);
        REQUIRE(chart);
        CHECK(p.root->attributes.at("width") == std::to_string(static_cast<int>(chart->picture_width)));
        NetworkFrame frame;
        frame.width = chart->width;
        frame.height = chart->height;
        frame.line_height = kPictureTextSize;
        frame.measure = [](std::string_view t) { return svg_text_width(t, kPictureTextSize); };
        const NetworkScene scene = build_network_scene(state, frame);
        REQUIRE(scene.names.size() >= 10);
        for (const NetworkText& name : scene.names) CHECK_MESSAGE(has_text(p, name.text), name.text);
        for (const NetworkText& amount : scene.amounts) CHECK_MESSAGE(has_text(p, amount.text), amount.text);
        std::vector<const test::XmlElement*> circles, rects, polygons;
        p.root->collect("circle", circles);
        p.root->collect("rect", rects);
        p.root->collect("polygon", polygons);
        CHECK(circles.size() + rects.size() + polygons.size() >= scene.nodes.size());
        CHECK(has_text(p, "money"));
        CHECK(contains_text(p, "Sources: "));
        CHECK(contains_text(p, "BASIC thinking"));
    }
}

TEST_CASE("the timeline picture holds every lane, with its ticks and amount labels, in German too") {
    AppState state = load_app_state(DEALSCOPE_ASSETS_DIR);
    state.view.language = Language::de;
    refresh_derived(state);
    for (const PictureSize size : kSizes) {
        CAPTURE(size.width);
        const Parsed p = parse(*view_svg(state, View::timeline, size));
        const auto chart = picture_chart(state, View::timeline, size);
        TimelineFrame frame;
        frame.width = chart->width;
        frame.height = chart->height;
        frame.visible_bottom = chart->height;
        frame.line_height = kPictureTextSize;
        frame.measure = [](std::string_view t) { return svg_text_width(t, kPictureTextSize); };
        const TimelineScene scene = build_timeline_scene(state, frame);
        CHECK(scene.lanes.size() == state.derived.timeline.lanes.size());  // the picture grew to hold them all
        for (const TimelineLaneRow& lane : scene.lanes) CHECK_MESSAGE(has_text(p, lane.name), lane.name);
        for (const TimelineLabel& label : scene.amounts) CHECK_MESSAGE(has_text(p, label.text), label.text);
        for (const TimelineTickLine& tick : scene.ticks)
            if (!tick.label.empty()) CHECK_MESSAGE(has_text(p, tick.label), tick.label);
        CHECK(has_text(p, "Geld"));  // the key, in German
        CHECK(contains_text(p, "Quellen: "));
        CHECK(contains_text(p, "Ereignisse"));
    }
}

TEST_CASE("a running total is a hollow square and a valuation a hollow diamond in the timeline picture, each keyed, and only while one is shown") {
    AppState state = load_app_state(DEALSCOPE_ASSETS_DIR);
    refresh_derived(state);
    REQUIRE(state.derived.any_running_total);  // the seed's "13.75 billion so far"
    REQUIRE(state.derived.any_valuation);      // Anthropic's $61.5bn and $183bn
    const Parsed timeline = parse(*view_svg(state, View::timeline));
    CHECK(has_text(timeline, "total so far, not a deal"));
    CHECK(has_text(timeline, "valuation, no money paid"));
    // Outlines, in the chart as in the key: a square rect with a stroke; a four-cornered polygon with one.
    const auto stroked = [](const test::XmlElement* e) {
        const auto stroke = e->attributes.find("stroke");
        return stroke != e->attributes.end() && stroke->second != "none";
    };
    std::vector<const test::XmlElement*> rects, polygons;
    timeline.root->collect("rect", rects);
    timeline.root->collect("polygon", polygons);
    CHECK(std::count_if(rects.begin(), rects.end(), [&](const test::XmlElement* r) {
              return stroked(r) && r->attributes.at("width") == r->attributes.at("height");
          }) >= 2);
    CHECK(std::count_if(polygons.begin(), polygons.end(), [&](const test::XmlElement* p) {
              const auto points = p->attributes.find("points");
              return stroked(p) && points != p->attributes.end() && std::count(points->second.begin(), points->second.end(), ',') == 4;
          }) >= 3);  // the key's, and the two valuations
    Filters compute;
    compute.types = {"compute_deal"};
    state.view.filters = compute;
    refresh_derived(state);
    CHECK_FALSE(state.derived.any_running_total);
    CHECK_FALSE(state.derived.any_valuation);
    const Parsed only_compute = parse(*view_svg(state, View::timeline));
    CHECK_FALSE(has_text(only_compute, "total so far, not a deal"));
    CHECK_FALSE(has_text(only_compute, "valuation, no money paid"));
}

TEST_CASE("the flows picture lists the largest flows with their totals, and says how many more") {
    AppState state = load_app_state(DEALSCOPE_ASSETS_DIR);
    refresh_derived(state);
    const auto rows = flow_rows(state.derived.flow_table, state.data.gazetteer, Language::en);
    REQUIRE(rows.size() > 5);
    for (const PictureSize size : kSizes) {
        CAPTURE(size.width);
        const Parsed p = parse(*view_svg(state, View::flows, size));
        CHECK(contains_text(p, rows[0].from));
        CHECK(contains_text(p, rows[0].total));
        CHECK(contains_text(p, rows[1].to));
    }
    CHECK(contains_text(parse(*view_svg(state, View::flows, {390, 700})), "smaller flows"));
}

TEST_CASE("a picture follows the filters, keys events from a table, escapes names, and only three views have one") {
    AppState state = load_app_state(DEALSCOPE_ASSETS_DIR);
    const std::string range = "date\ttype\tfrom\tto\tamount\n2024-06\tcompute deal\tH<C> & Co\tOpenAI\t$2.5bn\n";
    REQUIRE(add_user_file(state, "pasted-text.txt", range).events == 1);
    refresh_derived(state);
    const Parsed timeline = parse(*view_svg(state, View::timeline));
    CHECK(has_text(timeline, "from a table, no quote"));
    CHECK(has_text(timeline, "H<C> & Co"));  // a lane name, escaped in the file and read back whole
    CHECK(contains_text(timeline, "own data (table)"));
    Filters compute;
    compute.types = {"compute_deal"};
    state.view.filters = compute;
    refresh_derived(state);
    const Parsed network = parse(*view_svg(state, View::network));
    CHECK(contains_text(network, "(compute only)"));  // the picture says which kinds it shows
    CHECK_FALSE(has_text(network, "MGX"));  // an investor only: no compute flow
    CHECK_FALSE(view_svg(state, View::articles).has_value());
    CHECK_FALSE(view_svg(state, View::events).has_value());
    CHECK(picture_file_name(View::network, "png") == "dealscope-network.png");
}

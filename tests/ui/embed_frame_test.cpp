// An embed as a news graphic, in real UI frames: title, dek, a key of what the chart holds and a
// source line that leaves the page's link its corner; no settings; a story's note on the chart
// instead of a sheet under it.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "explorer/graphic_text.h"
#include "explorer/view_link.h"
#include "support/ui_frames.h"
#include "ui/embed_frame.h"

using namespace ds;
using namespace ds::test;

namespace {
// The seed data opened by a link, as the page makes one of its query and fragment ("embed=1&…&view=…");
// two frames (the first lays out).
AppState opened(ImGuiScope& scope, const std::string& link, float width, float height) {
    AppState state = loaded_with_font();
    std::vector<std::string> warnings;
    apply_link(state, link, warnings);
    CHECK(warnings.empty());
    refresh_derived(state);
    run_frame(state, scope.window, width, height);
    run_frame(state, scope.window, width, height);
    return state;
}
}  // namespace

TEST_CASE("an embed draws a title, a dek, a key of what it shows and a source line clear of the link corner") {
    for (const auto& size : {std::pair{700.0f, 420.0f}, std::pair{320.0f, 240.0f}}) {
        const float width = size.first, height = size.second;  // not a structured binding: clang 14's CAPTURE cannot take one
        CAPTURE(width);
        ImGuiScope scope;
        AppState state = opened(scope, "embed=1&view=timeline&types=compute_deal", width, height);
        REQUIRE(state.report.drawn.graphic.has_value());
        const DrawnGraphic& g = *state.report.drawn.graphic;
        CHECK(g.title.find("AI") != std::string::npos);
        // The filter leaves one family: the key names only it, the ring of Oracle's disputed deals, and the pale
        // disc of a deal's side that provided the compute (not in a frame too short to give it a line).
        if (height >= 300) CHECK(g.key == std::vector<std::string>{"compute", "sources disagree", "pale: the same deal, in the giver's row"});
        else CHECK(g.key == std::vector<std::string>{"compute", "sources disagree"});
        CHECK(g.sources.rfind("Sources: ", 0) == 0);
        const float bar = width < ui::kEmbedNarrow ? ui::kEmbedBarNarrowWidth : ui::kEmbedBarWidth;
        CHECK(g.sources_right <= width - bar);
        CHECK(g.chart_height > height * 0.3f);
        if (height >= 300) CHECK(g.dek.find("(compute only)") != std::string::npos);  // a graphic names the kinds it keeps
        CHECK(state.report.drawn.timeline_marks > 3);
    }
}

TEST_CASE("a blogger's title and dek from the link are shown as written, and the full explorer has no graphic frame") {
    ImGuiScope scope;
    AppState state = opened(scope, "embed=1&view=network&title=Money%20goes%20round&dek=%3Cb%3Eno%20markup%3C%2Fb%3E", 700, 420);
    REQUIRE(state.report.drawn.graphic.has_value());
    CHECK(state.report.drawn.graphic->title == "Money goes round");
    CHECK(state.report.drawn.graphic->dek == "<b>no markup</b>");  // text, never markup
    CHECK(state.report.drawn.graphic->key.size() == 3);
    const AppState explorer = opened(scope, "view=network", 1280, 800);
    CHECK_FALSE(explorer.report.drawn.graphic.has_value());
}

TEST_CASE("a story step's selection is a note on the chart, which keeps its size, and outside a story it opens a sheet") {
    ImGuiScope scope;
    AppState story = opened(scope, "embed=1&story=stories/circular-money.json&view=network", 700, 420);
    const float before = story.report.drawn.graphic->chart_height;
    std::vector<std::string> warnings;
    apply_link(story, "view=network&event=ms-azure-hosts-openai-2019", warnings);  // the step, as the page applies it
    refresh_derived(story);
    run_frame(story, scope.window, 700, 420);
    run_frame(story, scope.window, 700, 420);
    const DrawnGraphic& g = *story.report.drawn.graphic;
    CHECK(g.chart_height == doctest::Approx(before));
    REQUIRE(g.note.size() == 2);
    CHECK(g.note[0] == "Microsoft \xE2\x86\x92 OpenAI");
    CHECK(g.note[1].find("2019") != std::string::npos);
    CHECK(story.report.drawn.network_highlighted == std::vector<std::string>{"microsoft>openai"});

    // Outside a story the selection opens a sheet: beside the chart on a wide embed, which keeps its height,
    // and under it on a narrow one, which gives the sheet its part.
    AppState plain = opened(scope, "embed=1&view=network&event=ms-azure-hosts-openai-2019", 700, 420);
    CHECK(plain.report.drawn.graphic->chart_height == doctest::Approx(before));
    CHECK(plain.report.drawn.graphic->note.empty());
    const auto sheet = std::find_if(plain.report.drawn.targets.begin(), plain.report.drawn.targets.end(),
                                    [](const DrawnTarget& t) { return t.name == "sheet:handle"; });
    REQUIRE(sheet != plain.report.drawn.targets.end());
    CHECK(sheet->x > 700 / 2);
    AppState narrow_story = opened(scope, "embed=1&story=stories/circular-money.json&view=network", 390, 700);
    const float narrow_before = narrow_story.report.drawn.graphic->chart_height;
    AppState narrow = opened(scope, "embed=1&view=network&event=ms-azure-hosts-openai-2019", 390, 700);
    CHECK(narrow.report.drawn.graphic->chart_height < narrow_before * 0.8f);
}

TEST_CASE("the explorer's side panel shows the overview while nothing is selected, and a question opens its answer") {
    ImGuiScope scope;
    AppState state = opened(scope, "view=timeline", 1280, 800);
    CHECK(state.report.drawn.detail == "overview");
    bool found = false;
    for (const DrawnTarget& t : state.report.drawn.targets) {
        if (t.name != "overview:question:0") continue;
        found = true;
        // A click where the question was drawn: press in one frame, release in the next.
        ImGuiIO& io = ImGui::GetIO();
        io.MousePos = ImVec2(t.x + 10, t.y + t.height / 2);
        run_frame(state, scope.window, 1280, 800);
        io.MouseDown[0] = true;
        run_frame(state, scope.window, 1280, 800);
        io.MouseDown[0] = false;
        run_frame(state, scope.window, 1280, 800);
    }
    REQUIRE(found);
    CHECK(state.view.current == View::flows);
    REQUIRE(state.selection.flow.has_value());
    run_frame(state, scope.window, 1280, 800);
    CHECK(state.report.drawn.detail == "microsoft>openai:money");
}

TEST_CASE("on a phone the header is three short lines: the page's question, what the data shows, then search and a menu") {
    ImGuiScope scope;
    AppState state = opened(scope, "view=timeline", 390, 844);
    float menu_y = -1, tab_y = -1;
    for (const DrawnTarget& t : state.report.drawn.targets) {
        if (t.name == "menu") menu_y = t.y;
        if (t.name == "tab:timeline") tab_y = t.y;
    }
    REQUIRE(menu_y >= 0);
    CHECK(menu_y > 40);   // below the question and the summary
    CHECK(menu_y < 80);   // on the third line
    CHECK(tab_y < 120);   // the tabs come right after it
    CHECK_FALSE(state.report.drawn.graphic.has_value());
}

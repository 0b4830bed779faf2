// Runs real UI frames without a GPU: an ImGui context, a display size and a CPU-built font atlas.
#include <doctest/doctest.h>
#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>
#include <vector>

#include "core/articles/date_text.h"
#include "explorer/app_state.h"
#include "explorer/graphic_text.h"
#include "explorer/user_data.h"
#include "ui/app_window.h"
#include "ui/fonts.h"
#include "ui/ui_context.h"
#include "ui/wrapped_rows.h"
#include "support/ui_frames.h"

using namespace ds;
using namespace ds::test;


TEST_CASE("the UI font has the glyphs German text needs") {
    ImGuiScope scope;
    std::vector<Problem> problems;
    const FontInfo font = ui::load_ui_font({DEALSCOPE_UI_FONT_FILE}, 2.0f, problems);
    CHECK(problems.empty());
    CHECK_FALSE(font.fallback);
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    ImGui::GetIO().Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
    const ImFont* f = ImGui::GetIO().Fonts->Fonts[0];
    CHECK(f->FontSize == doctest::Approx(ui::kUiFontSizePx * 2.0f));
    for (ImWchar c : {u'ä', u'ö', u'ü', u'ß', u'„', u'“', u'‚', u'‘', u'–', u'—', u'€', u'…', u'\u2009', u'≈', u'≤', u'≥'}) {
        CAPTURE(static_cast<int>(c));
        CHECK(f->FindGlyphNoFallback(c) != nullptr);
    }
}

// Every character the UI's words are written with, in both languages: the strings of the views, the
// notices, problems and event wording, read from their sources (string literals only, not comments).
std::set<char32_t> characters_the_ui_writes() {
    std::set<char32_t> out;
    std::vector<std::filesystem::path> files;
    const std::filesystem::path src = DEALSCOPE_SOURCE_DIR;
    for (const char* dir : {"ui", "explorer"})
        for (const auto& f : std::filesystem::directory_iterator(src / dir)) files.push_back(f.path());
    for (const char* f : {"core/events/event_format.cpp", "core/text/problem.cpp", "core/articles/date_text.cpp"}) files.push_back(src / f);
    for (const auto& path : files) {
        std::ifstream in(path);
        std::string line;
        while (std::getline(in, line)) {
            bool quoted = false;
            for (std::size_t i = 0; i < line.size(); ++i) {
                const char c = line[i];
                if (!quoted && c == '/' && i + 1 < line.size() && line[i + 1] == '/') break;  // a comment
                if (c == '"' && (i == 0 || line[i - 1] != '\\') && (i == 0 || line[i - 1] != '\'')) quoted = !quoted;
                if (!quoted || (static_cast<unsigned char>(c) & 0xC0) != 0xC0) continue;
                // A UTF-8 sequence's lead byte: decode it.
                const auto b = static_cast<unsigned char>(c);
                const int more = b >= 0xF0 ? 3 : b >= 0xE0 ? 2 : 1;
                char32_t cp = b & (0x3F >> more);
                for (int k = 1; k <= more && i + k < line.size(); ++k) cp = (cp << 6) | (static_cast<unsigned char>(line[i + k]) & 0x3F);
                out.insert(cp);
                i += more;
            }
        }
    }
    return out;
}

TEST_CASE("every character the UI writes in either language has a glyph in the UI font") {
    ImGuiScope scope;
    std::vector<Problem> problems;
    ui::load_ui_font({DEALSCOPE_UI_FONT_FILE}, 1.0f, problems);
    REQUIRE(problems.empty());
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    ImGui::GetIO().Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
    const ImFont* f = ImGui::GetIO().Fonts->Fonts[0];
    const auto written = characters_the_ui_writes();
    CHECK(written.count(U'ä') == 1);  // the scan reads the German words
    CHECK(written.count(U'✓') == 1);
    for (const char32_t c : written) {
        CAPTURE(static_cast<unsigned>(c));
        CHECK(f->FindGlyphNoFallback(static_cast<ImWchar>(c)) != nullptr);
    }
}

TEST_CASE("a missing font falls back to the built-in one with a warning") {
    ImGuiScope scope;
    std::vector<Problem> problems;
    const FontInfo font = ui::load_ui_font({"/nonexistent/font.otf"}, 1.0f, problems);
    CHECK(font.fallback);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].severity == Severity::warning);
    CHECK(problems[0].place == "/nonexistent/font.otf");
}

TEST_CASE("the article list builds at desktop and phone sizes") {
    ImGuiScope scope;
    AppState state = loaded_with_font();
    const int desktop = run_frame(state, scope.window, 1280, 800);
    const int phone = run_frame(state, scope.window, 390, 844);
    CHECK(desktop > 1000);  // five rows of text, header and borders
    CHECK(phone > 1000);
    // The reader, side by side with the list and alone on a phone.
    REQUIRE(select_by_id(state, "002_c2d40a6ec8a499e2"));
    CHECK(run_frame(state, scope.window, 1280, 800) > desktop);
    CHECK(run_frame(state, scope.window, 390, 844) > 1000);
    // The events view with a selected event, on both sizes; then the reader scrolled to a quote.
    REQUIRE(select_by_id(state, "anthropic-azure-30b"));
    CHECK(run_frame(state, scope.window, 1280, 800) > 1000);
    CHECK(run_frame(state, scope.window, 390, 844) > 1000);
    const Event& e = state.data.events.events[*state.selection.event];
    Actions open;
    open.open_citation = std::pair{e.sources[0].article, e.sources[0].range};
    apply_actions(state, open);
    CHECK(state.selection.scroll_to_cited);
    run_frame(state, scope.window, 1280, 800);  // the tab bar follows the state
    run_frame(state, scope.window, 1280, 800);  // the reader scrolls to the quote and reports it
    CHECK_FALSE(state.selection.scroll_to_cited);
    // A broken corpus still draws (the error lines instead of rows).
    state.data.corpus = load_corpus("/nonexistent");
    state.data.mentions.clear();
    state.data.events = {};
    state.selection.event.reset();
    state.selection.cited.reset();
    state.selection.article.reset();
    refresh_derived(state);
    CHECK(run_frame(state, scope.window, 1280, 800) > 100);
}

TEST_CASE("every view draws at desktop and phone sizes and agrees on the selected event") {
    ImGuiScope scope;
    AppState state = loaded_with_font();
    REQUIRE(select_by_id(state, "ms-openai-2019-investment"));
    for (const View view : kViews) {
        CAPTURE(view_name(view));
        state.view.current = view;
        run_frame(state, scope.window, 1280, 800);  // the tab bar follows the state
        CHECK(run_frame(state, scope.window, 1280, 800) > 500);
        CHECK(state.report.drawn.detail == "ms-openai-2019-investment");
        if (view == View::timeline) {
            REQUIRE(state.report.drawn.timeline_selected_x.has_value());
            CHECK(*state.report.drawn.timeline_selected_x > 0);
            CHECK(state.report.drawn.timeline_marks > 10);
        }
        if (view == View::network) {
            CHECK(state.report.drawn.network_nodes > 5);
            CHECK(state.report.drawn.network_highlighted == std::vector<std::string>{"microsoft>openai"});
        }
        CHECK(run_frame(state, scope.window, 390, 844) > 300);
    }
    // The reader shows the event's quote.
    REQUIRE(state.selection.cited.has_value());
    CHECK(state.data.corpus.articles[*state.selection.article].view(*state.selection.cited) == state.data.events.events[*state.selection.event].sources[0].quote);
}

TEST_CASE("the Flows view cuts no name inside a word, in German at desktop widths (its names are never narrower than their longest word)") {
    ImGuiScope scope;
    AppState state = loaded_with_font();
    state.view.language = Language::de;
    state.view.current = View::flows;
    for (const int width : {1280, 1100}) {
        CAPTURE(width);
        run_frame(state, scope.window, width, 800);  // the columns take the widths measured in the frame before
        run_frame(state, scope.window, width, 800);
        CHECK(state.report.drawn.flows_clipped_labels == 0);
        CHECK(state.report.drawn.flows_label_overlaps == 0);
    }
}

TEST_CASE("the masthead's question is whole where it fits and its first half where it does not, never cut at the edge") {
    ImGuiScope scope;
    AppState state = loaded_with_font();
    state.view.language = Language::de;
    run_frame(state, scope.window, 1280, 420);
    CHECK(state.report.drawn.headline == page_headline(Language::de));
    run_frame(state, scope.window, 700, 420);
    CHECK(state.report.drawn.headline == page_headline_short(Language::de));
}

TEST_CASE("the network's note on labels left out stands below every node and name, on a phone too") {
    ImGuiScope scope;
    AppState state = loaded_with_font();
    state.view.current = View::network;
    // (At 390 x 844 every name and amount of the seed fits now: phones a little shorter.)
    for (const auto& size : {std::pair{320.0f, 480.0f}, std::pair{360.0f, 600.0f}, std::pair{390.0f, 700.0f}}) {
        const float width = size.first, height = size.second;  // (not a structured binding: clang 14 cannot capture one)
        CAPTURE(width);
        run_frame(state, scope.window, width, height);
        run_frame(state, scope.window, width, height);
        const Drawn& drawn = state.report.drawn;
        REQUIRE(drawn.network_labels_left_out > 0);  // the seed's names do not all fit: the note is drawn
        REQUIRE(drawn.network_note_top.has_value());
        CHECK(drawn.network_lowest_ink > 100);
        CHECK(drawn.network_lowest_ink <= *drawn.network_note_top);
    }
}

TEST_CASE("an event from the user's table, quoting no article, draws in every view at desktop and phone sizes") {
    ImGuiScope scope;
    AppState state = loaded_with_font();
    const std::string range = "date\ttype\tfrom\tto\tamount\n2024-06\tcompute deal\tHelios Compute\tOpenAI\t$2.5bn\n";
    CHECK(add_user_file(state, "pasted-text.txt", range).events == 1);
    REQUIRE(select_by_id(state, "table-pasted-table-2"));
    CHECK_FALSE(state.selection.cited.has_value());  // no quote for the reader to follow
    for (const View view : kViews) {
        CAPTURE(view_name(view));
        state.view.current = view;
        run_frame(state, scope.window, 1280, 800);
        CHECK(run_frame(state, scope.window, 1280, 800) > 500);
        CHECK(state.report.drawn.detail == "table-pasted-table-2");
        CHECK(run_frame(state, scope.window, 390, 844) > 300);
    }
}

namespace {
// Clicks at (x, y) as a user would: pressed in one frame, released in the next.
void click(AppState& state, ui::AppWindow& window, float x, float y, float width = 1280, float height = 800) {
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = ImVec2(x, y);
    io.MouseDown[0] = true;
    run_frame(state, window, width, height);
    io.MouseDown[0] = false;
    run_frame(state, window, width, height);
    run_frame(state, window, width, height);  // a popup opened by the click is drawn from here on
}
// The target of that name the last frame drew, if it drew one.
std::optional<DrawnTarget> drawn_target(const AppState& state, const std::string& name) {
    for (const DrawnTarget& t : state.report.drawn.targets)
        if (t.name == name) return t;
    return std::nullopt;
}
bool dialog_open(const char* id) {
    const ImGuiWindow* w = ImGui::FindWindowByName(id);
    return w != nullptr && w->Active;
}
}  // namespace

TEST_CASE("the paste dialog opens from its button in English and German") {
    // The dialog's title is translated ("Artikel einfügen###paste"): opening it by another ID did nothing.
    for (const Language language : {Language::en, Language::de}) {
        CAPTURE(static_cast<int>(language));
        ImGuiScope scope;
        AppState state = loaded_with_font();
        state.view.current = View::articles;
        state.view.language = language;
        run_frame(state, scope.window, 1280, 800);
        run_frame(state, scope.window, 1280, 800);
        // The button where the frame drew it (its place depends on the words).
        const auto button = std::find_if(state.report.drawn.targets.begin(), state.report.drawn.targets.end(), [](const DrawnTarget& t) { return t.name == "paste"; });
        REQUIRE(button != state.report.drawn.targets.end());
        click(state, scope.window, button->x + button->width / 2, button->y + button->height / 2);
        CHECK(dialog_open("###paste"));
    }
}

TEST_CASE("a click on a row of the Flows view shows the flow, and a click on its event the event") {
    ImGuiScope scope;
    AppState state = loaded_with_font();
    state.view.current = View::flows;
    run_frame(state, scope.window, 1280, 800);
    run_frame(state, scope.window, 1280, 800);
    const auto target = [&](const std::string& name) { return drawn_target(state, name); };
    REQUIRE(target("tab:flows"));
    const auto row = target("flow:microsoft>openai:money");
    REQUIRE(row);
    click(state, scope.window, row->x + row->width / 2, row->y + row->height / 2);
    REQUIRE(state.selection.flow);
    CHECK(state.selection.flow->to == "openai");
    CHECK(state.report.drawn.detail == "microsoft>openai:money");
    const auto event = target("event:ms-openai-2019-investment");
    REQUIRE(event);
    click(state, scope.window, event->x + event->width / 2, event->y + event->height / 2);
    CHECK(state.report.drawn.detail == "ms-openai-2019-investment");
}

TEST_CASE("a click on a timeline cluster lists its events in the detail, and one of them opens with a way back") {
    for (const auto& size : {std::pair{1280.0f, 800.0f}, std::pair{390.0f, 844.0f}}) {
        const float width = size.first, height = size.second;  // not a structured binding: clang 14 cannot capture one
        CAPTURE(width);
        ImGuiScope scope;
        AppState state = loaded_with_font();
        state.view.current = View::timeline;
        state.view.time = fit_range(static_cast<double>(days_from_civil(1990, 1, 1)), static_cast<double>(days_from_civil(2040, 1, 1)));
        run_frame(state, scope.window, width, height);
        run_frame(state, scope.window, width, height);
        std::optional<DrawnTarget> cluster;
        for (const DrawnTarget& t : state.report.drawn.targets)
            if (t.name.rfind("cluster:", 0) == 0 && !cluster) cluster = t;
        REQUIRE(cluster);
        const TimeScale before = state.view.time;
        click(state, scope.window, cluster->x + cluster->width / 2, cluster->y + cluster->height / 2, width, height);
        REQUIRE(state.selection.group.size() > 1);
        CHECK(state.view.time.start == before.start);  // the click lists, it does not zoom
        CHECK(state.report.drawn.detail == "group:" + std::to_string(state.selection.group.size()));
        // Each listed event is a target in the detail; a click opens it.
        const std::string first = state.data.events.events[state.selection.group.front()].id;
        std::optional<DrawnTarget> row;
        for (const DrawnTarget& t : state.report.drawn.targets)
            if (t.name == "event:" + first) row = t;
        REQUIRE(row);
        click(state, scope.window, row->x + row->width / 2, row->y + row->height / 2, width, height);
        CHECK(state.report.drawn.detail == first);
        CHECK(state.selection.group.size() > 1);  // the list is kept for the way back
    }
}

TEST_CASE("a table's new name is offered under Your names, and set right in the detail by clicks and typing") {
    for (const auto& size : {std::pair{1280.0f, 800.0f}, std::pair{390.0f, 844.0f}}) {
        const float width = size.first, height = size.second;  // not a structured binding: clang 14 cannot capture one
        CAPTURE(width);
        ImGuiScope scope;
        AppState state = loaded_with_font();
        const std::string range = "date\ttype\tfrom\tto\tamount\n2024-06\tcompute deal\tNvidia Cloud Unit\tOpenAI\t$2.5bn\n";
        REQUIRE(add_user_file(state, "pasted-text.txt", range).entities == 1);
        state.selection = {};
        const auto target = [&](const std::string& name) { return drawn_target(state, name); };
        const auto click_on = [&](const std::string& name) {
            const auto t = target(name);
            REQUIRE(t);
            click(state, scope.window, t->x + t->width / 2, t->y + t->height / 2, width, height);
        };
        run_frame(state, scope.window, width, height);
        run_frame(state, scope.window, width, height);
        if (target("tab:entities")) click_on("tab:entities");  // a phone lists entities in a tab of their own
        click_on("your-name:nvidia-cloud-unit");
        CHECK(state.selection.entity == "nvidia-cloud-unit");
        run_frame(state, scope.window, width, height);
        CHECK(state.report.drawn.detail == "nvidia-cloud-unit");
        REQUIRE(target("entity-name"));
        REQUIRE(target("entity-kind"));
        // Typed into "Same as", the known name is offered; picked and confirmed, the events move.
        click_on("entity-same-as");
        ImGui::GetIO().AddInputCharactersUTF8("nvid");
        run_frame(state, scope.window, width, height);
        run_frame(state, scope.window, width, height);
        click_on("same-as:nvidia");
        REQUIRE(target("entity-move"));
        click_on("entity-move");
        CHECK_FALSE(state.data.gazetteer.find("nvidia-cloud-unit"));
        CHECK(state.selection.entity == "nvidia");
        CHECK(state.user.notice.code == NoticeCode::entity_merged);
    }
}

TEST_CASE("a candidate of an undated article opens with an empty date field, not 'XXXX'") {
    Event undated;
    undated.type = "funding_round";
    undated.date.value = "XXXX-03";
    CHECK(ui::CandidateDraft::of(undated, Language::en).event.date.value.empty());
    Event dated = undated;
    dated.date.value = "2025-03";
    CHECK(ui::CandidateDraft::of(dated, Language::de).event.date.value == "2025-03");
}

TEST_CASE("a candidate's gigawatts open as '6' in their unit, not as millions of a currency") {
    Event compute;
    compute.type = "compute_deal";
    Amount gigawatts;
    gigawatts.value = 6.0;
    gigawatts.unit = "GW";
    compute.amounts.push_back(gigawatts);
    const auto draft = ui::CandidateDraft::of(compute, Language::en);
    CHECK(draft.in_its_unit);
    CHECK(draft.billions == 6.0);  // the form showed "6e-06" million
    Amount dollars;
    dollars.value = 40e6;
    dollars.currency = "USD";
    compute.amounts = {dollars};
    const auto money = ui::CandidateDraft::of(compute, Language::en);
    CHECK_FALSE(money.in_its_unit);
    CHECK(money.in_millions);
}

TEST_CASE("a wrapped row draws the lines its height counts, under whatever wrap position a panel pushed") {
    ImGuiScope scope;
    AppState state = loaded_with_font();
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(600, 400);
    io.DeltaTime = 1.0f / 60.0f;
    ImGui::NewFrame();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImVec2(320, 400));
    ImGui::Begin("panel");
    ImGui::PushTextWrapPos(140.0f);  // narrower than the row: ImGui alone would wrap the row's lines again
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const int first_vertex = draw->VtxBuffer.Size;
    ImGui::TextUnformatted("\xE2\x96\xA0");  // ■, as the entity's event rows start
    ImGui::SameLine();
    ui::wrapped_selectable("January 2023  Microsoft becomes OpenAI's exclusive cloud provider: all workloads are to run on Azure.", false);
    const float next_row = ImGui::GetCursorScreenPos().y;
    float lowest = 0;
    for (int v = first_vertex; v < draw->VtxBuffer.Size; ++v) lowest = std::max(lowest, draw->VtxBuffer[v].pos.y);
    ImGui::PopTextWrapPos();
    ImGui::End();
    ImGui::Render();
    // The text ends above where the next row begins: no line of it is left over that row.
    CHECK(lowest <= next_row);
    CHECK(lowest > 0);
}

TEST_CASE("on a phone a chart above a detail sheet keeps the room its settings took, and they come back with the sheet put away") {
    ImGuiScope scope;
    AppState state = loaded_with_font();
    const auto drawn = [&](const std::string& name) {
        return std::any_of(state.report.drawn.targets.begin(), state.report.drawn.targets.end(), [&](const DrawnTarget& t) { return t.name == name; });
    };
    REQUIRE(select_by_id(state, "ms-openai-2019-investment"));
    for (const View view : {View::network, View::timeline}) {
        const std::string fit = view == View::network ? "network:fit" : "timeline:fit";
        CAPTURE(fit);
        state.view.current = view;
        run_frame(state, scope.window, 1280, 800);  // the tab bar follows the state; on a desktop the detail stands beside the chart
        run_frame(state, scope.window, 1280, 800);
        CHECK(drawn(fit));
        run_frame(state, scope.window, 390, 844);
        run_frame(state, scope.window, 390, 844);
        CHECK(state.report.drawn.detail == "ms-openai-2019-investment");  // the sheet is open
        CHECK_FALSE(drawn(fit));
    }
    state.selection = {};
    run_frame(state, scope.window, 390, 844);
    run_frame(state, scope.window, 390, 844);
    CHECK(drawn("timeline:fit"));
}

TEST_CASE("in a candidate's form a new participant takes the role the deal lacks, and a cancelled new entity takes back its empty row") {
    ImGuiScope scope;
    AppState state = loaded_with_font();
    // A round that names its investors but not who raised it ("who" is a name no rule reads).
    REQUIRE_FALSE(add_user_article(state, "runde.txt",
                                   "Tech Wire\n\nA round\n\nJune 3, 2025\n\nThe round of $300 million was led by Sequoia Capital, with Nvidia joining.\n"));
    state.view.current = View::articles;
    const auto target = [&](const std::string& name) { return drawn_target(state, name); };
    const auto click_on = [&](const std::string& name) {
        const auto t = target(name);
        REQUIRE(t);
        click(state, scope.window, t->x + t->width / 2, t->y + t->height / 2);
    };
    run_frame(state, scope.window, 1280, 800);
    run_frame(state, scope.window, 1280, 800);
    REQUIRE(!state.user.candidates.empty());
    REQUIRE(!state.user.candidates[0].empty());
    click_on("candidate-review:0");
    const auto& form = scope.window.candidate.event;
    REQUIRE(form.type == "funding_round");
    const std::size_t rows = form.participants.size();
    click_on("participant-add");
    REQUIRE(form.participants.size() == rows + 1);
    CHECK(form.participants.back().role == "investee");  // it was "partner", whatever the deal
    click_on("participant-add-new-entity");
    CHECK(form.participants.size() == rows + 2);
    CHECK(form.participants.back().role == "investor");  // with an investee there, one more investor
    click_on("new-entity-cancel");
    CHECK(form.participants.size() == rows + 1);  // the empty row stayed, and "Add to my events" waited for it
}

TEST_CASE("on a phone a tap on another tab shows that tab, not the deal selected in the last one, until another is selected") {
    ImGuiScope scope;
    AppState state = loaded_with_font();
    REQUIRE(select_by_id(state, "ms-openai-2019-investment"));
    state.view.current = View::timeline;
    run_frame(state, scope.window, 390, 844);
    run_frame(state, scope.window, 390, 844);
    const auto tab = drawn_target(state, "tab:flows");
    REQUIRE(tab);
    click(state, scope.window, tab->x + tab->width / 2, tab->y + tab->height / 2, 390, 844);
    CHECK(state.view.current == View::flows);
    // The table's rows are drawn (the deal stays selected; its detail no longer stands in the table's place).
    CHECK(drawn_target(state, "flow:microsoft>openai:money").has_value());
    CHECK(state.selection.event.has_value());
    // A row tapped then opens in its place, with the way back.
    const auto row = drawn_target(state, "flow:microsoft>openai:money");
    click(state, scope.window, row->x + row->width / 2, row->y + row->height / 2, 390, 844);
    CHECK(state.report.drawn.detail == "microsoft>openai:money");
    CHECK_FALSE(drawn_target(state, "flow:microsoft>openai:money").has_value());
}

TEST_CASE("on a phone the overview stands first where a reader lands, and a tap on a tab shows that view") {
    ImGuiScope scope;
    AppState state = loaded_with_font();
    state.view.overview_first = true;
    run_frame(state, scope.window, 390, 844);
    run_frame(state, scope.window, 390, 844);
    CHECK(drawn_target(state, "overview:question:0").has_value());
    CHECK(state.report.drawn.timeline_marks == 0);
    const auto tab = drawn_target(state, "tab:timeline");
    REQUIRE(tab);
    click(state, scope.window, tab->x + tab->width / 2, tab->y + tab->height / 2, 390, 844);
    run_frame(state, scope.window, 390, 844);
    CHECK_FALSE(state.view.overview_first);
    CHECK(state.report.drawn.timeline_marks > 10);
    // And back: the Overview tab brings it again.
    const auto overview = drawn_target(state, "tab:overview");
    REQUIRE(overview);
    click(state, scope.window, overview->x + overview->width / 2, overview->y + overview->height / 2, 390, 844);
    CHECK(state.view.overview_first);
}

TEST_CASE("an entity with no deal in the data says so instead of offering a filter that would show nothing") {
    ImGuiScope scope;
    AppState state = loaded_with_font();
    state.view.current = View::timeline;
    // A firm of the gazetteer that no seed deal names (search finds such names).
    const auto& events = state.data.events.events;
    std::string idle;
    for (const Entity& e : state.data.gazetteer.entities) {
        const bool named = std::any_of(events.begin(), events.end(), [&](const Event& ev) {
            return std::any_of(ev.participants.begin(), ev.participants.end(), [&](const Participant& p) { return p.entity == e.id; });
        });
        if (!named && e.kind == "company") {
            idle = e.id;
            break;
        }
    }
    REQUIRE_FALSE(idle.empty());
    for (const std::string& id : {idle, std::string("openai")}) {
        CAPTURE(id);
        state.selection = {};
        state.selection.entity = id;
        run_frame(state, scope.window, 1280, 800);
        run_frame(state, scope.window, 1280, 800);
        CHECK(state.report.drawn.detail == id);
        CHECK(drawn_target(state, "entity:only").has_value() == (id == "openai"));
    }
}

TEST_CASE("a deal selected elsewhere is brought into the timeline's view, its mark and not only its lane's top") {
    ImGuiScope scope;
    AppState state = loaded_with_font();
    state.view.current = View::timeline;
    run_frame(state, scope.window, 1280, 800);
    REQUIRE(select_by_id(state, "nvidia-anthropic-10b"));  // in Anthropic's lane, whose marks stood below the fold
    for (int i = 0; i < 3; ++i) run_frame(state, scope.window, 1280, 800);
    CHECK(drawn_target(state, "mark:selected").has_value());
}

TEST_CASE("on a phone a filter standing says what it leaves in view, with the way back to all of it") {
    ImGuiScope scope;
    AppState state = loaded_with_font();
    state.view.current = View::network;
    run_frame(state, scope.window, 390, 844);
    CHECK_FALSE(drawn_target(state, "filters:clear").has_value());
    Filters compute;
    compute.types = {"compute_deal"};
    Actions a;
    a.set_filters = compute;
    apply_actions(state, a);
    run_frame(state, scope.window, 390, 844);
    const auto clear = drawn_target(state, "filters:clear");
    REQUIRE(clear);
    click(state, scope.window, clear->x + clear->width / 2, clear->y + clear->height / 2, 390, 844);
    CHECK_FALSE(state.view.filters.any());
}

TEST_CASE("on a phone a sheet swiped up stays tall while other deals are opened, and comes back small once put away") {
    ImGuiScope scope;
    AppState state = loaded_with_font();
    state.view.current = View::timeline;
    REQUIRE(select_by_id(state, "ms-openai-2019-investment"));
    run_frame(state, scope.window, 390, 844);
    run_frame(state, scope.window, 390, 844);
    const auto handle = drawn_target(state, "sheet:handle");
    REQUIRE(handle);
    const float hx = handle->x + handle->width / 2, hy = handle->y + handle->height / 2;
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = ImVec2(hx, hy);
    io.MouseDown[0] = true;
    run_frame(state, scope.window, 390, 844);
    for (int step = 1; step <= 4; ++step) {  // a finger's swipe up, over a few frames
        io.MousePos = ImVec2(hx, hy - 30.0f * step);
        run_frame(state, scope.window, 390, 844);
    }
    io.MouseDown[0] = false;
    run_frame(state, scope.window, 390, 844);
    REQUIRE(scope.window.detail.sheet_tall);
    const float tall_top = drawn_target(state, "sheet:handle")->y;
    CHECK(tall_top < hy - 200);

    REQUIRE(select_by_id(state, "anthropic-azure-30b"));  // another deal, opened while the sheet is up
    run_frame(state, scope.window, 390, 844);
    run_frame(state, scope.window, 390, 844);
    CHECK(state.report.drawn.detail == "anthropic-azure-30b");
    CHECK(scope.window.detail.sheet_tall);
    CHECK(drawn_target(state, "sheet:handle")->y == doctest::Approx(tall_top));

    state.selection = {};  // put away, then a deal opened again
    run_frame(state, scope.window, 390, 844);
    REQUIRE(select_by_id(state, "ms-openai-2019-investment"));
    run_frame(state, scope.window, 390, 844);
    run_frame(state, scope.window, 390, 844);
    CHECK_FALSE(scope.window.detail.sheet_tall);
    CHECK(drawn_target(state, "sheet:handle")->y == doctest::Approx(hy - handle->height / 2));
}

TEST_CASE("the wheel over the timeline's lanes scrolls them and says how to zoom, and with Ctrl it zooms") {
    ImGuiScope scope;
    AppState state = loaded_with_font();
    state.view.current = View::timeline;
    run_frame(state, scope.window, 1280, 800);
    run_frame(state, scope.window, 1280, 800);
    const auto lane = drawn_target(state, "earlier:openai");
    REQUIRE(lane);
    const TimeScale before = state.view.time;
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = ImVec2(700, 450);
    io.MouseWheel = -1;  // one notch down: ImGui clears it after the frame
    run_frame(state, scope.window, 1280, 800);
    run_frame(state, scope.window, 1280, 800);
    CHECK(state.view.time.start == before.start);
    CHECK(state.view.time.end == before.end);
    const auto scrolled = drawn_target(state, "earlier:openai");
    CHECK((!scrolled || scrolled->y < lane->y - 30));
    CHECK(drawn_target(state, "timeline:zoom-hint"));

    io.KeyCtrl = true;
    io.MouseWheel = 1;  // Ctrl and a notch up: closer in
    run_frame(state, scope.window, 1280, 800);
    run_frame(state, scope.window, 1280, 800);
    io.KeyCtrl = false;
    CHECK(state.view.time.end - state.view.time.start < (before.end - before.start) * 0.9);
    CHECK_FALSE(drawn_target(state, "timeline:zoom-hint"));
}

// Browser build: a WebGL2 context on #canvas, ImGui's OpenGL3 renderer, and web_platform for input.
// Exposes the app state to JavaScript for `window.dealscope.state()` (see web/dealscope_api.js).
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <malloc.h>
#include <string>

#include <GLES3/gl3.h>
#include <emscripten.h>
#include <emscripten/html5.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>
#include <nlohmann/json.hpp>

#include "core/app_state.h"
#include "core/user_data.h"
#include "core/event_export.h"
#include "core/event_format.h"
#include "core/event_json.h"
#include "core/event_table.h"
#include "core/text_file.h"
#include "core/view_link.h"
#include "ui/app_window.h"
#include "ui/fonts.h"
#include "ui/ui_context.h"
#include "web_platform.h"

// WebGL has no base-vertex draw: with 16-bit indices a window past 65 536 vertices (the network with
// thousands of nodes) wraps and draws garbage. CMakeLists.txt makes them 32-bit for every target.
static_assert(sizeof(ImDrawIdx) == 4, "ImDrawIdx must be 32-bit for WebGL");

namespace {

constexpr const char* kCanvas = "#canvas";
constexpr const char* kAssetsDir = "/assets";      // preloaded from the repository's assets/
constexpr const char* kFontFile = "/fonts/ui.otf"; // preloaded from the Debian font package
constexpr const char* kUserDataFile = "/user-data.json";  // put there before main() from IndexedDB (web/dealscope_api.js)

ds::AppState g_state;
std::vector<ds::Problem> g_font_problems;

void report(const std::vector<ds::Problem>& problems) {
    for (const auto& p : problems) std::fprintf(stderr, "%s\n", ds::describe(p).c_str());
}

std::string g_link;  // the link the address bar shows

// Keeps the address bar on the current state: a new history entry when the view, selection or
// filters change (so Back steps through them), a replaced one for zoom, pan and the network date.
void sync_link() {
    const std::string link = ds::state_to_link(g_state);
    if (link == g_link) return;
    const auto without_motion = [](const std::string& l) {
        std::string out;
        std::size_t start = 0;
        while (start < l.size()) {
            const std::size_t end = std::min(l.find('&', start + 1), l.size());
            const std::string part = l.substr(start, end - start);
            if (part.rfind("&t=", 0) != 0 && part.rfind("&asof=", 0) != 0) out += part;
            start = end;
        }
        return out;
    };
    const bool push = !g_link.empty() && without_motion(link) != without_motion(g_link);
    g_link = link;
    EM_ASM({ if (Module.dealscopeLinkChanged) Module.dealscopeLinkChanged(UTF8ToString($0), $1); }, link.c_str(), push ? 1 : 0);
}

// The canvas is a picture to screen readers: the filtered events are kept as an HTML table in a
// visually hidden region, and the selection is announced in an aria-live region.
void mirror_for_screen_readers() {
    static std::vector<std::size_t> shown;
    static std::string shown_language, announced;
    if (shown != g_state.derived.filtered || shown_language != g_state.view.language) {
        shown = g_state.derived.filtered;
        shown_language = g_state.view.language;
        // At most kMirrorRows rows: a DOM table of 100 000 events took half a minute to build; the
        // caption says how to narrow them down.
        constexpr std::size_t kMirrorRows = 500;
        const auto& order = g_state.derived.time_ordered;
        const std::vector<std::size_t> first(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(std::min(order.size(), kMirrorRows)));
        const auto rows = ds::event_rows(g_state.events, first, g_state.gazetteer, g_state.corpus.articles, shown_language);
        const std::string caption = order.size() <= kMirrorRows
                                        ? "Events shown (" + std::to_string(rows.size()) + ")"
                                        : "Events shown: the first " + std::to_string(rows.size()) + " of " + std::to_string(order.size()) +
                                              " by date; narrow them with the filters";
        const std::string html = ds::event_rows_html(rows, caption);
        EM_ASM({ if (Module.dealscopeEventsTable) Module.dealscopeEventsTable(UTF8ToString($0)); }, html.c_str());
    }
    std::string text;
    if (g_state.selected_event) {
        const ds::Event& e = g_state.events.events[*g_state.selected_event];
        text = "Selected: " + (g_state.view.language == "de" ? e.summary_de : e.summary_en) + " (" + ds::event_date_text(e) + ")";
    } else if (const ds::Entity* entity = g_state.selected_entity.empty() ? nullptr : g_state.gazetteer.find(g_state.selected_entity)) {
        text = "Selected: " + entity->name;
    }
    if (text != announced) {
        announced = text;
        EM_ASM({ if (Module.dealscopeAnnounce) Module.dealscopeAnnounce(UTF8ToString($0)); }, text.c_str());
    }
}

// The user's articles and events are saved in IndexedDB after each change, one save at a time; the
// page reports back (ds_user_data_saved) and a failure is shown with what to do.
std::uint64_t g_saving = 0;  // revision being saved, 0 when none
void save_user_data_if_changed() {
    if (g_state.embed || g_saving != 0 || g_state.user.revision == g_state.user.saved_revision) return;
    g_saving = g_state.user.revision;
    const std::string json = ds::user_data_json(g_state);
    EM_ASM({ if (Module.dealscopeSaveUserData) Module.dealscopeSaveUserData(UTF8ToString($0), $1); }, json.c_str(), static_cast<double>(g_saving));
}

// Text pasted while no text field had focus becomes a new article.
void take_pasted_article() {
    std::string text = ds::web::take_unclaimed_paste();
    if (text.empty() || g_state.embed) return;
    ds::Actions a;
    a.add_file = std::pair{std::string("pasted-text.txt"), std::move(text)};
    ds::apply_actions(g_state, a);
    if (!g_state.user.notice.empty()) EM_ASM({ if (Module.dealscopeNotice) Module.dealscopeNotice(UTF8ToString($0)); }, g_state.user.notice.c_str());
}

// A large file is read a slice at a time, about 10 ms of work per frame, so the page keeps drawing.
void read_some_of_large_files() {
    if (g_state.user.reading.empty()) return;
    const double start = emscripten_get_now();
    while (ds::continue_reading(g_state, 32 << 10) && emscripten_get_now() - start < 10.0) {
    }
    if (g_state.user.reading.empty()) EM_ASM({ if (Module.dealscopeNotice) Module.dealscopeNotice(''); });
}

bool animating() {
    const ImGuiIO& io = ImGui::GetIO();
    return !g_state.user.reading.empty() || g_state.view.network_playing || g_state.scroll_to_cited || io.WantTextInput || g_state.frames_rendered < 3;
}

void frame() {
    // Idle: nothing changed, nothing moves — draw nothing (the last frame stays on the canvas).
    if (!ds::web::frame_wanted() && !animating()) {
        ds::web::sleep_until_woken();
        return;
    }
    const ds::web::FrameDisplay display = ds::web::begin_platform_frame();
    if (display.pixel_ratio_changed) {
        // Re-rasterise the font for the new pixel ratio (first frame, or moved to another screen).
        g_font_problems.clear();
        g_state.font = ds::ui::load_ui_font({kFontFile}, display.pixel_ratio, g_font_problems);
        ImGui_ImplOpenGL3_DestroyFontsTexture();
        ImGui_ImplOpenGL3_CreateFontsTexture();
        if (g_state.frames_rendered == 0) report(g_font_problems);
    }
    g_state.problems = g_font_problems;
    g_state.display = {display.width, display.height, display.pixel_ratio};

    take_pasted_article();
    read_some_of_large_files();
    ImGui_ImplOpenGL3_NewFrame();
    ImGui::NewFrame();
    ds::ui::draw_app_window(g_state);
    ImGui::Render();
    ds::web::end_platform_frame();

    const ImGuiIO& io = ImGui::GetIO();
    glViewport(0, 0, static_cast<int>(io.DisplaySize.x * io.DisplayFramebufferScale.x),
               static_cast<int>(io.DisplaySize.y * io.DisplayFramebufferScale.y));
    glClearColor(0.98f, 0.98f, 0.97f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());

    if (++g_state.frames_rendered == 1) EM_ASM({ if (Module.dealscopeReady) Module.dealscopeReady(); });
    sync_link();
    mirror_for_screen_readers();
    // An embed tells its host how tall it would like to be (blog platforms' resize protocols).
    static int reported_height = 0;
    const int wanted = static_cast<int>(std::lround(std::clamp(g_state.drawn.content_height > 0 ? g_state.drawn.content_height : 420.0f, 240.0f, 720.0f) / 10.0f) * 10);
    if (g_state.embed && wanted != reported_height) {
        reported_height = wanted;
        EM_ASM({ if (Module.dealscopeContentHeight) Module.dealscopeContentHeight($0); }, wanted);
    }
    save_user_data_if_changed();
    if (g_state.pick_file_requested) {
        g_state.pick_file_requested = false;
        EM_ASM({ if (Module.dealscopePickFile) Module.dealscopePickFile(); });
    }
    if (g_state.pending_download) {
        // The browser saves it through a temporary link (web/dealscope_api.js).
        const auto& [name, content] = *g_state.pending_download;
        EM_ASM({ if (Module.dealscopeDownload) Module.dealscopeDownload(UTF8ToString($0), UTF8ToString($1)); }, name.c_str(), content.c_str());
        g_state.pending_download.reset();
    }
}

}  // namespace

// Selects an article by id (window.dealscope.select); 1 if it exists.
extern "C" EMSCRIPTEN_KEEPALIVE int ds_select_article(const char* id) {
    ds::web::wake();
    return ds::select_by_id(g_state, id) ? 1 : 0;
}

// Opens source `index` of an event in the reader, highlighted (window.dealscope.openSource); 1 if it exists.
extern "C" EMSCRIPTEN_KEEPALIVE int ds_open_source(const char* event_id, int index) {
    ds::web::wake();
    if (index < 0) return 0;
    const auto action = ds::open_source_action(g_state, event_id, static_cast<std::size_t>(index));
    if (action) ds::apply_actions(g_state, *action);
    return action ? 1 : 0;
}

// Shows a view by name (window.dealscope.setView); 1 if the name is known.
extern "C" EMSCRIPTEN_KEEPALIVE int ds_set_view(const char* name) {
    ds::web::wake();
    const auto view = ds::view_from_name(name);
    if (!view) return 0;
    ds::Actions a;
    a.show_view = view;
    ds::apply_actions(g_state, a);
    return 1;
}

// Sets the filters from JSON (window.dealscope.setFilter); returns the problems as JSON (an empty
// array when all was understood). Unknown keys and values are ignored, never fatal.
extern "C" EMSCRIPTEN_KEEPALIVE const char* ds_set_filter(const char* json) {
    ds::web::wake();
    static std::string out;
    std::vector<std::string> problems;
    const auto parsed = nlohmann::json::parse(json, nullptr, false);
    if (parsed.is_discarded()) {
        problems.push_back("filter: not valid JSON");
    } else {
        ds::Actions a;
        a.set_filters = ds::filters_from_json(parsed, problems);
        ds::apply_actions(g_state, a);
    }
    out = nlohmann::json(problems).dump();
    return out.c_str();
}

// Sets the search text (window.dealscope.search); the results appear in state().search_results.
extern "C" EMSCRIPTEN_KEEPALIVE void ds_set_query(const char* query) {
    ds::web::wake();
    ds::Actions a;
    a.set_query = std::string(query);
    ds::apply_actions(g_state, a);
}

// Language "de"/"en" and theme (window.dealscope.setLanguage / setTheme).
extern "C" EMSCRIPTEN_KEEPALIVE void ds_set_look(const char* language, int dark) {
    ds::web::wake();
    ds::Actions a;
    if (language[0]) a.set_language = std::string(language);
    if (dark >= 0) a.set_dark = dark != 0;
    ds::apply_actions(g_state, a);
}

// The filtered events as "csv" or "json" text (window.dealscope.exportEvents), as the Export buttons save them.
extern "C" EMSCRIPTEN_KEEPALIVE const char* ds_export_events(const char* format) {
    static std::string out;
    out = std::string(format) == "json" ? ds::events_to_json_text(g_state.events, g_state.derived.filtered)
                                        : ds::events_to_csv(g_state.events, g_state.derived.filtered, g_state.gazetteer);
    return out.c_str();
}

// Applies a link (fragment or query) to the state (window.dealscope.applyLink, Back and Forward);
// returns the warnings as JSON. The address bar is not pushed for a change that came from it.
extern "C" EMSCRIPTEN_KEEPALIVE const char* ds_apply_link(const char* link) {
    ds::web::wake();
    static std::string out;
    std::vector<std::string> warnings;
    ds::apply_link(g_state, link, warnings);
    g_link = ds::state_to_link(g_state);
    out = nlohmann::json(warnings).dump();
    return out.c_str();
}

// The user's own file (window.dealscope.addArticle, the file picker, a dropped file): an article is
// added and opened, a ".json" export is imported. Returns {"ok": bool, "message": "…"}.
extern "C" EMSCRIPTEN_KEEPALIVE const char* ds_add_article(const char* name, const char* bytes, int size) {
    ds::web::wake();
    static std::string out;
    ds::Actions a;
    a.add_file = std::pair{std::string(name), std::string(bytes, static_cast<std::size_t>(std::max(size, 0)))};
    ds::apply_actions(g_state, a);
    out = nlohmann::json{{"ok", !g_state.user.notice_is_error}, {"message", g_state.user.notice}}.dump();
    return out.c_str();
}

// The page saved revision `revision` of the user's data ("" ) or could not (why, shown to the user).
extern "C" EMSCRIPTEN_KEEPALIVE void ds_user_data_saved(double revision, const char* error) {
    ds::web::wake();
    g_saving = 0;
    g_state.user.problems.clear();
    if (error[0] == '\0') {
        g_state.user.saved_revision = static_cast<std::uint64_t>(revision);
    } else {
        g_state.user.problems.push_back({ds::Severity::error, "browser storage", error});
        g_state.user.saved_revision = g_state.user.revision;  // no retry loop; the next change tries again
    }
}

// The user's data as one JSON document (window.dealscope.exportUserData; Articles → Your data → Export).
extern "C" EMSCRIPTEN_KEEPALIVE const char* ds_user_data_json() {
    static std::string out;
    out = ds::user_data_json(g_state);
    return out.c_str();
}

// Deletes the user's articles and events here and in the browser's storage (window.dealscope.deleteUserData).
extern "C" EMSCRIPTEN_KEEPALIVE void ds_delete_user_data() {
    ds::web::wake();
    ds::Actions a;
    a.delete_user_data = true;
    ds::apply_actions(g_state, a);
}

// Accepts candidate `index` of the user's article `article_id` into their events, with edits merged
// into its events.json shape (window.dealscope.acceptCandidate); "" or what is wrong.
extern "C" EMSCRIPTEN_KEEPALIVE const char* ds_accept_candidate(const char* article_id, int index, const char* edits_json) {
    ds::web::wake();
    static std::string out;
    const auto edits = nlohmann::json::parse(edits_json, nullptr, false);
    const auto problem = index < 0 ? std::optional<ds::Problem>(ds::Problem{ds::Severity::error, article_id, "no candidate " + std::to_string(index)})
                                   : ds::accept_candidate(g_state, article_id, static_cast<std::size_t>(index), edits);
    out = problem ? ds::describe(*problem) : "";
    return out.c_str();
}

// Bytes of the wasm heap in use by malloc (benchmarks check that a long session does not grow it).
extern "C" EMSCRIPTEN_KEEPALIVE double ds_heap_used() { return static_cast<double>(mallinfo().uordblks); }

// Draws frames again for a moment (window.dealscope.wake): for tests and hosts that changed the page around it.
extern "C" EMSCRIPTEN_KEEPALIVE void ds_wake() { ds::web::wake(); }

extern "C" EMSCRIPTEN_KEEPALIVE const char* ds_state_json() {
    static std::string json;
    json = ds::to_json(g_state).dump();
    return json.c_str();
}

int main() {
    EmscriptenWebGLContextAttributes attributes;
    emscripten_webgl_init_context_attributes(&attributes);
    attributes.majorVersion = 2;
    attributes.minorVersion = 0;
    attributes.alpha = EM_FALSE;
    attributes.antialias = EM_FALSE;  // ImGui anti-aliases its own geometry
    const EMSCRIPTEN_WEBGL_CONTEXT_HANDLE context = emscripten_webgl_create_context(kCanvas, &attributes);
    if (context <= 0) {
        EM_ASM({ if (Module.dealscopeFailed) Module.dealscopeFailed('WebGL 2 is not available in this browser.'); });
        return 1;
    }
    emscripten_webgl_make_context_current(context);

    g_state = ds::load_app_state(kAssetsDir);
    report(g_state.corpus.problems);
    {
        // The user's own articles and events from earlier visits (the page leaves the file out in an
        // embed, which shows the blogger's view only). Before the link: it may name a user's article.
        if (const auto text = ds::read_text_file(kUserDataFile, std::size_t{512} << 20); std::holds_alternative<std::string>(text)) {
            ds::restore_user_data(g_state, std::get<std::string>(text), "browser storage");
            report(g_state.user.problems);
        }
    }
    // The page's address: its query and fragment say what to show (a shared link).
    g_state.link_base = emscripten_run_script_string("location.href.split('#')[0]");
    g_state.can_pick_files = true;
    {
        // Query (embed parameters) and fragment (the view) together make one link.
        std::vector<std::string> warnings;
        ds::apply_link(g_state, emscripten_run_script_string("location.search.slice(1) + '&' + location.hash.slice(1)"), warnings);
        for (const auto& w : warnings) std::fprintf(stderr, "warning: %s\n", w.c_str());
    }
    g_link = ds::state_to_link(g_state);

    ds::ui::create_imgui_context();
    ds::web::install_platform(kCanvas);
    ds::web::set_embed(g_state.embed);
    ImGui_ImplOpenGL3_Init("#version 300 es");
    // A lost WebGL context (driver reset, too many tabs) comes back without our textures and
    // buffers: rebuild them and draw again.
    emscripten_set_webglcontextlost_callback(kCanvas, nullptr, false, [](int, const void*, void*) -> EM_BOOL {
        std::fprintf(stderr, "warning: WebGL context lost; waiting for it to come back\n");
        return EM_TRUE;  // preventDefault: allow restoring
    });
    emscripten_set_webglcontextrestored_callback(kCanvas, nullptr, false, [](int, const void*, void*) -> EM_BOOL {
        ImGui_ImplOpenGL3_Shutdown();
        ImGui_ImplOpenGL3_Init("#version 300 es");
        ++g_state.context_restores;
        ds::web::wake();
        return EM_TRUE;
    });
    emscripten_set_main_loop(frame, 0, false);
    return 0;
}

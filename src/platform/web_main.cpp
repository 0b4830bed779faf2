// Browser build: a WebGL2 context on #canvas, ImGui's OpenGL3 renderer, and web_platform for input.
// Exposes the app state to JavaScript for `window.dealscope.state()` (see web/dealscope_api.js).
#include <cstdio>
#include <string>

#include <GLES3/gl3.h>
#include <emscripten.h>
#include <emscripten/html5.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>
#include <nlohmann/json.hpp>

#include "core/app_state.h"
#include "core/event_export.h"
#include "ui/app_window.h"
#include "ui/fonts.h"
#include "ui/ui_context.h"
#include "web_platform.h"

namespace {

constexpr const char* kCanvas = "#canvas";
constexpr const char* kAssetsDir = "/assets";      // preloaded from the repository's assets/
constexpr const char* kFontFile = "/fonts/ui.otf"; // preloaded from the Debian font package

ds::AppState g_state;
std::vector<ds::Problem> g_font_problems;

void report(const std::vector<ds::Problem>& problems) {
    for (const auto& p : problems) std::fprintf(stderr, "%s\n", ds::describe(p).c_str());
}

void frame() {
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
    return ds::select_by_id(g_state, id) ? 1 : 0;
}

// Opens source `index` of an event in the reader, highlighted (window.dealscope.openSource); 1 if it exists.
extern "C" EMSCRIPTEN_KEEPALIVE int ds_open_source(const char* event_id, int index) {
    if (index < 0) return 0;
    const auto action = ds::open_source_action(g_state, event_id, static_cast<std::size_t>(index));
    if (action) ds::apply_actions(g_state, *action);
    return action ? 1 : 0;
}

// Shows a view by name (window.dealscope.setView); 1 if the name is known.
extern "C" EMSCRIPTEN_KEEPALIVE int ds_set_view(const char* name) {
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
    ds::Actions a;
    a.set_query = std::string(query);
    ds::apply_actions(g_state, a);
}

// Language "de"/"en" and theme (window.dealscope.setLanguage / setTheme).
extern "C" EMSCRIPTEN_KEEPALIVE void ds_set_look(const char* language, int dark) {
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

    ds::ui::create_imgui_context();
    ds::web::install_platform(kCanvas);
    ImGui_ImplOpenGL3_Init("#version 300 es");
    emscripten_set_main_loop(frame, 0, false);
    return 0;
}

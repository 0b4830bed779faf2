// Browser build: a WebGL2 context on #canvas, ImGui's OpenGL3 renderer, web_platform for input, and
// the session (src/explorer/session.h) behind a host that talks to the page (web/dealscope_api.js).
// The functions the page calls are in web_api.cpp.
#include <cstdio>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include <GLES3/gl3.h>
#include <emscripten.h>
#include <emscripten/html5.h>
#include <imgui.h>

#include "core/text/text_file.h"
#include "platform/reading_warm_up.h"
#include "platform/web_app.h"
#include "platform/web_platform.h"
#include "platform/webgl_renderer.h"
#include "ui/app_window.h"
#include "ui/font_atlas_file.h"
#include "ui/fonts.h"
#include "ui/ui_context.h"

// WebGL has no base-vertex draw: with 16-bit indices a window past 65 536 vertices (the network with
// thousands of nodes) wraps and draws garbage. CMakeLists.txt makes them 32-bit for every target.
static_assert(sizeof(ImDrawIdx) == 4, "ImDrawIdx must be 32-bit for WebGL");

namespace {

constexpr const char* kCanvas = "#canvas";
constexpr const char* kAssetsDir = "/assets";      // preloaded from the repository's assets/
constexpr const char* kFontFile = "/fonts/ui.otf"; // preloaded from the Debian font package
constexpr const char* kUserDataFile = "/user-data.json";  // the stored records, put there before main() (web/dealscope_api.js)

// The page as the session's host: saving goes to IndexedDB and comes back through
// ds_user_data_saved, downloads through a temporary link, problems to the console.
class PageHost final : public ds::Host {
public:
    double now_ms() const override { return emscripten_get_now(); }
    // The page copies the records out of the heap a megabyte per task (one copy of a 5 MB article
    // took 20–35 ms in the frame that opened it), so they stay alive until the save is over.
    void save_user_data(const ds::UserStoreWrite& write, std::uint64_t revision) override {
        saving_ = write;
        ds::web::hand_over_write(saving_, ds::web::HandOver::later);
        EM_ASM({
            const write = Module.dealscopeWrite;
            Module.dealscopeWrite = null;
            if (Module.dealscopeSaveUserData) Module.dealscopeSaveUserData(write, $0);
        }, static_cast<double>(revision));
    }
    void saved() { saving_ = {}; }
    void download(const std::string& name, const std::string& content) override {
        EM_ASM({ if (Module.dealscopeDownload) Module.dealscopeDownload(UTF8ToString($0), UTF8ToString($1)); }, name.c_str(), content.c_str());
    }
    void pick_file() override { EM_ASM({ if (Module.dealscopePickFile) Module.dealscopePickFile(); }); }
    void pick_folder() override { EM_ASM({ if (Module.dealscopePickFolder) Module.dealscopePickFolder(); }); }
    void open_paste_box(ds::Language language) override {
        EM_ASM({ if (Module.dealscopeOpenPasteBox) Module.dealscopeOpenPasteBox(UTF8ToString($0)); }, language == ds::Language::de ? "de" : "en");
    }
    void report(const ds::Problem& problem) override { std::fprintf(stderr, "%s\n", ds::describe(problem).c_str()); }
    void notice(const std::string& text) override {
        EM_ASM({ if (Module.dealscopeNotice) Module.dealscopeNotice(UTF8ToString($0)); }, text.c_str());
    }

private:
    ds::UserStoreWrite saving_;
};

PageHost g_host;
std::unique_ptr<ds::Session> g_session;
ds::web::PageBridge g_bridge;
ds::ui::AppWindow g_window;  // the views' own state between frames
ds::web::WebGlRenderer g_renderer;
std::vector<ds::Problem> g_font_problems;

float g_font_ratio = 0;           // the pixel ratio of the glyphs in use; 0 before the first frame
bool g_font_file_asked = false;  // the page was asked for the font file, which has not come yet

bool file_exists(const std::string& path) {
    std::error_code ec;
    return std::filesystem::is_regular_file(path, ec);
}

// The font for `ratio`: the atlas made for it at build time when the page fetched one, else the font
// rasterised. A ratio the page had no file for (zoomed, moved to another screen) keeps the glyphs in
// use, scaled, while the page fetches the font file. True when the atlas was replaced.
bool update_font(float ratio, ds::FontInfo& font) {
    const std::string atlas = std::string("/fonts/") + ds::ui::font_atlas_file_name(ratio);
    const bool font_arrived = g_font_file_asked && file_exists(kFontFile);
    if (ratio == g_font_ratio && !font_arrived) return false;
    const auto ask_for_font_file = [] {
        if (g_font_file_asked || file_exists(kFontFile)) return;
        g_font_file_asked = true;
        EM_ASM({ if (Module.dealscopeFetchFont) Module.dealscopeFetchFont(); });
    };
    if (g_font_ratio != 0 && !file_exists(atlas) && !file_exists(kFontFile)) {
        ask_for_font_file();
        return false;
    }
    g_font_problems.clear();
    font = ds::ui::load_ui_font({kFontFile}, ratio, g_font_problems, atlas);
    g_font_ratio = ratio;
    if (font_arrived) g_font_file_asked = false;
    if (font.fallback) ask_for_font_file();  // the atlas was refused and the font not fetched yet
    g_renderer.upload_fonts();
    return true;
}

bool animating() {
    const ds::AppState& state = g_session->state;
    return g_session->busy() || g_window.reader.laying_out || state.view.network_playing || state.selection.scroll_to_cited ||
           g_window.timeline.gliding || ImGui::GetTime() < g_window.timeline.zoom_hint_until || g_window.network.glide_to.has_value() || ImGui::GetIO().WantTextInput ||
           state.report.frames_rendered < 3;
}

void frame() {
    // Idle: nothing changed, nothing moves — draw nothing (the last frame stays on the canvas).
    if (!ds::web::frame_wanted() && !animating()) {
        ds::web::sleep_until_woken();
        return;
    }
    ds::AppState& state = g_session->state;
    const bool first = state.report.frames_rendered == 0;
    double mark = emscripten_get_now();
    const ds::web::FrameDisplay display = ds::web::begin_platform_frame();
    if (update_font(display.pixel_ratio, state.report.font) && first) {
        for (const auto& p : g_font_problems) g_host.report(p);
        const double now = emscripten_get_now();
        state.report.startup.steps.push_back({"font (atlas or rasterise, upload)", now - mark});
        mark = now;
    }
    state.host.problems = g_font_problems;
    state.report.display = {display.width, display.height, display.pixel_ratio};

    // Text pasted while no text field had focus becomes a new article.
    if (std::string pasted = ds::web::take_unclaimed_paste(); !pasted.empty() && !state.host.embed) {
        g_session->add_file("pasted-text.txt", std::move(pasted));
    }
    g_session->before_frame();
    ImGui::NewFrame();
    ds::ui::draw_app_window(state, g_window);
    ImGui::Render();
    ds::web::end_platform_frame();

    const ImGuiIO& io = ImGui::GetIO();
    glViewport(0, 0, static_cast<int>(io.DisplaySize.x * io.DisplayFramebufferScale.x),
               static_cast<int>(io.DisplaySize.y * io.DisplayFramebufferScale.y));
    glClearColor(0.98f, 0.98f, 0.97f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    g_renderer.render(*ImGui::GetDrawData());

    if (++state.report.frames_rendered == 1) {
        const double now = emscripten_get_now();
        state.report.startup.steps.push_back({"first frame (lay out, draw)", now - mark});
        state.report.startup.first_frame_at_ms = now;
        EM_ASM({ if (Module.dealscopeReady) Module.dealscopeReady(); });
        if (!state.host.embed) ds::web::warm_up_reading();  // an embed never reads a file
    }
    g_bridge.sync(state);
    g_session->after_frame();
}

}  // namespace

ds::Session& ds::web::session() { return *g_session; }

void ds::web::hand_over_write(const ds::UserStoreWrite& write, HandOver when) {
    EM_ASM({
        Module.dealscopeWrite = new Object();
        Module.dealscopeWrite.base_generation = $0;
        Module.dealscopeWrite.put = new Object();
        Module.dealscopeWrite.remove = new Array();
        Module.dealscopeWrite.copies = new Array();
    }, static_cast<double>(write.base_generation));
    for (const auto& [key, text] : write.put) {
        if (when == HandOver::now) {
            EM_ASM({ Module.dealscopeWrite.put[UTF8ToString($0)] = HEAPU8.slice($1, $1 + $2); }, key.c_str(), text.str().data(), text.str().size());
        } else {
            EM_ASM({ Module.dealscopeWrite.copies.push([UTF8ToString($0), $1, $2]); }, key.c_str(), text.str().data(), text.str().size());
        }
    }
    for (const auto& key : write.remove) EM_ASM({ Module.dealscopeWrite.remove.push(UTF8ToString($0)); }, key.c_str());
}
ds::web::PageBridge& ds::web::page_bridge() { return g_bridge; }
void ds::web::release_saved_write() { g_host.saved(); }

namespace {
// The pack the page fetched (web/dealscope_api.js: Module.dealscopePack), or none.
ds::PackSource page_pack() {
    const auto field = [](const char* name) {
        return std::string(emscripten_run_script_string((std::string("(Module.dealscopePack && Module.dealscopePack.") + name + ") || ''").c_str()));
    };
    ds::PackSource pack{field("file"), field("url"), std::nullopt};
    if (const std::string error = field("error"); error == "other_site") {
        pack.unavailable = ds::Problem(ds::Severity::warning, pack.place, ds::MessageCode::pack_other_site);
    } else if (!error.empty()) {
        pack.unavailable = ds::Problem(ds::Severity::warning, pack.place, ds::MessageCode::pack_not_fetched, {error});
    }
    return pack;
}

// The pack as read before main() (ds_read_pack_ahead), and when the program began.
std::optional<ds::PackSource> g_pack_read_ahead;
double g_began_at = 0;
}  // namespace

// The page calls this before main() when it has fetched a pack (web/dealscope_api.js): the articles
// folder is fetched only when the pack cannot be used, so a page with a good pack never downloads it.
// 1 when the pack can be used. main() takes what was read.
extern "C" EMSCRIPTEN_KEEPALIVE int ds_read_pack_ahead() {
    g_began_at = emscripten_get_now();
    ds::PackSource pack = page_pack();
    pack.read = std::make_shared<ds::PackRead>(ds::read_pack_source(pack));
    pack.read_ms = emscripten_get_now() - g_began_at;
    if (!pack.file.empty()) std::remove(pack.file.c_str());  // read: the page's copy of its bytes can go
    const bool usable = std::holds_alternative<ds::PackedData>(*pack.read);
    g_pack_read_ahead = std::move(pack);
    return usable ? 1 : 0;
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

    // The page's clock (milliseconds since navigation): download and compile came before this.
    const double main_began = emscripten_get_now();
    const double main_at = g_began_at > 0 ? g_began_at : main_began;  // the pack may have been read before main()
    ds::SessionStart start;
    start.assets_dir = kAssetsDir;
    // The user's own articles and events from earlier visits (the page leaves the file out in an
    // embed, which shows the blogger's view only).
    if (auto text = ds::read_text_file(kUserDataFile, std::size_t{512} << 20); std::holds_alternative<std::string>(text)) {
        start.user_data = std::get<std::string>(std::move(text));
    }
    start.user_data_place = "browser storage";
    // The page's address: its query (embed parameters) and fragment (the view) together make one link.
    start.link_base = emscripten_run_script_string("location.href.split('#')[0]");
    // The reader's language and look from an earlier visit come first, so that the address's own win (the page
    // stores them as the reader changes them; an embed keeps its post's).
    start.link = emscripten_run_script_string(
        "(function () {"
        "  let look = '';"
        "  try {"
        "    if (!/[?&]embed=1/.test(location.search)) {"
        "      const here = location.search + '&' + location.hash;"
        "      for (const part of (localStorage.getItem('dealscope.look') || '').split('&')) {"
        "        const key = part.split('=')[0];"
        "        if (/^(lang|theme)$/.test(key) && !new RegExp('[?&#]' + key + '=').test(here)) look += part + '&';"
        "      }"
        "    }"
        "  } catch (e) {}"
        "  return look + location.search.slice(1) + '&' + location.hash.slice(1);"
        "})()");
    start.can_pick_files = true;
    start.has_paste_box = true;
    start.png_from_svg = true;  // dealscopeDownload draws a picture's SVG on a canvas at twice its size
    // The reader's system look, for the explorer; an embed keeps the look its post's author linked (the post around it is theirs).
    start.prefers_dark = emscripten_run_script_int(
                             "(!/[?&]embed=1/.test(location.search) && !!window.matchMedia && matchMedia('(prefers-color-scheme: dark)').matches) ? 1 : 0") != 0;
    start.pack = g_pack_read_ahead ? std::move(*g_pack_read_ahead) : page_pack();
    g_pack_read_ahead.reset();
    start.index_after_first_frame = true;
    const double session_from = emscripten_get_now();
    g_session = std::make_unique<ds::Session>(g_host, start);
    if (!start.pack.file.empty()) std::remove(start.pack.file.c_str());  // read: its bytes need not stay in memory twice
    g_session->state.report.startup.main_at_ms = main_at;
    auto& steps = g_session->state.report.startup.steps;
    steps.insert(steps.begin(), {"your stored data, the address (read)", session_from - main_began});
    g_bridge.link_applied(g_session->state);
    const double set_up_from = emscripten_get_now();

    ds::ui::create_imgui_context();
    ds::web::install_platform(kCanvas);
    ds::web::set_embed(g_session->state.host.embed);
    if (!g_renderer.create()) {
        EM_ASM({ if (Module.dealscopeFailed) Module.dealscopeFailed('The UI could not be drawn: this browser refused its WebGL shaders.'); });
        return 1;
    }
    // A lost WebGL context (driver reset, too many tabs) comes back without our textures and
    // buffers: rebuild them and draw again.
    emscripten_set_webglcontextlost_callback(kCanvas, nullptr, false, [](int, const void*, void*) -> EM_BOOL {
        std::fprintf(stderr, "warning: WebGL context lost; waiting for it to come back\n");
        return EM_TRUE;  // preventDefault: allow restoring
    });
    emscripten_set_webglcontextrestored_callback(kCanvas, nullptr, false, [](int, const void*, void*) -> EM_BOOL {
        g_renderer.destroy();
        if (g_renderer.create()) g_renderer.upload_fonts();
        ++g_session->state.report.context_restores;
        ds::web::wake();
        return EM_TRUE;
    });
    g_session->state.report.startup.steps.push_back({"UI and WebGL set-up", emscripten_get_now() - set_up_from});
    emscripten_set_main_loop(frame, 0, false);
    return 0;
}

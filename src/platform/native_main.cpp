// Desktop build: GLFW window + OpenGL 3, the stock ImGui backends. Used for development, for the
// Xvfb desktop test (--frames/--screenshot) and later for poster images.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <span>
#include <cstdlib>
#include <string>
#include <vector>

#include <GLFW/glfw3.h>
#include <zlib.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

#include "core/text/text_file.h"
#include "core/version.h"
#include "explorer/derived.h"
#include "explorer/picture/view_picture.h"
#include "explorer/session.h"
#include "explorer/user_store_file.h"
#include "platform/png_encode.h"
#include "ui/app_window.h"
#include "ui/fonts.h"
#include "ui/ui_context.h"

namespace {

// Where the user's own articles and events are kept: $XDG_DATA_HOME/dealscope, else ~/.local/share/dealscope.
std::string default_user_data_file() {
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg) return std::string(xdg) + "/dealscope/user-data.json";
    if (const char* home = std::getenv("HOME"); home && *home) return std::string(home) + "/.local/share/dealscope/user-data.json";
    return "none";
}

// The desktop window as the session's host: the user's data in a file shared by every process of the
// user (user_store_file.h); an export is a file in the working directory; problems go to stderr.
class DesktopHost final : public ds::Host {
public:
    explicit DesktopHost(std::string user_data_file) : store_(std::move(user_data_file)) {}
    void attach(ds::Session& session) { session_ = &session; }
    double now_ms() const override {
        return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now().time_since_epoch()).count();
    }
    void save_user_data(const ds::UserStoreWrite& write, std::uint64_t revision) override {
        if (!session_) return;
        store_.save(*session_, write, revision);
        if (session_->state.user.save_failed && !session_->state.user.problems.empty()) report(session_->state.user.problems.back());
    }
    ds::UserStoreFile::Start read_at_start() const { return store_.read_at_start(); }
    void download(const std::string& name, const std::string& content) override {
        std::ofstream(name, std::ios::binary) << content;
        std::fprintf(stderr, "saved %s\n", name.c_str());
    }
    void report(const ds::Problem& problem) override { std::fprintf(stderr, "%s\n", ds::describe(problem).c_str()); }

private:
    ds::UserStoreFile store_;
    ds::Session* session_ = nullptr;
};

struct Options {
    std::string assets = DEALSCOPE_DEFAULT_ASSETS_DIR;
    std::string pack;  // read instead of the folder (dealscope-cli pack)
    std::string font;
    std::string screenshot;
    std::string select;  // article id to open in the reader
    int frames = 0;  // 0: run until the window is closed
    std::string link;  // a view link, as the page takes it: "?embed=1&view=network" or "#view=…"
    int width = 1280, height = 800;
    std::string user_data = default_user_data_file();  // "none": keep nothing
    std::string export_svg, view;  // a picture of the view instead of a window
    bool size_given = false;
};

const char* const kUsage =
    "usage: dealscope [--assets DIR] [--font FILE] [--size WxH] [--frames N] [--screenshot FILE.png]\n"
    "  --assets DIR         folder with articles/ (default: the source tree's assets/)\n"
    "  --pack FILE          that folder prepared by dealscope-cli pack, read instead (the folder if refused)\n"
    "  --font FILE          UI font (default: Inter, else DejaVu Sans)\n"
    "  --size WxH           window size in screen coordinates (default 1280x800)\n"
    "  --link LINK          open this view, as a page link would (\"#view=network&event=…\", \"?embed=1&view=timeline\")\n"
    "  --frames N           quit after N frames\n"
    "  --screenshot FILE    with --frames: save the last frame as PNG\n"
    "  --select ID          open the article with this id in the reader\n"
    "  --export-svg FILE    write the view (--view timeline|network|flows, default the link's) as an SVG\n"
    "                       picture of --size (default 1200x760) and quit, without a window\n"
    "  --user-data FILE     your own articles and events (default ~/.local/share/dealscope/user-data.json;\n"
    "                       \"none\" keeps nothing, as screenshots and posters do)\n";

// Returns false (after printing why) when the arguments cannot be used.
bool parse_options(int argc, char** argv, Options& o) {
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        const bool has_value = i + 1 < argc;
        if (arg == "--help" || arg == "-h") {
            std::fputs(kUsage, stdout);
            std::exit(0);
        } else if (arg == "--version") {
            std::printf("dealscope %s\n", ds::kVersion);
            std::exit(0);
        } else if (arg == "--assets" && has_value) {
            o.assets = argv[++i];
        } else if (arg == "--pack" && has_value) {
            o.pack = argv[++i];
        } else if (arg == "--font" && has_value) {
            o.font = argv[++i];
        } else if (arg == "--screenshot" && has_value) {
            o.screenshot = argv[++i];
        } else if (arg == "--export-svg" && has_value) {
            o.export_svg = argv[++i];
        } else if (arg == "--view" && has_value) {
            o.view = argv[++i];
        } else if (arg == "--select" && has_value) {
            o.select = argv[++i];
        } else if (arg == "--link" && has_value) {
            o.link = argv[++i];
        } else if (arg == "--user-data" && has_value) {
            o.user_data = argv[++i];
        } else if (arg == "--frames" && has_value) {
            o.frames = std::atoi(argv[++i]);
        } else if (arg == "--size" && has_value && std::sscanf(argv[++i], "%dx%d", &o.width, &o.height) == 2 &&
                   o.width > 0 && o.height > 0) {
            o.size_given = true;
        } else {
            std::fprintf(stderr, "dealscope: bad argument '%s'\n%s", arg.c_str(), kUsage);
            return false;
        }
    }
    if (!o.screenshot.empty() && o.frames <= 0) o.frames = 10;
    return true;
}

std::string save_screenshot(const std::string& path, int width, int height) {
    std::vector<std::uint8_t> pixels(static_cast<std::size_t>(width) * static_cast<std::size_t>(height) * 3);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadBuffer(GL_BACK);
    glReadPixels(0, 0, width, height, GL_RGB, GL_UNSIGNED_BYTE, pixels.data());
    // GL's origin is bottom-left; PNG rows go top to bottom.
    const std::size_t row = static_cast<std::size_t>(width) * 3;
    for (int y = 0; y < height / 2; ++y) {
        std::swap_ranges(pixels.begin() + static_cast<std::ptrdiff_t>(row * static_cast<std::size_t>(y)),
                         pixels.begin() + static_cast<std::ptrdiff_t>(row * static_cast<std::size_t>(y + 1)),
                         pixels.begin() + static_cast<std::ptrdiff_t>(row * static_cast<std::size_t>(height - 1 - y)));
    }
    const auto compress = [](const std::vector<std::uint8_t>& raw) {
        uLongf size = compressBound(static_cast<uLong>(raw.size()));
        std::vector<std::uint8_t> out(size);
        if (compress2(out.data(), &size, raw.data(), static_cast<uLong>(raw.size()), 9) != Z_OK) return std::vector<std::uint8_t>();
        out.resize(size);
        return out;
    };
    return ds::write_file(path, ds::encode_png(pixels, width, height, 3, compress));
}

}  // namespace

// --export-svg: the same picture the page's "Image…" saves, from the same session and link.
int export_svg(const Options& options) {
    DesktopHost host("none");
    ds::SessionStart start;
    start.assets_dir = options.assets;
    start.pack.file = options.pack;
    start.keep_user_data = false;
    start.link = options.link;
    ds::Session session(host, start);
    ds::AppState& state = session.state;
    if (!options.view.empty()) {
        const auto view = ds::view_from_name(options.view);
        if (!view || !ds::view_has_picture(*view)) {
            std::fprintf(stderr, "dealscope: --view takes timeline, network or flows, not '%s'\n", options.view.c_str());
            return 1;
        }
        state.view.current = *view;
    }
    ds::refresh_derived(state);
    const ds::PictureSize size = options.size_given ? ds::PictureSize{static_cast<float>(options.width), static_cast<float>(options.height)} : ds::PictureSize{};
    const auto svg = ds::view_svg(state, state.view.current, size);
    if (!svg) {
        std::fprintf(stderr, "dealscope: the %s view has no picture (timeline, network, flows do)\n", ds::view_name(state.view.current));
        return 1;
    }
    const std::string problem = ds::write_file(options.export_svg, std::span(reinterpret_cast<const std::uint8_t*>(svg->data()), svg->size()));
    if (!problem.empty()) {
        std::fprintf(stderr, "dealscope: %s\n", problem.c_str());
        return 2;
    }
    return 0;
}

int main(int argc, char** argv) {
    Options options;
    if (!parse_options(argc, argv, options)) return 1;
    if (!options.export_svg.empty()) return export_svg(options);

    glfwSetErrorCallback([](int code, const char* text) { std::fprintf(stderr, "glfw error %d: %s\n", code, text); });
    if (!glfwInit()) return 2;
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
    GLFWwindow* window = glfwCreateWindow(options.width, options.height, "dealscope", nullptr, nullptr);
    if (!window) return 2;
    glfwMakeContextCurrent(window);
    glfwSwapInterval(1);

    DesktopHost host(options.user_data);
    ds::SessionStart start;
    start.assets_dir = options.assets;
    start.pack.file = options.pack;
    start.keep_user_data = options.user_data != "none";
    start.user_data_place = options.user_data;
    if (start.keep_user_data) {
        // An unreadable file is moved aside (the problem says where) and the session starts without it.
        auto stored = host.read_at_start();
        start.user_data = std::move(stored.text);
        start.user_data_problem = std::move(stored.problem);
    }
    start.link = options.link;
    ds::Session session(host, start);
    host.attach(session);
    ds::AppState& state = session.state;
    if (!options.select.empty() && !ds::select_by_id(state, options.select)) {
        std::fprintf(stderr, "warning: --select: no article, event or entity with id '%s'\n", options.select.c_str());
    }

    ds::ui::create_imgui_context();
    ImGui_ImplGlfw_InitForOpenGL(window, true);
    ImGui_ImplOpenGL3_Init("#version 130");

    float x_scale = 1.0f, y_scale = 1.0f;
    glfwGetWindowContentScale(window, &x_scale, &y_scale);
    const std::vector<std::string> fonts{options.font, DEALSCOPE_UI_FONT_FILE, DEALSCOPE_FALLBACK_FONT_FILE};
    std::vector<ds::Problem> font_problems;
    state.report.font = ds::ui::load_ui_font(fonts, x_scale, font_problems);
    for (const auto& p : font_problems) std::fprintf(stderr, "%s\n", ds::describe(p).c_str());
    state.host.problems.insert(state.host.problems.end(), font_problems.begin(), font_problems.end());

    // Files dropped on the window: articles, or an exported data file to import.
    glfwSetWindowUserPointer(window, &session);
    glfwSetDropCallback(window, [](GLFWwindow* w, int count, const char** paths) {
        auto& dropped_into = *static_cast<ds::Session*>(glfwGetWindowUserPointer(w));
        for (int i = 0; i < count; ++i) {
            auto bytes = ds::read_text_file(paths[i], ds::kMaxUserArticleBytes);
            if (auto* problem = std::get_if<ds::Problem>(&bytes)) {
                dropped_into.state.user.notice = ds::Notice::of(ds::NoticeCode::file_refused, paths[i], *problem);
                continue;
            }
            dropped_into.add_file(std::filesystem::path(paths[i]).filename().string(), std::get<std::string>(std::move(bytes)));
        }
    });

    ds::ui::AppWindow window_state;
    int exit_code = 0;
    while (!glfwWindowShouldClose(window)) {
        glfwPollEvents();
        session.before_frame();  // a large dropped file is read a slice per frame, as in the browser
        ImGui_ImplOpenGL3_NewFrame();
        ImGui_ImplGlfw_NewFrame();
        ImGui::NewFrame();
        const ImGuiIO& io = ImGui::GetIO();
        state.report.display = {io.DisplaySize.x, io.DisplaySize.y, io.DisplayFramebufferScale.x};
        ds::ui::draw_app_window(state, window_state);
        ImGui::Render();
        session.after_frame();

        int fb_width = 0, fb_height = 0;
        glfwGetFramebufferSize(window, &fb_width, &fb_height);
        glViewport(0, 0, fb_width, fb_height);
        glClearColor(0.98f, 0.98f, 0.97f, 1.0f);
        glClear(GL_COLOR_BUFFER_BIT);
        ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
        ++state.report.frames_rendered;

        const bool last_frame = options.frames > 0 && state.report.frames_rendered >= static_cast<std::uint64_t>(options.frames);
        if (last_frame && !options.screenshot.empty()) {
            const std::string error = save_screenshot(options.screenshot, fb_width, fb_height);
            if (!error.empty()) {
                std::fprintf(stderr, "error: %s: %s\n", options.screenshot.c_str(), error.c_str());
                exit_code = 3;
            }
        }
        glfwSwapBuffers(window);
        if (last_frame) break;
    }

    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
    glfwDestroyWindow(window);
    glfwTerminate();
    return exit_code;
}

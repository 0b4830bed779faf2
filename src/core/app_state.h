#pragma once
// Everything the UI shows, as plain data, and its JSON form for `window.dealscope.state()` and tests.
#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "article_catalog.h"
#include "problem.h"

namespace ds {

struct FontInfo {
    std::string path;        // file the UI font came from; empty when ImGui's built-in font is used
    float size_px = 0;       // logical size, before HiDPI scaling
    bool fallback = false;   // true when the intended font could not be loaded
};

struct DisplayInfo {
    float width = 0, height = 0;   // logical (CSS) pixels
    float pixel_ratio = 1;         // framebuffer pixels per logical pixel
};

struct AppState {
    std::string assets_dir;
    ArticleCatalog catalog;
    std::vector<Problem> problems;  // app-level: font fallback, platform warnings
    FontInfo font;
    DisplayInfo display;
    std::uint64_t frames_rendered = 0;
};

// Loads the article catalogue from `<assets_dir>/articles`.
AppState load_app_state(const std::string& assets_dir);

// All problems the user should see, catalogue first.
std::vector<Problem> all_problems(const AppState& state);

nlohmann::json to_json(const AppState& state);

}  // namespace ds

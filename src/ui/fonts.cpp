#include "fonts.h"

#include <filesystem>

#include <imgui.h>

namespace ds::ui {

namespace {
ImFont* g_heading = nullptr;
ImFont* g_title = nullptr;
}  // namespace

ImFont* heading_font() { return g_heading ? g_heading : ImGui::GetFont(); }
ImFont* title_font() { return g_title ? g_title : ImGui::GetFont(); }

const unsigned short* german_glyph_ranges() {
    static const ImWchar ranges[] = {
        0x0020, 0x00FF,  // Basic Latin + Latin-1 (ä ö ü ß « » §)
        0x0100, 0x017F,  // Latin Extended-A (names like Łukasz, Dvořák)
        0x2000, 0x200A,  // typographic spaces (thin space groups digits: US$ 10 000 000 000)
        0x2010, 0x2027,  // dashes, ‚ ‘ ’ „ “ ”, bullet, …
        0x2030, 0x205E,  // ‰ ‹ › and other punctuation
        0x20AC, 0x20AC,  // €
        0x2190, 0x2193,  // arrows for sort and flow hints
        0x2248, 0x2248,  // ≈ for a sum with other currencies counted in at rough rates
        0x2264, 0x2265,  // ≤ ≥ for "up to" and "at least" amounts
        0x25A0, 0x25A0,  // ■ type colour swatch
        0x2713, 0x2713,  // ✓ what the user has already
        0,
    };
    return ranges;
}

FontInfo load_ui_font(const std::vector<std::string>& candidates, float pixel_ratio, std::vector<Problem>& problems) {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    g_heading = g_title = nullptr;
    io.FontGlobalScale = 1.0f / pixel_ratio;  // layout in logical pixels, glyphs at device resolution

    ImFontConfig config;
    // Two horizontal samples keep text placed between pixels sharp on an ordinary screen; at twice the
    // pixel density one does as well, at half the rasterising and half the atlas.
    config.OversampleH = pixel_ratio >= 2 ? 1 : 2;
    config.PixelSnapH = false;
    for (const auto& path : candidates) {
        std::error_code ec;
        if (path.empty() || !std::filesystem::is_regular_file(path, ec)) continue;
        if (io.Fonts->AddFontFromFileTTF(path.c_str(), kUiFontSizePx * pixel_ratio, &config, german_glyph_ranges())) {
            g_heading = io.Fonts->AddFontFromFileTTF(path.c_str(), kHeadingFontSizePx * pixel_ratio, &config, german_glyph_ranges());
            g_title = io.Fonts->AddFontFromFileTTF(path.c_str(), kTitleFontSizePx * pixel_ratio, &config, german_glyph_ranges());
            return FontInfo{path, kUiFontSizePx, false};
        }
        problems.push_back({Severity::warning, path, MessageCode::font_unparsable});
    }
    problems.push_back({Severity::warning, candidates.empty() ? std::string("(no font configured)") : candidates.front(),
                        MessageCode::ui_font_missing});
    ImFontConfig fallback;
    fallback.SizePixels = 13.0f * pixel_ratio;
    io.Fonts->AddFontDefault(&fallback);
    return FontInfo{"", 13.0f, true};
}

}  // namespace ds::ui

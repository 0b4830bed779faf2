#include "fonts.h"

#include <filesystem>

#include <imgui.h>

#include "core/text/text_file.h"
#include "font_atlas_file.h"

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

ImFontConfig ui_font_config(float pixel_ratio) {
    ImFontConfig config;
    // Two horizontal samples keep text placed between pixels sharp on an ordinary screen; at twice the
    // pixel density one does as well, at half the rasterising and half the atlas.
    config.OversampleH = pixel_ratio >= 2 ? 1 : 2;
    config.PixelSnapH = false;
    return config;
}

bool add_ui_fonts(ImFontAtlas& atlas, const std::string& path, float pixel_ratio) {
    ImFontConfig config = ui_font_config(pixel_ratio);
    if (!atlas.AddFontFromFileTTF(path.c_str(), kUiFontSizePx * pixel_ratio, &config, german_glyph_ranges())) return false;
    atlas.AddFontFromFileTTF(path.c_str(), kHeadingFontSizePx * pixel_ratio, &config, german_glyph_ranges());
    atlas.AddFontFromFileTTF(path.c_str(), kTitleFontSizePx * pixel_ratio, &config, german_glyph_ranges());
    return true;
}

FontInfo load_ui_font(const std::vector<std::string>& candidates, float pixel_ratio, std::vector<Problem>& problems,
                      const std::string& prepared_atlas) {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    g_heading = g_title = nullptr;
    io.FontGlobalScale = 1.0f / pixel_ratio;  // layout in logical pixels, glyphs at device resolution

    std::error_code ec;
    if (!prepared_atlas.empty() && std::filesystem::is_regular_file(prepared_atlas, ec)) {
        auto bytes = read_text_file(prepared_atlas);
        std::string refused = std::holds_alternative<Problem>(bytes) ? std::get<Problem>(bytes).reason
                                                                     : load_font_atlas(std::get<std::string>(bytes), pixel_ratio, *io.Fonts);
        if (refused.empty() && io.Fonts->Fonts.Size == 3) {
            g_heading = io.Fonts->Fonts[1];
            g_title = io.Fonts->Fonts[2];
            return FontInfo{prepared_atlas, kUiFontSizePx, false};
        }
        if (refused.empty()) refused = "it holds " + std::to_string(io.Fonts->Fonts.Size) + " fonts, not 3";
        io.Fonts->Clear();
        problems.push_back({Severity::warning, prepared_atlas, MessageCode::font_atlas_refused, {refused}});
    }
    for (const auto& path : candidates) {
        if (path.empty() || !std::filesystem::is_regular_file(path, ec)) continue;
        if (add_ui_fonts(*io.Fonts, path, pixel_ratio)) {
            g_heading = io.Fonts->Fonts[1];
            g_title = io.Fonts->Fonts[2];
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

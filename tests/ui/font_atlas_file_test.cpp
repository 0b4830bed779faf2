// The font atlas made at build time: read back, it is the atlas rasterised from the font, glyph for
// glyph and pixel for pixel, and a file made for another ratio, cut short or damaged is refused by
// reason, with the font rasterised instead.
#include <doctest/doctest.h>
#include <imgui.h>

#include <cstring>
#include <string>
#include <vector>

#include "core/text/text_file.h"
#include "ui/font_atlas_file.h"
#include "ui/fonts.h"
#include "support/temp_folder.h"
#include "support/ui_frames.h"

using namespace ds;

namespace {

std::string made_atlas(float ratio) {
    ImFontAtlas atlas;
    REQUIRE(ui::add_ui_fonts(atlas, DEALSCOPE_UI_FONT_FILE, ratio));
    REQUIRE(atlas.Build());
    return ui::save_font_atlas(atlas, ratio);
}

void check_same_glyphs(const ImFont& a, const ImFont& b) {
    CHECK(a.FontSize == b.FontSize);
    CHECK(a.Ascent == b.Ascent);
    CHECK(a.Descent == b.Descent);
    CHECK(a.FallbackChar == b.FallbackChar);
    CHECK(a.EllipsisChar == b.EllipsisChar);
    CHECK(a.FallbackAdvanceX == b.FallbackAdvanceX);
    REQUIRE(a.Glyphs.Size == b.Glyphs.Size);
    CHECK(std::memcmp(a.Glyphs.Data, b.Glyphs.Data, sizeof(ImFontGlyph) * static_cast<std::size_t>(a.Glyphs.Size)) == 0);
    REQUIRE(a.IndexAdvanceX.Size == b.IndexAdvanceX.Size);
    CHECK(std::memcmp(a.IndexAdvanceX.Data, b.IndexAdvanceX.Data, sizeof(float) * static_cast<std::size_t>(a.IndexAdvanceX.Size)) == 0);
    const char* text = "OpenAI sammelt „40 Mrd. US$“ ein – 6,6 Mrd. € … Łukasz ≈ ≤ ✓\tEnde";
    const ImVec2 wa = a.CalcTextSizeA(a.FontSize, 1e9f, 300.0f, text);
    const ImVec2 wb = b.CalcTextSizeA(b.FontSize, 1e9f, 300.0f, text);
    CHECK(wa.x == wb.x);
    CHECK(wa.y == wb.y);
}

}  // namespace

TEST_CASE("an atlas file read back is the atlas rasterised from the font") {
    for (float ratio : {1.0f, 2.0f}) {
        CAPTURE(ratio);
        ImFontAtlas rasterised;
        REQUIRE(ui::add_ui_fonts(rasterised, DEALSCOPE_UI_FONT_FILE, ratio));
        unsigned char* expected_pixels = nullptr;
        int w = 0, h = 0;
        rasterised.GetTexDataAsAlpha8(&expected_pixels, &w, &h);

        ImFontAtlas read;
        CHECK(ui::load_font_atlas(made_atlas(ratio), ratio, read) == "");
        CHECK(read.IsBuilt());
        REQUIRE(read.Fonts.Size == 3);
        for (int i = 0; i < 3; ++i) check_same_glyphs(*rasterised.Fonts[i], *read.Fonts[i]);
        CHECK(read.TexUvWhitePixel.x == rasterised.TexUvWhitePixel.x);
        CHECK(read.TexUvWhitePixel.y == rasterised.TexUvWhitePixel.y);
        CHECK(std::memcmp(read.TexUvLines, rasterised.TexUvLines, sizeof read.TexUvLines) == 0);
        unsigned char* pixels = nullptr;
        int rw = 0, rh = 0;
        read.GetTexDataAsAlpha8(&pixels, &rw, &rh);
        REQUIRE(rw == w);
        REQUIRE(rh == h);
        CHECK(std::memcmp(pixels, expected_pixels, static_cast<std::size_t>(w) * static_cast<std::size_t>(h)) == 0);
    }
}

TEST_CASE("an atlas file for another ratio, cut short, damaged or of another kind is refused by reason") {
    const std::string whole = made_atlas(1.0f);
    ImFontAtlas atlas;
    CHECK(ui::load_font_atlas(whole, 2.0f, atlas).starts_with("made with other settings"));
    CHECK(atlas.Fonts.empty());
    CHECK(ui::load_font_atlas(whole.substr(0, whole.size() / 2), 1.0f, atlas).starts_with("damaged: its checksum does not match"));
    std::string flipped = whole;
    flipped[flipped.size() / 2] ^= 0x10;
    CHECK(ui::load_font_atlas(flipped, 1.0f, atlas).starts_with("damaged: its checksum does not match"));
    CHECK(ui::load_font_atlas("wOFF\x00\x01\x00\x00", 1.0f, atlas) == "not a dealscope font atlas");
    CHECK(ui::load_font_atlas("", 1.0f, atlas) == "not a dealscope font atlas");
    CHECK_FALSE(atlas.IsBuilt());

    // Past the checksum: a body whose counts promise more than it holds, or a texture too large.
    std::string body(4 * 2 + 4 * 2 + 16 * static_cast<std::size_t>(IM_DRAWLIST_TEX_LINES_WIDTH_MAX + 1) + 8, '\0');
    body[0] = 1;  // 1 × 1 pixels
    body[4] = 1;
    body[body.size() - 8] = 9;  // nine fonts, none there
    CHECK(ui::load_font_atlas(ui::frame_font_atlas(body, 1.0f), 1.0f, atlas).starts_with("damaged: "));
    body[0] = 0;
    body[2] = 1;  // 65 536 pixels wide
    CHECK(ui::load_font_atlas(ui::frame_font_atlas(body, 1.0f), 1.0f, atlas) == "texture of 65536 × 1 pixels");
    CHECK(atlas.Fonts.empty());
}

TEST_CASE("the app uses the atlas file when it fits, and rasterises the font when it is refused") {
    test::ImGuiScope scope;
    test::TempFolder folder;
    const std::string atlas_file = (folder.path / ui::font_atlas_file_name(1.0f)).string();
    CHECK(ui::font_atlas_file_name(1.0f) == "ui-font-1x.atlas");
    CHECK(ui::font_atlas_file_name(1.5f) == "ui-font-1.5x.atlas");
    REQUIRE_FALSE(write_file_atomically(atlas_file, made_atlas(1.0f)).has_value());

    std::vector<Problem> problems;
    FontInfo font = ui::load_ui_font({DEALSCOPE_UI_FONT_FILE}, 1.0f, problems, atlas_file);
    CHECK(font.path == atlas_file);
    CHECK_FALSE(font.fallback);
    CHECK(problems.empty());
    CHECK(ui::heading_font() == ImGui::GetIO().Fonts->Fonts[1]);
    CHECK(ui::title_font()->FontSize == doctest::Approx(ui::kTitleFontSizePx));

    // Another ratio: the file is refused with its reason, the font rasterised.
    font = ui::load_ui_font({DEALSCOPE_UI_FONT_FILE}, 2.0f, problems, atlas_file);
    CHECK(font.path == DEALSCOPE_UI_FONT_FILE);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].place == atlas_file);
    CHECK(problems[0].code == MessageCode::font_atlas_refused);
    CHECK(problems[0].reason.starts_with("prepared font atlas not used (made with other settings"));
    REQUIRE(ImGui::GetIO().Fonts->Build());
    CHECK(ImGui::GetIO().Fonts->Fonts[0]->FontSize == doctest::Approx(ui::kUiFontSizePx * 2.0f));
}

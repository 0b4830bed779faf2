#include "font_atlas_file.h"

#include <cmath>
#include <cstring>

#include <imgui.h>

#include "core/pack/pack_bytes.h"
#include "fonts.h"

namespace ds::ui {

namespace {

constexpr std::string_view kSignature = "dealscope font atlas\n";
constexpr std::uint32_t kFormat = 1;
// Per glyph: code point, visible, advance, corners, texture coordinates.
constexpr std::size_t kGlyphBytes = 4 + 1 + 4 * 9;

// std::bit_cast, which Emscripten 3.1.6's library lacks.
std::uint32_t float_bits(float v) {
    std::uint32_t bits;
    std::memcpy(&bits, &v, sizeof bits);
    return bits;
}
void put_float(PackWriter& out, float v) { out.u32(float_bits(v)); }
float get_float(PackReader& in) {
    const std::uint32_t bits = in.u32();
    float v;
    std::memcpy(&v, &bits, sizeof v);
    return v;
}

std::uint64_t mix(std::uint64_t h, std::uint64_t v) {
    h ^= v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
    return h;
}

}  // namespace

std::uint64_t font_atlas_fingerprint(float pixel_ratio) {
    std::uint64_t h = mix(0, IMGUI_VERSION_NUM);
    for (float size : {kUiFontSizePx, kHeadingFontSizePx, kTitleFontSizePx}) h = mix(h, float_bits(size));
    h = mix(h, float_bits(pixel_ratio));
    const ImFontConfig config = ui_font_config(pixel_ratio);
    h = mix(h, static_cast<std::uint64_t>(config.OversampleH) << 8 | static_cast<std::uint64_t>(config.OversampleV) << 1 | config.PixelSnapH);
    for (const unsigned short* r = german_glyph_ranges(); *r; ++r) h = mix(h, *r);
    return h;
}

std::string font_atlas_file_name(float pixel_ratio) {
    char ratio[32];
    std::snprintf(ratio, sizeof ratio, "%g", static_cast<double>(pixel_ratio));
    return std::string("ui-font-") + ratio + "x.atlas";
}

std::string frame_font_atlas(std::string_view body, float pixel_ratio) {
    PackWriter out;
    out.bytes().append(kSignature);
    out.u32(kFormat);
    out.u64(font_atlas_fingerprint(pixel_ratio));
    out.bytes().append(body);
    out.u64(pack_checksum(out.bytes()));
    return std::move(out.bytes());
}

std::string save_font_atlas(ImFontAtlas& atlas, float pixel_ratio) {
    unsigned char* pixels = nullptr;
    int width = 0, height = 0;
    atlas.GetTexDataAsAlpha8(&pixels, &width, &height);
    PackWriter out;
    out.u32(static_cast<std::uint32_t>(width));
    out.u32(static_cast<std::uint32_t>(height));
    put_float(out, atlas.TexUvWhitePixel.x);
    put_float(out, atlas.TexUvWhitePixel.y);
    for (const ImVec4& uv : atlas.TexUvLines) {
        for (float v : {uv.x, uv.y, uv.z, uv.w}) put_float(out, v);
    }
    out.size(static_cast<std::size_t>(atlas.Fonts.Size));
    for (const ImFont* font : atlas.Fonts) {
        for (float v : {font->FontSize, font->Ascent, font->Descent}) put_float(out, v);
        for (ImWchar c : {font->FallbackChar, font->EllipsisChar, font->DotChar}) out.u32(c);
        out.size(static_cast<std::size_t>(font->Glyphs.Size));
        for (const ImFontGlyph& g : font->Glyphs) {
            out.u32(g.Codepoint);
            out.u8(g.Visible ? 1 : 0);
            for (float v : {g.AdvanceX, g.X0, g.Y0, g.X1, g.Y1, g.U0, g.V0, g.U1, g.V1}) put_float(out, v);
        }
    }
    out.bytes().append(reinterpret_cast<const char*>(pixels), static_cast<std::size_t>(width) * static_cast<std::size_t>(height));
    return frame_font_atlas(out.bytes(), pixel_ratio);
}

std::string load_font_atlas(std::string_view bytes, float pixel_ratio, ImFontAtlas& atlas) {
    atlas.Clear();
    if (bytes.size() < kSignature.size() || bytes.substr(0, kSignature.size()) != kSignature) return "not a dealscope font atlas";
    if (bytes.size() < kSignature.size() + 8 + 8) return "cut short at byte " + std::to_string(bytes.size());
    const std::string_view body = bytes.substr(0, bytes.size() - 8);
    PackReader trailer(bytes.substr(body.size()), body.size());
    if (trailer.u64() != pack_checksum(body)) return "damaged: its checksum does not match its contents (or it is cut short)";

    PackReader in(body.substr(kSignature.size()), kSignature.size());
    if (const std::uint32_t format = in.u32(); format != kFormat) {
        return "format " + std::to_string(format) + ", but this dealscope reads format " + std::to_string(kFormat);
    }
    if (in.u64() != font_atlas_fingerprint(pixel_ratio)) {
        return "made with other settings (ImGui version, sizes, glyphs or pixel ratio) than pixel ratio " + std::to_string(pixel_ratio) + " here";
    }
    const std::uint32_t width = in.u32(), height = in.u32();
    // The largest texture WebGL 2 guarantees is 2048 on a side; ours are at most 1024 × 2048.
    if (width == 0 || height == 0 || width > 8192 || height > 8192) return "texture of " + std::to_string(width) + " × " + std::to_string(height) + " pixels";
    ImVec2 white;
    white.x = get_float(in);
    white.y = get_float(in);
    ImVec4 lines[IM_ARRAYSIZE(atlas.TexUvLines)];
    for (ImVec4& uv : lines) {
        for (float* v : {&uv.x, &uv.y, &uv.z, &uv.w}) *v = get_float(in);  // in order, unlike a constructor's arguments
    }
    const std::size_t fonts = in.count(3 * 4 + 3 * 4 + 8);  // metrics, special characters, glyph count
    for (std::size_t f = 0; f < fonts && !in.failed(); ++f) {
        ImFont* font = IM_NEW(ImFont);
        atlas.Fonts.push_back(font);
        font->ContainerAtlas = &atlas;
        font->FontSize = get_float(in);
        font->Ascent = get_float(in);
        font->Descent = get_float(in);
        font->FallbackChar = static_cast<ImWchar>(in.u32());
        font->EllipsisChar = static_cast<ImWchar>(in.u32());
        font->DotChar = static_cast<ImWchar>(in.u32());
        const std::size_t glyphs = in.count(kGlyphBytes);
        if (glyphs == 0 || glyphs >= 0xFFFF) in.fail("a font without glyphs, or with too many");
        font->Glyphs.reserve(static_cast<int>(glyphs));
        for (std::size_t i = 0; i < glyphs && !in.failed(); ++i) {
            ImFontGlyph g{};
            g.Codepoint = in.u32() & 0x3FFFFFFF;
            g.Visible = in.u8() != 0;
            for (float* v : {&g.AdvanceX, &g.X0, &g.Y0, &g.X1, &g.Y1, &g.U0, &g.V0, &g.U1, &g.V1}) *v = get_float(in);
            if (g.Codepoint > IM_UNICODE_CODEPOINT_MAX) in.fail("a glyph beyond the code points ImGui holds");
            font->Glyphs.push_back(g);
        }
        font->DirtyLookupTables = true;
    }
    const std::size_t pixel_bytes = static_cast<std::size_t>(width) * height;
    const std::string_view pixels = in.bytes(pixel_bytes);
    if (!in.failed() && !in.at_end()) in.fail("bytes after the pixels");
    if (in.failed() || atlas.Fonts.empty()) {
        const std::string why = in.failed() ? std::string(in.failure()) + " at byte " + std::to_string(in.failed_at()) : "no fonts";
        atlas.Clear();
        return "damaged: " + why;
    }

    atlas.TexWidth = static_cast<int>(width);
    atlas.TexHeight = static_cast<int>(height);
    atlas.TexUvScale = ImVec2(1.0f / static_cast<float>(width), 1.0f / static_cast<float>(height));
    atlas.TexUvWhitePixel = white;
    std::memcpy(atlas.TexUvLines, lines, sizeof lines);
    atlas.TexPixelsAlpha8 = static_cast<unsigned char*>(IM_ALLOC(pixel_bytes));
    std::memcpy(atlas.TexPixelsAlpha8, pixels.data(), pixel_bytes);
    // The mouse cursor shapes are not in the file (the page draws the browser's own cursor).
    atlas.Flags |= ImFontAtlasFlags_NoMouseCursors;
    for (ImFont* font : atlas.Fonts) font->BuildLookupTable();
    atlas.TexReady = true;
    return "";
}

}  // namespace ds::ui

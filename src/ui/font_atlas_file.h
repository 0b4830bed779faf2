#pragma once
// The UI font's atlas made at build time: the glyph images and metrics ImGui rasterises from the
// font at start-up, written once per pixel ratio by dealscope-font-atlas and read back by the page
// instead of rasterising (50–150 ms in the browser's first, unoptimised tier). The file is the
// atlas's one-channel pixels and each font's glyphs, little-endian, with a signature, a format, the
// settings it was made with and a checksum: one made from other settings, cut short or damaged is
// refused by reason, and the font is rasterised instead.
#include <cstdint>
#include <string>
#include <string_view>

struct ImFontAtlas;

namespace ds::ui {

// What an atlas depends on besides the font file: the ImGui version, the sizes, the glyph ranges and
// the oversampling for `pixel_ratio`. An atlas with another fingerprint is refused.
std::uint64_t font_atlas_fingerprint(float pixel_ratio);

// The built `atlas` (fonts added, then Build()) as the file's bytes.
std::string save_font_atlas(ImFontAtlas& atlas, float pixel_ratio);

// `body` (what follows the settings' fingerprint) with the signature, format, fingerprint for
// `pixel_ratio` and checksum around it: what save_font_atlas writes, and what the fuzzer feeds.
std::string frame_font_atlas(std::string_view body, float pixel_ratio);

// Replaces what `atlas` holds with the fonts in `bytes`, ready to upload (IsBuilt()). Returns "" or,
// leaving `atlas` empty, why the file was refused: "made for pixel ratio 2, not 1", "cut short at
// byte 1200", "damaged: its checksum does not match".
std::string load_font_atlas(std::string_view bytes, float pixel_ratio, ImFontAtlas& atlas);

// The file a page or a build holds for `pixel_ratio`: "ui-font-1x.atlas", "ui-font-1.5x.atlas".
std::string font_atlas_file_name(float pixel_ratio);

}  // namespace ds::ui

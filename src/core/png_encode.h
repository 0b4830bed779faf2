#pragma once
// Minimal PNG writer (8-bit RGB or RGBA, stored deflate blocks): screenshots and poster images
// without a compression library, which the wasm build could not link anyway.
#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace ds {

// `pixels` is rows top to bottom, `channels` 3 (RGB) or 4 (RGBA). Returns the PNG file's bytes,
// or an empty vector when the sizes do not match.
std::vector<std::uint8_t> encode_png(std::span<const std::uint8_t> pixels, int width, int height, int channels);

// Writes `bytes` to `path`; returns an empty string or the reason it failed.
std::string write_file(const std::string& path, std::span<const std::uint8_t> bytes);

}  // namespace ds

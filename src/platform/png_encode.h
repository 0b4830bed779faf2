#pragma once
// Minimal PNG writer (8-bit RGB or RGBA): screenshots and poster images. The core stores deflate
// blocks uncompressed (the wasm build links no compression library); the desktop build passes
// zlib's compress2 so posters for web pages stay small.
#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <vector>

namespace ds {

// `pixels` is rows top to bottom, `channels` 3 (RGB) or 4 (RGBA). Returns the PNG file's bytes,
// or an empty vector when the sizes do not match.
// `zlib`, when given, turns the filtered rows into a zlib stream (else stored blocks are written).
using ZlibCompress = std::function<std::vector<std::uint8_t>(const std::vector<std::uint8_t>&)>;
std::vector<std::uint8_t> encode_png(std::span<const std::uint8_t> pixels, int width, int height, int channels, const ZlibCompress& zlib = nullptr);

// Writes `bytes` to `path`; returns an empty string or the reason it failed.
std::string write_file(const std::string& path, std::span<const std::uint8_t> bytes);

}  // namespace ds

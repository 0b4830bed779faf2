#include <doctest/doctest.h>

#include <cstdint>
#include <string>
#include <vector>

#include "platform/png_encode.h"

using namespace ds;

namespace {
std::uint32_t be32(const std::vector<std::uint8_t>& b, std::size_t at) {
    return (std::uint32_t{b[at]} << 24) | (std::uint32_t{b[at + 1]} << 16) | (std::uint32_t{b[at + 2]} << 8) | b[at + 3];
}

// Reads back a PNG written with stored deflate blocks: returns the filtered scanlines.
std::vector<std::uint8_t> stored_scanlines(const std::vector<std::uint8_t>& png) {
    std::vector<std::uint8_t> zlib;
    for (std::size_t at = 8; at + 12 <= png.size();) {
        const std::uint32_t length = be32(png, at);
        const std::string type(png.begin() + static_cast<long>(at) + 4, png.begin() + static_cast<long>(at) + 8);
        if (type == "IDAT") zlib.insert(zlib.end(), png.begin() + static_cast<long>(at) + 8,
                                        png.begin() + static_cast<long>(at + 8 + length));
        at += 12 + length;
    }
    std::vector<std::uint8_t> raw;
    for (std::size_t at = 2; at + 5 <= zlib.size();) {
        const bool last = zlib[at] & 1;
        const std::size_t len = zlib[at + 1] | (std::size_t{zlib[at + 2]} << 8);
        const std::size_t nlen = zlib[at + 3] | (std::size_t{zlib[at + 4]} << 8);
        REQUIRE((len ^ 0xFFFF) == nlen);
        raw.insert(raw.end(), zlib.begin() + static_cast<long>(at) + 5, zlib.begin() + static_cast<long>(at + 5 + len));
        at += 5 + len;
        if (last) break;
    }
    return raw;
}
}  // namespace

TEST_CASE("PNG has signature, header and the pixels row by row") {
    const std::vector<std::uint8_t> pixels{255, 0, 0, 0, 255, 0, 0, 0, 255, 9, 9, 9};  // 2x2 RGB
    const auto png = encode_png(pixels, 2, 2, 3);
    REQUIRE(png.size() > 33);
    CHECK(png[1] == 'P');
    CHECK(be32(png, 16) == 2);  // IHDR width
    CHECK(be32(png, 20) == 2);  // IHDR height
    CHECK(png[25] == 2);        // colour type RGB
    const auto raw = stored_scanlines(png);
    CHECK(raw == std::vector<std::uint8_t>{0, 255, 0, 0, 0, 255, 0, 0, 0, 0, 255, 9, 9, 9});
}

TEST_CASE("large images span several stored blocks") {
    std::vector<std::uint8_t> pixels(300 * 300 * 4);
    for (std::size_t i = 0; i < pixels.size(); ++i) pixels[i] = static_cast<std::uint8_t>(i * 7);
    const auto raw = stored_scanlines(encode_png(pixels, 300, 300, 4));
    REQUIRE(raw.size() == 300 * (300 * 4 + 1));
    CHECK(raw[1 + 300 * 4 + 1] == pixels[300 * 4]);  // second row, first byte
}

TEST_CASE("mismatched sizes give no image") {
    CHECK(encode_png(std::vector<std::uint8_t>(5), 2, 2, 3).empty());
    CHECK(encode_png(std::vector<std::uint8_t>(12), 2, 2, 2).empty());
}

#pragma once
// Finding a byte, or a short piece of text, in a long text. Natively glibc's memchr is vectorised
// already; in WebAssembly musl's goes four bytes at a time and was a fifth of the parser's time
// (docs/performance.md), so there it is done 16 bytes at a time with WebAssembly SIMD.
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#if defined(__wasm_simd128__)
#include <wasm_simd128.h>
#endif

namespace ds {

// The position of the first `c` in `s` at or after `from`, or npos.
inline std::size_t find_byte(std::string_view s, char c, std::size_t from = 0) {
    if (from >= s.size()) return std::string_view::npos;
#if defined(__wasm_simd128__)
    const char* p = s.data() + from;
    const char* const end = s.data() + s.size();
    const v128_t wanted = wasm_i8x16_splat(static_cast<signed char>(c));
    for (; end - p >= 16; p += 16) {
        if (const std::uint32_t hits = wasm_i8x16_bitmask(wasm_i8x16_eq(wasm_v128_load(p), wanted))) {
            return static_cast<std::size_t>(p - s.data()) + static_cast<std::size_t>(__builtin_ctz(hits));
        }
    }
    for (; p < end; ++p) {
        if (*p == c) return static_cast<std::size_t>(p - s.data());
    }
    return std::string_view::npos;
#else
    const void* hit = std::memchr(s.data() + from, c, s.size() - from);
    return hit ? static_cast<std::size_t>(static_cast<const char*>(hit) - s.data()) : std::string_view::npos;
#endif
}

// The position of the first `needle` in `s` at or after `from`, or npos: for short texts (a line, a
// name). Natively string_view::find (memchr, then a compare); under WebAssembly SIMD 16 starts at a
// time, kept where the needle's first and last bytes both match (W. Muła's "SIMD-friendly substring
// search"), where musl goes a byte at a time.
inline std::size_t find_text(std::string_view s, std::string_view needle, std::size_t from = 0) {
#if defined(__wasm_simd128__)
    if (from > s.size()) return std::string_view::npos;
    if (needle.empty()) return from;
    if (needle.size() > s.size() - from) return std::string_view::npos;
    if (needle.size() == 1) return find_byte(s, needle[0], from);
    const std::size_t k = needle.size() - 1;  // from the first byte to the last
    const v128_t first = wasm_i8x16_splat(static_cast<signed char>(needle[0]));
    const v128_t last = wasm_i8x16_splat(static_cast<signed char>(needle[k]));
    const char* p = s.data() + from;
    const char* const end = s.data() + s.size();
    for (; static_cast<std::size_t>(end - p) >= 16 + k; p += 16) {
        const v128_t both = wasm_v128_and(wasm_i8x16_eq(wasm_v128_load(p), first), wasm_i8x16_eq(wasm_v128_load(p + k), last));
        for (std::uint32_t hits = wasm_i8x16_bitmask(both); hits != 0; hits &= hits - 1) {
            const std::size_t at = static_cast<std::size_t>(p - s.data()) + static_cast<std::size_t>(__builtin_ctz(hits));
            if (std::memcmp(s.data() + at + 1, needle.data() + 1, k - 1) == 0) return at;
        }
    }
    for (; static_cast<std::size_t>(end - p) >= needle.size(); ++p) {
        if (*p == needle[0] && std::memcmp(p + 1, needle.data() + 1, k) == 0) return static_cast<std::size_t>(p - s.data());
    }
    return std::string_view::npos;
#else
    return s.find(needle, from);
#endif
}

// The same for long texts where the needle's first letter is common (an article, all summaries):
// natively glibc's memmem, whose two-way search skips ahead (on short lines its set-up cost more
// than it saved: the parser ran at 274 instead of 374 MB/s); in WebAssembly find_text.
inline std::size_t find_text_in_long(std::string_view s, std::string_view needle, std::size_t from = 0) {
#if defined(__wasm_simd128__)
    return find_text(s, needle, from);
#else
    if (from > s.size()) return std::string_view::npos;
    const void* at = memmem(s.data() + from, s.size() - from, needle.data(), needle.size());
    return at ? static_cast<std::size_t>(static_cast<const char*>(at) - s.data()) : std::string_view::npos;
#endif
}

}  // namespace ds

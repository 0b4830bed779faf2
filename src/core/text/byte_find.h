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

// The position of the first `needle` in `s` at or after `from`, or npos.
inline std::size_t find_text(std::string_view s, std::string_view needle, std::size_t from = 0) {
    if (needle.empty()) return from <= s.size() ? from : std::string_view::npos;
    if (needle.size() > s.size()) return std::string_view::npos;
    const std::size_t last = s.size() - needle.size();
    for (std::size_t at = find_byte(s, needle[0], from); at != std::string_view::npos && at <= last; at = find_byte(s, needle[0], at + 1)) {
        if (std::memcmp(s.data() + at, needle.data(), needle.size()) == 0) return at;
    }
    return std::string_view::npos;
}

}  // namespace ds

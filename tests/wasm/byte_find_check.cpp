// The WebAssembly SIMD paths of find_byte and find_text (src/core/text/byte_find.h), which the native
// unit tests cannot reach: run under node by scripts/test.sh. Every start, alignment and needle of
// generated texts must give what std::string_view::find gives; exits 1 on the first difference.
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

#include "core/text/byte_find.h"

int main() {
#if !defined(__wasm_simd128__)
    std::puts("byte_find_check: built without WebAssembly SIMD");
    return 1;
#else
    std::size_t checked = 0;
    std::uint32_t seed = 1;
    const auto next = [&seed] { return seed = seed * 1664525u + 1013904223u; };
    for (int round = 0; round < 300; ++round) {
        // Few letters, so near misses are common: first and last bytes right, the middle wrong.
        std::string text(static_cast<std::size_t>(next() % 120), ' ');
        for (char& c : text) c = "abn \n\0\xc3"[next() % 7];
        for (std::size_t offset = 0; offset < 17 && offset <= text.size(); ++offset) {
            const std::string_view s = std::string_view(text).substr(offset);
            for (int n = 0; n < 12; ++n) {
                std::string needle(static_cast<std::size_t>(next() % 6), ' ');
                for (char& c : needle) c = "abn \n\0\xc3"[next() % 7];
                for (std::size_t from = 0; from <= s.size() + 1; ++from) {
                    const bool byte_ok = needle.empty() || ds::find_byte(s, needle[0], from) == s.find(needle[0], from);
                    const std::size_t expected = s.find(needle, from);
                    if (!byte_ok || ds::find_text(s, needle, from) != expected || ds::find_text_in_long(s, needle, from) != expected) {
                        std::printf("byte_find_check: differs for a needle of %zu bytes from %zu in %zu bytes\n", needle.size(), from, s.size());
                        return 1;
                    }
                    ++checked;
                }
            }
        }
    }
    std::printf("byte_find_check: %zu searches as std::string_view::find\n", checked);
    return 0;
#endif
}

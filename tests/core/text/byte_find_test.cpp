// find_byte and find_text give what string_view's find gives, at every start and alignment, with the
// byte in the 16-byte blocks, in the tail after them, and not there at all.
#include <doctest/doctest.h>

#include <string>

#include "core/text/byte_find.h"

namespace ds {

TEST_CASE("find_byte finds what string_view::find finds, from every start") {
    std::string text;
    for (int i = 0; i < 200; ++i) text += static_cast<char>('a' + (i * 7) % 26);
    text[37] = '\n';
    text[38] = '\n';
    text[150] = '\n';
    text[199] = '\0';
    for (std::size_t offset = 0; offset < 17; ++offset) {  // every alignment of the data
        const std::string_view s = std::string_view(text).substr(offset);
        for (const char c : {'\n', '\0', 'z', '#', '\xc3'}) {
            for (std::size_t from = 0; from <= s.size() + 2; ++from) {
                CHECK_MESSAGE(find_byte(s, c, from) == s.find(c, from), "offset ", offset, " from ", from, " byte ", int(c));
            }
        }
    }
    CHECK(find_byte("", 'a') == std::string_view::npos);
}

TEST_CASE("find_text finds what string_view::find finds") {
    const std::string line = "Mehr dazu: www.example.org/weiter und https://example.org/a://b ";
    const std::string_view s = line;
    for (const std::string_view needle : {"://", "www.", "https://", "x", "nicht da", "", " "}) {
        for (std::size_t from = 0; from <= s.size() + 1; ++from) {
            CHECK_MESSAGE(find_text(s, needle, from) == s.find(needle, from), "needle '", needle, "' from ", from);
        }
    }
    CHECK(find_text("ab", "abc") == std::string_view::npos);
    // Long enough for the 16-byte blocks, with near misses (first and last bytes right, middle wrong).
    std::string long_text;
    for (int i = 0; i < 12; ++i) long_text += "milliarden millionen mi_liarden ";
    long_text += "milliardenschwere runde";
    for (std::size_t offset = 0; offset < 17; ++offset) {
        const std::string_view t = std::string_view(long_text).substr(offset);
        for (const std::string_view needle : {"milliardenschwere", "mi_l", "en m", "runde", "de", "runden", "n"}) {
            for (std::size_t from = 0; from <= t.size(); from += 7) {
                CHECK_MESSAGE(find_text(t, needle, from) == t.find(needle, from), "needle '", needle, "' offset ", offset, " from ", from);
                CHECK_MESSAGE(find_text_in_long(t, needle, from) == t.find(needle, from), "needle '", needle, "' offset ", offset, " from ", from);
            }
        }
    }
}

}  // namespace ds

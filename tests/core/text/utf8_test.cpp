#include <doctest/doctest.h>

#include "core/text/utf8.h"

using namespace ds;

TEST_CASE("valid UTF-8, including German typography, passes") {
    CHECK_FALSE(find_invalid_utf8("Microsofts „Wette“ – 13,75 Mrd. € für KI; Größe ß").has_value());
    CHECK_FALSE(find_invalid_utf8("").has_value());
    CHECK_FALSE(find_invalid_utf8("\xF0\x9F\x98\x80").has_value());  // U+1F600, 4 bytes
}

TEST_CASE("invalid UTF-8 is reported at the byte offset of the bad sequence") {
    struct Case { std::string text; std::size_t offset; std::string reason; };
    const Case cases[] = {
        {"ab\x80z", 2, "unexpected continuation byte"},
        {"K\xC3", 1, "truncated sequence at end of input"},
        {"x\xC0\x80", 1, "overlong encoding"},
        {"xy\xE0\x80\x80", 2, "overlong encoding"},
        {"\xED\xA0\x80", 0, "encoded UTF-16 surrogate"},
        {"ok \xF4\x90\x80\x80", 3, "code point above U+10FFFF"},
        {"\xE2\x82 euro", 0, "truncated sequence"},
        {"\xFF", 0, "byte that never occurs in UTF-8"},
    };
    for (const auto& c : cases) {
        CAPTURE(c.text);
        const auto error = find_invalid_utf8(c.text);
        REQUIRE(error.has_value());
        CHECK(error->offset == c.offset);
        CHECK(std::string(error->reason) == c.reason);
    }
}

TEST_CASE("sanitize replaces each bad byte and keeps valid text unchanged") {
    CHECK(sanitize_utf8("Größe") == "Größe");
    CHECK(sanitize_utf8("a\xFF" "b") == "a\xEF\xBF\xBD" "b");
    CHECK_FALSE(find_invalid_utf8(sanitize_utf8("\xC3\x28\xE2\x82\xED\xA0\x80")).has_value());
}

TEST_CASE("truncation never cuts a code point in half") {
    CHECK(truncate_utf8("Größe", 3) == "Gr");   // "ö" is bytes 2..3
    CHECK(truncate_utf8("Größe", 4) == "Grö");
    CHECK(truncate_utf8("abc", 10) == "abc");
    CHECK(utf8_suffix("für 12", 5) == "r 12");  // "ü" is bytes 1..2: not cut in half
    CHECK(utf8_suffix("für 12", 6) == "ür 12");
    CHECK(utf8_suffix("abc", 10) == "abc");
}

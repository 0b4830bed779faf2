// The pack's numbers and strings: the same bytes on every host, and a reader that stops at the
// first record that does not fit.
#include <doctest/doctest.h>

#include "core/pack/pack_bytes.h"

namespace ds {

TEST_CASE("numbers and strings are written little-endian and read back") {
    PackWriter w;
    w.u32(0x01020304);
    w.u64(0x1122334455667788ULL);
    w.f64(-2.5);
    w.text("Mrd. €");
    w.boolean(true);
    CHECK(w.bytes().substr(0, 4) == std::string("\x04\x03\x02\x01", 4));
    PackReader r(w.bytes());
    CHECK(r.u32() == 0x01020304);
    CHECK(r.u64() == 0x1122334455667788ULL);
    CHECK(r.f64() == -2.5);
    CHECK(r.text() == "Mrd. €");
    CHECK(r.boolean());
    CHECK(r.at_end());
    CHECK_FALSE(r.failed());
}

TEST_CASE("a string longer than what is left, a flag that is not 0 or 1, stop the reader at their byte") {
    PackWriter w;
    w.u32(100);  // a string of 100 bytes
    w.bytes() += "short";
    PackReader r(w.bytes(), 40);
    CHECK(r.text().empty());
    CHECK(r.failed());
    CHECK(r.failed_at() == 44);  // after its length, counted from where the reader starts in the pack
    CHECK(r.u64() == 0);         // nothing more is read once failed

    PackReader flag(std::string_view("\x02", 1));
    flag.boolean();
    CHECK(std::string(flag.failure()) == "a flag is neither 0 nor 1");

    PackWriter bad;
    bad.text("Caf\xC3");  // cut inside a letter
    PackReader utf8(bad.bytes());
    (void)utf8.text();
    REQUIRE(utf8.failed());
    CHECK(std::string(utf8.failure()) == "a string is not UTF-8");
}

TEST_CASE("the checksum changes with any byte and with the length") {
    const std::string a = "dealscope pack checksum test, longer than eight bytes";
    std::string b = a;
    b[20] ^= 1;
    CHECK(pack_checksum(a) != pack_checksum(b));
    CHECK(pack_checksum(a) != pack_checksum(a + '\0'));
    CHECK(pack_checksum("") != pack_checksum(std::string(1, '\0')));
    CHECK(pack_checksum(a) == pack_checksum(std::string(a)));
}

TEST_CASE("the checksum fed in pieces of any size is the checksum of the whole") {
    std::string bytes;
    for (int i = 0; i < 1000; ++i) bytes += static_cast<char>(i * 37 % 251);
    for (const std::size_t piece : {1, 3, 7, 8, 9, 64, 999, 1000}) {
        PackChecksum sum(bytes.size());
        for (std::size_t at = 0; at < bytes.size(); at += piece) sum.add(std::string_view(bytes).substr(at, piece));
        CHECK(sum.value() == pack_checksum(bytes));
    }
}

}  // namespace ds

#include "core/pack/pack_bytes.h"

#include <algorithm>
#include <cstring>
#include <limits>

#include "core/text/utf8.h"

namespace ds {

void PackWriter::u32(std::uint32_t v) {
    for (int i = 0; i < 4; ++i) u8(static_cast<std::uint8_t>(v >> (8 * i)));
}
void PackWriter::u64(std::uint64_t v) {
    for (int i = 0; i < 8; ++i) u8(static_cast<std::uint8_t>(v >> (8 * i)));
}
void PackWriter::f64(double v) {
    std::uint64_t bits = 0;
    static_assert(sizeof bits == sizeof v);
    std::memcpy(&bits, &v, sizeof bits);
    u64(bits);
}
void PackWriter::text(std::string_view s) {
    u32(static_cast<std::uint32_t>(s.size()));
    out_.append(s);
}

void PackReader::fail(const char* what) {
    if (failure_) return;
    failure_ = what;
    failed_at_ = base_ + at_;
}

bool PackReader::take(std::size_t n) {
    if (failure_) return false;
    if (n > bytes_.size() - at_ && !refill(n)) {
        fail("a record runs past the end");
        return false;
    }
    return true;
}

// Drops what was read, then reads at least what the next record needs.
bool PackReader::refill(std::size_t n) {
    if (!fill_ || n > left()) return false;
    window_bytes_.erase(0, at_);
    base_ += at_;
    at_ = 0;
    const std::size_t want = std::min(unread_, std::max(n - window_bytes_.size(), window_));
    const std::size_t old = window_bytes_.size();
    window_bytes_.resize(old + want);
    const std::size_t got = fill_(window_bytes_.data() + old, want);
    window_bytes_.resize(old + got);
    if (checksum_) checksum_->add(std::string_view(window_bytes_).substr(old));
    unread_ = got == want ? unread_ - want : 0;  // a source that ends early ends the pack
    bytes_ = window_bytes_;
    return n <= bytes_.size();
}

void PackReader::drain() {
    if (!fill_) return;
    std::string chunk(std::min(unread_, window_), '\0');
    while (unread_ > 0) {
        const std::size_t want = std::min(unread_, chunk.size());
        const std::size_t got = fill_(chunk.data(), want);
        if (checksum_) checksum_->add(std::string_view(chunk).substr(0, got));
        unread_ = got == want ? unread_ - want : 0;
    }
}

std::uint8_t PackReader::u8() {
    if (!take(1)) return 0;
    return static_cast<std::uint8_t>(bytes_[at_++]);
}
std::uint32_t PackReader::u32() {
    if (!take(4)) return 0;
    std::uint32_t v = 0;
    for (int i = 0; i < 4; ++i) v |= std::uint32_t{static_cast<std::uint8_t>(bytes_[at_++])} << (8 * i);
    return v;
}
std::uint64_t PackReader::u64() {
    if (!take(8)) return 0;
    std::uint64_t v = 0;
    for (int i = 0; i < 8; ++i) v |= std::uint64_t{static_cast<std::uint8_t>(bytes_[at_++])} << (8 * i);
    return v;
}
double PackReader::f64() {
    const std::uint64_t bits = u64();
    double v = 0;
    std::memcpy(&v, &bits, sizeof v);
    return v;
}
bool PackReader::boolean() {
    const std::uint8_t v = u8();
    if (v > 1) fail("a flag is neither 0 nor 1");
    return v == 1;
}
std::string_view PackReader::bytes(std::size_t n) {
    if (!take(n)) return {};
    const std::string_view s = bytes_.substr(at_, n);
    at_ += n;
    return s;
}
std::string_view PackReader::text_view() {
    const std::string_view s = bytes(u32());
    // Every string reaches the views and state()'s JSON, which need UTF-8, as the JSON readers ensure.
    if (find_invalid_utf8(s)) fail("a string is not UTF-8");
    return s;
}
std::string PackReader::text() { return std::string(text_view()); }
std::size_t PackReader::size() {
    const std::uint64_t v = u64();
    if (v > std::numeric_limits<std::uint32_t>::max() || v > std::numeric_limits<std::size_t>::max()) {
        fail("a number is too large");
        return 0;
    }
    return static_cast<std::size_t>(v);
}
std::size_t PackReader::count(std::size_t min_bytes) {
    const std::size_t n = size();
    if (failure_) return 0;
    if (min_bytes > 0 && n > left() / min_bytes) {
        fail("a list is longer than the pack");
        return 0;
    }
    return n;
}

namespace {
constexpr std::uint64_t kPrime = 0x100000001b3ULL;
}  // namespace

PackChecksum::PackChecksum(std::uint64_t total_bytes) : h_(0xcbf29ce484222325ULL ^ total_bytes) {}

void PackChecksum::word(const char* eight) {
    std::uint64_t w = 0;
    for (int k = 0; k < 8; ++k) w |= std::uint64_t{static_cast<std::uint8_t>(eight[k])} << (8 * k);
    h_ = (h_ ^ w) * kPrime;
    h_ ^= h_ >> 29;
}

void PackChecksum::add(std::string_view bytes) {
    std::size_t i = 0;
    if (carried_ > 0) {  // a word begun in the last piece
        while (carried_ < 8 && i < bytes.size()) carry_[carried_++] = bytes[i++];
        if (carried_ < 8) return;
        word(carry_);
        carried_ = 0;
    }
    for (; i + 8 <= bytes.size(); i += 8) word(bytes.data() + i);
    for (; i < bytes.size(); ++i) carry_[carried_++] = bytes[i];
}

std::uint64_t PackChecksum::value() const {
    std::uint64_t h = h_;
    for (std::size_t i = 0; i < carried_; ++i) h = (h ^ static_cast<std::uint8_t>(carry_[i])) * kPrime;  // the last bytes one by one
    return h ^ (h >> 32);
}

std::uint64_t pack_checksum(std::string_view bytes) {
    PackChecksum sum(bytes.size());
    sum.add(bytes);
    return sum.value();
}

}  // namespace ds

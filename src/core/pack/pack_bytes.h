#pragma once
// The bytes of a pack (data_pack.h): fixed-width little-endian numbers and length-prefixed strings,
// the same on every host (a pack written by the native CLI is read by the WebAssembly page, where
// size_t has 32 bits). The reader checks every length against what is left and stops at the first
// that does not fit, remembering where, so a damaged pack is refused by its byte, never read past.
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

namespace ds {

class PackWriter {
public:
    void u8(std::uint8_t v) { out_.push_back(static_cast<char>(v)); }
    void u32(std::uint32_t v);
    void u64(std::uint64_t v);
    void f64(double v);
    void boolean(bool v) { u8(v ? 1 : 0); }
    void text(std::string_view s);
    // A count or an index (size_t natively): refused at read time when it exceeds 32 bits' worth of
    // what a WebAssembly page can hold.
    void size(std::size_t v) { u64(v); }
    std::string& bytes() { return out_; }

private:
    std::string out_;
};

// A 64-bit checksum of the payload, eight bytes per step (FNV-1a's byte loop ran at a fifth of the
// speed), fed in pieces of any size. It catches damage in transit or on disk, not tampering.
class PackChecksum {
public:
    explicit PackChecksum(std::uint64_t total_bytes);
    void add(std::string_view bytes);
    std::uint64_t value() const;  // once every byte was added

private:
    void word(const char* eight);
    std::uint64_t h_;
    char carry_[8] = {};
    std::size_t carried_ = 0;
};
std::uint64_t pack_checksum(std::string_view bytes);

// Where a streamed reader's bytes come from (a file): writes up to `n` bytes at `to`, returns how many.
using PackFill = std::function<std::size_t(char* to, std::size_t n)>;

class PackReader {
public:
    explicit PackReader(std::string_view bytes, std::size_t base = 0) : bytes_(bytes), base_(base) {}
    // Streamed: `length` bytes from `fill`, held a window at a time (`window` bytes, or a record's
    // length when it is longer), so a large pack is never in memory whole. A view from bytes() or
    // text_view() lasts until the next read. `checksum` is given every byte as it arrives.
    PackReader(PackFill fill, std::size_t length, std::size_t base, PackChecksum* checksum, std::size_t window = std::size_t{1} << 20)
        : base_(base), fill_(std::move(fill)), unread_(length), checksum_(checksum), window_(window) {}
    std::uint8_t u8();
    std::uint32_t u32();
    std::uint64_t u64();
    double f64();
    bool boolean();
    // A length-prefixed string; one that is not UTF-8 fails the reader.
    std::string text();
    std::string_view text_view();
    // The next `n` bytes as they are (empty, and failed, if fewer are left).
    std::string_view bytes(std::size_t n);
    std::size_t size();
    // A count of records each at least `min_bytes` long: one the remaining bytes cannot hold is a
    // damaged pack (not a gigabyte allocation).
    std::size_t count(std::size_t min_bytes);

    // The first thing that did not fit: what, and at which byte of the pack. Empty while all is well.
    void fail(const char* what);
    bool failed() const { return failure_ != nullptr; }
    const char* failure() const { return failure_; }
    std::size_t failed_at() const { return failed_at_; }
    std::size_t offset() const { return base_ + at_; }
    bool at_end() const { return at_ == bytes_.size() && unread_ == 0; }
    // A streamed reader that stopped early reads the rest, so that the checksum has seen every byte.
    void drain();

private:
    bool take(std::size_t n);
    bool refill(std::size_t n);
    std::size_t left() const { return bytes_.size() - at_ + unread_; }
    std::string_view bytes_;
    std::size_t base_ = 0;  // where bytes_ starts in the pack, for the byte a failure names
    std::size_t at_ = 0;
    const char* failure_ = nullptr;
    std::size_t failed_at_ = 0;
    // Streamed only:
    PackFill fill_;
    std::string window_bytes_;  // what bytes_ views
    std::size_t unread_ = 0;     // still in the source
    PackChecksum* checksum_ = nullptr;
    std::size_t window_ = 0;
};

}  // namespace ds

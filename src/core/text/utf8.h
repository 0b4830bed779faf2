#pragma once
// UTF-8 validation that reports where input goes wrong, and a lossless-for-valid sanitiser.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "core/text/message.h"

namespace ds {

struct Utf8Error {
    std::size_t offset;   // byte offset of the first byte of the bad sequence
    const char* reason;   // in English, e.g. "truncated sequence", "overlong encoding"
    MessageCode code;     // the same as a message (utf8_truncated, utf8_overlong), for invalid_utf8's {*}
};

// Returns the first invalid sequence, or nothing if `text` is valid UTF-8 (RFC 3629: no surrogates,
// no overlong forms, nothing above U+10FFFF).
std::optional<Utf8Error> find_invalid_utf8(std::string_view text);

// Length in bytes of the valid sequence starting at `text[i]`, or 0 if it is invalid there.
std::size_t utf8_sequence_length(std::string_view text, std::size_t i);

// Copy of `text` with every invalid sequence replaced by U+FFFD; valid input is returned unchanged.
std::string sanitize_utf8(std::string_view text);

// Longest prefix of `text` of at most `max_bytes` that does not cut a code point in half.
std::string_view truncate_utf8(std::string_view text, std::size_t max_bytes);
// Longest suffix of `text` of at most `max_bytes` that does not start inside a code point.
std::string_view utf8_suffix(std::string_view text, std::size_t max_bytes);

// Whether bytes with NULs in them are UTF-16 text rather than a binary file: a byte-order mark, or
// a NUL in every other byte of the start (the ASCII letters of UTF-16).
bool looks_like_utf16(std::string_view bytes);

}  // namespace ds

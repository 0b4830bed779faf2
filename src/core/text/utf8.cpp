#include "core/text/utf8.h"

#include <algorithm>

#include <cstdint>
#include <cstring>

namespace ds {

namespace {
bool is_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// Checks one sequence; on failure `reason` says why.
std::size_t check_sequence(std::string_view text, std::size_t i, MessageCode* reason) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char lead = byte(i);
    if (lead < 0x80) return 1;
    std::size_t length = 0;
    unsigned char min_second = 0x80, max_second = 0xBF;  // narrows the second byte for E0/ED/F0/F4
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        if (lead == 0xE0) min_second = 0xA0;         // overlong below U+0800
        if (lead == 0xED) max_second = 0x9F;         // UTF-16 surrogates
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        if (lead == 0xF0) min_second = 0x90;         // overlong below U+10000
        if (lead == 0xF4) max_second = 0x8F;         // above U+10FFFF
    } else {
        *reason = (lead == 0xC0 || lead == 0xC1) ? MessageCode::utf8_overlong
                  : is_continuation(lead)        ? MessageCode::utf8_unexpected_continuation
                                                 : MessageCode::utf8_impossible_byte;
        return 0;
    }
    if (i + length > text.size()) {
        *reason = MessageCode::utf8_truncated_at_end;
        return 0;
    }
    const unsigned char second = byte(i + 1);
    if (second < min_second || second > max_second) {
        *reason = !is_continuation(second) ? MessageCode::utf8_truncated
                  : lead == 0xED           ? MessageCode::utf8_surrogate
                  : lead == 0xF4           ? MessageCode::utf8_above_max
                                           : MessageCode::utf8_overlong;
        return 0;
    }
    for (std::size_t k = 2; k < length; ++k) {
        if (!is_continuation(byte(i + k))) {
            *reason = MessageCode::utf8_truncated;
            return 0;
        }
    }
    return length;
}
}  // namespace

std::size_t utf8_sequence_length(std::string_view text, std::size_t i) {
    MessageCode reason = MessageCode::text;
    return i < text.size() ? check_sequence(text, i, &reason) : 0;
}

std::optional<Utf8Error> find_invalid_utf8(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        // Fast path for ASCII runs, eight bytes at a time: most news text is mostly ASCII.
        if (i + 8 <= text.size()) {
            std::uint64_t chunk;
            std::memcpy(&chunk, text.data() + i, 8);
            if ((chunk & 0x8080808080808080ull) == 0) {
                i += 8;
                continue;
            }
        }
        if (static_cast<unsigned char>(text[i]) < 0x80) {
            ++i;
            continue;
        }
        MessageCode reason = MessageCode::text;
        const std::size_t n = check_sequence(text, i, &reason);
        if (n == 0) return Utf8Error{i, message_template(reason, Language::en), reason};
        i += n;
    }
    return std::nullopt;
}

std::string sanitize_utf8(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t n = utf8_sequence_length(text, i);
        if (n == 0) {
            out += "\xEF\xBF\xBD";  // U+FFFD REPLACEMENT CHARACTER
            ++i;
        } else {
            out.append(text.substr(i, n));
            i += n;
        }
    }
    return out;
}

std::string_view truncate_utf8(std::string_view text, std::size_t max_bytes) {
    if (text.size() <= max_bytes) return text;
    std::size_t end = max_bytes;
    while (end > 0 && is_continuation(static_cast<unsigned char>(text[end]))) --end;
    return text.substr(0, end);
}

std::string_view utf8_suffix(std::string_view text, std::size_t max_bytes) {
    if (text.size() <= max_bytes) return text;
    std::size_t start = text.size() - max_bytes;
    while (start < text.size() && is_continuation(static_cast<unsigned char>(text[start]))) ++start;
    return text.substr(start);
}

bool looks_like_utf16(std::string_view bytes) {
    if (bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF")) return true;
    const std::size_t n = std::min<std::size_t>(bytes.size(), 256) & ~std::size_t{1};
    if (n < 8) return false;
    std::size_t even = 0, odd = 0;  // NULs at even and odd offsets
    for (std::size_t i = 0; i < n; ++i) (i % 2 ? odd : even) += bytes[i] == '\0';
    return std::max(even, odd) * 10 >= n / 2 * 9 && std::min(even, odd) * 10 <= n / 2;  // nine in ten pairs hold one NUL
}

}  // namespace ds

#pragma once
// A strict JSON reader (RFC 8259) that calls a nlohmann/json-style SAX handler, for large valid files.
// nlohmann/json's lexer spends about 240 instructions per byte (it copies every character into an
// error-reporting buffer); this one copies only string contents. It accepts exactly what nlohmann
// accepts (a differential test and fuzz target hold it to that) but reports no error details: on
// false, the caller parses again with nlohmann/json to say where and why. One exception: nlohmann
// ends the input at a NUL byte, this reader rejects it (callers refuse NUL bytes before either).
//
// Numbers reach the handler as number_float (the event model keeps every number as a double).
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "core/text/utf8.h"

namespace ds {

namespace json_fast_detail {

inline bool is_space(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }

inline int hex_digit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

inline void append_utf8(std::string& out, std::uint32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

class Reader {
public:
    explicit Reader(std::string_view text) : p_(text.data()), end_(text.data() + text.size()) {}

    void skip_space() {
        while (p_ != end_ && is_space(*p_)) ++p_;
    }
    bool at_end() const { return p_ == end_; }
    char peek() const { return p_ == end_ ? '\0' : *p_; }
    bool consume(char c) {
        if (p_ == end_ || *p_ != c) return false;
        ++p_;
        return true;
    }
    bool literal(std::string_view word) {
        if (static_cast<std::size_t>(end_ - p_) < word.size() || std::string_view(p_, word.size()) != word) return false;
        p_ += word.size();
        return true;
    }

    // After the opening quote; fills `out` with the unescaped string (UTF-8 checked by the caller).
    bool string(std::string& out) {
        out.clear();
        while (true) {
            const char* run = p_;
            while (p_ != end_ && *p_ != '"' && *p_ != '\\' && static_cast<unsigned char>(*p_) >= 0x20) ++p_;
            out.append(run, p_);
            if (p_ == end_ || static_cast<unsigned char>(*p_) < 0x20) return false;
            if (*p_++ == '"') return true;
            if (p_ == end_) return false;
            switch (*p_++) {
                case '"': out += '"'; break;
                case '\\': out += '\\'; break;
                case '/': out += '/'; break;
                case 'b': out += '\b'; break;
                case 'f': out += '\f'; break;
                case 'n': out += '\n'; break;
                case 'r': out += '\r'; break;
                case 't': out += '\t'; break;
                case 'u': {
                    std::uint32_t cp = 0;
                    if (!hex4(cp)) return false;
                    if (cp >= 0xDC00 && cp <= 0xDFFF) return false;  // a low surrogate alone
                    if (cp >= 0xD800 && cp <= 0xDBFF) {
                        std::uint32_t low = 0;
                        if (!literal("\\u") || !hex4(low) || low < 0xDC00 || low > 0xDFFF) return false;
                        cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                    }
                    append_utf8(out, cp);
                    break;
                }
                default: return false;
            }
        }
    }

    // A number by the JSON grammar; false for anything else or for one too large for a double.
    bool number(double& value, std::string& scratch) {
        const char* start = p_;
        consume('-');
        if (consume('0')) {
        } else if (p_ != end_ && *p_ >= '1' && *p_ <= '9') {
            while (p_ != end_ && *p_ >= '0' && *p_ <= '9') ++p_;
        } else {
            return false;
        }
        if (consume('.')) {
            if (!digits()) return false;
        }
        if (p_ != end_ && (*p_ == 'e' || *p_ == 'E')) {
            ++p_;
            if (!consume('+')) consume('-');
            if (!digits()) return false;
        }
        scratch.assign(start, p_);  // strtod needs a terminated string
        value = std::strtod(scratch.c_str(), nullptr);
        return std::isfinite(value);
    }

private:
    bool digits() {
        const char* start = p_;
        while (p_ != end_ && *p_ >= '0' && *p_ <= '9') ++p_;
        return p_ != start;
    }
    bool hex4(std::uint32_t& cp) {
        if (end_ - p_ < 4) return false;
        for (int i = 0; i < 4; ++i) {
            const int d = hex_digit(*p_++);
            if (d < 0) return false;
            cp = cp * 16 + static_cast<std::uint32_t>(d);
        }
        return true;
    }

    const char* p_;
    const char* end_;
};

}  // namespace json_fast_detail

// Reads `text` and calls the handler's SAX methods; false when the text is not valid JSON or the
// handler stopped. Iterative, so deep nesting cannot overflow the stack.
template <typename Handler>
bool fast_sax_parse(std::string_view text, Handler& handler) {
    using json_fast_detail::Reader;
    if (find_invalid_utf8(text)) return false;
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);  // a byte-order mark, skipped as nlohmann does
    Reader in(text);
    std::vector<char> open;  // '{' or '[' for each open container
    std::string buffer, scratch;
    in.skip_space();
    while (true) {
        // A value; an empty container is complete at once.
        switch (in.peek()) {
            case '{':
                in.consume('{');
                if (!handler.start_object(std::size_t(-1))) return false;
                in.skip_space();
                if (in.consume('}')) {
                    if (!handler.end_object()) return false;
                    break;
                }
                open.push_back('{');
                if (!in.consume('"') || !in.string(buffer) || !handler.key(buffer)) return false;
                in.skip_space();
                if (!in.consume(':')) return false;
                in.skip_space();
                continue;
            case '[':
                in.consume('[');
                if (!handler.start_array(std::size_t(-1))) return false;
                in.skip_space();
                if (in.consume(']')) {
                    if (!handler.end_array()) return false;
                    break;
                }
                open.push_back('[');
                continue;
            case '"':
                in.consume('"');
                if (!in.string(buffer) || !handler.string(buffer)) return false;
                break;
            case 't':
                if (!in.literal("true") || !handler.boolean(true)) return false;
                break;
            case 'f':
                if (!in.literal("false") || !handler.boolean(false)) return false;
                break;
            case 'n':
                if (!in.literal("null") || !handler.null()) return false;
                break;
            default: {
                double value = 0;
                if (!in.number(value, scratch) || !handler.number_float(value, buffer)) return false;
            }
        }
        // After a value: a comma and the next member or element, or the end of containers.
        while (true) {
            in.skip_space();
            if (open.empty()) return in.at_end();
            if (in.consume(',')) {
                in.skip_space();
                if (open.back() == '{') {
                    if (!in.consume('"') || !in.string(buffer) || !handler.key(buffer)) return false;
                    in.skip_space();
                    if (!in.consume(':')) return false;
                    in.skip_space();
                }
                break;
            }
            if (open.back() == '{' ? !in.consume('}') : !in.consume(']')) return false;
            const char closing = open.back();
            open.pop_back();
            if (closing == '{' ? !handler.end_object() : !handler.end_array()) return false;
        }
    }
}

}  // namespace ds

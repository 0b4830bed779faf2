#include "core/json/json_load.h"

#include "core/text/utf8.h"

namespace ds {

namespace {
// Accepts everything and remembers where the first syntax error is.
struct ErrorLocator : nlohmann::json_sax<nlohmann::json> {
    std::size_t position = 0;
    std::string message;
    bool null() override { return true; }
    bool boolean(bool) override { return true; }
    bool number_integer(number_integer_t) override { return true; }
    bool number_unsigned(number_unsigned_t) override { return true; }
    bool number_float(number_float_t, const string_t&) override { return true; }
    bool string(string_t&) override { return true; }
    bool binary(binary_t&) override { return true; }
    bool start_object(std::size_t) override { return true; }
    bool key(string_t&) override { return true; }
    bool end_object() override { return true; }
    bool start_array(std::size_t) override { return true; }
    bool end_array() override { return true; }
    bool parse_error(std::size_t pos, const std::string&, const nlohmann::detail::exception& ex) override {
        position = pos;
        message = ex.what();
        return false;
    }
};

std::string line_col(std::string_view text, std::size_t position) {
    // nlohmann counts characters read; the error is at the last one.
    const std::size_t at = position > 0 ? std::min(position - 1, text.size()) : 0;
    std::size_t line = 1, col = 1;
    for (std::size_t i = 0; i < at; ++i) {
        if (text[i] == '\n') {
            ++line;
            col = 1;
        } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            ++col;
        }
    }
    return std::to_string(line) + ":" + std::to_string(col);
}

// "[json.exception.parse_error.101] parse error at line 3, column 5: syntax error while parsing
// object - unexpected '}'; expected string literal" → the part after the position.
std::string short_reason(const std::string& what) {
    const auto colon = what.find(": ");
    std::string reason = colon == std::string::npos ? what : what.substr(colon + 2);
    return reason.empty() ? "syntax error" : reason;
}
}  // namespace

std::optional<Problem> json_nul_byte(std::string_view text, const std::string& file) {
    const std::size_t at = text.find('\0');
    if (at == std::string_view::npos) return std::nullopt;
    if (looks_like_utf16(text)) return Problem{Severity::error, file, MessageCode::json_utf16};
    return Problem{Severity::error, file + ":byte " + std::to_string(at), MessageCode::json_nul_byte};
}

std::variant<nlohmann::json, Problem> parse_json(std::string_view text, const std::string& file) {
    if (auto problem = json_nul_byte(text, file)) return *problem;
    // Valid files, the usual case, are parsed once; only a broken one is read again to find the error.
    nlohmann::json parsed = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
    if (!parsed.is_discarded()) return parsed;
    if (auto problem = json_syntax_error(text, file)) return *problem;
    return Problem{Severity::error, file, MessageCode::json_unparsed};  // not reached: parse and sax_parse agree
}

std::optional<Problem> json_syntax_error(std::string_view text, const std::string& file) {
    ErrorLocator locator;
    if (nlohmann::json::sax_parse(text, &locator)) return std::nullopt;
    return Problem{Severity::error, file + ":" + line_col(text, locator.position), MessageCode::json_syntax, {short_reason(locator.message)}};
}

}  // namespace ds

#pragma once
// Records the SAX calls of a JSON reader as one line per call, so that fast_sax_parse can be
// compared with nlohmann/json's own parser on the same input.
#include <cstdio>
#include <string>

#include <nlohmann/json.hpp>

namespace ds::testing {

struct SaxRecorder : nlohmann::json_sax<nlohmann::json> {
    std::string log;

    bool number(double v) {
        char text[40];
        std::snprintf(text, sizeof text, "n:%.17g\n", v + 0.0);  // -0 and 0 are the same number here
        log += text;
        return true;
    }
    bool null() override { log += "null\n"; return true; }
    bool boolean(bool v) override { log += v ? "true\n" : "false\n"; return true; }
    bool number_integer(number_integer_t v) override { return number(static_cast<double>(v)); }
    bool number_unsigned(number_unsigned_t v) override { return number(static_cast<double>(v)); }
    bool number_float(number_float_t v, const string_t&) override { return number(v); }
    bool string(string_t& v) override { log += "s:" + v + "\n"; return true; }
    bool binary(binary_t&) override { return false; }
    bool start_object(std::size_t) override { log += "{\n"; return true; }
    bool key(string_t& v) override { log += "k:" + v + "\n"; return true; }
    bool end_object() override { log += "}\n"; return true; }
    bool start_array(std::size_t) override { log += "[\n"; return true; }
    bool end_array() override { log += "]\n"; return true; }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override { return false; }
};

}  // namespace ds::testing

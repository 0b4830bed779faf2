// The fast JSON reader against nlohmann/json: same verdict and same values on valid and broken
// inputs, including every JSON file the app ships.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "fuzz/sax_recorder.h"
#include "core/json/json_fast_sax.h"

namespace {

void check_same_as_nlohmann(const std::string& input) {
    if (input.find('\0') != std::string::npos) return;  // refused before either reader sees it
    CAPTURE(input.substr(0, 200));
    ds::testing::SaxRecorder fast, reference;
    const bool fast_ok = ds::fast_sax_parse(input, fast);
    const bool reference_ok = nlohmann::json::sax_parse(input, &reference);
    CHECK(fast_ok == reference_ok);
    if (fast_ok && reference_ok) CHECK(fast.log == reference.log);
}

std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

}  // namespace

TEST_CASE("fast JSON reader accepts and reads what nlohmann/json does") {
    for (const char* input : {
             "{}", "[]", " \t\r\n{ } ", "null", "true", "false", "0", "-0", "1.5e3", "-12.25E-2", "123456789012345678901234",
             "18446744073709551615", "9223372036854775807", "-9223372036854775808", "1e308",
             R"({"a":[1,2,{"b":null}],"c":"x"})", R"(["\"\\\/\b\f\n\r\t"])", R"(["\u00e4\u00DF\u20ac"])",
             R"(["\ud83d\ude00"])", R"(["\u0000"])", "[\"ä „Zitat“ – €\"]", R"({"":""})", "[[[[[[[[[[]]]]]]]]]]",
             R"({"events":[{"id":"e1","amounts":[{"value":1e9}]}],"claims":[]})",
         }) {
        check_same_as_nlohmann(input);
    }
}

TEST_CASE("fast JSON reader rejects what nlohmann/json rejects") {
    for (const char* input : {
             "", " ", "{", "}", "[1,]", "[,1]", "{\"a\"}", "{\"a\":}", "{\"a\":1,}", "{a:1}", "[01]", "[1.]", "[.5]", "[-]",
             "[1e]", "[1e+]", "[+1]", "[1e999]", "[-1e999]", "[NaN]", "[Infinity]", "[tru]", "[nul]", "[truex]",
             "{} {}", "[] x", "['a']", "[\"a\tb\"]", "[\"\\x\"]", "[\"\\u12\"]", "[\"\\ud800\"]", "[\"\\udc00\"]",
             "[\"\\ud800\\u0041\"]", "[\"abc", "[\"\xC3\x28\"]", "[\"\xED\xA0\x80\"]", "[\"\xF4\x90\x80\x80\"]",
             "[1]\xFF", "\xEF\xBB\xBF{}", "{\"a\":1 \"b\":2}", "[1 2]", "[/* c */]",
         }) {
        check_same_as_nlohmann(input);
    }
    check_same_as_nlohmann("[\"a\x01b\"]");  // a raw control character inside a string
    check_same_as_nlohmann(std::string(100000, '[') + std::string(100000, ']'));  // deep nesting, no stack overflow
}

TEST_CASE("fast JSON reader reads every shipped JSON file and the fuzz corpus as nlohmann/json does") {
    int files = 0;
    for (const char* dir : {DEALSCOPE_ASSETS_DIR, DEALSCOPE_FUZZ_DIR}) {
        for (const auto& entry : std::filesystem::recursive_directory_iterator(dir)) {
            if (!entry.is_regular_file()) continue;
            const std::string text = read_file(entry.path());
            check_same_as_nlohmann(text);
            if (!text.empty()) check_same_as_nlohmann(text.substr(1));  // the fuzz corpus's mode byte removed
            ++files;
        }
    }
    CHECK(files > 10);
}

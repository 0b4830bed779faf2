// libFuzzer target: article parser, sidecar reader, date parser and the JSON output, on any bytes.
// The first byte picks what to feed so one corpus covers all of them.
#include <cstddef>
#include <cstdint>
#include <string>
#include <variant>

#include <nlohmann/json.hpp>

#include "core/article_json.h"
#include "core/article_meta.h"
#include "core/article_parser.h"
#include "core/date_text.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    const std::string input(reinterpret_cast<const char*>(data) + 1, size - 1);
    switch (data[0] % 3) {
        case 0: {
            auto parsed = ds::parse_article("fuzz.txt", input);
            if (auto* article = std::get_if<ds::Article>(&parsed)) {
                (void)ds::article_to_json(*article).dump();
                (void)article->display_title();
            }
            break;
        }
        case 1: {
            std::vector<ds::Problem> problems;
            const auto meta = ds::parse_article_meta(input, "fuzz.meta.json", problems);
            auto parsed = ds::parse_article("fuzz.txt", "Titel eines Artikels hier\n\nEin Satz mit mehr als acht Wörtern steht im Text.",
                                            meta ? &*meta : nullptr);
            (void)parsed;
            break;
        }
        default:
            (void)ds::parse_calendar_date(input);
            break;
    }
    return 0;
}

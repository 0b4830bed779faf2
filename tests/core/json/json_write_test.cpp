// Writing a document an array item at a time gives exactly the text dump(2) gives for the whole.
#include <doctest/doctest.h>

#include <sstream>

#include "core/articles/article_json.h"
#include "core/json/json_write.h"
#include "support/seed_articles.h"

using namespace ds;

namespace {

std::string streamed(const nlohmann::json& head, const std::vector<StreamedArray>& arrays) {
    std::ostringstream out;
    write_json_streamed(out, head, arrays);
    return out.str();
}

}  // namespace

TEST_CASE("streamed JSON: the seed articles print exactly as the whole document would") {
    for (const Article& a : test::seed_corpus().articles) {
        const std::vector<StreamedArray> arrays = {
            {"blocks", a.blocks.size(), [&](std::size_t i) { return block_json(a, i); }},
            {"sentences", a.sentences.size(), [&](std::size_t i) { return sentence_json(a, i); }}};
        CHECK(streamed(article_head_json(a), arrays) == article_to_json(a).dump(2) + "\n");
    }
}

TEST_CASE("streamed JSON: empty arrays, nested items, and keys that also occur inside strings") {
    // A string value holding the marker text, newlines and quotes must not be mistaken for the slot.
    const nlohmann::json head = {{"a", "\n  \"list\": []"}, {"z", {{"deep", {1, 2}}}}, {"m", nullptr}};
    const auto item = [](std::size_t i) { return nlohmann::json{{"i", i}, {"text", "line\nbreak \"q\""}, {"nested", {{"k", {i, i + 1}}}}}; };
    for (const std::size_t n : {std::size_t{0}, std::size_t{1}, std::size_t{3}}) {
        nlohmann::json whole = head;
        whole["list"] = nlohmann::json::array();
        whole["empty"] = nlohmann::json::array();
        for (std::size_t i = 0; i < n; ++i) whole["list"].push_back(item(i));
        CHECK(streamed(head, {{"list", n, item}, {"empty", 0, item}}) == whole.dump(2) + "\n");
    }
}

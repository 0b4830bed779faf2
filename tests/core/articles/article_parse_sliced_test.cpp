// Parsing a slice at a time gives what parsing at once gives: the same article for the seeds and a
// text full of umlauts cut at every budget, and the same refusal at the same byte for bad input.
#include <doctest/doctest.h>

#include <filesystem>
#include <memory>
#include <string>
#include <variant>

#include <nlohmann/json.hpp>

#include "core/articles/article_json.h"
#include "core/articles/article_parser.h"
#include "core/text/text_file.h"

using namespace ds;

namespace {

// Steps with `budget` until done; counts the steps.
std::variant<Article, Problem> parse_sliced(const std::string& name, const std::string& text, std::size_t budget, int& steps) {
    ArticleParse parse(name, text);
    steps = 1;
    while (!parse.step(budget)) ++steps;
    return parse.take();
}

std::string describe_result(const std::variant<Article, Problem>& r) {
    if (const auto* p = std::get_if<Problem>(&r)) return "problem " + p->place + ": " + p->reason;
    return article_to_json(std::get<Article>(r)).dump();
}

}  // namespace

TEST_CASE("an article parsed a slice at a time is the one parsed at once, whatever the budget") {
    std::string seeds;
    for (const auto& entry : std::filesystem::directory_iterator(std::string(DEALSCOPE_ASSETS_DIR) + "/articles")) {
        if (entry.path().extension() == ".txt") seeds += std::get<std::string>(read_text_file(entry.path())) + "\n\n";
    }
    const std::string umlauts = "Überschrift für Größen\n\nÄrger über Müller: „Öl“ kostet 5 € — mehr als gedacht. Ça va.\n\n";
    for (const std::string& text : {seeds, umlauts + umlauts + umlauts}) {
        const std::string whole = describe_result(parse_article("a.txt", text));
        for (const std::size_t budget : {std::size_t{1}, std::size_t{3}, std::size_t{64}, std::size_t{4096}}) {
            CAPTURE(budget);
            int steps = 0;
            CHECK(describe_result(parse_sliced("a.txt", text, budget, steps)) == whole);
            if (budget == 4096 && text.size() > 100000) CHECK(steps > 20);  // it did come in slices
        }
    }
}

TEST_CASE("the first slice of a large file does not look through the whole file") {
    // Looking for a NUL byte in 4.9 MB at once took 65 ms of one frame in the page.
    std::string text = "Titel\n\n";
    while (text.size() < 2'000'000) text += "Nvidia liefert Chips an Oracle, und Oracle zahlt dafür zwei Milliarden Dollar.\n\n";
    ArticleParse parse("big.txt", text);
    CHECK_FALSE(parse.step(8192));
    CHECK(parse.progress() < 0.01f);
}

TEST_CASE("a parse copied half way and finished alone gives the same article") {
    // Lines that continue the previous one ("und …") make the block scan remember a line between slices.
    std::string text = "Titel der Meldung über Chips\n\n";
    for (int i = 0; i < 200; ++i) text += "Nvidia liefert Chips an Oracle, berichtet die Zeitung heute\nund Oracle zahlt dafür zwei Milliarden Dollar.\n\n";
    const std::string whole = describe_result(parse_article("a.txt", text));
    for (int before_copy = 1; before_copy < 400; before_copy += 37) {
        CAPTURE(before_copy);
        auto original = std::make_unique<ArticleParse>("a.txt", text);
        bool done = false;
        for (int i = 0; i < before_copy && !done; ++i) done = original->step(64);
        ArticleParse copy = *original;
        original.reset();  // the copy must not look into the original's text
        while (!done) done = copy.step(64);
        CHECK(describe_result(copy.take()) == whole);
    }
}

TEST_CASE("a bad byte is refused at the same place whether parsed at once or in slices") {
    const std::string good = "Titel\n\nÄrger über Müller, der 5 € zahlt. Noch ein Satz über Öl.\n";
    for (std::size_t at = 0; at < good.size(); at += 3) {
        for (const std::string bad : {std::string("\xff"), std::string("\xc3"), std::string("\xe7"), std::string("\xf0\x9f"), std::string(1, '\0')}) {
            std::string text = good;
            text.insert(at, bad);
            const std::string whole = describe_result(parse_article("b.txt", text));
            REQUIRE(whole.starts_with("problem"));
            for (const std::size_t budget : {std::size_t{1}, std::size_t{2}, std::size_t{3}, std::size_t{5}, std::size_t{13}, std::size_t{16}}) {
                CAPTURE(at);
                CAPTURE(budget);
                int steps = 0;
                CHECK(describe_result(parse_sliced("b.txt", text, budget, steps)) == whole);
            }
        }
    }
}

// Text broken into lines and names shortened, with a fixed-width measure (7 pixels a character).
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "explorer/layout/text_layout.h"
#include "support/fixed_width_text.h"

using namespace ds;

namespace {
constexpr auto measure = test::fixed_width;
int lines(const std::string& s) { return 1 + static_cast<int>(std::count(s.begin(), s.end(), '\n')); }
}  // namespace

TEST_CASE("lines break at spaces only: a German amount is never split at its comma") {
    const std::string total = "13 Mrd. $, umstritten; insgesamt berichtet: 13,75 Mrd. $";
    for (float width = 40; width <= 600; width += 8) {
        CAPTURE(width);
        const std::string broken = break_at_spaces(total, width, measure);
        // Only spaces became line breaks: the words are the same, in the same order.
        std::string rejoined = broken;
        std::replace(rejoined.begin(), rejoined.end(), '\n', ' ');
        CHECK(rejoined == total);
        CHECK(broken.find("13,\n") == std::string::npos);
        // No line starts with an amount's unit: "13,75" and "Mrd. $" stay together.
        CHECK(broken.find("\nMrd.") == std::string::npos);
        CHECK(broken.find("\n$") == std::string::npos);
        // Every line fits unless it is one word, or one amount, too wide for any line.
        std::size_t start = 0;
        while (start <= broken.size()) {
            const std::size_t end = std::min(broken.find('\n', start), broken.size());
            const std::string line = broken.substr(start, end - start);
            const bool one_amount = line == "13 Mrd. $," || line == "13,75 Mrd. $";
            if (line.find(' ') != std::string::npos && !one_amount) CHECK(measure(line) <= width);
            start = end + 1;
        }
    }
    CHECK(break_at_spaces(total, 1000, measure) == total);
    CHECK(break_at_spaces("one two three", 7 * 7, measure) == "one two\nthree");  // "one two" is 7 characters wide
    CHECK(lines(break_at_spaces("one two three", 7 * 4, measure)) == 3);
    CHECK(break_at_spaces("first\nsecond line", 1000, measure) == "first\nsecond line");  // breaks that were there stay
    CHECK(break_at_spaces("", 100, measure).empty());
    // Only a number's units are kept with it: other words after a number, or a "$" after a word, may start a line.
    CHECK(break_at_spaces("rund 5 Mrd. $ in 3 Tranchen", 7 * 13, measure) == "rund 5 Mrd. $\nin 3 Tranchen");
    CHECK(break_at_spaces("paid in $ later", 7 * 7, measure) == "paid in\n$ later");
}

TEST_CASE("a name too long for its room ends in an ellipsis and fits") {
    CHECK(fit_with_ellipsis("OpenAI", 100, measure) == "OpenAI");
    const std::string cut = fit_with_ellipsis("OpenAI Global LLC", 7 * 8, measure);
    CHECK(cut.size() < std::string("OpenAI Global LLC").size());
    CHECK(cut.rfind("\xE2\x80\xA6") == cut.size() - 3);
    CHECK(measure(cut) <= 7 * 8);
}

TEST_CASE("a name too long for its room gives way to the longest other name of it that fits, else it is cut") {
    const std::vector<std::string> others{"Nadella", "S. Nadella"};
    CHECK(name_in_room("Satya Nadella", others, 7 * 20, measure) == "Satya Nadella");  // it fits
    CHECK(name_in_room("Satya Nadella", others, 7 * 11, measure) == "S. Nadella");
    CHECK(name_in_room("Satya Nadella", others, 7 * 8, measure) == "Nadella");
    const std::string cut = name_in_room("Satya Nadella", others, 7 * 5, measure);  // no other name fits
    CHECK(cut.rfind("\xE2\x80\xA6") == cut.size() - 3);
    CHECK(measure(cut) <= 7 * 5);
}

TEST_CASE("people in one list are shortened alike: initial and surname, whether or not the gazetteer has that form") {
    Entity son{.id = "masayoshi_son", .name = "Masayoshi Son", .kind = "person"};
    Entity ellison{.id = "larry_ellison", .name = "Larry Ellison", .kind = "person", .aliases = {"Ellison"}};
    Entity lukasz{.id = "lukasz_kaiser", .name = "\xC5\x81ukasz Kaiser", .kind = "person"};
    CHECK(entity_name_in_room(son, 7 * 10, measure) == "M. Son");
    CHECK(entity_name_in_room(ellison, 7 * 10, measure) == "L. Ellison");  // not the bare "Ellison" beside "M. Son"
    CHECK(entity_name_in_room(lukasz, 7 * 10, measure) == "\xC5\x81. Kaiser");  // the whole first letter
    CHECK(entity_name_in_room(son, 7 * 20, measure) == "Masayoshi Son");          // it fits
    // A firm keeps its own names only: "S. Capital" would be no name of it.
    Entity firm{.id = "sequoia", .name = "Sequoia Capital", .kind = "investor"};
    CHECK(entity_name_in_room(firm, 7 * 10, measure).rfind("\xE2\x80\xA6") != std::string::npos);
}

TEST_CASE("a text within a number of lines: whole where it fits, its last line cut with an ellipsis where not") {
    const std::string line = "Sources: BASIC thinking, Alien Road Company, Mindverse and other articles";
    CHECK(lines_within(line, 1000, 2, measure) == std::vector<std::string>{line});
    const auto two = lines_within(line, measure("Sources: BASIC thinking, Alien"), 2, measure);
    REQUIRE(two.size() == 2);
    CHECK(two[0] == "Sources: BASIC thinking, Alien");
    CHECK(two[1].ends_with("\xE2\x80\xA6"));  // …
    for (const std::string& l : two) CHECK(measure(l) <= measure("Sources: BASIC thinking, Alien"));
    const auto all = lines_within(line, measure("Sources: BASIC thinking, Alien"), 5, measure);
    CHECK(all.size() == 3);  // room for every line: nothing cut
}

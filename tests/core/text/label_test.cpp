// Labels: table words held by pointer, compared by their text.
#include <doctest/doctest.h>

#include <string>
#include <type_traits>

#include "core/annotate/gazetteer.h"
#include "core/text/label.h"

using namespace ds;

static_assert(!std::is_constructible_v<Label, std::string>, "a Label must not point into a string that dies");
static_assert(sizeof(Label) == sizeof(const char*));

TEST_CASE("a label compares by its text, whatever pointer holds it") {
    const char kind[] = "company";  // another array with the same text
    const Label a = "company";
    CHECK(a == Label(kind));
    CHECK(a == std::string("company"));
    CHECK(a == std::string_view("company"));
    CHECK_FALSE(a == "comp");
    CHECK(std::string("a ") + a == "a company");
    CHECK(a + " group" == "company group");
    CHECK(Label().empty());
    CHECK(Label(nullptr).empty());
    CHECK(Label(nullptr).view().empty());
}

TEST_CASE("an entity kind becomes the table's own word, an unknown kind none") {
    const std::string from_file = "investor";
    const Label kind = entity_kind_label(from_file);
    CHECK(kind == "investor");
    bool from_table = false;
    for (const char* k : kEntityKinds) from_table = from_table || kind.c_str() == k;
    CHECK(from_table);
    CHECK(entity_kind_label("bakery").empty());
}

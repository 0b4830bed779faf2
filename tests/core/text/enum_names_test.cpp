// Enum names read both ways: every name table is complete and unique, so links, JSON and the CLI
// write a name that reads back as the same value.
#include <doctest/doctest.h>

#include <set>
#include <string>

#include "core/annotate/mention.h"
#include "core/articles/article.h"
#include "core/text/language.h"

using namespace ds;

namespace {
template <class E, std::size_t N>
void round_trips(const EnumName<E> (&table)[N], std::size_t values) {
    CHECK(N == values);  // a value without a name would be written as ""
    std::set<std::string> names;
    for (const auto& row : table) {
        CAPTURE(row.name);
        CHECK(names.insert(row.name).second);
        CHECK(enum_from_name(table, enum_name(table, row.value)) == row.value);
    }
    CHECK_FALSE(enum_from_name(table, "no such name"));
}
}  // namespace

TEST_CASE("every enum name table is complete, unique and reads back") {
    round_trips(kLanguageNames, 2);
    round_trips(kMentionKindNames, 5);
    round_trips(kQualifierNames, 5);
    round_trips(kBlockKindNames, 9);
    round_trips(kBoilerplateKindNames, 9);
    round_trips(kDatePrecisionNames, 3);
    round_trips(kDateSourceNames, 3);
    CHECK(std::string(language_code(Language::de)) == "de");
    CHECK(language_from_code("fr") == std::nullopt);
    CHECK(std::string(qualifier_name(Qualifier::up_to)) == "up_to");
}

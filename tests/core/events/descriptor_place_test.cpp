// A descriptor that names a firm by its place means the firm based there, on sentences of our own.
#include <doctest/doctest.h>

#include "core/events/descriptor_place.h"
#include "support/deal_helpers.h"

using namespace ds;
using namespace ds::test;

TEST_CASE("the place a descriptor names: a town's people, a city before or after the noun, a nationality") {
    const std::set<std::string, std::less<>> cities{"redmond", "santa clara", "munich"};
    const auto place_of = [&](std::vector<std::pair<std::string, bool>> spelled, std::size_t noun) {
        std::vector<DealWord> words;
        for (const auto& [w, capital] : spelled) {
            DealWord d;
            d.lower = w;
            d.capitalised = capital;
            words.push_back(d);
        }
        return descriptor_place(words, noun, cities);
    };
    auto p = place_of({{"der", false}, {"konzern", true}, {"aus", false}, {"redmond", true}}, 1);
    REQUIRE(p);
    CHECK(p->city == "redmond");
    p = place_of({{"the", false}, {"santa", true}, {"clara", true}, {"chipmaker", false}}, 3);
    REQUIRE(p);
    CHECK(p->city == "santa clara");
    p = place_of({{"der", false}, {"münchner", true}, {"softwarekonzern", true}}, 2);
    REQUIRE(p);
    CHECK(p->city == "munich");
    p = place_of({{"die", false}, {"japanische", false}, {"gruppe", true}}, 2);
    REQUIRE(p);
    CHECK(p->country == "JP");
    CHECK_FALSE(place_of({{"das", false}, {"unternehmen", true}}, 1));
}

TEST_CASE("'der Konzern aus Redmond' is Microsoft, though another firm was the sentence before's subject") {
    const auto d = deals("Vodafone wird 1,5 Milliarden Dollar für Cloud-Dienste von Microsoft ausgeben. Umgekehrt nutzt Vodafone künftig Netze für eigene "
                         "Dienste. Bereits 2019 hatte der Konzern aus Redmond mit AT&T eine milliardenschwere Allianz geschlossen.",
                         "2024-01-17", "de");
    const Found* alliance = find_deal(d, [](const Found& f) { return f.type == "partnership"; });
    REQUIRE(alliance != nullptr);
    CHECK(alliance->parties == Parties{{"microsoft", "partner"}, {"att", "partner"}});
}

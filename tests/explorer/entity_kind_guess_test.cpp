// The kind a new entity's dialog starts with, from the words before the name and the name itself.
#include <doctest/doctest.h>

#include <string>

#include "explorer/entity_kind_guess.h"

using namespace ds;

TEST_CASE("a new entity starts as what the text says it is: an investor, a person, else a company") {
    CHECK(std::string(guessed_entity_kind("Angeführt wurde die Runde vom Münchner Investor ", "Kestrel Capital", false)) == "investor");
    CHECK(std::string(guessed_entity_kind("Beteiligt war auch der Wagniskapitalgeber ", "Harbour", false)) == "investor");
    CHECK(std::string(guessed_entity_kind("The round was led by ", "Harbourline Ventures", false)) == "investor");
    CHECK(std::string(guessed_entity_kind("Finanzchefin ", "Anna Berg", true)) == "person");
    CHECK(std::string(guessed_entity_kind("Das Münchner Start-up ", "Quarzwerk", false)) == "company");
    CHECK(std::string(guessed_entity_kind("", "Lumora", false)) == "company");
}

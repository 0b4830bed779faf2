// Interviews tell deals in the first person: "wir", "we", "you" are the firm of the guest, on texts of our own.
#include <doctest/doctest.h>

#include <algorithm>

#include "core/articles/article_parser.h"
#include "core/events/interview_voice.h"
#include "support/deal_helpers.h"

using namespace ds;

namespace {
using Parties = std::set<std::pair<std::string, std::string>>;

bool interview(const std::string& text) {
    auto parsed = parse_article("own.txt", text, nullptr);
    return is_interview(std::get<Article>(parsed));
}
}  // namespace

TEST_CASE("an interview is told by its title or by speakers' labels, a newsletter's 'Der Haken:' is none") {
    CHECK(interview("Wie ein Investor über Roboter denkt\n\nEin Gespräch mit einem Partner eines Fonds aus London über seine Käufe.\n\n"
                    "Frage: Was haben Sie im vergangenen Jahr gekauft, und warum gerade diese Firma?\n\n"
                    "Antwort: Einen Anteil an Lumora, weil die Firma Lagerroboter baut. Das Geschäft wächst schnell.\n"));
    CHECK(interview("A talk about money and models\n\nThis is an edited excerpt from our conversation with the founder of a video start-up.\n\n"
                    "ANAND: Who wrote the cheques for the round that closed in the spring?\n\n"
                    "VALENZUELA: Kestrel led it, and two other funds came in alongside them.\n\n"
                    "ANAND: And before that, how did you pay for the first models?\n"));
    CHECK(interview("Das Interview: Wie Kestrel investiert\n\nEin Absatz über Geld ohne Sprecher.\n"));
    CHECK_FALSE(interview("Die Morgenlage am Dienstag\n\nDer Haken: Im April fließen nur zehn Milliarden.\n\nZur Einordnung: Musk hatte die "
                          "Plattform gekauft.\n\nPikant: Wiz hatte ein Angebot ausgeschlagen.\n"));
}

TEST_CASE("in an interview 'wir' and the guest addressed are the firm of the guest the opening names") {
    const auto found = test::deals("Kestrel Capital zählt zu den großen Geldgebern. Jonas Hellwege, Partner bei Kestrel Capital in London, über Roboter.\n\n"
                                   "Frage: Ende März vergangenen Jahres haben Sie den Lagerrobotik-Spezialisten Berkshire Grey komplett übernommen.\n\n"
                                   "Hellwege: Ja. Vor drei Jahren haben wir außerdem für 2,8 Milliarden Dollar rund 40 Prozent an AutoStore gekauft.\n\n"
                                   "Frage: Und in Deutschland?\n\nHellwege: Da sind wir noch nicht eingestiegen.\n",
                                   "2024-09-12", "de");
    const auto bought = std::find_if(found.begin(), found.end(), [](const test::Found& f) { return f.type == "acquisition"; });
    REQUIRE(bought != found.end());
    CHECK(bought->parties == Parties{{"Kestrel Capital", "buyer"}, {"Berkshire Grey", "target"}});
    const auto stake = std::find_if(found.begin(), found.end(), [](const test::Found& f) { return f.type == "investment"; });
    REQUIRE(stake != found.end());
    CHECK(stake->parties == Parties{{"Kestrel Capital", "investor"}, {"AutoStore", "investee"}});
    CHECK(stake->date == "2021");
}

TEST_CASE("outside an interview 'we' names no firm, and 'vor gut fünf Jahren' counts five") {
    const auto found = test::deals("Vor gut fünf Jahren hat der Vision Fund 940 Millionen Dollar in den Lieferroboter-Entwickler Nuro gesteckt.", "2024-09-12", "de");
    REQUIRE(found.size() == 1);
    CHECK(found[0].date == "2019");
    CHECK(speaks_for_the_firm("wir", false, false, true));
    CHECK_FALSE(speaks_for_the_firm("sie", true, true, true));  // "Sie" opening a sentence is "they" as often as "you"
}

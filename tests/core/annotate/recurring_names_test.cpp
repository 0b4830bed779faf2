// Names a German article repeats as bare capitalised runs, on texts of our own with made-up firms.
#include <doctest/doctest.h>

#include <set>
#include <string>
#include <utility>

#include "core/annotate/recurring_names.h"
#include "support/annotate_helpers.h"
#include "support/deal_helpers.h"

using namespace ds;

namespace {

// (text, kind) of the unknown entities found.
std::set<std::pair<std::string, std::string>> unknown_entities(const test::Annotated& a) {
    std::set<std::pair<std::string, std::string>> out;
    for (const Mention& m : a.of(MentionKind::entity)) {
        if (!m.known) out.insert({a.text(m), std::string(m.entity_kind.str())});
    }
    return out;
}

}  // namespace

TEST_CASE("recurring names: a run of capitalised words written twice with no article before it is a firm, each time") {
    const auto a = test::annotate_text("Der Wendepunkt kam 2022: Velder Spoons übernahm den Notizdienst Evernote. Im Oktober sammelte Velder Spoons "
                                       "700 Millionen Dollar ein. Velder Spoons kauft weiter ein.");
    const auto found = unknown_entities(a);
    CHECK(found.contains({"Velder Spoons", "organisation"}));
    std::size_t times = 0;
    for (const Mention& m : a.of(MentionKind::entity)) times += a.text(m) == "Velder Spoons";
    CHECK(times == 3);  // the sentence's first words too, once the name is known
    // And so it takes part in the deal it opens.
    const auto d = test::deals("Der Wendepunkt kam 2022: Velder Spoons übernahm den Notizdienst Evernote. Im Oktober sammelte Velder Spoons "
                               "700 Millionen Dollar ein.");
    bool round = false;
    for (const auto& f : d) round = round || (f.type == "funding_round" && f.parties.contains({"Velder Spoons", "investee"}));
    CHECK(round);
}

TEST_CASE("recurring names: once is not enough, and places, terms, noun phrases and English text are left alone") {
    auto found = unknown_entities(test::annotate_text("Heute übernahm Velder Spoons den Notizdienst Evernote."));
    CHECK_FALSE(found.contains({"Velder Spoons", "organisation"}));
    found = unknown_entities(test::annotate_text("Das Büro liegt in San Francisco. Geld für Künstliche Intelligenz fließt nach San Francisco, "
                                                 "auch für Private Equity. Fonds für Private Equity und für Künstliche Intelligenz wachsen."));
    for (const auto& [text, kind] : found) {
        CHECK(text != "San Francisco");
        CHECK(text != "Private Equity");
        CHECK(text != "Künstliche Intelligenz");
    }
}

TEST_CASE("recurring names: a name whose last word also stands alone is a person's") {
    const auto found = unknown_entities(test::annotate_text("Gegründet hat die Firma Andrej Wasnok. Laut Andrej Wasnok wächst sie schnell. "
                                                            "Wasnok sagte, man plane weitere Runden."));
    CHECK(found.contains({"Andrej Wasnok", "person"}));
}

TEST_CASE("recurring names: the pass looks at a bounded start of an article, so it stays cheap for any size") {
    // 400 KiB of the same two sentences: the name recurs early, and the work does not depend on the rest.
    std::string body;
    while (body.size() < 400 * 1024) body += "Danach investierte Velder Spoons erneut. Velder Spoons wächst. ";
    const auto a = test::annotate_text(body);
    std::size_t times = 0;
    for (const Mention& m : a.of(MentionKind::entity)) times += a.text(m) == "Velder Spoons";
    CHECK(times > 100);
    for (const Mention& m : a.of(MentionKind::entity)) CHECK(m.range.begin < 257 * 1024 + 200);
}

TEST_CASE("recurring names: one word is a firm after three bare tellings and no article, not a place or a plural noun") {
    const auto found = unknown_entities(test::annotate_text(
        "Das Büro liegt in Planegg. Heute meldet Velnox neue Kunden. Laut Velnox wachsen Modelle schnell. Zudem plant Velnox mehr, "
        "und Modelle werden billiger. Planegg freut sich, Modelle auch, und Planegg feiert."));
    CHECK(found.contains({"Velnox", "organisation"}));
    CHECK_FALSE(found.contains({"Planegg", "organisation"}));
    CHECK_FALSE(found.contains({"Modelle", "organisation"}));
}

TEST_CASE("recurring names: an article over 1 MiB gets none, so its mentions are never all moved at once") {
    std::string body;
    while (body.size() < 1100 * 1024) body += "Danach investierte Velder Spoons erneut. Velder Spoons wächst. ";
    const auto a = test::annotate_text(body);
    for (const Mention& m : a.of(MentionKind::entity)) CHECK(a.text(m) != "Velder Spoons");
}

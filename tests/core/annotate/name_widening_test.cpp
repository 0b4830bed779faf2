// Unknown firms' names made whole when the annotator that found them stopped short, on sentences of our own.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "support/annotate_helpers.h"

using namespace ds;

namespace {
// The unknown organisations' names, in the order found.
std::vector<std::string> unknown_firms(const std::string& body, const std::string& lang) {
    const auto a = test::annotate_text(body, "2025-11-20", lang);
    std::vector<std::string> out;
    for (const auto& m : a.of(MentionKind::entity)) {
        if (!m.known && m.entity_kind == "organisation") out.push_back(a.text(m));
    }
    return out;
}
bool has(const std::vector<std::string>& names, const std::string& name) { return std::find(names.begin(), names.end(), name) != names.end(); }
}  // namespace

TEST_CASE("a name found as nothing but the words that end names joins the name before it") {
    const auto en = unknown_firms("The Series C was led by Boardman Bay Capital Management, and Forgepoint Capital International joined.", "en");
    CHECK(has(en, "Boardman Bay Capital Management"));
    CHECK(has(en, "Forgepoint Capital International"));
    CHECK_FALSE(has(en, "Management"));
    CHECK_FALSE(has(en, "International"));
}

TEST_CASE("the words nobody took before a lone Ventures open its name") {
    for (const std::string lang : {"de", "en"}) {
        const std::string body = lang == "de" ? "Außerdem beteiligten sich HP Tech Ventures, SETT und Toshiba an der Runde."
                                              : "The startup also drew money from HP Tech Ventures, SETT and Toshiba.";
        const auto names = unknown_firms(body, lang);
        CAPTURE(lang);
        CHECK(has(names, "HP Tech Ventures"));
        CHECK_FALSE(has(names, "Ventures"));
        CHECK_FALSE(has(names, "HP"));
    }
    // A sentence's opening word or an article is no part of it.
    const auto names = unknown_firms("Die Ventures-Sparte wuchs. Auch Plural Ventures ist dabei.", "de");
    CHECK_FALSE(has(names, "Auch Plural Ventures"));
}

TEST_CASE("a country's short form or a known country before a fund's name is part of it") {
    const auto en = unknown_firms("Lambda's Series C was led by the US Innovative Technology Fund.", "en");
    CHECK(has(en, "US Innovative Technology Fund"));
    const auto de = unknown_firms("Die Runde führte der US Innovative Technology Fund des Investors Thomas Tull an.", "de");
    CHECK(has(de, "US Innovative Technology Fund"));
    const auto plant = unknown_firms("The subsidy goes to Japan Advanced Semiconductor Manufacturing, TSMC's unit in Kumamoto.", "en");
    CHECK(has(plant, "Japan Advanced Semiconductor Manufacturing"));
    // A place that owns the name stays outside it.
    const auto owned = unknown_firms("Singapore's Temasek Growth Fund joined the round.", "en");
    CHECK_FALSE(has(owned, "Singapore's Temasek Growth Fund"));
}

TEST_CASE("a fund's name runs over 'of' to the word that ends it") {
    const auto en = unknown_firms("Investors included Nvidia and Healthcare of Ontario Pension Plan, the company said.", "en");
    CHECK(has(en, "Healthcare of Ontario Pension Plan"));
    CHECK_FALSE(has(en, "Pension Plan"));
    // Without such a word at the end, "of" parts two names.
    const auto two = unknown_firms("Quillon bought Varnot of Texas Instruments fame.", "en");
    CHECK_FALSE(has(two, "Varnot of Texas Instruments"));
}

TEST_CASE("a known firm keeps a corporate word after its name") {
    const auto a = test::annotate_text("The round drew T. Rowe Price Associates and Fidelity.", "2025-11-20", "en");
    const auto found = a.of(MentionKind::entity);
    CHECK(std::any_of(found.begin(), found.end(), [&](const Mention& m) { return m.entity_id == "t-rowe-price" && a.text(m) == "T. Rowe Price Associates"; }));
}

TEST_CASE("a word between an order or 'new' and a site's noun is where the site is, not a firm") {
    const auto names = unknown_firms("Rapidus was granted up to ¥476 billion by METI for its first Kumamoto plant. Intel will build a new Ohio fab.", "en");
    CHECK_FALSE(has(names, "Kumamoto"));
    CHECK_FALSE(has(names, "Ohio"));
    CHECK(has(names, "METI"));
}

TEST_CASE("one word after a known firm and 'in' is where the firm is") {
    const auto names = unknown_firms("How does this compare with TSMC in Kumamoto? Nvidia invested in Kestrova, a chip startup.", "en");
    CHECK_FALSE(has(names, "Kumamoto"));
    CHECK(has(names, "Kestrova"));
}

TEST_CASE("a law named after chips is no firm and tells no compute deal") {
    const auto names = unknown_firms("The Commerce Department awarded Samsung up to $4.745bn under the CHIPS and Science Act. The CHIPS Act helps.", "en");
    CHECK_FALSE(has(names, "CHIPS"));
    CHECK_FALSE(has(names, "Science Act"));
    CHECK_FALSE(has(names, "Act"));
}

TEST_CASE("an apposition 'the … start-up behind …' names a firm, a possessive ends a name, Hollywood is a place") {
    const auto names = unknown_firms("Then Runway, the New York start-up behind the Gen-4 video model, raised a $308 million round. Later Kovrin's "
                                     "Cristóbal Valenzuela spoke about money, models and Hollywood.",
                                     "en");
    CHECK(has(names, "Runway"));
    CHECK(has(names, "Kovrin"));
    CHECK_FALSE(has(names, "Kovrin's Cristóbal Valenzuela"));
    CHECK_FALSE(has(names, "Hollywood"));
}

TEST_CASE("research bodies named by their kind, and a name ending in 'Advisory'") {
    const auto de = unknown_firms("Das Geld geht an die Universität Bristol und das Institut für Mikroelektronik Stuttgart, beraten von Remstal Capital "
                                  "Advisory. Zu den Geldgebern gehören Accel, BDT & MSD Partners und IBB Ventures.",
                                  "de");
    CHECK(has(de, "Universität Bristol"));
    CHECK(has(de, "Institut für Mikroelektronik Stuttgart"));
    CHECK(has(de, "Remstal Capital Advisory"));
    // (Each word list by itself: two lists of one length had shared the first one's words, and "Partners" ended no name.)
    CHECK(has(de, "BDT & MSD Partners"));
    CHECK(has(de, "IBB Ventures"));
    const auto en = unknown_firms("The money goes to the University of Bristol and to Remstal Capital Advisory.", "en");
    CHECK(has(en, "University of Bristol"));
    CHECK(has(en, "Remstal Capital Advisory"));
}

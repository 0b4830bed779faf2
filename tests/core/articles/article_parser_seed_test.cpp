// The five seed articles: structure, boilerplate, metadata and hard sentence boundaries.
#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

#include "support/seed_articles.h"

using namespace ds;

namespace {
using KindList = std::vector<std::pair<BoilerplateKind, std::string>>;

// Every boilerplate block as (kind, display text), in order.
KindList boilerplate_of(const Article& a) {
    KindList out;
    for (const auto& b : a.blocks) {
        if (b.kind == BlockKind::boilerplate) out.emplace_back(b.boilerplate, display_text(a.view(b.range)));
    }
    return out;
}

bool has_sentence(const Article& a, const std::string& text) {
    for (const auto& s : a.sentences) {
        if (a.view(s.range) == text) return true;
    }
    return false;
}

std::vector<std::string> texts_of(const Article& a, BlockKind kind) {
    std::vector<std::string> out;
    for (const auto& b : a.blocks) {
        if (b.kind == kind) out.push_back(display_text(a.view(b.range)));
    }
    return out;
}
}  // namespace

TEST_CASE("seeds load with no problems") {
    CHECK(test::seed_corpus().problems.empty());
    CHECK(test::seed_corpus().articles.size() == 5);
}

TEST_CASE("000: category, tags, image credit, byline, job ads, markup debris, related links, author bio") {
    const Article& a = test::seed("000_0fd505e617a80e95");
    CHECK(a.title == "Microsoft investiert 10 Milliarden US-Dollar in die ChatGPT-Mutter OpenAI");
    CHECK(a.publisher == "BASIC thinking");
    CHECK(a.body_paragraph_count() == 11);
    CHECK(texts_of(a, BlockKind::byline) == std::vector<std::string>{"geschrieben von Maria Gramsch"});
    CHECK(texts_of(a, BlockKind::heading) == std::vector<std::string>{"OpenAI sichert sich zehn Milliarden US-Dollar",
                                                                      "Microsofts Cloud-Computing-Sparte Azur soll profitieren",
                                                                      "Microsoft hat die Konkurrenz im Blick"});
    const KindList expected = {
        {BoilerplateKind::navigation, "Technologie"},
        {BoilerplateKind::navigation, "Microsoft, OpenAI, ChatGPT"},
        {BoilerplateKind::image_credit, "Pixabay.com / ClearCutLtd"},
        {BoilerplateKind::job_ads, "Neue Stellenangebote"},
        {BoilerplateKind::job_ads, "Growth Marketing Manager:in – Social Media"},
        {BoilerplateKind::job_ads, "GOhiring GmbH in Home Office"},
        {BoilerplateKind::job_ads, "Senior Social Media Manager:in im Corporate Strategy Office (w/d/m)"},
        {BoilerplateKind::job_ads, "Haufe Group SE in Freiburg im Breisgau"},
        {BoilerplateKind::job_ads, "Senior Communication Manager – Social Media (f/m/d)"},
        {BoilerplateKind::job_ads, "E.ON Energy Markets GmbH in Essen"},
        {BoilerplateKind::job_ads, "Alle Stellenanzeigen"},
        {BoilerplateKind::markup_debris, "</h2<"},
        {BoilerplateKind::related_links, "Auch interessant:"},
        {BoilerplateKind::author_bio, "Über den Autor"},
        {BoilerplateKind::author_bio, "Maria Gramsch"},
    };
    auto found = boilerplate_of(a);
    REQUIRE(found.size() == expected.size() + 1);
    CHECK(found.back().first == BoilerplateKind::author_bio);
    CHECK(found.back().second.starts_with("Maria ist freie Journalistin"));
    found.pop_back();
    CHECK(found == expected);
    CHECK(has_sentence(a, "Für Microsoft und Azure sei dies laut Bloomberg „von entscheidender Bedeutung“."));
    CHECK(has_sentence(a, "Erst kürzlich hatte der Konzern verkündet, rund 10.000 Stellen streichen zu wollen."));
    // Without a sidecar the author still comes from the byline.
    CHECK(test::seed_without_sidecar(a.id).author == "Maria Gramsch");
}

TEST_CASE("001: no title line at all, body from the first line") {
    const Article& a = test::seed("001_db88fdc0d8c3c3ba");
    CHECK(a.title.empty());
    CHECK(a.display_title().starts_with("Zuerst waren es nur Gerüchte"));
    // Its first sentence, cut at a whole word (it ended "dass Mi…").
    CHECK(a.display_title() == "Zuerst waren es nur Gerüchte, jetzt berichtet der Nachrichtendienst Bloomberg, dass …");
    CHECK(a.body_paragraph_count() == 12);
    CHECK(boilerplate_of(a).empty());
    CHECK(texts_of(a, BlockKind::heading).size() == 5);
    CHECK(has_sentence(a, "Microsoft hatte bereits 2019 eine Milliarde Dollar und in einer zweiten Finanzierungsrunde 2021 "
                          "angeblich weitere zwei Milliarden Dollar in das 2015 gegründete Startup gesteckt."));
    CHECK(has_sentence(a, "\"Heute kündigen wir die dritte Phase unserer langfristigen Partnerschaft mit OpenAI an\", "
                          "hieß es in einer Mitteilung Microsofts."));
    CHECK(has_sentence(a, "Zu den Investoren gehören neben Microsoft die Reid Hoffman's Charitable Foundation und Khosla Ventures."));
}

TEST_CASE("002: category header, stated date, podcast prompt, subtitle, source list, call to action") {
    const Article& a = test::seed("002_c2d40a6ec8a499e2");
    CHECK(a.title == "Microsoft überdenkt Investitionsstrategie nach Altmans Entlassung bei OpenAI");
    CHECK(a.subtitle == "Microsofts Neubewertung der OpenAI-Investitionsstrategie nach dem kurzen Rauswurf von Altman");
    CHECK(a.publisher == "Mindverse");
    CHECK(a.body_paragraph_count() == 6);
    const Article bare = test::seed_without_sidecar(a.id);
    CHECK(bare.date.value == "2024-10-21");
    CHECK(bare.date.source == DateSource::text);
    CHECK(bare.date.precision == DatePrecision::day);
    const auto found = boilerplate_of(a);
    const KindList head(found.begin(), found.begin() + 3);
    CHECK(head == KindList{{BoilerplateKind::navigation, "Kategorien:"},
                           {BoilerplateKind::navigation, "No items found."},
                           {BoilerplateKind::navigation, "Artikel jetzt als Podcast anhören"}});
    std::size_t sources = 0, cta = 0;
    for (const auto& [kind, text] : found) {
        sources += kind == BoilerplateKind::source_list;
        cta += kind == BoilerplateKind::call_to_action;
    }
    CHECK(sources == 11);  // "Quellen" and ten links
    CHECK(cta == 3);       // "Was bedeutet das?", "Wie können wir Ihnen heute helfen?", the Mindverse line
    CHECK(found.back().second == "Das Expertenteam von Mindverse freut sich darauf, Ihnen zu helfen.");
    CHECK(has_sentence(a, "Beide Unternehmen stehen vor der Herausforderung, die bisherige Investition von Microsoft in Höhe von "
                          "13,75 Milliarden US-Dollar in Eigenkapital umzuwandeln, da OpenAI von einem gemeinnützigen zu einem "
                          "gewinnorientierten Unternehmen übergeht."));
}

TEST_CASE("003: site name before the title, quote spanning sentences") {
    const Article& a = test::seed("003_d321a9e8286ae421");
    CHECK(a.title == "Microsoft No Longer OpenAI’s Exclusive Cloud Provider");
    CHECK(test::seed_without_sidecar(a.id).publisher == "Alien Road Company");
    CHECK(a.body_paragraph_count() == 9);
    CHECK(boilerplate_of(a) == KindList{{BoilerplateKind::navigation, "Alien Road Company"}});
    CHECK(has_sentence(a, "„Wir bauen riesige Rechenzentren, beginnend in Texas."));
    CHECK(has_sentence(a, "Zehn Gebäude befinden sich bereits im Bau, jedes mit einer Fläche von 500.000 Quadratmetern."));
    CHECK(has_sentence(a, "Später sollen 20 weitere Standorte hinzukommen“, erklärte Ellison."));
    CHECK(has_sentence(a, "Die Oracle-Aktie stieg nach diesen Ankündigungen um 7 %, was den Optimismus hinsichtlich des "
                          "verstärkten Engagements des Unternehmens im Bereich KI-Infrastruktur widerspiegelt."));
}

TEST_CASE("004: kicker glued to the title, paragraphs on single lines") {
    const Article& a = test::seed("004_99e61aca6c01c1f9");
    CHECK(a.kicker == "Kein Ende bei KI-Wettrüsten");
    CHECK(a.title == "Tech-Giganten pumpen Milliarden in OpenAI-Rivalen Anthropic");
    CHECK(a.body_paragraph_count() == 9);
    CHECK(boilerplate_of(a).empty());
    CHECK(has_sentence(a, "Anthropic wurde nach einer Finanzierungsrunde über 13 Milliarden Dollar zuletzt mit 183 Milliarden Dollar bewertet."));
    CHECK(has_sentence(a, "Im März hatte die Bewertung noch bei 61,5 Milliarden Dollar gelegen."));
    CHECK(has_sentence(a, "Zum Vergleich: Damit könnten rund 25 Millionen US-Haushalte mit Strom versorgt werden."));
}

TEST_CASE("every block and sentence range lies inside the text and in order") {
    for (const Article& a : test::seed_corpus().articles) {
        CAPTURE(a.id);
        std::size_t last_end = 0;
        for (const Block& b : a.blocks) {
            CHECK(b.range.begin >= last_end);
            CHECK(b.range.end <= a.text.size());
            CHECK_FALSE(b.range.empty());
            last_end = b.range.end;
            for (std::size_t s = b.first_sentence; s < b.first_sentence + b.sentence_count; ++s) {
                CHECK(a.sentences[s].range.begin >= b.range.begin);
                CHECK(a.sentences[s].range.end <= b.range.end);
            }
        }
    }
}

// Parser rules on articles of our own making, and text hygiene: dealscope reads articles nobody
// has seen yet, so nothing here depends on the seed texts.
#include <doctest/doctest.h>

#include <string>
#include <variant>

#include "core/articles/article_parser.h"

using namespace ds;

namespace {
Article parse_ok(const std::string& text, const ArticleMeta* meta = nullptr) {
    auto parsed = parse_article("own.txt", text, meta);
    REQUIRE(std::holds_alternative<Article>(parsed));
    return std::get<Article>(std::move(parsed));
}
Problem parse_refused(const std::string& text) {
    auto parsed = parse_article("bad.txt", text);
    REQUIRE(std::holds_alternative<Problem>(parsed));
    return std::get<Problem>(parsed);
}
std::size_t count_kind(const Article& a, BoilerplateKind kind) {
    std::size_t n = 0;
    for (const auto& b : a.blocks) n += b.kind == BlockKind::boilerplate && b.boilerplate == kind;
    return n;
}
}  // namespace

TEST_CASE("an article of another site: byline with 'Von', date label with the date on the same line") {
    const Article a = parse_ok(
        "Wirtschaft\n\n"
        "Chipkonzern Qualcomm steigt bei Start-up Helsing ein\n"
        "Foto: dpa\n"
        "Von Anna Berger\n"
        "Veröffentlicht am 3. März 2025\n\n"
        "Der Chipkonzern Qualcomm beteiligt sich mit rund 200 Mio. Euro an dem Münchner Start-up Helsing. "
        "Das teilte das Unternehmen am Montag mit.\n\n"
        "Mehr zum Thema\n"
        "Helsing sammelt Milliarden ein\n\n"
        "Newsletter abonnieren und nichts verpassen!\n");
    CHECK(a.title == "Chipkonzern Qualcomm steigt bei Start-up Helsing ein");
    CHECK(a.author == "Anna Berger");
    CHECK(a.date.value == "2025-03-03");
    CHECK(a.date.source == DateSource::text);
    CHECK(a.body_paragraph_count() == 1);
    CHECK(count_kind(a, BoilerplateKind::navigation) == 1);
    CHECK(count_kind(a, BoilerplateKind::image_credit) == 1);
    CHECK(count_kind(a, BoilerplateKind::related_links) == 2);
    CHECK(count_kind(a, BoilerplateKind::call_to_action) == 1);
    CHECK(a.sentences.size() >= 2);
}

TEST_CASE("a site name, a breadcrumb trail and a menu bar above the kicker are the page's, the headline after them is the title") {
    const Article a = parse_ok(
        "Nachrichtenportal Rhein-Ruhr\n\n"
        "Home > Wirtschaft > Unternehmen\n\n"
        "Home | Märkte | Aktien | Tech & KI | Live\n\n"
        "Übernahme\n\n"
        "Softwarekonzern Kestrova kauft Düsseldorfer KI-Firma Vantiro\n\n"
        "Der Spezialist für Chatbots geht für knapp eine Milliarde Dollar an einen Branchenriesen.\n\n"
        "DÜSSELDORF (nrr) - Der Softwarekonzern Kestrova übernimmt das Düsseldorfer KI-Unternehmen Vantiro.\n");
    CHECK(a.title == "Softwarekonzern Kestrova kauft Düsseldorfer KI-Firma Vantiro");
    CHECK(a.publisher == "Nachrichtenportal Rhein-Ruhr");
    CHECK(count_kind(a, BoilerplateKind::navigation) == 4);
}

TEST_CASE("a masthead with a tagline above a menu bar, a cookie banner and a section label in capitals are the page's, the headline after them is the title") {
    const Article a = parse_ok(
        "Talbote – Nachrichten aus dem Kestrovatal und der Region\n\n"
        "Startseite | Lokales | Wirtschaft | Sport | Service\n\n"
        "Diese Website verwendet Cookies. Mit „Akzeptieren“ stimmen Sie der Nutzung zu. Einstellungen\n\n"
        "WIRTSCHAFT IN DER REGION\n\n"
        "Vantiro steigt bei Lumora Robotics ein – Roboter für die Werkshallen\n\n"
        "Der Zulieferer will die Maschinen in seinen Fabriken einsetzen. Was das für die Region bedeutet.\n\n"
        "Von Anna Beispiel\n\n"
        "Der Zulieferer Vantiro hat am Mittwoch bekannt gegeben, eine Minderheitsbeteiligung an Lumora Robotics zu erwerben. Die Summe blieb offen.\n");
    CHECK(a.title == "Vantiro steigt bei Lumora Robotics ein – Roboter für die Werkshallen");
    CHECK(a.publisher == "Talbote");
    CHECK(count_kind(a, BoilerplateKind::call_to_action) == 1);  // the cookie banner
    // A headline with a menu bar only before it keeps its place.
    const Article b = parse_ok(
        "Startseite | Lokales | Wirtschaft | Sport | Service\n\n"
        "Vantiro steigt bei Lumora Robotics ein\n\n"
        "Der Zulieferer will die Maschinen in seinen Fabriken einsetzen, heißt es aus dem Unternehmen.\n\n"
        "Der Zulieferer Vantiro hat am Mittwoch bekannt gegeben, eine Minderheitsbeteiligung an Lumora Robotics zu erwerben. Die Summe blieb offen.\n");
    CHECK(b.title == "Vantiro steigt bei Lumora Robotics ein");
}

TEST_CASE("a related-links cue with its links on the same line is page furniture, a sentence that begins with its words is not") {
    const Article a = parse_ok(
        "Chip start-up raises money for its second factory\n\n"
        "The chip start-up Lumora said on Monday it had raised $200 million from a group of investors led by Northwind.\n\n"
        "Read more: Inside the round that broke the record | Who really pays for AI's data centres?\n\n"
        "Lesen Sie auch: Wer zahlt für die Rechenzentren?\n\n"
        "Read more about the plan in the company's filing, which runs to forty pages and lists every backer.\n");
    CHECK(count_kind(a, BoilerplateKind::related_links) == 2);
    CHECK(a.body_paragraph_count() == 2);
}

TEST_CASE("hard-wrapped paragraphs are joined, headings, quotes and list items are recognised") {
    const Article a = parse_ok(
        "Oracle baut Rechenzentren in Texas für neue Kunden\n\n"
        "Oracle hat am Dienstag angekündigt, seine Rechenzentren in Texas deutlich\n"
        "auszubauen und dafür mehrere Milliarden Dollar zu investieren. Das ist viel.\n\n"
        "Was bedeutet das für Kunden\n\n"
        "„Wir wachsen schneller als je zuvor.“\n\n"
        "- erster Punkt der Liste\n"
        "- zweiter Punkt der Liste\n");
    REQUIRE(a.blocks.size() == 6);
    CHECK(a.blocks[0].kind == BlockKind::title);
    CHECK(a.blocks[1].kind == BlockKind::paragraph);
    CHECK(a.blocks[1].sentence_count == 2);
    CHECK(a.blocks[2].kind == BlockKind::heading);
    CHECK(a.blocks[3].kind == BlockKind::quote);
    CHECK(a.blocks[4].kind == BlockKind::list_item);
    CHECK(a.blocks[5].kind == BlockKind::list_item);
}

TEST_CASE("English article: language and structure") {
    const Article a = parse_ok(
        "Nvidia and Microsoft to invest up to $15 billion in Anthropic\n\n"
        "By Jane Doe\n\n"
        "Microsoft Corp. and Nvidia said on Tuesday that they will invest up to $15 billion in the startup. "
        "The deal was first reported by Reuters.\n");
    CHECK(a.language == "en");
    CHECK(a.author == "Jane Doe");
    CHECK(a.title == "Nvidia and Microsoft to invest up to $15 billion in Anthropic");
    CHECK(a.sentences.size() == 4);
}

TEST_CASE("a short paragraph without the commonest function words still has a language") {
    // Pasted alone, these were undetermined, and the German one was read with English grammar.
    CHECK(parse_ok("Lambda hatte im Februar in einer Serie-C-Runde 320 Millionen Dollar aufgenommen, angeführt vom US Innovative Technology "
                   "Fund des Unternehmers Thomas Tull.\n").language == "de");
    CHECK(parse_ok("Lambda raised $320 million in February in a round which was led by Thomas Tull's fund.\n").language == "en");
}

TEST_CASE("camel-case brands in a title are not mistaken for a glued kicker") {
    CHECK(parse_ok("SoftBank und CoreWeave bauen ein Rechenzentrum mit Nvidia\n\nEin Satz mit acht Wörtern steht hier im Text.\n")
              .kicker.empty());
    CHECK(parse_ok("Neue Funktionen für Gruppen bei LinkedIn und WhatsApp\n\nEin Satz mit acht Wörtern steht hier im Text.\n")
              .kicker.empty());
}

TEST_CASE("sidecar metadata overrides what the text says") {
    ArticleMeta meta;
    meta.title = "Eigener Titel";
    meta.publisher = "Muster Verlag";
    meta.date = "2024-06";
    meta.date_basis = "from the site's sitemap";
    const Article a = parse_ok("Ein Titel aus dem Text hier\n\nEin Satz mit mehr als acht Wörtern steht hier im Text.\n", &meta);
    CHECK(a.title == "Eigener Titel");
    CHECK(a.publisher == "Muster Verlag");
    CHECK(a.date.value == "2024-06");
    CHECK(a.date.precision == DatePrecision::month);
    CHECK(a.date.source == DateSource::metadata);
}

TEST_CASE("text hygiene: BOM, CRLF, no-break spaces and soft hyphens") {
    const std::string text = "\xEF\xBB\xBFInvestitionen in die KI-Infrastruktur\r\n\r\n"
                             "Microsoft investiert in Rechen\xC2\xADzentren.\xC2\xA0" "Das ist ein zweiter Satz mit Inhalt.\r\n";
    const Article a = parse_ok(text);
    CHECK(a.title == "Investitionen in die KI-Infrastruktur");
    CHECK(a.blocks[0].range.begin == 3);  // after the BOM, offsets still into the original bytes
    REQUIRE(a.sentences.size() == 3);
    CHECK(a.view(a.sentences[1].range) == "Microsoft investiert in Rechen\xC2\xADzentren.");
    CHECK(display_text(a.view(a.sentences[1].range)) == "Microsoft investiert in Rechenzentren.");
    CHECK(a.text[a.sentences[2].range.end] == '\r');  // the CR is not part of the sentence
}

TEST_CASE("refused input names the file and the byte offset") {
    CHECK(parse_refused("").reason == "empty file");
    const Problem binary = parse_refused(std::string("PK\x03\x04\0\0binary", 12));
    CHECK(binary.place == "bad.txt:byte 4");
    CHECK(binary.reason.starts_with("binary file"));
    const Problem latin1 = parse_refused("Gr\xF6\xDF" "e Investition");
    CHECK(latin1.place == "bad.txt:byte 2");
    CHECK(latin1.reason.find("iconv") != std::string::npos);
    CHECK(parse_refused(" \r\n\t\n\xC2\xA0\n").reason == "file contains only white space");
}

TEST_CASE("a file that is only boilerplate parses with a warning") {
    const Article a = parse_ok("Neue Stellenangebote\nEntwickler:in in Berlin\nAlle Stellenanzeigen\n\nÜber den Autor\nMax Muster\n");
    CHECK(a.body_paragraph_count() == 0);
    REQUIRE(a.problems.size() == 1);
    CHECK(a.problems[0].severity == Severity::warning);
    CHECK(a.problems[0].reason.starts_with("no body text"));
}

TEST_CASE("a 1 MB single line and a 50 MB file parse") {
    std::string line;
    while (line.size() < (1u << 20)) line += "Nvidia investiert 10 Mrd. Dollar in Anthropic, sagte ein Sprecher am 3. Mai. ";
    const Article one_line = parse_ok(line);
    CHECK(one_line.blocks.size() == 1);
    CHECK(one_line.sentences.size() > 10000);

    std::string big;
    big.reserve(50u << 20);
    const std::string paragraph = "Microsoft investiert 13,75 Milliarden US-Dollar in OpenAI. Das berichtet Bloomberg.\n\nZwischentitel ohne Punkt\n\n";
    while (big.size() < (50u << 20)) big += paragraph;
    const Article many = parse_ok(big);
    CHECK(many.body_paragraph_count() > 400000);
}

TEST_CASE("refused input is worded in German by its code, the English reason unchanged") {
    const Problem blank = parse_refused(" \r\n\t\n\xC2\xA0\n");
    CHECK(blank.code == MessageCode::only_white_space);
    CHECK(describe(blank) == "error: bad.txt: file contains only white space");
    CHECK(describe(blank, Language::de) == "Fehler: bad.txt: Datei enthält nur Leerzeichen");
    // Latin-1 bytes ("März"): the UTF-8 detail inside the reason is German too.
    const Problem latin1 = parse_refused("Im M\xE4rz investiert");
    CHECK(latin1.reason == "invalid UTF-8 (truncated sequence); if the file is Latin-1 or Windows-1252, convert it: iconv -f cp1252 -t utf-8");
    CHECK(problem_text(latin1, Language::de) ==
          "ungültiges UTF-8 (abgebrochene Folge); eine Datei in Latin-1 oder Windows-1252 lässt sich so umwandeln: iconv -f cp1252 -t utf-8");
    CHECK(problem_text(parse_refused(""), Language::de) == "leere Datei");
}

TEST_CASE("the publication date from a header line with a time, or a dateline") {
    auto parsed = parse_article("a.txt", "Wirtschaftspost\n\nStand: 18.06.2025 09:41 Uhr\n\nHelsing sammelt Geld ein\n\n"
                                         "Das Münchner Start-up Helsing hat am Dienstag eine Finanzierungsrunde über 600 Millionen Euro bekannt gegeben.\n");
    REQUIRE(std::holds_alternative<Article>(parsed));
    CHECK(std::get<Article>(parsed).date.value == "2025-06-18");
    parsed = parse_article("b.txt", "AsiaBiz Wire\n\nSoftBank to lead a funding round\n\nTOKYO, April 1, 2025\n\n"
                                    "SoftBank Group will lead a large investment in OpenAI, the company said on Monday.\n");
    REQUIRE(std::holds_alternative<Article>(parsed));
    CHECK(std::get<Article>(parsed).date.value == "2025-04-01");
}

TEST_CASE("the publication date from a first paragraph that opens with a date and a dash") {
    for (const std::string opening : {"03.11.2025 \xE2\x80\x93 ", "München, 3. November 2025 (dpa) - ", "03.11.2025 \xE2\x80\x93 München (dpa) - "}) {
        CAPTURE(opening);
        const Article a = parse_ok("Wirtschaftspost\n\nKI-Start-up sammelt Geld ein\n\n" + opening +
                                   "Das Münchner Start-up Varnot hat 85 Millionen Euro eingesammelt. Die Runde führte Balderton an.\n\n"
                                   "Mit dem Geld will Varnot in die USA.\n");
        CHECK(a.date.value == "2025-11-03");
        CHECK(a.date.source == DateSource::text);
    }
    // A date later in the paragraph is what the paragraph tells, not when it was written.
    const Article a = parse_ok("Wirtschaftspost\n\nKI-Start-up sammelt Geld ein\n\n"
                               "Das Münchner Start-up Varnot hatte am 3. November 2025 - einem Montag - 85 Millionen Euro eingesammelt.\n\nMehr folgt.\n");
    CHECK(a.date.value.empty());
}

TEST_CASE("a newsletter line above the headline is furniture, and a byline and dateline below a teaser still name author and date") {
    const Article a = parse_ok(
                                    "Westdeutsche Rundschau\n\nNewsletter: Das Wichtigste aus der Region jeden Morgen kostenlos in Ihr Postfach – jetzt anmelden\n\n"
                                    "Jülich rechnet jetzt in der Königsklasse\n\n"
                                    "Bund, Land und EU haben rund eine halbe Milliarde Euro in den Rechner gesteckt. Bei der Einweihung ging es um eine Frage.\n\n"
                                    "Von Moritz Bendel\n\nJülich, 5. September 2025\n\n"
                                    "Auf dem Campus herrscht Betrieb. Der Rechner läuft seit Juni im Probebetrieb und soll im Herbst voll arbeiten.\n");
    CHECK(a.date.value == "2025-09-05");
    CHECK(a.author == "Moritz Bendel");
    CHECK(a.blocks[1].kind == BlockKind::boilerplate);
}

TEST_CASE("a byline that also gives the date names the author and dates the article, and the site name is its publisher") {
    for (const std::string byline : {"By Jane Doe | March 4, 2025", "By Jane Doe, March 4, 2025", "Von Jane Doe, 04.03.2025 14:30 Uhr"}) {
        CAPTURE(byline);
        const Article a = parse_ok("Tech Wire\n\nVoice startup Varnot raises $120M Series B led by Index Ventures\n\n" + byline +
                                   "\n\nVarnot, a startup building voice agents for call centers, has raised $120 million in a Series B round.\n");
        CHECK(a.date.value == "2025-03-04");
        CHECK(a.author == "Jane Doe");
        CHECK(a.publisher == "Tech Wire");
    }
    // A byline with a role, not a date, stays whole.
    const Article a = parse_ok("Tech Wire\n\nVoice startup Varnot raises $120M Series B led by Index Ventures\n\nBy Jane Doe, Senior Reporter\n\n"
                               "Varnot, a startup building voice agents for call centers, has raised $120 million in a Series B round.\n");
    CHECK(a.date.value.empty());
    CHECK(a.author == "Jane Doe, Senior Reporter");
}

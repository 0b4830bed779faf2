#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/text/sentence_splitter.h"

using namespace ds;

namespace {
std::vector<std::string> split(const std::string& text) {
    std::vector<std::string> out;
    for (const ByteRange& r : split_sentences(text, {0, text.size()})) out.push_back(text.substr(r.begin, r.size()));
    return out;
}
using Lines = std::vector<std::string>;
}  // namespace

TEST_CASE("abbreviations do not end sentences") {
    CHECK(split("Das kostet ca. zehn Mrd. Dollar. Das ist viel.") == Lines{"Das kostet ca. zehn Mrd. Dollar.", "Das ist viel."});
    CHECK(split("Partner sind z. B. Nvidia und u. a. Microsoft. Danach kam Oracle.") ==
          Lines{"Partner sind z. B. Nvidia und u. a. Microsoft.", "Danach kam Oracle."});
    CHECK(split("Dr. Berger kam mit Nr. 5 ins Ziel. Später mehr.") == Lines{"Dr. Berger kam mit Nr. 5 ins Ziel.", "Später mehr."});
    CHECK(split("Apple Inc. und Microsoft Corp. kooperieren bzw. streiten. Das ist neu.") ==
          Lines{"Apple Inc. und Microsoft Corp. kooperieren bzw. streiten.", "Das ist neu."});
    CHECK(split("Es geht um 5 Mio. Euro. Mehr nicht.") == Lines{"Es geht um 5 Mio. Euro.", "Mehr nicht."});
    // "Art. 5" abbreviates "Artikel"; "dieser Art." before a year or a word ends the sentence.
    CHECK(split("Laut Art. 5 GG gilt das. Mehr nicht.") == Lines{"Laut Art. 5 GG gilt das.", "Mehr nicht."});
    CHECK(split("Es ist nicht der erste Zukauf dieser Art. 2021 hatte SAP Signavio gekauft.") ==
          Lines{"Es ist nicht der erste Zukauf dieser Art.", "2021 hatte SAP Signavio gekauft."});
    CHECK(split("Deals dieser Art. Sie häufen sich.") == Lines{"Deals dieser Art.", "Sie häufen sich."});
    // A firm's legal form ends the sentence before a word that opens sentences, not before the name's next word.
    CHECK(split("The group was led by Mitsui & Co. Then Eni signed.") == Lines{"The group was led by Mitsui & Co.", "Then Eni signed."});
    CHECK(split("Backed by Kora Co. Ltd and others.") == Lines{"Backed by Kora Co. Ltd and others."});
}

TEST_CASE("ordinals and dates are not sentence ends, years at the end are") {
    CHECK(split("Im 3. Quartal stieg der Umsatz. Am 21. Oktober 2024 kam die Meldung.") ==
          Lines{"Im 3. Quartal stieg der Umsatz.", "Am 21. Oktober 2024 kam die Meldung."});
    CHECK(split("Microsoft investierte erstmals 2019. Danach folgte mehr.") ==
          Lines{"Microsoft investierte erstmals 2019.", "Danach folgte mehr."});
}

TEST_CASE("decimal commas, thousands dots and domains stay inside a sentence") {
    CHECK(split("Der Wert lag bei 13,75 Milliarden. Das sind 500.000 Quadratmeter auf Pixabay.com zu sehen.") ==
          Lines{"Der Wert lag bei 13,75 Milliarden.", "Das sind 500.000 Quadratmeter auf Pixabay.com zu sehen."});
    CHECK(split("Er nannte 1.5 billion dollars. That was new.") == Lines{"Er nannte 1.5 billion dollars.", "That was new."});
}

TEST_CASE("quotes: sentence end inside or outside the quotation marks") {
    CHECK(split("Er sagte: „Wir bauen in Texas.“ Dann ging er.") == Lines{"Er sagte: „Wir bauen in Texas.“", "Dann ging er."});
    CHECK(split("„Das ist gut“, sagte er. Dann ging er.") == Lines{"„Das ist gut“, sagte er.", "Dann ging er."});
    CHECK(split("\"Heute kündigen wir es an\", hieß es. Mehr nicht.") == Lines{"\"Heute kündigen wir es an\", hieß es.", "Mehr nicht."});
    CHECK(split("»Das ist neu.« Danach kam nichts.") == Lines{"»Das ist neu.«", "Danach kam nichts."});
    CHECK(split("Sie sagte: „Wir bauen. Zehn Gebäude stehen.“ Fertig.") ==
          Lines{"Sie sagte: „Wir bauen.", "Zehn Gebäude stehen.“", "Fertig."});
    CHECK(split("Der Deal ist laut Bloomberg „von Bedeutung“. Anurag Rana stimmt zu.") ==
          Lines{"Der Deal ist laut Bloomberg „von Bedeutung“.", "Anurag Rana stimmt zu."});
}

TEST_CASE("question and exclamation marks, ellipsis, lower-case continuations") {
    CHECK(split("Was ist ChatGPT? Ein Chatbot! Er ist neu.") == Lines{"Was ist ChatGPT?", "Ein Chatbot!", "Er ist neu."});
    CHECK(split("Es blieb offen… Dann kam die Wende.") == Lines{"Es blieb offen…", "Dann kam die Wende."});
    CHECK(split("Yahoo! hat investiert.") == Lines{"Yahoo! hat investiert."});
}

TEST_CASE("headings without final punctuation and English text") {
    CHECK(split("OpenAI sichert sich zehn Milliarden US-Dollar") == Lines{"OpenAI sichert sich zehn Milliarden US-Dollar"});
    CHECK(split("Microsoft Corp. said on Monday it will invest $10 billion. The deal was reported by Mr. Smith of Bloomberg.") ==
          Lines{"Microsoft Corp. said on Monday it will invest $10 billion.", "The deal was reported by Mr. Smith of Bloomberg."});
}

TEST_CASE("ranges are exact byte offsets, trimmed, and respect the block range") {
    const std::string text = "xx  Erster Satz.  Zweiter Satz.\xC2\xA0 yy";
    const auto ranges = split_sentences(text, {2, text.size() - 2});
    REQUIRE(ranges.size() == 2);
    CHECK(ranges[0] == ByteRange{4, 16});
    CHECK(text.substr(ranges[1].begin, ranges[1].size()) == "Zweiter Satz.");
}

TEST_CASE("a megabyte on one line splits in one pass without trouble") {
    std::string line;
    while (line.size() < (1u << 20)) line += "Microsoft investiert 13,75 Mrd. Dollar in OpenAI. ";
    const auto ranges = split_sentences(line, {0, line.size()});
    CHECK(ranges.size() == line.size() / std::string("Microsoft investiert 13,75 Mrd. Dollar in OpenAI. ").size());
}

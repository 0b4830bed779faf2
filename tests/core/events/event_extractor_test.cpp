// Candidate events: scored against the curated events of the seeds (events with an amount), and
// checked on sentences of our own in other wordings.
#include <doctest/doctest.h>

#include <cmath>
#include <cstdio>
#include <set>

#include "support/annotate_helpers.h"
#include "core/events/event_extractor.h"
#include "core/events/event_loader.h"
#include "support/seed_articles.h"

using namespace ds;

namespace {
const EventStore& curated() { return test::curated_events(); }

std::optional<double> money_value(const Event& e) {
    for (const Amount& a : e.amounts) {
        if (!a.currency.empty() && a.value) return a.value;
    }
    return std::nullopt;
}

// (article, sentence) pairs an event's sources — and the assertions of its claim — cite.
std::set<std::pair<std::string, std::size_t>> cited_sentences(const Event& e) {
    std::set<std::pair<std::string, std::size_t>> out;
    auto add = [&](const Citation& c) {
        for (std::size_t s : c.sentences) out.emplace(c.article, s);
    };
    for (const auto& c : e.sources) add(c);
    for (const auto& claim : curated().claims) {
        if (claim.id == e.claim) for (const auto& a : claim.assertions) add(a.source);
    }
    return out;
}

bool matches(const CandidateEvent& c, const Event& e) {
    const auto cv = money_value(c.event), ev = money_value(e);
    if (!cv || !ev || std::fabs(*cv - *ev) > 0.01 * *ev) return false;
    const auto& source = c.event.sources[0];
    return cited_sentences(e).count({source.article, source.sentences[0]}) > 0;
}

std::vector<CandidateEvent> candidates_of(const std::string& body, const std::string& date = "2025-11-20") {
    const auto a = test::annotate_text(body, date);
    return extract_candidates(a.article, a.mentions, test::seed_gazetteer());
}
}  // namespace

TEST_CASE("candidates from the seed articles against the curated events with an amount") {
    std::vector<CandidateEvent> all;
    for (const Article& a : test::seed_corpus().articles) {
        const auto mentions = annotate_article(a, test::seed_gazetteer());
        for (auto& c : extract_candidates(a, mentions, test::seed_gazetteer())) all.push_back(std::move(c));
    }
    // Candidates with an amount against curated events with one (a partnership without money has
    // nothing to be matched by here).
    std::erase_if(all, [](const CandidateEvent& c) { return !money_value(c.event); });
    int candidate_hits = 0;
    for (const auto& c : all) {
        const bool hit = std::any_of(curated().events.begin(), curated().events.end(), [&](const Event& e) { return matches(c, e); });
        candidate_hits += hit;
        if (!hit) MESSAGE("unmatched candidate: " << c.event.sources[0].quote);
    }
    int with_amount = 0, found = 0;
    for (const Event& e : curated().events) {
        if (!money_value(e)) continue;
        ++with_amount;
        const bool hit = std::any_of(all.begin(), all.end(), [&](const CandidateEvent& c) { return matches(c, e); });
        found += hit;
        if (!hit) MESSAGE("missed event: " << e.id);
    }
    const double precision = all.empty() ? 0 : double(candidate_hits) / all.size();
    const double recall = double(found) / with_amount;
    std::printf("\ncandidate events on the seeds: %zu candidates, %d match a curated event (precision %.3f); "
                "%d of %d curated events with an amount found (recall %.3f)\n",
                all.size(), candidate_hits, precision, found, with_amount, recall);
    CHECK(recall >= 0.8);
    CHECK(precision >= 0.7);
}

TEST_CASE("own wordings: investment, funding round, compute purchase, credit, valuation, status cues") {
    auto one = [](const std::string& body) {
        const auto c = candidates_of(body);
        REQUIRE(c.size() == 1);
        return c[0].event;
    };
    Event e = one("Der Konzern Oracle steckt rund 2 Milliarden Euro in das Start-up Anthropic.");
    CHECK(e.type == "investment");
    REQUIRE(e.participants.size() == 2);
    CHECK(e.participants[0].entity == "oracle");
    CHECK(e.participants[0].role == "investor");
    CHECK(e.participants[1].entity == "anthropic");
    CHECK(e.participants[1].role == "investee");
    CHECK(e.amounts[0].qualifier == Qualifier::about);
    CHECK(e.amounts[0].currency == "EUR");

    e = one("Anthropic hat in einer neuen Finanzierungsrunde 4 Milliarden Dollar eingesammelt.");
    CHECK(e.type == "funding_round");
    CHECK(e.participants[0].role == "investee");

    e = one("OpenAI kauft Rechenkapazität für 12 Milliarden Dollar bei CoreWeave.");
    CHECK(e.type == "compute_deal");
    CHECK(e.participants[0].entity == "openai");
    CHECK(e.participants[0].role == "customer");
    CHECK(e.participants[1].entity == "coreweave");
    CHECK(e.participants[1].role == "provider");

    e = one("Laut Reuters erhält SoftBank einen Kredit über 15 Milliarden Dollar.");
    CHECK(e.type == "loan");
    CHECK(e.status == "reported");
    CHECK(e.participants[0].role == "borrower");

    CHECK(one("Nvidia wurde zuletzt mit 4 Billionen Dollar bewertet.").type == "valuation");
    CHECK(one("Angeblich will Amazon weitere 8 Milliarden Dollar in Anthropic investieren.").status == "rumored");
    CHECK(one("Oracle befindet sich in Gesprächen, OpenAI Rechenzentren für 30 Milliarden Dollar zu vermieten.").status == "in_talks");
    CHECK(one("Im März 2024 investierte Amazon 2,75 Milliarden Dollar in Anthropic.").date.value == "2024-03");
}

TEST_CASE("no candidate without an amount, a trigger or a party, but a partnership of two firms") {
    const auto partnership = candidates_of("Microsoft und OpenAI vertiefen ihre Partnerschaft.");
    REQUIRE(partnership.size() == 1);
    CHECK(partnership[0].event.type == "partnership");
    CHECK(partnership[0].event.amounts.empty());
    CHECK(candidates_of("Die Partnerschaft gilt als eng.").empty());
    CHECK(candidates_of("Die Summe von 5 Milliarden Dollar ist enorm.").empty());
    CHECK(candidates_of("Die Aktie von Nvidia kostet 180 Dollar.").empty());
}

TEST_CASE("a candidate's summary gives a sum of money in the reader's language, a share as written") {
    const auto money = candidates_of("Microsoft investiert bis zu 1,5 Milliarden Euro in OpenAI.");
    REQUIRE(money.size() == 1);
    CHECK(money[0].event.summary_en == "Microsoft: investment of up to \u20ac1.5bn");
    CHECK(money[0].event.summary_de == "Microsoft: Investition, bis zu 1,5 Mrd. \u20ac");
    const auto share = candidates_of("Microsoft erwirbt 49 Prozent an OpenAI.");
    REQUIRE(!share.empty());
    CAPTURE(share[0].event.summary_en);
    CHECK(share[0].event.summary_en.find("49 Prozent") != std::string::npos);
}

TEST_CASE("extraction: a sentence listing thousands of amounts proposes the first few, with a note") {
    std::string body = "Microsoft investiert ";
    for (int i = 0; i < 3000; ++i) body += std::to_string(i % 90 + 1) + " Milliarden Dollar, ";
    body += "und das alles in OpenAI.";
    const auto a = test::annotate_text(body);
    REQUIRE(a.of(MentionKind::money).size() == 3000);
    std::vector<Problem> notes;
    const auto candidates = extract_candidates(a.article, a.mentions, test::seed_gazetteer(), &notes);
    CHECK(candidates.size() == kMaxCandidatesPerSentence);
    REQUIRE(notes.size() == 1);
    CHECK(notes[0].severity == Severity::warning);
    CHECK(notes[0].reason.find("3000 amounts") != std::string::npos);
}

TEST_CASE("extraction: an amount in every paragraph makes one candidate per paragraph, in order") {
    std::string body;
    for (int i = 0; i < 2000; ++i) body += "Absatz " + std::to_string(i) + ". Microsoft investiert " + std::to_string(i + 1) + " Millionen Dollar in OpenAI.\n\n";
    const auto a = test::annotate_text(body);
    std::vector<Problem> notes;
    const auto candidates = extract_candidates(a.article, a.mentions, test::seed_gazetteer(), &notes);
    CHECK(notes.empty());
    REQUIRE(candidates.size() == 2000);
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        CHECK(candidates[i].event.amounts.at(0).value == doctest::Approx((i + 1) * 1e6));
        CHECK(candidates[i].event.participants.size() == 2);
    }
}

TEST_CASE("extraction a slice at a time finds the same candidates, ids and notes as at once") {
    std::string body;
    for (int i = 0; i < 300; ++i) body += "Absatz " + std::to_string(i) + ". Microsoft investiert " + std::to_string(i + 1) + " Millionen Dollar in OpenAI.\n\n";
    body += "Microsoft investiert ";
    for (int i = 0; i < 40; ++i) body += std::to_string(i + 1) + " Milliarden Dollar, ";
    body += "alles in OpenAI.\n";
    const auto a = test::annotate_text(body);
    std::vector<Problem> notes;
    const auto whole = extract_candidates(a.article, a.mentions, test::seed_gazetteer(), &notes);
    CandidateExtraction work;
    int calls = 1;
    while (!extract_some(a.article, a.mentions, test::seed_gazetteer(), work, 200)) ++calls;
    CHECK(calls > 50);  // 200 bytes of sentences per call
    REQUIRE(work.candidates.size() == whole.size());
    CHECK(whole.size() == 300 + kMaxCandidatesPerSentence);
    for (std::size_t i = 0; i < whole.size(); ++i) {
        CHECK(work.candidates[i].event.id == whole[i].event.id);
        CHECK(work.candidates[i].event.amounts.at(0).value == whole[i].event.amounts.at(0).value);
    }
    REQUIRE(work.notes.size() == 1);
    CHECK(work.notes[0].place == notes.at(0).place);
}

namespace {
std::string roles_of(const Event& e) {
    std::string out;
    for (const Participant& p : e.participants) out += (out.empty() ? "" : ", ") + (p.entity.empty() ? "?" + p.name : p.entity) + "/" + p.role;
    return out;
}
}  // namespace

TEST_CASE("deal grammar: a takeover told as a noun with a capital umlaut, and who is buyer and target") {
    const auto c = candidates_of("Die Übernahme von Core Scientific durch CoreWeave ist gescheitert.");
    REQUIRE(c.size() == 1);
    CHECK(c[0].event.type == "acquisition");
    CHECK(roles_of(c[0].event) == "core-scientific/target, coreweave/buyer");
}

TEST_CASE("deal grammar: with no preposition to tell, the firm that sells compute provides it") {
    auto c = candidates_of("Oracle is also in talks with Meta Platforms over a cloud contract worth about $20 billion.", "2025-10-10");
    REQUIRE(c.size() == 1);
    CHECK(c[0].event.type == "compute_deal");
    CHECK(roles_of(c[0].event) == "oracle/provider, meta/customer");
    CHECK(c[0].event.status == "in_talks");
    // The words decide where they can: "bei" names the provider, whoever sells compute.
    c = candidates_of("Nvidia kauft Rechenleistung für 1,5 Milliarden Dollar bei CoreWeave.");
    REQUIRE(c.size() == 1);
    CHECK(roles_of(c[0].event) == "nvidia/customer, coreweave/provider");
}

TEST_CASE("deal grammar: a takeover is told by its verb, whatever else the sentence says of stock, chips or investors") {
    // Paid in stock: how the takeover is paid, not a stake.
    auto c = candidates_of("OpenAI is acquiring Statsig in an all-stock deal valued at $1.1 billion.", "2025-09-03");
    REQUIRE(c.size() == 1);
    CHECK(c[0].event.type == "acquisition");
    CHECK(roles_of(c[0].event) == "openai/buyer, ?Statsig/target");
    // A chip designer bought is a firm, not compute.
    c = candidates_of("SoftBank to buy chip designer Ampere Computing for $6.5 billion.", "2025-03-19");
    REQUIRE(c.size() == 1);
    CHECK(c[0].event.type == "acquisition");
    CHECK(roles_of(c[0].event) == "softbank/buyer, ampere-computing/target");
    // "the Japanese investor's collection of chip businesses" names the buyer, it invests nothing.
    c = candidates_of("SoftBank said it had agreed to acquire Ampere Computing for $6.5 billion in cash, adding a maker of processors to "
                      "the investor's collection of chip businesses.", "2025-03-19");
    REQUIRE(c.size() == 1);
    CHECK(c[0].event.type == "acquisition");
    // "its takeover of Red Hat" after "IBM's": the owner of the takeover buys.
    c = candidates_of("IBM's largest deal remains its $34 billion takeover of Red Hat.", "2025-12-08");
    REQUIRE(c.size() == 1);
    CHECK(roles_of(c[0].event) == "ibm/buyer, ?Red Hat/target");
}

TEST_CASE("deal grammar: relative clauses keep to their own parties") {
    // A clause with no firm of its own is about the name before it, not about the main clause's partner.
    auto c = candidates_of("Anthropic, which raised $13 billion in September, signed a deal with Google for one million TPUs.");
    REQUIRE(c.size() == 1);
    CHECK(c[0].event.type == "funding_round");
    CHECK(roles_of(c[0].event) == "anthropic/investee");
    // "für die" hands the name before it to the clause, where the preposition says its role.
    c = candidates_of("Der bisherige Rekord: Kestrova Systems, für die Google 2012 rund 12,5 Milliarden Dollar bezahlt hatte.");
    REQUIRE(!c.empty());
    CHECK(c[0].event.type == "acquisition");
    CHECK(roles_of(c[0].event) == "google/buyer, ?Kestrova Systems/target");
    // "whose cloud business had been built on Nvidia hardware" takes no part in the deal of the main clause.
    c = candidates_of("Oracle, whose cloud business had been built on Nvidia hardware, said it would deploy 50,000 of AMD's MI450 processors.", "2025-10-20");
    REQUIRE(c.size() == 1);
    CHECK(roles_of(c[0].event) == "oracle/customer, amd/provider");
}

TEST_CASE("deal grammar: the maker of the chips beside a named provider is no party, and firms building compute together are partners") {
    auto c = candidates_of("Microsoft mietet bei IREN für 9,7 Milliarden Dollar Rechenleistung auf Basis von Nvidias GB300-Chips.", "2025-11-03");
    REQUIRE(c.size() == 1);
    CHECK(roles_of(c[0].event) == "microsoft/customer, iren/provider");
    c = candidates_of("Deutsche Telekom and Nvidia said they would build an industrial AI cloud in Munich in a project worth about €1bn.", "2025-11-04");
    REQUIRE(c.size() == 1);
    CHECK(c[0].event.type == "partnership");
    CHECK(roles_of(c[0].event) == "deutsche-telekom/partner, nvidia/partner");
}

TEST_CASE("deal grammar: a known firm's short form after its full name, money from investors gathered round a lead, a warrant granted") {
    // "Constellation" after "Constellation Energy" is that firm, and buys.
    auto c = candidates_of("Microsoft schloss mit Constellation Energy einen Abnahmevertrag. Im Januar kündigte Constellation an, den "
                           "Gaskraftwerksbetreiber Calpine für 16,4 Milliarden Dollar zu übernehmen.", "2025-06-13");
    const auto takeover = std::find_if(c.begin(), c.end(), [](const CandidateEvent& x) { return x.event.type == "acquisition"; });
    REQUIRE(takeover != c.end());
    CHECK(roles_of(takeover->event) == "constellation-energy/buyer, ?Calpine/target");
    // Received from investors round a lead: a round, with no word of one.
    c = candidates_of("Mitte Juni erhielt dann das erst wenige Wochen alte Pariser Start-up Mistral AI 105 Millionen Euro von den Investoren um "
                      "Lightspeed Venture Partners.", "2023-06-20");
    REQUIRE(c.size() == 1);
    CHECK(c[0].event.type == "funding_round");
    CHECK(roles_of(c[0].event) == "mistral-ai/investee, lightspeed/lead_investor");
    // Who grants a warrant on its shares is invested in; a product line after a firm's possessive is no firm.
    c = candidates_of("AMD has a new customer. AMD granted the ChatGPT maker a warrant for up to 160 million AMD shares, or roughly 10% of the company.",
                      "2025-10-06");
    REQUIRE(c.size() == 1);
    CHECK(roles_of(c[0].event) == "amd/investee, openai/investor");
    c = candidates_of("OpenAI agreed to deploy 6 gigawatts of AMD's Instinct graphics processors over several years.", "2025-10-06");
    REQUIRE(c.size() == 1);
    CHECK(roles_of(c[0].event) == "openai/customer, amd/provider");
    // Money received from a named firm is its investment, with no word of one; revenue "von" an amount is none.
    c = candidates_of("Das Münchner Start-up Quarzwerk hat 40 Millionen Euro vom Chipkonzern Nvidia erhalten.", "2025-06-02");
    REQUIRE(c.size() == 1);
    CHECK(c[0].event.type == "investment");
    CHECK(roles_of(c[0].event) == "?Quarzwerk/investee, nvidia/investor");
    CHECK(candidates_of("Quarzwerk erhielt 2024 einen Umsatz von 40 Millionen Euro.", "2025-06-02").empty());
}

TEST_CASE("deal grammar: the noun after an amount says what it is, before a verb nearer to it") {
    auto c = candidates_of("In May last year CoreWeave secured a $7.5 billion debt facility led by Blackstone and Magnetar.", "2025-03-28");
    REQUIRE(c.size() == 1);
    CHECK(c[0].event.type == "loan");
    CHECK(roles_of(c[0].event) == "coreweave/borrower, blackstone/lender, magnetar/lender");
    CHECK(c[0].event.date.value == "2024-05");
    // "a USD 40 billion investment": one amount of 40 billion dollars, not "a" dollar.
    const auto a = test::annotate_text("SoftBank will lead a USD 40 billion investment in OpenAI.", "2025-03-31");
    REQUIRE(a.of(MentionKind::money).size() == 1);
    CHECK(a.of(MentionKind::money)[0].value == 40e9);
    CHECK(a.of(MentionKind::money)[0].unit == "USD");
    c = candidates_of("SoftBank to lead OpenAI's USD 40 billion funding round.", "2025-03-31");
    REQUIRE(c.size() == 1);
    CHECK(roles_of(c[0].event) == "softbank/lead_investor, openai/investee");
}

TEST_CASE("deal dates: the next sentence that announces it, not the dateline, and a headline takes the body's date") {
    // Thursday 2025-11-20: "am Dienstag" is the 18th.
    auto c = candidates_of("Meta hat mit CoreWeave einen Vertrag über Rechenkapazität im Wert von 14,2 Milliarden Dollar geschlossen. "
                           "Das teilte CoreWeave am Dienstag mit.");
    REQUIRE(c.size() == 1);
    CHECK(c[0].event.date.value == "2025-11-18");
    c = candidates_of("AMSTERDAM, Nov 20 (Newswire) - Nebius has agreed to supply Microsoft with GPU capacity worth US$17.4 billion, "
                      "the company said on Monday.");
    REQUIRE(c.size() == 1);
    CHECK(c[0].event.date.value == "2025-11-17");
    CHECK(roles_of(c[0].event) == "nebius/provider, microsoft/customer");
    // The headline states the deal, the body dates it: one candidate, with the body's date.
    const auto a = test::annotate_text("Meta kauft Rechenleistung für 14,2 Milliarden Dollar bei CoreWeave\n\n"
                                       "Meta hat am Dienstag bei CoreWeave Rechenleistung für 14,2 Milliarden Dollar gekauft.");
    c = extract_candidates(a.article, a.mentions, test::seed_gazetteer());
    REQUIRE(c.size() == 1);
    CHECK(c[0].event.date.value == "2025-11-18");
}

TEST_CASE("deal parties: a firm's spokesperson is not the firm, and the two companies are the last deal's two") {
    auto c = candidates_of("Microsoft steigt bei dem Start-up Mistral AI ein. Der US-Konzern investiert 15 Mio. Euro in das Pariser Unternehmen, "
                           "bestätigte ein Microsoft-Sprecher. Mistral AI und Microsoft werden in diesem Artikel oft genannt. Mistral AI wächst.");
    REQUIRE(c.size() == 1);
    CHECK(roles_of(c[0].event) == "microsoft/investor, mistral-ai/investee");
    c = candidates_of("ASML invests €1.3bn in Mistral AI. The two companies also signed a long-term partnership under which ASML will use Mistral's models.",
                      "2025-09-09");
    REQUIRE(c.size() == 2);
    CHECK(c[1].event.type == "partnership");
    CHECK(roles_of(c[1].event) == "asml/partner, mistral-ai/partner");
    c = candidates_of("Microsoft investiert 15 Mio. Euro in Mistral AI. Bereits am Montag hatten die beiden Unternehmen eine Partnerschaft angekündigt.");
    REQUIRE(c.size() == 2);
    CHECK(c[1].event.type == "partnership");
    CHECK(c[1].event.date.value == "2025-11-17");
}

TEST_CASE("deal grammar: lending, a takeover's genitive target, the maker of the chips, a part of the round just told") {
    auto c = candidates_of("In May, JPMorgan Chase agreed to lend $7.1 billion to Crusoe.", "2025-10-14");
    REQUIRE(c.size() == 1);
    CHECK(c[0].event.type == "loan");
    CHECK(roles_of(c[0].event) == "jpmorgan/lender, crusoe/borrower");
    c = candidates_of("Im September folgte die Übernahme des Start-ups OpenPipe durch CoreWeave.");
    REQUIRE(c.size() == 1);
    CHECK(roles_of(c[0].event) == "?OpenPipe/target, coreweave/buyer");
    c = candidates_of("OpenAI baut Rechenzentren mit mindestens zehn Gigawatt Leistung auf Basis von Nvidia-Systemen auf.");
    REQUIRE(c.size() == 1);
    CHECK(roles_of(c[0].event) == "openai/customer, nvidia/provider");
    c = candidates_of("In October, OpenAI raised USD 6.6 billion in a round led by Thrive Capital. SoftBank put USD 500 million into that round.",
                      "2025-04-01");
    REQUIRE(c.size() == 2);
    CHECK(roles_of(c[1].event) == "openai/investee, softbank/investor");
    CHECK(c[1].event.date.value == "2024-10");
    // "€1.7bn (about $2bn)": one round, not two.
    c = candidates_of("Mistral AI has raised €1.7bn (about $2bn) in a funding round led by ASML.", "2025-09-09");
    REQUIRE(c.size() == 1);
    CHECK(c[0].event.amounts[0].currency == "EUR");
}

TEST_CASE("deal grammar: a valuation told as 'bewerten … mit', and a list item with its description") {
    auto c = candidates_of("Helsing hat eine Finanzierungsrunde über 600 Millionen Euro bekannt gegeben. "
                           "Nach Informationen aus Finanzkreisen bewerten die Geldgeber das Unternehmen dabei mit rund 12 Milliarden Euro.");
    REQUIRE(c.size() == 2);
    CHECK(c[1].event.type == "valuation");
    CHECK(roles_of(c[1].event) == "helsing/subject");
    c = candidates_of("Helsing sammelt 600 Millionen Euro ein. Mit dabei sind Lightspeed Venture Partners, Accel, der schwedische Rüstungskonzern Saab und General Catalyst.");
    REQUIRE(c.size() == 1);
    CHECK(roles_of(c[0].event) == "helsing/investee, lightspeed/investor, accel/investor, saab/investor, general-catalyst/investor");
}

TEST_CASE("deal grammar: German compound contract words, and 'it' as the subject of the firm the text is about") {
    auto c = candidates_of("CoreWeave liefert OpenAI Rechenleistung. Damals unterzeichneten beide Seiten einen Fünfjahresvertrag über 11,9 Milliarden Dollar.");
    REQUIRE(c.size() == 1);
    CHECK(c[0].event.type == "compute_deal");
    CHECK(c[0].event.amounts[0].value == 11.9e9);
    c = candidates_of("AMD is buying chip firms. It paid $665 million in cash for Silo AI.", "2024-08-12");
    REQUIRE(c.size() == 1);
    CHECK(c[0].event.type == "acquisition");
    CHECK(roles_of(c[0].event) == "amd/buyer, ?Silo AI/target");
}

TEST_CASE("deal grammar: an English apposition describes the party before it and takes no role") {
    const auto c = candidates_of("Nvidia makes chips. In April 2024 it agreed to acquire Run:ai, a Tel Aviv startup whose software schedules AI jobs.", "2024-12-30");
    REQUIRE(c.size() == 1);
    CHECK(roles_of(c[0].event) == "nvidia/buyer, run-ai/target");
}

TEST_CASE("deal grammar: the seller of a reporting clause provides, and a German inverted subject keeps its role") {
    auto c = candidates_of("Vergangene Woche hatte CoreWeave mitgeteilt, dass OpenAI zusätzliche Kapazität im Wert von bis zu 6,5 Milliarden Dollar abnimmt.");
    REQUIRE(c.size() == 1);
    CHECK(c[0].event.type == "compute_deal");
    CHECK(roles_of(c[0].event) == "openai/customer, coreweave/provider");
    // "Im" governs "Zuge", not OpenAI: OpenAI receives the shares and so invests.
    c = candidates_of("Im Zuge dessen erhielt OpenAI CoreWeave-Aktien im Wert von 350 Millionen Dollar.");
    REQUIRE(c.size() == 1);
    CHECK(roles_of(c[0].event) == "openai/investor, coreweave/investee");
}

TEST_CASE("deal grammar: a headline's second statement after a dash values the firm the text is about") {
    const auto a = test::annotate_text("ASML steigt bei Mistral AI ein – Pariser KI-Start-up mit 11,7 Milliarden Euro bewertet\n\n"
                                       "Mistral AI sammelt 1,7 Milliarden Euro ein. Mistral AI wächst, und Mistral AI stellt ein.", "2025-09-09");
    const auto c = extract_candidates(a.article, a.mentions, test::seed_gazetteer());
    REQUIRE(c.size() == 2);
    CHECK(c[0].event.type == "valuation");
    CHECK(roles_of(c[0].event) == "mistral-ai/subject");
}

TEST_CASE("deal grammar: compute named without an amount, between a firm that sells it and one that does not") {
    auto c = candidates_of("Anthropic macht die Cloud-Tochter Amazon Web Services zu seinem wichtigsten Partner für das Training seiner KI-Modelle.");
    REQUIRE(c.size() == 1);
    CHECK(c[0].event.type == "compute_deal");
    CHECK(roles_of(c[0].event) == "anthropic/customer, aws/provider");
    c = candidates_of("Die Deutsche Telekom betreibt die neue KI-Fabrik in München. Perplexity mietet Kapazitäten in München.");
    REQUIRE(c.size() == 1);
    CHECK(roles_of(c[0].event) == "perplexity/customer, deutsche-telekom/provider");
    // Two firms that both sell compute: the words would have to tell, and these do not …
    CHECK(candidates_of("Microsoft nutzt Oracle in der Cloud als Partner.").empty());
    // … and here "von" does: whose cloud is used provides it.
    c = candidates_of("Microsoft nutzt die Cloud von Oracle als Partner.");
    REQUIRE(c.size() == 1);
    CHECK(roles_of(c[0].event) == "microsoft/customer, oracle/provider");
}

TEST_CASE("deal grammar: compute counted with no one to provide it is no deal, and the media that report take no part") {
    CHECK(candidates_of("Das Rechenzentrum von OpenAI soll eine Leistung von einem Gigawatt haben.").empty());
    const auto c = candidates_of("Laut Medien will OpenAI Rechenleistung im Wert von 300 Milliarden Dollar bei Oracle kaufen.");
    REQUIRE(c.size() == 1);
    CHECK(roles_of(c[0].event) == "openai/customer, oracle/provider");
}

TEST_CASE("deal grammar: a second investor with its verb left out, and an announcement that closes the paragraph before") {
    auto c = candidates_of("Microsoft und Nvidia beteiligen sich an Anthropic. Nvidia will bis zu zehn Milliarden Dollar in das Unternehmen investieren, "
                           "Microsoft bis zu fünf Milliarden Dollar. Das teilten die drei Firmen am Dienstag mit.\n\n"
                           "Im Gegenzug hat Anthropic zugesagt, Rechenkapazität im Wert von 30 Milliarden Dollar bei Microsoft zu kaufen. "
                           "Zusätzlich kann das Start-up weitere Kapazität von bis zu einem Gigawatt buchen.");
    REQUIRE(c.size() == 4);
    CHECK(roles_of(c[0].event) == "nvidia/investor, anthropic/investee");
    CHECK(roles_of(c[1].event) == "microsoft/investor, anthropic/investee");
    CHECK(c[1].event.amounts[0].value == 5e9);
    // Thursday 2025-11-20: "am Dienstag" is the 18th, for the deals before it and the one after the paragraph break.
    CHECK(c[0].event.date.value == "2025-11-18");
    CHECK(c[2].event.date.value == "2025-11-18");
    CHECK(roles_of(c[2].event) == "anthropic/customer, microsoft/provider");
    CHECK(roles_of(c[3].event) == "anthropic/customer, microsoft/provider");
    CHECK(c[3].event.amounts[0].unit == "GW");
}

TEST_CASE("deal grammar: after a date and a comma an article opens the subject, not an apposition") {
    const auto c = candidates_of("Intel needs money. In August, the US government agreed to take a stake in the company, paying $8.9 billion for the shares.",
                                 "2025-09-19");
    REQUIRE(c.size() == 1);
    CHECK(roles_of(c[0].event) == "us-government/investor, intel/investee");
    CHECK(c[0].event.date.value == "2025-08");
}

TEST_CASE("deal grammar: 'hatte … angeführt' leads, and ', bei der …' opens a relative clause") {
    const auto c = candidates_of("OpenAI braucht Geld. Im März hatte SoftBank eine Finanzierungsrunde über 40 Milliarden Dollar angeführt, "
                                 "bei der das Unternehmen mit 300 Milliarden Dollar bewertet wurde.");
    REQUIRE(c.size() == 2);
    CHECK(c[0].event.type == "funding_round");
    CHECK(roles_of(c[0].event) == "openai/investee, softbank/lead_investor");
    CHECK(c[1].event.type == "valuation");
    CHECK(roles_of(c[1].event) == "openai/subject");
}

TEST_CASE("deal parties: a place before a participle, a firm named in a compound, the pair with a clause of its own, a bid and a value told after") {
    // "in Amsterdam" belongs to "ansässige", not to the name: Nebius is the subject.
    auto c = candidates_of("Der in Amsterdam ansässige Anbieter Nebius hat einen Vertrag mit Microsoft über 3 Milliarden Dollar unterzeichnet.");
    REQUIRE(c.size() == 1);
    CHECK(roles_of(c[0].event) == "nebius/provider, microsoft/customer");
    // "die Firma" is still Databricks when "Databricks-Plattform" names it only inside a compound.
    c = candidates_of("Databricks wächst schnell. Im Mai schloss die Firma mit Anthropic eine Vereinbarung über 200 Millionen Dollar, "
                      "über die Kunden Modelle auf der Databricks-Plattform nutzen.");
    REQUIRE(c.size() == 1);
    CHECK(roles_of(c[0].event) == "databricks/partner, anthropic/partner");
    // "die beiden Unternehmen" then a clause after a colon that says who provides to whom; the value in
    // the next sentence belongs to it.
    c = candidates_of("CoreWeave will Core Scientific übernehmen. Vorher vereinbarten die beiden Unternehmen Mietverträge: Core Scientific stellt "
                      "CoreWeave 200 Megawatt zur Verfügung. Der Wert liegt bei rund drei Milliarden Dollar.");
    REQUIRE(c.size() == 2);
    CHECK(c[1].event.type == "compute_deal");
    CHECK(roles_of(c[1].event) == "core-scientific/provider, coreweave/customer");
    REQUIRE(!c[1].event.amounts.empty());
    CHECK(c[1].event.amounts[0].currency == "USD");
    CHECK(c[1].event.amounts[0].value == 3e9);
    // A bid in money between the firms of a takeover is that takeover's, with its roles.
    c = candidates_of("CoreWeave will Core Scientific übernehmen, teilte der Konzern am Montag mit. Schon 2024 hatte CoreWeave ein Angebot über eine Milliarde Dollar gemacht, "
                      "das Core Scientific ablehnte.");
    REQUIRE(c.size() == 2);
    CHECK(c[1].event.type == "acquisition");
    CHECK(roles_of(c[1].event) == "coreweave/buyer, core-scientific/target");
    CHECK(c[1].event.date.value == "2024");
}

TEST_CASE("deal parties: the parent named to say whose a firm is, a cue compound after a name's last word, a firm named again as 'the company'") {
    auto c = candidates_of("In August Meta signed a cloud deal with Alphabet's Google worth $4 billion.", "2025-11-03");
    REQUIRE(c.size() == 1);
    CHECK(roles_of(c[0].event) == "meta/customer, google/provider");
    c = candidates_of("Im März hatte Talen der Amazon-Tochter AWS für 300 Millionen Dollar Rechenzentren vermietet.");
    REQUIRE(c.size() == 1);
    CHECK(roles_of(c[0].event) == "talen-energy/provider, aws/customer");
    // "Cloud" ends names ("Oracle Cloud") but not the compound "Cloud-Anbieter".
    c = candidates_of("Der Berliner Cloud-Anbieter Nebius hat einen Vertrag mit Meta über zwei Milliarden Dollar geschlossen.");
    REQUIRE(c.size() == 1);
    CHECK(roles_of(c[0].event) == "nebius/provider, meta/customer");
    c = candidates_of("Anthropic is growing fast. Google has also backed Anthropic, having agreed to invest up to $1 billion in the company.", "2025-11-03");
    REQUIRE(!c.empty());
    CHECK(roles_of(c.back().event) == "google/investor, anthropic/investee");
}

TEST_CASE("takeover roles: 'den' before a cue noun marks what is taken, a relative 'den' does not") {
    // Without a subject named, the accusative object is still the target, not the buyer.
    auto c = candidates_of("Im Mai wurde vereinbart, den Datenspezialisten Informatica für rund acht Milliarden Dollar zu übernehmen.");
    REQUIRE(c.size() == 1);
    CHECK(roles_of(c[0].event) == "informatica/target");
    c = candidates_of("Dazu passt ein Zukauf, den Helsing im Juni bekannt gab: Das Start-up übernimmt den Flugzeugbauer Grob Aircraft.");
    REQUIRE(c.size() == 1);
    CHECK(roles_of(c[0].event) == "helsing/buyer, ?Grob Aircraft/target");
}

TEST_CASE("deals without a word for the buyer or the provider: renting 'bei' a firm, an infinitive takeover, a bid") {
    auto c = candidates_of("Luma AI mietet im Gegenzug Rechenleistung bei Humain.");
    REQUIRE(c.size() == 1);
    CHECK(c[0].event.type == "compute_deal");
    CHECK(roles_of(c[0].event) == "luma-ai/customer, humain/provider");
    // The firm the text is about announced it; the sentence names only what it buys.
    c = candidates_of("SAP baut sein Geschäft aus. Im August folgte die Ankündigung, den Recruiting-Spezialisten SmartRecruiters zu kaufen.");
    REQUIRE(c.size() == 1);
    CHECK(roles_of(c[0].event) == "sap/buyer, ?SmartRecruiters/target");
    c = candidates_of("Für den Netzwerkspezialisten Mellanox hatte Nvidia 2019 knapp sieben Milliarden Dollar geboten.");
    REQUIRE(c.size() == 1);
    CHECK(c[0].event.type == "acquisition");
    CHECK(roles_of(c[0].event) == "?Mellanox/target, nvidia/buyer");
}

TEST_CASE("deal dates: 'ein Jahr später', 'two years later' count from the date the text last gave") {
    auto c = candidates_of("2017 kaufte Siemens Mentor Graphics für 4,5 Milliarden Dollar. Ein Jahr später erwarb Siemens für rund 600 Millionen Euro Mendix.");
    REQUIRE(c.size() == 2);
    CHECK(c[1].event.date.value == "2018");
    c = candidates_of("In 2016 SoftBank bought Arm for $32 billion. Two years later it invested $3 billion in WeWork.", "2025-11-20");
    REQUIRE(c.size() == 2);
    CHECK(c[1].event.date.value == "2018");
}

TEST_CASE("a ticker's corrections and headlines: a denied sum is no deal, a dash ends the list, a booking is compute") {
    // The corrected sum stands; the one it replaces makes no deal.
    auto c = candidates_of("Der Vertrag zwischen Meta und Nebius hat ein Volumen von rund drei Milliarden Dollar, nicht 30 Milliarden Dollar.");
    REQUIRE(c.size() == 1);
    REQUIRE(!c[0].event.amounts.empty());
    CHECK(c[0].event.amounts[0].value == 3e9);
    // "– Nvidia steigt ein" is a statement of its own: Nvidia provides nothing to Anthropic's booking.
    c = candidates_of("Anthropic bucht für 30 Milliarden Dollar bei Microsoft – Nvidia steigt ein.");
    REQUIRE(c.size() == 1);
    CHECK(c[0].event.type == "compute_deal");
    CHECK(roles_of(c[0].event) == "anthropic/customer, microsoft/provider");
    // A headline's date comes from the body's telling of the same deal, not from another firm's deal of the same sum.
    const auto a = test::annotate_text("Anthropic bucht für 30 Milliarden Dollar bei Microsoft\n\n"
                                       "Meta hat im Oktober bei Nebius Rechenleistung für 30 Milliarden Dollar gebucht.");
    c = extract_candidates(a.article, a.mentions, test::seed_gazetteer());
    REQUIRE(c.size() == 2);
    CHECK(c[0].event.date.value == "2025-11-20");
    CHECK(c[1].event.date.value == "2025-10");
}

TEST_CASE("roles from the verb: taking power, selling a unit or a site, arranging debt for a firm, a contract with a neocloud") {
    auto c = candidates_of("Google vereinbarte mit dem Entwickler Kairos Power, bis 2035 Strom mit zusammen 500 Megawatt zu beziehen.");
    REQUIRE(c.size() == 1);
    CHECK(roles_of(c[0].event) == "google/customer, kairos-power/provider");
    c = candidates_of("Im August hatte Marvell seine Sparte für Netzwerkchips für 2,5 Milliarden Dollar an Infineon verkauft.");
    REQUIRE(c.size() == 1);
    CHECK(c[0].event.type == "acquisition");
    CHECK(roles_of(c[0].event) == "marvell/seller, infineon/buyer");
    c = candidates_of("Im März hatte Talen der Amazon-Tochter AWS für 650 Millionen Dollar einen Rechenzentrumscampus verkauft.");
    REQUIRE(c.size() == 1);
    CHECK(c[0].event.type == "acquisition");
    CHECK(roles_of(c[0].event) == "talen-energy/seller, aws/buyer");
    c = candidates_of("Morgan Stanley said it had completed a $5bn debt raise for xAI.", "2025-07-01");
    REQUIRE(c.size() == 1);
    CHECK(roles_of(c[0].event) == "morgan-stanley/lender, xai/borrower");
    c = candidates_of("Am selben Tag meldete Lambda einen Vertrag über mehrere Milliarden Dollar mit Microsoft.");
    REQUIRE(c.size() == 1);
    CHECK(c[0].event.type == "compute_deal");
    CHECK(roles_of(c[0].event) == "microsoft/customer, lambda/provider");
    // The same in English, with the sum told without a value.
    for (const std::string sum : {"a multibillion-dollar", "a multi-billion-dollar"}) {
        c = candidates_of("On the same day Lambda signed " + sum + " agreement with Microsoft.", "2025-11-03");
        REQUIRE(c.size() == 1);
        CHECK(c[0].event.type == "compute_deal");
        CHECK(roles_of(c[0].event) == "microsoft/customer, lambda/provider");
    }
}

TEST_CASE("takeovers listed with 'folgte': one per target, each dated by the words before it") {
    auto c = candidates_of("AMD – Enosemi, Brium: Ende Mai kaufte AMD das Photonik-Start-up Enosemi, Anfang Juni folgte der KI-Softwarespezialist Brium.");
    REQUIRE(c.size() == 2);
    std::set<std::string> seen;
    for (const auto& e : c) seen.insert(roles_of(e.event) + " " + e.event.date.value);
    CHECK(seen == std::set<std::string>{"amd/buyer, ?Enosemi/target 2025-05", "amd/buyer, ?Brium/target 2025-06"});
}

TEST_CASE("the majority of a firm secured or taken is a takeover, whatever word of raising or investing tells it") {
    for (const std::string text : {"Der Markt wächst. Schneider Electric sicherte sich im vergangenen Herbst für 850 Millionen Dollar die Mehrheit an Motivair.",
                                   "Schneider Electric took a majority stake in Motivair for $850 million last year."}) {
        CAPTURE(text);
        const auto c = candidates_of(text, "2025-05-15");
        REQUIRE(c.size() == 1);
        CHECK(c[0].event.type == "acquisition");
        CHECK(roles_of(c[0].event) == "schneider-electric/buyer, ?Motivair/target");
    }
    // Most of the investors take no firm.
    const auto c = candidates_of("Der Markt wächst. Kestrel Robotics sammelte 50 Millionen Euro ein, die Mehrheit der Geldgeber beteiligte sich erneut.", "2025-05-15");
    REQUIRE(c.size() == 1);
    CHECK(c[0].event.type == "funding_round");
}

TEST_CASE("a headline's deal told again below takes the body's stage, and a planned closing dates nothing") {
    const auto c = candidates_of("Siemens puts $450 million into Helvion Robotics\n\nSiemens said on 12 March 2025 that it will invest $450 million in "
                                 "Helvion Robotics, a start-up that builds warehouse robots. The deal is expected to close in June 2025. Helvion also "
                                 "agreed to buy $120 million of computing capacity from CoreWeave.",
                                 "2025-03-12");
    REQUIRE(c.size() == 2);
    CHECK(c[0].event.status == "announced");
    CHECK(c[0].event.date.value == "2025-03-12");
    CHECK(c[1].event.type == "compute_deal");
    CHECK(c[1].event.date.value == "2025-03-12");  // not the June of the closing
}

TEST_CASE("money a firm takes in beside its valuation, or with a lead, is a round") {
    auto c = candidates_of("Der Markt wächst. Replit holte sich im September 250 Millionen Dollar bei einer Bewertung von drei Milliarden Dollar, "
                           "angeführt von Prysm Capital.",
                           "2025-12-18");
    REQUIRE(c.size() == 2);
    CHECK(c[0].event.type == "funding_round");
    CHECK(roles_of(c[0].event) == "replit/investee, ?Prysm Capital/lead_investor");
    CHECK(*c[0].event.amounts[0].value == doctest::Approx(250e6));
    CHECK(c[1].event.type == "valuation");
    c = candidates_of("Der Markt wächst. Replit holte sich im September 250 Millionen Dollar, angeführt von Prysm Capital.", "2025-12-18");
    REQUIRE(c.size() == 1);
    CHECK(c[0].event.type == "funding_round");
}

TEST_CASE("a sentence opened by a dateline names 'die Amazon-Tochter' as the unit the article named, without reading past its mentions") {
    // The dateline made the sentence's mentions a copy, and the unit was looked for from a pointer into another list (a crash).
    auto c = candidates_of("03.11.2025 – Über sieben Jahre will der ChatGPT-Entwickler Cloud-Leistungen im Wert von 38 Milliarden Dollar bei der "
                           "Amazon-Tochter beziehen.",
                           "2025-11-03");
    REQUIRE(c.size() == 1);
    CHECK(c[0].event.type == "compute_deal");
    c = candidates_of("Amazon Web Services hat einen Vertrag mit OpenAI geschlossen.\n\n03.11.2025 – Über sieben Jahre will der ChatGPT-Entwickler "
                      "Cloud-Leistungen im Wert von 38 Milliarden Dollar bei der Amazon-Tochter beziehen.",
                      "2025-11-03");
    const auto with_amount = std::find_if(c.begin(), c.end(), [](const CandidateEvent& x) { return !x.event.amounts.empty(); });
    REQUIRE(with_amount != c.end());
    CHECK(roles_of(with_amount->event) == "openai/customer, aws/provider");
}

TEST_CASE("a deal's word inside a firm's compound tells no deal ('Cloud-Sicherheitsunternehmen'), and 'Leonardo.Ai' is one name") {
    auto c = candidates_of("Der Markt wächst. Im März kündigte Google an, das Cloud-Sicherheitsunternehmen Wiz für 32 Milliarden Dollar zu kaufen.", "2025-03-20");
    REQUIRE(c.size() == 1);
    CHECK(c[0].event.type == "acquisition");
    CHECK(roles_of(c[0].event) == "google/buyer, wiz/target");
    c = candidates_of("Canva is in advanced talks to acquire Leonardo.Ai, an Australian startup, according to people familiar with the matter.", "2024-07-26");
    REQUIRE(c.size() == 1);
    CHECK(roles_of(c[0].event) == "?Canva/buyer, ?Leonardo.Ai/target");
}

TEST_CASE("a price 'including debt' or 'einschließlich Schulden' is a takeover's, no loan") {
    for (const std::string text : {"Concentrix completed its purchase of French peer Webhelp in 2023 in a cash-and-stock deal valued at about $4.8 billion including debt.",
                                   "Der Markt wächst. Concentrix hat die Übernahme von Webhelp für 4,8 Milliarden Dollar einschließlich Schulden abgeschlossen."}) {
        CAPTURE(text);
        const auto c = candidates_of(text, "2025-07-07");
        REQUIRE(c.size() == 1);
        CHECK(c[0].event.type == "acquisition");
        CHECK(roles_of(c[0].event) == "?Concentrix/buyer, ?Webhelp/target");
    }
}

TEST_CASE("'GV, Alphabet's venture arm, led the round' names the lead of the round told before, and 'the $3.5bn the company was valued at' is a valuation") {
    const auto c = candidates_of("OpenEvidence, the Miami-based start-up, said on Monday that it had raised $200 million.\n\n"
                                 "Driving the news: GV, Alphabet's venture arm, led the round.\n\n"
                                 "The price is close to double the $3.5 billion the company was valued at in July, when it pulled in $210 million "
                                 "in a round co-led by GV and Kleiner Perkins.",
                                 "2025-10-24");
    REQUIRE(c.size() == 3);
    CHECK(roles_of(c[0].event) == "?OpenEvidence/investee, gv/lead_investor");
    CHECK(c[1].event.type == "valuation");
    CHECK(roles_of(c[1].event) == "?OpenEvidence/subject");
    CHECK(roles_of(c[2].event) == "?OpenEvidence/investee, gv/lead_investor, kleiner-perkins/lead_investor");
}

TEST_CASE("a year the firm was started in ('was started in 2022 by') dates no round told after it") {
    const auto c = candidates_of("LangChain raised $125 million this week. The San Francisco company was started in 2022 by Harrison Chase as a side "
                                 "project and raised a $25 million Series A led by Sequoia early last year.",
                                 "2025-10-24");
    REQUIRE(c.size() == 2);
    CHECK(c[1].event.date.value == "2024");
}

TEST_CASE("two rounds told in one sentence, the second after ', then': each has its own lead and its own date") {
    const auto c = candidates_of("Replit grew fast. It raised a $20 million Series A led by Andreessen Horowitz in February 2021, "
                                 "then an $80 million Series B led by Coatue in December of that year.",
                                 "2025-09-10");
    REQUIRE(c.size() == 2);
    CHECK(roles_of(c[0].event) == "replit/investee, a16z/lead_investor");
    CHECK(c[0].event.date.value == "2021-02");
    CHECK(roles_of(c[1].event) == "replit/investee, coatue/lead_investor");
    CHECK(c[1].event.date.value == "2021-12");
}

TEST_CASE("two takeovers told in one sentence with one price: the price is the first target's, the second states none") {
    auto c = candidates_of("In January 2020 Apple bought Seattle-based Xnor.ai, a specialist in running AI on small devices, for a reported $200m, "
                           "and later that year it picked up the voice start-up Voysis.");
    REQUIRE(c.size() == 2);
    CHECK(roles_of(c[0].event) == "apple/buyer, ?Xnor.ai/target");
    REQUIRE(c[0].event.amounts.size() == 1);
    CHECK(c[0].event.amounts[0].value == 200e6);
    CHECK(roles_of(c[1].event) == "apple/buyer, ?Voysis/target");
    CHECK(c[1].event.amounts.empty());
    CHECK(c[1].event.summary_en == "Apple: acquisition");
    // One takeover of two firms at one price stays one deal.
    c = candidates_of("In January 2020 Apple bought Xnor.ai and Voysis for $200m.");
    REQUIRE(c.size() == 1);
}

TEST_CASE("deal parties: a genitive 'des Investors', a descriptor's name in commas, buying goods 'bei' a firm, a press spelling") {
    // After "unter Führung" the genitive names the lead; after another noun it only says whose that is.
    auto c = candidates_of("Im März hatte n8n eine Runde über 60 Millionen Dollar unter Führung des Londoner Investors Highland Europe abgeschlossen.");
    REQUIRE(c.size() == 1);
    CHECK(roles_of(c[0].event) == "n8n/investee, ?Highland Europe/lead_investor");
    c = candidates_of("n8n wächst. Im Mai hatte der Berliner Anbieter von Sprach-KI für den Kundenservice, Parloa, 120 Millionen Dollar eingeworben. "
                      "Das Unternehmen wurde dabei mit mehr als einer Milliarde Dollar bewertet.");
    REQUIRE(c.size() == 2);
    CHECK(roles_of(c[0].event) == "parloa/investee");
    CHECK(roles_of(c[1].event) == "parloa/subject");
    c = candidates_of("Für die Hardware kauft IREN beim Computerhersteller Dell Ausrüstung für rund 5,8 Milliarden Dollar.");
    REQUIRE(c.size() == 1);
    CHECK(c[0].event.type == "compute_deal");
    CHECK(roles_of(c[0].event) == "iren/customer, dell/provider");
    // "Softbank" as German papers write "SoftBank".
    c = candidates_of("Softbank investiert weitere 22,5 Milliarden Dollar in OpenAI.");
    REQUIRE(c.size() == 1);
    CHECK(roles_of(c[0].event) == "softbank/investor, openai/investee");
}

TEST_CASE("a digest: 'das Start-up' is the firm of its own paragraph, a date after a dash belongs to what follows it") {
    auto c = candidates_of("Anysphere hat 900 Millionen Dollar erhalten. Die Investoren bewerten das Unternehmen mit 9,9 Milliarden Dollar – "
                           "im Januar hatte die Bewertung noch bei rund 2,5 Milliarden Dollar gelegen. Anysphere wächst.\n\n"
                           "Die Legal-Tech-Firma Harvey hat am 23. Juni eine Runde über 300 Millionen Dollar bekanntgegeben. Bestehende Geldgeber wie Sequoia zogen mit. "
                           "Erst im Februar hatte das Start-up ebenfalls 200 Millionen Dollar eingesammelt.",
                           "2025-06-30");
    const auto with_value = [&](double v) {
        return std::find_if(c.begin(), c.end(), [&](const CandidateEvent& e) { return !e.event.amounts.empty() && e.event.amounts[0].value == v; });
    };
    REQUIRE(with_value(9.9e9) != c.end());
    CHECK(with_value(9.9e9)->event.date.value == "2025-06-30");
    REQUIRE(with_value(2e8) != c.end());
    CHECK(roles_of(with_value(2e8)->event) == "harvey/investee");
    CHECK(with_value(2e8)->event.date.value == "2025-02");
}

TEST_CASE("a product's maker named by the product, and the firm a round's relative clause values") {
    auto c = candidates_of("Morgan Stanley said it had placed a $5bn debt package for the Grok developer.", "2025-07-02");
    REQUIRE(c.size() == 1);
    CHECK(roles_of(c[0].event) == "morgan-stanley/lender, xai/borrower");
    c = candidates_of("Crusoe raised $600m in a round led by Founders Fund that valued the company at $2.8bn.", "2025-10-31");
    REQUIRE(c.size() == 2);
    CHECK(roles_of(c[1].event) == "crusoe/subject");
}

TEST_CASE("a round told with its conversion, a vague 'this year' and the day it was made known") {
    auto c = candidates_of("Es ist eine der größten Runden, die ein Berliner Software-Start-up in diesem Jahr abgeschlossen hat: Die Firma n8n hat "
                           "180 Millionen US-Dollar eingesammelt, umgerechnet rund 155 Millionen Euro. Angeführt wurde die Runde von Accel. "
                           "Wie das Unternehmen am Donnerstag mitteilte, beteiligten sich außerdem Redpoint und Visionaries Club.",
                           "2025-10-10");
    REQUIRE(c.size() == 1);
    CHECK(roles_of(c[0].event) == "n8n/investee, accel/lead_investor, redpoint-ventures/investor, visionaries-club/investor");
    REQUIRE(!c[0].event.amounts.empty());
    CHECK(c[0].event.amounts[0].value == 1.8e8);
    CHECK(c[0].event.date.value == "2025-10-09");
}

TEST_CASE("English wire copy: places, a firm used as an adjective, a firm before a person's title, a venture arm, 'valuing it at'") {
    auto c = candidates_of("Wayve has raised $1.05 billion in a Series C round led by SoftBank Group, the largest investment in a UK artificial intelligence company.",
                           "2024-05-07");
    REQUIRE(c.size() == 1);
    CHECK(roles_of(c[0].event) == "wayve/investee, softbank/lead_investor");
    c = candidates_of("In April 2024 Microsoft agreed to invest $1.5bn in G42, the Abu Dhabi group chaired by Sheikh Tahnoon bin Zayed Al Nahyan.", "2025-05-23");
    REQUIRE(c.size() == 1);
    CHECK(roles_of(c[0].event) == "microsoft/investor, g42/investee");
    c = candidates_of("ElevenLabs raised $80 million in a round co-led by Andreessen Horowitz and former GitHub chief executive Nat Friedman, valuing it at $1.1 billion.",
                      "2024-05-07");
    REQUIRE(c.size() == 2);
    CHECK(roles_of(c[0].event).find("github") == std::string::npos);
    CHECK(c[1].event.type == "valuation");
    CHECK(roles_of(c[1].event) == "elevenlabs/subject");
    c = candidates_of("Synthesia raised $90 million at a valuation of $1 billion last June in a round led by Accel, with Nvidia's venture arm NVentures taking part.",
                      "2024-05-07");
    REQUIRE(c.size() == 2);
    CHECK(roles_of(c[0].event) == "synthesia/investee, accel/lead_investor, nventures/investor");
    CHECK(c[0].event.date.value == "2023-06");
}

TEST_CASE("a short-news block: each item's rubric before a colon, and 'wie beide Seiten am Montag mitteilten' in a sentence about the future") {
    auto c = candidates_of("Chips: Qualcomm will den Halbleiterentwickler Alphawave IP Group für rund 2,4 Mrd. US-Dollar übernehmen, wie beide Seiten am Montag mitteilten.\n\n"
                           "Raumfahrt: Das Raketen-Start-up Isar Aerospace hat sich am Mittwoch 150 Millionen Euro von Eldridge Industries gesichert.",
                           "2025-06-13");
    REQUIRE(c.size() == 2);
    CHECK(c[0].event.date.value == "2025-06-09");
    CHECK(roles_of(c[1].event) == "isar-aerospace/investee, ?Eldridge Industries/investor");
}

TEST_CASE("a licence bought is a partnership, and a valuation at which a firm's investors are paid out is that firm's") {
    auto c = candidates_of("Google baut aus. Der Suchmaschinenkonzern hat am Freitag lediglich eine Lizenz für die Sprachmodelle des Start-ups Character.AI erworben.",
                           "2024-08-06");
    REQUIRE(c.size() == 1);
    CHECK(c[0].event.type == "partnership");
    CHECK(roles_of(c[0].event) == "google/partner, character-ai/partner");
    c = candidates_of("Microsoft wächst. Die bisherigen Investoren von Character.AI werden zu einer Bewertung von rund 2,5 Milliarden Dollar ausgezahlt.",
                      "2024-08-06");
    REQUIRE(c.size() == 1);
    CHECK(roles_of(c[0].event) == "character-ai/subject");
}

TEST_CASE("a person's investment firm named after the person is a firm") {
    auto c = candidates_of("So hatte Figure AI im Februar 2024 rund 675 Millionen Dollar eingesammelt, unter anderem von Microsoft, Nvidia und Bezos Expeditions.",
                           "2025-01-16");
    REQUIRE(c.size() == 1);
    CHECK(roles_of(c[0].event) == "figure-ai/investee, microsoft/investor, nvidia/investor, ?Bezos Expeditions/investor");
}

TEST_CASE("'der Konzern' after a sentence naming only the buyer, and a takeover clause led by its own date after a comma") {
    auto c = candidates_of("IBM will Confluent übernehmen. Confluent vermarktet Kafka.\n\n"
                           "Für IBM ist es nicht der erste Zukauf dieser Größenordnung. 2019 hatte der Konzern den Linux-Spezialisten Red Hat für "
                           "34 Milliarden Dollar gekauft, im Februar 2025 hatte er außerdem HashiCorp für 6,4 Milliarden Dollar gekauft.",
                           "2025-12-12");
    const auto with_value = [&](double v) {
        return std::find_if(c.begin(), c.end(), [&](const CandidateEvent& e) { return !e.event.amounts.empty() && e.event.amounts[0].value == v; });
    };
    REQUIRE(with_value(34e9) != c.end());
    CHECK(roles_of(with_value(34e9)->event) == "ibm/buyer, ?Red Hat/target");
    CHECK(with_value(34e9)->event.date.value == "2019");
    REQUIRE(with_value(6.4e9) != c.end());
    CHECK(roles_of(with_value(6.4e9)->event) == "ibm/buyer, hashicorp/target");
    CHECK(with_value(6.4e9)->event.date.value == "2025-02");
}

TEST_CASE("'would value it at' values the firm, 'a value of' is what a deal is worth") {
    auto c = candidates_of("Thinking Machines Lab had held early talks about a new round that would value it at around $50 billion.", "2025-11-20");
    REQUIRE(c.size() == 1);
    CHECK(c[0].event.type == "valuation");
    CHECK(roles_of(c[0].event) == "thinking-machines-lab/subject");
    c = candidates_of("Oracle signed a cloud contract with OpenAI with a value of $30 billion.", "2025-11-20");
    REQUIRE(c.size() == 1);
    CHECK(c[0].event.type == "compute_deal");
}

TEST_CASE("a place before a state or '-based' is no firm, and two sums joined by 'and' are two deals") {
    auto c = candidates_of("Figure AI, the Sunnyvale, California-based robot start-up, said on Thursday it had raised $675 million from Microsoft and Nvidia.",
                           "2024-03-01");
    REQUIRE(c.size() == 1);
    CHECK(roles_of(c[0].event) == "figure-ai/investee, microsoft/investor, nvidia/investor");
    c = candidates_of("Meta is spending heavily. Meta Platforms lined up $26bn of debt from Pimco and about $3bn of debt from Blue Owl Capital for its data centre.",
                      "2025-10-31");
    REQUIRE(c.size() == 2);
    CHECK(roles_of(c[0].event) == "meta/borrower, pimco/lender");
    CHECK(roles_of(c[1].event) == "meta/borrower, blue-owl/lender");
}

TEST_CASE("'Its largest deal remains the purchase of …' is the purchase of the firm the text is about") {
    auto c = candidates_of("Apple has bought many start-ups. Its largest deal remains the purchase of Beats Electronics for $3bn in 2014.", "2025-11-08");
    REQUIRE(c.size() == 1);
    CHECK(roles_of(c[0].event) == "apple/buyer, ?Beats Electronics/target");
}

TEST_CASE("unknown firms as a deal verb's subject and as what a deal's noun takes, a purchase spoken of again is no new deal") {
    auto c = candidates_of("Schaeffler steigt bei Agility Robotics ein.", "2024-12-04");
    REQUIRE(c.size() == 1);
    CHECK(roles_of(c[0].event) == "?Schaeffler/investor, agility-robotics/investee");
    c = candidates_of("Siemens, der wichtigste europäische Rivale, hatte im März den Kauf von Altair für rund zehn Milliarden Dollar abgeschlossen. "
                      "Abgeschlossen wurde der Kauf im März.",
                      "2025-07-17");
    REQUIRE(c.size() == 1);
    CHECK(roles_of(c[0].event) == "siemens/buyer, ?Altair/target");
    // The same takeover told in a box ("Anfang des Monats") and in the text ("am 2. Juli") is one, dated to the day.
    c = candidates_of("Anfang des Monats hatte HPE die Übernahme von Juniper Networks für 14 Milliarden Dollar vollzogen.\n\n"
                      "HPE hatte am 2. Juli die Übernahme von Juniper Networks für 14 Milliarden Dollar abgeschlossen.",
                      "2025-07-17");
    REQUIRE(c.size() == 1);
    CHECK(c[0].event.date.value == "2025-07-02");
}

TEST_CASE("money paid every year or for access is a partnership, not a purchase") {
    auto c = candidates_of("Google will pay Reddit roughly $60m a year for access to the platform's posts to train its AI models.", "2024-03-01");
    REQUIRE(c.size() == 1);
    CHECK(c[0].event.type == "partnership");
    CHECK(roles_of(c[0].event) == "google/partner, reddit/partner");
    c = candidates_of("Google zahlt Apple nach Schätzungen rund 20 Milliarden Dollar pro Jahr dafür, auf iPhones voreingestellt zu sein.", "2025-05-08");
    REQUIRE(c.size() == 1);
    CHECK(c[0].event.type == "partnership");
}

TEST_CASE("a relative clause's firm raises the round whose investors follow in a list, and another firm's round keeps its own lead") {
    auto c = candidates_of("OpenAI hat viel Geld. OpenAI wächst weiter.\n\n"
                           "Als Beleg gilt Nscale, der vergangene Woche 1,1 Milliarden Dollar unter Führung von Aker eingesammelt hatte; "
                           "beteiligt waren unter anderem Nvidia, Nokia und Dell.",
                           "2025-10-03");
    REQUIRE(c.size() == 1);
    CHECK(roles_of(c[0].event) == "nscale/investee, ?Aker/lead_investor, nvidia/investor, nokia/investor, dell/investor");
    c = candidates_of("Der KI-Spezialist Helsing hatte im vergangenen Sommer 450 Millionen Euro unter Führung von General Catalyst eingesammelt. "
                      "Der Drohnenhersteller Quantum Systems erhielt Anfang des Monats weitere 160 Millionen Euro, angeführt vom Londoner Investor Balderton Capital.",
                      "2025-05-28");
    REQUIRE(c.size() == 2);
    CHECK(roles_of(c[0].event) == "helsing/investee, general-catalyst/lead_investor");
    CHECK(c[0].event.date.value == "2024-SU");
    CHECK(roles_of(c[1].event) == "quantum-systems/investee, balderton/lead_investor");
}

TEST_CASE("money put into a country has no investee, an exchange takes no part, and firms that invest together each invest") {
    auto c = candidates_of("Microsoft will bis 2029 insgesamt 15,2 Milliarden US-Dollar in den Vereinigten Arabischen Emiraten investieren.", "2025-11-04");
    REQUIRE(c.size() == 1);
    CHECK(roles_of(c[0].event) == "microsoft/investor");
    c = candidates_of("Microsoft und der emiratische KI-Konzern G42 hatten im Mai 2024 angekündigt, gemeinsam eine Milliarde Dollar in ein Rechenzentrum in Kenia "
                      "zu investieren.",
                      "2025-10-03");
    REQUIRE(c.size() == 1);
    CHECK(c[0].event.type == "investment");
    CHECK(roles_of(c[0].event) == "microsoft/investor, g42/investor");
    // A joint venture's money stays a partnership.
    c = candidates_of("Telekom und Nvidia investieren eine Milliarde Euro in eine gemeinsame KI-Cloud.", "2025-11-04");
    REQUIRE(c.size() == 1);
    CHECK(c[0].event.type == "partnership");
    c = candidates_of("Zuletzt vereinbarte Microsoft am Montag mit dem kalifornischen Cloud-Anbieter Lambda einen Vertrag über Zehntausende Nvidia-Chips.",
                      "2025-11-04");
    REQUIRE(c.size() == 1);
    CHECK(roles_of(c[0].event) == "microsoft/customer, lambda/provider");
    c = candidates_of("Der an der Nasdaq notierte Betreiber IREN vermietet Microsoft Rechenleistung für 9,7 Milliarden Dollar.", "2025-11-04");
    for (const CandidateEvent& x : c) CHECK(roles_of(x.event).find("nasdaq") == std::string::npos);
}

TEST_CASE("a grant is the state's investment in the firm, and a unit bought is sold by its firm") {
    auto c = candidates_of("Micron hatte im Dezember mit dem US-Handelsministerium Zuschüsse von bis zu 6,165 Milliarden Dollar verbindlich vereinbart.",
                           "2025-03-28");
    REQUIRE(c.size() == 1);
    CHECK(c[0].event.type == "investment");
    CHECK(roles_of(c[0].event) == "micron/investee, us-commerce/investor");
    c = candidates_of("SK Hynix hat am Donnerstag die neun Milliarden US-Dollar schwere Übernahme des NAND-Geschäfts von Intel abgeschlossen.", "2025-03-28");
    REQUIRE(c.size() == 1);
    CHECK(roles_of(c[0].event) == "sk-hynix/buyer, intel/seller");
}

TEST_CASE("a parent named by its unit's compound takes no part, a noun before 'über' and the sum says what it is, a stake's price may follow") {
    auto c = candidates_of("Amazons Cloud-Sparte Amazon Web Services will bis 2030 insgesamt 12,7 Milliarden Dollar in indische Rechenzentren investieren.",
                           "2025-10-14");
    REQUIRE(c.size() == 1);
    CHECK(roles_of(c[0].event) == "aws/investor");
    c = candidates_of("QuillByte hatte sich im vergangenen Jahr bei einer Gruppe von Banken Baukredite über 1,44 Milliarden Dollar gesichert.", "2025-10-14");
    REQUIRE(c.size() == 1);
    CHECK(c[0].event.type == "loan");
    c = candidates_of("Den größten Scheck stellte Meta im Juni aus. Der Konzern übernahm 49 Prozent am Datendienstleister Scale AI. "
                      "Gezahlt wurden dafür 14,3 Milliarden Dollar.",
                      "2025-12-08");
    REQUIRE(c.size() == 1);
    CHECK(roles_of(c[0].event) == "meta/investor, scale-ai/investee");
    CHECK(c[0].event.amounts[0].currency == "USD");
}

TEST_CASE("an order placed with a firm is a compute deal whose value the next sentence may give, and a round's valuation is of its firm") {
    auto c = candidates_of("Der Elektroautobauer Tesla hat beim Konzern Samsung Electronics einen Milliardenauftrag für KI-Chips platziert. "
                           "Der Vertrag über 16,5 Milliarden US-Dollar läuft bis Ende 2033, wie Samsung am Montag mitteilte.",
                           "2025-08-01");
    REQUIRE(c.size() == 1);
    CHECK(roles_of(c[0].event) == "tesla/customer, samsung/provider");
    CHECK(*c[0].event.amounts[0].value == doctest::Approx(16.5e9));
    c = candidates_of("Kalvero Health hat am Dienstag eine Series C über 243 Millionen Dollar abgeschlossen. "
                      "Angeführt wurde die Runde gemeinsam von Accel und Andreessen Horowitz, die Bewertung liegt nun bei 1,25 Milliarden Dollar.",
                      "2025-08-01");
    REQUIRE(c.size() == 2);
    CHECK(roles_of(c[0].event) == "?Kalvero Health/investee, accel/lead_investor, a16z/lead_investor");
    CHECK(roles_of(c[1].event) == "?Kalvero Health/subject");
    CHECK(c[1].event.date.value == "2025-07-29");
}

TEST_CASE("investors said to come on board, to follow, or named by a plural noun join the round just told") {
    auto c = candidates_of("Das Pariser Startup QuillByte hat in einer Series-D-Runde 220 Millionen US-Dollar eingesammelt. "
                           "Angeführt wird die Runde vom US-Finanzinvestor Advent International. "
                           "Neu an Bord sind außerdem Avenir Growth Capital aus New York und die französische Förderbank Bpifrance. "
                           "Die Bestandsinvestoren Accel, Bessemer Venture Partners und General Catalyst ziehen mit.",
                           "2021-05-27");
    REQUIRE(c.size() == 1);
    CHECK(roles_of(c[0].event) == "?QuillByte/investee, advent-international/lead_investor, ?Avenir Growth Capital/investor, bpifrance/investor, "
                                  "accel/investor, bessemer/investor, general-catalyst/investor");
    // A lead named by a singular noun after "angeführt von" still leads.
    c = candidates_of("Die Firma n8n hat 180 Millionen US-Dollar eingesammelt. Angeführt wurde die Runde von dem Wagniskapitalgeber Accel.", "2025-10-09");
    REQUIRE(c.size() == 1);
    CHECK(roles_of(c[0].event) == "n8n/investee, accel/lead_investor");
}

TEST_CASE("money into two plants is into a thing, a firm that joins another's deal is no partner, and a bid is a takeover") {
    auto c = candidates_of("Die Pläne sind gestoppt. Dort wollte Intel rund 30 Milliarden Euro in zwei Chipfabriken investieren.", "2025-09-05");
    REQUIRE(c.size() == 1);
    CHECK(roles_of(c[0].event) == "intel/investor");
    c = candidates_of("Bei Zhipu AI stieg Alibaba 2023 gemeinsam mit Tencent mit 300 Millionen Dollar ein.", "2025-10-11");
    REQUIRE(c.size() == 1);
    CHECK(c[0].event.type == "investment");
    c = candidates_of("Nvidia bot 6,9 Milliarden Dollar für den israelischen Netzwerkausrüster Mellanox.", "2019-03-11");
    REQUIRE(c.size() == 1);
    CHECK(roles_of(c[0].event) == "nvidia/buyer, ?Mellanox/target");
}

TEST_CASE("the surname of a person the gazetteer does not know is that person again, not a firm") {
    auto c = candidates_of("Chief executive Zoltan Varga spoke at IBM on Monday. It was a day which Varga had planned, which Varga liked and which Varga "
                           "will remember. The company completed its $6.4 billion purchase of HashiCorp in February.",
                           "2025-12-08");
    REQUIRE(c.size() == 1);
    CHECK(roles_of(c[0].event) == "ibm/buyer, hashicorp/target");
}

TEST_CASE("after a colon a descriptor is the firm named before it, and a firm's founding year does not date its deal") {
    auto c = candidates_of("Intel holt sich einen Finanzpartner ins Boot. Intel ist groß.\n\n"
                           "Das Geld dafür hat sich CoreWeave zum großen Teil geliehen: Mitte Mai sicherte sich der 2017 gegründete Anbieter "
                           "7,5 Milliarden Dollar an Krediten von einer Investorengruppe um Blackstone und Magnetar.",
                           "2024-06-04");
    REQUIRE(c.size() == 1);
    CHECK(roles_of(c[0].event) == "coreweave/borrower, blackstone/lender, magnetar/lender");
    CHECK(c[0].event.date.value == "2024-05");
}

TEST_CASE("a firm said to be worth a sum is valued at it, told twice it is one valuation, and a listed giant's worth is none") {
    auto c = candidates_of("Anthropic ist seitdem 183 Milliarden Dollar wert.", "2025-11-20");
    REQUIRE(c.size() == 1);
    CHECK(c[0].event.type == "valuation");
    c = candidates_of("Black Forest Labs ist jetzt 3,25 Milliarden Dollar wert\n\n"
                      "Die Firma Black Forest Labs hat am Montag eine Runde abgeschlossen. Black Forest Labs wird dabei mit 3,25 Milliarden Dollar bewertet.",
                      "2025-12-02");
    REQUIRE(c.size() == 1);
    CHECK(c[0].event.date.value == "2025-12-01");
    CHECK(candidates_of("Ende Oktober war Nvidia als erstes Unternehmen der Welt mehr als fünf Billionen Dollar wert.", "2025-11-20").empty());
    // A deal's worth is no valuation, and its value in the next sentence still joins it.
    c = candidates_of("Der US-Netzwerkkonzern Cisco hatte 2021 den Glasfaserspezialisten Acacia Communications geschluckt. "
                      "Die Transaktion hatte einen Wert von rund 4,5 Milliarden Dollar.",
                      "2024-06-28");
    REQUIRE(c.size() == 1);
    CHECK(c[0].event.type == "acquisition");
    CHECK(*c[0].event.amounts[0].value == doctest::Approx(4.5e9));
}

TEST_CASE("'die Amazon-Tochter' alone is the unit of Amazon the article named before") {
    const auto c = candidates_of("Amazon Web Services hat am Montag einen Vertrag mit OpenAI verkündet. Die Aktie stieg. Über sieben Jahre will "
                                 "OpenAI Cloud-Leistungen im Wert von 38 Milliarden Dollar bei der Amazon-Tochter beziehen.");
    REQUIRE(c.size() >= 1);
    CHECK(roles_of(c.back().event) == "openai/customer, aws/provider");
    // Without a unit named before, the parent stands.
    const auto parent = candidates_of("Über sieben Jahre will OpenAI Cloud-Leistungen im Wert von 38 Milliarden Dollar bei der Amazon-Tochter beziehen.");
    REQUIRE(parent.size() == 1);
    CHECK(roles_of(parent[0].event) == "openai/customer, amazon/provider");
}

TEST_CASE("'der Roboterbauer' is a firm's descriptor: it continues the paragraph's firm, not a digest's item before") {
    const auto c = candidates_of("Das schwedische Start-up Lovable hat 200 Millionen Dollar eingesammelt. Die Runde führte Accel an.\n\n"
                                 "Und dann ist da noch Velmora Robotics. Der schwäbische Roboterbauer verhandelt mit dem Stablecoin-Emittenten "
                                 "Tether über eine Investition. Bestätigt hat das keiner der Beteiligten. Im Januar hatte das Unternehmen von "
                                 "Jonas Wendler in einer Series B 120 Millionen Euro eingesammelt.");
    REQUIRE(c.size() == 2);
    CHECK(roles_of(c[1].event) == "?Velmora Robotics/investee");
}

TEST_CASE("after a ticker's lead-in and its colon the statement names the deal's parties, unless it calls back a firm of the lead-in") {
    auto c = candidates_of("Nicht nur als Verkäufer, auch als Kunde ist Google diese Woche unterwegs: Die Cloud-Sparte Google Cloud hat mit dem "
                           "Rechenzentrumsbetreiber Cipher Mining einen Mietvertrag über zehn Jahre unterschrieben. Der Wert liegt bei rund drei Milliarden Dollar.",
                           "2025-11-03");
    REQUIRE(c.size() == 1);
    CHECK(roles_of(c[0].event) == "google-cloud/customer, cipher-mining/provider");  // Google had been the provider
    CHECK(*c[0].event.amounts[0].value == doctest::Approx(3e9));
    c = candidates_of("Meta hat viel vor. Kurz darauf folgte eine Absichtserklärung mit dem Chipentwickler Cerebras: Nvidia will bis zu zwei "
                      "Milliarden Dollar in das Unternehmen investieren, während Cerebras Chips liefert.",
                      "2025-11-03");
    REQUIRE(c.size() == 1);
    CHECK(roles_of(c[0].event) == "nvidia/investor, cerebras/investee");
    // A headline's lead-in that names no one only comments: its "Bewertung" made the round a valuation.
    c = candidates_of("Der Markt wächst. Bewertung mehr als verdreifacht: Lovable sammelt 330 Millionen Dollar ein.", "2025-12-18");
    REQUIRE(c.size() == 1);
    CHECK(c[0].event.type == "funding_round");
    CHECK(roles_of(c[0].event) == "lovable/investee");
}

TEST_CASE("data centres in a relative clause about a partnership are where its money goes, not compute bought") {
    for (const std::string text : {"Im Herbst stellten der Vermögensverwalter BlackRock, Microsoft und der Staatsfonds MGX eine Partnerschaft vor, "
                                   "die bis zu 80 Milliarden Dollar in Rechenzentren und Stromnetze lenken soll.",
                                   "BlackRock, Microsoft and MGX unveiled a partnership that will channel up to $80bn into data centres and power plants."}) {
        CAPTURE(text);
        const auto c = candidates_of(text, "2024-09-20");
        REQUIRE(c.size() == 1);
        CHECK(c[0].event.type == "partnership");
        CHECK(c[0].event.participants.size() == 3);
        for (const Participant& p : c[0].event.participants) CHECK(p.role == "partner");
    }
    // A partnership to buy capacity stays a compute deal.
    const auto bought = candidates_of("Microsoft hat mit dem Cloud-Anbieter Nebius einen Vertrag über Rechenkapazität im Wert von 17 Milliarden Dollar geschlossen.",
                                      "2025-09-09");
    REQUIRE(bought.size() == 1);
    CHECK(bought[0].event.type == "compute_deal");
}

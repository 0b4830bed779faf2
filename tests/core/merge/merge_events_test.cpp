// Reports of the same deals from several articles become one event each, with every source; deals
// that only look alike stay apart; disagreements become claims; totals are linked to their parts.
#include <doctest/doctest.h>

#include <algorithm>

#include "core/events/deal_onset.h"
#include "core/merge/deal_match.h"
#include "core/merge/merge_events.h"

using namespace ds;

namespace {

Amount money(double value, const char* currency = "USD", Qualifier q = Qualifier::exact) { return Amount{value, currency, "", q, "equity"}; }

// A report of one article: an investment of `investor` in `investee` quoting `quote`.
Event report(const std::string& id, const std::string& article, const std::string& date, std::vector<Participant> parties, std::vector<Amount> amounts,
             const std::string& status = "reported", const std::string& type = "investment") {
    Event e;
    e.id = id;
    e.type = type;
    e.status = status;
    e.date.value = date;
    e.participants = std::move(parties);
    e.amounts = std::move(amounts);
    e.summary_en = id;
    e.sources = {Citation{article, "quote of " + id, {}, {}}};
    return e;
}

std::vector<Participant> nvidia_openai() { return {{"nvidia", "investor", ""}, {"openai", "investee", ""}}; }

const Event* find(const MergedEvents& m, const std::string& id) {
    const auto it = std::find_if(m.events.begin(), m.events.end(), [&](const Event& e) { return e.id == id; });
    return it == m.events.end() ? nullptr : &*it;
}

}  // namespace

TEST_CASE("amounts agree within rounding, an 'up to' with what it bounds, euros and dollars at rough rates") {
    CHECK(amounts_agree(money(100e9), money(100e9, "USD", Qualifier::up_to)));
    CHECK(amounts_agree(money(10e9), money(9.7e9)));
    CHECK(amounts_agree(money(1.1e9), money(1e9, "EUR")));
    CHECK_FALSE(amounts_agree(money(2e9), money(1e9)));
    CHECK_FALSE(amounts_agree(money(200e9), money(100e9, "USD", Qualifier::up_to)));
    CHECK(amounts_agree(money(6e9), money(5e9, "USD", Qualifier::at_least)));
}

TEST_CASE("dates fit at their precision and within a quarter, not a year apart") {
    CHECK(dates_fit("2025-09-22", "2025-09"));
    CHECK(dates_fit("2025", "2025-09-22"));
    CHECK(dates_fit("2025-03-10", "2025-05-20"));  // a rumour in March, the signing in May
    CHECK_FALSE(dates_fit("2024-06", "2025-06"));   // tranches a year apart
    CHECK(dates_fit("XXXX", "2019"));
}

TEST_CASE("three articles on one deal become one event with every source, the most precise date and an explanation") {
    MergedEvents m = merge_events({
        report("a1", "reuters", "2025-09-22", nvidia_openai(), {money(100e9, "USD", Qualifier::up_to)}, "announced"),
        report("b1", "heise", "2025-09", nvidia_openai(), {money(100e9)}),
        report("c1", "t3n", "2025", {{"nvidia", "investor", ""}, {"openai", "investee", ""}, {"", "person", "Jensen Huang"}}, {money(100e9)}),
    });
    REQUIRE(m.events.size() == 1);
    const Event& e = m.events[0];
    CHECK(e.sources.size() == 3);
    CHECK(e.date.value == "2025-09-22");
    CHECK(e.status == "announced");
    CHECK(e.participants.size() == 3);  // the person one source names too
    CHECK(e.amounts[0].qualifier == Qualifier::exact);  // two of three state 100bn
    CHECK(m.claims.empty());            // "up to 100bn" and "100bn" agree
    REQUIRE(m.notes.size() == 1);
    CHECK(m.notes[0].members == std::vector<std::string>{"c1", "b1", "a1"});  // the year first: it starts earliest
    REQUIRE(m.notes[0].reasons.size() == 2);
    CHECK(m.notes[0].reasons[0].starts_with("same parties and roles, amounts"));
    // Said in German for the German page, the figures and dates as they are.
    const std::string de = reason_text(m.notes[0].reasons[0], Language::de);
    CAPTURE(de);
    CHECK(de.starts_with("gleiche Beteiligte und Rollen, Beträge "));
    CHECK(de.find(", Daten ") != std::string::npos);
    CHECK(reason_text(m.notes[0].reasons[0], Language::en) == m.notes[0].reasons[0]);
}

TEST_CASE("deals that only look alike stay apart: tranches a year apart, other parties, another kind of deal") {
    MergedEvents m = merge_events({
        report("t1", "a", "2024-06", nvidia_openai(), {money(2e9)}),
        report("t2", "b", "2025-06", nvidia_openai(), {money(2e9)}),
        report("other", "c", "2024-06", {{"nvidia", "investor", ""}, {"anthropic", "investee", ""}}, {money(2e9)}),
        report("compute", "d", "2024-06", {{"nvidia", "provider", ""}, {"openai", "customer", ""}}, {money(2e9)}, "reported", "compute_deal"),
    });
    CHECK(m.events.size() == 4);
    CHECK(m.notes.empty());
}

TEST_CASE("an investment and a funding round of the same receiver are one deal, a co-investor left out does not split it") {
    MergedEvents m = merge_events({
        report("round", "a", "2024-06", {{"mistral", "investee", ""}, {"general-catalyst", "lead_investor", ""}, {"nvidia", "investor", ""}}, {money(600e6, "EUR")},
               "completed", "funding_round"),
        report("inv", "b", "2024-06-11", {{"nvidia", "investor", ""}, {"mistral", "investee", ""}}, {money(640e6)}),
    });
    REQUIRE(m.events.size() == 1);
    CHECK(m.events[0].date.value == "2024-06-11");
    CHECK(m.events[0].participants.size() == 3);
    CHECK(m.claims.empty());  // €600m and $640m agree at rough rates
}

TEST_CASE("reports that are not one deal: far-apart amounts, a mention with neither date nor figure") {
    MergedEvents m = merge_events({
        report("v1", "a", "2024-10", {{"openai", "subject", ""}}, {money(157e9)}, "reported", "valuation"),
        report("v2", "b", "2025-01", {{"openai", "subject", ""}}, {money(300e9, "USD", Qualifier::about)}, "rumored", "valuation"),
        report("v3", "c", "2025-03-31", {{"openai", "subject", ""}}, {money(300e9)}, "completed", "valuation"),
        report("vague", "d", "XXXX", {{"microsoft", "investor", ""}, {"openai", "investee", ""}}, {}),
        report("dated", "e", "2023-01", {{"microsoft", "investor", ""}, {"openai", "investee", ""}}, {money(10e9)}),
        report("gw6", "f", "2025-10", {{"amd", "provider", ""}, {"openai", "customer", ""}}, {Amount{6, "", "GW", Qualifier::exact, "capacity"}}, "announced", "compute_deal"),
        report("gw10", "g", "2025-10", {{"amd", "provider", ""}, {"openai", "customer", ""}}, {Amount{10, "", "GW", Qualifier::exact, "capacity"}}, "announced", "compute_deal"),
    });
    REQUIRE(m.notes.size() == 1);  // only the rumoured and the closed $300bn valuation
    CHECK(m.notes[0].members == std::vector<std::string>{"v2", "v3"});
    CHECK(m.claims.empty());  // "about 300bn" in talks and "300bn" done: no dispute
    CHECK(m.events.size() == 6);
}

TEST_CASE("talks told after a report of the deal as done, and one investor's share of a round, are other deals") {
    const std::vector<Participant> round_parties = {{"anthropic", "investee", ""}, {"iconiq", "lead_investor", ""}};
    const Event done = report("series-f", "a", "2025-09", round_parties, {money(13e9)}, "completed", "funding_round");
    const Event talks = report("next", "b", "2025-12-02", {{"anthropic", "investee", ""}}, {}, "in_talks", "funding_round");
    CHECK_FALSE(same_deal_reason(done, talks));
    CHECK_FALSE(same_deal_reason(talks, done));
    // Talks before the deal was done are its rumour.
    CHECK(same_deal_reason(report("rumour", "c", "2025-08", {{"anthropic", "investee", ""}}, {money(13e9)}, "in_talks", "funding_round"), done));
    const Event round = report("round", "d", "2025-03", {{"openai", "investee", ""}, {"softbank", "lead_investor", ""}}, {money(40e9)}, "completed", "funding_round");
    const Event share = report("share", "e", "2025", {{"softbank", "investor", ""}, {"openai", "investee", ""}}, {money(30e9, "USD", Qualifier::up_to)});
    MergedEvents m = merge_events({round, share});
    CHECK(m.events.size() == 2);
    CHECK(m.claims.empty());
}

TEST_CASE("one article's two amounts for the same parties are two facts, not a dispute") {
    MergedEvents m = merge_events({
        report("part", "same", "2025-11", {{"microsoft", "investor", ""}, {"anthropic", "investee", ""}}, {money(5e9, "USD", Qualifier::up_to)}),
        report("whole", "same", "2025-11", {{"microsoft", "investor", ""}, {"anthropic", "investee", ""}}, {money(15e9)}),
    });
    CHECK(m.events.size() == 2);
    CHECK(m.claims.empty());
}

TEST_CASE("sources that disagree on the amount make a claim with each source's assertion, and the event points at it") {
    MergedEvents m = merge_events({
        report("a", "first", "2023-01", {{"microsoft", "investor", ""}, {"openai", "investee", ""}}, {money(10e9)}),
        report("b", "second", "2023-01-23", {{"microsoft", "investor", ""}, {"openai", "investee", ""}}, {money(12e9)}),
    });
    REQUIRE(m.events.size() == 1);
    REQUIRE(m.claims.size() == 1);
    const Claim& c = m.claims[0];
    CHECK(c.conflicting);
    CHECK(c.id == m.events[0].claim);
    REQUIRE(c.assertions.size() == 2);
    CHECK(c.assertions[0].source.article == "first");
    CHECK(c.assertions[0].says == "$10bn");
    CHECK(c.assertions[1].says == "$12bn");
    CHECK(c.assertions[1].says_de == "12 Mrd. $");
}

TEST_CASE("a running total is linked to its parts, never merged with one, and a sum that differs is a claim") {
    Event total = report("total", "000", "2021", {{"microsoft", "investor", ""}, {"openai", "investee", ""}}, {money(1e9, "USD", Qualifier::total)});
    MergedEvents m = merge_events({
        report("y2019", "001", "2019", {{"microsoft", "investor", ""}, {"openai", "investee", ""}}, {money(1e9)}),
        report("y2021", "001", "2021", {{"microsoft", "investor", ""}, {"openai", "investee", ""}}, {money(2e9)}),
        total,
    });
    CHECK(m.events.size() == 3);
    REQUIRE(m.totals.size() == 1);
    CHECK(m.totals[0].total == "total");
    CHECK(m.totals[0].parts == std::vector<std::string>{"y2019", "y2021"});
    CHECK_FALSE(m.totals[0].agrees);  // 1bn in total against 1bn + 2bn
    REQUIRE(m.claims.size() == 1);
    CHECK(m.claims[0].assertions.size() == 3);
    CHECK(m.claims[0].assertions[0].says == "in total $1bn");
    CHECK(find(m, "total")->claim == m.claims[0].id);
}

TEST_CASE("the same reports in any order give the same result") {
    std::vector<Event> reports = {
        report("a1", "reuters", "2025-09-22", nvidia_openai(), {money(100e9, "USD", Qualifier::up_to)}),
        report("b1", "heise", "2025-09", nvidia_openai(), {money(90e9)}),
        report("t2", "b", "2024-06", nvidia_openai(), {money(2e9)}),
        report("c1", "x", "2023-10", {{"", "investor", "Fonds Zukunft"}, {"aleph-alpha", "investee", ""}}, {}),
        report("c1", "y", "2023-FA", {{"", "investor", "FONDS ZUKUNFT"}, {"aleph-alpha", "investee", ""}}, {money(500e6, "EUR")}),
    };
    const MergedEvents first = merge_events(reports);
    std::reverse(reports.begin(), reports.end());
    const MergedEvents second = merge_events(reports);
    REQUIRE(first.events.size() == second.events.size());
    for (std::size_t i = 0; i < first.events.size(); ++i) {
        CHECK(first.events[i].id == second.events[i].id);
        CHECK(first.events[i].sources.size() == second.events[i].sources.size());
    }
    // The unknown fund, written two ways, is one party; the two candidates named "c1" are one deal.
    CHECK(first.events.size() == 3);
}

TEST_CASE("sources that copy one wording do not outvote the first report, and the merge says who copied") {
    Event first = report("a1", "wire", "2025-09-22", nvidia_openai(), {money(10e9)});
    first.sources[0].quote = "Nvidia puts ten billion dollars into OpenAI, the chipmaker said on Monday.";
    Event second = report("b1", "blog", "2025-09-22", nvidia_openai(), {money(12e9)});
    second.sources[0].quote = "Nvidia is said to invest twelve billion dollars in OpenAI over the coming years, according to insiders.";
    Event copy = report("c1", "aggregator", "2025-09-22", nvidia_openai(), {money(12e9)});
    copy.sources[0].quote = "Nvidia is said to invest twelve billion dollars in OpenAI over the coming years, according to insiders familiar with it.";
    CHECK(copies_wording(wording_of(second), wording_of(copy)));
    CHECK_FALSE(copies_wording(wording_of(first), wording_of(second)));

    const MergedEvents m = merge_events({copy, second, first});
    REQUIRE(m.events.size() == 1);
    // Two voices say 12bn, one of them a copy: 10bn against 12bn is a tie, the first report's figure stands.
    REQUIRE(m.events[0].amounts.size() == 1);
    CHECK(*m.events[0].amounts[0].value == doctest::Approx(10e9));
    REQUIRE(m.claims.size() == 1);  // and the claim still shows all three
    REQUIRE(m.claims[0].assertions.size() == 3);
    CHECK(m.claims[0].assertions[2].says.ends_with("(same wording as blog)"));
    CHECK(m.claims[0].assertions[1].says.find("same wording") == std::string::npos);
    REQUIRE(m.notes.size() == 1);
    REQUIRE(m.notes[0].reasons.size() == 2);
    CHECK(m.notes[0].reasons[1].ends_with(", same wording as blog"));
    CHECK(reason_text(m.notes[0].reasons[1], Language::de).ends_with(", gleicher Wortlaut wie blog"));

    // Without the copy, two independent voices at 12bn would outvote the first.
    Event independent = copy;
    independent.sources[0].quote = "Sources put the Nvidia stake in OpenAI at 12 billion, the paper reported late on Wednesday.";
    CHECK(*merge_events({independent, second, first}).events[0].amounts[0].value == doctest::Approx(12e9));
}

TEST_CASE("figures that cannot be compared merge only when the dates agree at their precision") {
    Amount gigawatts{4.5, "", "GW", Qualifier::exact, "compute_commitment"};
    Amount six_gw{6, "", "GW", Qualifier::exact, "compute_commitment"};
    const std::vector<Participant> oracle_openai{{"oracle", "provider", ""}, {"openai", "customer", ""}};
    Event expansion = report("stargate", "a", "2025-07", oracle_openai, {gigawatts}, "announced", "compute_deal");
    Event contract = report("contract", "b", "2025-09", oracle_openai, {money(300e9)}, "reported", "compute_deal");
    CHECK_FALSE(same_deal_reason(expansion, contract));  // July's gigawatts and September's dollars: two deals
    contract.date.value = "2025-07-22";
    CHECK(same_deal_reason(expansion, contract));  // the same month: one deal told by its size and by its price
    Event bigger = report("bigger", "c", "2025-07", oracle_openai, {six_gw}, "announced", "compute_deal");
    bigger.date.value = "2025-09";
    CHECK(same_deal_reason(expansion, bigger));  // one unit compares: the window applies (and 4.5 and 6 GW are close)
}

TEST_CASE("a loan reported with more lenders in one source is the same loan") {
    const std::vector<Participant> two{{"coreweave", "borrower", ""}, {"blackstone", "lender", ""}, {"magnetar", "lender", ""}};
    std::vector<Participant> five = two;
    five.push_back({"coatue", "lender", ""});
    five.push_back({"blackrock", "lender", ""});
    const Event a = report("a", "wire", "2024-05", two, {money(7.5e9)}, "completed", "loan");
    const Event b = report("b", "paper", "2024-05", five, {money(7.5e9)}, "completed", "loan");
    CHECK(same_deal_reason(a, b));
    // Another borrower is another loan.
    std::vector<Participant> other = two;
    other[0].entity = "openai";
    CHECK_FALSE(same_deal_reason(a, report("c", "paper", "2024-05", other, {money(7.5e9)}, "completed", "loan")));
}

TEST_CASE("a takeover announced and closed months apart at one price is one takeover, and its dates are no dispute") {
    const std::vector<Participant> amd_zt{{"amd", "buyer", ""}, {"zt-systems", "target", ""}};
    MergedEvents m = merge_events({
        report("agreed", "a", "2024-08", amd_zt, {money(4.9e9)}, "announced", "acquisition"),
        report("closed", "b", "2025-03", amd_zt, {money(4.9e9)}, "completed", "acquisition"),
        // Another price within the year is another deal; an investment a year on is a tranche of its own.
        report("other", "c", "2025-03", amd_zt, {money(1.5e9)}, "completed", "acquisition"),
    });
    CHECK(m.events.size() == 2);
    const Event* takeover = find(m, "agreed");
    REQUIRE(takeover);
    CHECK(takeover->sources.size() == 2);
    CHECK(m.claims.empty());
}

TEST_CASE("an investor named by its initials in one report and in full in another is one investor") {
    const auto round = [](const std::string& id, const std::string& article, const std::string& lead) {
        return report(id, article, "2024-12", {{"perplexity", "investee", ""}, {"", "lead_investor", lead}}, {money(500e6)}, "completed", "funding_round");
    };
    MergedEvents m = merge_events({round("full", "a", "Kestrel Lyle Partners"), round("short", "b", "KLP"), round("else", "c", "Birch Capital")});
    REQUIRE(m.events.size() == 2);
    CHECK(find(m, "full")->sources.size() == 2);
}

TEST_CASE("deals that each say they began the parties' relationship, at dates apart, make a claim on when it began") {
    const std::vector<Participant> oracle_openai{{"oracle", "provider", ""}, {"openai", "customer", ""}};
    const auto start = [&](const std::string& id, const std::string& article, const std::string& date, Onset onset, std::vector<Amount> amounts = {}) {
        Event e = report(id, article, date, oracle_openai, std::move(amounts), "completed", "compute_deal");
        mark_onset(e, onset);
        return e;
    };
    MergedEvents m = merge_events({start("joined", "a", "2023", Onset::joined), start("allowed", "b", "2024-06", Onset::allowed, {money(10e9)})});
    REQUIRE(m.events.size() == 2);  // a year apart: two deals
    REQUIRE(m.claims.size() == 1);
    const Claim& c = m.claims[0];
    CHECK(c.id == "joined-start");
    REQUIRE(c.assertions.size() == 2);
    CHECK(c.assertions[0].says == "began 2023 (joined its providers)");
    CHECK(c.assertions[1].says_de == "Beginn 2024-06 (erst da erlaubt)");
    CHECK(find(m, "joined")->claim == "joined-start");
    CHECK(find(m, "allowed")->claim == "joined-start");

    // Sources that agree on the start, a start and a later deal that claims none, one article's own
    // two starts, and another relationship: no claim.
    CHECK(merge_events({start("x", "a", "2023", Onset::first), start("y", "b", "2023-05", Onset::joined)}).claims.empty());
    CHECK(merge_events({start("x", "a", "2023", Onset::first), report("y", "b", "2024-06", oracle_openai, {money(10e9)}, "completed", "compute_deal")}).claims.empty());
    CHECK(merge_events({start("x", "a", "2023", Onset::first), start("y", "a", "2024-06", Onset::allowed)}).claims.empty());
    Event other = start("y", "b", "2024-06", Onset::allowed);
    other.participants[1].entity = "anthropic";
    CHECK(merge_events({start("x", "a", "2023", Onset::first), other}).claims.empty());
}

TEST_CASE("a start only a later report of a deal states is kept by the merged deal") {
    Event first = report("a1", "a", "2024-02", nvidia_openai(), {money(1e9)});
    Event later = report("b1", "b", "2024-02", nvidia_openai(), {money(1e9)});
    mark_onset(later, Onset::first);
    const MergedEvents m = merge_events({first, later});
    REQUIRE(m.events.size() == 1);
    CHECK(start_term(m.events[0], false) == "first deal between them");
}

TEST_CASE("a merge's reason says 'no date' for a report without one, in German 'ohne Datum'") {
    const auto reason = same_deal_reason(report("a", "x", "2025-03-13", nvidia_openai(), {money(250e6, "EUR")}),
                                         report("b", "y", "XXXX", nvidia_openai(), {money(250e6, "EUR")}));
    REQUIRE(reason);
    CHECK(reason->find("dates 2025-03-13/no date") != std::string::npos);
    CHECK(reason_text(*reason, Language::de).find("Daten 2025-03-13/ohne Datum") != std::string::npos);
}

TEST_CASE("another figure more than a month apart is another deal, while another figure in the same month is a dispute") {
    const std::vector<Participant> sale{{"openai", "investee", ""}, {"dragoneer", "investor", ""}};
    MergedEvents m = merge_events({
        report("tranche", "a", "2025-08-01", sale, {money(8.3e9)}, "completed", "funding_round"),
        report("secondary", "b", "2025-10-03", sale, {money(6.6e9)}, "completed", "funding_round"),
    });
    CHECK(m.events.size() == 2);
    CHECK(m.claims.empty());
    m = merge_events({
        report("one", "a", "2025-10", sale, {money(8.3e9)}, "completed", "funding_round"),
        report("other", "b", "2025-10", sale, {money(6.6e9)}, "completed", "funding_round"),
    });
    CHECK(m.events.size() == 1);
    CHECK(m.claims.size() == 1);
}

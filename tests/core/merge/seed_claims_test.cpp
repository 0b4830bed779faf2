// The five seed articles' candidates, merged without a hand-written link, give the curated claims:
// each curated claim is found with an assertion from every article it cites, quoting the same words.
#include <doctest/doctest.h>

#include <algorithm>

#include "core/annotate/annotate.h"
#include "core/events/event_extractor.h"
#include "core/merge/merge_events.h"
#include "support/seed_articles.h"

using namespace ds;

namespace {

MergedEvents merged_seed_candidates() {
    std::vector<Event> reports;
    for (const Article& a : test::seed_corpus().articles)
        for (CandidateEvent& c : extract_candidates(a, annotate_article(a, test::seed_gazetteer()), test::seed_gazetteer())) reports.push_back(std::move(c.event));
    return merge_events(std::move(reports));
}

// Whether a found assertion cites what a curated one does: the same article, and quotes of which one holds the other.
bool cites_the_same(const ClaimAssertion& found, const ClaimAssertion& curated) {
    const std::string& a = found.source.quote;
    const std::string& b = curated.source.quote;
    return found.source.article == curated.source.article && (a.find(b) != std::string::npos || b.find(a) != std::string::npos);
}

}  // namespace

TEST_CASE("merging the seeds' candidates finds both curated claims, each with every article it cites") {
    const MergedEvents merged = merged_seed_candidates();
    const EventStore& curated = test::curated_events();
    REQUIRE(curated.claims.size() == 2);
    for (const Claim& want : curated.claims) {
        CAPTURE(want.id);
        const auto found = std::find_if(merged.claims.begin(), merged.claims.end(), [&](const Claim& c) {
            return std::all_of(want.assertions.begin(), want.assertions.end(), [&](const ClaimAssertion& w) {
                return std::any_of(c.assertions.begin(), c.assertions.end(), [&](const ClaimAssertion& a) { return cites_the_same(a, w); });
            });
        });
        REQUIRE(found != merged.claims.end());
        CHECK(found->conflicting);
        // Every event that asserts the found claim is one of the merged events.
        const auto points_at = std::count_if(merged.events.begin(), merged.events.end(), [&](const Event& e) { return e.claim == found->id; });
        CHECK(points_at >= 1);
    }
}

TEST_CASE("the seeds' claim on when Oracle began supplying OpenAI says each source's start") {
    const MergedEvents merged = merged_seed_candidates();
    const auto start = std::find_if(merged.claims.begin(), merged.claims.end(), [](const Claim& c) { return c.id.ends_with("-start"); });
    REQUIRE(start != merged.claims.end());
    REQUIRE(start->assertions.size() == 2);
    CHECK(start->assertions[0].says == "began 2023 (joined its providers)");
    CHECK(start->assertions[1].says == "began 2024-06 (allowed only then)");
    CHECK(start->assertions[1].says_de == "Beginn 2024-06 (erst da erlaubt)");
    // Both deals stay apart (a year between them) and point at the claim.
    const auto pointing = std::count_if(merged.events.begin(), merged.events.end(), [&](const Event& e) { return e.claim == start->id; });
    CHECK(pointing == 2);
}

// The review of the deals in all the user's articles: two articles that report one deal become one
// row with both sources and a claim where they disagree; the user rejects, keeps apart, merges again
// and accepts a deal; the choices are records that come back in another tab.
#include <doctest/doctest.h>

#include <algorithm>

#include <nlohmann/json.hpp>

#include "explorer/actions.h"
#include "explorer/app_state.h"
#include "explorer/candidate_review.h"
#include "explorer/user_data.h"
#include "explorer/user_store.h"
#include "restored_app.h"

using namespace ds;

namespace {

// Our own words: the same investment told twice with different figures, and another deal.
const char* kGerman =
    "Nvidia setzt auf Mistral\n\n"
    "Paris, 9. September 2025. Nvidia investiert 2 Milliarden Dollar in Mistral AI, wie das französische Start-up am Dienstag mitteilte. "
    "Das Geld fließt in mehreren Tranchen.\n";
const char* kEnglish =
    "Nvidia doubles down on Mistral\n\n"
    "September 10, 2025. Nvidia is investing $2.3 billion in Mistral AI, according to people familiar with the matter. "
    "The money arrives in tranches.\n";
// The curated data has this one already.
const char* kKnown =
    "Microsoft steckt weitere Milliarden in OpenAI\n\n"
    "Redmond, 23. Januar 2023. Microsoft investiert zehn Milliarden Dollar in OpenAI, wie beide Unternehmen am Montag mitteilten.\n";
const char* kChips =
    "Nvidia liefert Chips an Oracle\n\n"
    "Austin, 3. März 2024. Oracle kauft bei Nvidia Chips für 4 Milliarden Dollar, teilte der Konzern mit.\n";

AppState with_three_articles() {
    AppState state = load_app_state(DEALSCOPE_ASSETS_DIR);
    REQUIRE_FALSE(add_user_article(state, "mistral-de.txt", kGerman));
    REQUIRE_FALSE(add_user_article(state, "mistral-en.txt", kEnglish));
    REQUIRE_FALSE(add_user_article(state, "chips.txt", kChips));
    return state;
}

const ReviewDeal* deal_of_type(const std::vector<ReviewDeal>& deals, const std::string& type) {
    const auto it = std::find_if(deals.begin(), deals.end(), [&](const ReviewDeal& d) { return d.event.type == type && !d.rejected; });
    return it == deals.end() ? nullptr : &*it;
}

std::vector<std::string> keys_of(const ReviewDeal& d) {
    std::vector<std::string> keys;
    for (const ReviewSource& s : d.sources) keys.push_back(s.key);
    return keys;
}

}  // namespace

TEST_CASE("two articles that report one deal are one row of the review, with both sources and where they disagree") {
    AppState state = with_three_articles();
    const auto deals = review_deals(state);
    REQUIRE(deals.size() == 2);
    const ReviewDeal* investment = deal_of_type(deals, "investment");
    REQUIRE(investment);
    CHECK(investment->merged());
    CHECK(keys_of(*investment) == std::vector<std::string>{"mistral-de#0", "mistral-en#0"});
    REQUIRE(investment->event.sources.size() == 2);
    CHECK(investment->event.sources[0].article == "mistral-de");
    CHECK(investment->event.sources[1].article == "mistral-en");
    REQUIRE(investment->reasons.size() == 1);
    CHECK(investment->reasons[0].find("same parties") != std::string::npos);
    // $10bn against $11bn: one deal, and a claim with what each source says.
    REQUIRE(investment->claims.size() == 1);
    const Claim& amount = investment->claims[0];
    CHECK(amount.fact == "amount of the investment Nvidia → Mistral AI");
    CHECK(amount.fact_de == "Betrag: Investition Nvidia → Mistral AI");
    REQUIRE(amount.assertions.size() == 2);
    CHECK(amount.assertions[0].says.find("2bn") != std::string::npos);
    CHECK(amount.assertions[1].says.find("2.3") != std::string::npos);
    const ReviewDeal* chips = deal_of_type(deals, "compute_deal");
    REQUIRE(chips);
    CHECK_FALSE(chips->merged());
    const ReviewCount count = count_review(deals);
    CHECK(count.open == 2);
    CHECK(count.merged == 1);
    CHECK(count.disputed == 1);
}

TEST_CASE("a merge is undone and done again, a deal rejected and restored, and the choices come back from the records") {
    AppState state = with_three_articles();
    const auto revision = state.user.revision;
    Actions a;
    a.review = ReviewCommand{{"mistral-de#0", "mistral-en#0"}, ReviewChoice::keep_apart};
    run_data_commands(state, a);
    CHECK(state.user.revision > revision);
    auto deals = review_deals(state);
    REQUIRE(deals.size() == 3);
    CHECK(std::count_if(deals.begin(), deals.end(), [](const ReviewDeal& d) { return d.kept_apart && d.sources.size() == 1 && d.claims.empty(); }) == 2);

    a.review = ReviewCommand{{"chips#0"}, ReviewChoice::reject};
    run_data_commands(state, a);
    deals = review_deals(state);
    REQUIRE(deals.size() == 3);
    CHECK(deals.back().rejected);  // listed last
    CHECK(keys_of(deals.back()) == std::vector<std::string>{"chips#0"});
    CHECK(count_review(deals).open == 2);

    // Saved as records: another tab restores the same review.
    const UserRecords records = user_records(state);
    CHECK(records.contains("review:chips#0"));
    CHECK(records.contains("review:mistral-en#0"));
    AppState other = restored_app(records);
    CHECK(other.user.kept_aside.empty());
    CHECK(other.user.review == state.user.review);
    CHECK(review_deals(other).size() == 3);

    // Undone: the two reports are one deal again, the chips deal is open again.
    a.review = ReviewCommand{{"mistral-en#0"}, ReviewChoice::merge_again};  // one of them brings back both
    run_data_commands(state, a);
    a.review = ReviewCommand{{"chips#0"}, ReviewChoice::restore};
    run_data_commands(state, a);
    deals = review_deals(state);
    CHECK(deals.size() == 2);
    CHECK(std::none_of(deals.begin(), deals.end(), [](const ReviewDeal& d) { return d.rejected || d.kept_apart; }));
    CHECK_FALSE(user_records(state).contains("review:chips#0"));
    // The same choice twice changes nothing, and a deleted article's data goes with the review.
    CHECK_FALSE(apply_review(state, ReviewCommand{{"chips#0"}, ReviewChoice::restore}));
    delete_user_data(state);
    CHECK(state.user.review == ReviewChoices{});
    CHECK(review_deals(state).empty());
}

TEST_CASE("a deal is accepted with every source, and its claim shows with the user's event") {
    AppState state = with_three_articles();
    const auto deals = review_deals(state);
    const ReviewDeal* investment = deal_of_type(deals, "investment");
    REQUIRE(investment);
    REQUIRE_FALSE(accept_deal(state, investment->event.id, nlohmann::json{{"status", "announced"}}));
    const Event& mine = state.data.events.events.back();
    CHECK(mine.by_user);
    CHECK(mine.status == "announced");
    REQUIRE(mine.sources.size() == 2);
    CHECK(mine.sources[0].article == "mistral-de");
    CHECK(mine.sources[1].article == "mistral-en");
    const auto after = review_deals(state);
    const ReviewDeal* accepted = deal_of_type(after, "investment");
    REQUIRE(accepted);
    CHECK(deal_accepted(state, *accepted));
    CHECK(accepted->accepted);  // worked out with the review
    CHECK(count_review(after).open == 1);
    const auto claims = claims_of_user_event(after, mine);
    REQUIRE(claims.size() == 1);
    CHECK(claims[0]->assertions.size() == 2);
    // Each article's own candidate of it counts as added: neither is offered to be added again (the
    // English one was, and accepting it too counted the money twice).
    for (const auto& article : state.user.candidates)
        for (const CandidateEvent& c : article)
            if (c.event.type == "investment") CHECK(user_has_event(state, c.event));
    // Refused with a reason: no such deal.
    const auto missing = accept_deal(state, "no-such#3", nlohmann::json::object());
    REQUIRE(missing);
    CHECK(missing->code == MessageCode::no_candidate);
}

TEST_CASE("a deal the curated data reports already is marked so, and is not open") {
    AppState state = load_app_state(DEALSCOPE_ASSETS_DIR);
    REQUIRE_FALSE(add_user_article(state, "known.txt", kKnown));
    const auto deals = review_deals(state);
    REQUIRE(deals.size() == 1);
    REQUIRE(deals[0].in_data);
    CHECK(state.data.events.events[*deals[0].in_data].id == "ms-openai-10b-2023");
    CHECK(count_review(deals).open == 0);
    // The new deals are not in it.
    AppState other = with_three_articles();
    const auto fresh = review_deals(other);
    CHECK(std::none_of(fresh.begin(), fresh.end(), [](const ReviewDeal& d) { return d.in_data.has_value(); }));
}

TEST_CASE("two articles that date the start of a relationship differently: both deals show the claim on when it began") {
    AppState state = load_app_state(DEALSCOPE_ASSETS_DIR);
    REQUIRE_FALSE(add_user_article(state, "joined.txt",
                                   "Wie Oracle zu OpenAI kam\n\nBerlin, 2. Februar 2025. OpenAI rechnete lange nur bei Microsoft und anderen Cloud-Anbietern. "
                                   "Oracle schloss sich diesem Kreis 2023 an.\n"));
    REQUIRE_FALSE(add_user_article(state, "allowed.txt",
                                   "Oracle and OpenAI\n\nFebruary 3, 2025. In June 2024 Microsoft allowed OpenAI to sign a $10 billion computing deal with Oracle.\n"));
    const auto deals = review_deals(state);
    std::vector<const ReviewDeal*> oracle;
    for (const ReviewDeal& d : deals)
        if (d.event.type == "compute_deal" && std::any_of(d.event.participants.begin(), d.event.participants.end(), [](const Participant& p) { return p.entity == "oracle"; }))
            oracle.push_back(&d);
    REQUIRE(oracle.size() == 2);  // 2023 and June 2024: two deals
    for (const ReviewDeal* d : oracle) {
        REQUIRE(d->claims.size() == 1);
        CHECK(d->claims[0].fact == "start of the relationship Oracle → OpenAI");
        CHECK(d->claims[0].fact_de == "Beginn der Geschäftsbeziehung Oracle → OpenAI");
        CHECK(d->claims[0].assertions.size() == 2);
    }
}

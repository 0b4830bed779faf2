#pragma once
// The candidates of all the user's articles as one review list, grouped by deal: the reports of one
// deal in several articles (core/merge) become one row with every source's quote, why they were put
// together, and a claim where they disagree. The user accepts, edits or rejects a deal as a whole,
// and keeps apart what was put together wrongly; those choices are saved with the user's data.
#include <cstddef>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "core/events/event.h"
#include "core/text/problem.h"

namespace ds {

struct AppState;

// A candidate named so that it stays the same across reloads: "notes#2" (article id, candidate index).
std::string candidate_key(const std::string& article_id, std::size_t index);

// The user's choices in the review, by candidate key.
struct ReviewChoices {
    std::set<std::string> rejected;  // not a deal; a deal whose every source is rejected is listed as rejected
    // Merged by mistake: stays a deal of its own. By key, the first key of the deal it was taken from,
    // so that "Merge again" on one brings back all that were taken apart together.
    std::map<std::string, std::string> apart;
    bool operator==(const ReviewChoices&) const = default;
};

struct ReviewSource {
    std::size_t article = 0;    // in the corpus
    std::size_t candidate = 0;  // in that article's candidates
    std::string key;            // candidate_key()
};

struct ReviewDeal {
    Event event;                       // the merged report; its id is its first source's key
    std::vector<ReviewSource> sources;  // in the merge's (date, id) order
    std::vector<std::string> reasons;   // why each source after the first joined ("same parties and roles, …")
    std::vector<Claim> claims;          // where the sources disagree (amount, date, status)
    bool rejected = false;              // every source is rejected
    bool kept_apart = false;            // its one source was taken out of a merge by the user
    // A curated event that reports this deal already (index into the events): adding it again would
    // count the deal twice.
    std::optional<std::size_t> in_data;
    bool accepted = false;  // one of the user's events reports it (deal_accepted), worked out with the review, not per frame
    std::optional<std::size_t> user_event;  // that event (user_event_of), for the way to it
    bool merged() const { return sources.size() > 1; }
};

// The review list: deals in date order, rejected ones last.
std::vector<ReviewDeal> review_deals(const AppState& state);

// How many deals are open (neither rejected, nor in the data, nor among the user's events) and how many of them more
// than one article reports: for the notice after adding several articles.
struct ReviewCount {
    std::size_t open = 0, merged = 0, disputed = 0;
};
ReviewCount count_review(const std::vector<ReviewDeal>& deals);

// The user's event a deal was accepted as (an index into the events), if it was.
std::optional<std::size_t> user_event_of(const AppState& state, const ReviewDeal& deal);
// The user's events that report this deal (same type, quoting one of its sentences): it is accepted.
bool deal_accepted(const AppState& state, const ReviewDeal& deal);

enum class ReviewChoice { reject, restore, keep_apart, merge_again };
struct ReviewCommand {
    std::vector<std::string> keys;  // the deal's candidate keys
    ReviewChoice choice = ReviewChoice::reject;
};
// Applies a choice; false when it changed nothing (a key no candidate has is ignored).
bool apply_review(AppState& state, const ReviewCommand& command);

// Accepts deal `key` (its first candidate's key) into the user's events with every source, `edits`
// merged into its events.json shape; says what is wrong instead.
std::optional<Problem> accept_deal(AppState& state, const std::string& key, const nlohmann::json& edits);

// The review's claims that concern one of the user's events (a deal it was accepted from): shown
// in the detail panel with it.
std::vector<const Claim*> claims_of_user_event(const std::vector<ReviewDeal>& deals, const Event& event);

}  // namespace ds

#include "explorer/candidate_review.h"

#include <algorithm>
#include <map>
#include <utility>

#include <nlohmann/json.hpp>

#include "core/events/event_format.h"
#include "core/events/event_json.h"
#include "core/events/event_types.h"
#include "core/merge/deal_match.h"
#include "core/merge/merge_events.h"
#include "explorer/app_state.h"
#include "explorer/user_data.h"

namespace ds {

std::string candidate_key(const std::string& article_id, std::size_t index) { return article_id + "#" + std::to_string(index); }

namespace {
// Deals the curated data reports already: looked up among the curated events of the same merge
// block (kind and receiving side), found through a hash of it, so each deal meets few events.
void mark_deals_in_data(const AppState& state, std::vector<ReviewDeal>& deals) {
    if (deals.empty()) return;
    constexpr std::size_t kBuckets = std::size_t{1} << 16;
    std::map<std::size_t, std::vector<std::size_t>> curated;
    const auto& events = state.data.events.events;
    for (std::size_t i = 0; i < events.size(); ++i)
        if (!events[i].by_user) curated[merge_part(events[i], kBuckets)].push_back(i);
    for (ReviewDeal& deal : deals) {
        const auto bucket = curated.find(merge_part(deal.event, kBuckets));
        if (bucket == curated.end()) continue;
        for (const std::size_t i : bucket->second) {
            if (same_deal_reason(events[i], deal.event)) {
                deal.in_data = i;
                break;
            }
        }
    }
}
}  // namespace

std::vector<ReviewDeal> review_deals(const AppState& state) {
    const UserSession& user = state.user;
    const ReviewChoices& choices = user.review;
    // Every candidate under its key as id: the merge keeps its first member's id, so each deal's
    // sources are found again by id.
    std::map<std::string, ReviewSource> by_key;
    std::vector<Event> together, apart;
    for (std::size_t k = 0; k < user.candidates.size(); ++k) {
        const std::size_t article = user.first_article + k;
        if (article >= state.data.corpus.articles.size()) break;
        const std::string& article_id = state.data.corpus.articles[article].id;
        for (std::size_t i = 0; i < user.candidates[k].size(); ++i) {
            Event e = user.candidates[k][i].event;
            e.id = candidate_key(article_id, i);
            by_key[e.id] = {article, i, e.id};
            (choices.apart.count(e.id) ? apart : together).push_back(std::move(e));
        }
    }
    MergedEvents merged = merge_events(std::move(together));
    std::map<std::string, const MergeNote*> notes;
    for (const MergeNote& n : merged.notes) notes[n.event] = &n;
    std::map<std::string, std::vector<Claim>> claims;
    // A claim's id is its event's and what it is about: "notes#2-amount", "notes#5-total". Its fact
    // names the deal by its parties, as the review does, not by one article's wording of it.
    std::map<std::string, const Event*> merged_by_id;
    for (const Event& e : merged.events) merged_by_id[e.id] = &e;
    for (Claim& c : merged.claims) {
        const std::string event = c.id.substr(0, c.id.rfind('-'));
        if (const auto e = merged_by_id.find(event); e != merged_by_id.end()) {
            const std::string what = c.id.substr(c.id.rfind('-') + 1);
            const std::string deal = event_participants_text(*e->second, state.data.gazetteer);
            static const std::map<std::string, std::pair<const char*, const char*>> words{
                {"amount", {"amount", "Betrag"}}, {"date", {"date", "Datum"}}, {"status", {"status", "Status"}}, {"total", {"total", "Summe"}}};
            if (what == "start") {  // of the parties' dealings, not of one deal
                c.fact = "start of the relationship " + deal;
                c.fact_de = "Beginn der Geschäftsbeziehung " + deal;
            } else if (const auto w = words.find(what); w != words.end()) {
                c.fact = std::string(w->second.first) + " of the " + event_type_label(e->second->type, Language::en) + " " + deal;
                c.fact_de = std::string(w->second.second) + ": " + event_type_label(e->second->type, Language::de) + " " + deal;
            }
        }
        // A claim on when a relationship began spans two deals: each shows it.
        for (const Event& other : merged.events)
            if (other.claim == c.id && other.id != event) claims[other.id].push_back(c);
        claims[event].push_back(std::move(c));
    }

    std::vector<ReviewDeal> deals;
    const auto add = [&](Event e, bool kept_apart) {
        ReviewDeal deal;
        if (const auto note = notes.find(e.id); note != notes.end()) {
            for (const std::string& m : note->second->members)
                if (const auto source = by_key.find(m); source != by_key.end()) deal.sources.push_back(source->second);
            deal.reasons = note->second->reasons;
        } else if (const auto one = by_key.find(e.id); one != by_key.end()) {
            deal.sources.push_back(one->second);
        }
        if (deal.sources.empty()) return;  // an id the merge made up: not one of ours
        if (const auto c = claims.find(e.id); c != claims.end()) deal.claims = std::move(c->second);
        deal.rejected = std::all_of(deal.sources.begin(), deal.sources.end(), [&](const ReviewSource& s) { return choices.rejected.count(s.key) > 0; });
        deal.kept_apart = kept_apart;
        e.claim.clear();
        deal.event = std::move(e);
        deal.accepted = deal_accepted(state, deal);
        if (deal.accepted) deal.user_event = user_event_of(state, deal);
        deals.push_back(std::move(deal));
    };
    for (Event& e : merged.events) add(std::move(e), false);
    for (Event& e : apart) add(std::move(e), true);
    mark_deals_in_data(state, deals);
    // Date order as the merge gives it, those kept apart in it too, rejected ones last.
    std::stable_sort(deals.begin(), deals.end(), [](const ReviewDeal& a, const ReviewDeal& b) {
        if (a.rejected != b.rejected) return b.rejected;
        return a.event.date.value < b.event.date.value;
    });
    return deals;
}

std::optional<std::size_t> user_event_of(const AppState& state, const ReviewDeal& deal) {
    for (const ReviewSource& s : deal.sources) {
        const std::size_t k = s.article - state.user.first_article;
        if (k >= state.user.candidates.size() || s.candidate >= state.user.candidates[k].size()) continue;
        const Event& candidate = state.user.candidates[k][s.candidate].event;
        if (candidate.sources.empty()) continue;
        for (std::size_t i = 0; i < state.data.events.events.size(); ++i) {
            const Event& e = state.data.events.events[i];
            if (e.by_user && std::any_of(e.sources.begin(), e.sources.end(), [&](const Citation& c) { return c.quote == candidate.sources[0].quote; })) return i;
        }
    }
    return std::nullopt;
}

bool deal_accepted(const AppState& state, const ReviewDeal& deal) {
    return std::any_of(deal.sources.begin(), deal.sources.end(), [&](const ReviewSource& s) {
        const std::size_t k = s.article - state.user.first_article;
        return k < state.user.candidates.size() && s.candidate < state.user.candidates[k].size() &&
               user_has_event(state, state.user.candidates[k][s.candidate].event);
    });
}

ReviewCount count_review(const std::vector<ReviewDeal>& deals) {
    ReviewCount count;
    for (const ReviewDeal& d : deals) {
        if (d.rejected || d.in_data || d.accepted) continue;
        ++count.open;
        count.merged += d.merged();
        count.disputed += !d.claims.empty();
    }
    return count;
}

bool apply_review(AppState& state, const ReviewCommand& command) {
    ReviewChoices& choices = state.user.review;
    const ReviewChoices before = choices;
    for (const std::string& key : command.keys) {
        switch (command.choice) {
            case ReviewChoice::reject: choices.rejected.insert(key); break;
            case ReviewChoice::restore: choices.rejected.erase(key); break;
            case ReviewChoice::keep_apart: choices.apart[key] = command.keys.front(); break;
            case ReviewChoice::merge_again:
                if (const auto found = choices.apart.find(key); found != choices.apart.end()) {
                    const std::string group = found->second;
                    std::erase_if(choices.apart, [&](const auto& kept) { return kept.second == group; });
                }
                break;
        }
    }
    if (choices == before) return false;
    ++state.user.revision;  // saved like the rest of the user's data
    return true;
}

std::optional<Problem> accept_deal(AppState& state, const std::string& key, const nlohmann::json& edits) {
    if (!edits.is_object()) return Problem{Severity::error, "edits", MessageCode::expected_json_object};
    for (const ReviewDeal& d : review_deals(state)) {
        if (d.event.id != key) continue;
        nlohmann::json event = event_to_json(d.event);
        event.merge_patch(edits);
        return add_user_event_json(state, std::move(event));
    }
    return Problem{Severity::error, key, MessageCode::no_candidate, {key}};
}

std::vector<const Claim*> claims_of_user_event(const std::vector<ReviewDeal>& deals, const Event& event) {
    std::vector<const Claim*> out;
    if (!event.by_user) return out;
    for (const ReviewDeal& d : deals) {
        if (d.claims.empty() || d.event.type != event.type) continue;
        const bool cites = std::any_of(event.sources.begin(), event.sources.end(), [&](const Citation& mine) {
            return std::any_of(d.event.sources.begin(), d.event.sources.end(), [&](const Citation& c) { return c.quote == mine.quote; });
        });
        if (cites)
            for (const Claim& c : d.claims) out.push_back(&c);
    }
    return out;
}

}  // namespace ds

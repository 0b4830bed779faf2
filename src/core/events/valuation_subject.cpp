#include "core/events/valuation_subject.h"

#include <algorithm>
#include <string>

#include "core/events/deal_roles.h"
#include "core/events/event_extractor.h"

namespace ds {

namespace {

bool gives(const std::string& role) { return role == "investor" || role == "lead_investor"; }
bool receives(const std::string& role) { return role == "investee"; }

// An investor the gazetteer knows, or an unknown name ending like a fund's ("WRVI Capital", "Kestrel Ventures").
bool is_fund(const Participant& p, const Gazetteer& gazetteer) {
    if (!p.entity.empty()) {
        const Entity* known = gazetteer.find(p.entity);
        return known && known->kind == "investor";
    }
    const std::string_view name = p.name;
    const std::string_view last = name.substr(name.rfind(' ') == std::string_view::npos ? 0 : name.rfind(' ') + 1);
    for (const char* word : {"Capital", "Ventures", "Partners", "Fund", "Fonds", "Investments", "Management"}) {
        if (last == word) return true;
    }
    return false;
}

std::size_t sentence_of(const CandidateEvent& c) {
    return c.event.sources.empty() || c.event.sources[0].sentences.empty() ? SIZE_MAX : c.event.sources[0].sentences.front();
}

}  // namespace

void value_the_firm_that_received(std::vector<CandidateEvent>& candidates, const Gazetteer& gazetteer) {
    // The last round or investment before the candidate looked at. (Not a takeover: "in a deal valuing X at
    // $33bn and xAI itself at $80bn" values the buyer too.)
    std::size_t last_deal = SIZE_MAX;
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        Event& e = candidates[i].event;
        if (e.type == "funding_round" || e.type == "investment") {
            last_deal = i;
            continue;
        }
        if (e.type != "valuation" || e.participants.size() != 1 || last_deal == SIZE_MAX) continue;
        const Event& deal = candidates[last_deal].event;
        const std::size_t here = sentence_of(candidates[i]), there = sentence_of(candidates[last_deal]);
        if (here == SIZE_MAX || there == SIZE_MAX || there > here || here - there > 2) continue;
        const auto received = std::find_if(deal.participants.begin(), deal.participants.end(), [](const Participant& p) { return receives(p.role); });
        if (received == deal.participants.end()) continue;
        Participant& subject = e.participants.front();
        const bool gave = std::any_of(deal.participants.begin(), deal.participants.end(), [&](const Participant& p) { return gives(p.role) && same_party(p, subject); });
        const bool fund = is_fund(subject, gazetteer) && !same_party(*received, subject);
        if (!gave && !fund) continue;
        const std::string role = subject.role;
        subject = *received;
        subject.role = role;
        // The summary speaks of the firm valued.
        const Entity* valued = subject.entity.empty() ? nullptr : gazetteer.find(subject.entity);
        const std::string name = valued ? valued->name : subject.name;
        for (std::string* summary : {&e.summary_en, &e.summary_de}) {
            const std::size_t colon = summary->find(": ");
            if (colon != std::string::npos) *summary = name + summary->substr(colon);
        }
    }
}

}  // namespace ds

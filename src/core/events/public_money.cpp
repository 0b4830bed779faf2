#include "core/events/public_money.h"

#include <algorithm>
#include <string>

#include "core/events/event_extractor.h"
#include "core/events/event_types.h"
#include "core/text/text_scan.h"

namespace ds {

namespace {

bool receives(const std::string& role) { return role == "investee" || role == "borrower"; }

// "Förderung", "Subventionen", "Zuschuss", "grant", "award", "subsidy": words of public aid.
bool names_public_aid(std::string_view quote) {
    const std::string text = scan::ascii_lower(quote);
    for (const char* word : {"förder", "subvention", "zuschuss", "zuschüsse", "beihilfe", "staatshilfe", "grant", "award", "subsid", "incentive"}) {
        if (text.find(word) != std::string::npos) return true;
    }
    return false;
}

// The role on the other side of the same flow of money.
std::string turned(const std::string& role) {
    if (role == "investee") return "investor";
    if (role == "investor" || role == "lead_investor") return "investee";
    if (role == "borrower") return "lender";
    if (role == "lender") return "borrower";
    return role;
}

}  // namespace

bool is_state_body(const Participant& p, const Gazetteer& gazetteer) {
    if (!p.entity.empty()) {
        const Entity* e = gazetteer.find(p.entity);
        return e && e->kind == "government";
    }
    const std::string name = scan::ascii_lower(p.name);
    for (const char* word : {"ministerium", "ministry", "department", "regierung", "government", "kommission", "commission", "behörde"}) {
        if (name.find(word) != std::string::npos) return true;
    }
    return false;
}

void give_public_money_from_the_state(std::vector<CandidateEvent>& candidates, const Gazetteer& gazetteer) {
    for (CandidateEvent& c : candidates) {
        Event& e = c.event;
        if (e.type != "investment" && e.type != "funding_round" && e.type != "loan") continue;
        auto& parties = e.participants;
        const auto state = [&](const Participant& p) { return is_state_body(p, gazetteer); };
        const bool state_receives = std::any_of(parties.begin(), parties.end(), [&](const Participant& p) { return receives(p.role) && state(p); });
        const bool firm_receives = std::any_of(parties.begin(), parties.end(), [&](const Participant& p) { return receives(p.role) && !state(p); });
        const bool state_gives = std::any_of(parties.begin(), parties.end(), [&](const Participant& p) { return !receives(p.role) && state(p); });
        const bool firm_gives = std::any_of(parties.begin(), parties.end(), [&](const Participant& p) { return !receives(p.role) && !state(p); });
        if (state_receives && !firm_receives) {
            for (Participant& p : parties) p.role = turned(p.role);
        } else if (state_gives && firm_gives && !state_receives && !firm_receives && !e.sources.empty() && names_public_aid(e.sources[0].quote)) {
            // "Der Bund fördert das Werk von Infineon mit einer Milliarde Euro": aid goes to the firm beside the state.
            for (Participant& p : parties) {
                if (!state(p)) p.role = e.type == "loan" ? "borrower" : "investee";
            }
        } else if (!(e.type == "funding_round" && state_gives && !firm_gives)) {
            continue;  // "up to $4.7bn in direct funding for Samsung": a state's funding is a grant, not a round
        }
        // The giver first, as every candidate names it; the summary then speaks of it.
        std::stable_partition(parties.begin(), parties.end(), [](const Participant& p) { return !receives(p.role); });
        if (e.type == "funding_round") e.type = "investment";
        const Participant& giver = parties.front();
        const Entity* known = giver.entity.empty() ? nullptr : gazetteer.find(giver.entity);
        const std::string name = known ? known->name : giver.name;
        for (auto [summary, lang] : {std::pair{&e.summary_en, Language::en}, std::pair{&e.summary_de, Language::de}}) {
            const std::size_t colon = summary->find(": ");
            if (colon == std::string::npos) continue;
            // "funding round of $4.7bn" → "investment of $4.7bn": the rest after the type's label stays.
            std::string rest = summary->substr(colon + 2);
            for (const char* type : {"funding_round", "investment", "loan"}) {
                const std::string label(event_type_label(type, lang));
                if (rest.starts_with(label)) {
                    rest = std::string(event_type_label(e.type, lang)) + rest.substr(label.size());
                    break;
                }
            }
            *summary = name + ": " + rest;
        }
    }
}

}  // namespace ds

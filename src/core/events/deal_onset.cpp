#include "core/events/deal_onset.h"

#include <algorithm>
#include <cstdint>

namespace ds {

namespace {

// The particle closing a split verb: "an" at the clause's end ("schloss sich dem Mix an und …").
bool clause_particle(const std::vector<DealWord>& words, std::size_t at, std::string_view particle) {
    return words[at].lower == particle && (at + 1 == words.size() || words[at + 1].break_before || words[at + 1].lower == "und" || words[at + 1].lower == "and");
}

// "stimmte … zu", "zugestimmt", "erlaubte", "gestattet": consent, whose clause or modal says what is allowed.
bool consents(const std::string& w) {
    return w == "stimmte" || w == "stimmt" || w == "stimmten" || w == "zugestimmt" || w.starts_with("erlaubt") || w.starts_with("gestattet");
}

// "allowed", "permits", "(agreed) to let": an English permission, the permitted deal after it.
bool permits(const std::vector<DealWord>& words, std::size_t i) {
    const std::string& w = words[i].lower;
    return is_one_of(w, {"allowed", "allows", "permitted", "permits"}) || (w == "let" && i > 0 && words[i - 1].lower == "to");
}

}  // namespace

bool joins_a_group(const std::vector<DealWord>& words) {
    bool split_verb = false;  // "schloss", "schließt" … seen, with "sich" after it
    for (std::size_t i = 0; i < words.size(); ++i) {
        const std::string& w = words[i].lower;
        // "schlossen sich dem Bündnis an", "joined the round": a group of buyers or investors, not of providers.
        for (const std::string_view buyers : {"bündnis", "konsortium", "allianz", "runde", "investor", "geldgeber", "käufer", "consortium", "alliance",
                                              "round", "backers", "buyers", "coalition"})
            if (w.starts_with(buyers)) return false;
        if (w == "joined" || w == "joins" || w == "angeschlossen") return true;
        if (is_one_of(w, {"schloss", "schlossen", "schließt", "schließen"}) && i + 1 < words.size() && words[i + 1].lower == "sich") split_verb = true;
        else if (split_verb && clause_particle(words, i, "an")) return true;
    }
    return false;
}

bool names_providers_of_compute(const std::vector<DealWord>& words) {
    for (std::size_t i = 0; i < words.size(); ++i) {
        const std::string& x = words[i].lower;
        // A compound's parts are words of their own: "Cloud-Anbieter" is "cloud", "anbieter".
        const bool of_compute = i > 0 && words[i].hyphen_before && (words[i - 1].lower == "cloud" || words[i - 1].lower == "gpu" || words[i - 1].lower == "ki");
        if ((of_compute && (x.starts_with("anbieter") || x.starts_with("provider") || x.starts_with("partner"))) || x.starts_with("cloudanbieter") ||
            x == "providers" || x.starts_with("rechenzentrumsbetreiber") || x.starts_with("rechenleistungsanbieter") || x.starts_with("hyperscaler"))
            return true;
    }
    return false;
}

Onset onset_of(const std::vector<DealWord>& words) {
    bool consent = false;  // "stimmte … zu", "zugestimmt", "erlaubte": a modal after it is the permission
    for (std::size_t i = 0; i < words.size(); ++i) {
        const std::string& w = words[i].lower;
        const std::string& next = i + 1 < words.size() ? words[i + 1].lower : w;
        if (w == "erstmals" || w == "erstmalig" || (w == "zum" && next == "ersten" && i + 2 < words.size() && words[i + 2].lower == "mal")) return Onset::first;
        if (w == "first" && next == "time" && i > 0 && words[i - 1].lower == "the") return Onset::first;
        // "Microsoft first invested in OpenAI in 2019" — not "its first round", "the first quarter".
        if (w == "first" && i + 1 < words.size() && !words[i + 1].trigger.empty() && next.ends_with("ed")) return Onset::first;
        consent = consent || consents(w);
        if ((consent && is_one_of(w, {"darf", "dürfe", "dürfen", "durfte", "durften"})) || permits(words, i)) return Onset::allowed;
    }
    return joins_a_group(words) ? Onset::joined : Onset::none;
}

std::size_t permitted_clause_start(const std::vector<DealWord>& words) {
    bool consent = false;
    for (std::size_t i = 0; i < words.size(); ++i) {
        const std::string& w = words[i].lower;
        if (permits(words, i)) return i + 1;
        consent = consent || consents(w);
        if (consent && (w == "dass" || w == "daß")) return i;
    }
    return SIZE_MAX;
}

void mark_onset(Event& e, Onset onset) {
    if (e.type != "investment" && e.type != "compute_deal" && e.type != "partnership" && e.type != "loan") return;
    if (onset == Onset::joined && e.type != "compute_deal") return;  // joining a round or an alliance starts nothing of its own
    const char* en = nullptr;
    const char* de = nullptr;
    switch (onset) {
        case Onset::none: return;
        case Onset::first: en = "first deal between them", de = "erstes Geschäft der beiden"; break;
        case Onset::joined: en = "joined its providers", de = "kam zu den Anbietern hinzu"; break;
        case Onset::allowed: en = "allowed only then", de = "erst da erlaubt"; break;
    }
    e.terms.emplace_back(kStartTerm, en);
    e.terms_de.emplace_back(kStartTerm, de);
}

std::string_view start_term(const Event& e, bool german) {
    if (german)
        for (const auto& t : e.terms_de)
            if (t.first == kStartTerm) return t.second;
    for (const auto& t : e.terms)
        if (t.first == kStartTerm) return t.second;
    return {};
}

}  // namespace ds

#pragma once
// Candidate events from any article, German or English, by the grammar of deal reporting
// (deal_grammar.h): each amount of money — or a stake in percent, compute in gigawatts or chips, a
// takeover or partnership without one — with a trigger word makes a candidate with a type, parties
// in roles taken from the verb's frame and the words before them (known entities and names the
// gazetteer does not know; "das Unternehmen" stands for the firm the text is about), the amount,
// a date (the sentence's, else the one it continues, else the article's), a status from cues
// ("angeblich", "laut Bloomberg", "in Gesprächen") and the sentence as evidence. The same deal
// stated twice is proposed once. A user's own article gets candidates to accept.
#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/articles/article.h"
#include "core/events/event.h"
#include "core/annotate/gazetteer.h"
#include "core/annotate/mention.h"
#include "core/text/problem.h"

namespace ds {

struct CandidateEvent {
    Event event;        // same shape as a curated event; sources[0] is the evidence sentence
    double confidence;  // 0–1: how many parts of the pattern were found
};

// Candidates are looked for in the first kMaxCandidatesPerSentence amounts of a sentence; a sentence
// with more gets a note in `notes` (when given) naming its byte offset.
inline constexpr std::size_t kMaxCandidatesPerSentence = 12;
std::vector<CandidateEvent> extract_candidates(const Article& article, const std::vector<Mention>& mentions, const Gazetteer& gazetteer,
                                               std::vector<Problem>* notes = nullptr);

// The same a few sentences at a time, so the page keeps drawing while a large article is read:
// call extract_some() until it returns true. `mentions` must not change in between.
struct CandidateExtraction {
    std::vector<const Mention*> in_sentence_order;  // ordered once, on the first call
    std::map<std::string, std::string, std::less<>> fuller_name;  // "Mistral" → "Mistral AI": unknown names as the article writes them in full
    // Unknown firms' names by their first word (lower case), with all their words: found again where the annotator missed them.
    std::map<std::string, std::vector<std::pair<std::string, std::vector<std::string>>>, std::less<>> unknown_by_first_word;
    // Known firms of two words or more by their first word ("constellation" → constellation-energy): after
    // "Constellation Energy" an article writes "Constellation". Empty where two firms share the word.
    std::map<std::string, std::string, std::less<>> known_by_short_form;
    // The same, for a word the annotator found to be a name though it is a common word too ("Vast" after "Vast Data").
    std::map<std::string, std::string, std::less<>> known_by_named_short_form;
    // "Tan added" after "Hock Tan": a known person's surname, lower-cased, to the person.
    std::map<std::string, std::string, std::less<>> person_by_surname;
    // "which Krishna has credited" after "Arvind Krishna": the surnames of people the gazetteer does not know, lower-cased.
    std::set<std::string, std::less<>> unknown_person_surnames;
    // "the Lake Mariner site", "its Barber Lake campus": names the article gives a site, which are places, not firms.
    std::set<std::string, std::less<>> site_names;
    std::size_t next_sentence = 0;
    std::size_t next_id = 1;
    // What a later sentence may lean on: the firm the text is about, the last date and its sentence.
    Participant topic;           // the subject of the last sentence that had one ("der Konzern")
    Participant receiving_topic;  // the firm that last raised money or was bought ("das Start-up")
    std::size_t receiving_topic_sentence = 0;
    bool receiving_topic_bought = false;  // it was bought, not funded: a valuation after it is not its own
    Participant most_named;       // the firm the article names most often
    bool interview = false;       // an interview or a transcript: "wir", "we", "you" are the firm it is with
    Participant interview_firm;   // the firm of the guest its opening names ("Runway's Cristóbal Valenzuela"), else the most named
    // The last takeover with both sides named: after "Nvidia übernimmt Run:ai", "der Konzern" is the buyer and
    // "das Start-up" the firm bought, whichever was the subject of the sentence before.
    Participant takeover_buyer, takeover_target;
    bool most_named_received = false;  // it has raised money or been bought in an earlier candidate
    Participant only_firm_before;      // the one firm the last sentence with a party named ("Der Vergleich mit Mistral AI …")
    std::size_t only_firm_sentence = SIZE_MAX;
    // The firms the last sentence with a party named, up to 4: "Nvidia unterzeichnete mit OpenAI … Im Gegenzug
    // will Nvidia … in das Unternehmen investieren" means the other one.
    std::vector<Participant> recent_firms;  // the firms named lately, the latest first (a few): whom "der Konzern aus Redmond" may mean
    std::optional<std::set<std::string, std::less<>>> cities;  // the gazetteer's, lower-cased, found on first need
    bool only_firm_aside = false;  // that firm was named as another's neighbour or rival: "it" may be it, "das Unternehmen" not
    std::vector<Participant> firms_before;
    std::size_t firms_before_sentence = SIZE_MAX;
    std::vector<Participant> most_named_firms;  // the firms named most often, most first (up to 8)
    std::size_t last_round = SIZE_MAX, last_round_sentence = 0;  // a round whose investors the next sentences may name
    std::vector<Participant> last_pair;             // "die beiden Unternehmen", "the two companies"
    std::size_t last_compute_sentence = SIZE_MAX;   // a "Vertrag" soon after compute is a compute deal
    std::size_t last_providers_sentence = SIZE_MAX;  // "Cloud-Anbieter", "providers": a firm may join them next
    std::size_t last_compute_deal = SIZE_MAX;       // in `candidates`: what "der Vertrag", "the contract" refers to
    EventDate last_date;
    EventDate last_deal_date;                        // the stated date of the last deal proposed ("dabei" takes it)
    std::size_t last_deal_sentence = SIZE_MAX;
    std::size_t last_date_sentence = SIZE_MAX;
    std::vector<CandidateEvent> candidates;
    std::vector<Problem> notes;
};
// Works through sentences of about `budget_bytes` in all; true when the article is done.
bool extract_some(const Article& article, const std::vector<Mention>& mentions, const Gazetteer& gazetteer, CandidateExtraction& work,
                  std::size_t budget_bytes);

}  // namespace ds

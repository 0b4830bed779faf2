#pragma once
// Candidate events from any article: rule-based German (and simple English) patterns over the
// annotated sentences — each amount of money with a trigger word makes a candidate with a type,
// participants with roles, the amount, a date, a status from cues ("angeblich", "laut Bloomberg",
// "in Gesprächen") and the sentence as evidence. A user's own article gets candidates to accept.
#include <cstddef>
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
    std::size_t next_sentence = 0;
    std::size_t next_id = 1;
    std::vector<CandidateEvent> candidates;
    std::vector<Problem> notes;
};
// Works through sentences of about `budget_bytes` in all; true when the article is done.
bool extract_some(const Article& article, const std::vector<Mention>& mentions, const Gazetteer& gazetteer, CandidateExtraction& work,
                  std::size_t budget_bytes);

}  // namespace ds

#pragma once
#include <cstddef>

#include "explorer/app_state.h"
#include "ui/window_state.h"

namespace ds::ui {
// For the user's own article: the candidate events the rules found, each with "Review and add…",
// which opens an editor (type, status, date, participants, amount, summary) over the evidence quote
// and accepts the edited event into the user's events. Draws nothing for curated articles.
void draw_candidates(const AppState& state, std::size_t article, CandidateDraft& draft, Actions& actions);
// The editor of `draft` (opened by "Review and add…" here and in the review of deals): type, status,
// date, participants, amount, summary; "Add to my events" accepts it.
void draw_candidate_editor(const AppState& state, CandidateDraft& draft, Actions& actions);
}

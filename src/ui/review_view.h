#pragma once
#include "explorer/app_state.h"
#include "ui/window_state.h"

namespace ds::ui {
// The deals found in all the user's articles, one row per deal however many articles report it:
// its sources with their quotes, why they were put together, where they disagree; "Review and add…",
// "Reject", "Keep apart" (undo a merge) and "Merge again"; rejected deals under their own heading.
void draw_review(const AppState& state, CandidateDraft& draft, Actions& actions);
// "3 deals in 4 of your articles · 1 reported by several": the list's entry that opens the review.
std::string review_entry_detail(const AppState& state);
}

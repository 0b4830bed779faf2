#pragma once
// An event the user writes by hand over a sentence of their own article, where no rule found one:
// a draft to edit, filled with what the sentence's mentions give (its parties, its first amount and
// date), citing the sentence.
#include <cstddef>
#include <optional>

#include "core/events/event.h"

namespace ds {

struct AppState;

// The sentence of article `article` that holds byte `at`, or none.
std::optional<std::size_t> sentence_at(const Article& article, std::size_t at);

// The draft over sentence `sentence` of article `article` (an index into the corpus): the first
// candidate the rules found in that sentence, if any; else the sentence's entities in order (known ones by id, unknown names by name, at most four), a money amount's
// sentence an investment from the first to the second, any other a partnership; the sentence's first
// date, else the last one before it in its paragraph, else the article's; status "reported"; the
// sentence as the quote. Its id is left empty.
Event hand_event_draft(const AppState& state, std::size_t article, std::size_t sentence);

// Whether a rule already proposed a candidate from that sentence: an event added by hand would then
// tell the same deal a second time, unless the user means another one.
bool sentence_has_candidate(const AppState& state, std::size_t article, std::size_t sentence);

}  // namespace ds

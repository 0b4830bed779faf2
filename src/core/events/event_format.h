#pragma once
// Short display strings for events: "Microsoft → OpenAI", "up to US$ 5 000 000 000", "2023-FA".
#include <string>

#include "core/events/event.h"
#include "core/annotate/gazetteer.h"

namespace ds {

// Participants by role: "Microsoft → OpenAI" for money and compute, "A, B, C" otherwise.
std::string event_participants_text(const Event& e, const Gazetteer& g);

// The event's first money amount ("up to US$ 5 000 000 000"), or "" when it names none.
std::string event_amount_text(const Event& e);

// For tight spaces: "$10B", "≤$5B" (up to), "~$1B" (about); "" when no money amount is stated.
std::string event_amount_short(const Event& e);
std::string compact_money(double value, const std::string& currency);

// A quote as one cites it: „…“ — Publisher: "Title", 2024-10-21 (leaving out what is unknown).
std::string citation_text(const Citation& c, const Article* article);

// "2024-06", "2023-FA · autumn 2023", "date unknown".
std::string event_date_text(const Event& e);

}  // namespace ds

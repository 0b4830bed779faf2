#pragma once
// Interviews and transcripts tell deals in the first person: "Vor drei Jahren haben wir … an AutoStore gekauft",
// "The round valued us at more than $3 billion", "Two years ago you were valued at …". There "wir", "we", "us" and
// the guest addressed ("Sie", "you") are the firm the interview is with.
#include <string_view>

#include "core/articles/article.h"

namespace ds {

// Whether `article` is an interview or a transcript: its title or kicker says so, or a paragraph opens with a question's
// or an answer's label ("Frage:", "Antwort:", "Q:"), or two open with the same speaker's ("PRIYA ANAND:", "Hellwege:").
bool is_interview(const Article& article);

// Whether `lower` (a word in lower case; `capitalised` as written, `opens` at the sentence's start) speaks of the
// interview's firm: "wir", "uns", "we", "us", "you", and the German formal "Sie" inside a sentence.
bool speaks_for_the_firm(std::string_view lower, bool capitalised, bool opens, bool german);

}  // namespace ds

#pragma once
// What every problem must hold to, checked on problems from real broken input: arguments that fit
// its message code, its English wording as its reason, German words with no placeholder left and,
// except for text from elsewhere, different from the English (a row left untranslated).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/text/problem.h"

namespace ds::test {

inline void check_problem_words(const std::vector<Problem>& problems) {
    for (const Problem& p : problems) {
        CAPTURE(describe(p));
        CHECK(message_args_fit(p.code, p.args));
        CHECK(word_message(p.code, p.args, Language::en) == p.reason);
        const std::string german = problem_text(p, Language::de);
        CAPTURE(german);
        for (const char* placeholder : {"{1}", "{2}", "{*}"}) CHECK(german.find(placeholder) == std::string::npos);
        if (p.code != MessageCode::text && p.code != MessageCode::json_syntax) CHECK(german != p.reason);
    }
}

}  // namespace ds::test

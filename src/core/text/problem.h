#pragma once
// A problem found in input: where it is and what is wrong. Collected and shown, never thrown at the UI.
#include <string>

namespace ds {

enum class Severity { warning, error };

struct Problem {
    Severity severity = Severity::error;
    std::string place;   // "assets/articles/x.txt:byte 120", a JSON pointer, or a file path
    std::string reason;  // one sentence a user can act on
};

inline const char* severity_name(Severity s) { return s == Severity::warning ? "warning" : "error"; }

// "error: place: reason" — the one format used on stderr, in the console and in the window.
inline std::string describe(const Problem& p) {
    return std::string(severity_name(p.severity)) + ": " + p.place + ": " + p.reason;
}

}  // namespace ds

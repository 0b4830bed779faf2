#pragma once
// A problem found in input: where it is and what is wrong. Collected and shown, never thrown at the UI.
// What is wrong is a message code with its arguments (message.h), so the UI words it in the reader's
// language (problem_text, describe); `reason` is its English wording, which the CLI, the state()
// JSON and the logs show.
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/text/enum_names.h"
#include "core/text/language.h"
#include "core/text/message.h"

namespace ds {

enum class Severity { warning, error };

struct SeverityWord {
    Severity value;
    const char* name;  // English, and what JSON writes
    const char* de;
};
inline constexpr SeverityWord kSeverityWords[] = {{Severity::warning, "warning", "Warnung"}, {Severity::error, "error", "Fehler"}};

struct Problem {
    Severity severity = Severity::error;
    std::string place;   // "assets/articles/x.txt:byte 120", a JSON pointer, or a file path
    std::string reason;  // the message in English: one sentence a user can act on
    MessageCode code = MessageCode::text;
    std::vector<std::string> args;  // the message's arguments (message.h)

    Problem() = default;
    Problem(Severity s, std::string where, MessageCode c, std::vector<std::string> arguments = {})
        : severity(s), place(std::move(where)), reason(word_message(c, arguments, Language::en)), code(c), args(std::move(arguments)) {}
    Problem(Severity s, std::string where, Message message) : Problem(s, std::move(where), message.code, std::move(message.args)) {}
    // Free text from elsewhere (the operating system, the page, a link's warnings), shown as it is.
    Problem(Severity s, std::string where, std::string text) : Problem(s, std::move(where), MessageCode::text, {std::move(text)}) {}

    // Puts what is wrong inside `wrapper`'s sentence, in every language: "file is missing …" becomes
    // "file is missing …; no events to show" ({*} in the wrapper's template).
    void wrap(MessageCode wrapper) {
        args = nested(code, std::move(args));
        code = wrapper;
        reason = word_message(code, args, Language::en);
    }
};

inline const char* severity_name(Severity s) { return enum_name(kSeverityWords, s); }

// "error" / "Fehler".
inline const char* severity_word(Severity s, Language language) {
    for (const SeverityWord& w : kSeverityWords) {
        if (w.value == s) return language == Language::de ? w.de : w.name;
    }
    return "";
}

// What is wrong, in `language`.
inline std::string problem_text(const Problem& p, Language language) {
    return language == Language::en ? p.reason : word_message(p.code, p.args, language);
}

// Where, in `language`: places are written in English ("deals.csv:line 6, column date",
// "x.json:byte 120"); German reads "deals.csv:Zeile 6, Spalte date", "x.json:Byte 120".
inline std::string place_text(const std::string& place, Language language) {
    if (language != Language::de) return place;
    static constexpr std::pair<std::string_view, std::string_view> kWords[] = {
        {":line ", ":Zeile "}, {", column ", ", Spalte "}, {":byte ", ":Byte "}};
    std::string out = place;
    for (const auto& word : kWords) {
        for (std::size_t at = out.find(word.first); at != std::string::npos; at = out.find(word.first, at + word.second.size()))
            out.replace(at, word.first.size(), word.second);
    }
    return out;
}

// "error: place: reason" — the one format used on stderr, in the console and in the window;
// "Fehler: place: Grund" in German.
inline std::string describe(const Problem& p, Language language) {
    return std::string(severity_word(p.severity, language)) + ": " + place_text(p.place, language) + ": " + problem_text(p, language);
}
inline std::string describe(const Problem& p) { return describe(p, Language::en); }

}  // namespace ds

#include "core/events/interview_voice.h"

#include <algorithm>
#include <cctype>
#include <vector>

#include "core/text/text_scan.h"

namespace ds {

namespace {

// The speaker's label a paragraph opens with: "Frage", "PRIYA ANAND", "Hellwege" (up to three capitalised words, then a
// colon; not a time, "09:42"); "" when it opens with none.
std::string_view speaker_label(std::string_view text) {
    const std::size_t colon = text.find(':');
    if (colon == std::string_view::npos || colon == 0 || colon > 40) return {};
    const std::string_view label = text.substr(0, colon);
    int words = 0;
    bool word_start = true;
    for (const char c : label) {
        if (c == ' ') {
            word_start = true;
            continue;
        }
        if (std::isdigit(static_cast<unsigned char>(c)) || c == '.' || c == ',') return {};
        if (word_start) {
            if (!(std::isupper(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80)) return {};
            ++words;
            word_start = false;
        }
    }
    return words >= 1 && words <= 3 ? label : std::string_view();
}

bool names_an_interview(std::string_view text) {
    for (const std::string_view word : {"Interview", "interview", "Podcast", "podcast", "Transcript", "TRANSCRIPT", "Transkript"}) {
        if (text.find(word) != std::string_view::npos) return true;
    }
    return false;
}

}  // namespace

bool is_interview(const Article& article) {
    if (names_an_interview(article.title) || names_an_interview(article.kicker)) return true;
    // A question and answer's words, or a speaker named twice: "Der Haken:", "Zur Einordnung:" open a newsletter's
    // paragraphs once each.
    std::vector<std::string_view> labels;
    for (const Block& b : article.blocks) {
        if (b.kind == BlockKind::title || b.kind == BlockKind::boilerplate) continue;  // (a short question may read as a heading)
        const std::string_view label = speaker_label(article.view(b.range));
        if (label.empty()) continue;
        if (scan::is_one_of(label, {"Frage", "Antwort", "F", "A", "Q", "Question", "Answer"})) return true;
        if (std::find(labels.begin(), labels.end(), label) != labels.end()) return true;
        if (labels.size() < 64) labels.push_back(label);
    }
    return false;
}

bool speaks_for_the_firm(std::string_view lower, bool capitalised, bool opens, bool german) {
    if (german) return lower == "wir" || lower == "uns" || (lower == "sie" && capitalised && !opens);
    return lower == "we" || lower == "us" || lower == "you";
}

}  // namespace ds

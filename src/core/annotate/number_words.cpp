#include "core/annotate/number_words.h"

#include <iterator>
#include <unordered_map>

#include "core/text/text_scan.h"

namespace ds {

namespace {
struct Word { std::string_view word; double value; };

constexpr Word kGermanNumbers[] = {
    {"zwei", 2}, {"drei", 3}, {"vier", 4}, {"fünf", 5}, {"sechs", 6}, {"sieben", 7}, {"acht", 8}, {"neun", 9}, {"zehn", 10},
    {"elf", 11}, {"zwölf", 12}, {"fünfzehn", 15}, {"zwanzig", 20}, {"dreißig", 30}, {"vierzig", 40}, {"fünfzig", 50},
    {"hundert", 100}, {"tausend", 1000}, {"anderthalb", 1.5}, {"eineinhalb", 1.5}, {"zweieinhalb", 2.5},
    {"two", 2}, {"three", 3}, {"four", 4}, {"five", 5}, {"six", 6}, {"seven", 7}, {"eight", 8}, {"nine", 9}, {"ten", 10},
    {"eleven", 11}, {"twelve", 12}, {"fifteen", 15}, {"twenty", 20}, {"thirty", 30}, {"fifty", 50}, {"hundred", 100},
};
constexpr std::string_view kArticleLike[] = {"ein", "eine", "einer", "einem", "einen", "eins", "one", "a", "an"};


}  // namespace

std::optional<double> parse_digits(std::string_view token, bool german) {
    const char decimal = german ? ',' : '.';
    const char group = german ? '.' : ',';
    double value = 0, fraction_scale = 0;
    std::size_t digits = 0, since_group = 0;
    bool grouped = false;
    for (std::size_t i = 0; i < token.size(); ++i) {
        const char c = token[i];
        if (c >= '0' && c <= '9') {
            if (++digits > 18) return std::nullopt;
            if (fraction_scale > 0) {
                value += (c - '0') * fraction_scale;
                fraction_scale /= 10;
            } else {
                value = value * 10 + (c - '0');
            }
            ++since_group;
            continue;
        }
        if (c == group && fraction_scale == 0) {
            // A group separator is followed by exactly three digits; otherwise it is a decimal point
            // written the other way ("1.5 Milliarden" in a German text).
            std::size_t run = 0;
            while (i + 1 + run < token.size() && token[i + 1 + run] >= '0' && token[i + 1 + run] <= '9') ++run;
            if (run == 3 && (!grouped || since_group == 3)) {
                grouped = true;
                since_group = 0;
                continue;
            }
            if (grouped) return std::nullopt;
            fraction_scale = 0.1;
            continue;
        }
        if (c == decimal && fraction_scale == 0 && (!grouped || since_group == 3)) {
            fraction_scale = 0.1;
            continue;
        }
        return std::nullopt;
    }
    if (digits == 0 || (grouped && since_group != 3 && fraction_scale == 0)) return std::nullopt;
    return value;
}

std::optional<double> number_word_value(std::string_view word, bool& article_like) {
    article_like = false;
    if (word.empty() || word.size() > 11) return std::nullopt;  // longer than "zweieinhalb"
    // One hash lookup per word: number words, keyed in lower case.
    struct Entry { double value; bool article_like; };
    static const std::unordered_map<std::string_view, Entry> kWords = [] {
        std::unordered_map<std::string_view, Entry> m;
        for (const auto& n : kGermanNumbers) m.emplace(n.word, Entry{n.value, false});
        for (std::string_view a : kArticleLike) m.emplace(a, Entry{1.0, true});
        return m;
    }();
    char lowered[12];
    word.copy(lowered, word.size());
    if (lowered[0] >= 'A' && lowered[0] <= 'Z') lowered[0] = static_cast<char>(lowered[0] - 'A' + 'a');  // "Zehn" at a sentence start
    // Which lengths of number word start with each letter: most words are ruled out without hashing.
    static const scan::LengthsByFirstByte kShapes = [] {
        scan::LengthsByFirstByte shapes;
        for (const auto& [w, entry] : kWords) shapes.add(w);
        return shapes;
    }();
    if (!kShapes.may_hold(std::string_view(lowered, word.size()))) return std::nullopt;
    const auto it = kWords.find(std::string_view(lowered, word.size()));
    if (it == kWords.end()) return std::nullopt;
    article_like = it->second.article_like;
    return it->second.value;
}

std::optional<double> scale_word_value(std::string_view word, bool german) {
    struct Scale { std::string_view word; double de, en; };
    static constexpr Scale kScales[] = {
        {"Tausend", 1e3, 1e3}, {"tausend", 1e3, 1e3}, {"thousand", 1e3, 1e3},
        {"Million", 1e6, 1e6}, {"Millionen", 1e6, 1e6}, {"Mio", 1e6, 1e6}, {"million", 1e6, 1e6}, {"millions", 1e6, 1e6}, {"mn", 1e6, 1e6},
        {"mln", 1e6, 1e6},  // a wire's headline: "$141 mln", "$1.64 bln"
        {"Milliarde", 1e9, 1e9}, {"Milliarden", 1e9, 1e9}, {"Mrd", 1e9, 1e9}, {"Mia", 1e9, 1e9},
        {"billion", 1e9, 1e9}, {"billions", 1e9, 1e9}, {"bn", 1e9, 1e9}, {"bln", 1e9, 1e9},
        {"Billion", 1e12, 1e9}, {"Billionen", 1e12, 1e12}, {"Bio", 1e12, 1e12}, {"trillion", 1e12, 1e12}, {"trln", 1e12, 1e12},
    };
    for (const auto& s : kScales) {
        if (word == s.word) return german ? s.de : s.en;
    }
    return std::nullopt;
}

}  // namespace ds

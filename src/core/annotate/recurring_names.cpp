#include "core/annotate/recurring_names.h"

#include <algorithm>
#include <initializer_list>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "core/annotate/name_shapes.h"
#include "core/annotate/number_words.h"
#include "core/text/text_scan.h"

namespace ds {

namespace {

constexpr std::size_t kLongestName = 4;  // words
// Only the first 256 KiB are looked at: a news article is far shorter, and the page then finishes a
// user's 5 MB file without a long frame for names it seldom has.
constexpr std::size_t kBytesLookedAt = 256 * 1024;
// And none in an article over 1 MiB: putting the names among its mentions would move every mention at
// once, a long frame in the page for a file that is no news article.
constexpr std::size_t kLargestArticle = 1024 * 1024;

using scan::is_one_of;

// Words before which a capitalised run is a noun phrase, not a bare name: articles, determiners,
// prepositions merged with an article.
bool determiner(std::string_view w) {
    // (Asked of the word before every run that repeats: a set, not a walk through the list.)
    static const std::unordered_set<std::string_view> kDeterminers{"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "im", "am", "zum", "zur",
                         "vom", "beim", "ins", "kein", "keine", "keinen", "dieser", "diese", "diesem", "diesen", "dieses", "jeder", "jede",
                         "jeden", "seine", "seiner", "seinen", "seinem", "ihre", "ihrer", "ihren", "ihrem", "mehrere", "viele", "alle", "beide",
                         "Der", "Die", "Das", "Den", "Dem", "Des", "Ein", "Eine", "Im", "Am", "Zum", "Zur", "Vom", "Beim", "Diese", "Dieser"};
    return w.size() <= 7 && kDeterminers.contains(w);
}

// "Künstliche Intelligenz", "Europäische Union": a capitalised adjective opens a term, not a name.
bool adjective_like(std::string_view w) {
    for (std::string_view ending : {"sche", "che", "ige", "ale", "ene", "ere", "ste", "ete", "ische", "schen", "chen", "igen", "alen", "ischen"}) {
        if (w.size() > ending.size() + 2 && w.ends_with(ending)) return true;
    }
    return false;
}

// "San Francisco", "Abu Dhabi", "Private Equity", "Legal Tech": places and English terms of the trade.
bool place_or_term(std::string_view first) {
    return is_one_of(first, {"San", "Santa", "Los", "Las", "New", "Bad", "Sankt", "St", "Saint", "Palo", "Mountain", "Abu", "Hong", "Tel", "Kuala",
                             "Rio", "Buenos", "Salt", "Silicon", "Private", "Legal", "Venture", "Machine", "Deep", "Big", "Generative",
                             "Artificial", "Large", "Health", "Climate", "Real", "Public", "Cyber", "Quantum", "Edge", "Social", "Digital", "Smart",
                             "Mobile", "Supply", "Business", "Customer", "Human", "Natural", "Early", "Late", "Seed", "Growth"});
}

// "Noxtua", "Komoot": one word may be a name if it is no German plural or infinitive ("Investoren") nor a
// noun that goes without an article ("Geld", "Kapital", "Modelle").
bool single_could_be_name(std::string_view w) {
    if (w.size() < 4 || w.ends_with("en") || w.ends_with("ern") || (w.ends_with("er") && w.size() > 8)) return false;
    return !is_one_of(w, {"Geld", "Kapital", "Strom", "Software", "Hardware", "Energie", "Wachstum", "Umsatz", "Gewinn", "Personal", "Zeit",
                          "Arbeit", "Platz", "Technik", "Technologie", "Daten", "Wasser", "Infrastruktur", "Rechenleistung", "Geschäft",
                          "Interesse", "Vertrauen", "Erfolg", "Zugang", "Anfang", "Ende", "Mitte", "Teil", "Hilfe", "Druck", "Zukunft",
                          "Fokus", "Sicherheit", "Kunden", "Nachfrage", "Wert", "Material", "Markt", "Staat", "Bund", "Land", "Stadt",
                          "Märkte", "Modelle", "Konzerne", "Chips", "Roboter", "Robotik", "Aktie", "Aktien", "Firmen", "Geldgeber", "Investoren",
                          "Start-ups", "Rechenzentren", "Server", "Forscher", "Entwickler", "Nutzer", "Mitarbeiter", "Anleger"});
}

// FNV-1a: a run's text as a number, so grouping runs sorts numbers, not strings.
std::uint64_t text_hash(std::string_view w) {
    std::uint64_t h = 14695981039346656037ull;
    for (const char c : w) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    return h;
}

}  // namespace

void gather_name_runs(std::string_view text, const std::vector<Token>& tokens, std::size_t sentence, NameRuns& out) {
    if (tokens.empty() || tokens[0].range.begin >= kBytesLookedAt || text.size() > kLargestArticle) return;
    const auto word = [&](std::size_t k) { return text.substr(tokens[k].range.begin, tokens[k].range.size()); };
    // Asked of every token, so by its shape only: what the words are is asked of the runs that repeat.
    const auto name_word = [&](std::size_t k) {
        const Token& t = tokens[k];
        return !t.numeric && !t.symbol && t.range.size() >= 2 && scan::is_upper_at(text, t.range.begin);
    };
    const auto add = [&](std::size_t first, std::size_t last) {
        NameRun r;
        r.range = {tokens[first].range.begin, tokens[last].range.end};
        r.first_word = tokens[first].range;
        r.last_word = tokens[last].range;
        r.hash = text_hash(text.substr(r.range.begin, r.range.size()));
        r.last_word_hash = text_hash(word(last));
        if (first > 0) r.before = tokens[first - 1].range;
        r.joined_before = first > 0 && !tokens[first].break_before;
        r.sentence = static_cast<std::uint32_t>(sentence);
        r.words = static_cast<std::uint8_t>(last - first + 1);
        r.opens_sentence = first == 0;
        out.runs.push_back(r);
    };
    for (std::size_t k = 0; k < tokens.size();) {
        if (!name_word(k)) {
            ++k;
            continue;
        }
        std::size_t last = k;
        while (last + 1 < tokens.size() && !tokens[last + 1].break_before && !tokens[last + 1].hyphen_before && name_word(last + 1)) ++last;
        const std::size_t words = last - k + 1;
        const bool joined_after = last + 1 < tokens.size() && tokens[last + 1].hyphen_before;  // "Velnox-Chef": a compound
        if (words <= kLongestName && !tokens[k].hyphen_before && !joined_after) add(k, last);
        // "Laut Velnox …", "Auch Bending Spoons …": a sentence's first word may only open it; the rest is a run too.
        if (k == 0 && words >= 2 && words - 1 <= kLongestName && !joined_after) add(1, last);
        k = last + 1;
    }
}

void add_recurring_names(const Article& article, const NameRuns& gathered, std::vector<Mention>& all) {
    if (article.language == "en" || gathered.runs.empty() || article.text.size() > kLargestArticle) return;
    const std::string_view text = article.text;
    const auto view = [&](ByteRange r) { return text.substr(r.begin, r.size()); };
    const std::vector<NameRun>& runs = gathered.runs;

    // Byte ranges already taken by a mention, in text order.
    std::vector<ByteRange> taken;
    taken.reserve(all.size());
    for (const Mention& m : all) taken.push_back(m.range);
    const auto by_begin = [](const ByteRange& a, const ByteRange& b) { return a.begin < b.begin; };
    if (!std::is_sorted(taken.begin(), taken.end(), by_begin)) std::sort(taken.begin(), taken.end(), by_begin);
    const auto overlaps_taken = [&](ByteRange r) {
        auto it = std::lower_bound(taken.begin(), taken.end(), r.end, [](const ByteRange& t, std::size_t end) { return t.begin < end; });
        while (it != taken.begin()) {
            --it;
            if (it->end > r.begin) return true;
            if (it->begin + 4096 < r.begin) break;  // mentions are short: no need to look further back
        }
        return false;
    };
    // A person ("Sam Altman"), a term ("Künstliche Intelligenz"), a noun phrase ("Ende Januar"), a noun.
    // (Asked once per text that repeats: its words are the same each time.)
    const auto words_could_be_name = [&](const NameRun& r) {
        const std::string_view first = view(r.first_word), last = view(r.last_word);
        if (is_first_name(first) || adjective_like(first) || place_or_term(first) || common_noun_ending(last)) return false;
        // Places and months ("Mailand", "Juli") are no names; "The Exploration Company" is one.
        if ((first != "The" && is_not_a_firm_word(first)) || is_not_a_firm_word(last)) return false;
        return r.words > 1 || single_could_be_name(first);
    };

    // The runs grouped by their text's hash (the texts compared only within a group, against collisions).
    std::vector<std::uint32_t> order(runs.size());
    for (std::uint32_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) { return runs[a].hash != runs[b].hash ? runs[a].hash < runs[b].hash : a < b; });
    // One word alone is no name if it ends a longer run elsewhere: a person's surname ("Andrey Vasnetsov").
    std::vector<std::uint64_t> last_words;
    for (const NameRun& r : runs) {
        if (r.words >= 2 && !r.opens_sentence) last_words.push_back(r.last_word_hash);
    }
    std::sort(last_words.begin(), last_words.end());
    const auto ends_a_longer_run = [&](std::uint64_t h) { return std::binary_search(last_words.begin(), last_words.end(), h); };

    // Inside its sentence with no article or determiner before it; after a word of place ("in Planegg").
    // Nor a number right before it: "zehn Gigawatt", "sechs Gigawatt" is a unit, however often it is told
    // (a year is no such number: "2022 übernahm Velder Spoons", "Seit 2023 Velder Spoons …").
    const auto after_number = [&](const NameRun& r) {
        const std::string_view w = view(r.before);
        if (w.empty() || !r.joined_before) return false;
        const bool year = w.size() == 4 && (w.starts_with("19") || w.starts_with("20"));
        bool article_like = false;
        return (w[0] >= '0' && w[0] <= '9' && !year) || (number_word_value(w, article_like) && !article_like);
    };
    const auto bare = [&](const NameRun& r) { return !r.opens_sentence && !determiner(view(r.before)) && !after_number(r); };
    const auto after_place_word = [&](const NameRun& r) { return !r.opens_sentence && is_one_of(view(r.before), {"aus", "nach", "in", "nahe", "bei"}); };
    std::vector<bool> recurring(runs.size(), false);
    for (std::size_t g = 0; g < order.size();) {
        const NameRun& head = runs[order[g]];
        std::size_t end = g + 1;
        while (end < order.size() && runs[order[end]].hash == head.hash) ++end;
        const bool single = head.words == 1;
        // Two bare tellings make a run of words a name; one word needs three, never an article or a place word before it.
        if (end - g >= (single ? 3u : 2u)) {
            const std::string_view name = view(head.range);
            const bool name_like = words_could_be_name(head);
            std::size_t bare_tellings = 0, determined = 0;
            for (std::size_t k = g; k < end; ++k) {
                const NameRun& r = runs[order[k]];
                if (view(r.range) != name) continue;  // another text with the same hash
                const bool is_bare = bare(r);
                if (is_bare && name_like && !overlaps_taken(r.range)) ++bare_tellings;
                if (r.words == 1 && ((!is_bare && !r.opens_sentence) || after_place_word(r))) ++determined;
            }
            const bool recurs = single ? bare_tellings >= 3 && determined == 0 && !ends_a_longer_run(head.hash) : bare_tellings >= 2;
            for (std::size_t k = g; k < end && recurs; ++k) recurring[order[k]] = view(runs[order[k]].range) == name;
        }
        g = end;
    }

    // "Andre Zayarni … sagte Zayarni": a two-word name whose last word also stands alone is a person's.
    const auto surname_alone = [&](const NameRun& r) {
        if (r.words != 2) return false;
        const std::string_view first = view(r.first_word), last = view(r.last_word);
        const auto lo = std::lower_bound(order.begin(), order.end(), r.last_word_hash, [&](std::uint32_t i, std::uint64_t h) { return runs[i].hash < h; });
        for (auto it = lo; it != order.end() && runs[*it].hash == r.last_word_hash; ++it) {
            const NameRun& alone = runs[*it];
            if (view(alone.range) == last && (!alone.joined_before || view(alone.before) != first)) return true;
        }
        return false;
    };

    std::vector<Mention> found;
    std::unordered_map<std::uint64_t, bool> kind_of_name;  // by the name's hash: a person's?
    ByteRange last_found{0, 0};
    for (std::size_t i = 0; i < runs.size(); ++i) {
        const NameRun& r = runs[i];
        if (!recurring[i] || r.range.begin < last_found.end || overlaps_taken(r.range)) continue;
        Mention m;
        m.kind = MentionKind::entity;
        m.range = r.range;
        m.sentence = r.sentence;
        m.in_boilerplate = article.blocks[article.sentences[r.sentence].block].kind == BlockKind::boilerplate;
        m.name = std::string(view(r.range));
        // (Asked once per name: an article may repeat it thousands of times.)
        const auto known_kind = kind_of_name.find(r.hash);
        const bool person = known_kind != kind_of_name.end() ? known_kind->second : kind_of_name.emplace(r.hash, surname_alone(r)).first->second;
        m.entity_kind = person ? "person" : "organisation";
        found.push_back(std::move(m));
        last_found = r.range;
    }
    if (found.empty()) return;
    const std::size_t before = all.size();
    all.insert(all.end(), std::make_move_iterator(found.begin()), std::make_move_iterator(found.end()));
    std::inplace_merge(all.begin(), all.begin() + static_cast<std::ptrdiff_t>(before), all.end(), [](const Mention& a, const Mention& b) {
        return a.sentence != b.sentence ? a.sentence < b.sentence : a.range.begin < b.range.begin;
    });
}

}  // namespace ds

#include "core/annotate/recurring_names.h"

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <string_view>

#include "core/annotate/name_shapes.h"
#include "core/text/text_scan.h"
#include "core/text/tokens.h"

namespace ds {

namespace {

constexpr std::size_t kLongestName = 4;  // words
// Only the first 256 KiB are looked at: the page runs this in one go once a user's article is read,
// and a news article is far shorter (a 5 MB file would cost a long frame for names it seldom has).
constexpr std::size_t kBytesLookedAt = 256 * 1024;

bool is_one_of(std::string_view w, std::initializer_list<std::string_view> words) {
    return std::find(words.begin(), words.end(), w) != words.end();
}

// Words before which a capitalised run is a noun phrase, not a bare name: articles, determiners,
// prepositions merged with an article.
bool determiner(std::string_view w) {
    return is_one_of(w, {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "im", "am", "zum", "zur",
                         "vom", "beim", "ins", "kein", "keine", "keinen", "dieser", "diese", "diesem", "diesen", "dieses", "jeder", "jede",
                         "jeden", "seine", "seiner", "seinen", "seinem", "ihre", "ihrer", "ihren", "ihrem", "mehrere", "viele", "alle", "beide",
                         "Der", "Die", "Das", "Den", "Dem", "Des", "Ein", "Eine", "Im", "Am", "Zum", "Zur", "Vom", "Beim", "Diese", "Dieser"});
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
                             "Artificial", "Large", "Health", "Climate", "Real", "Public", "Cyber", "Quantum", "Edge"});
}

struct Run {
    std::size_t sentence;
    std::size_t first, last;  // token indices
    bool bare;                // mid-sentence, no determiner before it
};

}  // namespace

void add_recurring_names(const Article& article, std::vector<Mention>& all) {
    if (article.language == "en") return;  // English capitalises names only: its runs are found as they stand
    const std::string_view text = article.text;
    // Byte ranges already taken by a mention, in text order (the mentions are in sentence order).
    std::vector<ByteRange> taken;
    taken.reserve(all.size());
    for (const Mention& m : all) taken.push_back(m.range);
    std::sort(taken.begin(), taken.end(), [](const ByteRange& a, const ByteRange& b) { return a.begin < b.begin; });
    const auto overlaps_taken = [&](ByteRange r) {
        auto it = std::lower_bound(taken.begin(), taken.end(), r.end, [](const ByteRange& t, std::size_t end) { return t.begin < end; });
        while (it != taken.begin()) {
            --it;
            if (it->end > r.begin) return true;
            if (it->begin + 4096 < r.begin) break;  // mentions are short: no need to look further back
        }
        return false;
    };

    std::vector<Run> runs;
    std::vector<std::vector<Token>> tokens_of(article.sentences.size());
    std::map<std::string, std::size_t, std::less<>> bare_count;
    // One word alone is a name only if it never follows an article and is no person's surname ("Andrey Vasnetsov").
    std::map<std::string, std::size_t, std::less<>> determined;
    std::set<std::string, std::less<>> last_words;
    for (std::size_t s = 0; s < article.sentences.size() && article.sentences[s].range.begin < kBytesLookedAt; ++s) {
        tokens_of[s] = tokenize(text, article.sentences[s].range);
        const std::vector<Token>& tokens = tokens_of[s];
        const auto word = [&](std::size_t k) { return text.substr(tokens[k].range.begin, tokens[k].range.size()); };
        const auto name_word = [&](std::size_t k) {
            const std::string_view w = word(k);
            return !tokens[k].numeric && !tokens[k].symbol && w.size() >= 2 && scan::is_upper_at(w, 0) && !is_not_a_firm_word(w);
        };
        for (std::size_t k = 0; k < tokens.size();) {
            // "The Exploration Company": an English article may open the name.
            const bool the = word(k) == "The" && k + 1 < tokens.size() && !tokens[k + 1].break_before && name_word(k + 1);
            if (!name_word(k) && !the) {
                ++k;
                continue;
            }
            std::size_t last = k;
            while (last + 1 < tokens.size() && !tokens[last + 1].break_before && !tokens[last + 1].hyphen_before && name_word(last + 1)) ++last;
            const std::size_t words = last - k + 1;
            if (words <= kLongestName && !tokens[k].hyphen_before && !(last + 1 < tokens.size() && tokens[last + 1].hyphen_before)) {
                const bool bare = k > 0 && !determiner(word(k - 1));
                runs.push_back({s, k, last, bare});
                // (Nor a place: "in Planegg", "aus Mailand", "nach Louisiana".)
                if (words == 1 && k > 0 && (!bare || is_one_of(word(k - 1), {"aus", "nach", "in", "nahe", "bei"}))) ++determined[std::string(word(k))];
                if (words >= 2 && k > 0) last_words.insert(std::string(word(last)));  // (not "Laut Velnox" that opens a sentence)
            }
            // "Laut Velnox …", "Auch Bending Spoons …": a sentence's first word may only open it; the rest is a run too.
            if (k == 0 && words >= 2 && words - 1 <= kLongestName && !(last + 1 < tokens.size() && tokens[last + 1].hyphen_before)) {
                const bool bare = !determiner(word(0));
                runs.push_back({s, 1, last, bare});
                if (words == 2 && !bare) ++determined[std::string(word(1))];
            }
            k = last + 1;
        }
    }
    const auto run_text = [&](const Run& r) {
        const std::vector<Token>& tokens = tokens_of[r.sentence];
        return text.substr(tokens[r.first].range.begin, tokens[r.last].range.end - tokens[r.first].range.begin);
    };
    const auto run_range = [&](const Run& r) {
        const std::vector<Token>& tokens = tokens_of[r.sentence];
        return ByteRange{tokens[r.first].range.begin, tokens[r.last].range.end};
    };
    // "Noxtua", "Komoot", "Brightcove": a single word, not a German plural or infinitive ("Investoren"), nor a
    // mass noun that goes without an article ("Geld", "Kapital").
    const auto single_could_be_name = [&](const Run& r) {
        const std::string_view w = run_text(r);
        if (w.size() < 4 || w.ends_with("en") || w.ends_with("ern") || w.ends_with("er") && w.size() > 8) return false;
        return !is_one_of(w, {"Geld", "Kapital", "Strom", "Software", "Hardware", "Energie", "Wachstum", "Umsatz", "Gewinn", "Personal", "Zeit",
                              "Arbeit", "Platz", "Technik", "Technologie", "Daten", "Wasser", "Infrastruktur", "Rechenleistung", "Geschäft",
                              "Interesse", "Vertrauen", "Erfolg", "Zugang", "Anfang", "Ende", "Mitte", "Teil", "Hilfe", "Druck", "Zukunft",
                              "Fokus", "Sicherheit", "Kunden", "Nachfrage", "Wert", "Material", "Markt", "Staat", "Bund", "Land", "Stadt",
                              "Märkte", "Modelle", "Konzerne", "Chips", "Roboter", "Robotik", "Aktie", "Aktien", "Firmen", "Geldgeber", "Investoren",
                              "Start-ups", "Rechenzentren", "Server", "Daten", "Forscher", "Entwickler", "Nutzer", "Mitarbeiter", "Anleger"});
    };
    const auto could_be_name = [&](const Run& r) {
        const std::vector<Token>& tokens = tokens_of[r.sentence];
        const std::string_view first = text.substr(tokens[r.first].range.begin, tokens[r.first].range.size());
        const std::string_view last = text.substr(tokens[r.last].range.begin, tokens[r.last].range.size());
        // A person ("Sam Altman"), a term ("Künstliche Intelligenz"), a noun phrase ("Ende Januar").
        return !is_first_name(first) && !adjective_like(first) && !place_or_term(first) && !common_noun_ending(last) && !overlaps_taken(run_range(r));
    };
    for (const Run& r : runs) {
        if (r.bare && could_be_name(r) && (r.last > r.first || single_could_be_name(r))) ++bare_count[std::string(run_text(r))];
    }
    // Two bare tellings make a run of words a name; one word needs three, and never an article before it.
    const auto recurs = [&](const Run& r, std::size_t count) {
        if (r.last > r.first) return count >= 2;
        const std::string_view w = run_text(r);
        const auto det = determined.find(w);
        return count >= 3 && (det == determined.end() || det->second == 0) && !last_words.contains(w);
    };
    // "Andre Zayarni … sagte Zayarni": a name whose last word also stands alone is a person's, by surname.
    std::map<std::string, std::vector<std::string>, std::less<>> before_last_word;  // for the recurring names' last words
    for (const Run& r : runs) {
        const auto counted = bare_count.find(run_text(r));
        if (counted == bare_count.end() || !recurs(r, counted->second) || r.last == r.first) continue;
        const std::vector<Token>& tokens = tokens_of[r.sentence];
        before_last_word.emplace(std::string(text.substr(tokens[r.last].range.begin, tokens[r.last].range.size())), std::vector<std::string>{});
    }
    for (std::size_t s = 0; s < tokens_of.size() && !before_last_word.empty(); ++s) {
        const std::vector<Token>& tokens = tokens_of[s];
        for (std::size_t k = 0; k < tokens.size(); ++k) {
            const auto it = before_last_word.find(text.substr(tokens[k].range.begin, tokens[k].range.size()));
            if (it == before_last_word.end() || it->second.size() >= 8) continue;
            it->second.emplace_back(k > 0 && !tokens[k].break_before ? text.substr(tokens[k - 1].range.begin, tokens[k - 1].range.size()) : "");
        }
    }
    const auto surname_alone = [&](const Run& r) {
        if (r.last - r.first != 1) return false;
        const std::vector<Token>& tokens = tokens_of[r.sentence];
        const std::string_view before = text.substr(tokens[r.last - 1].range.begin, tokens[r.last - 1].range.size());
        const auto it = before_last_word.find(text.substr(tokens[r.last].range.begin, tokens[r.last].range.size()));
        return it != before_last_word.end() &&
               std::any_of(it->second.begin(), it->second.end(), [&](const std::string& w) { return w != before; });
    };
    std::vector<Mention> found;
    for (const Run& r : runs) {
        const std::string_view name = run_text(r);
        const auto counted = bare_count.find(name);
        if (counted == bare_count.end() || !recurs(r, counted->second) || overlaps_taken(run_range(r))) continue;
        Mention m;
        m.kind = MentionKind::entity;
        m.range = run_range(r);
        m.sentence = r.sentence;
        m.in_boilerplate = article.blocks[article.sentences[r.sentence].block].kind == BlockKind::boilerplate;
        m.name = std::string(name);
        m.entity_kind = surname_alone(r) ? "person" : "organisation";
        found.push_back(std::move(m));
    }
    if (found.empty()) return;
    const std::size_t before = all.size();
    all.insert(all.end(), std::make_move_iterator(found.begin()), std::make_move_iterator(found.end()));
    std::inplace_merge(all.begin(), all.begin() + static_cast<std::ptrdiff_t>(before), all.end(), [](const Mention& a, const Mention& b) {
        return a.sentence != b.sentence ? a.sentence < b.sentence : a.range.begin < b.range.begin;
    });
}

}  // namespace ds

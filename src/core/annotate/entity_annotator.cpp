#include "core/annotate/entity_annotator.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <iterator>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>

#include "core/annotate/bracketed_short_names.h"
#include "core/annotate/name_shapes.h"
#include "core/annotate/name_widening.h"
#include "core/annotate/number_words.h"
#include "core/articles/date_text.h"
#include "core/text/text_scan.h"

namespace ds {

namespace {

// Nouns that introduce a name: "der Chipkonzern Qualcomm", "Finanzvorständin Anna Berger".
struct Cue { std::string_view suffix; bool person; };
constexpr Cue kCues[] = {
    {"konzern", false}, {"unternehmen", false}, {"startup", false}, {"firma", false}, {"hersteller", false}, {"anbieter", false},
    {"investor", false}, {"hedgefonds", false}, {"fonds", false}, {"bank", false}, {"gruppe", false}, {"entwickler", false},
    {"geber", false}, {"gesellschaft", false}, {"rivale", false}, {"konkurrent", false}, {"wettbewerber", false}, {"nachbar", false}, {"betreiber", false}, {"spezialist", false},
    {"versorger", false}, {"verwalter", false}, {"schmiede", false}, {"labor", false}, {"tochter", false}, {"holding", false},
    {"bauer", false}, {"plattform", false}, {"vermittler", false}, {"händler", false}, {"ausrüster", false}, {"zulieferer", false},
    {"fertiger", false}, {"dienst", false}, {"dienstleister", false}, {"riese", false}, {"designer", false}, {"softwarehaus", false}, {"bankhaus", false}, {"company", false}, {"firm", false}, {"lab", false}, {"maker", false}, {"provider", false}, {"operator", false}, {"rival", false},
    {"studio", false},
    // English nouns of what a firm is ("Kovrin, the AI hiring marketplace, …"; "maker", "lab" above).
    {"marketplace", false}, {"platform", false}, {"developer", false}, {"unicorn", false}, {"supplier", false}, {"manufacturer", false},
    {"producer", false}, {"builder", false}, {"insurer", false}, {"lender", false}, {"outfit", false}, {"specialist", false},
    {"vorständin", true}, {"vorstand", true}, {"chef", true}, {"chefin", true}, {"gründer", true}, {"gründerin", true},
    {"analyst", true}, {"analystin", true}, {"sprecher", true}, {"sprecherin", true}, {"geschäftsführer", true},
    {"geschäftsführerin", true}, {"präsident", true}, {"präsidentin", true}, {"ceo", true}, {"cfo", true}, {"cto", true}, {"minister", true},
    {"ministerin", true}, {"founder", true}, {"manager", true}, {"managerin", true}, {"direktor", true}, {"direktorin", true},
    {"vorsitzende", true}, {"vorsitzender", true}, {"kanzler", true}, {"kanzlerin", true}, {"partnerin", true}, {"chairman", true},
    {"executive", true}, {"officer", true},
    {"versicherung", false}, {"versicherer", false}, {"agentur", false}, {"verlag", false}, {"institut", false}, {"stiftung", false},
    // "der Beratung Kearney", "die Kanzlei Hengeler Mueller", "der Marktforscher Gartner" (before "forscher", a person).
    {"beratung", false}, {"kanzlei", false}, {"marktforscher", false}, {"analysehaus", false},
    // Who people are by trade: "der Physiker Vik Bajaj", "die Google-Forscher David Ha und …", "researcher Llion Jones".
    {"physiker", true}, {"forscher", true}, {"forscherin", true}, {"professor", true}, {"professorin", true}, {"professoren", true},
    {"wissenschaftler", true}, {"wissenschaftlerin", true}, {"ökonom", true}, {"ökonomin", true}, {"unternehmer", true},
    {"unternehmerin", true}, {"milliardär", true}, {"milliardärin", true}, {"politiker", true}, {"politikerin", true},
    {"bürgermeister", true}, {"bürgermeisterin", true}, {"researcher", true}, {"researchers", true}, {"scientist", true},
    {"billionaire", true}, {"entrepreneur", true}, {"economist", true},
};
constexpr std::string_view kLegalForms[] = {"GmbH", "AG", "SE", "Inc", "Corp", "Ltd", "LLC", "KG", "plc", "SA"};  // at most 4 bytes
// Capitalised words that are not names even after a cue.
constexpr std::string_view kNotNames[] = {"Der", "Die", "Das", "Ein", "Eine", "Im", "In", "Mit", "Und", "Von", "Für", "Auf", "Bei", "Nach",
                                          "KI", "US", "AI", "Milliarden", "Millionen", "Dollar", "Euro", "Prozent", "Tausende", "Hunderte", "Dutzende",
                                          // a place in the genitive after a cue: "das größte KI-Labor Europas"
                                          "Europas", "Deutschlands", "Amerikas", "Chinas", "Frankreichs", "Asiens", "Afrikas", "Japans", "Indiens",
                                          "Großbritanniens", "Bayerns", "Berlins", "Münchens", "Israels", "Kanadas", "Koreas", "Taiwans",
                                          // who reports, not who deals: "laut Medien", "Berichten zufolge", a live ticker's "Welcome"
                                          "Medien", "Medienberichten", "Berichten", "Berichte", "Insidern", "Insider", "Kreisen", "Welcome",
                                          // whom a firm serves, not who it is: "dessen Plattform Analysten und Data Scientists hilft"
                                          "Analysten", "Entwickler", "Entwicklern", "Kunden", "Nutzer", "Nutzern", "Forscher", "Forschern", "Firmen",
                                          "Anleger", "Anlegern", "Banken", "Behörden", "Kliniken", "Ärzte", "Ärzten", "Mitarbeiter", "Mitarbeitern",
                                          "Verbraucher", "Verbrauchern", "Menschen", "Händlern", "Programmierer", "Programmierern",
                                          // what a firm gets, not who it is: "sichert sich der Konzern Einfluss", "Kapital"
                                          "Einfluss", "Kapital", "Geld", "Zugang", "Aktien", "Anteile", "Wertpapiere", "Barmittel", "Rückenwind",
                                          // a time after the cue: "vor dem Börsengang des Cloud-Anbieters Ende März"
                                          "Ende", "Anfang", "Mitte", "Beginn"};

// Case-insensitive (ASCII) "ends with", without copying the word. From the last letter back: most
// words differ there, and every capitalised word is tried against every cue.
bool ends_with_ignoring_case(std::string_view w, std::string_view suffix) {
    if (w.size() < suffix.size()) return false;
    const std::string_view tail = w.substr(w.size() - suffix.size());
    for (std::size_t i = suffix.size(); i-- > 0;) {
        char c = tail[i];
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        if (c != suffix[i]) return false;
    }
    return true;
}

// The cue a word ends with, or the end of kCues. Cues are looked up by the word's last two letters
// (lower case): every capitalised word is asked, and most end unlike any cue.
const Cue* find_cue(std::string_view word) {
    const auto lower = [](char c) { return static_cast<unsigned char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c); };
    const auto tail = [&](std::string_view w) { return static_cast<std::uint16_t>(lower(w[w.size() - 2]) << 8 | lower(w[w.size() - 1])); };
    static const std::array<std::uint64_t, 1024> kTails = [&] {  // one bit per two-letter tail
        std::array<std::uint64_t, 1024> seen{};
        for (const Cue& c : kCues) seen[tail(c.suffix) / 64] |= std::uint64_t{1} << (tail(c.suffix) % 64);
        return seen;
    }();
    // The cues by their tail, in list order within one: a word ending in "er" asks only the cues that do.
    static const std::vector<std::pair<std::uint16_t, std::uint16_t>> kByTail = [&] {
        std::vector<std::pair<std::uint16_t, std::uint16_t>> by_tail;
        for (std::size_t k = 0; k < std::size(kCues); ++k) by_tail.emplace_back(tail(kCues[k].suffix), static_cast<std::uint16_t>(k));
        std::stable_sort(by_tail.begin(), by_tail.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        return by_tail;
    }();
    const auto exact = [&](std::string_view w) {
        if (w.size() < 2) return std::end(kCues);
        const std::uint16_t t = tail(w);
        if (!(kTails[t / 64] >> (t % 64) & 1)) return std::end(kCues);
        const auto first = std::lower_bound(kByTail.begin(), kByTail.end(), t, [](const auto& e, std::uint16_t v) { return e.first < v; });
        for (auto it = first; it != kByTail.end() && it->first == t; ++it) {
            if (ends_with_ignoring_case(w, kCues[it->second].suffix)) return &kCues[it->second];
        }
        return std::end(kCues);
    };
    if (const Cue* cue = exact(word); cue != std::end(kCues)) return cue;
    // German declines the noun before a name: "des Softwareanbieters X", "den Recruiting-Spezialisten X",
    // "dem Softwareriesen X", "die Investoren X und Y".
    static constexpr std::string_view kCaseEndings[] = {"s", "es", "n", "en"};
    for (const std::string_view ending : kCaseEndings) {
        if (word.size() > ending.size() + 3 && word.ends_with(ending)) {
            if (const Cue* cue = exact(word.substr(0, word.size() - ending.size())); cue != std::end(kCues)) return cue;
        }
    }
    return std::end(kCues);
}

// The token with a German or English genitive ending removed: "Microsofts", "OpenAI’s", "Hoffman's".
std::optional<std::string_view> without_genitive(std::string_view w) {
    if (scan::possessive_length(w)) return scan::without_possessive(w);
    if (w.size() > 3 && w.back() == 's') return w.substr(0, w.size() - 1);
    if (w.size() > 2 && (w.back() == '\'' || w.ends_with("’"))) return w.substr(0, w.size() - (w.back() == '\'' ? 1 : 3));
    return std::nullopt;
}

struct Match { std::size_t last_token; std::int32_t entity; };

// Longest gazetteer name starting at token i.
std::optional<Match> longest_match(std::string_view text, const std::vector<Token>& tokens, const NameTrie& trie, std::size_t i) {
    if (!trie.may_start_with(text[tokens[i].range.begin])) return std::nullopt;  // most words: no name starts like them
    std::optional<Match> best;
    std::uint32_t node = NameTrie::kRoot;
    for (std::size_t k = i; k < tokens.size(); ++k) {
        const std::string_view w = token_text(text, tokens[k]);
        // A genitive ends a name: "Altmans Entlassung", "Reid Hoffman's Charitable …" is tried whole first.
        if (const auto stripped = without_genitive(w)) {
            if (const auto end = trie.child(node, *stripped); end && trie.entity(*end) >= 0) best = Match{k, trie.entity(*end)};
        }
        const auto next = trie.child(node, w);
        if (!next) break;
        node = *next;
        if (trie.entity(node) >= 0) best = Match{k, trie.entity(node)};
    }
    return best;
}

bool capitalised_name(std::string_view w, const Token& t) {
    // Asked of most capitalised tokens: the lengths by first byte rule nearly all out before the list is searched.
    static constexpr scan::LengthsByFirstByte kNotNameShapes = [] {
        scan::LengthsByFirstByte shapes;
        for (const std::string_view n : kNotNames) shapes.add(n);
        return shapes;
    }();
    return !t.numeric && !t.symbol && scan::is_upper_at(w, 0) &&
           (!kNotNameShapes.may_hold(w) || std::find(std::begin(kNotNames), std::end(kNotNames), w) == std::end(kNotNames));
}


bool free_tokens(const std::vector<bool>& known, const std::vector<bool>& candidate, std::size_t first, std::size_t last) {
    for (std::size_t k = first; k <= last; ++k) {
        if (known[k] || candidate[k]) return false;
    }
    return true;
}

// "C.H. Beck", "D. E. Shaw": a single capital letter with its dot, an initial inside a name.
bool is_initial(std::string_view text, const Token& t) {
    return t.range.size() == 1 && text[t.range.begin] >= 'A' && text[t.range.begin] <= 'Z' && t.range.end < text.size() && text[t.range.end] == '.';
}

// What lies somewhere: a site, or being placed ("a campus in …", "based in …", "Werk in …").
bool is_site_word(std::string_view w) {
    static constexpr std::string_view kSiteWords[] = {
        "region", "campus", "site", "sites", "plant", "plants", "facility", "facilities", "centre", "center", "centres", "centers",
        "office", "offices", "factory", "fab", "fabs", "hub", "headquarters", "park", "cluster", "city", "town", "county", "province",
        "village", "based", "located", "headquartered", "built", "opened", "live", "operations", "lab", "laboratory", "mill", "mills",
        "reactor", "port", "Rechenzentrum", "Rechenzentren", "Standort", "Standorte", "Werk", "Werke", "Fabrik", "Sitz",
        "Campus", "Niederlassung", "Büro", "Zentrale", "Hauptsitz", "Stadt", "Gemeinde", "Region", "Labor", "Forschungszentrum",
        "ansässig", "angesiedelt", "gebaut", "eröffnet", "Gigafactory", "Chipfabrik", "Halbleiterwerk"};
    return std::find(std::begin(kSiteWords), std::end(kSiteWords), w) != std::end(kSiteWords);
}

void add_candidate(std::string_view text, const std::vector<Token>& tokens, std::size_t first, std::size_t last, bool person,
                   std::vector<bool>& candidate, std::vector<Mention>& out) {
    // "Know-how", "Joint-venture": a word joined to a lower-case one is a compound noun, not a name.
    if (last + 1 < tokens.size() && tokens[last + 1].hyphen_before && !scan::is_upper_at(token_text(text, tokens[last + 1]), 0)) return;
    // "Chipkonzern steigt bei … ein", "Softwarehersteller übernimmt …": a German compound of what a firm is, opening a
    // headline, is the noun that describes a firm, not its name.
    if (first == last) {
        const std::string_view w = token_text(text, tokens[first]);
        for (const std::string_view kind : {"konzern", "unternehmen", "hersteller", "anbieter", "betreiber", "entwickler", "spezialist", "ausrüster",
                                            "zulieferer", "dienstleister", "versorger", "riese", "bauer", "händler", "investor", "gruppe",
                                            // ("Die Videoplattform Rumble", "Der Videodienst …", "Die Bitcoin-Sparte …")
                                            "plattform", "dienst", "labor", "spezialist", "firma", "tochter", "sparte", "schmiede"}) {
            if (w.size() > kind.size() + 2 && ends_with_ignoring_case(w, kind)) return;
        }
    }
    // "the CHIPS Act", "the CHIPS and Science Act", "the Inflation Reduction Act": a law, not a firm.
    {
        const auto word_at = [&](std::size_t k) { return k < tokens.size() ? token_text(text, tokens[k]) : std::string_view(); };
        if (word_at(last) == "Act" || word_at(last + 1) == "Act" || (word_at(last + 1) == "and" && word_at(last + 3) == "Act")) return;
    }
    // "the Sunnyvale, California-based start-up", "Seattle-based": a place, not a firm.
    if (last + 1 < tokens.size()) {
        const std::string_view after = token_text(text, tokens[last + 1]);
        if (tokens[last + 1].hyphen_before && (after == "based" || after == "basierte" || after == "basierten")) return;
        static constexpr std::string_view kRegions[] = {"California", "Texas", "Virginia", "Washington", "Massachusetts", "Oregon", "Arizona", "Nevada",
                                                        "Ohio", "Georgia", "Louisiana", "Wisconsin", "Iowa", "Colorado", "Utah", "Florida", "Illinois",
                                                        "France", "Germany", "Israel", "Japan", "China", "India", "Canada", "Britain", "England", "Sweden",
                                                        "Finland", "Norway", "Switzerland", "Austria", "Bavaria", "Bayern", "Kalifornien"};
        const bool comma = tokens[last + 1].break_before &&
                           text.substr(tokens[last].range.end, tokens[last + 1].range.begin - tokens[last].range.end).find(',') != std::string_view::npos;
        if (comma && std::find(std::begin(kRegions), std::end(kRegions), after) != std::end(kRegions)) return;
    }
    // "a new region in Hyderabad", "ein Rechenzentrum in Visakhapatnam", "headquartered in Everett": where a site
    // lies is a place, not a firm (an unknown place had been made the investee of the money beside it).
    if (first >= 2 && is_site_word(token_text(text, tokens[first - 2]))) {
        const std::string_view at = token_text(text, tokens[first - 1]);
        if (at == "in" || at == "near" || at == "nahe" || at == "bei") return;
    }
    // "His Pittsburgh company", "its Texas site": a word between an owner's pronoun and a noun says where, not who.
    if (first >= 1 && last + 1 < tokens.size() && scan::is_one_of(token_text(text, tokens[first - 1]), {"his", "her", "its", "their", "our", "His", "Her", "Its", "Their", "Our"}) &&
        scan::is_one_of(token_text(text, tokens[last + 1]), {"company", "startup", "start-up", "firm", "group", "lab", "site", "campus", "plant", "team", "office", "headquarters", "facility"})) {
        return;
    }
    // "its first Kumamoto plant", "a new Ohio fab", "the second Abilene campus": a word between an order or "new" and a
    // site's noun says where the site is (an unknown place had been made the plant's investee).
    if (first >= 1 && last + 1 < tokens.size() &&
        scan::is_one_of(token_text(text, tokens[first - 1]), {"first", "second", "third", "new", "planned", "future", "existing", "proposed"}) &&
        scan::is_one_of(token_text(text, tokens[last + 1]), {"site", "campus", "plant", "fab", "factory", "facility", "facilities", "plants", "fabs", "sites"})) {
        return;
    }
    // "A YEAR OF SPENDING": a heading in capitals with a small word shouted too is no name ("NEA", "DST Global" stay).
    if (last > first) {
        bool all_shouted = true, function_word = false;
        for (std::size_t k = first; k <= last && all_shouted; ++k) {
            const std::string_view w = token_text(text, tokens[k]);
            all_shouted = std::none_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; });
            function_word = function_word || w == "OF" || w == "THE" || w == "AND" || w == "FOR" || w == "IN" || w == "ON" || w == "TO" ||
                            w == "DER" || w == "DIE" || w == "DAS" || w == "UND" || w == "VON" || w == "FÜR";
        }
        if (all_shouted && function_word) return;
    }
    // "Singapore's Manus": a place that owns the name is not part of it.
    for (std::size_t k = first; k < last; ++k) {
        const std::string_view w = token_text(text, tokens[k]);
        const std::string_view owner = scan::without_possessive(w);
        if (owner.size() < w.size() && (is_not_a_firm_word(owner) || is_english_common_capital(owner))) {
            for (std::size_t j = first; j <= k; ++j) candidate[j] = true;
            first = k + 1;
        }
    }
    // "D. E. Shaw Ventures", "J. P. Morgan": initials right before the name, each with its dot, are part of it.
    const auto initial_before = [&](std::size_t k) { return k > 0 && !candidate[k - 1] && !tokens[k].break_before && is_initial(text, tokens[k - 1]); };
    for (int steps = 0; steps < 3 && initial_before(first); ++steps) --first;
    Mention m;
    m.kind = MentionKind::entity;
    m.range = {tokens[first].range.begin, tokens[last].range.end};
    // "Lambda's round": the name without the possessive.
    m.range.end -= scan::possessive_length(text.substr(m.range.begin, m.range.size()));
    m.name = std::string(text.substr(m.range.begin, m.range.size()));
    m.entity_kind = person ? "person" : "organisation";
    out.push_back(std::move(m));
    for (std::size_t k = first; k <= last; ++k) candidate[k] = true;
}

// "Beignet Investor LLC": a legal form found as a name of its own ("LLC" was made a loan's lender)
// belongs to the unknown name right before it, one space away. Only the sentence's mentions, from
// `first` on, are looked at: `out` holds the article's so far.
void join_legal_forms(std::string_view text, std::vector<Mention>& out, std::size_t first) {
    std::vector<std::size_t> forms;
    for (std::size_t k = first; k < out.size(); ++k) {
        const Mention& m = out[k];
        if (m.kind == MentionKind::entity && !m.known && std::find(std::begin(kLegalForms), std::end(kLegalForms), m.name) != std::end(kLegalForms)) forms.push_back(k);
    }
    if (forms.empty()) return;
    std::unordered_map<std::size_t, std::size_t> ending_at;  // unknown names by where they end
    for (std::size_t k = first; k < out.size(); ++k)
        if (out[k].kind == MentionKind::entity && !out[k].known) ending_at.emplace(out[k].range.end, k);
    std::vector<bool> gone(out.size() - first, false);
    for (const std::size_t k : forms) {
        const std::size_t begin = out[k].range.begin;
        if (begin < 1 || text[begin - 1] != ' ') continue;
        const auto before = ending_at.find(begin - 1);
        if (before == ending_at.end() || gone[before->second - first] || before->second == k) continue;
        Mention& name = out[before->second];
        name.range.end = out[k].range.end;
        name.name = std::string(text.substr(name.range.begin, name.range.size()));
        gone[k - first] = true;
    }
    std::size_t kept = first;
    for (std::size_t k = first; k < out.size(); ++k) {
        if (gone[k - first]) continue;
        if (kept != k) out[kept] = std::move(out[k]);  // (never onto itself: that emptied the names)
        ++kept;
    }
    out.resize(kept);
}

// "hat … eingesammelt", "will … übernehmen": a deal's participle or infinitive after `from`, within the sentence's
// first 40 tokens.
bool deal_participle_after(std::string_view text, const std::vector<Token>& tokens, std::size_t from) {
    static constexpr std::string_view kDealParticiples[] = {"eingesammelt", "übernommen", "investiert", "erhalten", "gekauft", "gesichert",
                                                            "erworben", "eingeworben", "aufgenommen", "einsammeln", "übernehmen", "investieren",
                                                            "kaufen", "erwerben", "beteiligt", "eingestiegen", "einsteigen", "abgeschlossen"};
    for (std::size_t k = from; k < tokens.size() && k < 40; ++k) {
        if (std::find(std::begin(kDealParticiples), std::end(kDealParticiples), token_text(text, tokens[k])) != std::end(kDealParticiples)) return true;
    }
    return false;
}

// "American Express Ventures", "AI Futures Fund": words that open firms' names but are no names alone.
bool is_name_opener(std::string_view w) {
    // ("US Innovative Technology Fund", "UK Sovereign AI Fund": a country's short form opens a fund's name too.)
    for (std::string_view opener : {"American", "AI", "European", "British", "Global", "National", "United", "International", "US", "UK", "EU"}) {
        if (w == opener) return true;
    }
    return false;
}

// "8VC", "42CAP", "1E": a firm's name of digits then capitals (not "5G", "4K", "3D", nor an amount "2B").
bool digit_led_brand(std::string_view w) {
    std::size_t digits = 0;
    while (digits < w.size() && w[digits] >= '0' && w[digits] <= '9') ++digits;
    if (digits == 0 || digits > 3 || digits == w.size()) return false;
    for (std::size_t k = digits; k < w.size(); ++k) {
        if (w[k] < 'A' || w[k] > 'Z') return false;
    }
    const std::string_view letters = w.substr(digits);
    for (std::string_view unit : {"G", "K", "D", "B", "M", "T", "BN", "MN", "H", "Q", "X", "FA", "P", "GB", "TB", "MB", "KW", "MW", "GW", "NM"}) {
        if (letters == unit) return false;
    }
    return true;
}

// All capitals and long: a dateline or a shouted headline ("SEATTLE/SAN FRANCISCO"), not a firm.
bool shouted(std::string_view w) {
    return w.size() > 5 && std::none_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

bool english_not_name(std::string_view w);

bool firm_word(std::string_view text, const Token& t) {
    const std::string_view w = token_text(text, t);
    // "Europas größter Handelskonzern": a place's genitive is no firm either.
    const bool place_genitive = w.size() > 3 && w.back() == 's' && is_not_a_firm_word(w.substr(0, w.size() - 1));
    return w.size() > 1 && capitalised_name(w, t) && !is_not_a_firm_word(w) && !place_genitive && !shouted(w) && !english_not_name(w);
}

// People whose first names the list does not know, by what stands around them: "sagte Anand Mehrotra",
// "said Jun Rao"; "Gautam Adani, Gründer und Vorsitzender …", "Vijaye Raji, chief executive of …"; and
// the next item of a list that began with a person ("David Ha und Llion Jones").
void annotate_people_by_context(std::string_view text, const std::vector<Token>& tokens, const std::vector<bool>& known, std::vector<bool>& candidate,
                                std::vector<Mention>& out) {
    const auto word = [&](std::size_t k) { return token_text(text, tokens[k]); };
    // Two or three capitalised words from `first`, nothing between, none known or taken: the last index, or none.
    const auto two_or_three = [&](std::size_t first) -> std::optional<std::size_t> {
        if (first + 1 >= tokens.size() || tokens[first].hyphen_before) return std::nullopt;
        std::size_t last = first;
        // ("Ngozi Okafor-Smith", "Jan-Hendrik Brandt": a capitalised part after a hyphen belongs to the name.)
        while (last + 1 < tokens.size() && last - first < 3 && !tokens[last + 1].break_before &&
               (!tokens[last + 1].hyphen_before || last > first || is_first_name(word(last + 1))) && capitalised_name(word(last + 1), tokens[last + 1]) &&
               !is_organisation_suffix(word(last + 1))) {
            ++last;
        }
        if (last == first || !capitalised_name(word(first), tokens[first]) || is_organisation_suffix(word(first))) return std::nullopt;
        if (last + 1 < tokens.size() && !tokens[last + 1].break_before && (tokens[last + 1].hyphen_before || is_organisation_suffix(word(last + 1)))) return std::nullopt;
        for (std::size_t k = first; k <= last; ++k) {
            if (known[k] || candidate[k] || is_not_a_firm_word(word(k))) return std::nullopt;
        }
        if (is_english_common_capital(word(first))) return std::nullopt;  // ("Llion Jones" is a name, "The Times" is not)
        return last;
    };
    const auto founds = [](std::string_view x) {
        return x == "founded" || x == "co-founded" || x == "cofounded" || x == "started" || x == "gründete" || x == "gründeten" || x == "startete";
    };
    const auto founded_noun = [](std::string_view x) {
        return x == "company" || x == "start-up" || x == "startup" || x == "start" || x == "firm" || x == "business" || x == "Unternehmen" || x == "Start" ||
               x == "Startup" || x == "Firma";
    };
    const auto comma_before = [&](std::size_t k) {
        return k > 0 && tokens[k].break_before && text.substr(tokens[k - 1].range.end, tokens[k].range.begin - tokens[k - 1].range.end).find(',') != std::string_view::npos;
    };
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const std::string_view w = word(i);
        // (The verbs of saying start with "s", "e", "b" or "a": most tokens are ruled out by their first byte.)
        const bool says = !w.empty() && (w[0] == 's' || w[0] == 'e' || w[0] == 'b' || w[0] == 'a') &&
                          (w == "sagte" || w == "sagt" || w == "erklärte" || w == "betonte" || w == "said" || w == "says" || w == "added");
        if (says && i + 1 < tokens.size() && !tokens[i + 1].break_before) {
            if (const auto last = two_or_three(i + 1)) {
                add_candidate(text, tokens, i + 1, *last, true, candidate, out);
                i = *last;
                continue;
            }
        }
        // A name that opens its clause, then ", Gründer", ", Chef des …", ", chief executive": a person's apposition.
        // (Two capitalised words in a row first: most clauses open otherwise.)
        if ((i == 0 || tokens[i].break_before) && !(i > 0 && tokens[i].hyphen_before) && i + 2 < tokens.size() && !tokens[i + 1].break_before &&
            scan::is_upper_at(w, 0) && scan::is_upper_at(word(i + 1), 0)) {
            const auto last = two_or_three(i);
            if (last && *last + 2 < tokens.size() && comma_before(*last + 1)) {
                const Cue* cue = find_cue(word(*last + 1));
                if (cue != std::end(kCues) && cue->person) {
                    add_candidate(text, tokens, i, *last, true, candidate, out);
                    i = *last;
                    continue;
                }
            }
            // "Sachin Dev Duggal started the company in 2016", "Anna Berger gründete das Start-up": who founds a firm is a person.
            if (last && *last + 3 < tokens.size() && !tokens[*last + 1].break_before && founds(word(*last + 1))) {
                bool firm_follows = false;
                for (std::size_t k = *last + 2; k < tokens.size() && k <= *last + 3 && !tokens[k].break_before; ++k) firm_follows |= founded_noun(word(k));
                if (firm_follows) {
                    add_candidate(text, tokens, i, *last, true, candidate, out);
                    i = *last;
                    continue;
                }
            }
        }
    }
    // "David Ha und Llion Jones": after a person and "und"/"and", two capitalised words are a person too.
    const bool any_and = std::any_of(tokens.begin(), tokens.end(), [&](const Token& t) {
        const std::string_view w = token_text(text, t);
        return w == "und" || w == "and" || w == "sowie";
    });
    if (!any_and) return;
    std::vector<std::size_t> person_ends;  // sorted once: a text may list thousands of people
    // (Only this sentence's: `out` holds the article's mentions so far, and this runs once per sentence.)
    for (auto m = out.rbegin(); m != out.rend() && !tokens.empty() && m->range.begin >= tokens.front().range.begin; ++m) {
        if (m->kind == MentionKind::entity && m->entity_kind == "person") person_ends.push_back(m->range.end);
    }
    std::sort(person_ends.begin(), person_ends.end());
    for (std::size_t i = 1; i + 2 < tokens.size() && !person_ends.empty(); ++i) {
        const std::string_view w = word(i);
        if (w != "und" && w != "and" && w != "sowie") continue;
        if (!std::binary_search(person_ends.begin(), person_ends.end(), tokens[i - 1].range.end)) continue;
        if (const auto last = two_or_three(i + 1)) {
            add_candidate(text, tokens, i + 1, *last, true, candidate, out);
            i = *last;
        }
    }
}

// Names the cues and legal forms missed, by their shape (name_shapes.h): "Jonas Andrulis",
// "Black Forest Labs", "CoreWeave", "G42", "Mistral-Chef", "die Schwarz-Gruppe", and the other
// members of a list that names an organisation ("Bosch, SAP und Siemens").
void annotate_name_shapes(std::string_view text, const std::vector<Token>& tokens, const std::vector<bool>& known, std::vector<bool>& candidate,
                          std::vector<Mention>& out) {
    const auto word = [&](std::size_t k) { return token_text(text, tokens[k]); };
    const auto joined = [&](std::size_t k) { return k < tokens.size() && !tokens[k].break_before; };
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (known[i] || candidate[i] || tokens[i].symbol) continue;
        const std::string_view w = word(i);
        if (tokens[i].numeric) {
            // (Numbers are many: one that does not end in a capital is ruled out at once.)
            const bool ends_in_capital = w.back() >= 'A' && w.back() <= 'Z';
            if (ends_in_capital && digit_led_brand(w) && !(i > 0 && tokens[i - 1].symbol) && !tokens[i].hyphen_before) {
                add_candidate(text, tokens, i, i, false, candidate, out);
            }
            continue;
        }
        // Every shape below starts with a capital, or has one inside ("xAI"); most words have neither.
        if (!scan::is_upper_at(w, 0) && std::none_of(w.begin(), w.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; })) continue;
        // A first name and a capitalised surname (with "von", "de", "van" between).
        // ("Jan-Hendrik Brandt", "Anna-Lena Roth": two first names joined by a hyphen are one.)
        const bool double_first = is_first_name(w) && i + 2 < tokens.size() && joined(i + 1) && tokens[i + 1].hyphen_before && is_first_name(word(i + 1)) &&
                                  joined(i + 2) && !tokens[i + 2].hyphen_before;
        if ((is_first_name(w) && joined(i + 1) && !tokens[i + 1].hyphen_before) || double_first) {
            std::size_t last = double_first ? i + 2 : i + 1;
            if ((word(last) == "von" || word(last) == "de" || word(last) == "van" || word(last) == "der") && joined(last + 1)) ++last;
            if (last < tokens.size() && capitalised_name(word(last), tokens[last]) && !is_organisation_suffix(word(last)) && free_tokens(known, candidate, i, last)) {
                add_candidate(text, tokens, i, last, true, candidate, out);
                i = last;
                continue;
            }
        }
        // Up to three capitalised words and a word that ends firms' names: "Thrive Capital", "Mistral AI".
        // "Durable Capital Partners": the last of two such words ends the name.
        // ("Der Münchner Cloud-Anbieter X": a word joined to a cue noun starts a compound, it ends no name.)
        const bool starts_compound = i + 1 < tokens.size() && tokens[i + 1].hyphen_before &&
                                     (find_cue(word(i + 1)) != std::end(kCues) || word(i + 1) == "Start");  // "Software-Start-up"
        // ("Voice AI startup Sonnet", "Generative AI company Kova": the words describe the firm named after the noun.)
        const bool describes_next = i + 2 < tokens.size() && !tokens[i + 1].break_before && !tokens[i + 2].break_before &&
                                    scan::is_one_of(word(i + 1), {"startup", "start-up", "company", "firm", "lab", "maker", "developer", "unicorn",
                                                                  "specialist", "provider", "platform", "outfit", "player"}) &&
                                    capitalised_name(word(i + 2), tokens[i + 2]);
        if (i > 0 && !tokens[i].break_before && !tokens[i].hyphen_before && is_organisation_suffix(w) && !starts_compound && !describes_next &&
            !(i + 1 < tokens.size() && !tokens[i + 1].break_before && is_organisation_suffix(word(i + 1)))) {
            std::size_t first = i;
            // Not across a compound ("US-Serverbauer ZT Systems") or a cue noun ("Chipkonzern").
            while (first > 0 && i - first < 4 && !known[first - 1] && !candidate[first - 1] && (first == i || !tokens[first].break_before) &&
                   !tokens[first].hyphen_before && !tokens[first - 1].hyphen_before &&
                   (firm_word(text, tokens[first - 1]) || (first < i && is_name_opener(word(first - 1))) ||
                    is_organisation_suffix(word(first - 1))) &&  // ("Innovative Technology Fund": a suffix word inside)
                   find_cue(word(first - 1)) == std::end(kCues)) {
                --first;
            }
            // "1789 Capital", "500 Ventures": a number of two to four digits right before an investor's
            // word opens the name (no amount or count stands before these words).
            if (first == i && (w == "Capital" || w == "Ventures" || w == "Partners") && tokens[i - 1].numeric && !tokens[i - 1].hyphen_before &&
                word(i - 1).size() >= 2 && word(i - 1).size() <= 4 &&
                std::all_of(word(i - 1).begin(), word(i - 1).end(), [](char c) { return c >= '0' && c <= '9'; }) && !known[i - 1] && !candidate[i - 1]) {
                first = i - 1;
            }
            // ("des Londoner Investors Highland Europe": the German genitive of "Investor", no name's end.)
            const bool genitive = w == "Investors" && first > 0 && (word(first - 1) == "des" || word(first - 1) == "eines");
            if (first < i && !genitive) {
                add_candidate(text, tokens, first, i, false, candidate, out);
                continue;
            }
        }
        // "X-Chef", "X-Gruppe": the word joined to a role or a group noun is a firm's name.
        if (i + 1 < tokens.size() && tokens[i + 1].hyphen_before && firm_word(text, tokens[i]) && w.size() >= 3 && !tokens[i].hyphen_before &&
            (is_role_after_firm(word(i + 1)) || word(i + 1) == "Gruppe" || word(i + 1) == "Holding" || word(i + 1) == "Stiftung" ||
             word(i + 1) == "Group")) {
            const bool group = !is_role_after_firm(word(i + 1));
            add_candidate(text, tokens, i, group ? i + 1 : i, false, candidate, out);
            if (group) ++i;
            continue;
        }
        // "BDT & MSD Partners", "Christ & Company": capitalised words joined by "&", with a word that ends firms' names.
        if (i + 1 < tokens.size() && tokens[i + 1].range.begin - tokens[i].range.end <= 3 &&
            text.substr(tokens[i].range.end, tokens[i + 1].range.begin - tokens[i].range.end).find('&') != std::string_view::npos &&
            firm_word(text, tokens[i]) && (firm_word(text, tokens[i + 1]) || word(i + 1) == "Company" || word(i + 1) == "Co")) {
            std::size_t last = i + 1;
            if (last + 1 < tokens.size() && !tokens[last + 1].break_before && is_organisation_suffix(word(last + 1))) ++last;
            if (free_tokens(known, candidate, i, last)) {
                add_candidate(text, tokens, i, last, false, candidate, out);
                i = last;
                continue;
            }
        }
        // Brand shapes: "CoreWeave", "DeepL", "MGX", "G42"; a following brand word joins ("SambaNova Systems" is taken above).
        const auto all_caps = [&](std::size_t k) {
            const auto x = word(k);
            return x.size() >= 2 && std::none_of(x.begin(), x.end(), [](char c) { return c >= 'a' && c <= 'z'; });
        };
        const bool in_caps_run = (i > 0 && all_caps(i - 1) && !known[i - 1]) || (i + 1 < tokens.size() && all_caps(i + 1) && !known[i + 1]);
        // A dateline shouts its place ("LONDON, 4 February"): a word in capitals that is a place is no acronym of a firm.
        if (!tokens[i].hyphen_before && has_brand_shape(w) && !in_caps_run && !english_not_name(w)) {
            // "WCM Investment Management", "Christ&Company Consulting": the words that end a firm's name join it.
            std::size_t last = i;
            for (std::size_t j = i + 1; j <= i + 2 && j < tokens.size() && joined(j) && !tokens[j].hyphen_before && firm_word(text, tokens[j]) && !known[j]; ++j) {
                if (is_organisation_suffix(word(j))) last = j;
            }
            add_candidate(text, tokens, i, last, false, candidate, out);
            i = last;
            continue;
        }
    }
    // Lists: capitalised items joined by commas and "und"/"and"/"sowie" where one item is an
    // organisation make the others organisations too.
    const auto is_and = [&](std::size_t k) { const auto x = word(k); return x == "und" || x == "and" || x == "sowie" || x == "&" || x == "or" || x == "oder"; };
    const auto is_article = [&](std::size_t k) { const auto x = word(k); return x == "die" || x == "der" || x == "das" || x == "den" || x == "dem" || x == "the"; };
    const auto is_indefinite = [&](std::size_t k) {
        const auto x = word(k);
        return x == "ein" || x == "eine" || x == "einen" || x == "einem" || x == "einer" || x == "a" || x == "an";
    };
    const auto is_determiner = [](std::string_view x) {
        for (std::string_view d : {"dieselben", "dieselbe", "denselben", "diese", "dieser", "diesen", "alle", "allen", "viele", "vielen", "seine",
                                   "seinen", "ihre", "ihren", "unsere", "keine", "manche", "einige", "mehrere", "beide", "beiden", "zahlreiche",
                                   "sämtliche", "jene", "welche"}) {
            if (x == d) return true;
        }
        return false;
    };
    struct Item { std::size_t first, last; };
    // Without a firm in the sentence there is no list of firms.
    const bool any_anchor = std::any_of(known.begin(), known.end(), [](bool b) { return b; }) ||
                            std::any_of(candidate.begin(), candidate.end(), [](bool b) { return b; });
    std::size_t i = any_anchor ? 0 : tokens.size();
    while (i < tokens.size()) {
        std::vector<Item> items;
        bool has_firm = false;
        std::size_t k = i;
        while (k < tokens.size()) {
            if (!items.empty()) {
                // Between items: a comma or "und", maybe "die" (a colon or a bracket ends the list).
                const bool comma = tokens[k].break_before && text.substr(tokens[k - 1].range.end, tokens[k].range.begin - tokens[k - 1].range.end).find(',') != std::string_view::npos;
                if (is_and(k) && !tokens[k].break_before) ++k;
                else if (!comma) break;
                // "aus Zusagen, die Microsoft und Nvidia gemacht hatten": a word no one knows, then a comma and an
                // article that opens a relative clause (it ends with its verb, in lower case), is no list.
                // ("Invest-NL, der EIC Fund und …" is one.)
                if (k < tokens.size() && is_article(k) && comma && items.size() == 1 && !known[items[0].first] && !candidate[items[0].first]) {
                    std::size_t end = k + 1;
                    while (end < tokens.size() && !tokens[end].break_before) ++end;
                    if (end - 1 > k && !scan::is_upper_at(word(end - 1), 0) && !tokens[end - 1].numeric) break;
                }
                if (k < tokens.size() && is_article(k)) ++k;
            }
            if (k >= tokens.size()) break;
            std::size_t last = k;
            const bool firm = known[k] || candidate[k];
            // "ein Zukauf, den Helsing …": after an indefinite article too, a common noun.
            const bool after_article = k > 0 && (is_article(k - 1) || is_indefinite(k - 1));
            // "mit sechs Gigawatt sowie Broadcom": after a number, a unit.
            bool article_like = false;
            const bool after_number = k > 0 && (tokens[k - 1].numeric || (number_word_value(word(k - 1), article_like) && !article_like));
            // An unknown word after an article, or with a German noun's ending, is a common noun ("die Mietverträge").
            // ("um dieselben Kunden, Microsoft mit …", "viele Anleger und Nvidia": after a determiner too; asked last, of few words.)
            if (!firm && (!firm_word(text, tokens[k]) || after_article || after_number || common_noun_ending(word(k)) || (k > 0 && is_determiner(word(k - 1))))) break;
            // "Gautam Adani, Gründer der Adani Group": a cue noun describes, it is no item.
            if (!firm && find_cue(word(k)) != std::end(kCues)) break;
            while (last + 1 < tokens.size() && !tokens[last + 1].break_before && (known[last + 1] || candidate[last + 1] || firm_word(text, tokens[last + 1])) &&
                   last - k < 2 && !is_and(last + 1)) {
                ++last;
            }
            has_firm = has_firm || firm;
            items.push_back({k, last});
            k = last + 1;
        }
        if (items.size() >= 2 && has_firm) {
            for (const Item& item : items) {
                if (free_tokens(known, candidate, item.first, item.last)) add_candidate(text, tokens, item.first, item.last, false, candidate, out);
            }
        }
        i = items.empty() ? i + 1 : items.back().last + 1;
    }
}

constexpr std::string_view kEnglishDealVerbs[] = {
    "had", "has", "have", "is", "was", "will", "would", "raised", "raises", "said", "says", "agreed", "signed", "announced", "plans",
    "acquired", "acquires", "invested", "invests", "took", "takes", "bought", "buys", "leads", "led", "closed", "secured", "struck",
    "reached", "committed", "pledged", "valued", "also", "now", "could", "may", "might", "did", "does", "sold", "sells", "won",
    "collected", "collects", "lands", "landed", "bagged", "bags", "nabbed", "nabs", "snagged", "secures", "closes", "completed", "received",
    "receives", "gets", "got", "unveiled", "launched", "partnered", "teamed", "inked", "expanded",
};

bool english_not_name(std::string_view w) {
    if (is_english_common_capital(w) || (w.ends_with("day") && w.size() >= 6 && w.size() <= 9 && w != "Today")) return true;
    // A dateline shouts its places ("SINGAPORE/SAN FRANCISCO —"): a word in capitals is what its
    // title-cased form is.
    if (w.size() >= 3 && w.size() <= 16 && std::all_of(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) {
        std::string titled(w);
        for (std::size_t k = 1; k < titled.size(); ++k) titled[k] = static_cast<char>(titled[k] - 'A' + 'a');
        return is_english_common_capital(titled) || is_not_a_firm_word(titled);
    }
    return false;
}

bool english_name_word(std::string_view text, const Token& t) {
    const std::string_view w = token_text(text, t);
    // ("South Korea's Samsung Securities": a place's possessive is the place.)
    return w.size() > 1 && capitalised_name(w, t) && !is_not_a_firm_word(scan::without_possessive(w)) && !t.hyphen_before && !english_not_name(w);
}

// English: a run of capitalised words inside a sentence is a name ("Vy Capital", "Coatue
// Management"); at its start only before a verb of deal reporting ("Inflection had raised …").
void annotate_english_capitals(std::string_view text, const std::vector<Token>& tokens, const std::vector<bool>& known,
                               std::vector<bool>& candidate, std::vector<Mention>& out) {
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (known[i] || candidate[i] || !english_name_word(text, tokens[i])) continue;
        std::size_t last = i;
        // ("Runway's Cristóbal Valenzuela": a possessive ends the name.)
        while (last + 1 < tokens.size() && last - i < 3 && !tokens[last + 1].break_before && !known[last + 1] && !candidate[last + 1] &&
               scan::possessive_length(token_text(text, tokens[last])) == 0 &&
               (english_name_word(text, tokens[last + 1]) || is_organisation_suffix(token_text(text, tokens[last + 1])))) {
            ++last;
        }
        if (i == 0) {
            const std::string_view next = last + 1 < tokens.size() ? token_text(text, tokens[last + 1]) : std::string_view();
            if (std::find(std::begin(kEnglishDealVerbs), std::end(kEnglishDealVerbs), next) == std::end(kEnglishDealVerbs)) {
                i = last;
                continue;
            }
            // "Equity is only part of it": after "is"/"was" a firm goes on with a deal ("is raising",
            // "is in talks", "was valued"), a common noun with anything.
            if (next == "is" || next == "was") {
                const std::string_view after = last + 2 < tokens.size() ? token_text(text, tokens[last + 2]) : std::string_view();
                static constexpr std::string_view kGoesOn[] = {"in", "set", "to", "expected", "said", "reported", "reportedly", "valued", "about",
                                                               "close", "near", "now", "also", "being", "planning", "backed", "founded", "acquired",
                                                               "bought", "sold", "one", "the", "a", "an", "among", "buying", "raising"};
                const bool goes_on = after.ends_with("ing") || std::find(std::begin(kGoesOn), std::end(kGoesOn), after) != std::end(kGoesOn);
                if (!goes_on) {
                    i = last;
                    continue;
                }
            }
        }
        // "AMD's Instinct graphics processors", "Nvidia's Blackwell chips": after a known firm's possessive, a
        // name before a word for what it makes is a product line, not a firm.
        if (i > 0 && known[i - 1] && scan::possessive_length(token_text(text, tokens[i - 1])) > 0 && last + 1 < tokens.size()) {
            static constexpr std::string_view kThings[] = {"processors", "processor", "chips", "chip", "gpus", "gpu", "accelerators", "graphics",
                                                           "models", "model", "servers", "supercomputers", "cloud", "platform", "chatbot", "assistant"};
            const std::string_view next = token_text(text, tokens[last + 1]);
            if (std::find(std::begin(kThings), std::end(kThings), next) != std::end(kThings)) {
                i = last;
                continue;
            }
        }
        // "How does this compare with TSMC in Kumamoto?": one word after a firm and "in" is where the firm is.
        if (i >= 2 && last == i && known[i - 2] && token_text(text, tokens[i - 1]) == "in" && !tokens[i - 1].break_before) {
            continue;
        }
        const bool person = is_first_name(token_text(text, tokens[i])) && last > i;
        add_candidate(text, tokens, i, last, person, candidate, out);
        i = last;
    }
}
// "the Ministry of Economy, Trade and Industry", "das Bundesministerium für Wirtschaft und Klimaschutz": a
// ministry's or department's name runs over capitalised words joined by commas and "and" until a word in lower case.
void annotate_ministries(std::string_view text, const std::vector<Token>& tokens, const std::vector<bool>& known, std::vector<bool>& candidate,
                         std::vector<Mention>& out) {
    const auto word = [&](std::size_t k) { return token_text(text, tokens[k]); };
    const auto comma_before = [&](std::size_t k) {
        return text.substr(tokens[k - 1].range.end, tokens[k].range.begin - tokens[k - 1].range.end).find_first_not_of(", ") == std::string_view::npos;
    };
    for (std::size_t i = 0; i + 2 < tokens.size(); ++i) {
        const std::string_view w = word(i);
        if (w != "Ministry" && w != "Department" && w != "Ministerium" && w != "Bundesministerium" && w != "Staatsministerium") continue;
        if (known[i] || candidate[i] || !scan::is_one_of(word(i + 1), {"of", "for", "für"}) || tokens[i + 1].break_before) continue;
        std::size_t last = i + 1;
        for (std::size_t k = i + 2; k < tokens.size() && k <= i + 10 && !known[k] && !candidate[k]; ++k) {
            const bool joins = scan::is_one_of(word(k), {"and", "und", "of", "for", "für", "the"}) && !tokens[k].break_before;
            const bool capital = scan::is_upper_at(word(k), 0) && !tokens[k].hyphen_before && (!tokens[k].break_before || comma_before(k));
            if (!joins && !capital) break;
            if (capital) last = k;
        }
        if (last < i + 2) continue;
        add_candidate(text, tokens, i, last, false, candidate, out);
        i = last;
    }
}

// "the Malaysian government", "die indonesische Regierung": a state named by its people's adjective, a party of grants
// and state deals the gazetteer may not list.
void annotate_governments(std::string_view text, const std::vector<Token>& tokens, const std::vector<bool>& known, std::vector<bool>& candidate,
                          std::vector<Mention>& out) {
    const auto word = [&](std::size_t k) { return token_text(text, tokens[k]); };
    for (std::size_t i = 1; i < tokens.size(); ++i) {
        const std::string_view w = word(i);
        const bool english = w == "government";
        const bool german = w == "Regierung" || w == "Staatsregierung" || w == "Zentralregierung";
        if ((!english && !german) || known[i] || candidate[i] || known[i - 1] || candidate[i - 1] || tokens[i].break_before) continue;
        const std::string_view adjective = word(i - 1);
        // English: "Malaysian", "Japanese", "Spanish", "Israeli" (not "The government", nor a possessive "Malaysia's"; the
        // people's adjectives are common capitals elsewhere, not names).
        const bool english_people = english && scan::is_upper_at(adjective, 0) && adjective.size() >= 4 && adjective.find('\'') == std::string_view::npos &&
                                    adjective.find("\xE2\x80\x99") == std::string_view::npos &&
                                    (adjective.ends_with("an") || adjective.ends_with("ese") || adjective.ends_with("ish") || adjective.ends_with("i") ||
                                     adjective.ends_with("ch"));
        // German: "malaysische", "indonesischen", "französische".
        const bool german_people = german && !scan::is_upper_at(adjective, 0) &&
                                   (adjective.ends_with("sche") || adjective.ends_with("schen"));
        if (!english_people && !german_people) continue;
        add_candidate(text, tokens, i - 1, i, false, candidate, out);
    }
}

// "eine Neugründung namens Lila Sciences": what follows "namens" is a name.
void annotate_named_as(std::string_view text, const std::vector<Token>& tokens, const std::vector<bool>& known, std::vector<bool>& candidate,
                       std::vector<Mention>& out) {
    for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
        if (token_text(text, tokens[i]) != "namens" || tokens[i + 1].break_before) continue;
        std::size_t last = i;
        for (std::size_t k = i + 1; k < tokens.size() && k <= i + 4 && !known[k] && !candidate[k] && (k == i + 1 || !tokens[k].break_before); ++k) {
            const std::string_view w = token_text(text, tokens[k]);
            if (!scan::is_upper_at(w, 0) && !tokens[k].numeric) break;
            last = k;
        }
        if (last > i) add_candidate(text, tokens, i + 1, last, false, candidate, out);
    }
}

// "die Universität Bristol", "das Institut für Mikroelektronik Stuttgart", "the University of Bristol": a research body
// named by its kind, then "für"/"of"/"for" and capitalised words, or a place right after.
void annotate_institutions(std::string_view text, const std::vector<Token>& tokens, const std::vector<bool>& known, std::vector<bool>& candidate,
                           std::vector<Mention>& out) {
    const auto word = [&](std::size_t k) { return token_text(text, tokens[k]); };
    for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
        const std::string_view w = word(i);
        if (w.size() < 7 || (w[0] != 'U' && w[0] != 'I' && w[0] != 'H' && w[0] != 'F' && w[0] != 'A')) continue;  // most words stop here
        if (!scan::is_one_of(w, {"Universität", "University", "Institut", "Institute", "Hochschule", "Forschungszentrum", "Akademie", "Academy"})) continue;
        if (known[i] || candidate[i] || tokens[i].hyphen_before) continue;
        const bool joined = !tokens[i + 1].break_before && !known[i + 1] && !candidate[i + 1];
        std::size_t last = i;
        if (joined && scan::is_one_of(word(i + 1), {"für", "of", "for"})) {
            // "Institut für Mikroelektronik Stuttgart", "Massachusetts Institute of Technology" (up to four words, to a comma).
            for (std::size_t k = i + 2; k < tokens.size() && k <= i + 5 && !known[k] && !candidate[k] && !tokens[k].break_before; ++k) {
                if (!scan::is_upper_at(word(k), 0) && !scan::is_one_of(word(k), {"und", "and", "of", "für"})) break;
                if (scan::is_upper_at(word(k), 0)) last = k;
            }
        } else if (joined && scan::is_upper_at(word(i + 1), 0) && !tokens[i + 1].numeric && !common_noun_ending(word(i + 1))) {
            last = i + 1;  // "Universität Bristol", "Hochschule München"
        }
        if (last == i) continue;
        // ("Technische Universität", "Freie Universität": the adjective before it is part of the name.)
        std::size_t first = i;
        if (i > 0 && !tokens[i].break_before && !known[i - 1] && !candidate[i - 1] && scan::is_one_of(word(i - 1), {"Technische", "Technischen", "Freie", "Freien"})) --first;
        add_candidate(text, tokens, first, last, false, candidate, out);
        i = last;
    }
}

// "• Substrate — more than $100m raised …", "- Lumora – 20 Mio. Euro …": a list item that opens with a name and a dash
// is about that firm.
void annotate_item_head(std::string_view text, const std::vector<Token>& tokens, const std::vector<bool>& known, std::vector<bool>& candidate,
                        std::vector<Mention>& out) {
    if (tokens.size() < 3 || known[0] || candidate[0]) return;
    std::size_t at = tokens[0].range.begin;
    while (at > 0 && text[at - 1] == ' ') --at;
    const bool bullet = (at >= 3 && text.substr(at - 3, 3) == "\xE2\x80\xA2") || (at >= 1 && (text[at - 1] == '-' || text[at - 1] == '*'));
    if (!bullet) return;
    std::size_t last = 0;
    while (last + 1 < tokens.size() && last < 2 && !tokens[last + 1].break_before && !known[last + 1] && scan::is_upper_at(token_text(text, tokens[last + 1]), 0)) ++last;
    if (last + 1 >= tokens.size()) return;
    const std::string_view gap = text.substr(tokens[last].range.end, tokens[last + 1].range.begin - tokens[last].range.end);
    const bool dash = gap == " \xE2\x80\x94 " || gap == " \xE2\x80\x93 " || gap == " - ";
    if (!dash || !scan::is_upper_at(token_text(text, tokens[0]), 0) || is_not_a_firm_word(token_text(text, tokens[0])) ||
        is_english_common_capital(token_text(text, tokens[0]))) {
        return;
    }
    add_candidate(text, tokens, 0, last, false, candidate, out);
}

}  // namespace

// German text: "Leaps by Bayer" — German has no word "by", so two names joined by it are one (a unit named by its owner). The
// owner's own mention makes way for it.
static void join_names_by(std::string_view text, std::vector<Mention>& out, std::size_t first) {
    // (A sentence's mentions are not in text order here: known names come first. Where each starts is found once, so a
    // sentence of thousands of "A by B by C" stays linear.)
    std::unordered_map<std::size_t, std::size_t> starting;
    for (std::size_t k = first; k < out.size(); ++k) {
        if (out[k].kind == MentionKind::entity && out[k].entity_kind != "person") starting.emplace(out[k].range.begin, k);
    }
    std::vector<bool> joined(out.size(), false);
    for (std::size_t k = first; k < out.size(); ++k) {
        if (joined[k] || out[k].kind != MentionKind::entity || out[k].entity_kind == "person" || text.substr(out[k].range.end, 4) != " by ") continue;
        const auto b = starting.find(out[k].range.end + 4);
        if (b == starting.end() || b->second == k || joined[b->second]) continue;
        Mention& a = out[k];
        a.range.end = out[b->second].range.end;
        a.name = std::string(text.substr(a.range.begin, a.range.size()));
        a.known = false;
        a.entity_id.clear();
        a.entity_kind = "organisation";
        joined[b->second] = true;  // the owner's own mention makes way
    }
    std::size_t kept = first;
    for (std::size_t k = first; k < out.size(); ++k) {
        if (joined[k]) continue;
        if (kept != k) out[kept] = std::move(out[k]);
        ++kept;
    }
    out.resize(kept);
}

void annotate_entities(std::string_view text, const std::vector<Token>& tokens, const Gazetteer& gazetteer, std::vector<Mention>& out,
                       bool german) {
    const std::size_t sentence_first = out.size();
    std::vector<bool> known(tokens.size(), false);
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const auto match = longest_match(text, tokens, gazetteer.trie, i);
        if (!match) continue;
        const Entity& e = gazetteer.entities[static_cast<std::size_t>(match->entity)];
        // "der Venture-Arm der Google-Mutter": a known name that is also a common noun, as a compound's last part, is
        // that noun ("Arm" the chip designer stands alone or before its own hyphen: "Arm-Chips").
        if (tokens[i].hyphen_before && match->last_token == i && token_text(text, tokens[i]) == "Arm") continue;
        // "Anand Mehrotra" is not Sanjay Mehrotra: a known person's surname after another first name is someone else's.
        if (e.kind == "person" && match->last_token == i && i > 0 && !tokens[i].break_before && is_first_name(token_text(text, tokens[i - 1]))) continue;
        // "Blackrock Neurotech" is not BlackRock: a known name written otherwise than the gazetteer writes it, with a
        // capitalised word right after, is part of another firm's name.
        // (German capitalises nouns: there the word must end firms' names — "Softbank Kasse gemacht" is SoftBank.)
        const auto ends_a_name = [&](std::string_view w) { return !german || is_organisation_suffix(w) || w.ends_with("tech") || w.ends_with("Tech"); };
        if (match->last_token + 1 < tokens.size() && !tokens[match->last_token + 1].break_before && !tokens[match->last_token + 1].hyphen_before &&
            scan::is_upper_at(token_text(text, tokens[match->last_token + 1]), 0) && ends_a_name(token_text(text, tokens[match->last_token + 1]))) {
            const std::string_view written = text.substr(tokens[i].range.begin, tokens[match->last_token].range.end - tokens[i].range.begin);
            const bool as_listed = written == e.name || std::find(e.aliases.begin(), e.aliases.end(), written) != e.aliases.end();
            const bool case_differs = !as_listed && std::any_of(written.begin(), written.end(), [](char c) { return c >= 'a' && c <= 'z'; });
            if (case_differs && e.name.size() == written.size()) continue;
        }
        Mention m;
        m.kind = MentionKind::entity;
        m.range = {tokens[i].range.begin, tokens[match->last_token].range.end};
        // "Databricks Ventures", "AMD Ventures", "OpenAI Foundation": a known firm's name before a word of
        // a fund or a foundation names another body (its venture arm), which the gazetteer does not know.
        const std::size_t next = match->last_token + 1;
        // (A person's name too: "Bezos Expeditions", "Schmidt Futures" are the person's investment firms.)
        static constexpr std::string_view kArms[] = {"Ventures", "Capital", "Foundation", "Stiftung", "Fund", "Fonds", "Growth", "Investments", "Securities"};
        static constexpr std::string_view kPersonsFirms[] = {"Expeditions", "Futures", "Ventures", "Capital", "Foundation", "Stiftung", "Fund",
                                                             "Investments", "Holdings", "Family"};
        std::string_view next_word = next < tokens.size() ? token_text(text, tokens[next]) : std::string_view();
        // ("Volvo Cars Tech Fund", "Samsung Catalyst Fund", "KDDI Open Innovation Fund", "Goldman Sachs Asset Management",
        // "Samsung Securities": up to three capitalised words, the last a word of a fund or a firm that manages money.)
        std::size_t arm_last = next;
        if (e.kind != "person") {
            for (std::size_t k = next; k < tokens.size() && k < next + 3 && !tokens[k].break_before && !tokens[k].hyphen_before &&
                                       scan::is_upper_at(token_text(text, tokens[k]), 0);
                 ++k) {
                const std::string_view w = token_text(text, tokens[k]);
                const bool asset_management = w == "Management" && k > next && token_text(text, tokens[k - 1]) == "Asset";
                if (w == "Fund" || w == "Fonds" || w == "Ventures" || w == "Securities" || asset_management) {
                    arm_last = k;
                    next_word = asset_management ? "Fund" : w;  // an arm, as the list below names them
                }
            }
        }
        // ("Vodafone España", "Vodafone Deutschland", "Microsoft France": a firm's unit in a country is another body.)
        static constexpr std::string_view kCountryUnits[] = {"Deutschland", "España", "Espana", "Italia", "France", "Schweiz", "Österreich", "UK",
                                                             "Nederland", "Polska", "Japan", "India", "Iberia", "Nordic", "Nordics", "Benelux"};
        const bool country_unit = e.kind != "person" && e.kind != "product" && std::find(std::begin(kCountryUnits), std::end(kCountryUnits), next_word) != std::end(kCountryUnits);
        const bool arm = country_unit || (e.kind != "person" ? std::find(std::begin(kArms), std::end(kArms), next_word) != std::end(kArms)
                                                             : std::find(std::begin(kPersonsFirms), std::end(kPersonsFirms), next_word) != std::end(kPersonsFirms));
        if (next < tokens.size() && !tokens[next].break_before && !tokens[next].hyphen_before && arm) {
            const std::size_t arm_end = arm_last;  // the arm's last word
            m.range.end = tokens[arm_end].range.end;
            m.name = std::string(text.substr(m.range.begin, m.range.size()));
            m.entity_kind = "organisation";
            out.push_back(std::move(m));
            for (std::size_t k = i; k <= arm_end; ++k) known[k] = true;
            i = arm_end;
            continue;
        }
        // "the Grok developer", "der Gemini-Entwickler", "the Claude maker": a product's maker named by it.
        static constexpr std::string_view kMakerWords[] = {"maker", "developer", "creator", "owner", "Entwickler", "Entwicklers", "Hersteller",
                                                           "Herstellers", "Macher", "Machern", "Anbieter", "Anbieters", "Betreiber", "Betreibers"};
        const Entity* maker = nullptr;
        if (e.kind == "product" && next < tokens.size() && !tokens[next].break_before &&
            std::find(std::begin(kMakerWords), std::end(kMakerWords), token_text(text, tokens[next])) != std::end(kMakerWords)) {
            for (const EntityRelation& r : e.relations) {
                if (r.type == "product_of") maker = gazetteer.find(r.target);
            }
        }
        // "the San Francisco-based developer of the Claude chatbot": the maker named before its product; the mention
        // starts at the maker's word, so what governs the phrase ("invested … in") governs the maker.
        std::size_t first_token = i;
        if (e.kind == "product" && !maker && i >= 2 && !tokens[i].break_before) {
            std::size_t k = i - 1;
            if (token_text(text, tokens[k]) == "the" && k >= 2 && !tokens[k].break_before) --k;
            const std::string_view of_word = token_text(text, tokens[k]);
            const std::string_view maker_word = token_text(text, tokens[k - 1]);
            if (of_word == "of" && !tokens[k].break_before &&
                (maker_word == "developer" || maker_word == "maker" || maker_word == "creator" || maker_word == "owner" || maker_word == "operator")) {
                for (const EntityRelation& r : e.relations) {
                    if (r.type == "product_of") maker = gazetteer.find(r.target);
                }
                if (maker) first_token = k - 1;
            }
        }
        const Entity& named = maker ? *maker : e;
        std::size_t last = maker && first_token == i ? next : match->last_token;
        // "Fidelity Management", "Baidu Inc.", "Mubadala Group": a legal or corporate word after a firm's name is
        // still that firm, not a firm called "Management".
        static constexpr std::string_view kCorporateTails[] = {"Management", "Associates", "Group", "Holdings", "Holding", "Inc", "Corp", "Corporation", "Ltd",
                                                               "Limited", "AG", "SE", "GmbH", "plc", "PLC", "LLC", "Gruppe", "Konzern"};
        while (!maker && e.kind != "person" && last + 1 < tokens.size() && !tokens[last + 1].break_before && !tokens[last + 1].hyphen_before &&
               std::find(std::begin(kCorporateTails), std::end(kCorporateTails), token_text(text, tokens[last + 1])) != std::end(kCorporateTails)) {
            ++last;
        }
        m.range = {tokens[first_token].range.begin, tokens[last].range.end};
        m.entity_id = named.id;
        m.name = named.name;
        m.entity_kind = entity_kind_label(named.kind);
        m.known = true;
        out.push_back(std::move(m));
        for (std::size_t k = first_token; k <= last; ++k) known[k] = true;
        i = last;
    }

    // Unknown-entity candidates after a cue noun, or before a legal form. `candidate` marks their
    // tokens, so a legal form does not name a cue's candidate again (comparing with every mention
    // so far made a sentence listing many firms quadratic).
    std::vector<bool> candidate(tokens.size(), false);
    // "RIYADH and HONG KONG — Lenovo …", "SEATTLE — …": a dateline's places in capitals before a dash name no firm
    // (they are held as taken, so that no annotator makes them one).
    {
        std::size_t k = 0;
        const auto place_word = [&](std::size_t i) {
            const std::string_view w = token_text(text, tokens[i]);
            const bool caps = w.size() >= 2 && std::none_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; }) && !tokens[i].numeric;
            return caps || w == "and" || w == "und";
        };
        std::size_t caps_words = 0, longest = 0;
        for (; k < tokens.size() && k < 8 && place_word(k) && !known[k]; ++k) {
            const std::string_view w = token_text(text, tokens[k]);
            if (w != "and" && w != "und") ++caps_words, longest = std::max(longest, w.size());
        }
        // (Two words or a long one: "QANT – Das Start-up …" in a digest is a firm's acronym.)
        if (k > 0 && k < tokens.size() && (caps_words >= 2 || longest >= 5)) {
            const std::string_view gap = text.substr(tokens[k - 1].range.end, tokens[k].range.begin - tokens[k - 1].range.end);
            const bool dash = gap.find("\xE2\x80\x94") != std::string_view::npos || gap.find("\xE2\x80\x93") != std::string_view::npos || gap == " - ";
            if (dash) std::fill(candidate.begin(), candidate.begin() + static_cast<std::ptrdiff_t>(k), true);
        }
    }
    annotate_ministries(text, tokens, known, candidate, out);
    annotate_governments(text, tokens, known, candidate, out);
    annotate_named_as(text, tokens, known, candidate, out);
    annotate_institutions(text, tokens, known, candidate, out);
    annotate_item_head(text, tokens, known, candidate, out);
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        // Cue nouns: German ones capitalised ("Chipkonzern", "CEO"), English ones not ("the startup").
        const std::string_view word = token_text(text, tokens[i]);
        if (known[i] || word.size() < 3 || tokens[i].numeric) continue;
        // "Start-up" is two tokens; treat "Start" + "-up" as the cue "startup" (also the genitive "des Start-ups").
        const std::string_view up = i + 1 < tokens.size() ? token_text(text, tokens[i + 1]) : std::string_view();
        const bool start_up = word == "Start" && i + 1 < tokens.size() && tokens[i + 1].hyphen_before && (up == "up" || up == "ups" || up == "Up" || up == "Ups");
        const Cue* cue = find_cue(word);
        if (cue == std::end(kCues) && !start_up) continue;
        // "Christ&Company Partners": after "&" the cue word is part of a name.
        if (i > 0 && text.substr(tokens[i - 1].range.end, tokens[i].range.begin - tokens[i - 1].range.end).find('&') != std::string_view::npos) continue;
        std::size_t first = i + (start_up ? 2 : 1);
        if (first >= tokens.size() || known[first] || tokens[first].break_before || tokens[first].hyphen_before) continue;
        // "des Investors Thomas Tull", "der Geldgeber Peter Thiel": a first name and a surname after a cue that names firms
        // too are a person.
        const bool first_and_last_name = first + 1 < tokens.size() && is_first_name(token_text(text, tokens[first])) && !tokens[first + 1].break_before &&
                                         !tokens[first + 1].hyphen_before && capitalised_name(token_text(text, tokens[first + 1]), tokens[first + 1]) &&
                                         !is_organisation_suffix(token_text(text, tokens[first + 1]));
        const bool person = !start_up && (cue->person || first_and_last_name);
        std::size_t last = first;
        if (!capitalised_name(token_text(text, tokens[first]), tokens[first])) continue;
        const std::size_t max_tokens = person ? 3 : 2;
        std::size_t initials = is_initial(text, tokens[first]) ? 1 : 0;  // "der Rechtsverlag C.H. Beck": initials do not count
        // "die Beratung Christ&Company Consulting": words joined by "&" are one name (and count as one word).
        const auto ampersand_before = [&](std::size_t k) {
            const std::string_view gap = text.substr(tokens[k - 1].range.end, tokens[k].range.begin - tokens[k - 1].range.end);
            return gap == "&" || gap == " & ";
        };
        while (last + 1 < tokens.size() && last + 1 - first < max_tokens + initials && !known[last + 1] &&
               (!tokens[last + 1].break_before || (!person && ampersand_before(last + 1))) &&
               capitalised_name(token_text(text, tokens[last + 1]), tokens[last + 1])) {
            ++last;
            initials += is_initial(text, tokens[last]) || ampersand_before(last) ? 1 : 0;
        }
        // "Black Forest Labs", "Mistral AI": a word that ends firms' names belongs to the name; so do two
        // ("Check Point Software Technologies", "Yotta Data Services").
        for (int tail = 0; tail < 2 && !person && last + 1 < tokens.size() && !tokens[last + 1].break_before && !tokens[last + 1].hyphen_before &&
                           !known[last + 1] && is_organisation_suffix(token_text(text, tokens[last + 1]));
             ++tail) {
            ++last;
        }
        if (person && last == first) continue;  // a person's name has a first and a last name
        // "sichert sich der Softwarekonzern Rechenleistung": after a subject's cue, a German noun is its object.
        // ("trat das Start-up Augment aus Palo Alto aus der Deckung": an English "-ment" after "Start-up" and before
        // where it is from, or a comma, is its name.)
        const std::string_view only = token_text(text, tokens[first]);
        const std::string_view next_word = first + 1 < tokens.size() ? token_text(text, tokens[first + 1]) : std::string_view();
        const bool named_start_up = start_up && (only.ends_with("ment") || only.ends_with("ing")) &&
                                    (next_word == "aus" || next_word == "mit" || (first + 1 < tokens.size() && tokens[first + 1].break_before));
        if (german && !person && last == first && common_noun_ending(only) && !named_start_up) continue;
        add_candidate(text, tokens, first, last, person, candidate, out);
        i = last;
    }
    // The last token of a name that starts at `first`: up to three capitalised words with nothing between;
    // `place_may_end` lets a place close it ("Highland Europe").
    // ("C.H. Beck": initials, each with its dot, do not count among the three.)
    const auto initial = [&](std::size_t k) { return is_initial(text, tokens[k]); };
    const auto name_end = [&](std::size_t first, bool place_may_end) {
        std::size_t last = first, initials = initial(first) ? 1 : 0;
        while (last + 1 < tokens.size() && last - first < 2 + initials && !known[last + 1] && !tokens[last + 1].break_before &&
               (initial(last + 1) ||
                (place_may_end ? capitalised_name(token_text(text, tokens[last + 1]), tokens[last + 1]) : firm_word(text, tokens[last + 1])))) {
            ++last;
            initials += initial(last) ? 1 : 0;
        }
        while (last > first && initial(last)) --last;  // a name ends in a word, not an initial
        return last;
    };
    // "unter Führung von Highland Europe", "angeführt von X", "led by X": who leads a round is a firm (or a
    // person with a first name, which the shapes below find), named or not.
    for (std::size_t i = 2; i < tokens.size(); ++i) {
        const std::string_view by = token_text(text, tokens[i - 1]);
        if (by.size() < 2 || by.size() > 3 || (by[0] != 'v' && by[0] != 'b')) continue;  // most tokens stop here
        const std::string_view lead = token_text(text, tokens[i - 2]);
        bool after_lead = ((by == "von" || by == "vom") && (lead == "Führung" || lead == "angeführt" || lead == "Federführung")) ||
                          (by == "by" && (lead == "led" || lead == "co-led"));
        // "Angeführt wurde die Runde gemeinsam von X": the participle a few words before, in the same clause.
        for (std::size_t back = 3; !after_lead && (by == "von" || by == "vom") && back <= 6 && back <= i && !tokens[i - back + 1].break_before; ++back) {
            const std::string_view w = token_text(text, tokens[i - back]);
            after_lead = w == "Angeführt" || w == "angeführt";
        }
        if (!after_lead || known[i] || candidate[i] || tokens[i].break_before || !firm_word(text, tokens[i])) continue;
        const std::size_t last = name_end(i, true);
        if (german && last == i && common_noun_ending(token_text(text, tokens[i]))) continue;
        // "angeführt vom Londoner Investor Balderton Capital": a cue noun in the words is a description; the
        // name after it is found by its cue.
        bool described = false;
        for (std::size_t k = i; k <= last && !described; ++k) described = find_cue(token_text(text, tokens[k])) != std::end(kCues);
        if (described) continue;
        add_candidate(text, tokens, i, last, false, candidate, out);
        i = last;
    }
    // "hatte Databricks Tabular übernommen", "will SAP SmartRecruiters kaufen": between a known firm and a
    // German takeover verb at the clause's end stands the firm it takes.
    if (german) {
        for (std::size_t i = 1; i + 1 < tokens.size(); ++i) {
            if (!known[i - 1] || known[i] || candidate[i] || tokens[i].break_before || tokens[i + 1].break_before) continue;
            const std::string_view verb = token_text(text, tokens[i + 1]);
            if (verb != "übernommen" && verb != "gekauft" && verb != "erworben" && verb != "übernehmen" && verb != "kaufen" && verb != "erwerben") continue;
            const std::string_view name = token_text(text, tokens[i]);
            if (!firm_word(text, tokens[i]) || common_noun_ending(name)) continue;
            add_candidate(text, tokens, i, i, false, candidate, out);
        }
    }
    // "Krutrim, das KI-Start-up von Ola-Gründer …", "Lumora, der Münchner Chipentwickler, …": a word before an
    // apposition whose noun names a kind of firm is that firm's name (as a cue before a name makes one).
    for (std::size_t i = 0; i + 2 < tokens.size(); ++i) {
        if (known[i] || candidate[i] || !firm_word(text, tokens[i]) || !tokens[i + 1].break_before) continue;
        if (text.substr(tokens[i].range.end, tokens[i + 1].range.begin - tokens[i].range.end).find(',') == std::string_view::npos) continue;
        const std::string_view article_word = token_text(text, tokens[i + 1]);
        // ("Cuein, eine kleine Firma, die …", "Voysis, a voice start-up": an indefinite article too.)
        if (article_word != "das" && article_word != "der" && article_word != "die" && article_word != "the" && article_word != "eine" &&
            article_word != "ein" && article_word != "a") {
            continue;
        }
        // The word opens its stretch: one word, not the end of a longer phrase. (After an adverb too: "schluckte ServiceNow zudem Cuein, …".)
        static constexpr std::string_view kAdverbs[] = {"zudem", "außerdem", "auch", "nun", "jetzt", "bereits", "schon", "ebenfalls", "dann", "also", "too", "then", "now"};
        if (i > 0 && !tokens[i].break_before &&
            std::find(std::begin(kAdverbs), std::end(kAdverbs), token_text(text, tokens[i - 1])) == std::end(kAdverbs)) {
            continue;
        }
        if (german && common_noun_ending(token_text(text, tokens[i]))) continue;
        bool firm_noun = false;
        for (std::size_t k = i + 2; k < tokens.size() && k <= i + 5 && !tokens[k].break_before && !firm_noun; ++k) {
            const std::string_view w = token_text(text, tokens[k]);
            const Cue* cue = find_cue(w);
            firm_noun = (cue != std::end(kCues) && !cue->person) || w == "Start" || w == "startup";
        }
        if (firm_noun) add_candidate(text, tokens, i, i, false, candidate, out);
    }
    // "75 Prozent an Motivair", "seine Anteile an Lumora": what a share is of, named without an article, is a firm.
    if (german) {
        for (std::size_t i = 2; i < tokens.size(); ++i) {
            if (known[i] || candidate[i] || tokens[i].break_before || tokens[i - 1].break_before) continue;
            const std::string_view on = token_text(text, tokens[i - 1]);
            if (on != "an" && on != "am") continue;
            const std::string_view share = token_text(text, tokens[i - 2]);
            if (share != "Prozent" && share != "Anteile" && share != "Anteil" && share != "Anteilen" && share != "Beteiligung" && share != "Mehrheit") continue;
            if (!firm_word(text, tokens[i]) || common_noun_ending(token_text(text, tokens[i]))) continue;
            // ("30 Prozent an Wert verloren", "an Bedeutung": what is lost or gained, not whose it is.)
            static constexpr std::string_view kNotOwned[] = {"Wert", "Umsatz", "Bedeutung", "Boden", "Fahrt", "Tempo", "Schwung", "Vertrauen",
                                                             "Einfluss", "Kapital", "Marktwert", "Börsenwert", "Gewicht", "Zustimmung"};
            if (std::find(std::begin(kNotOwned), std::end(kNotOwned), token_text(text, tokens[i])) != std::end(kNotOwned)) continue;
            std::size_t last = i;
            while (last + 1 < tokens.size() && last - i < 2 && !tokens[last + 1].break_before && !known[last + 1] && firm_word(text, tokens[last + 1])) ++last;
            add_candidate(text, tokens, i, last, false, candidate, out);
        }
    }
    // "Schaeffler steigt bei Agility Robotics ein", "Quantum Systems sammelt …": one or two capitalised words that open
    // the sentence before a deal verb are its subject, a firm.
    if (german && tokens.size() > 2 && !known[0] && !candidate[0]) {
        static constexpr std::string_view kDealVerbs[] = {"steigt", "übernimmt", "kauft", "investiert", "sammelt", "erhält", "holt", "sichert",
                                                          "schluckt", "verkauft", "bucht", "mietet", "beteiligt", "erwirbt", "pumpt", "steckt",
                                                          "sammelte", "übernahm", "kaufte", "erhielt", "sicherte", "investierte", "stieg", "erwarb"};
        // "Varnot hat 30 Millionen Dollar eingesammelt": an auxiliary, with the deal's participle later in the sentence.
        static constexpr std::string_view kAuxiliaries[] = {"hat", "hatte", "will", "soll", "wird", "plant"};
        // (Not a pronoun, an adverb or a participle that opens it: "Sie hat …", "Ursprünglich hatte …", "Angeführt wird …".)
        const auto adverb_like = [&](std::size_t k) {
            const std::string_view w = token_text(text, tokens[k]);
            static constexpr std::string_view kWords[] = {"Sie", "Er", "Es", "Wir", "Ich", "Man", "Dabei", "Insgesamt", "Bisher", "Zuvor", "Allein",
                                                          "Anschließend", "Schließlich", "Laut", "Zusammen", "Dazu", "Darauf", "Diese", "Dieser",
                                                          "Dieses", "Jeder", "Keiner", "Niemand", "Beide", "Alle", "Viele"};
            if (std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords)) return true;
            if (w.ends_with("lich") || w.ends_with("ell") || w.ends_with("weise") || w.ends_with("mals") || w.ends_with("ings")) return true;
            return (w.starts_with("Ge") || w.starts_with("Ange") || w.starts_with("Einge") || w.starts_with("Ausge")) && w.ends_with('t');
        };
        const auto participle_later = [&] { return deal_participle_after(text, tokens, 2); };
        const auto deal_verb = [&](std::size_t k) {
            if (k >= tokens.size() || tokens[k].break_before) return false;
            const std::string_view w = token_text(text, tokens[k]);
            if (std::find(std::begin(kDealVerbs), std::end(kDealVerbs), w) != std::end(kDealVerbs)) return true;
            return std::find(std::begin(kAuxiliaries), std::end(kAuxiliaries), w) != std::end(kAuxiliaries) && participle_later() && !adverb_like(0);
        };
        // (Not an adverb or a preposition that opens the sentence: "Jetzt kauft …", "Seit Wochen sichert sich …".)
        static constexpr std::string_view kOpeners[] = {"Jetzt", "Nun", "Seit", "Dann", "Auch", "Damit", "Dafür", "Doch", "Zudem", "Außerdem",
                                                        "Heute", "Gestern", "Zuletzt", "Bereits", "Erst", "Nur", "Noch", "So", "Wer", "Was", "Wie",
                                                        "Wo", "Hier", "Dort", "Danach", "Davor", "Inzwischen", "Mittlerweile", "Künftig", "Damals",
                                                        "Trotzdem", "Dennoch", "Deshalb", "Daher", "Also", "Parallel", "Gleichzeitig", "Zugleich",
                                                        "Unterdessen", "Derweil", "Indes", "Indessen", "Später", "Vorher", "Ebenfalls", "Ebenso",
                                                        "Ferner", "Immerhin", "Offenbar", "Angeblich", "Demnach", "Zunächst", "Jüngst", "Hingegen",
                                                        "Dagegen", "Stattdessen", "Somit", "Nebenbei", "Vorerst", "Weiterhin", "Morgen",
                                                        "Zusätzlich", "Überdies", "Obendrein", "Ergänzend", "Seither", "Bislang", "Erstmals"};
        const auto opener = [&](std::size_t k) {
            return std::find(std::begin(kOpeners), std::end(kOpeners), token_text(text, tokens[k])) != std::end(kOpeners);
        };
        const std::size_t last = deal_verb(1) ? 0 : deal_verb(2) && !known[1] && !tokens[1].break_before && firm_word(text, tokens[1]) ? 1 : SIZE_MAX;
        if (last != SIZE_MAX && !opener(0) && firm_word(text, tokens[0]) && !common_noun_ending(token_text(text, tokens[last]))) {
            add_candidate(text, tokens, 0, last, false, candidate, out);
        }
    }
    // "Im Oktober sammelte Baichuan 300 Millionen Dollar ein", "Im Juli übernahm Cognition den Rest": German puts the
    // verb second, so a firm stands after a deal verb without an article; a noun there has one, or a noun's ending.
    if (german) {
        static constexpr std::string_view kInvertedDealVerbs[] = {"sammelte", "sammelt", "übernahm", "übernimmt", "kaufte", "kauft", "erhielt", "erhält",
                                                                  "investierte", "investiert", "erwarb", "erwirbt", "holte", "holt", "schluckte",
                                                                  "verkaufte", "beteiligte", "stieg", "steigt", "bekam", "bekommt", "meldete", "verkündete"};
        // ("Im Mai hat Varnot 160 Millionen Dollar eingesammelt": an auxiliary, with the deal's participle later.)
        std::optional<bool> participle_later;
        for (std::size_t k = 1; k + 2 < tokens.size(); ++k) {
            const std::string_view verb = token_text(text, tokens[k]);
            // (Most tokens are ruled out by their length and first letter before any comparison.)
            const bool auxiliary = verb.size() >= 3 && verb.size() <= 5 && (verb[0] == 'h' || verb[0] == 'w' || verb[0] == 's') &&
                                   (verb == "hat" || verb == "hatte" || verb == "will" || verb == "soll" || verb == "wird");
            if (auxiliary) {
                if (!participle_later) participle_later = deal_participle_after(text, tokens, k + 2);
                if (!*participle_later) continue;
            } else {
                // Most tokens stop at the shape: a lower-case word of four to twelve bytes ending in "e", "t", "m", "b" or "g".
                if (verb.size() < 4 || verb.size() > 12 || scan::is_upper_at(verb, 0) || tokens[k].numeric) continue;
                const char end = verb.back();
                if (end != 'e' && end != 't' && end != 'm' && end != 'b' && end != 'g') continue;
                if (std::find(std::begin(kInvertedDealVerbs), std::end(kInvertedDealVerbs), verb) == std::end(kInvertedDealVerbs)) continue;
            }
            const std::size_t i = k + 1;
            if (known[i] || candidate[i] || tokens[i].break_before || tokens[i].hyphen_before || !firm_word(text, tokens[i])) continue;
            const std::string_view name = token_text(text, tokens[i]);
            if (common_noun_ending(name) || find_cue(name) != std::end(kCues) || is_first_name(name)) continue;
            // ("erhielt Geschäfte", "meldete Cashflows": a plural noun's ending, unless a capital inside makes it a brand.)
            const bool inner_capital = std::any_of(name.begin() + 1, name.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
            if (!inner_capital && (name.ends_with("e") || name.ends_with("s"))) continue;
            // Up to two words, then a comma, a number or a small word: "Baichuan, gegründet von …", "Lumora 40 Millionen".
            std::size_t last = i;
            if (!tokens[i + 1].break_before && firm_word(text, tokens[i + 1]) && !known[i + 1] && is_organisation_suffix(token_text(text, tokens[i + 1]))) ++last;
            if (last + 1 >= tokens.size()) continue;
            const Token& after = tokens[last + 1];
            const bool closes = after.break_before || after.numeric || !scan::is_upper_at(token_text(text, after), 0);
            if (!closes || (after.hyphen_before)) continue;
            add_candidate(text, tokens, i, last, false, candidate, out);
        }
    }
    // "den Kauf von Altair", "die Übernahme von Tableau", "the purchase of Koala", "a stake in Mobileye": what a deal's
    // noun takes is a firm.
    for (std::size_t i = 2; i < tokens.size(); ++i) {
        const std::string_view of = token_text(text, tokens[i - 1]);
        if (of != "von" && of != "of" && of != "in") continue;  // most tokens stop here
        const std::string_view noun = token_text(text, tokens[i - 2]);
        const bool deal_noun = noun == "Kauf" || noun == "Übernahme" || noun == "Kaufs" || noun == "purchase" || noun == "acquisition" ||
                               noun == "takeover" || (of == "in" && (noun == "stake" || noun == "Beteiligung"));
        if (!deal_noun || known[i] || candidate[i] || tokens[i].break_before || tokens[i - 1].break_before || !firm_word(text, tokens[i])) continue;
        const std::size_t last = name_end(i, false);
        if (german && last == i && common_noun_ending(token_text(text, tokens[i]))) continue;
        // (A cue noun in the words is a description, as after "angeführt von".)
        bool described = false;
        for (std::size_t k = i; k <= last && !described; ++k) described = find_cue(token_text(text, tokens[k])) != std::end(kCues);
        if (described) continue;
        add_candidate(text, tokens, i, last, false, candidate, out);
        i = last;
    }
    // "it acquired Supermaven", "agreed to buy Koala": what an English takeover verb takes is a firm.
    if (!german) {
        for (std::size_t i = 1; i < tokens.size(); ++i) {
            const std::string_view verb = token_text(text, tokens[i - 1]);
            if (verb.size() < 3 || (verb[0] != 'a' && verb[0] != 'b')) continue;  // most tokens stop here
            const bool takeover = verb == "acquired" || verb == "acquire" || verb == "acquires" || verb == "acquiring" || verb == "bought" ||
                                  verb == "buy" || verb == "buys" || verb == "buying";
            if (!takeover || known[i] || candidate[i] || tokens[i].break_before || !firm_word(text, tokens[i])) continue;
            const std::size_t last = name_end(i, false);
            add_candidate(text, tokens, i, last, false, candidate, out);
            i = last;
        }
    }
    // "Quillon, the AI lab, …", "Tessaract, a chip startup based in Austin, …": an English apposition after
    // a name says what it is: up to four words from its article to a cue noun for firms, closed by a
    // comma a few words on ("Later, the lab hired staff." is no apposition).
    // German too, for a name that opens its sentence: "Ambience Healthcare, ein Start-up aus San Francisco, …".
    {
        const auto comma_before = [&](std::size_t k) {
            return tokens[k].break_before && text.substr(tokens[k - 1].range.end, tokens[k].range.begin - tokens[k - 1].range.end).find(',') != std::string_view::npos;
        };
        for (std::size_t i = 1; i + 1 < tokens.size(); ++i) {
            const std::string_view article = token_text(text, tokens[i]);
            const bool english_article = article == "the" || article == "a" || article == "an";
            const bool german_article = article == "ein" || article == "eine" || article == "der" || article == "die" || article == "das";
            if (german ? !german_article : !english_article) continue;  // most tokens stop here
            if (!comma_before(i)) continue;
            const std::size_t last = i - 1;
            if (known[last] || candidate[last] || !firm_word(text, tokens[last])) continue;
            std::size_t first = last;
            while (first > 0 && last - first < 2 && !tokens[first].break_before && !known[first - 1] && firm_word(text, tokens[first - 1])) --first;
            // (German capitalises every noun: only a name that opens the sentence, and not one shaped as a noun.)
            if (german && ((first > 0 && !tokens[first].break_before) || common_noun_ending(token_text(text, tokens[last])))) continue;
            bool described = false;
            for (std::size_t k = i + 1; k < tokens.size() && k <= i + 4 && !tokens[k].break_before && !described; ++k) {
                const std::string_view noun = token_text(text, tokens[k]);
                const bool start_up = (noun == "Start" || noun == "start") && k + 1 < tokens.size() && tokens[k + 1].hyphen_before;
                const Cue* cue = find_cue(noun);
                if (!start_up && (cue == std::end(kCues) || cue->person)) continue;
                // ("the AI hiring marketplace started by three college dropouts in 2023,": a participle or a
                // relative pronoun after the noun goes on describing.)
                const std::size_t noun_end = start_up ? k + 1 : k;  // ("start-up" is two tokens)
                const bool goes_on = !german && noun_end + 1 < tokens.size() && !tokens[noun_end + 1].break_before &&
                                     scan::is_one_of(token_text(text, tokens[noun_end + 1]), {"started", "founded", "based", "backed", "led", "owned", "known",
                                                                                         "that", "which", "whose", "spun", "created", "run",
                                                                                         // "Runway, the New York start-up behind the Gen-4 model,"
                                                                                         "behind", "building", "making", "developing", "focused", "with"});
                const std::size_t room = german ? 6 : goes_on ? 12 : 4;
                std::size_t c = noun_end + 1;
                while (c < tokens.size() && c <= noun_end + room && !tokens[c].break_before) ++c;
                described = c < tokens.size() && c <= noun_end + room && comma_before(c);
            }
            if (described && free_tokens(known, candidate, first, last)) add_candidate(text, tokens, first, last, false, candidate, out);
        }
    }
    // "Instacart, which priced its shares …", "Varnot, which makes chips for …": an English name that opens its clause
    // and is told about by "which" and a verb of what firms do is a firm (a person would be "who").
    if (!german) {
        for (std::size_t i = 1; i + 2 < tokens.size(); ++i) {
            if (token_text(text, tokens[i]) != "which" || !tokens[i].break_before) continue;
            const std::size_t last = i - 1;
            if (known[last] || candidate[last] || !firm_word(text, tokens[last]) || text.substr(tokens[last].range.end, tokens[i].range.begin - tokens[last].range.end).find(',') == std::string_view::npos) {
                continue;
            }
            std::size_t first = last;
            while (first > 0 && last - first < 2 && !tokens[first].break_before && !known[first - 1] && firm_word(text, tokens[first - 1])) --first;
            if (first > 0 && !tokens[first].break_before) continue;  // it opens its clause
            if (is_english_common_capital(token_text(text, tokens[first]))) continue;
            std::size_t verb = i + 1;
            if (scan::is_one_of(token_text(text, tokens[verb]), {"has", "had", "is", "was", "also", "last", "recently"}) && verb + 1 < tokens.size()) ++verb;
            if (!scan::is_one_of(token_text(text, tokens[verb]), {"raised", "priced", "makes", "made", "builds", "built", "develops", "developed", "designs",
                                                                 "designed", "sells", "sold", "operates", "runs", "owns", "offers", "provides", "licenses",
                                                                 "founded", "valued", "listed", "went", "agreed", "signed", "bought", "acquired"})) {
                continue;
            }
            if (free_tokens(known, candidate, first, last)) add_candidate(text, tokens, first, last, false, candidate, out);
        }
    }
    annotate_people_by_context(text, tokens, known, candidate, out);
    for (std::size_t i = 1; i < tokens.size(); ++i) {
        const std::string_view w = token_text(text, tokens[i]);
        if (w.size() > 4 || std::find(std::begin(kLegalForms), std::end(kLegalForms), w) == std::end(kLegalForms) || known[i - 1]) continue;
        std::size_t first = i - 1;
        if (!capitalised_name(token_text(text, tokens[first]), tokens[first])) continue;
        while (first > 0 && !known[first - 1] && !tokens[first].break_before && i - first < 3 &&
               capitalised_name(token_text(text, tokens[first - 1]), tokens[first - 1])) {
            --first;
        }
        // Not if a cue already produced this candidate, or it overlaps a known name.
        if (free_tokens(known, candidate, first, i)) add_candidate(text, tokens, first, i, false, candidate, out);
    }
    annotate_name_shapes(text, tokens, known, candidate, out);
    if (!german) annotate_english_capitals(text, tokens, known, candidate, out);
    widen_unknown_names(text, tokens, out, sentence_first);
    join_legal_forms(text, out, sentence_first);
    name_bracketed_short_forms(text, out, sentence_first);
    if (german) join_names_by(text, out, sentence_first);
}

}  // namespace ds

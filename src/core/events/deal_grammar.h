#pragma once
// The grammar of deal reporting, German and English: which words make a sentence a deal of which
// type, and which role a party takes from the words before it ("in", "bei", "angeführt von",
// "with participation from") and from the verb's frame (the subject of "sammelt … ein" receives, the
// subject of "liefert Chips an" provides). Word lists only; event_extractor.cpp applies them.
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ds {

// A sentence's words, lower-cased (ASCII), with whether punctuation stands before each.
struct DealWord {
    std::string lower;
    bool break_before = false;
    bool capitalised = false;
    std::string_view trigger;  // the deal type the word triggers (trigger_type), "" for none
    bool dash_before = false;  // " – " before it: a headline's second statement ("X steigt bei Y ein – Start-up mit … bewertet")
    bool finite_verb = false;  // German "betreibt", "baut" (looks_like_german_verb): "In Indiana betreibt der Konzern …"
    bool hyphen_before = false;  // a compound's later part: "Schürfer" in "Bitcoin-Schürfer"
    bool colon_before = false;   // ": " before it: a clause of its own ("… Mietverträge: Core Scientific stellt …")
    bool semicolon_before = false;  // "; " before it: a list before it ends there ("angeführt von a16z; Nvidia und AMD investierten ebenfalls")
};

// Whether the lower-cased word is one of the list's.
bool is_one_of(const std::string& word, std::initializer_list<std::string_view> list);

// A German present-tense verb by its shape: lower case, ending in "t" ("betreibt", "plant"), not one of
// the prepositions and adverbs that end so ("mit", "seit", "nicht", "jetzt").
bool looks_like_german_verb(std::string_view lower_word, bool capitalised);

// The deal type a word triggers: "investment", "funding_round", "valuation", "acquisition",
// "compute_deal", "loan", "partnership", "stake" (an investment measured in percent); or none.
std::optional<std::string_view> trigger_type(const std::string& lower_word);

// German verbs split from their particle: "sagte … zehn Milliarden Dollar für X zu", "legte … weitere
// vier Milliarden nach" pledge money (an investment); "legt X und Y zusammen" merges (a takeover).
void mark_split_verbs(std::vector<DealWord>& words);

// "Zuschüsse", "Fördermittel", "grants", "subsidies": public money given, which the state gives.
bool names_a_grant(std::string_view lower_word);

// "Aktienoptionen", "Optionsscheine", "Optionsrechte", "warrants": rights to a firm's shares.
bool names_share_options(std::string_view lower_word);

// "die Robotiksparte", "the chip unit", "Geschäftsbereich": a part of a firm, which the firm sells.
bool names_a_unit(std::string_view lower_word);

// "Rivale", "Konkurrenten", "Wettbewerber", "rival", "competitor": a word for another firm competing (lower-cased).
bool names_a_rival(std::string_view lower_word);

// "Vertrag", "contract", "deal": a deal whose kind the context tells (compute after compute talk).
bool is_contract_word(const std::string& lower_word);

// Clears the trigger of a word the sentence uses in another sense: "den Vorsitz übernehmen",
// "übernimmt die Verantwortung" take over an office or a duty, not a firm.
void drop_other_senses(std::vector<DealWord>& words);

// The preposition or phrase before a party; what it means depends on the deal's type.
enum class PartyMarker {
    none,           // the subject, or an object without a preposition
    in,             // "in", "into": the receiving side of an investment
    an,             // "an", "to": the receiving side of a stake or a delivery
    bei,            // "bei": the investee of "steigt bei … ein", the provider of "kauft … bei", the investors of "sammelt bei … ein"
    von,            // "von", "from": the giving side; the target of "Übernahme von"
    mit,            // "mit", "with": the other party of a contract
    durch,          // "durch", "by": the agent of a passive
    fuer,           // "für", "for": the customer of a delivery
    of,             // "of": the target of "acquisition of"
    participation,  // "beteiligt waren", "unter Beteiligung von", "with participation from", "investors including"
    lead,           // "angeführt von", "led by", "unter Führung von"
    possessive,     // "OpenAI's round", "Microsoft's investment": the party the round or act belongs to
    apposition,     // ", dem Wagniskapitalarm des Chipkonzerns Nvidia,": describes the party before, takes no role
};

// The marker of the party whose first word is words[at], looking back at most a few words, past
// articles, adjectives and cue nouns ("in das Münchner Start-up X").
PartyMarker marker_before(const std::vector<DealWord>& words, std::size_t at);

// "the OpenAI chief executive", "the Acme Robotics founder": the name at `at` (a few capitalised words)
// is followed by a person's office, so it only says where the person works.
bool office_after_name(const std::vector<DealWord>& words, std::size_t at);

// What a clause's verb says about its subject, from one pass over its words:
// - receive_verb: "erhält", "sammelt", "raises", "secures" — the subject receives;
// - passive: "wurde … übernommen", "was acquired by" — a takeover's buyer follows "von"/"by";
// - leads: "X führte die Runde an", "X led the round" (not "led by X") — the subject leads;
// - provides: "liefert", "stellt … bereit", "supplies" — a compute deal's subject provides;
// - lends: "gewährt", "vergibt", "provides … a loan" — a loan's subject lends;
// - sells: "verkaufte", "agreed to sell" — a takeover's subject sells, who it goes "an"/"to" buys.
struct DealFrame {
    bool receive_verb = false, passive = false, leads = false, provides = false, lends = false, sells = false;
};
DealFrame frame_of(const std::vector<DealWord>& words);

// Words before an amount that make it a valuation ("mit … bewertet", "valued at", "Bewertung von").
bool amount_is_valuation(const std::vector<DealWord>& words, std::size_t amount_word, std::size_t amount_end_word);

// Which clause each word stands in: 0 for the main clause; a subordinate or relative clause
// (", während OpenAI …", ", die von Accel angeführt wurde", ", which …") gets its own number up
// to the next punctuation, then the main clause goes on. An apposition (", der Chipkonzern X,")
// is not a clause: a German relative clause ends with its verb, in lower case. A dash starts a new
// statement.
std::vector<int> clauses_of(const std::vector<DealWord>& words);

// "Runde", "Finanzierungsrunde", "round": a noun for a funding round (a relative clause after it
// tells who led it).
bool names_a_round(const DealWord& w);

// Which statement each word stands in: "The fund led an $8 million seed round in 2023, and in August
// 2024 the company raised a $60 million Series A": main clauses joined by ", and" / ", und" / ", but"
// are statements of their own when each has an amount (`amount_at[k]`: an amount starts at word k);
// "A, B, and C invested $1bn" is one.
std::vector<int> statements_of(const std::vector<DealWord>& words, const std::vector<bool>& amount_at);

// What a descriptor noun says the firm sells, as the gazetteer's "sells" words: "der Chipkonzern" →
// "chips", "der Rechenzentrumsbetreiber" → "data_centres"; none for "das Unternehmen".
std::optional<std::string_view> offering_named_by(std::string_view noun);

// "walldorfer", "münchnern": the people of a town, by which German reporting names a firm there.
bool is_place_demonym(std::string_view lower_word);

// "das Unternehmen", "der Konzern", "the startup": a descriptor that stands for the firm the text
// is about. The index of its noun, or none.
bool is_descriptor_noun(const std::vector<DealWord>& words, std::size_t at);

// A noun that says what kind of organisation a name is, in a list ("und der Netzwerkausrüster Cisco",
// "die Fondsgesellschaft Fidelity"): wider than a descriptor, which must stand for a firm on its own.
bool names_kind_of_organisation(std::string_view lower_noun);

}  // namespace ds

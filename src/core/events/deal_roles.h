#pragma once
// Who takes which role in a deal: the parties of a sentence with the words that mark them, and
// the roles a deal of a given type gives them (deal_grammar.h says what each marker means).
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/events/deal_grammar.h"
#include "core/events/event.h"

namespace ds {

// A party of a sentence: who, where its words stand, and what marks it.
struct Party {
    Participant who;  // role filled in per amount
    std::size_t first_word = 0, last_word = 0;
    PartyMarker marker = PartyMarker::none;
    std::size_t list_head = SIZE_MAX;  // the party this one continues a list of ("A, B und C")
    bool person = false;               // a person takes part only as an investor ("… sowie Bill Gates")
    bool seller = false;               // sells compute (a cloud, a chip maker: Entity::sells)
    bool from_product = false;         // the maker of a product the sentence names ("TPUs": Google)
    bool compound = false;             // the first part of a compound ("der Anthropic-Deal", "Nvidia-Chips"): no subject
    bool owner_pronoun = false;        // "Its largest deal …": the firm the text is about, named by its possessive
    bool in_passing = false;           // "challengers to Nvidia's grip on the market": the owner of no deal, no party
};

// The same firm: the same gazetteer id, or (for names it does not know) the same name.
bool same_party(const Participant& a, const Participant& b);
// What same_party compares, as one string: the gazetteer id, or "?" and the name.
std::string firm_key(const Participant& p);

// The roles a deal of `type` gives the parties (in text order) under the clause's verb `frame`;
// `all_words` are the sentence's words (what the parties' word numbers count), `amount_word` where
// the amount stands. A party without a role is left out; a firm is named once.
std::vector<Participant> roles_for(std::string_view type, const std::vector<Party>& parties, const DealFrame& frame,
                                   const std::vector<DealWord>& all_words, std::size_t amount_word);

// A stake sold: "SoftBank sold its entire stake in Nvidia", "hat seine Beteiligung an Nvidia verkauft",
// "seine Anteile an T-Mobile US abgestoßen". The party the stake is in (an index into `parties`), when the
// sentence sells one; it is the sale's target, not an investee. ("Aktien an SoftBank verkauft" sells
// shares to SoftBank: after "an", only "Beteiligung" or a possessive's stake names what it is in.)
std::optional<std::size_t> party_of_stake_sold(const std::vector<DealWord>& words, const std::vector<Party>& parties);

}  // namespace ds

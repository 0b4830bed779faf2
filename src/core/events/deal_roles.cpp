#include "core/events/deal_roles.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <initializer_list>
#include <optional>
#include <set>
#include <string>
#include <string_view>

#include "core/text/text_scan.h"

namespace ds {

bool same_party(const Participant& a, const Participant& b) { return a.entity.empty() ? a.name == b.name && b.entity.empty() : a.entity == b.entity; }

std::string firm_key(const Participant& p) { return p.entity.empty() ? "?" + p.name : p.entity; }

namespace {
bool in_words(const std::string& word, std::initializer_list<std::string_view> list) { return std::find(list.begin(), list.end(), word) != list.end(); }
}  // namespace

// The roles of the parties in a deal of `type` (deal_grammar.h says what each marker means).
std::vector<Participant> roles_for(std::string_view type, const std::vector<Party>& parties, const DealFrame& frame,
                                   const std::vector<DealWord>& all_words, std::size_t amount_word) {
    std::vector<Participant> out;
    const bool passive = frame.passive, leads = frame.leads, provides = frame.provides, lends = frame.lends;
    // ("Aleph Alpha wurde von Bosch finanziert", "was backed by SAP": the subject of an investment's passive receives.)
    const bool receives = type == "acquisition" ? passive : frame.receive_verb || (type == "investment" && passive);
    // "OpenAI received $350m of CoreWeave stock": who receives shares invests.
    // "Google hatte bei Cipher Optionsrechte auf 5,4 Prozent der Anteile erhalten": so do options named as such.
    const bool shares_change_hands = std::any_of(parties.begin(), parties.end(), [](const Party& p) { return p.marker == PartyMarker::of; }) ||
                                     std::any_of(all_words.begin(), all_words.end(), [](const DealWord& w) {
                                         // "hatte sich damit eine Minderheitsbeteiligung gesichert", "secured a stake": the one who gets a stake invests.
                                         return names_share_options(w.lower) || w.lower.ends_with("heitsbeteiligung") || w.lower == "stake";
                                     }) ||
                                     // "hatte sich zehn Prozent an X gesichert": a share of a firm.
                                     std::adjacent_find(all_words.begin(), all_words.end(), [](const DealWord& a, const DealWord& b) {
                                         return a.lower == "prozent" && !b.break_before && (b.lower == "an" || b.lower == "am");
                                     }) != all_words.end();
    // "AMD granted the ChatGPT maker a warrant", "AMD räumt OpenAI Aktienoptionen ein": who grants the shares is invested in.
    // "AMD gave the ChatGPT maker warrants": "gave" right after the subject (not "a deal that gives Microsoft a stake").
    const bool subject_gives = !parties.empty() && parties.front().marker == PartyMarker::none && parties.front().last_word + 1 < all_words.size() &&
                               in_words(all_words[parties.front().last_word + 1].lower, {"gave", "gives", "gab", "gibt"});
    const bool grants_shares = shares_change_hands && (subject_gives || std::any_of(all_words.begin(), all_words.end(), [](const DealWord& w) {
                                   return in_words(w.lower, {"granted", "grants", "grant", "issued", "issues", "räumt", "räumte", "gewährt", "gewährte"});
                               }));
    int unmarked = 0;
    std::vector<std::string> roles(parties.size());
    // "Bei xAI war Nvidia in einer Runde über sechs Milliarden Dollar dabei": taking part in the round of the firm "bei" names.
    const bool in_on_it = !all_words.empty() && (all_words.back().lower == "dabei" ||
                                                 std::any_of(all_words.begin() + 1, all_words.end(), [&](const DealWord& w) {
                                                     return w.break_before && (&w - 1)->lower == "dabei";
                                                 }));
    // "X beteiligte sich an der Finanzierungsrunde des Start-ups Y": with the round's owner named, the subject gives.
    // "bei einer Runde von 235 Millionen Dollar für Hugging Face dabei": a round "für" a firm is that firm's.
    // ("hat für sein neues Unternehmen Parallel Web Systems 100 Millionen Dollar eingesammelt": money raised for one's firm.)
    const auto round_for = [&](const Party& p) {
        // ("a $1.8 billion Series B of Commonwealth Fusion Systems": the round's "of" is its owner.)
        if (p.marker == PartyMarker::of && p.first_word >= 2 && all_words[p.first_word - 1].lower == "of" &&
            (all_words[p.first_word - 2].trigger == "funding_round" || (p.first_word >= 3 && all_words[p.first_word - 3].lower == "series"))) {
            return true;
        }
        if (p.marker != PartyMarker::fuer || p.first_word < 2) return false;
        for (std::size_t k = p.first_word - 1; k > 0 && k + 6 > p.first_word; --k) {
            if (all_words[k - 1].trigger == "funding_round") return true;
            if (in_words(all_words[k - 1].lower, {"sein", "seine", "seinen", "ihr", "ihre", "ihren", "his", "her", "their"}) && frame.receive_verb) return true;
            if (all_words[k].break_before) break;
        }
        return false;
    };
    const bool round_owner_named = std::any_of(parties.begin(), parties.end(), [&](const Party& p) {
        return (p.marker == PartyMarker::in || (p.marker == PartyMarker::bei && in_on_it) || round_for(p)) && !p.person;
    });
    // "Microsoft mietet bei IREN Rechenleistung auf Basis von Nvidias GB300-Chips", "Nscale baut für Microsoft einen
    // Supercomputer mit 23.000 Nvidia-Chips": when the sentence says who provides (a "bei"/"von"), or names the
    // customer ("für") beside a firm that sells compute, the maker of the chips names the hardware, not a party.
    const auto other = [&](std::size_t i, auto&& pred) {
        for (std::size_t j = 0; j < parties.size(); ++j) {
            if (j != i && !parties[j].person && !same_party(parties[j].who, parties[i].who) && pred(parties[j])) return true;
        }
        return false;
    };
    std::vector<bool> names_hardware(parties.size(), false);
    if (type == "compute_deal") {
        // "access to Nvidia GB300 systems", "mit Nvidia-Chips": a maker right before its product, with two other
        // firms in the deal, names the hardware.
        std::size_t firms = 0;
        for (const Party& p : parties) firms += p.person ? 0 : 1;
        for (std::size_t i = 0; i < parties.size() && firms >= 3; ++i) {
            const std::size_t next = parties[i].last_word + 1;
            if (next >= all_words.size() || all_words[next].break_before) continue;
            const std::string& x = all_words[next].lower;
            const bool model = all_words[next].capitalised && std::any_of(x.begin(), x.end(), [](char c) { return c >= '0' && c <= '9'; });
            if (model || x == "chips" || x == "gpus" || x == "systems" || x == "processors" || x == "accelerators") names_hardware[i] = true;
        }
        for (std::size_t i = 0; i < parties.size(); ++i) {
            if (parties[i].marker != PartyMarker::possessive || parties[i].list_head != SIZE_MAX) continue;
            const bool provider_said = other(i, [](const Party& q) { return q.marker == PartyMarker::bei || q.marker == PartyMarker::von; });
            const bool customer_said = other(i, [](const Party& q) { return q.marker == PartyMarker::fuer || q.marker == PartyMarker::an; });
            const bool seller_beside = other(i, [](const Party& q) { return q.seller && q.marker == PartyMarker::none; });
            names_hardware[i] = names_hardware[i] || provider_said || (customer_said && seller_beside);
        }
    }
    // Whether the sentence names a part of a firm ("Sparte", "unit"), asked once per call, not once per party:
    // a sentence may list thousands.
    std::optional<bool> unit_named;
    const auto sentence_names_a_unit = [&] {
        if (!unit_named) unit_named = std::any_of(all_words.begin(), all_words.end(), [](const DealWord& w) { return names_a_unit(w.lower); });
        return *unit_named;
    };
    bool provider_marked = false;
    for (std::size_t i = 0; i < parties.size(); ++i) {
        const PartyMarker m = parties[i].marker;
        provider_marked = provider_marked || ((m == PartyMarker::bei || m == PartyMarker::von || m == PartyMarker::possessive) && !names_hardware[i]);
    }
    // "Amazon spricht mit OpenAI über eine Beteiligung", "in talks with X about an investment": whom talks are
    // held with over a stake, when no firm is marked as receiving it, is the one invested in.
    bool receiver_marked = false;
    for (const Party& p : parties) receiver_marked = receiver_marked || p.marker == PartyMarker::in || p.marker == PartyMarker::an || p.marker == PartyMarker::bei;
    const bool talks_with_investee = type == "investment" && !receiver_marked && std::any_of(all_words.begin(), all_words.end(), [](const DealWord& w) {
        return in_words(w.lower, {"spricht", "sprechen", "verhandelt", "verhandeln", "gespräche", "gesprächen", "talks", "negotiating", "negotiations",
                                  "discussions"});
    });
    // ("hatte die Bundesregierung dem US-Konzern Intel 9,9 Milliarden Euro zugesagt": "dem" marks whom money is given to;
    // the subject then gives it.)
    // The article before an unmarked party, past a cue noun ("Datenspezialisten") or an adjective ("kalifornischen")
    // and at most three words back, with how far back it stands; none when another word comes first.
    struct ArticleBefore {
        const DealWord* word = nullptr;
        std::size_t back = 0;
    };
    const auto article_before = [&](const Party& p) -> ArticleBefore {
        if (p.marker != PartyMarker::none) return {};
        for (std::size_t back = 1; back <= 3 && back <= p.first_word; ++back) {
            if (all_words[p.first_word - back + 1].break_before) return {};
            const DealWord& x = all_words[p.first_word - back];
            if (in_words(x.lower, {"den", "einen", "dem", "einem"})) return {&x, back};
            if (!(x.capitalised || (x.lower.size() > 4 && x.lower.ends_with("en")))) return {};
        }
        return {};
    };
    const auto dative_object = [&](const Party& p) {
        const ArticleBefore a = article_before(p);
        return a.word && in_words(a.word->lower, {"dem", "einem"}) && !a.word->break_before;
    };
    const bool given_to_dative = type == "investment" && std::any_of(parties.begin(), parties.end(), dative_object);
    // ("steckte 200 Millionen in X und sicherte sich damit die Mehrheit": money put "in" a firm is given, whatever else
    // the subject secures. Asked once, not per party: a sentence may list thousands.)
    const bool into_a_firm = std::any_of(parties.begin(), parties.end(), [](const Party& q) { return q.marker == PartyMarker::in && !q.person; });
    bool owner_taken = false;  // in_on_it: the round's owner was named
    // "Run:ai ist nicht der einzige Zukauf, mit dem Nvidia …", "Wiz is Google's biggest acquisition": the
    // subject of "ist"/"is" before the takeover's noun is what was bought; the other firms bought it.
    // ("Für AMD ist Silo AI nicht der erste Zukauf dieser Art": after the firm "für" whom, the subject that follows.)
    const std::size_t bought_subject = !parties.empty() && parties.front().marker == PartyMarker::fuer && parties.size() >= 2 ? 1 : 0;
    const bool subject_is_bought = [&] {
        if (type != "acquisition" || parties.size() <= bought_subject) return false;
        const Party& subject = parties[bought_subject];
        if (subject.marker != PartyMarker::none || subject.person) return false;
        const auto copula = [&](std::size_t at) { return at < all_words.size() && in_words(all_words[at].lower, {"ist", "war", "is", "was"}); };
        // ("Für AMD ist Silo AI …": German puts the verb before the subject after the "für" phrase.)
        std::size_t k = subject.last_word + 1;
        if (bought_subject == 1 && subject.first_word > 0 && copula(subject.first_word - 1)) k = subject.last_word;
        else if (!copula(k)) return false;
        for (std::size_t end = std::min(all_words.size(), k + 7); ++k < end;) {
            if (all_words[k].break_before) return false;
            if (all_words[k].trigger == "acquisition") return in_words(all_words[k].lower, {"zukauf", "kauf", "übernahme", "akquisition", "acquisition", "purchase", "takeover"});
            if (!in_words(all_words[k].lower, {"nicht", "not", "auch", "also", "der", "die", "das", "ein", "eine", "a", "an", "the", "einzige", "only",
                                                "größte", "biggest", "largest", "erste", "first", "jüngste", "latest", "neueste", "teuerste"}) &&
                scan::possessive_length(all_words[k].lower) == 0) {
                return false;
            }
        }
        return false;
    }();
    for (std::size_t i = 0; i < parties.size(); ++i) {
        const Party& p = parties[i];
        const PartyMarker m = p.marker;
        if (p.list_head != SIZE_MAX) {
            roles[i] = roles[p.list_head];  // "angeführt von A und B": B as A
            continue;
        }
        std::string role;
        using M = PartyMarker;
        if (m == M::apposition || p.in_passing) continue;
        if (p.person && m == M::none) continue;  // a person named as such is no party of the deal
        if (names_hardware[i]) continue;
        // "with the Nvidia chips it was buying serving as collateral": the maker of a thing in a deal
        // that is not about compute names the thing, not a party.
        // ("pledging its Nvidia graphics processors as collateral": a word may describe the thing first.)
        if (type != "compute_deal" && p.last_word + 1 < all_words.size() && !all_words[p.last_word + 1].break_before) {
            std::size_t k = p.last_word + 1;
            if (k + 1 < all_words.size() && in_words(all_words[k].lower, {"graphics", "ai", "ki", "h100", "gb200", "gb300", "blackwell"})) ++k;
            const std::string& next = all_words[k].lower;
            if (next == "chips" || next == "gpus" || next == "grafikchips" || next == "processors" || next == "prozessoren" || next == "accelerators") continue;
        }
        // "vereinbart, den Datenspezialisten Informatica zu übernehmen": "den" (or "einen") marks an
        // accusative object, which a takeover takes, whoever the subject is.
        const ArticleBefore article = article_before(p);
        // ("ein Zukauf, den Helsing bekannt gab": right before the name after a comma, "den" is a relative pronoun.)
        const bool accusative = article.word && in_words(article.word->lower, {"den", "einen"}) && !(article.back == 1 && article.word->break_before);
        const bool dative = dative_object(p);
        if (type == "acquisition" && !frame.sells && !passive && accusative) {
            roles[i] = "target";
            continue;
        }
        if (subject_is_bought && (m == M::none || m == M::mit || m == M::possessive || m == M::von || m == M::durch || m == M::fuer)) {
            roles[i] = i == bought_subject ? "target" : "buyer";
            continue;
        }
        const bool unit_sold = sentence_names_a_unit();
        const bool first = m == M::none && unmarked == 0;
        if (m == M::none) ++unmarked;
        if (type == "investment" && frame.sells && (m == M::an || (m == M::none && first))) {
            // "Scale AI sold a 49% stake to Meta", "verkaufte einen Anteil an Meta": who sells a stake in itself
            // is invested in, whom it goes to invests.
            role = m == M::an ? "investor" : "investee";
        } else if (type == "investment") {
            if (m == M::in || m == M::an || m == M::bei || (m == M::mit && talks_with_investee) || (m == M::none && dative)) role = "investee";
            else if (m == M::von || m == M::durch || m == M::mit || m == M::participation) role = "investor";
            else if (m == M::lead) role = "lead_investor";
            else if (m == M::of || m == M::fuer) role = "investee";  // "11% of Mistral", "sagte zehn Milliarden für Anthropic zu"
            else if (m == M::possessive) role = "investor";  // "Microsoft's investment"
            else if (m == M::none && first && leads) role = "lead_investor";
            else if (m == M::none) {
                const bool subject_invests = (!receives || shares_change_hands || into_a_firm || given_to_dative) && !grants_shares;
                role = first ? (subject_invests ? "investor" : "investee") : (subject_invests ? "investee" : "investor");
            }
        } else if (type == "funding_round") {
            // "Bei xAI war Nvidia in einer Runde dabei": the first firm after "bei" owns the round; the "bei"
            // reaches back past it to the subject that follows.
            if (m == M::bei && in_on_it) role = owner_taken ? "investor" : "investee";
            // "führte eine Finanzierungsrunde beim Start-up Skild AI an": the round the subject leads is the firm's "bei".
            else if (m == M::bei && leads) role = "investee";
            else if (m == M::von || m == M::bei || m == M::mit || m == M::durch || m == M::participation) role = "investor";
            else if (m == M::lead) role = "lead_investor";
            else if (m == M::in || m == M::an || m == M::possessive || round_for(p)) role = "investee";  // "OpenAI's round"
            // "… hatte CapitalG eine Runde angeführt, damals wurde das Start-up mit 1,4 Milliarden Dollar bewertet": the firm
            // valued in its own clause is the round's.
            else if (m == M::none && leads && [&] {
                         for (std::size_t k = p.last_word + 1; k < all_words.size() && k <= p.last_word + 8 && !all_words[k].break_before; ++k) {
                             // (Not "Felicis led a $50m round that valued us at …": the lead's own clause.)
                             if (in_words(all_words[k].lower, {"led", "leads", "angeführt", "führte", "co-led"})) return false;
                             if (in_words(all_words[k].lower, {"bewertet", "valued"})) return true;
                         }
                         return false;
                     }())
                role = "investee";
            else if (m == M::none && first && leads) role = "lead_investor";
            else if (m == M::none) role = first && !round_owner_named ? "investee" : "investor";
        } else if (type == "valuation") {
            // Chosen below: what is valued.
        } else if (type == "acquisition" && frame.sells) {
            // "AMD verkaufte die Sparte von ZT Systems an Sanmina", "agreed to sell X to Y".
            // ("einigte sich Vodafone mit Zegona auf den Verkauf der Tochter Vodafone España": whom the seller agrees with buys.)
            if (m == M::an || (m == M::mit && !passive)) role = "buyer";
            else if (m == M::von || m == M::of) role = "target";
            // "hatte Talen der Amazon-Tochter AWS einen Rechenzentrumscampus verkauft": with a unit or a site
            // sold, the other firm named is whom it is sold to.
            else if (m == M::none) role = first ? "seller" : unit_sold ? "buyer" : "target";
        } else if (type == "acquisition") {
            const bool buyer_by = other(i, [](const Party& q) { return q.marker == PartyMarker::durch; });
            if (m == M::durch) role = "buyer";
            // "agreed to buy Walmart's in-house robotics business", "Intel's networking unit": whose unit is bought sells it.
            else if (m == M::possessive && [&] {
                         for (std::size_t k = p.last_word + 1; k < all_words.size() && k <= p.last_word + 4 && !all_words[k].break_before; ++k) {
                             if (names_a_unit(all_words[k].lower) || in_words(all_words[k].lower, {"operations", "arm", "stake"})) return true;
                             if (all_words[k].trigger == "acquisition") return false;  // "Google's purchase of …"
                         }
                         return false;
                     }())
                role = "seller";
            // "IBM's takeover of Red Hat", "Googles Übernahme von Wiz"; but "Wiz's takeover by Google".
            else if (m == M::possessive) role = buyer_by ? "target" : "buyer";
            // "hatte SoftBank Boston Dynamics von der Google-Mutter Alphabet gekauft": with the bought firm named as the
            // object, "von" names who sold it.
            else if (m == M::von && !passive && other(i, [&](const Party& q) {
                         if (q.marker != PartyMarker::none || q.first_word >= p.first_word || &q == &parties.front()) return false;
                         for (std::size_t k = q.last_word + 1; k <= p.first_word; ++k) {
                             if (all_words[k].break_before) return false;  // the object and "von" in one stretch of the clause
                         }
                         return true;
                     }))
                role = "seller";
            // "schluckt die Robotiksparte von ABB": the firm whose unit is bought sells it.
            else if (m == M::von && !passive && p.first_word >= 2 && names_a_unit(all_words[p.first_word - 2].lower)) role = "seller";
            else if (m == M::von) role = passive ? "buyer" : "target";
            else if (m == M::of || m == M::fuer) role = "target";  // "acquisition of X", "paid $665m for Silo AI"
            // "hatte die Mehrheit an dem Kühlspezialisten Motivair übernommen", "75 Prozent an X gesichert" (a minority is a
            // stake, not a takeover): control of the firm "an" names. ("made a takeover
            // approach to Intel", "an offer to X's shareholders": whom the approach is made to is bought.)
            else if ((m == M::an || m == M::in) && !passive && std::any_of(all_words.begin() + static_cast<std::ptrdiff_t>(p.first_word >= 6 ? p.first_word - 6 : 0),
                                                           all_words.begin() + static_cast<std::ptrdiff_t>(p.first_word), [](const DealWord& w) {
                                                               return w.lower == "mehrheit" || w.lower == "kontrolle" || w.lower == "mehrheitsbeteiligung" || w.lower == "prozent" ||
                                                                      w.lower == "majority" || w.lower == "controlling" ||
                                                                      w.lower == "approach" || w.lower == "approached";
                                                           }))
                role = "target";
            // "hatte gemeinsam mit dem Finanzinvestor Blackstone die Übernahme … vereinbart", "together with KKR":
            // a co-buyer.
            else if (m == M::mit && !passive && [&] {
                         for (std::size_t k = p.first_word; k >= 2 && k + 5 > p.first_word; --k) {
                             if (all_words[k].break_before && k != p.first_word) return false;
                             if (in_words(all_words[k - 1].lower, {"mit", "with"})) return in_words(all_words[k - 2].lower, {"gemeinsam", "zusammen", "together", "along"});
                         }
                         return false;
                     }()) {
                role = "buyer";
            }
            else if (m == M::none) role = first != passive ? "buyer" : "target";
        } else if (type == "compute_deal") {
            if (m == M::bei || m == M::von || m == M::possessive) role = "provider";  // "AMD's processors", "Nvidia-Systeme"
            else if (m == M::mit) role = provides ? "customer" : "provider";  // "Vertrag mit Oracle"; "supply … with"
            else if (m == M::an || m == M::fuer) role = "customer";
            else if (m == M::none && provider_marked) role = "customer";  // "OpenAI baut … auf Basis von Nvidia-Systemen"
            else if (m == M::none) role = first != provides ? "customer" : "provider";
        } else if (type == "loan") {
            if (m == M::von || m == M::bei || m == M::durch || m == M::mit || m == M::lead || m == M::participation) role = "lender";
            else if (m == M::an || m == M::fuer) role = "borrower";
            // "completed a $5bn debt raise for xAI": with the borrower marked, the subject arranged or lent it.
            else if (m == M::none && other(i, [](const Party& q) { return q.marker == PartyMarker::fuer || q.marker == PartyMarker::an; })) role = "lender";
            else if (m == M::none) role = first != lends ? "borrower" : "lender";
        } else if (type == "partnership" || type == "project_announcement") {
            role = "partner";
        }
        roles[i] = role;
        if (type == "funding_round" && m == M::bei && in_on_it && !p.person) owner_taken = true;
    }
    // "Oracle is in talks with Meta over a cloud contract", "Nebius schließt einen Vertrag mit
    // Microsoft": where no preposition says who provides, the one firm that sells compute does.
    if (type == "compute_deal") {
        const auto decided = [](PartyMarker m) { return m == PartyMarker::bei || m == PartyMarker::von || m == PartyMarker::an || m == PartyMarker::fuer; };
        std::size_t sellers = 0, buyers = 0;
        // "Google vereinbarte mit Kairos Power, Strom zu beziehen": a verb of taking says the subject is the
        // customer, whoever else sells compute.
        bool open = std::none_of(all_words.begin(), all_words.end(), [](const DealWord& w) {
            return w.lower == "beziehen" || w.lower == "bezieht" || w.lower == "bezog" || w.lower == "bezogen" || w.lower == "abnehmen" ||
                   w.lower == "abzunehmen" || w.lower == "abnimmt";
        });
        // (Sellers counted once each: "CoreWeave hat einen Großkunden gewonnen: Meta habe sich … gesichert, teilte CoreWeave mit".)
        std::set<std::string> seller_keys;  // a set: a sentence may list thousands of firms
        for (std::size_t i = 0; i < parties.size(); ++i) {
            if (roles[i].empty()) continue;
            if (decided(parties[i].marker) && parties[i].list_head == SIZE_MAX) open = false;
            if (parties[i].seller) seller_keys.insert(firm_key(parties[i].who));
            else ++buyers;
        }
        sellers = seller_keys.size();
        if (open && sellers == 1 && buyers >= 1) {
            for (std::size_t i = 0; i < parties.size(); ++i) {
                if (roles[i].empty()) continue;
                // "mit Nscale und Aker": the rest of a list after the seller's preposition provides with it
                // ("zwischen Meta und Nebius" and "Meta und Nebius vereinbarten" still part by who sells).
                const std::size_t head = parties[i].list_head;
                const bool marked_list = head != SIZE_MAX && parties[head].marker != PartyMarker::none && !roles[head].empty();
                // (Parties stand in text order, so only the one before can be the seller it is listed with.)
                const bool beside_seller = i > 0 && parties[i].marker != PartyMarker::none && [&] {
                    const Party& q = parties[i - 1];
                    if (!q.seller || q.marker != parties[i].marker || q.last_word + 2 != parties[i].first_word) return false;
                    const std::string& between = all_words[q.last_word + 1].lower;
                    return between == "und" || between == "and" || between == "sowie";
                }();
                roles[i] = marked_list ? roles[head] : parties[i].seller || beside_seller ? "provider" : "customer";
            }
        }
    }
    if (type == "valuation") {
        // "values the ChatGPT maker at", "bewerten die Geldgeber das Unternehmen": the party after the
        // verb; else the firm money went into ("in OpenAI"); else the subject.
        std::optional<std::size_t> pick;
        for (std::size_t i = 0; i < parties.size() && !pick; ++i) {
            if (parties[i].person) continue;  // a firm is valued, not a person
            const std::size_t w = parties[i].first_word;
            for (std::size_t back = 1; back <= 3 && back <= w && !pick; ++back) {
                const std::string& x = all_words[w - back].lower;
                if (x == "values" || x == "valued" || x == "valuing" || x.starts_with("bewert")) pick = i;
            }
        }
        for (std::size_t i = 0; i < parties.size() && !pick; ++i) {
            if (!parties[i].person && (parties[i].marker == PartyMarker::in || parties[i].marker == PartyMarker::possessive)) pick = i;
        }
        // "die bisherigen Investoren von Character.AI werden zu einer Bewertung von … ausgezahlt": whose investors they are.
        for (std::size_t i = 0; i < parties.size() && !pick; ++i) {
            const std::size_t w = parties[i].first_word;
            const bool whose = w >= 2 && is_one_of(all_words[w - 2].lower, {"investoren", "geldgeber", "aktionäre", "anteilseigner", "investors", "backers", "shareholders"});
            if (!parties[i].person && whose && (parties[i].marker == PartyMarker::von || parties[i].marker == PartyMarker::of)) pick = i;
        }
        for (std::size_t i = 0; i < parties.size() && !pick; ++i) {
            if (!parties[i].person && parties[i].marker == PartyMarker::none && parties[i].list_head == SIZE_MAX) pick = i;
        }
        if (pick) roles[*pick] = "subject";
    }
    // Two amounts into two firms ("zehn Milliarden in OpenAI und fünf in Anthropic"): each amount
    // takes the investee that follows it, else the nearest before it.
    std::optional<std::size_t> chosen_investee;
    if (type == "investment") {
        std::size_t count = 0;
        for (std::size_t i = 0; i < parties.size(); ++i) count += roles[i] == "investee" && parties[i].marker != PartyMarker::none;
        if (count > 1) {
            for (std::size_t i = 0; i < parties.size() && !chosen_investee; ++i) {
                if (roles[i] == "investee" && parties[i].first_word > amount_word) chosen_investee = i;
            }
            for (std::size_t i = parties.size(); i-- > 0 && !chosen_investee;) {
                if (roles[i] == "investee") chosen_investee = i;
            }
        }
    }
    std::set<std::string> taken;  // a set: a sentence may list thousands of firms
    for (std::size_t i = 0; i < parties.size(); ++i) {
        if (roles[i].empty()) continue;
        if (parties[i].person && roles[i] != "investor" && roles[i] != "lead_investor") continue;
        if (parties[i].person && parties[i].marker == PartyMarker::none && parties[i].list_head == SIZE_MAX) continue;
        if (chosen_investee && roles[i] == "investee" && i != *chosen_investee) continue;
        if (!taken.insert(firm_key(parties[i].who)).second) continue;
        Participant p = parties[i].who;
        p.role = roles[i];
        out.push_back(std::move(p));
    }
    return out;
}

std::optional<std::size_t> party_of_stake_sold(const std::vector<DealWord>& words, const std::vector<Party>& parties) {
    const auto sells = [](const std::string& w) {
        return w.starts_with("verkauf") || w.starts_with("veräußer") || in_words(w, {"abgestoßen", "abstoßen", "stößt", "stieß", "sold", "sell", "sells", "selling",
                                                                                      "offloaded", "divested", "divests", "dumped", "unloaded"});
    };
    if (std::none_of(words.begin(), words.end(), [&](const DealWord& w) { return sells(w.lower); })) return std::nullopt;
    for (std::size_t k = 0; k + 1 < words.size(); ++k) {
        const std::string& w = words[k].lower;
        const bool beteiligung = w.ends_with("beteiligung") || w.ends_with("beteiligungen");
        const bool stake = beteiligung || in_words(w, {"anteil", "anteile", "anteilen", "aktien", "aktienpaket", "stake", "stakes", "shares", "holding", "holdings"});
        if (!stake) continue;
        const std::string& prep = words[k + 1].lower;
        if (words[k + 1].break_before || !in_words(prep, {"an", "am", "in", "bei", "of"})) continue;
        // "Anteile an" is "shares in" after a possessive ("seine Anteile an X"); else it may be "to X".
        bool possessive = beteiligung || prep == "in" || prep == "of" || prep == "am" || prep == "bei";
        for (std::size_t back = 1; back <= 3 && back <= k && !possessive; ++back) {
            const std::string& b = words[k - back].lower;
            possessive = b.starts_with("sein") || b.starts_with("ihr") || in_words(b, {"its", "their", "his", "her"});
        }
        if (!possessive) continue;
        // The first party after it, a few words on (past an article and a descriptor: "an dem Chipkonzern
        // Nvidia"). Parties are in text order: found by halving, so many stakes in one sentence stay linear.
        const auto after = std::partition_point(parties.begin(), parties.end(), [&](const Party& p) { return p.first_word <= k + 1; });
        if (after == parties.end() || after->first_word > k + 5 || after->person) continue;
        bool broken = false;
        for (std::size_t j = k + 2; j <= after->first_word && !broken; ++j) broken = words[j].break_before;
        if (!broken) return static_cast<std::size_t>(after - parties.begin());
    }
    return std::nullopt;
}

}  // namespace ds

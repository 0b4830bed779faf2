#include "core/events/deal_grammar.h"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <optional>
#include <unordered_map>

#include "core/articles/date_text.h"
#include "core/text/text_scan.h"

namespace ds {

namespace {

// Lower-case prefixes of words; a "$" at the end asks for the exact word.
struct Trigger {
    std::string_view type;
    std::vector<std::string_view> prefixes;
};
const Trigger kTriggers[] = {
    {"valuation", {"bewertet", "bewertung", "bewerten$", "valued$", "valuation", "valuing$", "values$", "wert$", "worth$"}},
    {"loan", {"kredit", "darlehen", "credit$", "loan", "lend$", "lends$", "lent$", "lending$", "fremdkapital", "fremdfinanzierung", "schuldenfinanzierung", "debt$", "anleihe", "bonds$", "bond$",
              "borrow$", "borrows$", "borrowed$", "borrowing$", "geliehen$", "leiht$", "lieh$", "facility$", "facilities$",
              "schuldschein", "finanzierungszusage", "*kredit", "*kredite", "*kredits", "*darlehen"}},
    {"funding_round", {"börsengang", "finanzierungsrunde", "finanzierungsrunden", "finanzierung", "seed-finanzierung", "runde$", "sammelt", "sammelte",
                       "eingesammelt", "einsammeln", "eingeworben$", "einwerben$", "finanzmittel", "raised$", "raises$", "raise$", "raising$", "round$", "funding$", "series$",
                       "wachstumskapital", "risikokapital", "wagniskapital", "frisches$", "gesichert", "sichert", "secured$", "secures$",
                       "lands$", "landed$", "bags$", "bagged$", "collected$", "collects$", "amassed$", "garnered$", "nabs$", "nabbed$", "snags$", "snagged$", "erhalten$", "erhielt$", "erhält$", "received$", "receives$"}},
    {"compute_deal", {"abnehmen$", "abnimmt$", "abnahm$", "rechenkapazität", "rechenleistung", "rechenzentr", "computing$", "compute$", "cloud", "chips$", "chip$", "gpus$", "gpu$",
                      "grafikprozessor", "grafikchip", "ki-chip", "tensor$", "infrastructure$", "ki-infrastruktur", "gigawatt", "megawatt", "datacenter", "data-center", "capacity$", "kapazität",
                      "server$", "servern$", "tpus$", "tpu$", "beschleuniger", "prozessoren", "processors$", "processor$", "rechenzentrum",
                      "supercomputer", "*supercomputer", "*supercomputers", "abzunehmen$", "abnahmeverpflichtung", "abnahmezusage",
                      "abnahmevertrag", "*abnahmevertrag", "stromliefervertrag", "stromabnahmevertrag", "ppa$", "ppas$", "bucht$", "buchte$", "gebucht$", "mietet$", "mietete$",
                      "gemietet$", "angemietet$"}},
    {"acquisition", {"übernimmt", "übernahm", "übernehmen", "übernommen", "übernahme", "erwirbt", "erwarb", "erworben", "kauft$", "kaufte$",
                     "gekauft$", "kaufen$", "acquire$", "acquires$", "acquired$", "acquiring$", "acquisition", "takeover", "buy$", "buys$", "buying$", "bought$",
                     "purchase", "zukauf", "paid$", "pays$", "pay$", "paying$", "zahlte$", "zahlt$", "bezahlt$", "*übernahme", "verkauft$", "verkaufte$", "verkaufen$",
                     "veräußert", "sell$", "sells$", "sold$", "fusioniert$", "fusionierte$", "fusionieren$", "merges$", "merged$", "merge$",
                     "schluckt$", "schluckte$", "geschluckt$", "schlucken$", "geboten$", "bot$", "überbot$", "gebot$", "bieterwettstreit", "bieterkampf", "kauf$", "kaufs$", "verkauf$", "verkaufs$", "verschmelzung", "fusion$",
                     "einverleibt$", "einverleiben$", "einverleibte$", "verleibt$", "verleibte$"}},
    {"investment", {"investier", "investition", "invest$", "invests$", "invested$", "investing$", "investment$", "investments$", "steckt$",
                    "aktienoption", "optionsschein", "optionsrecht", "warrant$", "warrants$",
                    "steckte$", "stecken$", "gesteckt$", "beteilig", "einstieg", "steigt$", "stieg$", "eingestiegen",
                    "finanzspritze", "geldspritze", "pumpt", "pumpen", "fließen", "fließt", "stake$", "stakes$", "anteil", "backs$", "backed$",
                    "tranche", "contribut", "put$", "puts$", "putting$", "aktien$", "aktienpaket", "shares$", "stock$", "beisteuert", "steuert$",
                    "*investition", "*investitionen", "*beteiligung", "geldgeber$", "anteilseigner$", "aktionär$", "shareholder$", "backer$",
                    "zuschuss", "zuschüsse", "fördermittel", "fördergeld", "förderzusage", "förderung$", "subvention", "staatshilfe", "beihilfe",
                    "grant$", "grants$", "subsidy$", "subsidies$", "granted$", "awarded$", "award$", "awards$",
                    "zugesagt$", "nachgeschossen$", "nachschießen$", "beisteuern$", "beigesteuert$", "gezeichnet$", "zeichnete$", "zeichnet$",
                    "finanziert$", "finanzierte$", "finanzierten$", "finanzieren$", "financed$", "funded$", "fördert$", "förderte$", "gefördert$",
                    "aussicht$", "bereitstellen$", "bereitgestellt$", "committed$", "commits$", "commit$", "pledged$", "pledges$", "pledge$"}},
    {"partnership", {"partnerschaft", "kooperation", "zusammenarbeit", "partnership", "allianz", "alliance", "lizenz", "licens", "licenc",
                     "jointly$", "collaborat", "kooperier", "co-develop", "gemeinsam$", "together$",
                     "gemeinschaftsunternehmen", "joint$", "vertrag", "verträge", "contract", "agreement$", "deal$", "*vertrag", "*verträge",
                     "*vertrags", "vereinbarung", "*vereinbarung", "unterschrieb$", "unterschreibt$", "unterschrieben$", "unterzeichnete$",
                     "unterzeichnet$", "unterzeichneten$", "auftrag", "aufträge", "*auftrag", "order$", "orders$", "arrangement$", "pact$",
                     "teamed$", "teaming$", "partnered$", "partnering$"}},
};

// "kredit" matches words that start with it, "deal$" the word itself, "*vertrag" German compounds
// that end with it ("Fünfjahresvertrag", "Cloud-Vertrag" is two words).
bool matches_prefix(const std::string& word, std::string_view p) {
    if (p.ends_with('$')) return word == p.substr(0, p.size() - 1);
    if (p.starts_with('*')) return word.size() >= p.size() + 2 && word.ends_with(p.substr(1));  // at least three letters before it
    return word.starts_with(p);
}

// A lower-cased word that names a day of the week ("montag", "freitagabend", "monday").
bool is_weekday(const std::string& lower) {
    std::string word = lower;
    if (!word.empty() && word[0] >= 'a' && word[0] <= 'z') word[0] = static_cast<char>(word[0] - 'a' + 'A');
    return weekday_from_name(word) != nullptr;
}

// A lower-cased word that names a month ("mai", "september").
bool is_month(const std::string& lower) {
    std::string word = lower;
    if (!word.empty() && word[0] >= 'a' && word[0] <= 'z') word[0] = static_cast<char>(word[0] - 'a' + 'A');
    return month_from_name(word) != 0;
}

}  // namespace

bool is_one_of(const std::string& word, std::initializer_list<std::string_view> list) { return scan::is_one_of(word, list); }

std::optional<std::string_view> trigger_type(const std::string& lower_word) {
    for (const Trigger& t : kTriggers) {
        for (std::string_view p : t.prefixes) {
            if (matches_prefix(lower_word, p)) return t.type;
        }
    }
    return std::nullopt;
}

void drop_other_senses(std::vector<DealWord>& words) {
    // "stieg Alibaba gemeinsam mit Tencent ein", "bought it together with KKR": side by side in another deal, not a partnership.
    const bool other_deal = std::any_of(words.begin(), words.end(), [](const DealWord& w) {
        return w.trigger == "investment" || w.trigger == "acquisition" || w.trigger == "funding_round" || w.trigger == "loan";
    });
    for (DealWord& w : words) {
        if (other_deal && w.trigger == "partnership" && is_one_of(w.lower, {"gemeinsam", "together", "jointly"})) w.trigger = {};
        // "ist drei Milliarden Dollar wert" values a firm; "einen Wert von" is what a deal is worth.
        if (w.lower == "wert" && w.capitalised) w.trigger = {};
    }
    // "sicherte sich für 850 Millionen Dollar die Mehrheit an Motivair", "took a majority stake in X": control of a firm
    // is bought; the words of raising or investing near it tell a takeover.
    for (std::size_t i = 0; i < words.size(); ++i) {
        const std::string& x = words[i].lower;
        // ("die Mehrheit der Anteile" too, not "die Mehrheit der Geldgeber": most of the investors take no firm.)
        const bool of_shares = i + 2 < words.size() && is_one_of(words[i + 1].lower, {"der", "des", "of"}) &&
                               (words[i + 2].lower.starts_with("anteil") || words[i + 2].lower.starts_with("aktie") ||
                                is_one_of(words[i + 2].lower, {"shares", "stock", "its", "the"}));
        const bool majority = x == "mehrheitsbeteiligung" || x == "mehrheitsanteil" ||
                              ((x == "mehrheit" || x == "majority" || x == "controlling") && i + 1 < words.size() &&
                               (of_shares || is_one_of(words[i + 1].lower, {"an", "am", "stake", "stakes", "holding", "interest", "in"})));
        if (!majority) continue;
        // (Within its clause: back to a comma, at most twelve words.)
        std::size_t from = i;
        while (from > 0 && i - from < 12 && !words[from].break_before) --from;
        for (std::size_t k = from; k < std::min(words.size(), i + 3); ++k) {
            if (words[k].trigger == "funding_round" || words[k].trigger == "investment") words[k].trigger = "acquisition";
        }
    }
    // "a deal valued at $4.8bn including debt", "inklusive Schulden": what a price counts, no loan.
    for (std::size_t i = 1; i < words.size(); ++i) {
        if (words[i].trigger != "loan") continue;
        const std::size_t before = words[i - 1].lower == "net" && i >= 2 ? i - 2 : i - 1;
        if (is_one_of(words[before].lower, {"including", "includes", "include", "excluding", "plus", "inklusive", "einschließlich", "inkl", "samt", "zuzüglich"})) {
            words[i].trigger = {};
        }
    }
    // "KT Cloud drew $450m from …", "Oracle Cloud": "Cloud" after a name is part of it, and tells no compute deal; nor does
    // the first part of a firm's compound ("das Cloud-Sicherheitsunternehmen Wiz", "the cloud-security company").
    for (std::size_t i = 1; i < words.size(); ++i) {
        if (words[i].trigger != "compute_deal") continue;
        // (Not the first part of a compound: "der ChatGPT-Entwickler Cloud-Leistungen … beziehen" buys compute.)
        const bool in_name = words[i].lower == "cloud" && words[i].capitalised && words[i - 1].capitalised && !words[i].break_before && !words[i].hyphen_before &&
                             !(i + 1 < words.size() && words[i + 1].hyphen_before);
        if (in_name) words[i].trigger = {};
    }
    for (std::size_t i = 0; i + 1 < words.size(); ++i) {
        if (words[i].trigger != "compute_deal" || !words[i + 1].hyphen_before || words[i + 1].break_before) continue;
        const std::string& firm = words[i + 1].lower;
        for (const char* noun : {"unternehmen", "konzern", "anbieter", "spezialist", "spezialisten", "firma", "startup", "company", "firm"}) {
            if (firm.ends_with(noun)) words[i].trigger = {};
        }
    }
    // "CHIPS Act awards", "the European Chips Act", "das Chips-Gesetz": a law named after chips tells no compute deal.
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (words[i].trigger != "compute_deal") continue;
        const bool law_follows = i + 1 < words.size() && is_one_of(words[i + 1].lower, {"act", "gesetz", "gesetzes", "and"}) &&
                                 (words[i + 1].lower != "and" || (i + 3 < words.size() && words[i + 3].lower == "act"));
        if (law_follows || words[i].lower == "chips-gesetz" || words[i].lower == "chips-act") words[i].trigger = {};
    }
    // "mehr als fünf Billionen Dollar wert", "Börsenwert", "market value": what a listed firm's shares are worth, no deal.
    const bool market_value = std::any_of(words.begin(), words.end(), [](const DealWord& w) {
        return w.lower.starts_with("börsenwert") || w.lower.starts_with("marktwert") || w.lower.starts_with("marktkapitalisierung") ||
               w.lower == "capitalisation" || w.lower == "capitalization";
    });
    for (DealWord& w : words) {
        if (market_value && w.trigger == "valuation") w.trigger = {};
    }
    // "pay $4.9bn for server maker ZT Systems", "acquire chip designer Ampere", "the cloud provider borrowed $2.3bn": a compute
    // word that only describes the firm bought or borrowing ("server" of "server maker") tells no compute deal.
    const bool buys_or_funds = std::any_of(words.begin(), words.end(), [](const DealWord& w) { return w.trigger == "acquisition" || w.trigger == "loan"; });
    for (std::size_t i = 0; buys_or_funds && i + 1 < words.size(); ++i) {
        if (words[i].trigger == "compute_deal" && is_one_of(words[i + 1].lower, {"maker", "makers", "designer", "designers", "startup", "start-up", "company",
                                                                                "firm", "specialist", "supplier", "manufacturer", "developer", "business",
                                                                                "provider", "operator", "group"})) {
            words[i].trigger = {};
        }
    }
    // "Aleph Alpha hatte 2023 rund 500 Millionen Dollar erhalten": money received is a round only where no other word says what
    // it was ("erhielt Optionsrechte", "received $350m of CoreWeave stock", "erhielt … als Lizenzgebühr"), and where it names no
    // giver ("40 Millionen Euro vom Chipkonzern Nvidia erhalten" is Nvidia's investment, read by the verb's frame).
    const auto receives = [](const std::string& x) { return is_one_of(x, {"erhalten", "erhielt", "erhält", "received", "receives"}); };
    const bool other_word = std::any_of(words.begin(), words.end(), [&](const DealWord& w) {
        return (!w.trigger.empty() && !receives(w.lower)) || is_one_of(w.lower, {"von", "vom", "from"});
    });
    for (DealWord& w : words) {
        if (other_word && receives(w.lower)) w.trigger = {};
    }
    // "secured a $7.5 billion facility", "closed a revolving facility": a credit line; "a $10bn facility in Texas" is a site.
    const bool arranged = std::any_of(words.begin(), words.end(), [](const DealWord& w) {
        return is_one_of(w.lower, {"secured", "secures", "closed", "closes", "obtained", "arranged", "refinanced", "revolving", "credit", "lenders", "banks"});
    });
    for (DealWord& w : words) {
        if (!arranged && is_one_of(w.lower, {"facility", "facilities"})) w.trigger = {};
    }
    // "fünf Milliarden Dollar für den Ausbau von Rechenzentren bereit", "$5bn to build data centres": compute named as what
    // money given is for tells no purchase of compute.
    const bool gives_money = std::any_of(words.begin(), words.end(), [](const DealWord& w) { return w.trigger == "investment" || w.trigger == "loan"; });
    for (std::size_t i = 1; gives_money && i < words.size(); ++i) {
        if (words[i].trigger != "compute_deal") continue;
        for (std::size_t k = i >= 4 ? i - 4 : 0; k < i; ++k) {
            if (words[k].break_before && k > 0) continue;
            if (is_one_of(words[k].lower, {"ausbau", "bau", "aufbau", "errichtung", "build", "building", "construction", "expansion", "expand"})) {
                words[i].trigger = {};
                break;
            }
        }
    }
    // "a 20-year power purchase agreement with Microsoft", "Stromabnahmevertrag": electricity bought for data centres is
    // sold like compute, no takeover.
    for (std::size_t i = 1; i < words.size(); ++i) {
        if (words[i - 1].lower == "power" && is_one_of(words[i].lower, {"purchase", "supply", "deal", "agreement", "contract"})) words[i].trigger = "compute_deal";
    }
    // "hatten Sequoia und ICONIQ bei ElevenLabs Aktien von Mitarbeitern übernommen", "bought shares from employees": shares bought
    // are a stake, no takeover — unless all of them are ("will sämtliche Aktien der Northern Data AG übernehmen").
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (words[i].trigger != "acquisition" || !is_one_of(words[i].lower, {"übernommen", "gekauft", "erworben", "bought", "purchased", "acquired", "buys",
                                                                              "kauft", "kaufte", "übernahm", "erwarb", "erwirbt"})) {
            continue;
        }
        const std::size_t from = i >= 8 ? i - 8 : 0, to = std::min(words.size(), i + 6);
        bool shares = false, all = false;
        for (std::size_t k = from; k < to; ++k) {
            if (k != i && is_one_of(words[k].lower, {"aktien", "anteile", "shares", "stake", "stakes"})) shares = true;
            if (is_one_of(words[k].lower, {"sämtliche", "alle", "all", "restlichen", "remaining", "outstanding", "mehrheit", "majority"})) all = true;
        }
        if (shares && !all) words[i].trigger = {};
    }
    // "up to ¥802.5 billion in additional support to Rapidus", "state aid": money given as support is invested.
    for (std::size_t i = 1; i < words.size(); ++i) {
        if (words[i].trigger.empty() && is_one_of(words[i].lower, {"support", "aid"}) &&
            is_one_of(words[i - 1].lower, {"additional", "financial", "state", "government", "public", "federal", "in"})) {
            words[i].trigger = "investment";
        }
    }
    // "agreed to buy more than $1 billion worth of electricity from ARC", "kauft Strom bei …": electricity bought is
    // sold like compute too.
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (words[i].trigger != "acquisition" || !is_one_of(words[i].lower, {"buy", "buys", "bought", "purchase", "purchases", "kauft", "kaufen", "kaufte"})) continue;
        for (std::size_t k = i + 1; k < words.size() && k <= i + 8 && !words[k].break_before; ++k) {
            if (is_one_of(words[k].lower, {"electricity", "power", "strom", "atomstrom", "ökostrom"})) {
                words[i].trigger = "compute_deal";
                break;
            }
        }
    }
    // "SoftBank is buying Ampere" buys; "buying ZT was the fastest way" only speaks of a takeover told before.
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (words[i].lower == "buying" && !(i > 0 && is_one_of(words[i - 1].lower, {"is", "are", "was", "were", "been", "'s"}))) words[i].trigger = {};
    }
    // "hatte zugesagt, jährlich drei Milliarden Dollar für Technik auszugeben": a promise to spend, not to invest.
    const bool spends = std::any_of(words.begin(), words.end(), [](const DealWord& w) { return w.lower == "auszugeben" || w.lower == "ausgeben"; });
    for (std::size_t i = 0; i < words.size(); ++i) {
        const std::string& x = words[i].lower;
        if (spends && x == "zugesagt") words[i].trigger = {};
        // "den Kauf von Altair", "den Kauf des Netzwerkausrüsters X" tell a takeover; "Abgeschlossen wurde der Kauf im Juli"
        // only speaks of one told before.
        if ((x == "kauf" || x == "kaufs") && !(i + 1 < words.size() && is_one_of(words[i + 1].lower, {"von", "des", "der", "eines", "einer"}))) words[i].trigger = {};
        if (words[i].trigger != "acquisition" || !(x.starts_with("übernehm") || x.starts_with("übernimm") || x.starts_with("übernahm") || x.starts_with("übernomm"))) {
            continue;
        }
        for (std::size_t k = i >= 3 ? i - 3 : 0; k < std::min(words.size(), i + 4); ++k) {
            const std::string& y = words[k].lower;
            if (k != i && is_one_of(y, {"vorsitz", "verantwortung", "führung", "leitung", "kosten", "betrieb", "aufgabe", "aufgaben", "rolle", "posten",
                                 "amt", "regie", "steuer", "geschäftsführung", "vorstandsvorsitz", "chefposten", "haftung", "garantie"})) {
                words[i].trigger = {};
                break;
            }
        }
    }
}

void mark_split_verbs(std::vector<DealWord>& words) {
    std::optional<bool> money_after_with;  // "with $300m", "mit einer Milliarde": found on first need
    // "KKR and GIP struck a $15bn deal for CyrusOne": a deal for a firm buys it (not "a deal for Nvidia chips", what is bought
    // named after the maker; nor "a deal for computing capacity"). The noun's own trigger (a partnership's) gives way.
    for (std::size_t i = 0; i + 2 < words.size(); ++i) {
        if (is_one_of(words[i].lower, {"deal", "offer", "bid"}) && words[i + 1].lower == "for" && words[i + 2].capitalised && !words[i + 2].break_before &&
            !(i + 3 < words.size() && !words[i + 3].break_before && words[i + 3].trigger == "compute_deal")) {
            words[i].trigger = "acquisition";
        }
    }
    // Each clause's last word, found in one pass from the end: a sentence of thousands of verbs stays linear.
    std::vector<std::size_t> clause_end(words.size());
    for (std::size_t i = words.size(); i-- > 0;) {
        clause_end[i] = i + 1 < words.size() && !words[i + 1].break_before ? clause_end[i + 1] : i;
    }
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (!words[i].trigger.empty()) continue;
        const std::string& x = words[i].lower;
        // "Nokia greift nach Infinera": reaching for a firm is bidding for it.
        if ((x == "greift" || x == "griff") && i + 1 < words.size() && words[i + 1].lower == "nach") words[i].trigger = "acquisition";
        // "a tie-up with OpenAI": the hyphen splits the noun in two words.
        if (x == "tie" && i + 1 < words.size() && words[i + 1].hyphen_before && (words[i + 1].lower == "up" || words[i + 1].lower == "ups")) {
            words[i].trigger = "partnership";
        }
        const char* particle = is_one_of(x, {"sagte", "sagt", "sagten", "sagen"}) ? "zu" : is_one_of(x, {"legte", "legt", "legten", "schoss", "schießt"}) ? "nach" : nullptr;
        if (particle && clause_end[i] > i && words[clause_end[i]].lower == particle) words[i].trigger = "investment";
        // "Hyundai schießt Motional 475 Millionen Dollar zu": money added to a firm.
        if (is_one_of(x, {"schoss", "schießt", "schossen", "schießen"}) && clause_end[i] > i && words[clause_end[i]].lower == "zu") words[i].trigger = "investment";
        // "had agreed to be taken over by Thoma Bravo", "took over Inflection": a firm bought (not "took over as chief
        // executive", nor "took over the Army's programme from Microsoft").
        if (is_one_of(x, {"taken", "take", "takes", "took", "taking"}) && i + 2 < words.size() && words[i + 1].lower == "over" && !words[i + 1].break_before) {
            const DealWord& next = words[i + 2];
            if (next.lower == "by" || (next.capitalised && scan::possessive_length(next.lower) == 0)) words[i].trigger = "acquisition";
        }
        // "was taken private by DigitalBridge", "took the company private": bought off the stock market.
        if (is_one_of(x, {"taken", "take", "takes", "took", "taking"})) {
            for (std::size_t k = i + 1; k < words.size() && k <= i + 4 && !words[k].break_before; ++k) {
                if (words[k].lower == "private") words[i].trigger = "acquisition";
            }
        }
        // "Macquarie stellt Applied Digital bis zu fünf Milliarden Dollar bereit": money put at a firm's disposal.
        if (is_one_of(x, {"stellt", "stellte", "stellen", "stellten"}) && clause_end[i] > i && words[clause_end[i]].lower == "bereit") {
            words[i].trigger = "investment";
        }
        // "will provide Applied Digital with up to $5 billion": a sum after "with" is money given (not "with $3 billion of AI
        // infrastructure": what the sum buys is named after it).
        if (is_one_of(x, {"provide", "provides", "provided", "providing"})) {
            for (std::size_t k = i + 1; k < words.size() && k <= i + 5 && !words[k].break_before; ++k) {
                if (words[k].lower != "with" || k + 1 >= words.size()) continue;
                const std::string& next = words[k + 1].lower;
                const bool sum = next.starts_with("$") || next.starts_with("€") || is_one_of(next, {"up", "about", "roughly", "around", "nearly"}) ||
                                 (!next.empty() && next[0] >= '0' && next[0] <= '9');
                bool of_goods = false;
                for (std::size_t j = k + 1; j < words.size() && j <= k + 6 && !of_goods; ++j) {
                    if (words[j].lower != "of") continue;
                    for (std::size_t g = j + 1; g < words.size() && g <= j + 3; ++g) of_goods = of_goods || words[g].trigger == "compute_deal";
                }
                if (sum && !of_goods) words[i].trigger = "investment";
            }
        }
        // "Elon Musk legt xAI und X zusammen": a merger, the first firm taking the second.
        if (is_one_of(x, {"legt", "legte", "legen", "legten"}) && clause_end[i] > i && words[clause_end[i]].lower == "zusammen") words[i].trigger = "acquisition";
        // "Mit mehr als einer Milliarde Dollar ist Xaira an den Start gegangen", "emerged from stealth with $300m": a
        // start-up launched with money raised.
        if (is_one_of(x, {"start", "gestartet", "startet", "startete", "launched", "launches", "launch", "debuted", "debuts", "emerged", "emerges", "stealth",
                          "deckung"})) {
            // (Looked for once per sentence: a sentence of thousands of "launched" stays linear.)
            if (!money_after_with) money_after_with = [&] {
                for (std::size_t k = 0; k + 1 < words.size(); ++k) {
                    if (words[k].lower != "mit" && words[k].lower != "with") continue;
                    for (std::size_t j = k + 1; j < words.size() && j <= k + 5; ++j) {
                        const std::string& y = words[j].lower;
                        if (y.starts_with("$") || y.starts_with("€") || y.starts_with("milliarde") || y.starts_with("million") || y == "billion" ||
                            (!y.empty() && std::isdigit(static_cast<unsigned char>(y[0])))) {
                            return true;
                        }
                    }
                }
                return false;
            }();
            // ("an den Start", not "Start-ups" nor "zum Start … ausgestattet", which says its own verb.)
            const bool start_noun = x == "start" && !(i > 0 && words[i - 1].lower == "den" && !(i + 1 < words.size() && words[i + 1].hyphen_before));
            if (*money_after_with && !start_noun) words[i].trigger = "funding_round";
        }
        // "Wacker Chemie, der rund 30,8 Prozent an Siltronic hält": a stake held, said of a holder in a relative clause (a
        // main clause's "ASML hält danach elf Prozent an Mistral" tells what a deal told before left it with).
        const bool relative = [&] {  // (asked only of the verb: asked of every word it made a long sentence quadratic)
            if (!is_one_of(x, {"hält", "halten", "hielt", "hielten"})) return false;
            std::size_t opens = i;
            while (opens > 0 && i - opens < 30 && !words[opens].break_before) --opens;
            return opens > 0 && words[opens].break_before && is_one_of(words[opens].lower, {"der", "die", "das", "welcher", "welche"});
        }();
        if (relative) {
            for (std::size_t k = i >= 8 ? i - 8 : 0; k + 1 < words.size() && k <= i + 8; ++k) {
                if ((words[k].lower == "prozent" || words[k].lower == "%") && is_one_of(words[k + 1].lower, {"an", "am", "der", "des"})) words[i].trigger = "investment";
            }
        }
        // "stockte der Konzern sein Engagement um zehn Milliarden Dollar auf": more money into a stake held.
        if (is_one_of(x, {"stockt", "stockte", "stockten", "stocken"}) && clause_end[i] > i && words[clause_end[i]].lower == "auf") {
            for (std::size_t k = i + 1; k < clause_end[i] && k <= i + 12; ++k) {
                const std::string& y = words[k].lower;
                if (y == "engagement" || y.starts_with("beteiligung") || y == "anteil" || y == "anteile" || y.starts_with("investition")) words[i].trigger = "investment";
            }
        }
    }
}

bool is_contract_word(const std::string& x) {
    return x.starts_with("vertrag") || x.starts_with("verträge") || x.starts_with("contract") || x == "agreement" || x == "deal" ||
           x.ends_with("vertrag") || x.ends_with("verträge") || x.ends_with("vereinbarung") || x.starts_with("unterschr") || x.starts_with("unterzeichne") ||
           x.starts_with("auftrag") || x.starts_with("aufträge") || x.ends_with("auftrag") || x == "order" || x == "orders";
}

static PartyMarker marker_before(const std::vector<DealWord>& words, std::size_t at, bool within_list);

bool office_after_name(const std::vector<DealWord>& words, std::size_t at) {
    std::size_t after = at + 1;
    while (after < words.size() && after < at + 5 && words[after].capitalised && !words[after].break_before) ++after;
    return after < words.size() && !words[after].break_before &&
           is_one_of(words[after].lower, {"chief", "ceo", "founder", "co-founder", "cofounder", "boss", "chairman", "chair", "president", "head",
                                          "executive", "cto", "cfo"});
}

// "Kredite von einem Bankenkonsortium, zu dem JPMorgan, Bank of America und Goldman Sachs gehören": the members
// a relative clause names stand where the group does. The word before the clause's comma, or none.
static std::optional<std::size_t> group_of_members(const std::vector<DealWord>& words, std::size_t at) {
    for (std::size_t k = at; k >= 1 && k + 12 > at; --k) {
        if (!words[k].break_before || words[k].lower != "zu" || k + 1 >= at) continue;
        if (!is_one_of(words[k + 1].lower, {"dem", "der", "denen"})) return std::nullopt;
        // The clause's verb after the names, with only names and the words of a list between.
        for (std::size_t j = at; j < words.size() && j < at + 25; ++j) {
            if (is_one_of(words[j].lower, {"gehören", "gehört", "gehörten", "gehörte", "zählen", "zählt", "zählten", "zählte"})) return k - 1;
            if (!words[j].capitalised && !is_one_of(words[j].lower, {"und", "sowie", "auch", "of", "and", "&"})) return std::nullopt;
        }
        return std::nullopt;
    }
    return std::nullopt;
}

PartyMarker marker_before(const std::vector<DealWord>& words, std::size_t at) {
    if (const auto group = group_of_members(words, at); group) return marker_before(words, *group, true);
    return marker_before(words, at, false);
}

static PartyMarker marker_before(const std::vector<DealWord>& words, std::size_t at, bool within_list) {
    // ", dem Wagniskapitalarm des Chipkonzerns Nvidia,": a segment that starts with an article after
    // punctuation describes the party before it.
    for (std::size_t k = at; k + 8 > at && k > 0; --k) {
        if (!words[k].trigger.empty() && !words[k].capitalised && k < at) break;  // ": Das Start-up übernimmt den Flugzeugbauer X": a verb between, a clause
        if (!words[k].break_before) continue;
        // "In August, the US government agreed": after a date there is no party to describe.
        const bool after_date = k >= 1 && (is_month(words[k - 1].lower) || (!words[k - 1].lower.empty() && words[k - 1].lower[0] >= '0' && words[k - 1].lower[0] <= '9'));
        // ", die von Accel angeführt wurde", ", der mit X …": a relative pronoun and its preposition open a clause.
        const bool relative = (k + 1 < at && is_one_of(words[k + 1].lower, {"von", "vom", "mit", "bei", "durch", "an", "in", "für", "zu"})) ||
                              (k + 1 < at && words[k].lower == "an" && is_one_of(words[k + 1].lower, {"deren", "dessen", "der", "dem", "den", "die"})) ||  // ", an deren Spitze X"
                              // ", die der Chipausrüster ASML anführte": a pronoun, then the article of the clause's subject.
                              (k + 1 < at && is_one_of(words[k].lower, {"der", "die", "das", "den", "dem"}) && is_one_of(words[k + 1].lower, {"der", "die", "das", "den", "dem"}));
        // "angekündigt, den Chipentwickler X zu übernehmen": an apposition follows a name, not a verb.
        const std::string& prev = k >= 1 ? words[k - 1].lower : words[k].lower;
        const bool after_verb = k >= 1 && !words[k - 1].capitalised && prev.size() >= 4 && (prev.ends_with('t') || prev.ends_with("en"));
        // ", den Helsing im Juni bekannt gemacht hat", ", die Stepstone Group,": an article right before the
        // name is a relative pronoun or a list's next item; an apposition has a noun between.
        // (", the OpenAI chief executive,": a name before a person's office says where the person works.)
        const bool bare = k + 1 == at && is_one_of(words[k].lower, {"der", "die", "das", "dem", "den", "the"}) && !office_after_name(words, at);  // ", a Tel Aviv startup" describes
        // ", das Milliarden in OpenAI investiert hat": a preposition before the name and a verb (lower
        // case) closing the segment make it a relative clause.
        bool clause_with_verb = false;
        for (std::size_t j = k + 1; j < at && !clause_with_verb; ++j) clause_with_verb = is_one_of(words[j].lower, {"in", "an", "bei", "von", "mit", "für", "zu", "über"});
        // The segment's end, looked for within 40 words: a sentence of thousands of names without a comma
        // must not make each name read to its end.
        std::size_t end = at + 1;
        while (end < words.size() && end < at + 40 && !words[end].break_before) ++end;
        if (clause_with_verb) {
            clause_with_verb = !words[end - 1].capitalised && words[end - 1].lower.size() > 2;
        }
        if (clause_with_verb) break;
        // ", die Qatar Investment Authority und der Netzwerkausrüster Cisco": past "und" the name is the list's next item.
        // (k may be the name itself, after a comma or a semicolon: then nothing stands between.)
        if (k < at && std::any_of(words.begin() + static_cast<std::ptrdiff_t>(k + 1), words.begin() + static_cast<std::ptrdiff_t>(at),
                        [](const DealWord& x) { return is_one_of(x.lower, {"und", "and", "sowie"}); })) {
            break;
        }
        // ", den Serverbauer ZT Systems für 4,9 Mrd. Dollar zu übernehmen": an infinitive's object, no apposition.
        if (end >= 2 && end - 2 > at && words[end - 2].lower == "zu" && !words[end - 1].capitalised) break;
        // ", der singapurische Staatsfonds GIC, Blackstone": a cue noun right before the name, no genitive
        // between — the next item of a list, not a description of the one before.
        bool genitive = false;
        for (std::size_t j = k + 1; j < at && !genitive; ++j) genitive = is_one_of(words[j].lower, {"des", "der", "dem", "of", "von", "vom"});
        const bool list_item = k + 2 <= at && words[at - 1].capitalised && !genitive && k >= 1 && words[k - 1].capitalised && !words[at - 1].break_before;
        // "DÜSSELDORF (nrr) - Der Softwarekonzern X": after a dash a new statement begins, no description
        // ("Raumfahrt: Das Raketen-Start-up X …": after a colon too).
        if (k < at && !after_date && !relative && !after_verb && !bare && !list_item && !words[k].dash_before && !words[k].colon_before &&
            is_one_of(words[k].lower, {"der", "die", "das", "dem", "den", "des", "einem", "einer", "eines", "ein", "eine", "a", "an", "the"})) {
            return PartyMarker::apposition;  // also ", a Tel Aviv startup", ", the largest investor in OpenAI,"
        }
        break;
    }
    bool verb_between = false;
    for (std::size_t back = 1; back <= 7 && back <= at; ++back) {
        if (words[at - back + 1].break_before) return PartyMarker::none;  // punctuation between: not governed by what stands before
        const DealWord& w = words[at - back];
        const std::string& x = w.lower;
        // "unter Führung von Coatue die Firma": a name, then an article, opens another phrase; what governs
        // the name does not govern it.
        if (back >= 2 && w.capitalised && !w.break_before && is_one_of(words[at - back + 1].lower, {"der", "die", "das", "den", "dem"}) &&
            !words[at - back + 1].break_before && at - back > 0 && !is_one_of(words[at - back - 1].lower, {"der", "die", "das", "den", "dem", "des"})) {
            return PartyMarker::none;
        }
        // "von den Investoren B Capital und Capital Factory": past "und" after a name, the item is one
        // of a list and takes the marker of the list's first name, not of the words before it.
        // ("started by Liam Ostrander and Ekin Varga": a description's list describes too. Asked once, not down the
        // whole list: a list of thousands stays linear.)
        if (!within_list && back < at && !w.break_before && is_one_of(x, {"und", "and", "sowie", "&"}) && words[at - back - 1].capitalised &&
            words[at - back - 1].trigger.empty()) {
            std::size_t before = at - back - 1;
            while (before > 0 && before + 4 > at - back && words[before - 1].capitalised && !words[before].break_before) --before;
            const bool founders = before >= 2 && is_one_of(words[before - 1].lower, {"by", "von"}) &&
                                  is_one_of(words[before - 2].lower, {"started", "founded", "co-founded", "gegründet", "mitgegründet", "backed"});
            return founders && marker_before(words, before, true) == PartyMarker::apposition ? PartyMarker::apposition : PartyMarker::none;
        }
        // "Der in Amsterdam ansässige Anbieter X", "mit dem in Paris gegründeten Start-up X": the
        // preposition before a participle governs the place, not the name; look on before the article.
        if (!w.capitalised && x.size() > 6 &&
            (x.starts_with("ansässig") || x.starts_with("gegründet") || x.starts_with("beheimatet") || x.starts_with("stammend") ||
             x.starts_with("headquartered"))) {
            std::size_t article = at - back;
            while (article > 0 && article + 5 > at - back && !is_one_of(words[article].lower, {"der", "die", "das", "dem", "den", "des", "ein", "eine", "einem", "einen", "eines", "einer"})) {
                if (words[article].break_before) break;
                --article;
            }
            if (article + 5 > at - back && is_one_of(words[article].lower, {"der", "die", "das", "dem", "den", "des", "ein", "eine", "einem", "einen", "eines", "einer"})) {
                if (words[article].break_before || article == 0) return PartyMarker::none;
                back = at - article;  // the loop goes on with the word before the article
                continue;
            }
        }
        // "… in OpenAI as OpenAI deploys 10 GW", ", während OpenAI … aufbaut": a conjunction opens a clause whose
        // subject the name is; a preposition before it governs another phrase.
        if (is_one_of(x, {"as", "while", "whereas", "während", "weil", "because", "nachdem", "obwohl", "although"})) return PartyMarker::none;
        // "investors are still talking about World Labs": what people speak of is no side the words before mark.
        if (x == "about" && back == 1) return PartyMarker::none;
        // "Parag Agrawal, bis 2022 Chef von Twitter", "the former head of Google's AI unit": a person's office at a firm says who
        // the person is; the firm takes no part.
        if (is_one_of(x, {"von", "bei", "of", "at"}) && back < at &&
            is_one_of(words[at - back - 1].lower, {"chef", "chefin", "gründer", "gründerin", "mitgründer", "mitgründerin", "ceo", "chief", "founder",
                                                   "co-founder", "cofounder", "head", "president", "präsident", "vorstand", "vorstandschef", "leiter",
                                                   "leiterin", "executive", "manager", "managerin", "chairman", "chair", "vorsitzender"})) {
            return PartyMarker::apposition;
        }
        // "… and hires Meta's Joelle Pineau", "ernennt X zum Vorstand": whom a firm hires, and where from,
        // take no part in its deal.
        if (is_one_of(x, {"hires", "hired", "hiring", "appoints", "appointed", "poaches", "poached", "recruits", "recruited", "ernennt", "ernannte",
                   "ernannt", "beruft", "berief"})) {
            return PartyMarker::apposition;
        }
        // ", bei der das Unternehmen … bewertet wurde": the preposition governs the relative pronoun, not the name.
        if (back >= 3 && is_one_of(words[at - back + 1].lower, {"der", "die", "dem", "den", "denen", "deren"}) &&
            is_one_of(words[at - back + 2].lower, {"der", "die", "das", "dem", "den"}) &&
            is_one_of(x, {"bei", "an", "in", "mit", "von", "für", "über", "durch", "unter"})) {
            return PartyMarker::none;
        }
        // ", für die Google … bezahlt hatte": after a comma the preposition governs the relative pronoun; the name is its clause's subject.
        if (back == 2 && w.break_before && is_one_of(words[at - 1].lower, {"der", "die", "das", "dem", "den", "denen", "which", "whom"}) &&
            is_one_of(x, {"bei", "an", "in", "mit", "von", "für", "über", "durch", "unter", "for", "from", "with", "to"})) {
            return PartyMarker::none;
        }
        // "der größte Geldgeber des ChatGPT-Entwicklers OpenAI", "Aktionär der Firma X": whom the money backs.
        if (is_one_of(x, {"geldgeber", "anteilseigner", "aktionär", "kapitalgeber"}) && back >= 2 && is_one_of(words[at - back + 1].lower, {"des", "der"})) return PartyMarker::of;
        if (is_one_of(x, {"backer", "shareholder"}) && back >= 2 && words[at - back + 1].lower == "of") return PartyMarker::of;
        // "die Hälfte von Scale AI", "49 Prozent an X", "a stake of 10% in X": whose shares they are.
        if (is_one_of(x, {"von", "of"}) && back < at &&
            (is_one_of(words[at - back - 1].lower, {"hälfte", "anteil", "anteile", "prozent", "mehrheit", "drittel", "viertel", "half", "stake", "majority", "shares", "stock"}) ||
             words[at - back - 1].lower.ends_with("aktien"))) {
            return PartyMarker::of;
        }
        // "Stammaktien des Softwarehauses Synopsys", "Anteile der Firma X": whose shares they are.
        if (is_one_of(x, {"des", "der"}) && back < at) {
            const std::string& held = words[at - back - 1].lower;
            if (held.ends_with("aktien") || is_one_of(held, {"anteile", "anteil", "anteils", "hälfte", "mehrheit"})) return PartyMarker::of;
        }
        // "von Investoren um Lightspeed": the investors gathered round the lead.
        if (x == "um" && back < at && is_one_of(words[at - back - 1].lower, {"investoren", "investorengruppe", "geldgebern", "geldgeber", "kapitalgebern"})) {
            return PartyMarker::lead;
        }
        // "Die Bestandsinvestoren Accel, Bessemer und …", "existing backers Index and …": investors named by the noun right before them.
        // (Plural nouns only, and not after a lead's words: "angeführt von dem Wagniskapitalgeber Accel" leads.)
        if (back == 1 && (x.ends_with("investoren") || ((x == "investors" || x == "backers") && !words[at - 1].capitalised))) {
            bool after_lead = false;
            // ("Angeführt wurde die Runde von den Investoren B Capital und …": the participle may open the clause.)
            for (std::size_t k = at - 1; k > 0 && k + 9 > at && !after_lead; --k) {
                after_lead = is_one_of(words[k - 1].lower, {"angeführt", "führung", "led", "co-led", "leitung"});
                if (words[k].break_before) break;
            }
            if (!after_lead) return PartyMarker::participation;
            continue;  // the lead's words further back decide
        }
        // "an deren Spitze Andreessen Horowitz stehen soll": at the head of the round.
        if (x == "spitze" && back <= 2) return PartyMarker::lead;
        if (is_one_of(x, {"angeführt", "angefuehrt", "led", "führung", "leitete", "leitet", "anführte", "anführten", "führte", "führten", "leiteten", "federführend", "lead", "co-led", "co-lead",
                   "co-leads", "leads"})) {
            // "Angeführt vom Investor Atomico hatte Lakera … abgeschlossen": the lead's "von" took its name; past the
            // verb stands the subject.
            const bool own_by = verb_between && std::any_of(words.begin() + static_cast<std::ptrdiff_t>(at - back + 1), words.begin() + static_cast<std::ptrdiff_t>(at),
                                                            [](const DealWord& y) { return is_one_of(y.lower, {"von", "vom", "by"}); });
            return own_by ? PartyMarker::none : PartyMarker::lead;
        }
        // "unter Führung des Londoner Investors Highland Europe": the German genitive of "Investor", not English "investors".
        // After another noun ("dem Fonds AMP des Investors Anjney Midha") the genitive only says whose it is.
        if (x == "investors" && w.capitalised) {
            std::optional<std::size_t> genitive;
            for (std::size_t more = 1; more <= 2 && back + more <= at && !genitive; ++more) {
                if (is_one_of(words[at - back - more].lower, {"des", "eines"})) genitive = at - back - more;
            }
            if (genitive) {
                if (*genitive >= 1 && is_one_of(words[*genitive - 1].lower, {"führung", "leitung", "federführung", "beteiligung", "teilnahme"})) continue;
                return PartyMarker::apposition;
            }
        }
        if (is_one_of(x, {"beteiligt", "beteiligten", "beteiligung", "participation", "participated", "including", "included", "includes", "darunter", "dabei", "investoren",
                   "geldgeber", "geldgebern", "kapitalgeber", "kapitalgebern", "investorinnen", "unterstützern", "investors", "backers", "co-investoren", "mitinvestoren", "alongside", "neben", "among"})) {
            return PartyMarker::participation;
        }
        // "Im Gegenzug will Nvidia", "Im März übernahm Google Wiz": with a verb between, a preposition
        // further back governs another phrase, not the name (a participle that marks investors still counts:
        // "Beteiligt waren zudem X").
        if ((!w.capitalised && !w.trigger.empty()) || w.finite_verb ||
            is_one_of(x, {"will", "wird", "werden", "soll", "sollen", "hat", "haben", "hatte", "hatten", "ist", "sind", "war", "waren", "kann", "könnte",
                   "möchte", "wollte", "wollen", "dürfte", "muss", "would", "could", "should"})) {
            verb_between = true;
            continue;
        }
        if (verb_between) continue;
        // "agreed to pay CoreWeave $11.9bn", "plans to rent capacity": "to" before an infinitive marks the verb,
        // not the name after it ("sold the unit to chipmaker AMD" still goes to AMD). ("to supply OpenAI" is
        // left to "to": whom a firm supplies is its customer either way.)
        if (x == "to" && back >= 2 && is_one_of(words[at - back + 1].lower, {"pay", "buy", "sell", "rent", "lease", "lend", "fund", "back",
                                                                                 "license", "licence", "give", "offer", "hire", "join", "acquire", "invest"})) {
            verb_between = true;
            continue;
        }
        // "and also drew the Qatar Investment Authority", "attracted Temasek": whom a round draws invests; so do
        // "returning backers such as M12".
        if (is_one_of(x, {"drew", "draws", "attracted", "attracts"}) && back <= 2) return PartyMarker::participation;
        if (x == "as" && back < at && words[at - back - 1].lower == "such" && back + 1 < at &&
            is_one_of(words[at - back - 2].lower, {"backers", "investors", "funds", "firms", "investor", "names"})) {
            return PartyMarker::participation;
        }
        // "the round brought in SoftBank Vision Fund 2": whom a round brings in invests.
        if (x == "in" && back < at && is_one_of(words[at - back - 1].lower, {"brought", "brings", "bringing", "bring", "pulled", "drew"})) return PartyMarker::participation;
        if (is_one_of(x, {"in", "ins", "into", "im"})) return PartyMarker::in;
        if (is_one_of(x, {"an", "to", "am"})) return PartyMarker::an;
        if (x == "bei" || x == "beim") return PartyMarker::bei;
        // "a joint venture with funds managed by Blue Owl", "mit von X verwalteten Fonds": the manager of the
        // funds is whom the deal is with.
        if (is_one_of(x, {"by"}) && back + 1 < at && is_one_of(words[at - back - 1].lower, {"managed", "advised"})) {
            for (std::size_t more = 2; more <= 4 && back + more <= at; ++more) {
                if (is_one_of(words[at - back - more].lower, {"with", "mit"})) return PartyMarker::mit;
            }
        }
        // "a venture fund backed by Saudi Aramco", "started by Liam Fedus", "gegründet von": who stands
        // behind a party, not a party to this deal.
        // ("founded in 2023 by Munjal Shah", "2019 in Berlin gegründet von …": a year or a place between.)
        if (is_one_of(x, {"by", "von"}) && back < at) {
            std::size_t verb = at - back - 1;
            const auto year_or_place = [&](std::size_t k) {
                const std::string& y = words[k].lower;
                return words[k].capitalised || (y.size() == 4 && std::all_of(y.begin(), y.end(), [](char c) { return c >= '0' && c <= '9'; }));
            };
            if (verb >= 2 && is_one_of(words[verb - 1].lower, {"in", "im"}) && year_or_place(verb)) verb -= 2;
            if (is_one_of(words[verb].lower, {"backed", "founded", "co-founded", "started", "owned", "run", "created", "chaired", "headed", "controlled",
                                              "gegründet", "mitgegründet"})) {
                return PartyMarker::apposition;
            }
        }
        // "unter Führung des US-Wagniskapitalgebers NEA": the genitive after the lead's noun.
        if (is_one_of(x, {"des", "der"}) && back < at && is_one_of(words[at - back - 1].lower, {"führung", "leitung", "federführung"})) return PartyMarker::lead;
        if (is_one_of(x, {"des", "der"}) && back < at && is_one_of(words[at - back - 1].lower, {"beteiligung", "teilnahme"})) return PartyMarker::participation;
        if (is_one_of(x, {"von", "vom", "from", "durch", "by"}) && back < at) {
            // "angeführt von", "unter Führung von", "led by": the lead; "unter Beteiligung von", "participation from": an investor.
            // "Angeführt wurde die sogenannte Series F von X": the participle may open the clause.
            // ("angeführt von A und von B": a repeated "von" after "und" reaches back past A.)
            const bool repeated = at - back >= 1 && is_one_of(words[at - back - 1].lower, {"und", "sowie", "and"});
            for (std::size_t more = 1; more <= (repeated ? 12u : 6u) && more + back <= at && (repeated || !words[at - back - more + 1].break_before); ++more) {
                const std::string& y = words[at - back - more].lower;
                if (is_one_of(y, {"angeführt", "angefuehrt", "led", "co-led", "führung", "leitung", "federführung", "anführung"})) return PartyMarker::lead;
                if (is_one_of(y, {"beteiligung", "participation", "teilnahme", "unterstützung", "support"})) return PartyMarker::participation;
            }
            // "Angeführt wird die Runde, die als Series G bezeichnet wird, vom Staatsfonds GIC": a sentence that
            // opens with the lead's participle names its leads with "von", whatever comes between.
            if (is_one_of(words[0].lower, {"angeführt", "angefuehrt", "co-led", "led"}) && is_one_of(x, {"von", "vom", "by"})) return PartyMarker::lead;
        }
        // "auf Basis von Nvidia-Systemen", "based on AMD chips", "powered by Nvidia": the maker of the compute, as "Nvidia's chips".
        if (is_one_of(x, {"von", "on", "by"}) && back < at && is_one_of(words[at - back - 1].lower, {"basis", "based", "powered"})) return PartyMarker::possessive;
        // "an der Finanzierungsrunde von OpenAI", "a round of X": whose round it is.
        // Also the genitive: "an der Finanzierungsrunde des französischen Start-ups Mistral AI".
        if (is_one_of(x, {"von", "vom", "des"}) && back < at && words[at - back - 1].trigger == "funding_round" && words[at - back - 1].capitalised) return PartyMarker::in;
        // "die Führung einer Runde über 600 Millionen Dollar bei MiniMax": the round at a firm is that firm's.
        // (Not where a verb of raising takes "bei": "sammelte in der Runde bei Sequoia … ein" names the investors. Looked
        // for within 40 words, and only for "bei": a sentence may hold thousands of parties.)
        const auto raises_from = [&] {
            const std::size_t from = at > 40 ? at - 40 : 0, to = std::min(words.size(), at + 40);
            return std::any_of(words.begin() + static_cast<std::ptrdiff_t>(from), words.begin() + static_cast<std::ptrdiff_t>(to), [](const DealWord& word) {
                return word.lower.starts_with("sammel") || word.lower == "eingesammelt" || word.lower == "einsammeln" || word.lower.starts_with("eingeworben");
            });
        };
        if (x == "bei" && back < at && !raises_from()) {
            for (std::size_t k = at - back; k > 0 && k + 8 > at - back; --k) {
                if (words[k - 1].trigger == "funding_round" && words[k - 1].capitalised && words[k - 1].lower.ends_with("runde")) return PartyMarker::in;
                if (words[k].break_before) break;
            }
        }
        if (is_one_of(x, {"von", "vom", "from"})) return PartyMarker::von;
        // "with Andreessen Horowitz and ICONIQ co-leading", "with Nvidia also participating": how the firms after "with" take part.
        if (x == "with") {
            for (std::size_t k = at + 1; k < words.size() && k <= at + 24; ++k) {
                if (is_one_of(words[k].lower, {"leading", "co-leading"})) return PartyMarker::lead;
                if (is_one_of(words[k].lower, {"participating", "joining", "investing"})) return PartyMarker::participation;
                if (words[k].lower == "taking" && k + 1 < words.size() && words[k + 1].lower == "part") return PartyMarker::participation;
                if (words[k].break_before && !words[k].capitalised) break;  // (a list's commas go on: "with A, B, C and D also taking part")
            }
        }
        if (is_one_of(x, {"mit", "with"})) return PartyMarker::mit;
        if (is_one_of(x, {"durch", "by"})) return PartyMarker::durch;
        if (is_one_of(x, {"für", "for"})) return PartyMarker::fuer;
        if (x == "of") return PartyMarker::of;
        // "die Übernahme des Start-ups OpenPipe", "der Kauf der Firma X": the genitive after a takeover noun is its target.
        if (w.trigger == "acquisition" && w.capitalised && back >= 2 && is_one_of(words[at - back + 1].lower, {"des", "der"})) return PartyMarker::of;
        // "in das 2015 gegründete Startup": a year after an article belongs to the noun phrase.
        const bool year_in_phrase = back < at && !x.empty() && x[0] >= '0' && x[0] <= '9' && is_one_of(words[at - back - 1].lower, {"das", "der", "die", "dem", "den", "the"});
        // A trigger word, a number or a month between ("im Mai Parloa"): the party is the verb's subject or object.
        // ("des US-Wagniskapitalgebers NEA": a noun right before the name describes it, it is no verb.)
        // ("mit dem Cloud-Anbieter Oracle": nor is the first part of a compound noun before the name.)
        bool describing_noun = w.capitalised && back >= 1;
        for (std::size_t k = at - back + 1; k < at && describing_noun; ++k) describing_noun = words[k].capitalised && !words[k].break_before;
        if ((!w.trigger.empty() && !describing_noun) || (!year_in_phrase && !x.empty() && x[0] >= '0' && x[0] <= '9')) return PartyMarker::none;
        if (w.capitalised && (is_month(x) || is_weekday(x))) return PartyMarker::none;  // "Am Montag teilte der Konzern …": a time, no marker
    }
    return PartyMarker::none;
}

namespace {
// What a word says about the verb's frame, one bit each; looked up once per word.
enum FrameBit : unsigned { kReceive = 1, kProvide = 2, kLend = 4, kParticiple = 8, kAuxiliary = 16, kLead = 32, kLeadVerbSplit = 64, kSell = 128 };

unsigned frame_bits(const std::string& word) {
    static const std::unordered_map<std::string_view, unsigned> kBits = [] {
        std::unordered_map<std::string_view, unsigned> m;
        const auto add = [&](unsigned bit, std::initializer_list<std::string_view> words) {
            for (std::string_view w : words) m[w] |= bit;
        };
        add(kReceive, {"erhält", "erhielt", "erhalten", "bekommt", "bekam", "bekommen", "sammelt", "sammelte", "eingesammelt", "einsammeln",
                       "eingeworben", "einwerben", "wirbt", "warb",
                       "raises", "raised", "raise", "raising", "secures", "secured", "gets", "got", "receives", "received", "holt", "holte",
                       "geholt", "sichert", "sicherte", "gesichert", "nimmt", "nahm", "aufgenommen", "aufnehmen", "lands", "landed"});
        add(kProvide, {"liefert", "liefern", "lieferte", "geliefert", "bereit", "bereitstellen", "bereitgestellt", "vermietet", "vermieten",
                       "verkauft", "verkaufen", "verkaufte", "supplies", "supply", "supplied", "provides", "provide", "provided", "sells",
                       "sell", "sold", "baut", "bauen", "errichtet", "builds", "build", "verfügung"});  // "stellt X … zur Verfügung"
        add(kSell, {"verkauft", "verkaufte", "verkaufen", "verkauf", "veräußert", "veräußerte", "veräußern", "sell", "sells", "sold", "selling", "divest", "divests"});
        add(kLend, {"gewährt", "gewähren", "gewährte", "vergibt", "vergeben", "vergab", "leiht", "lend", "lends", "lent", "extends", "extended"});
        add(kParticiple, {"übernommen", "gekauft", "erworben", "acquired", "bought", "purchased", "taken", "finanziert", "financed", "funded", "backed", "gefördert",
                          "granted", "awarded"});
        add(kAuxiliary, {"wird", "wurde", "werden", "wurden", "worden", "is", "was", "were", "been", "be", "being"});
        add(kLead, {"lead", "leads", "led", "co-led", "co-lead", "leitete", "leitet", "anführt", "anführte", "anführten", "anführen", "leiteten", "co-leads"});
        add(kLeadVerbSplit, {"führt", "führte", "führen", "führten"});
        return m;
    }();
    const auto it = kBits.find(word);
    return it == kBits.end() ? 0 : it->second;
}
}  // namespace

DealFrame frame_of(const std::vector<DealWord>& words) {
    DealFrame f;
    bool participle = false, auxiliary = false, split_lead_verb = false;
    for (std::size_t i = 0; i < words.size(); ++i) {
        // "hatte X übernommen; der Kaufpreis wurde … geschätzt", "hat Cerner gekauft, was erwartet worden
        // war": the passive's two parts stand in one clause, not each in one of two.
        if (words[i].break_before) {
            f.passive |= participle && auxiliary;
            participle = auxiliary = false;
        }
        const unsigned bits = frame_bits(words[i].lower);
        f.receive_verb |= (bits & kReceive) != 0;
        f.provides |= (bits & kProvide) != 0;
        f.lends |= (bits & kLend) != 0;
        f.sells |= (bits & kSell) != 0;
        participle |= (bits & kParticiple) != 0;
        auxiliary |= (bits & kAuxiliary) != 0;
        // "will lease data-centre capacity to AWS", "to give Microsoft access to GB300 systems": the subject
        // provides (but "leases capacity from Y" rents it).
        const auto within = [&](std::size_t n, std::initializer_list<std::string_view> later) {
            for (std::size_t k = i + 1; k < words.size() && k <= i + n; ++k) {
                if (is_one_of(words[k].lower, later)) return true;
            }
            return false;
        };
        if (is_one_of(words[i].lower, {"lease", "leases", "leased", "leasing", "rent", "rents", "rented", "renting"}) && within(5, {"to"}) && !within(5, {"from"})) {
            f.provides = true;
        }
        if (is_one_of(words[i].lower, {"give", "gives", "giving", "gave", "grant", "grants"}) && within(3, {"access"})) f.provides = true;
        // "led by X" is not "X led": the lead follows.
        const bool by_follows = i + 1 < words.size() && is_one_of(words[i + 1].lower, {"by", "von", "vom"});
        if ((bits & kLead) && !by_follows) f.leads = true;
        // "führte die Runde an": "führt"/"führte" and a separated "an" later
        if (bits & kLeadVerbSplit) split_lead_verb = true;
        else if (split_lead_verb && words[i].lower == "an") f.leads = true;
    }
    f.passive |= participle && auxiliary;
    // "übernahm der Konzern die Führung einer Runde", "took the lead in the round": the subject leads.
    // (Not "lead investor" beside "took a stake": the noun with its article, right after the verb's object slot.)
    for (std::size_t i = 0; i + 2 < words.size(); ++i) {
        const bool takes = is_one_of(words[i].lower, {"übernahm", "übernimmt", "übernommen", "übernehmen", "took", "takes", "taken"});
        if (!takes) continue;
        for (std::size_t k = i + 1; k + 1 < words.size() && k <= i + 4 && !words[k + 1].break_before; ++k) {
            if (is_one_of(words[k].lower, {"die", "the"}) && (words[k + 1].lower == "führung" || (words[k + 1].lower == "lead" && !(k + 2 < words.size() && words[k + 2].lower == "investor")))) {
                f.leads = true;
            }
        }
    }
    // "SoftBank hatte eine Finanzierungsrunde … angeführt": the perfect, not "wurde … angeführt" nor "angeführt von".
    // ("Im Dezember 2019 hatte CapitalG eine Runde angeführt, damals wurde Dataiku mit … bewertet": the passive of
    // another clause leaves the perfect's clause alone.)
    const bool perfect = std::any_of(words.begin(), words.end(), [](const DealWord& w) { return is_one_of(w.lower, {"hat", "hatte", "haben", "hatten"}); });
    for (std::size_t i = 0; i < words.size() && perfect && !f.leads; ++i) {
        const bool by_follows = i + 1 < words.size() && is_one_of(words[i + 1].lower, {"von", "vom"});
        if (words[i].lower != "angeführt" || by_follows) continue;
        if (i + 1 < words.size() && (frame_bits(words[i + 1].lower) & kAuxiliary)) continue;  // "; angeführt wurde die Runde von …"
        // Back from the participle to its "hatte", with no passive's auxiliary nor a semicolon between.
        for (std::size_t k = i; k-- > 0 && k + 24 > i;) {
            if ((frame_bits(words[k].lower) & kAuxiliary) || words[k + 1].semicolon_before || words[k + 1].colon_before) break;
            if (is_one_of(words[k].lower, {"hat", "hatte", "haben", "hatten"})) {
                f.leads = true;
                break;
            }
        }
    }
    return f;
}

bool amount_is_valuation(const std::vector<DealWord>& words, std::size_t amount_word, std::size_t amount_end_word) {
    const auto valuation = [](const std::string& x) {
        return x.starts_with("bewert") || x == "valued" || x.starts_with("valuation") || x == "valuing" || x == "values";
    };
    // "im Wert von" is what a deal is worth, not what a firm is valued at.
    // "bewerten die Geldgeber das Unternehmen dabei mit rund 12 Mrd.": "mit" before the amount reaches further back.
    const bool with = (amount_word >= 1 && words[amount_word - 1].lower == "mit") || (amount_word >= 2 && words[amount_word - 2].lower == "mit");
    // "Die Bewertung des Unternehmens von Victor Riparbelli stieg damit auf 2,1 Milliarden Dollar": "auf" too.
    // ("Die Bewertung liegt nach Angaben von Insidern bei rund 600 Millionen Euro": "bei" as far.)
    std::size_t before = amount_word;  // the word before the amount and its qualifier ("bei rund 600 Millionen")
    if (before >= 1 && is_one_of(words[before - 1].lower, {"rund", "etwa", "knapp", "gut", "circa", "ca.", "about", "around", "roughly", "some", "nearly"})) --before;
    // ("stieg damit auf mehr als eine Milliarde Dollar", "to more than $1bn", "auf bis zu": a qualifier of two words too.)
    if (before >= 2 && ((words[before - 1].lower == "als" && is_one_of(words[before - 2].lower, {"mehr", "weniger"})) ||
                        (words[before - 1].lower == "than" && is_one_of(words[before - 2].lower, {"more", "less"})) ||
                        (words[before - 1].lower == "zu" && words[before - 2].lower == "bis") || (words[before - 1].lower == "to" && words[before - 2].lower == "up"))) {
        before -= 2;
    }
    // ("a Series J round that values the San Francisco-based data and AI company at $62 billion": "at" too; but "agreed to buy
    // Splunk for $157 a share, valuing the company at $28bn" is the takeover's price.)
    const bool takeover = std::any_of(words.begin(), words.end(), [](const DealWord& w) { return w.trigger == "acquisition"; });
    const bool onto = before >= 1 && (is_one_of(words[before - 1].lower, {"auf", "to", "bei"}) || (words[before - 1].lower == "at" && !takeover));
    // "Last August it raised $1.5 billion at $14 billion", "another $2bn in April at $32bn": a sum raised "at" a
    // second one is raised at that valuation.
    if (before >= 2 && words[before - 1].lower == "at" && !takeover) {
        bool sum_before = false, raised = false;
        for (std::size_t k = before - 1; k-- > 0 && k + 8 >= before;) {
            const std::string& x = words[k].lower;
            sum_before = sum_before || (!x.empty() && (x[0] == '$' || x.starts_with("€") || x.starts_with("us$") ||
                                                       (std::isdigit(static_cast<unsigned char>(x[0])) && k + 2 < before)));
        }
        for (std::size_t k = before - 1; k-- > 0 && k + 14 >= before;) {
            raised = raised || is_one_of(words[k].lower, {"raised", "raises", "raise", "raising", "collected", "secured", "added", "landed", "pulled", "took", "closed"});
        }
        if (sum_before && raised) return true;
    }
    const std::size_t reach = onto ? 12 : with ? 9 : 6;
    std::optional<bool> stake_sold;  // found on first need: the sentence's words read once per call, not per word looked back at
    const auto stake_or_unit_sold = [&] {
        if (!stake_sold) {
            stake_sold = std::any_of(words.begin(), words.end(), [](const DealWord& x) {
                return x.lower == "stake" || x.lower == "controlling" || x.lower == "percent" || x.lower == "%" || x.lower.starts_with("anteil") ||
                       x.lower == "prozent" || x.lower == "majority" || x.lower == "minority" ||
                       x.lower == "sold" || x.lower == "sells" || x.lower == "verkaufte" || x.lower == "verkauft";  // a unit sold: its value told
            });
        }
        return *stake_sold;
    };
    for (std::size_t k = amount_word >= reach ? amount_word - reach : 0; k < amount_word; ++k) {  // "values the ChatGPT maker at $300bn"
        // (", valuing it at $1.1 billion": a participle clause after the comma still values.)
        if (words[k].break_before && k > 0 && k + reach > amount_word && !is_one_of(words[k].lower, {"valuing", "valued"})) continue;
        // "in a deal valued at $3 billion", "eine Transaktion, bewertet mit …": what the deal is worth.
        // ("Der Deal bewertet xAI mit 80 Milliarden": the deal values a firm, named before the figure.)
        // ("That deal valued the Campbell-based company at $1.6bn": English too, with an object before "at".)
        const bool values_a_firm = k + 1 < amount_word && ((words[k].lower == "bewertet" && !is_one_of(words[k + 1].lower, {"mit", "auf", "zu", "von", "worden", "wurde"})) ||
                                                           (is_one_of(words[k].lower, {"valued", "values"}) && !is_one_of(words[k + 1].lower, {"at", "by", "in", "as", "around", "about"})));
        const bool deal_before = k > 0 && is_one_of(words[k].lower, {"valued", "bewertet"}) && !values_a_firm &&
                                 is_one_of(words[k - 1].lower, {"deal", "transaction", "agreement", "contract", "acquisition", "transaktion", "deals"});
        // ("agreed to buy Splunk for $157 a share in cash, valuing the company at $28bn": what the takeover prices it at.)
        const bool prices_takeover = takeover && words[k].lower == "valuing" && words[k].break_before &&
                                     std::none_of(words.begin(), words.end(), [](const DealWord& w) { return w.trigger == "funding_round"; });
        // ("agreed to be taken over by Thoma Bravo in a deal that values the company at about $5.3bn": the takeover's price;
        // a stake's sale "in a deal that values Altera at $8.75bn" values the firm.)
        const bool takeover_values = takeover && k >= 2 && is_one_of(words[k].lower, {"values", "valued", "valuing"}) &&
                                     is_one_of(words[k - 1].lower, {"that", "which"}) &&
                                     is_one_of(words[k - 2].lower, {"deal", "offer", "transaction", "bid", "takeover", "acquisition", "agreement"}) &&
                                     !stake_or_unit_sold();
        if (valuation(words[k].lower) && !deal_before && !prices_takeover && !takeover_values) return true;
        // "a round that would value it at around $50 billion": the verb's plain form ("a value of" is a deal's worth).
        if (words[k].lower == "value" && k >= 1 && is_one_of(words[k - 1].lower, {"would", "could", "will", "to", "may", "might"}) && k + 1 < amount_word &&
            words[k + 1].lower != "of") {
            return true;
        }
    }
    // ("a $6.9 billion post-money valuation": "post-money" is two words before the noun.)
    const bool money_kind = amount_end_word + 1 < words.size() && is_one_of(words[amount_end_word + 1].lower, {"post", "pre", "post-money", "pre-money"});
    // ("a round of $693 million that valued it at $2.6 billion": a relative clause after the sum values another.)
    const bool relative_after = amount_end_word + 1 < words.size() && is_one_of(words[amount_end_word + 1].lower, {"that", "which", "der", "die", "das"});
    for (std::size_t k = amount_end_word + 1; !relative_after && k < words.size() && k <= amount_end_word + (money_kind ? 3 : 2); ++k) {
        if (words[k].break_before) break;
        if (valuation(words[k].lower) || (k == amount_end_word + 1 && words[k].lower == "wert")) return true;  // "… ist 3 Mrd. Dollar wert"
    }
    // "the $3.5 billion the company was valued at in July": a relative clause without its pronoun, whose "valued at" ends
    // on the sum before it.
    for (std::size_t k = amount_end_word + 2; k + 1 < words.size() && k <= amount_end_word + 6; ++k) {
        if (words[k].break_before) break;
        if (is_one_of(words[k].lower, {"was", "were", "is", "had", "been"}) && words[k + 1].lower == "valued" && k + 2 < words.size() &&
            words[k + 2].lower == "at" && (k + 3 >= words.size() || words[k + 3].break_before || !std::isdigit(static_cast<unsigned char>(words[k + 3].lower[0])))) {
            return true;
        }
    }
    // "Die Runde bewertet das Unternehmen, das … gegründet haben, mit 400 Milliarden Yen": after an inserted
    // relative clause ", mit" goes on with the main clause before it.
    if (amount_word >= 2 && words[amount_word - 1].lower == "mit" && words[amount_word - 1].break_before) {
        std::size_t inserted = amount_word - 1;
        while (inserted > 0 && !words[inserted - 1].break_before) --inserted;
        if (inserted > 0) --inserted;  // the word the inserted clause follows
        for (std::size_t k = inserted >= 8 ? inserted - 8 : 0; k <= inserted && k < amount_word; ++k) {
            if (valuation(words[k].lower)) return true;
        }
    }
    return false;
}

bool names_a_round(const DealWord& w) {
    return w.trigger == "funding_round" && (w.lower.ends_with("runde") || w.lower == "round" || w.lower == "rounds");
}

std::vector<int> clauses_of(const std::vector<DealWord>& words) {
    std::vector<int> out(words.size(), 0);
    int next_clause = 1, current = 0;
    for (std::size_t k = 0; k < words.size(); ++k) {
        if (words[k].break_before && current != 0) current = 0;  // the clause ends at punctuation
        if (words[k].break_before && k > 0) {
            const std::string& x = words[k].lower;
            const bool conjunction = is_one_of(x, {"während", "wobei", "nachdem", "weil", "obwohl", "sodass", "damit", "wenn", "als", "dass", "while",
                                            "whereas", "although", "because", "after", "when", "which", "who", "whose", "that", "wodurch", "womit"});
            bool relative = is_one_of(x, {"der", "die", "das", "dem", "den", "deren", "dessen", "welche", "welcher", "welches"});
            // ", bei der das Unternehmen … bewertet wurde", ", an dem sich X beteiligte": a preposition before the pronoun.
            if (!relative && k + 1 < words.size() && is_one_of(x, {"bei", "an", "in", "mit", "von", "für", "über", "auf", "aus", "nach", "durch", "unter", "zu"})) {
                relative = is_one_of(words[k + 1].lower, {"der", "die", "das", "dem", "den", "denen", "deren", "dessen", "welcher", "welchem", "welchen"});
                // (", in den kommenden zwei Jahren …": an article, an adjective and its noun, no pronoun.)
                if (relative && k + 3 < words.size() && !words[k + 2].capitalised &&
                    (words[k + 3].capitalised || (k + 4 < words.size() && words[k + 4].capitalised && !words[k + 4].break_before)) &&
                    (words[k + 2].lower.ends_with("en") || words[k + 2].lower.ends_with("em") || words[k + 2].lower.ends_with("er"))) {
                    relative = false;
                }
            }
            if (relative) {
                // Up to the next punctuation: a relative clause ends with its verb (lower case), an apposition with a noun.
                std::size_t end = k + 1;
                while (end < words.size() && !words[end].break_before) ++end;
                relative = end - 1 > k && !words[end - 1].capitalised;
                // ", den Chipentwickler X zu übernehmen": an infinitive shares the main clause's subject.
                if (relative && end >= 2 && end - 2 > k && words[end - 2].lower == "zu") relative = false;
            }
            // ", betting that …", ", saying the deal …": a participle clause of what the subject thinks or says; its
            // verbs ("the race to sell AI agents") are not the deal's.
            const bool says = (x.ends_with("ing") && k + 1 < words.size() && words[k + 1].lower == "that") ||
                              is_one_of(x, {"saying", "adding", "arguing", "noting", "betting", "citing", "calling"});
            // ("• Fireworks AI — $250m Series C, led by …": a dash right after the name that opens a list item ends no
            // clause; the item goes on about that name.)
            const bool item_head = words[k].dash_before && k <= 4 && std::all_of(words.begin(), words.begin() + static_cast<std::ptrdiff_t>(k), [&](const DealWord& x) {
                return x.capitalised && (&x == words.data() || !x.break_before);
            });
            if (conjunction || relative || says || (words[k].dash_before && !item_head)) current = next_clause++;
        } else if (k > 0 && current == 0 && is_one_of(words[k].lower, {"whose", "who"})) {
            // "Koala, a small start-up whose team now helps Cursor sell …": a relative clause after an
            // apposition, with no comma of its own; its verbs are not the sentence's deal.
            current = next_clause++;
        } else if (k > 0 && current == 0 && is_one_of(words[k].lower, {"that", "which"}) && names_a_round(words[k - 1])) {
            // "raised $13 billion in a round that Iconiq led": the round's own clause, with its own subject.
            current = next_clause++;
        }
        out[k] = current;
    }
    return out;
}

bool names_a_grant(std::string_view w) {
    for (const std::string_view p : {"zuschuss", "zuschüsse", "fördermittel", "fördergeld", "förderzusage", "subvention", "staatshilfe", "beihilfe"}) {
        if (w.starts_with(p)) return true;
    }
    return w == "förderung" || w == "grant" || w == "grants" || w == "subsidy" || w == "subsidies";
}

bool names_share_options(std::string_view w) {
    return w.starts_with("aktienoption") || w.starts_with("optionsschein") || w.starts_with("optionsrecht") || w == "warrant" || w == "warrants";
}

bool names_a_unit(std::string_view w) {
    for (const std::string_view unit : {"sparte", "geschäft", "geschäftsbereich", "tochter", "unit", "division", "business", "campus"}) {
        if (w.ends_with(unit)) return true;
    }
    return false;
}

bool names_a_rival(std::string_view w) {
    return w.ends_with("rivale") || w.ends_with("rivalen") || w.ends_with("konkurrent") || w.ends_with("konkurrenten") || w.ends_with("wettbewerber") ||
           w == "rival" || w == "competitor";
}

bool looks_like_german_verb(std::string_view w, bool capitalised) {
    if (capitalised || w.size() < 4 || !w.ends_with('t') || w.ends_with("st") || w.ends_with("weit")) return false;  // "größt-"; "weltweit"
    for (const std::string_view not_a_verb : {"nicht", "jetzt", "zuletzt", "somit", "damit", "insgesamt", "seit", "laut", "samt", "statt", "anstatt",
                                              "derzeit", "direkt", "erneut", "sofort", "dort", "komplett", "exakt", "bereit", "breit"}) {
        if (w == not_a_verb) return false;
    }
    return true;
}

// A finite verb right after a subject: German "-t" and past "-te(n)", the auxiliaries, English past and third person.
static bool looks_finite(const DealWord& w) {
    if (w.capitalised) return false;
    if (w.finite_verb || is_one_of(w.lower, {"hat", "hatte", "will", "soll", "wird", "ist", "war", "has", "had", "is", "was", "plans", "agreed", "signed"})) return true;
    return w.lower.size() >= 5 && (w.lower.ends_with("te") || w.lower.ends_with("ten")) && !w.lower.ends_with("ste");
}

std::vector<int> statements_of(const std::vector<DealWord>& words, const std::vector<bool>& amount_at) {
    std::vector<int> out(words.size(), 0);
    // Where a statement may begin: a coordinating word right after punctuation.
    std::vector<std::size_t> cuts;
    for (std::size_t k = 1; k < words.size(); ++k) {
        if (words[k].break_before && is_one_of(words[k].lower, {"and", "und", "but", "aber", "doch", "yet"})) cuts.push_back(k);
        // "a $20m Series A led by a16z in 2021, then an $80m Series B led by Coatue": the next step of a story, after a comma.
        if (words[k].break_before && !words[k].dash_before && is_one_of(words[k].lower, {"then", "before", "followed", "later", "danach", "dann", "später", "gefolgt"})) {
            cuts.push_back(k);
        }
        // "lined up $26bn of debt from Pimco and about $3bn of equity from Blue Owl": "and" right before another sum.
        const bool sum_follows = (k + 1 < amount_at.size() && amount_at[k + 1]) || (k + 2 < amount_at.size() && amount_at[k + 2] && !words[k + 1].capitalised);
        if (!words[k].break_before && is_one_of(words[k].lower, {"and", "und"}) && sum_follows) cuts.push_back(k);
        // "2019 hatte der Konzern Red Hat für 34 Mrd. gekauft, im Februar schloss er die Übernahme von HashiCorp ab":
        // a clause led by its own date after a comma.
        const bool date_led = k + 1 < words.size() && is_one_of(words[k].lower, {"im", "in", "am", "anfang", "mitte", "ende", "seit"}) &&
                              (is_month(words[k + 1].lower) || (!words[k + 1].lower.empty() && words[k + 1].lower.size() == 4 &&
                                                                std::all_of(words[k + 1].lower.begin(), words[k + 1].lower.end(), [](char c) { return c >= '0' && c <= '9'; })));
        if (words[k].break_before && !words[k].dash_before && date_led) cuts.push_back(k);
        // "Nvidia will invest up to $100bn in OpenAI as the ChatGPT maker deploys 10 GW of Nvidia systems", ", während OpenAI
        // Rechenzentren mit zehn Gigawatt aufbaut": a clause of its own, with its own amount.
        const bool as_clause = words[k].lower == "as" && k + 1 < words.size() && (words[k + 1].lower == "the" || words[k + 1].capitalised) &&
                               !is_one_of(words[k - 1].lower, {"such", "as", "well", "much", "many", "known", "same", "soon", "far", "long"});
        if (as_clause || (words[k].break_before && is_one_of(words[k].lower, {"während", "whereas", "while"}))) cuts.push_back(k);
        // "Nvidia soll Humain 18.000 Chips liefern, AMD vereinbarte mit Humain …": after a comma, a name and
        // its finite verb open a main clause of their own.
        if (words[k].break_before && !words[k].dash_before && words[k].capitalised) {
            std::size_t verb = k + 1;
            while (verb < words.size() && verb < k + 3 && words[verb].capitalised && !words[verb].break_before) ++verb;
            if (verb < words.size() && !words[verb].break_before && looks_finite(words[verb])) cuts.push_back(k);
        }
    }
    if (cuts.empty()) return out;
    // Amounts before each word, counted once: asking per cut was quadratic in a sentence of many.
    std::vector<std::size_t> amounts_before(words.size() + 1, 0);
    for (std::size_t k = 0; k < words.size(); ++k) amounts_before[k + 1] = amounts_before[k] + (k < amount_at.size() && amount_at[k] ? 1 : 0);
    const auto has_amount = [&](std::size_t from, std::size_t to) { return amounts_before[to] > amounts_before[from]; };
    std::vector<std::size_t> starts;  // where each statement after the first begins
    std::size_t begin = 0;            // where the current statement began
    for (std::size_t c = 0; c < cuts.size(); ++c) {
        const std::size_t next = c + 1 < cuts.size() ? cuts[c + 1] : words.size();
        if (!has_amount(begin, cuts[c]) || !has_amount(cuts[c], next)) continue;
        begin = cuts[c];
        starts.push_back(begin);
    }
    for (std::size_t i = 0; i < starts.size(); ++i) {
        const std::size_t end = i + 1 < starts.size() ? starts[i + 1] : words.size();
        for (std::size_t k = starts[i]; k < end; ++k) out[k] = static_cast<int>(i + 1);
    }
    return out;
}

std::optional<std::string_view> offering_named_by(std::string_view noun) {
    static constexpr std::pair<std::string_view, std::string_view> kNouns[] = {
        {"chipkonzern", "chips"},  {"chiphersteller", "chips"}, {"chipentwickler", "chips"}, {"chipriese", "chips"},
        {"chipmaker", "chips"},    {"chipdesigner", "chips"},   {"cloud-anbieter", "cloud"}, {"cloudanbieter", "cloud"},
        {"cloud-konzern", "cloud"}, {"rechenzentrumsbetreiber", "data_centres"}, {"neocloud", "gpu_cloud"},
        {"schürfer", "data_centres"}, {"miner", "data_centres"}, {"energieversorger", "power"},
        {"stromversorger", "power"}};
    for (const auto& [ending, offering] : kNouns) {
        if (noun.ends_with(ending)) return offering;
    }
    return std::nullopt;
}

bool is_place_demonym(std::string_view lower_word) {
    // The places of firms German reporting names them by, in the plural ("die Walldorfer", "den Münchnern").
    static constexpr std::string_view kDemonyms[] = {
        "aachener", "augsburger", "berliner", "bonner", "bremer", "darmstädter", "dortmunder", "dresdner", "düsseldorfer", "erlanger",
        "essener", "frankfurter", "freiburger", "hamburger", "hannoveraner", "heidelberger", "herzogenauracher", "ingolstädter",
        "jenaer", "karlsruher", "kölner", "leipziger", "ludwigshafener", "mainzer", "mannheimer", "münchner", "münchener", "nürnberger",
        "potsdamer", "regensburger", "stuttgarter", "ulmer", "walldorfer", "wolfsburger", "würzburger", "wiesbadener", "gütersloher",
        "amsterdamer", "londoner", "pariser", "wiener", "zürcher", "züricher", "stockholmer", "eindhovener", "veldhovener", "kalifornier"};
    std::string_view stem = lower_word;
    if (stem.ends_with("ern")) stem.remove_suffix(1);  // "den Walldorfern"
    return std::find(std::begin(kDemonyms), std::end(kDemonyms), stem) != std::end(kDemonyms);
}

bool is_descriptor_noun(const std::vector<DealWord>& words, std::size_t at) {
    const auto article_at = [&](std::size_t k) { return is_one_of(words[k].lower, {"das", "der", "die", "the", "dem", "den"}); };
    // "Die Mainzer haben InstaDeep übernommen": the firm by its town, as a plural noun (not "die Mainzer Firma").
    if (at >= 1 && is_one_of(words[at - 1].lower, {"die", "den"}) && !words[at].break_before && is_place_demonym(words[at].lower) &&
        (at + 1 >= words.size() || words[at + 1].break_before || !words[at + 1].capitalised)) {
        return true;
    }
    // "das Unternehmen"; "das KI-Unternehmen", "the AI startup": one word between; "das Sprach-KI-Unternehmen",
    // "der US-amerikanische Chipkonzern": two that start with a capital (a compound's parts, not "the
    // social media group"), with no comma between or before (", the data-labelling startup," describes
    // the name before it).
    // "das 2015 gegründete Startup", "der in Paris ansässige Konzern": a year or a place before a
    // participle ("gegründete", "ansässige") in lower case.
    const auto year_or_place = [&](std::size_t k) {
        const std::string& w = words[k].lower;
        return (!w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; })) || words[k].capitalised || w == "in";
    };
    const auto participle = [&](std::size_t k) {
        const std::string& w = words[k].lower;
        return !words[k].capitalised && (w.starts_with("ge") || w.starts_with("ansässig") || w.starts_with("based")) && w.size() > 5;
    };
    const auto joined = [&](std::size_t from) {
        for (std::size_t k = from + 1; k <= at; ++k) {
            if (words[k].break_before) return false;
        }
        return true;
    };
    bool dated = false;
    for (std::size_t between = 2; between <= 3 && !dated; ++between) {
        if (at < between + 1 || !article_at(at - between - 1) || !participle(at - 1) || !joined(at - between - 1)) continue;
        dated = true;
        for (std::size_t k = at - between; k < at - 1; ++k) dated = dated && year_or_place(k);
    }
    // "dem früheren Bitcoin-Schürfer": an adjective, then a compound its hyphen splits in two.
    const bool adjective_compound = at >= 3 && article_at(at - 3) && !words[at - 2].capitalised && words[at - 1].capitalised &&
                                    !words[at - 2].break_before && !words[at - 1].break_before && words[at].hyphen_before;
    // "the New Jersey-based cloud provider", "the Paris-based startup": a place joined to "based" and up to one more word.
    bool place_based = false;
    for (std::size_t based = at >= 1 ? at - 1 : 0; based + 3 > at && based >= 2 && !place_based; --based) {
        if (words[based].lower != "based" || !words[based].hyphen_before || !joined(based)) continue;
        std::size_t k = based - 1;
        while (k > 0 && based - k < 3 && words[k].capitalised && !words[k].break_before) --k;
        // (Not after a comma: ", the California-based cloud provider that …" describes the name before it.)
        place_based = k + 1 < based && article_at(k) && !words[k].break_before && !words[k + 1].break_before;
    }
    const bool described = (at >= 1 && article_at(at - 1)) || (at >= 2 && article_at(at - 2)) || dated || adjective_compound || place_based ||
                           (at >= 3 && article_at(at - 3) && words[at - 2].capitalised && (at == 3 || !words[at - 3].break_before) &&
                            !words[at - 2].break_before && !words[at - 1].break_before && !words[at].break_before);
    if (!described) return false;
    const std::string& x = words[at].lower;
    // "eine Geschäftseinheit, die Unternehmen bei der Einführung von KI helfen soll", "die Hersteller": a neuter or a
    // masculine noun in "-er" after "die" (or a neuter after "den") is plural, companies in general, not one firm.
    std::size_t article = at;
    for (std::size_t k = at; k-- > 0 && at - k <= 3 && article == at;) {
        if (article_at(k)) article = k;
    }
    if (article != at) {
        const std::string& a = words[article].lower;
        const bool neuter = x.ends_with("unternehmen") || x.ends_with("labor") || x == "startup" || (x == "start" && at + 1 < words.size() && words[at + 1].lower == "up");
        const bool masculine_er = x.ends_with("hersteller") || x.ends_with("entwickler") || x.ends_with("anbieter") || x.ends_with("betreiber") ||
                                  x.ends_with("dienstleister") || (x.size() > 6 && x.ends_with("bauer"));
        if ((neuter && (a == "die" || a == "den")) || (masculine_er && a == "die")) return false;
    }
    // Also what a firm does: "the chip designer", "the ChatGPT maker", "der Chipentwickler".
    if (offering_named_by(x)) return true;  // "der frühere Bitcoin-Schürfer", "der Rechenzentrumsbetreiber"
    for (std::string_view noun : {"unternehmen", "konzern", "firma", "startup", "company", "firm", "gruppe", "group", "lab", "labor", "designer",
                                  "maker", "chipmaker", "entwickler", "hersteller", "giant", "fonds", "fund", "anbieter", "provider", "rivalen",
                                  "rivale", "konkurrenten", "konkurrent", "wettbewerber", "rival", "competitor", "plattform", "dienstleister",
                                  "spezialist", "spezialisten", "betreiber"}) {
        if (x.ends_with(noun)) return true;
    }
    // "der schwäbische Roboterbauer", "der Autobauer": who builds a thing (not "der Bauer" alone).
    if (x.size() > 6 && x.ends_with("bauer")) return true;
    return x == "start" && at + 1 < words.size() && words[at + 1].lower == "up";
}

bool names_kind_of_organisation(std::string_view noun) {
    for (std::string_view ending : {"ausrüster", "dienstleister", "verwalter", "gesellschaft", "bank", "holding", "investor", "fonds", "betreiber",
                                    "spezialist", "versicherer", "zulieferer", "fertiger", "konzern", "unternehmen", "hersteller", "anbieter",
                                    "entwickler", "firma", "gruppe", "staatsfonds", "geber", "behörde", "ministerium", "agentur", "institut", "bauer"}) {
        if (noun.ends_with(ending)) return true;
    }
    return false;
}

}  // namespace ds

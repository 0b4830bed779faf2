#include "cli/synthetic_corpus.h"

#include <algorithm>
#include <cstdio>
#include <random>

#include <nlohmann/json.hpp>

namespace ds {

namespace {

// std::mt19937's output is fixed by the standard (its distributions are not), so only raw draws are used.
struct Draw {
    std::mt19937 rng;
    std::size_t below(std::size_t n) { return n == 0 ? 0 : rng() % n; }
    template <std::size_t N>
    const char* pick(const char* const (&list)[N]) { return list[below(N)]; }
};

constexpr const char* kSyllables[] = {"ka", "lo", "mi", "ter", "son", "vex", "ra", "dia", "qu", "bel", "tro", "nix", "sa", "ion", "mar", "zen"};
constexpr const char* kCompanySuffixes[] = {" AI", " Labs", " Cloud", " Systems", " Compute", " Robotics", " Data", " Networks"};
constexpr const char* kInvestorSuffixes[] = {" Capital", " Ventures", " Partners", " Invest"};
constexpr const char* kFirstNames[] = {"Anna", "Jonas", "Lea", "Felix", "Mia", "Paul", "Sofia", "Lukas", "Emma", "David", "Clara", "Noah"};
constexpr const char* kMonths[] = {"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"};
constexpr const char* kMedia[] = {"Reuters", "Bloomberg", "das Handelsblatt", "die Financial Times", "The Information", "CNBC"};
constexpr const char* kKickers[] = {"Technologie", "Künstliche Intelligenz", "Wirtschaft", "Cloud", "Halbleiter"};
constexpr const char* kFiller[] = {
    "Analysten sehen darin ein Zeichen für den anhaltenden Boom der Branche.",
    "Beide Unternehmen wollten sich auf Nachfrage nicht weiter äußern.",
    "Der Markt für KI-Rechenzentren wächst seit Jahren zweistellig.",
    "Kritiker warnen vor einer Blase bei den Bewertungen junger KI-Firmen.",
    "Die Aktie legte im nachbörslichen Handel um mehrere Prozent zu.",
    "Details zu den Vertragsbedingungen wurden nicht bekannt.",
    "Branchenbeobachter rechnen mit weiteren Deals in den kommenden Monaten.",
    "Die Nachfrage nach Grafikprozessoren übersteigt das Angebot weiterhin deutlich.",
    "Regulierungsbehörden in Brüssel und Washington beobachten die Entwicklung genau.",
    "Für die Mitarbeitenden soll sich zunächst nichts ändern.",
};
constexpr const char* kFurniture[] = {
    "Mehr zum Thema:", "Jetzt Newsletter abonnieren!", "Bild: Pixabay.com / dpa", "Auch interessant:", "Neue Stellenangebote",
};

// Mixed-radix syllables: a different word for every index, as long as needed.
std::string word(std::size_t index, std::size_t syllables) {
    std::string w;
    for (std::size_t k = 0; k < syllables; ++k, index /= std::size(kSyllables)) w += kSyllables[index % std::size(kSyllables)];
    w[0] = static_cast<char>(w[0] - 'a' + 'A');
    return w;
}

struct SynthEntity {
    std::string id, name, kind;
};

std::vector<SynthEntity> make_entities(std::size_t count) {
    std::size_t syllables = 2;
    for (std::size_t capacity = 16 * 16; capacity < count; capacity *= 16) ++syllables;
    std::vector<SynthEntity> out;
    for (std::size_t i = 0; i < count; ++i) {
        const std::string base = word(i, syllables);
        switch (i % 7) {
            case 5: out.push_back({"synth-investor-" + std::to_string(i), base + kInvestorSuffixes[i % 4], "investor"}); break;
            case 6: out.push_back({"synth-person-" + std::to_string(i), std::string(kFirstNames[i % 12]) + " " + base + "er", "person"}); break;
            default: out.push_back({"synth-company-" + std::to_string(i), base + kCompanySuffixes[i % 8], "company"}); break;
        }
    }
    return out;
}

struct Amount {
    std::string text;  // "bis zu 12 Milliarden US-Dollar"
    double value;
    std::string currency, qualifier;
};

Amount make_amount(Draw& d) {
    const bool billions = d.below(3) != 0;
    const std::size_t n = billions ? 1 + d.below(40) : 50 + 10 * d.below(90);
    const bool euro = d.below(4) == 0;
    const bool up_to = d.below(5) == 0;
    std::string text = up_to ? "bis zu " : "";
    text += std::to_string(n) + (billions ? " Milliarden " : " Millionen ") + (euro ? "Euro" : "US-Dollar");
    return {text, static_cast<double>(n) * (billions ? 1e9 : 1e6), euro ? "EUR" : "USD", up_to ? "up_to" : "exact"};
}

struct Date {
    std::string text, value;  // "am 3. März 2024", "2024-03-03"; "im März 2024", "2024-03"
};

Date make_date(Draw& d) {
    const std::size_t year = 2016 + d.below(10), month = 1 + d.below(12);
    char value[16];
    if (d.below(2) == 0) {
        std::snprintf(value, sizeof value, "%zu-%02zu", year, month);
        return {std::string("im ") + kMonths[month - 1] + " " + std::to_string(year), value};
    }
    const std::size_t day = 1 + d.below(28);
    std::snprintf(value, sizeof value, "%zu-%02zu-%02zu", year, month, day);
    return {"am " + std::to_string(day) + ". " + kMonths[month - 1] + " " + std::to_string(year), value};
}

// One deal sentence and the event it reports.
struct Deal {
    std::string sentence;
    nlohmann::json event;
};

Deal make_deal(Draw& d, const std::vector<SynthEntity>& entities, const std::vector<std::size_t>& organisations) {
    const SynthEntity& a = entities[organisations[d.below(organisations.size())]];
    const SynthEntity* b = &entities[organisations[d.below(organisations.size())]];
    if (b == &a) b = &entities[organisations[(static_cast<std::size_t>(&a - entities.data()) + 1) % organisations.size()]];
    const Amount amount = make_amount(d);
    const Date date = make_date(d);
    std::string sentence, type, status, role_a, role_b, measures;
    switch (d.below(6)) {
        case 0:
            sentence = a.name + " investiert " + date.text + " " + amount.text + " in " + b->name + ".";
            type = "investment", status = "completed", role_a = "investor", role_b = "investee", measures = "equity";
            break;
        case 1:
            sentence = "Wie " + std::string(d.pick(kMedia)) + " " + date.text + " berichtete, steigt " + a.name + " mit " + amount.text + " bei " + b->name + " ein.";
            type = "investment", status = "reported", role_a = "investor", role_b = "investee", measures = "equity";
            break;
        case 2:
            sentence = b->name + " kauft " + date.text + " bei " + a.name + " Rechenleistung im Wert von " + amount.text + ".";
            type = "compute_deal", status = "binding", role_a = "provider", role_b = "customer", measures = "compute_commitment";
            break;
        case 3:
            sentence = b->name + " sammelt " + date.text + " in einer Finanzierungsrunde unter Führung von " + a.name + " " + amount.text + " ein.";
            type = "funding_round", status = "completed", role_a = "investor", role_b = "investee", measures = "funding";
            break;
        case 4:
            sentence = a.name + " gewährt " + b->name + " " + date.text + " einen Kredit über " + amount.text + ".";
            type = "loan", status = "announced", role_a = "lender", role_b = "borrower", measures = "credit";
            break;
        default:
            sentence = "Laut Insidern verhandelt " + a.name + " " + date.text + " über eine Beteiligung an " + b->name + " in Höhe von " + amount.text + ".";
            type = "investment", status = "in_talks", role_a = "investor", role_b = "investee", measures = "equity";
            break;
    }
    nlohmann::json event = {
        {"type", type},
        {"status", status},
        {"date", {{"value", date.value}, {"text", date.text}}},
        {"participants", {{{"entity", a.id}, {"role", role_a}}, {{"entity", b->id}, {"role", role_b}}}},
        {"amounts", {{{"value", amount.value}, {"currency", amount.currency}, {"qualifier", amount.qualifier}, {"measures", measures}}}},
        {"summary", {{"de", a.name + " → " + b->name + ": " + amount.text}, {"en", a.name + " → " + b->name + ": " + amount.text}}},
    };
    return {sentence, std::move(event)};
}

}  // namespace

std::vector<SynthFile> synthesize_corpus(const SynthOptions& options) {
    Draw d{std::mt19937(options.seed)};
    const std::vector<SynthEntity> entities = make_entities(std::max<std::size_t>(options.entities, 2));
    std::vector<std::size_t> organisations, people;
    for (std::size_t i = 0; i < entities.size(); ++i) (entities[i].kind == "person" ? people : organisations).push_back(i);
    if (people.empty()) people.push_back(0);

    std::vector<SynthFile> files;
    nlohmann::json events = nlohmann::json::array();
    const std::size_t article_count = std::max<std::size_t>(options.articles, 1);
    for (std::size_t k = 0; k < article_count; ++k) {
        // This article's share of the events: each is one deal sentence in its own paragraph.
        const std::size_t deals = options.events / article_count + (k < options.events % article_count ? 1 : 0);
        char file[40];
        std::snprintf(file, sizeof file, "synth_%06zu", k + 1);
        std::vector<Deal> reported;
        for (std::size_t i = 0; i < std::max<std::size_t>(deals, 1); ++i) reported.push_back(make_deal(d, entities, organisations));
        const Date published = make_date(d);
        std::string text = std::string(d.pick(kKickers)) + "\n\n";
        text += reported.front().sentence.substr(0, reported.front().sentence.size() - 1) + "\n\n";  // the first deal is the title
        text += "Von " + entities[people[d.below(people.size())]].name + " | " + published.text.substr(3) + "\n\n";
        for (std::size_t i = 0; i < reported.size(); ++i) {
            std::string paragraph = reported[i].sentence;
            for (std::size_t f = d.below(3); f > 0; --f) paragraph += std::string(" ") + d.pick(kFiller);
            text += paragraph + "\n\n";
            if (i < deals) {
                nlohmann::json& e = reported[i].event;
                e["id"] = std::string(file) + "-" + std::to_string(i + 1);
                e["sources"] = {{{"article", file}, {"quote", reported[i].sentence}}};
                events.push_back(std::move(e));
            }
            if (d.below(4) == 0) text += std::string(d.pick(kFiller)) + "\n\n";
        }
        text += std::string(d.pick(kFurniture)) + "\n\n" + d.pick(kFurniture) + "\n";
        files.push_back({std::string("articles/") + file + ".txt", std::move(text)});
    }

    nlohmann::json gazetteer = nlohmann::json::array();
    for (const SynthEntity& e : entities) gazetteer.push_back({{"id", e.id}, {"name", e.name}, {"kind", e.kind}});
    files.push_back({"entities.json", nlohmann::json{{"version", 1}, {"entities", std::move(gazetteer)}}.dump(1) + "\n"});
    files.push_back({"events.json", nlohmann::json{{"version", 1}, {"events", std::move(events)}}.dump(1) + "\n"});
    return files;
}

}  // namespace ds

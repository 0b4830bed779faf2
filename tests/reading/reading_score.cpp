// Scores how dealscope reads articles it was not tuned on: the development set in tests/reading/
// (articles written for it, with gold mentions and events; see README.md there). Prints, per
// language, money F1, date-value F1, organisation and person recall (known and unknown names) and
// strict event precision, recall and F1, then the three kinds of miss seen most often.
//
// usage: reading_score READING_DIR ASSETS_DIR [--floors FILE] [--verbose]
// With --floors, exits 1 when a figure falls below its floor (a JSON object per language).
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <map>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/annotate/annotate.h"
#include "core/annotate/gazetteer.h"
#include "core/articles/corpus.h"
#include "core/events/event_extractor.h"
#include "support/bag_score.h"

using namespace ds;

namespace {

using test::Bag;
using test::Score;

struct Recall {
    int gold = 0, found = 0;
    double value() const { return gold ? double(found) / gold : 1.0; }
};

struct LanguageScores {
    Score money, dates, events;
    Recall organisations_known, organisations_unknown, people_known, people_unknown;
    Recall entities() const {
        return {organisations_known.gold + organisations_unknown.gold + people_known.gold + people_unknown.gold,
                organisations_known.found + organisations_unknown.found + people_known.found + people_unknown.found};
    }
};

nlohmann::json read_json(const std::string& path) {
    std::ifstream in(path);
    return nlohmann::json::parse(std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>()));
}

std::string number_key(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.4g", v);
    return buf;
}

// Names compare without case, genitive "s" and the spaces/hyphens that vary between forms.
std::string fold_name(std::string_view s) {
    std::string out;
    for (char c : s) {
        if (c == ' ' || c == '-' || c == '.' || c == ',') continue;
        out += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    }
    for (const std::string_view ending : {"’s", "'s"}) {
        if (out.size() > ending.size() && out.ends_with(ending)) out.resize(out.size() - ending.size());
    }
    return out;
}

// name or alias (folded) → gazetteer id
std::map<std::string, std::string> known_names(const Gazetteer& g) {
    std::map<std::string, std::string> out;
    for (const Entity& e : g.entities) {
        out.emplace(fold_name(e.name), e.id);
        for (const auto& a : e.aliases) out.emplace(fold_name(a), e.id);
    }
    return out;
}

std::vector<std::string> forms_of(const nlohmann::json& entry) {
    if (entry.is_string()) return {entry.get<std::string>()};
    std::vector<std::string> out;
    for (const auto& f : entry) out.push_back(f.get<std::string>());
    return out;
}

// A participant's key: the gazetteer id when the name is known, else the folded name.
std::string party_key(const std::string& name, const std::map<std::string, std::string>& known) {
    const auto it = known.find(fold_name(name));
    return it != known.end() ? it->second : "?" + fold_name(name);
}

// The gold entry whose forms include `name` resolves to its first form's key (so "a16z" and
// "Andreessen Horowitz" are one party).
struct Aliases {
    std::map<std::string, std::string> to_first;  // folded form → first form
    std::string canonical(const std::string& name) const {
        const auto it = to_first.find(fold_name(name));
        return it != to_first.end() ? it->second : name;
    }
};

bool amount_matches(const nlohmann::json& gold, const Event& e) {
    if (gold.is_null()) return e.amounts.empty() || !e.amounts[0].value;
    if (e.amounts.empty() || !e.amounts[0].value) return false;
    const Amount& a = e.amounts[0];
    const double want = gold["value"].get<double>();
    const std::string unit = gold["unit"].get<std::string>();
    const std::string have_unit = a.currency.empty() ? a.unit : a.currency;
    return have_unit == unit && std::abs(*a.value - want) <= std::abs(want) * 0.005;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 3) {
        std::fprintf(stderr, "usage: reading_score READING_DIR ASSETS_DIR [--floors FILE] [--verbose]\n");
        return 2;
    }
    const std::string dir = argv[1];
    std::string floors_file;
    bool verbose = false;
    for (int i = 3; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--floors" && i + 1 < argc) floors_file = argv[++i];
        else if (arg == "--verbose") verbose = true;
    }
    std::vector<Problem> problems;
    const Gazetteer gazetteer = load_gazetteer(argv[2], problems);
    const Corpus corpus = load_corpus(dir + "/articles");
    for (const Problem& p : corpus.problems) {
        if (p.severity == Severity::error) std::fprintf(stderr, "%s\n", p.place.c_str());
    }
    const auto known = known_names(gazetteer);

    std::map<std::string, LanguageScores> scores;
    std::map<std::string, int> miss_kinds;
    for (const Article& article : corpus.articles) {
        const std::string gold_file = dir + "/gold/" + article.id + ".json";
        if (!std::ifstream(gold_file)) continue;
        const nlohmann::json gold = read_json(gold_file);
        LanguageScores& s = scores[article.language.empty() ? "?" : article.language];
        std::vector<std::string> misses;
        const std::vector<Mention> mentions = annotate_article(article, gazetteer);

        Bag gold_money, money, gold_dates, dates;
        for (const auto& m : gold["money"]) {
            if (m.size() > 4 || m[1].is_null()) continue;  // vague amounts have no value to score
            gold_money[number_key(m[1].get<double>()) + " " + (m[2].is_null() ? std::string("?") : m[2].get<std::string>())]++;
        }
        for (const auto& d : gold["dates"]) gold_dates[d[1].get<std::string>()]++;
        for (const Mention& m : mentions) {
            if (m.kind == MentionKind::money && m.value) money[number_key(*m.value) + " " + (m.unit.empty() ? "?" : m.unit)]++;
            if (m.kind == MentionKind::date && m.anchored) dates[m.timex]++;
        }
        test::add(s.money, gold_money, money, misses, "money");
        test::add(s.dates, gold_dates, dates, misses, "date");

        // Entities: a gold name is found when a mention's text or canonical name is one of its forms.
        std::set<std::string> seen;
        for (const Mention& m : mentions) {
            if (m.kind != MentionKind::entity) continue;
            seen.insert(fold_name(article.view(m.range)));
            seen.insert(fold_name(m.name));
        }
        Aliases aliases;
        for (const char* group : {"organisations", "people"}) {
            for (const auto& entry : gold[group]) {
                const auto forms = forms_of(entry);
                // All forms stand for one party: the gazetteer's, when it knows one of them ("IBM" for
                // "International Business Machines Corp"), else the first.
                const auto known_form = std::find_if(forms.begin(), forms.end(), [&](const std::string& f) { return known.contains(fold_name(f)); });
                const std::string& key_form = known_form != forms.end() ? *known_form : forms[0];
                for (const auto& f : forms) aliases.to_first.emplace(fold_name(f), key_form);
                const bool is_known = std::any_of(forms.begin(), forms.end(), [&](const std::string& f) { return known.contains(fold_name(f)); });
                const bool found = std::any_of(forms.begin(), forms.end(), [&](const std::string& f) { return seen.contains(fold_name(f)); });
                Recall& r = std::string(group) == "people" ? (is_known ? s.people_known : s.people_unknown)
                                                           : (is_known ? s.organisations_known : s.organisations_unknown);
                ++r.gold;
                r.found += found;
                if (!found) misses.push_back(std::string(group) + (is_known ? " (known)" : " (unknown)") + " missed: " + forms[0]);
            }
        }

        // Events, strictly: the same parties in the same roles, the same amount, and the gold date.
        const auto candidates = extract_candidates(article, mentions, gazetteer);
        std::vector<bool> used(candidates.size(), false);
        s.events.gold += static_cast<int>(gold["events"].size());
        s.events.predicted += static_cast<int>(candidates.size());
        for (const auto& g : gold["events"]) {
            std::set<std::string> want;
            for (const auto& p : g["participants"]) want.insert(party_key(aliases.canonical(p["name"].get<std::string>()), known) + "/" + p["role"].get<std::string>());
            // A gold event may leave out its date or its amount: none stated.
            const nlohmann::json gold_amount = g.value("amount", nlohmann::json());
            const std::string gold_date = g.contains("date") && g["date"].is_string() ? g["date"].get<std::string>() : std::string();
            bool matched = false;
            std::string nearest, nearest_parties;  // what the closest candidate has, for --verbose
            for (std::size_t c = 0; c < candidates.size() && !matched; ++c) {
                if (used[c]) continue;
                const Event& e = candidates[c].event;
                std::set<std::string> have;
                for (const auto& p : e.participants) {
                    have.insert((p.entity.empty() ? party_key(aliases.canonical(p.name), known) : p.entity) + "/" + p.role);
                }
                const bool parties = have == want, amount = amount_matches(gold_amount, e);
                const bool date = gold_date.empty() || e.date.value.starts_with(gold_date);
                if (parties && amount && date) {
                    used[c] = true;
                    matched = true;
                } else if ((parties || amount) && (nearest.empty() || (parties && nearest != "date") || (parties && amount))) {
                    // The closest candidate is told: right parties and amount (wrong date), then right parties, then right amount.
                    nearest = !parties ? "parties" : !amount ? "amount" : "date";
                    nearest_parties.clear();
                    for (const std::string& k : have) nearest_parties += (nearest_parties.empty() ? "" : ", ") + k;
                    if (!parties) nearest_parties += " [" + e.type + "]";
                    if (parties && amount) nearest_parties = "date " + e.date.value;
                }
            }
            s.events.matched += matched;
            if (!matched) {
                std::string wanted;
                for (const std::string& k : want) wanted += (wanted.empty() ? "" : ", ") + k;
                misses.push_back("event missed (" + (nearest.empty() ? std::string("nothing close") : "wrong " + nearest) + "): " +
                                 g.value("evidence", std::string()) + "\n      want " + wanted + (gold_date.empty() ? std::string() : " on " + gold_date) + (nearest_parties.empty() ? "" : "\n      have " + nearest_parties));
                ++miss_kinds["event " + (nearest.empty() ? std::string("not found") : "with wrong " + nearest)];
            }
        }
        for (std::size_t c = 0; c < candidates.size(); ++c) {
            if (!used[c]) misses.push_back("event spurious: " + candidates[c].event.summary_en);
        }
        for (const auto& m : misses) {
            const std::string kind = m.substr(0, m.find(':'));
            if (!kind.starts_with("event")) ++miss_kinds[kind];
            if (verbose) std::printf("%s: %s\n", article.id.c_str(), m.c_str());
        }
    }

    std::printf("\n| language | money F1 | date F1 | organisations known / unknown | people known / unknown | entity recall | events P / R / F1 (strict) |\n");
    std::printf("|---|---|---|---|---|---|---|\n");
    nlohmann::json figures;
    for (const auto& [language, s] : scores) {
        std::printf("| %s | %.2f | %.2f | %.2f (%d) / %.2f (%d) | %.2f (%d) / %.2f (%d) | %.2f | %.2f / %.2f / %.2f (%d gold, %d found) |\n",
                    language.c_str(), s.money.f1(), s.dates.f1(), s.organisations_known.value(), s.organisations_known.gold,
                    s.organisations_unknown.value(), s.organisations_unknown.gold, s.people_known.value(), s.people_known.gold,
                    s.people_unknown.value(), s.people_unknown.gold, s.entities().value(), s.events.precision(), s.events.recall(),
                    s.events.f1(), s.events.gold, s.events.predicted);
        figures[language] = {{"money_f1", s.money.f1()}, {"date_f1", s.dates.f1()}, {"entity_recall", s.entities().value()},
                             {"event_f1", s.events.f1()}};
    }
    std::vector<std::pair<int, std::string>> kinds;
    for (const auto& [k, n] : miss_kinds) kinds.push_back({n, k});
    std::sort(kinds.rbegin(), kinds.rend());
    std::printf("\nmost frequent misses:");
    for (std::size_t i = 0; i < kinds.size() && i < 5; ++i) std::printf(" %s (%d);", kinds[i].second.c_str(), kinds[i].first);
    std::printf("\n");

    if (floors_file.empty()) return 0;
    const nlohmann::json floors = read_json(floors_file);
    int below = 0;
    for (const auto& [language, wanted] : floors.items()) {
        for (const auto& [figure, floor] : wanted.items()) {
            const double have = figures.contains(language) && figures[language].contains(figure) ? figures[language][figure].get<double>() : 0.0;
            if (have + 1e-9 < floor.get<double>()) {
                std::printf("below the floor: %s %s %.3f < %.3f\n", language.c_str(), figure.c_str(), have, floor.get<double>());
                ++below;
            }
        }
    }
    return below ? 1 : 0;
}

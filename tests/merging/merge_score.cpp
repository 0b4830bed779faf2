// How well reports of the same deal are merged: the gold events of the development sets (what a
// careful reader finds in each article) go through merge_events() as one corpus, and the deals it
// makes are compared with the deals merge_gold.json says they are. Prints pairwise and B-cubed
// precision and recall, and the claims it made (conflicts) against the gold's.
//
// usage: merge_score ASSETS_DIR MERGE_GOLD GOLD_DIR... [--floors FILE] [--verbose]
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/annotate/gazetteer.h"
#include "core/events/deal_onset.h"
#include "core/merge/merge_events.h"
#include "core/tables/cell_values.h"

using namespace ds;

namespace {

nlohmann::json read_json(const std::string& path) {
    std::ifstream in(path);
    return nlohmann::json::parse(in);
}

bool is_currency(const std::string& unit) {
    for (const char* c : {"USD", "EUR", "GBP", "CHF", "JPY", "CNY"})
        if (unit == c) return true;
    return false;
}

// A gold event as the merge step sees a candidate: names resolved to the gazetteer where it knows them.
Event event_of(const nlohmann::json& g, const std::string& id, const std::string& article, const std::map<std::string, std::string>& known) {
    Event e;
    e.id = id;
    e.type = g.value("type", "");
    e.status = g.value("status", "reported");
    e.date.value = g.contains("date") && g["date"].is_string() ? g["date"].get<std::string>() : "XXXX";  // a gold event may leave its date out
    for (const auto& p : g["participants"]) {
        const std::string name = p["name"].get<std::string>();
        const auto it = known.find(name_key(name));
        e.participants.push_back({it == known.end() ? std::string() : it->second, p["role"].get<std::string>(), it == known.end() ? name : std::string()});
    }
    if (g.contains("amount") && g["amount"].is_object()) {
        const auto& a = g["amount"];
        Amount amount;
        if (!a["value"].is_null()) amount.value = a["value"].get<double>();
        const std::string unit = a.value("unit", "");
        (is_currency(unit) ? amount.currency : amount.unit) = unit;
        amount.qualifier = qualifier_from_name(a.value("qualifier", "exact")).value_or(Qualifier::exact);
        amount.measures = "equity";
        e.amounts.push_back(amount);
    }
    // "start": the report says the deal began the parties' relationship ("first", "joined", "allowed").
    static const std::map<std::string, Onset> kStarts{{"first", Onset::first}, {"joined", Onset::joined}, {"allowed", Onset::allowed}};
    if (const auto start = kStarts.find(g.value("start", "")); start != kStarts.end()) mark_onset(e, start->second);
    e.summary_en = g.value("evidence", "");
    e.sources.push_back({article, g.value("evidence", ""), {}, {}});
    return e;
}

struct Scores {
    double pair_precision = 1, pair_recall = 1, bcubed_precision = 0, bcubed_recall = 0;
};

// Pairwise and B-cubed over items labelled by the system's and the gold's clusters.
Scores score(const std::map<std::string, std::string>& system, const std::map<std::string, std::string>& gold) {
    std::map<std::string, std::set<std::string>> by_system, by_gold;
    for (const auto& [item, label] : system) by_system[label].insert(item);
    for (const auto& [item, label] : gold) by_gold[label].insert(item);
    const auto pairs = [](std::size_t n) { return static_cast<double>(n) * static_cast<double>(n - (n > 0)) / 2; };
    double system_pairs = 0, gold_pairs = 0, both = 0;
    for (const auto& [label, items] : by_system) system_pairs += pairs(items.size());
    for (const auto& [label, items] : by_gold) gold_pairs += pairs(items.size());
    std::map<std::pair<std::string, std::string>, std::size_t> overlap;
    for (const auto& [item, label] : system) ++overlap[{label, gold.at(item)}];
    for (const auto& [key, n] : overlap) both += pairs(n);
    Scores s;
    if (system_pairs > 0) s.pair_precision = both / system_pairs;
    if (gold_pairs > 0) s.pair_recall = both / gold_pairs;
    for (const auto& [item, label] : system) {
        const double common = static_cast<double>(overlap[{label, gold.at(item)}]);
        s.bcubed_precision += common / static_cast<double>(by_system[label].size());
        s.bcubed_recall += common / static_cast<double>(by_gold[gold.at(item)].size());
    }
    s.bcubed_precision /= static_cast<double>(system.size());
    s.bcubed_recall /= static_cast<double>(system.size());
    return s;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 4) {
        std::fprintf(stderr, "usage: merge_score ASSETS_DIR MERGE_GOLD GOLD_DIR... [--floors FILE] [--verbose]\n");
        return 2;
    }
    std::vector<std::string> gold_dirs;
    std::string floors_file;
    bool verbose = false;
    for (int i = 3; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--floors" && i + 1 < argc) floors_file = argv[++i];
        else if (arg == "--verbose") verbose = true;
        else gold_dirs.push_back(arg);
    }
    std::vector<Problem> problems;
    const Gazetteer gazetteer = load_gazetteer(argv[1], problems);
    std::map<std::string, std::string> known;  // name_key of a name or alias → id
    for (const Entity& e : gazetteer.entities) {
        known.emplace(name_key(e.name), e.id);
        for (const auto& alias : e.aliases) known.emplace(name_key(alias), e.id);
    }

    const nlohmann::json merge_gold = read_json(argv[2]);
    std::map<std::string, std::string> gold_label;  // event id → deal
    for (const auto& deal : merge_gold["deals"])
        for (const auto& member : deal["events"])
            gold_label[member[0].get<std::string>() + "#" + std::to_string(member[1].get<int>())] = deal["id"].get<std::string>();

    std::vector<Event> reports;
    std::map<std::string, std::string> evidence;
    std::vector<std::string> gold_files;
    for (const std::string& dir : gold_dirs)
        for (const auto& entry : std::filesystem::directory_iterator(dir))
            if (entry.path().extension() == ".json") gold_files.push_back(entry.path().string());
    std::sort(gold_files.begin(), gold_files.end());
    for (const std::string& file : gold_files) {
        const nlohmann::json gold = read_json(file);
        const std::string article = gold["article"].get<std::string>();
        for (std::size_t i = 0; i < gold["events"].size(); ++i) {
            const std::string id = article + "#" + std::to_string(i);
            reports.push_back(event_of(gold["events"][i], id, article, known));
            evidence[id] = gold["events"][i].value("evidence", "");
            gold_label.try_emplace(id, id);  // not in a group: a deal of its own
        }
    }
    for (const auto& [id, deal] : gold_label) {
        if (!evidence.count(id)) {
            std::fprintf(stderr, "merge_gold.json names %s, which no gold file has\n", id.c_str());
            return 2;
        }
    }

    const MergedEvents merged = merge_events(reports);
    std::map<std::string, std::string> system_label;
    for (const Event& e : reports) system_label[e.id] = e.id;
    for (const MergeNote& n : merged.notes)
        for (const auto& m : n.members) system_label[m] = n.event;
    const Scores s = score(system_label, gold_label);

    // Claims: each names the deal its merged event is; the gold lists the deals whose sources disagree.
    std::set<std::string> gold_conflicts, found_conflicts;
    for (const auto& c : merge_gold["conflicts"]) gold_conflicts.insert(c["deal"].get<std::string>() + "/" + c["fact"].get<std::string>());
    for (const Claim& c : merged.claims) {
        const std::string event = c.id.substr(0, c.id.rfind('-'));
        const std::string fact = c.id.substr(c.id.rfind('-') + 1);
        const auto label = gold_label.find(event);
        found_conflicts.insert((label == gold_label.end() ? event : label->second) + "/" + fact);
    }
    int right = 0;
    for (const auto& c : found_conflicts) right += gold_conflicts.count(c) ? 1 : 0;
    const double conflict_precision = found_conflicts.empty() ? 1 : static_cast<double>(right) / static_cast<double>(found_conflicts.size());
    const double conflict_recall = gold_conflicts.empty() ? 1 : static_cast<double>(right) / static_cast<double>(gold_conflicts.size());

    std::printf("merging %zu gold events of %zu deals (%zu in groups of two or more):\n", reports.size(),
                std::set<std::string>([&] { std::set<std::string> d; for (const auto& [k, v] : gold_label) d.insert(v); return d; }()).size(),
                static_cast<std::size_t>(std::count_if(merge_gold["deals"].begin(), merge_gold["deals"].end(), [](const auto& d) { return d["events"].size() >= 2; })));
    std::printf("  pairwise precision %.2f recall %.2f · B-cubed precision %.2f recall %.2f\n", s.pair_precision, s.pair_recall, s.bcubed_precision, s.bcubed_recall);
    std::printf("  conflicts found %zu, right %d, in the gold %zu: precision %.2f recall %.2f\n", found_conflicts.size(), right, gold_conflicts.size(),
                conflict_precision, conflict_recall);

    if (verbose) {
        // Wrong merges (different gold deals in one system deal) and missed ones (a gold deal split).
        std::map<std::string, std::set<std::string>> by_system, by_gold;
        for (const auto& [id, label] : system_label) by_system[label].insert(id);
        for (const auto& [id, label] : gold_label) by_gold[label].insert(id);
        for (const auto& [label, ids] : by_system) {
            std::set<std::string> deals;
            for (const auto& id : ids) deals.insert(gold_label[id]);
            if (deals.size() < 2) continue;
            std::printf("  merged, but not one deal:\n");
            for (const auto& id : ids) std::printf("    %s [%s] %s\n", id.c_str(), gold_label[id].c_str(), evidence[id].substr(0, 80).c_str());
        }
        for (const auto& [label, ids] : by_gold) {
            std::set<std::string> systems;
            for (const auto& id : ids) systems.insert(system_label[id]);
            if (systems.size() < 2) continue;
            std::printf("  one deal, not merged: %s\n", label.c_str());
            for (const auto& id : ids) std::printf("    %s → %s: %s\n", id.c_str(), system_label[id].c_str(), evidence[id].substr(0, 80).c_str());
        }
        for (const auto& c : found_conflicts)
            if (!gold_conflicts.count(c)) std::printf("  conflict not in the gold: %s\n", c.c_str());
    }

    if (!floors_file.empty()) {
        const nlohmann::json floors = read_json(floors_file);
        const std::map<std::string, double> have = {{"pairwise_precision", s.pair_precision}, {"pairwise_recall", s.pair_recall},
                                                     {"bcubed_precision", s.bcubed_precision}, {"bcubed_recall", s.bcubed_recall},
                                                     {"conflict_precision", conflict_precision}, {"conflict_recall", conflict_recall}};
        bool below = false;
        for (const auto& [name, floor] : floors.items()) {
            if (!have.count(name)) continue;
            if (have.at(name) + 1e-9 < floor.get<double>()) {
                std::printf("  below its floor: %s %.2f < %.2f\n", name.c_str(), have.at(name), floor.get<double>());
                below = true;
            }
        }
        if (below) return 1;
    }
    return 0;
}

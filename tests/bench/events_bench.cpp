// Load + validate + analytics for 100 000 synthetic events over 10 000 synthetic articles (varied
// from the seeds). Building the data is not timed; each event cites a real sentence of its article.
// Prints seconds (median of 3 runs).   events_bench [ASSETS_DIR] [EVENTS] [ARTICLES]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <variant>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/events/analytics.h"
#include "core/articles/article_parser.h"
#include "core/events/event_loader.h"
#include "core/annotate/gazetteer.h"
#include "figure.h"
#include "synthetic_corpus.h"

int main(int argc, char** argv) {
    const std::string assets = argc > 1 ? argv[1] : DEALSCOPE_ASSETS_DIR;
    const std::size_t event_count = argc > 2 ? static_cast<std::size_t>(std::atol(argv[2])) : 100000;
    const std::size_t article_count = argc > 3 ? static_cast<std::size_t>(std::atol(argv[3])) : 10000;
    std::vector<ds::Problem> problems;
    const ds::Corpus seeds = ds::load_corpus(assets + "/articles");
    const ds::Gazetteer gazetteer = ds::load_gazetteer(assets, problems);
    if (seeds.articles.empty() || gazetteer.entities.empty()) {
        std::fprintf(stderr, "events_bench: no articles or entities in %s\n", assets.c_str());
        return 2;
    }

    // Articles: the seeds varied, renamed so ids are unique.
    std::vector<ds::Article> articles;
    std::size_t i = 0;
    std::size_t largest = 0;
    for (const auto& a : seeds.articles) largest = std::max(largest, a.text.size());
    for (auto& text : ds::bench::vary_seeds(seeds, article_count * largest)) {
        if (articles.size() == article_count) break;
        auto parsed = ds::parse_article("synthetic_" + std::to_string(i++) + ".txt", std::move(text));
        if (auto* a = std::get_if<ds::Article>(&parsed)) articles.push_back(std::move(*a));
    }

    // Events: random type, date, two parties, an amount, and a quote that is one of the article's sentences.
    std::mt19937 rng(7);
    static const char* const kTypes[] = {"investment", "compute_deal", "funding_round", "partnership", "loan"};
    nlohmann::json events = nlohmann::json::array();
    for (std::size_t k = 0; k < event_count; ++k) {
        const ds::Article& a = articles[rng() % articles.size()];
        const auto& sentence = a.sentences[rng() % a.sentences.size()];
        const std::string type = kTypes[rng() % 5];
        const bool compute = type == "compute_deal";
        const auto& e1 = gazetteer.entities[rng() % gazetteer.entities.size()].id;
        const auto& e2 = gazetteer.entities[rng() % gazetteer.entities.size()].id;
        events.push_back({
            {"id", "event-" + std::to_string(k)}, {"type", type},
            {"date", {{"value", std::to_string(2015 + rng() % 11) + "-" + (rng() % 2 ? "06" : "Q3")}, {"text", "synthetic"}}},
            {"participants", {{{"entity", e1}, {"role", compute ? "provider" : type == "partnership" ? "partner" : "investor"}},
                              {{"entity", e2}, {"role", compute ? "customer" : type == "partnership" ? "partner" : "investee"}}}},
            {"amounts", {{{"value", 1e6 * static_cast<double>(rng() % 100000)}, {"currency", "USD"}, {"qualifier", "exact"},
                          {"measures", compute ? "compute_commitment" : "equity"}}}},
            {"status", "completed"}, {"summary", {{"de", "synthetisch"}, {"en", "synthetic"}}},
            {"sources", {{{"article", a.id}, {"quote", std::string(a.view(sentence.range))}}}},
        });
    }
    const std::string text = nlohmann::json{{"version", 1}, {"events", std::move(events)}}.dump();

    // Each stage timed on its own (median of 3 runs); the total is their sum.
    using Clock = std::chrono::steady_clock;
    auto since = [](Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); };
    std::vector<double> load_s, totals_s, graph_s, cycles_s;
    std::size_t loaded = 0, flows = 0, cycles = 0;
    for (int run = 0; run < 3; ++run) {
        std::vector<ds::Problem> load_problems;
        auto t = Clock::now();
        const ds::EventStore store = ds::parse_events(text, "events.json", articles, gazetteer, load_problems);
        load_s.push_back(since(t));
        t = Clock::now();
        const auto totals = ds::entity_totals(store);
        totals_s.push_back(since(t));
        t = Clock::now();
        const auto graph = ds::flow_graph(store);
        graph_s.push_back(since(t));
        t = Clock::now();
        const auto found_cycles = ds::money_cycles(graph, 3);
        (void)ds::conflicts(store);
        cycles_s.push_back(since(t));
        loaded = store.events.size();
        flows = graph.size();
        cycles = found_cycles.size();
        if (!load_problems.empty()) std::fprintf(stderr, "events_bench: %s\n", ds::describe(load_problems[0]).c_str());
        (void)totals;
    }
    auto median = [](std::vector<double> v) { std::sort(v.begin(), v.end()); return v[v.size() / 2]; };
    const double total = median(load_s) + median(totals_s) + median(graph_s) + median(cycles_s);
    std::printf("events: %zu events (%.1f MB JSON) over %zu articles, %zu flows, %zu cycles (length <= 3)\n", loaded,
                static_cast<double>(text.size()) / (1 << 20), articles.size(), flows, cycles);
    std::printf("events: load+validate %.3f s, totals %.3f s, flow graph %.3f s, cycles+conflicts %.3f s; total %.3f s (medians of 3)\n",
                median(load_s), median(totals_s), median(graph_s), median(cycles_s), total);
    ds::bench::figure("load + validate + analytics, " + std::to_string(loaded) + " events / " + std::to_string(articles.size()) + " articles", total, "s",
                      "events.json parsed and checked against the articles, then totals, flow graph, cycles and conflicts; medians of 3");
    ds::bench::figure("peak memory, events benchmark", ds::bench::peak_memory_mb(), "MB", "resident set natively, wasm heap size in WebAssembly");
    return 0;
}

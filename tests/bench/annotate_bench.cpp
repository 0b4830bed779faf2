// Annotate throughput (money, quantities, dates, entities) on a corpus varied from the seeds, with
// the seed gazetteer and with 100 000 extra synthetic names. Parsing is done first and not timed.
// Prints MB/s (median of 3 runs, one core).   annotate_bench [ASSETS_DIR] [MEGABYTES]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <variant>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/annotate/annotate.h"
#include "core/articles/article_parser.h"
#include "core/annotate/gazetteer.h"
#include "core/text/text_file.h"
#include "figure.h"
#include "synthetic_corpus.h"

namespace {
// The seed gazetteer plus `extra` synthetic companies and people with one- to three-word names.
ds::Gazetteer with_synthetic_names(const std::string& assets, std::size_t extra) {
    auto text = std::get<std::string>(ds::read_text_file(assets + "/entities.json"));
    auto json = nlohmann::json::parse(text);
    std::mt19937 rng(42);
    static const char* const kSyllables[] = {"ka", "lo", "mi", "ter", "son", "vex", "ra", "dia", "qu", "bel", "tro", "nix", "sa", "ion"};
    auto word = [&] {
        std::string w;
        for (int k = 0; k < 3; ++k) w += kSyllables[rng() % 14];
        w[0] = static_cast<char>(w[0] - 'a' + 'A');
        return w;
    };
    for (std::size_t i = 0; i < extra; ++i) {
        std::string name = word();
        for (unsigned k = rng() % 3; k > 0; --k) name += " " + word();
        json["entities"].push_back({{"id", "synthetic-" + std::to_string(i)}, {"name", name}, {"kind", i % 3 ? "company" : "person"}});
    }
    std::vector<ds::Problem> problems;
    return ds::parse_gazetteer(json.dump(), "synthetic.json", problems);
}

double run(const std::vector<ds::Article>& articles, const ds::Gazetteer& g, std::size_t bytes, std::size_t& mentions) {
    std::vector<double> seconds;
    for (int r = 0; r < 3; ++r) {
        mentions = 0;
        const auto start = std::chrono::steady_clock::now();
        for (const auto& a : articles) mentions += ds::annotate_article(a, g).size();
        seconds.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    }
    std::sort(seconds.begin(), seconds.end());
    return static_cast<double>(bytes) / (1 << 20) / seconds[1];
}
}  // namespace

int main(int argc, char** argv) {
    const std::string assets = argc > 1 ? argv[1] : DEALSCOPE_ASSETS_DIR;
    const std::size_t megabytes = argc > 2 ? static_cast<std::size_t>(std::atoi(argv[2])) : 100;
    const ds::Corpus seeds = ds::load_corpus(assets + "/articles");
    std::vector<ds::Problem> problems;
    const ds::Gazetteer seed_gazetteer = ds::load_gazetteer(assets, problems);
    if (seeds.articles.empty() || seed_gazetteer.entities.empty()) {
        std::fprintf(stderr, "annotate_bench: no articles or entities in %s\n", assets.c_str());
        return 2;
    }
    std::vector<ds::Article> articles;
    std::size_t bytes = 0;
    for (auto& text : ds::bench::vary_seeds(seeds, megabytes << 20)) {
        ds::ArticleMeta meta;
        meta.date = "2025-11";
        auto parsed = ds::parse_article("bench.txt", std::move(text), &meta);
        if (auto* a = std::get_if<ds::Article>(&parsed)) {
            bytes += a->text.size();
            articles.push_back(std::move(*a));
        }
    }
    const auto big = with_synthetic_names(assets, 100000);
    std::size_t mentions = 0;
    const double seed_rate = run(articles, seed_gazetteer, bytes, mentions);
    std::printf("annotate: %zu articles, %.1f MB, seed gazetteer (%zu entities): %zu mentions, median of 3 runs %.1f MB/s\n",
                articles.size(), static_cast<double>(bytes) / (1 << 20), seed_gazetteer.entities.size(), mentions, seed_rate);
    const double big_rate = run(articles, big, bytes, mentions);
    std::printf("annotate: %zu articles, %.1f MB, %zu entities (100 000 synthetic): %zu mentions, median of 3 runs %.1f MB/s\n",
                articles.size(), static_cast<double>(bytes) / (1 << 20), big.entities.size(), mentions, big_rate);
    const std::string how = "one core, " + std::to_string(bytes >> 20) + " MB varied from the seeds, parsing not timed, median of 3 runs";
    ds::bench::figure("annotate throughput, seed gazetteer", seed_rate, "MB/s", how + ", " + std::to_string(seed_gazetteer.entities.size()) + " entities");
    ds::bench::figure("annotate throughput, 100 000 more names", big_rate, "MB/s", how + ", " + std::to_string(big.entities.size()) + " entities");
    return 0;
}

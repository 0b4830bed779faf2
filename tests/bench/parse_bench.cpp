// Parse throughput on a synthetic corpus built from the seed articles: each copy varies numbers
// and names so no two articles are identical. Prints MB/s (median of 5 runs, one core).
//   parse_bench [ASSETS_DIR] [MEGABYTES]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <variant>
#include <vector>

#include "core/articles/article_parser.h"
#include "core/articles/corpus.h"
#include "figure.h"
#include "synthetic_corpus.h"

int main(int argc, char** argv) {
    const std::string assets = argc > 1 ? argv[1] : DEALSCOPE_ASSETS_DIR;
    const std::size_t megabytes = argc > 2 ? static_cast<std::size_t>(std::atoi(argv[2])) : 100;
    const ds::Corpus seeds = ds::load_corpus(assets + "/articles");
    if (seeds.articles.empty()) {
        std::fprintf(stderr, "parse_bench: no articles in %s/articles\n", assets.c_str());
        return 2;
    }
    const auto corpus = ds::bench::vary_seeds(seeds, megabytes << 20);
    std::size_t bytes = 0;
    for (const auto& t : corpus) bytes += t.size();

    std::vector<double> seconds;
    std::size_t sentences = 0;
    for (int run = 0; run < 5; ++run) {
        sentences = 0;
        const auto start = std::chrono::steady_clock::now();
        for (const auto& text : corpus) {
            auto parsed = ds::parse_article("bench.txt", text);
            if (auto* a = std::get_if<ds::Article>(&parsed)) sentences += a->sentences.size();
        }
        seconds.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    }
    std::sort(seconds.begin(), seconds.end());
    const double median = seconds[seconds.size() / 2];
    std::printf("parse: %zu articles, %.1f MB, %zu sentences; median of 5 runs %.3f s = %.1f MB/s\n", corpus.size(),
                static_cast<double>(bytes) / (1 << 20), sentences, median, static_cast<double>(bytes) / (1 << 20) / median);
    ds::bench::figure("parse throughput", static_cast<double>(bytes) / (1 << 20) / median, "MB/s",
                      "one core, " + std::to_string(bytes >> 20) + " MB of articles varied from the seeds, median of 5 runs");
    return 0;
}

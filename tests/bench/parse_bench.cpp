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

#include "core/article_parser.h"
#include "core/corpus.h"

namespace {
std::vector<std::string> build_corpus(const ds::Corpus& seeds, std::size_t target_bytes) {
    static const char* const kNames[] = {"Microsoft", "Nvidia", "Oracle", "Anthropic", "OpenAI", "SoftBank"};
    std::vector<std::string> out;
    std::size_t total = 0;
    for (std::size_t copy = 0; total < target_bytes; ++copy) {
        for (const auto& a : seeds.articles) {
            std::string text = a.text;
            for (char& c : text) {
                if (c >= '0' && c <= '9') c = static_cast<char>('0' + (c - '0' + copy) % 10);
            }
            const std::string from = "Microsoft", to = kNames[copy % 6];
            for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) text.replace(at, from.size(), to);
            total += text.size();
            out.push_back(std::move(text));
        }
    }
    return out;
}
}  // namespace

int main(int argc, char** argv) {
    const std::string assets = argc > 1 ? argv[1] : DEALSCOPE_ASSETS_DIR;
    const std::size_t megabytes = argc > 2 ? static_cast<std::size_t>(std::atoi(argv[2])) : 100;
    const ds::Corpus seeds = ds::load_corpus(assets + "/articles");
    if (seeds.articles.empty()) {
        std::fprintf(stderr, "parse_bench: no articles in %s/articles\n", assets.c_str());
        return 2;
    }
    const auto corpus = build_corpus(seeds, megabytes << 20);
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
    return 0;
}

// Does the work grow with its input and not faster? Each input shape is doubled a few times and
// parse (with the CLI's JSON), annotate and extract are timed (best of 5 rounds over all sizes) and their peak heap
// measured (a counting allocator); the figures are the largest ratio between one size and the next.
// Linear work gives about 2×; the goal is at most 2.2×.
//   scaling_bench [BASE=500] [DOUBLINGS=3]
// Shapes (written here, in our own words), each about 100 KB at BASE = 500: an article of BASE
// paragraphs with an amount each; one sentence listing BASE·10 amounts; one paragraph of BASE·4
// sentences with an amount each; one sentence naming BASE·4 made-up firms (also as a takeover's sellers);
// BASE·50 one-letter lines; a run of BASE·20 "Milliarden"; one sentence of BASE·5 sums paid in cash and spent on chips.
// Natively the heap is kept warm between runs (freed memory is not handed back to the kernel), so
// the times are of the work, not of the kernel clearing fresh pages for the next run: those page
// faults made ratios of 4–7× between 40 and 80 MB heaps while instruction counts doubled exactly.
#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <new>
#include <ostream>
#include <streambuf>
#include <string>
#include <variant>
#include <vector>

#include "core/annotate/annotate.h"
#include "core/annotate/gazetteer.h"
#include "core/articles/article_json.h"
#include "core/articles/article_parser.h"
#include "core/events/event_extractor.h"
#include "core/json/json_write.h"
#include "figure.h"

// Live and peak heap bytes: every allocation carries its size in a 16-byte header.
namespace {
std::size_t g_live = 0, g_peak = 0;
}

void* operator new(std::size_t size) {
    auto* block = static_cast<unsigned char*>(std::malloc(size + 16));
    if (!block) throw std::bad_alloc();
    *reinterpret_cast<std::size_t*>(block) = size;
    g_live += size;
    g_peak = std::max(g_peak, g_live);
    return block + 16;
}
void operator delete(void* p) noexcept {
    if (!p) return;
    auto* block = static_cast<unsigned char*>(p) - 16;
    g_live -= *reinterpret_cast<std::size_t*>(block);
    std::free(block);
}
void* operator new[](std::size_t size) { return operator new(size); }
void operator delete[](void* p) noexcept { operator delete(p); }
void operator delete(void* p, std::size_t) noexcept { operator delete(p); }
void operator delete[](void* p, std::size_t) noexcept { operator delete(p); }

namespace {

struct Shape {
    const char* name;
    std::function<std::string(std::size_t)> text;  // the article for size n
};

const std::string kFiller = "Beobachter halten vieles noch für offen, und die Märkte bleiben unruhig. ";

std::string paragraphs(std::size_t n) {
    std::string s = "Ein Titel für die Messung\n\n";
    for (std::size_t i = 0; i < n; ++i) {
        s += "Absatz " + std::to_string(i) + ". " + kFiller + "Microsoft investiert " + std::to_string(i % 50 + 1) + " Millionen Dollar in OpenAI. " + kFiller + "\n\n";
    }
    return s;
}

std::string amounts_in_one_sentence(std::size_t n) {
    std::string s = "Ein Titel für die Messung\n\nMicrosoft investiert ";
    for (std::size_t i = 0; i < n * 10; ++i) s += std::to_string(i % 90 + 1) + " Milliarden Dollar, ";
    return s + "alles in OpenAI.\n";
}

// English sums that ask the sentence's other words each ("launched with $5 million in cash, spent $5 million on chips"): those
// words are read once per sentence, not once per sum.
std::string sums_paid_and_spent(std::size_t n) {
    std::string s = "A title for the measurement\n\nThe start-up Vexa ";
    for (std::size_t i = 0; i < n * 5; ++i) {
        const std::string sum = std::to_string(i % 90 + 1);
        s += "launched with $" + sum + " million in cash, spent $" + sum + " million on chips and ";
    }
    return s + "then stopped.\n";
}

std::string sentences_in_one_paragraph(std::size_t n) {
    std::string s = "Ein Titel für die Messung\n\n";
    for (std::size_t i = 0; i < n * 4; ++i) s += "Nvidia verkauft Chips für " + std::to_string(i % 40 + 1) + " Milliarden Dollar an Oracle. ";
    return s + "\n";
}

// Made-up firm names before a legal form: "Beteiligt sind Kalomi GmbH, Terson GmbH, …".
std::string firms_in_one_sentence(std::size_t n) {
    static const char* const kSyllables[] = {"ka", "lo", "mi", "ter", "son", "vex", "ra", "dia", "qu", "bel", "tro", "nix", "sa", "ion"};
    std::string s = "Ein Titel für die Messung\n\nBeteiligt sind ";
    for (std::size_t i = 0; i < n * 4; ++i) {
        std::string name;
        for (std::size_t k = i + 1; k > 0; k /= 14) name += kSyllables[k % 14];
        name[0] = static_cast<char>(name[0] - 'a' + 'A');
        s += name + " GmbH, ";
    }
    return s + "und weitere.\n";
}

// A takeover, then a sentence naming BASE·4 made-up sellers: "Verkäufer sind Kalomi GmbH, …" (each is compared with
// the deal's sides).
std::string sellers_after_a_takeover(std::size_t n) {
    return "Ein Titel für die Messung\n\nDer Konzern SoftBank übernimmt den Chipentwickler Ampere Computing für 6,5 Milliarden Dollar. Verkäufer sind " +
           firms_in_one_sentence(n).substr(std::string("Ein Titel für die Messung\n\nBeteiligt sind ").size());
}

std::string letter_lines(std::size_t n) {
    std::string s;
    for (std::size_t i = 0; i < n * 50; ++i) s += "a\n";
    return s;
}

std::string milliarden(std::size_t n) {
    std::string s = "Ein Titel für die Messung\n\n";
    for (std::size_t i = 0; i < n * 20; ++i) s += "Milliarden ";
    return s + "\n";
}

// Counts what the CLI would print, and drops it.
struct CountingBuffer : std::streambuf {
    std::size_t bytes = 0;
    int_type overflow(int_type c) override { ++bytes; return c; }
    std::streamsize xsputn(const char*, std::streamsize n) override { bytes += static_cast<std::size_t>(n); return n; }
};

struct Cost {
    double seconds = 0;
    double peak_mb = 0;
};

// One run: its time, and the peak heap above what was live before it.
Cost measure_once(const std::function<void()>& work) {
    const std::size_t before = g_live;
    g_peak = g_live;
    const auto start = std::chrono::steady_clock::now();
    work();
    return {std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(), static_cast<double>(g_peak - before) / (1 << 20)};
}

// Keeps the best time of the rounds and the peak heap of the first.
void keep(Cost& best, const Cost& run, int round) {
    best.seconds = round == 0 ? run.seconds : std::min(best.seconds, run.seconds);
    if (round == 0) best.peak_mb = run.peak_mb;
}

}  // namespace

int main(int argc, char** argv) {
#ifdef __GLIBC__
    mallopt(M_MMAP_THRESHOLD, 1 << 30);
    mallopt(M_TRIM_THRESHOLD, -1);
#endif
    const std::size_t base = argc > 1 ? static_cast<std::size_t>(std::atoll(argv[1])) : 500;
    const int doublings = argc > 2 ? std::atoi(argv[2]) : 3;
    if (base == 0 || doublings < 0 || doublings > 20) {
        std::fprintf(stderr, "usage: scaling_bench [BASE_SIZE (a number above 0, default 500) [DOUBLINGS (0-20, default 3)]]\n");
        return 2;
    }
    std::vector<ds::Problem> problems;
    const ds::Gazetteer gazetteer = ds::load_gazetteer(DEALSCOPE_ASSETS_DIR, problems);
    const Shape shapes[] = {{"paragraphs with an amount", paragraphs},
                            {"amounts in one sentence", amounts_in_one_sentence},
                            {"sums paid and spent in one sentence", sums_paid_and_spent},
                            {"sentences in one paragraph", sentences_in_one_paragraph},
                            {"firm names in one sentence", firms_in_one_sentence},
                            {"sellers named after a takeover", sellers_after_a_takeover},
                            {"one-letter lines", letter_lines},
                            {"a run of \"Milliarden\"", milliarden}};
    const char* const stages[] = {"parse + JSON", "annotate", "extract"};
    // Warm up first (WebAssembly compiles hot functions again after a while; caches fill).
    for (const Shape& shape : shapes) {
        const ds::Article article = std::get<ds::Article>(ds::parse_article("warm-up.txt", shape.text(base)));
        (void)ds::extract_candidates(article, ds::annotate_article(article, gazetteer), gazetteer);
    }
    for (const Shape& shape : shapes) {
        std::vector<std::string> texts;
        for (int d = 0; d <= doublings; ++d) texts.push_back(shape.text(base << d));
        std::vector<std::array<Cost, 3>> costs(texts.size());
        std::vector<std::size_t> mention_counts(texts.size()), candidate_counts(texts.size());
        // Best of 5 rounds, each round over every size in turn: this machine's timings move in bursts
        // of a second or so, and five runs of one size in a row could all fall into one burst.
        for (int round = 0; round < 5; ++round) {
            for (std::size_t d = 0; d < texts.size(); ++d) {
                ds::Article article;
                keep(costs[d][0], measure_once([&] {
                         article = std::get<ds::Article>(ds::parse_article("scaling.txt", texts[d]));
                         CountingBuffer sink;
                         std::ostream out(&sink);
                         ds::write_json_streamed(out, ds::article_head_json(article),
                                                 {{"blocks", article.blocks.size(), [&](std::size_t i) { return ds::block_json(article, i); }},
                                                  {"sentences", article.sentences.size(), [&](std::size_t i) { return ds::sentence_json(article, i); }}});
                     }), round);
                std::vector<ds::Mention> mentions;
                keep(costs[d][1], measure_once([&] { mentions = ds::annotate_article(article, gazetteer); }), round);
                mention_counts[d] = mentions.size();
                keep(costs[d][2], measure_once([&] { candidate_counts[d] = ds::extract_candidates(article, mentions, gazetteer).size(); }), round);
            }
        }
        for (std::size_t d = 0; d < texts.size(); ++d) {
            const auto& c = costs[d];
            std::printf("  %s, n=%zu (%zu KB): parse %.3f s %.1f MB · annotate %.3f s %.1f MB (%zu mentions) · extract %.3f s %.1f MB (%zu candidates)\n",
                        shape.name, base << d, texts[d].size() >> 10, c[0].seconds, c[0].peak_mb, c[1].seconds, c[1].peak_mb, mention_counts[d],
                        c[2].seconds, c[2].peak_mb, candidate_counts[d]);
        }
        for (std::size_t s = 0; s < 3; ++s) {
            double time_ratio = 0, memory_ratio = 0;
            for (std::size_t d = 1; d < costs.size(); ++d) {
                // Below a millisecond or 64 KB the ratio is noise, not growth.
                if (costs[d - 1][s].seconds > 1e-3) time_ratio = std::max(time_ratio, costs[d][s].seconds / costs[d - 1][s].seconds);
                if (costs[d - 1][s].peak_mb > 1.0 / 16) memory_ratio = std::max(memory_ratio, costs[d][s].peak_mb / costs[d - 1][s].peak_mb);
            }
            const std::string how = "largest ratio between sizes " + std::to_string(base) + "…" + std::to_string(base << doublings) +
                                    ", each twice the last; goal ≤ 2.2";
            ds::bench::figure(std::string(stages[s]) + " time per doubling, " + shape.name, time_ratio, "×", how + " (best of 5)");
            ds::bench::figure(std::string(stages[s]) + " peak heap per doubling, " + shape.name, memory_ratio, "×", how);
        }
    }
    return 0;
}

#pragma once
// How benchmarks report: a human line, and an "@figure {json}" line that scripts/bench.sh collects
// into bench/results.json. Times are medians or percentiles over several runs, as `how` says.
#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#ifdef __EMSCRIPTEN__
#include <emscripten/heap.h>
#else
#include <sys/resource.h>
#endif

namespace ds::bench {

inline void figure(const std::string& name, double value, const std::string& unit, const std::string& how) {
    std::printf("%s: %.4g %s (%s)\n", name.c_str(), value, unit.c_str(), how.c_str());
    std::printf("@figure %s\n", nlohmann::json{{"name", name}, {"value", value}, {"unit", unit}, {"how", how}}.dump().c_str());
    std::fflush(stdout);
}

// The p-th percentile (0–100) of the samples, nearest rank.
inline double percentile(std::vector<double> samples, double p) {
    if (samples.empty()) return 0;
    std::sort(samples.begin(), samples.end());
    const auto rank = static_cast<std::size_t>(p / 100.0 * static_cast<double>(samples.size() - 1) + 0.5);
    return samples[std::min(rank, samples.size() - 1)];
}

// Peak memory of the process so far: resident set natively, the wasm heap's size in WebAssembly.
inline double peak_memory_mb() {
#ifdef __EMSCRIPTEN__
    return static_cast<double>(emscripten_get_heap_size()) / (1 << 20);
#else
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;
#endif
}

}  // namespace ds::bench

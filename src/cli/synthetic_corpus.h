#pragma once
// A deterministic synthetic data set for scale tests and benchmarks, in the shape of assets/:
// German news articles built from varied sentence patterns (deals with amounts and dates, capacity
// figures, rumours, analyst filler, page furniture), a gazetteer of made-up companies, investors and
// people, and an events.json whose every event quotes, verbatim, the sentence it comes from in its
// article. The same options give the same bytes on every platform.
#include <cstdint>
#include <string>
#include <vector>

namespace ds {

struct SynthOptions {
    std::size_t articles = 100;
    std::size_t events = 1000;
    std::size_t entities = 200;  // companies, investors and people in the gazetteer
    std::uint32_t seed = 1;
};

struct SynthFile {
    std::string name;  // "articles/synth_000001.txt", "entities.json", "events.json"
    std::string content;
};

// Every file of the data set, paths relative to the data folder.
std::vector<SynthFile> synthesize_corpus(const SynthOptions& options);

}  // namespace ds

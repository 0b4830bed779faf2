#pragma once
// Precision, recall and F1 of what an annotator found against a gold annotation, both as multisets
// of comparable keys ("4e+09 USD", "2024-06"); the keys that differ are listed as misses.
#include <algorithm>
#include <map>
#include <string>
#include <vector>

namespace ds::test {

using Bag = std::map<std::string, int>;

struct Score {
    int gold = 0, predicted = 0, matched = 0;
    double precision() const { return predicted ? double(matched) / predicted : 1.0; }
    double recall() const { return gold ? double(matched) / gold : 1.0; }
    double f1() const { const double p = precision(), r = recall(); return p + r > 0 ? 2 * p * r / (p + r) : 0; }
};

// Adds one document's counts to `s`; "<what> missed: key" and "<what> spurious: key" go to `misses`.
inline void add(Score& s, const Bag& gold, const Bag& predicted, std::vector<std::string>& misses, const std::string& what) {
    for (const auto& [k, n] : gold) s.gold += n;
    for (const auto& [k, n] : predicted) {
        s.predicted += n;
        const auto it = gold.find(k);
        if (it != gold.end()) s.matched += std::min(n, it->second);
    }
    for (const auto& [k, n] : gold) {
        const auto it = predicted.find(k);
        if (it == predicted.end() || it->second < n) misses.push_back(what + " missed: " + k);
    }
    for (const auto& [k, n] : predicted) {
        const auto it = gold.find(k);
        if (it == gold.end() || it->second < n) misses.push_back(what + " spurious: " + k);
    }
}

}  // namespace ds::test

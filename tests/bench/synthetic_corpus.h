#pragma once
// A large corpus for benchmarks, built from the seed articles: each copy varies digits and company
// names so no two articles are identical.
#include <string>
#include <vector>

#include "core/articles/corpus.h"

namespace ds::bench {

inline std::vector<std::string> vary_seeds(const Corpus& seeds, std::size_t target_bytes) {
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

}  // namespace ds::bench

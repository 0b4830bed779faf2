#pragma once
// The seed articles as the app loads them (with sidecars) and as a user's bare file would be.
#include <string>
#include <variant>

#include "core/articles/article_parser.h"
#include "core/articles/corpus.h"
#include "core/events/event_loader.h"
#include "core/annotate/gazetteer.h"
#include "core/text/text_file.h"

namespace ds::test {

inline const Corpus& seed_corpus() {
    static const Corpus corpus = load_corpus(std::string(DEALSCOPE_ASSETS_DIR) + "/articles");
    return corpus;
}

inline const Article& seed(const std::string& id) {
    for (const auto& a : seed_corpus().articles) {
        if (a.id == id) return a;
    }
    throw std::runtime_error("no seed article " + id);
}

// Parsed without its sidecar: what the text alone gives.
inline Article seed_without_sidecar(const std::string& id) {
    const std::string file = std::string(DEALSCOPE_ASSETS_DIR) + "/articles/" + id + ".txt";
    auto parsed = parse_article(file, std::get<std::string>(read_text_file(file)));
    return std::get<Article>(std::move(parsed));
}

inline const Gazetteer& seed_gazetteer() {
    static const Gazetteer g = [] {
        std::vector<Problem> problems;
        return load_gazetteer(DEALSCOPE_ASSETS_DIR, problems);
    }();
    return g;
}

inline std::string curated_events_text() {
    return std::get<std::string>(read_text_file(std::string(DEALSCOPE_ASSETS_DIR) + "/events.json"));
}

// assets/events.json loaded against the seed articles and gazetteer.
inline const EventStore& curated_events() {
    static const EventStore store = [] {
        std::vector<Problem> problems;
        return parse_events(curated_events_text(), "events.json", seed_corpus().articles, seed_gazetteer(), problems);
    }();
    return store;
}

}  // namespace ds::test

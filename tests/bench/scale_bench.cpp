// The app at newsroom scale: a synthetic data set (dealscope-cli synth's generator) loaded as the app
// loads its assets, then search latency, the timeline and network frame build (real ImGui frames
// without a GPU, panning and zooming), the network layout for 2 000 nodes / 20 000 edges, and peak
// memory.   scale_bench [ARTICLES=10000] [EVENTS=100000] [FRAMES=60]
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include <imgui.h>

#include "explorer/app_state.h"
#include "explorer/layout/network_layout.h"
#include "core/search/search.h"
#include "cli/synthetic_corpus.h"
#include "figure.h"
#include "ui/app_window.h"
#include "ui/ui_context.h"

namespace {

using Clock = std::chrono::steady_clock;
double ms_since(Clock::time_point t) { return std::chrono::duration<double, std::milli>(Clock::now() - t).count(); }

std::filesystem::path write_data_set(const ds::SynthOptions& options) {
    const auto dir = std::filesystem::temp_directory_path() /
                     ("dealscope-scale-" + std::to_string(options.articles) + "-" + std::to_string(options.events));
    std::filesystem::remove_all(dir);
    for (const ds::SynthFile& f : ds::synthesize_corpus(options)) {
        std::filesystem::create_directories((dir / f.name).parent_path());
        std::ofstream(dir / f.name, std::ios::binary) << f.content;
    }
    return dir;
}

// Frames not counted: the first build caches, and a WebAssembly engine compiles hot code with its
// optimizing tier only after a while (until then, every few frames took 5–9 ms instead of 0.5).
constexpr int kWarmUpFrames = 200;
// Rounds of every search query: p99 of 600 samples is not one unlucky sample.
constexpr int kSearchRounds = 20;

// Frame build times (ms) of one view while the time axis pans and zooms a little every frame.
std::vector<double> frame_times(ds::AppState& state, ds::View view, int frames) {
    state.view.current = view;
    state.view.time = ds::fit_all_events(state);
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(1280, 800);
    io.DeltaTime = 1.0f / 60.0f;
    std::vector<double> out;
    ds::ui::AppWindow window;
    for (int f = 0; f < frames + kWarmUpFrames; ++f) {
        const double span = state.view.time.end - state.view.time.start;
        state.view.time.start += span * (f % 20 < 10 ? 0.01 : -0.01);  // pan right, then back
        state.view.time.end = state.view.time.start + span * (f % 40 < 20 ? 0.99 : 1.01);  // zoom in, then out
        const auto t = Clock::now();
        ImGui::NewFrame();
        ds::ui::draw_app_window(state, window);
        ImGui::Render();
        if (f >= kWarmUpFrames) out.push_back(ms_since(t));
    }
    return out;
}

// A random flow graph of the given size, for the force layout alone.
std::vector<ds::Flow> random_flows(std::size_t nodes, std::size_t edges) {
    std::mt19937 rng(11);
    std::vector<ds::Flow> flows;
    for (std::size_t i = 0; i < edges; ++i) {
        ds::Flow f;
        f.from = "n" + std::to_string(i < nodes ? i : rng() % nodes);
        f.to = "n" + std::to_string(rng() % nodes);
        f.total.value = 1e6 * static_cast<double>(1 + rng() % 1000);
        flows.push_back(std::move(f));
    }
    return flows;
}

}  // namespace

int main(int argc, char** argv) {
    ds::SynthOptions options;
    options.articles = argc > 1 ? std::strtoul(argv[1], nullptr, 10) : 10000;
    options.events = argc > 2 ? std::strtoul(argv[2], nullptr, 10) : 100000;
    options.entities = std::max<std::size_t>(options.articles / 5, 50);
    const int frames = argc > 3 ? std::atoi(argv[3]) : 60;
    if (options.articles == 0 || options.events == 0 || frames <= 0) {
        std::fprintf(stderr, "usage: scale_bench [ARTICLES (default 10000) [EVENTS (default 100000) [FRAMES (default 60)]]], each above 0\n");
        return 2;
    }
    const std::string size = std::to_string(options.events) + " events / " + std::to_string(options.articles) + " articles";
    const auto dir = write_data_set(options);

    // Loading as the app does: parse and annotate every article, load and validate the events,
    // derived data (filters, flows, network layout, search index).
    auto t = Clock::now();
    ds::AppState state = ds::load_app_state(dir.string(), [t] { return ms_since(t); });
    ds::bench::figure("app load, " + size, ms_since(t) / 1000, "s", "load_app_state once: parse + annotate all articles, events, derived data, search index");
    // Where it went, as the page reports it (state().startup).
    for (const auto& step : state.report.startup.steps) std::printf("  app load step: %s %.1f ms\n", step.name.c_str(), step.ms);
    if (state.data.events.events.size() != options.events) {
        std::fprintf(stderr, "scale_bench: %zu of %zu events loaded: %s\n", state.data.events.events.size(), options.events,
                     state.data.corpus.problems.empty() ? "" : ds::describe(state.data.corpus.problems.front()).c_str());
        return 2;
    }

    // Search: entity names, words, a phrase, a miss; each query 5 times.
    std::vector<std::string> queries;
    for (std::size_t i = 0; i < 20; ++i) queries.push_back(state.data.gazetteer.entities[i * state.data.gazetteer.entities.size() / 20].name);
    for (const char* q : {"Rechenleistung", "Milliarden", "Kredit", "Finanzierungsrunde", "Grafikprozessoren", "über eine Beteiligung", "Aktie", "xyzzy", "ka", "März 2024", "Microsoft OpenAI", "Nvidia Oracle Milliarden"}) queries.push_back(q);
    // Untimed passes first: a WebAssembly engine compiles hot code with its optimizing tier only after a while.
    for (int warm_up = 0; warm_up < 5; ++warm_up) {
        for (const auto& q : queries) (void)ds::search(state.derived.search_index, state.data.gazetteer, state.data.events, state.data.corpus.articles, q, ds::Language::de);
    }
    std::vector<double> search_ms;
    std::vector<std::vector<double>> per_query(queries.size());
    for (int rep = 0; rep < kSearchRounds; ++rep) {
        for (std::size_t i = 0; i < queries.size(); ++i) {
            t = Clock::now();
            const auto hits = ds::search(state.derived.search_index, state.data.gazetteer, state.data.events, state.data.corpus.articles, queries[i], ds::Language::de);
            search_ms.push_back(ms_since(t));
            per_query[i].push_back(search_ms.back());
            (void)hits;
        }
    }
    // Which queries are slow says why (a scan, a filter that passes too much, many hits).
    std::printf("search medians:");
    for (std::size_t i = 0; i < queries.size(); ++i) std::printf(" \"%s\" %.2f ms;", queries[i].c_str(), ds::bench::percentile(per_query[i], 50));
    std::printf("\n");
    const std::string search_how = std::to_string(queries.size()) + " queries (names, words, a phrase, a miss) × " + std::to_string(kSearchRounds) + " over " + std::to_string(options.articles) + " articles";
    ds::bench::figure("search p50, " + size, ds::bench::percentile(search_ms, 50), "ms", search_how);
    ds::bench::figure("search p99, " + size, ds::bench::percentile(search_ms, 99), "ms", search_how);

    // Frame build with every event: ImGui frames (layout, draw lists) without a GPU.
    ds::ui::create_imgui_context();
    for (int key = 0; key < ImGuiKey_COUNT; ++key) ImGui::GetIO().KeyMap[key] = key;  // as a platform backend would (ImGui checks it)
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    ImGui::GetIO().Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
    for (const auto& [view, name] : {std::pair{ds::View::timeline, "timeline"}, std::pair{ds::View::network, "network"}}) {
        const auto times = frame_times(state, view, frames);
        const std::string how = std::to_string(frames) + " frames at 1280×800 while panning and zooming, ImGui without a GPU";
        ds::bench::figure(std::string(name) + " frame build median, " + size, ds::bench::percentile(times, 50), "ms", how);
        ds::bench::figure(std::string(name) + " frame build p95, " + size, ds::bench::percentile(times, 95), "ms", how);
    }
    ImGui::DestroyContext();

    // The force layout alone at 2 000 nodes and 20 000 edges.
    const auto flows = random_flows(2000, 20000);
    std::vector<double> layout_s;
    for (int run = 0; run < 3; ++run) {
        t = Clock::now();
        const auto layout = ds::layout_network(flows);
        layout_s.push_back(ms_since(t) / 1000);
        (void)layout;
    }
    ds::bench::figure("network layout, 2000 nodes / 20000 edges", ds::bench::percentile(layout_s, 50), "s", "layout_network as the app runs it (above 300 nodes: grid repulsion, 60 steps), median of 3");
    ds::bench::figure("peak memory, " + size, ds::bench::peak_memory_mb(), "MB", "resident set at the end natively (getrusage), wasm heap size in WebAssembly");
    std::filesystem::remove_all(dir);
    return 0;
}

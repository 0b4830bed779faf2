// The explorer started from a pack shows what it shows when it reads the folder; a pack it refuses
// is a warning that names it, and the folder is read instead.
#include <doctest/doctest.h>

#include <filesystem>
#include <unistd.h>

#include <nlohmann/json.hpp>

#include "core/annotate/annotate.h"
#include "core/pack/data_pack.h"
#include "core/text/text_file.h"
#include "explorer/app_state.h"
#include "explorer/network_pack.h"

namespace ds {
namespace {

namespace fs = std::filesystem;

fs::path pack_file(const char* name, std::string_view bytes) {
    const fs::path path = fs::temp_directory_path() / (std::string("dealscope-") + name + "-" + std::to_string(::getpid()) + ".pack");
    REQUIRE_FALSE(write_file_atomically(path, bytes).has_value());
    return path;
}

// As dealscope-cli pack writes it: the data as loaded, and the network laid out for it.
std::string seeds_pack(const std::function<void(AppState&)>& change_layout = {}) {
    AppState state = load_app_state(DEALSCOPE_ASSETS_DIR);
    if (change_layout) change_layout(state);
    Dataset& d = state.data;
    const std::string section = network_section(state);
    return write_pack({std::move(d.corpus), std::move(d.gazetteer.entities), std::move(d.mentions), std::move(d.annotated), std::move(d.events), section});
}

}  // namespace

TEST_CASE("the explorer loaded from the seeds' pack has the state it has from the folder") {
    const fs::path pack = pack_file("seeds", seeds_pack());
    AppState from_pack = load_app_state(DEALSCOPE_ASSETS_DIR, {}, {pack.string()});
    AppState from_folder = load_app_state(DEALSCOPE_ASSETS_DIR);
    CHECK(from_pack.data.from_pack == pack.string());
    CHECK(from_folder.data.from_pack.empty());
    nlohmann::json a = to_json(from_pack), b = to_json(from_folder);
    CHECK(a["pack"] == pack.string());
    a.erase("pack");
    b.erase("pack");
    CHECK(a == b);
    // Names are found in an article the user adds later: the gazetteer's index was built.
    CHECK(from_pack.data.gazetteer.find("openai") != nullptr);
    Article added = std::get<Article>(parse_article("mine.txt", "Ein Titel\n\nOpenAI sammelt 40 Milliarden Dollar bei Investoren ein."));
    const auto mentions = annotate_article(added, from_pack.data.gazetteer);
    CHECK(std::any_of(mentions.begin(), mentions.end(), [](const Mention& m) { return m.entity_id == "openai"; }));
    fs::remove(pack);
}

TEST_CASE("the network's layout comes from the pack when it places every flow, else it is laid out again") {
    const AppState folder = load_app_state(DEALSCOPE_ASSETS_DIR);
    REQUIRE(folder.derived.network.nodes.size() > 10);
    // Moved a little in the pack: the page shows the pack's positions, not a new layout.
    const fs::path moved = pack_file("moved", seeds_pack([](AppState& s) {
        for (NetworkNode& n : s.derived.network.nodes) n.at.x += 0.25f;
    }));
    const AppState from_pack = load_app_state(DEALSCOPE_ASSETS_DIR, {}, {moved.string()});
    REQUIRE(from_pack.derived.network.nodes.size() == folder.derived.network.nodes.size());
    CHECK(from_pack.derived.network.nodes[3].at.x == folder.derived.network.nodes[3].at.x + 0.25f);
    CHECK(from_pack.derived.cycles == folder.derived.cycles);
    // A node missing: the layout is made again, as from the folder.
    const fs::path missing = pack_file("missing", seeds_pack([](AppState& s) {
        s.derived.network.nodes.pop_back();
        s.derived.network.index.clear();
    }));
    const AppState laid_out = load_app_state(DEALSCOPE_ASSETS_DIR, {}, {missing.string()});
    REQUIRE(laid_out.derived.network.nodes.size() == folder.derived.network.nodes.size());
    CHECK(laid_out.derived.network.nodes.back().at == folder.derived.network.nodes.back().at);
    CHECK(laid_out.derived.network.nodes[3].at == folder.derived.network.nodes[3].at);
    fs::remove(moved);
    fs::remove(missing);
}

TEST_CASE("a refused pack is a warning naming it, and the folder is read instead") {
    std::string cut = seeds_pack();
    cut.resize(cut.size() / 2);
    const fs::path pack = pack_file("cut", cut);
    AppState state = load_app_state(DEALSCOPE_ASSETS_DIR, {}, {pack.string()});
    CHECK(state.data.from_pack.empty());
    REQUIRE_FALSE(state.data.corpus.problems.empty());
    const Problem& first = state.data.corpus.problems.front();
    CHECK(first.severity == Severity::warning);
    CHECK(first.place == pack.string());
    CHECK(first.code == MessageCode::pack_refused);
    CHECK(first.reason.starts_with("pack is cut short: "));
    CHECK(first.reason.ends_with("; the articles were read instead"));
    CHECK(problem_text(first, Language::de).ends_with("; stattdessen wurden die Artikel gelesen"));
    CHECK(state.data.corpus.articles.size() == 5);
    CHECK(state.data.events.events.size() > 40);
    fs::remove(pack);

    AppState missing = load_app_state(DEALSCOPE_ASSETS_DIR, {}, {"/no/such/data.pack", "https://example.org/data.pack"});
    CHECK(missing.data.corpus.problems.front().reason == "file is missing (or a broken link); the articles were read instead");
    CHECK(missing.data.corpus.problems.front().place == "https://example.org/data.pack");
    CHECK(missing.data.events.events.size() > 40);

    // The page could not fetch it: what it said is the warning.
    PackSource failed{"", "data.pack", Problem(Severity::error, "data.pack", MessageCode::pack_not_fetched, {"HTTP 404"})};
    AppState fetched = load_app_state(DEALSCOPE_ASSETS_DIR, {}, failed);
    CHECK(describe(fetched.data.corpus.problems.front()) == "warning: data.pack: could not be fetched: HTTP 404; the articles were read instead");
    CHECK(describe(fetched.data.corpus.problems.front(), Language::de) ==
          "Warnung: data.pack: ließ sich nicht laden: HTTP 404; stattdessen wurden die Artikel gelesen");
    CHECK(fetched.data.from_pack.empty());
}

TEST_CASE("a pack read ahead of the start (as the page does before main) is used as read, and its refusal still falls back") {
    const fs::path pack = pack_file("ahead", seeds_pack());
    PackSource ahead{pack.string(), "data.pack", std::nullopt};
    ahead.read = std::make_shared<PackRead>(read_pack_source(ahead));
    ahead.read_ms = 12.5;
    REQUIRE(std::holds_alternative<PackedData>(*ahead.read));
    fs::remove(pack);  // the page removes the file once read: the state must not need it again
    AppState state = load_app_state(DEALSCOPE_ASSETS_DIR, [] { return 0.0; }, ahead);
    CHECK(state.data.from_pack == "data.pack");
    nlohmann::json a = to_json(state), b = to_json(load_app_state(DEALSCOPE_ASSETS_DIR));
    a.erase("pack");
    b.erase("pack");
    a.erase("startup");
    b.erase("startup");
    CHECK(a == b);
    REQUIRE_FALSE(state.report.startup.steps.empty());
    CHECK(state.report.startup.steps.front().ms == 12.5);  // the reading counts, though it came before

    std::string cut = seeds_pack();
    cut.resize(cut.size() - 1);
    const fs::path cut_file = pack_file("ahead-cut", cut);
    PackSource refused{cut_file.string(), "data.pack", std::nullopt};
    refused.read = std::make_shared<PackRead>(read_pack_source(refused));
    fs::remove(cut_file);
    REQUIRE(std::holds_alternative<Problem>(*refused.read));
    AppState fallback = load_app_state(DEALSCOPE_ASSETS_DIR, {}, refused);
    CHECK(fallback.data.from_pack.empty());
    CHECK(fallback.data.corpus.problems.front().code == MessageCode::pack_refused);
    CHECK(fallback.data.corpus.problems.front().place == "data.pack");
    CHECK(fallback.data.events.events.size() > 40);
}

}  // namespace ds

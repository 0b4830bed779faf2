#include "cli/pack_command.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <variant>

#include <nlohmann/json.hpp>

#include "cli/article_input.h"
#include "core/pack/data_pack.h"
#include "core/text/text_file.h"
#include "explorer/app_state.h"
#include "explorer/network_pack.h"

namespace ds::cli {

namespace {

nlohmann::json pack_summary(const ds::PackedData& d, std::size_t bytes) {
    std::size_t mentions = 0;
    for (const auto& list : d.mentions) mentions += list.size();
    const auto annotated = std::count(d.annotated.begin(), d.annotated.end(), true);
    return {{"articles", d.corpus.articles.size()}, {"annotated", annotated}, {"entities", d.entities.size()}, {"mentions", mentions},
            {"events", d.events.events.size()}, {"claims", d.events.claims.size()}, {"bytes", bytes},
            {"format", ds::kPackFormat}, {"reading_rules", ds::reading_rules_stamp()}};
}

}  // namespace

int run_pack(const std::vector<std::string>& args) {
    if (args.size() == 2 && args[0] == "--check") {
        // Read as the page reads it: from the file, a window at a time.
        auto read = ds::read_pack_file(args[1], args[1]);
        if (auto* problem = std::get_if<ds::Problem>(&read)) {
            print_problems({*problem});
            return 2;
        }
        const auto& pack = std::get<ds::PackedData>(read);
        print_problems(pack.corpus.problems);
        std::error_code ec;
        std::printf("%s\n", pack_summary(pack, static_cast<std::size_t>(std::filesystem::file_size(args[1], ec))).dump().c_str());
        return 0;
    }
    if (args.size() != 2 || args[0].starts_with("--") || args[1].starts_with("--")) return usage("pack: takes DATA_DIR OUT, or --check PACK");
    // Loaded as the app loads it, so the network's layout for the first view comes along.
    ds::AppState state = ds::load_app_state(args[0]);
    ds::Dataset& d = state.data;
    print_problems(d.corpus.problems);
    if (std::any_of(d.corpus.problems.begin(), d.corpus.problems.end(), [](const ds::Problem& p) { return p.severity == ds::Severity::error; })) {
        std::fprintf(stderr, "dealscope-cli: pack: not written: %s has errors (above)\n", args[0].c_str());
        return 2;
    }
    ds::PackedData pack{std::move(d.corpus), std::move(d.gazetteer.entities), std::move(d.mentions), std::move(d.annotated), std::move(d.events),
                        ds::network_section(state)};
    const std::string bytes = ds::write_pack(pack);
    if (auto problem = ds::write_file_atomically(args[1], bytes)) {
        print_problems({*problem});
        return 2;
    }
    std::printf("%s\n", pack_summary(pack, bytes.size()).dump().c_str());
    return 0;
}

}  // namespace ds::cli

// dealscope-cli: the core without a UI. Each command prints JSON on stdout and problems on stderr.
#include <cstdio>
#include <string>
#include <variant>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/article_json.h"
#include "core/article_parser.h"
#include "core/corpus.h"
#include "core/text_file.h"
#include "core/version.h"

namespace {

const char* const kUsage =
    "usage: dealscope-cli [--help] [--version] <command> [args]\n"
    "\n"
    "Reads news articles about AI investment and compute deals and prints what it finds as JSON.\n"
    "\n"
    "commands:\n"
    "  parse FILE [--meta META.json]   the article's metadata, blocks and sentences with byte ranges\n"
    "                                  (FILE.meta.json next to FILE is used when --meta is not given)\n"
    "\n"
    "exit status: 0 ok, 1 usage error, 2 input error (message on stderr naming file and byte offset)\n";

int usage_error(const std::string& message) {
    std::fprintf(stderr, "dealscope-cli: %s\n\n%s", message.c_str(), kUsage);
    return 1;
}

void print_problems(const std::vector<ds::Problem>& problems) {
    for (const auto& p : problems) std::fprintf(stderr, "%s\n", ds::describe(p).c_str());
}

int run_parse(const std::vector<std::string>& args) {
    std::string file, meta_file;
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--meta" && i + 1 < args.size()) {
            meta_file = args[++i];
        } else if (!args[i].starts_with("--") && file.empty()) {
            file = args[i];
        } else {
            return usage_error("parse: unexpected argument '" + args[i] + "'");
        }
    }
    if (file.empty()) return usage_error("parse: which FILE?");

    auto read = ds::read_text_file(file);
    if (auto* problem = std::get_if<ds::Problem>(&read)) {
        print_problems({*problem});
        return 2;
    }
    std::vector<ds::Problem> problems;
    std::optional<ds::ArticleMeta> meta;
    if (!meta_file.empty()) {
        auto meta_text = ds::read_text_file(meta_file, std::size_t{1} << 20);
        if (auto* problem = std::get_if<ds::Problem>(&meta_text)) {
            print_problems({*problem});
            return 2;
        }
        meta = ds::parse_article_meta(std::get<std::string>(meta_text), meta_file, problems);
    } else {
        meta = ds::load_sidecar(file, problems);
    }
    auto parsed = ds::parse_article(file, std::move(std::get<std::string>(read)), meta ? &*meta : nullptr);
    if (auto* problem = std::get_if<ds::Problem>(&parsed)) {
        print_problems(problems);
        print_problems({*problem});
        return 2;
    }
    auto& article = std::get<ds::Article>(parsed);
    article.problems.insert(article.problems.begin(), problems.begin(), problems.end());
    print_problems(article.problems);
    std::printf("%s\n", ds::article_to_json(article).dump(2).c_str());
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) return usage_error("no command given");
    const std::string command = argv[1];
    const std::vector<std::string> args(argv + 2, argv + argc);
    if (command == "--help" || command == "-h" || command == "help") {
        std::fputs(kUsage, stdout);
        return 0;
    }
    if (command == "--version") {
        std::printf("dealscope-cli %s\n", ds::kVersion);
        return 0;
    }
    if (command == "parse") return run_parse(args);
    return usage_error("unknown command '" + command + "'");
}

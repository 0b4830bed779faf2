// dealscope-cli: the core without a UI. Subcommands arrive with the article core, annotators and
// event model; each prints JSON on stdout and problems on stderr.
#include <cstdio>
#include <string>

#include "core/version.h"

namespace {
const char* const kUsage =
    "usage: dealscope-cli [--help] [--version] <command> [args]\n"
    "\n"
    "Reads news articles about AI investment and compute deals and prints what it finds as JSON.\n"
    "\n"
    "options:\n"
    "  --help       show this help\n"
    "  --version    print the version\n"
    "\n"
    "exit status: 0 ok, 1 usage error, 2 input error\n";
}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fputs(kUsage, stderr);
        return 1;
    }
    const std::string command = argv[1];
    if (command == "--help" || command == "-h" || command == "help") {
        std::fputs(kUsage, stdout);
        return 0;
    }
    if (command == "--version") {
        std::printf("dealscope-cli %s\n", ds::kVersion);
        return 0;
    }
    std::fprintf(stderr, "dealscope-cli: unknown command '%s'\n\n%s", command.c_str(), kUsage);
    return 1;
}

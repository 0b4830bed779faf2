// The whole reading (parse, annotate, extract) of every text in the folders given, as WebAssembly under
// node, as the page reads a user's article: its memory is laid out unlike a native build's, so a read past
// a vector's end that natively found stale words to stop at traps here ("AMD and OpenAI …; OpenAI gets
// warrants …" stopped the page). Run by scripts/test.sh; exits 1 on a text that cannot be read.
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <variant>
#include <vector>

#include "core/annotate/annotate.h"
#include "core/annotate/gazetteer.h"
#include "core/articles/article_parser.h"
#include "core/events/event_extractor.h"

int main(int argc, char** argv) {
    if (argc < 3) {
        std::puts("usage: read_texts_check ASSETS_DIR FOLDER...");
        return 1;
    }
    std::vector<ds::Problem> problems;
    const ds::Gazetteer gazetteer = ds::load_gazetteer(argv[1], problems);
    std::size_t texts = 0, candidates = 0;
    for (int i = 2; i < argc; ++i) {
        std::vector<std::filesystem::path> files;
        for (const auto& entry : std::filesystem::directory_iterator(argv[i])) {
            const std::string name = entry.path().filename().string();
            if (entry.is_regular_file() && !name.ends_with(".json") && name != "README.md") files.push_back(entry.path());
        }
        std::sort(files.begin(), files.end());
        for (const auto& file : files) {
            std::ifstream in(file, std::ios::binary);
            std::stringstream bytes;
            bytes << in.rdbuf();
            auto parsed = ds::parse_article(file.filename().string(), bytes.str());
            if (!std::holds_alternative<ds::Article>(parsed)) continue;  // refused with a message: read as far as it goes
            const auto& article = std::get<ds::Article>(parsed);
            const auto mentions = ds::annotate_article(article, gazetteer);
            candidates += ds::extract_candidates(article, mentions, gazetteer).size();
            ++texts;
        }
    }
    std::printf("read_texts_check: %zu texts read, %zu candidates\n", texts, candidates);
    return texts > 0 ? 0 : 1;
}

#pragma once
// Reading a corpus: `extract` over many files or folders, as JSON Lines per article (the map step)
// or merged into one event per deal with its claims (`--merge`), and `merge` over JSON Lines that
// extract wrote (the reduce step). The same input gives the same bytes, whatever its order.
#include <string>
#include <vector>

namespace ds::cli {

// extract FILE|DIR... (--jsonl | --merge) [--entities E] [--max-bytes N]
int run_extract_corpus(const std::vector<std::string>& args);

// merge FILE... : JSON Lines of extract --jsonl (or single extract outputs), merged.
int run_merge(const std::vector<std::string>& args);

}  // namespace ds::cli

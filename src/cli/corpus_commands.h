#pragma once
// Reading a corpus: `extract` over many files or folders, as JSON Lines per article (the map step)
// or merged into one event per deal with its claims (`--merge`), and `merge` over JSON Lines that
// extract wrote (the reduce step). The same input gives the same bytes, whatever its order.
#include <string>
#include <vector>

namespace ds::cli {

// extract FILE|DIR... (--jsonl [--split N DIR] | --merge) [--entities E] [--max-bytes N]
//   --split: the lines go to DIR/part-K.jsonl by the merge part of each candidate (merge --part).
int run_extract_corpus(const std::vector<std::string>& args);

// merge FILE... [--part K/N] : JSON Lines of extract --jsonl (or single extract outputs), merged; with
// --part only the deals of part K of N (the reduce spread over machines).
// merge --combine FILE... : parts merged apart, put together as one merge of all would give them.
int run_merge(const std::vector<std::string>& args);

}  // namespace ds::cli

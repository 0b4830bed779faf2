#pragma once
// `dealscope-cli pack`: a data folder as a prepared corpus (core/pack/data_pack.h), and a pack read
// back as the page reads it.
#include <string>
#include <vector>

namespace ds::cli {

// pack DATA_DIR OUT | pack --check PACK; returns the exit status (0, 1 usage, 2 input).
int run_pack(const std::vector<std::string>& args);

}  // namespace ds::cli

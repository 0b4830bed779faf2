// Replays the fuzz seed corpus and every input that ever crashed the fuzzer (tests/fuzz/regressions/),
// so a fixed crash stays fixed. Runs under ASan+UBSan in scripts/test.sh.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

TEST_CASE("fuzz corpus and crash regressions run cleanly") {
    std::size_t replayed = 0;
    for (const char* folder : {"corpus/parse", "regressions"}) {
        const auto dir = std::filesystem::path(DEALSCOPE_FUZZ_DIR) / folder;
        for (const auto& entry : std::filesystem::directory_iterator(dir)) {
            if (!entry.is_regular_file() || entry.path().filename() == "README.md") continue;
            std::ifstream in(entry.path(), std::ios::binary);
            const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
            CAPTURE(entry.path().string());
            CHECK(LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size()) == 0);
            ++replayed;
        }
    }
    CHECK(replayed >= 10);
}

#include <doctest/doctest.h>

#include <sys/stat.h>

#include "core/text/text_file.h"
#include "support/temp_folder.h"

using namespace ds;

TEST_CASE("a seed article is read byte for byte") {
    const auto read = read_text_file(std::filesystem::path(DEALSCOPE_ASSETS_DIR) / "articles/000_0fd505e617a80e95.txt");
    REQUIRE(std::holds_alternative<std::string>(read));
    const auto& text = std::get<std::string>(read);
    CHECK(text.size() == 3500);
    CHECK(text.starts_with("Technologie\n"));
}

TEST_CASE("missing, non-regular and oversized files are problems that name the file") {
    test::TempFolder dir;
    const auto missing = read_text_file(dir.path / "gone.txt");
    REQUIRE(std::holds_alternative<Problem>(missing));
    CHECK(std::get<Problem>(missing).place.ends_with("gone.txt"));
    CHECK(std::get<Problem>(missing).reason.find("missing") != std::string::npos);

    const auto folder = read_text_file(dir.path);
    REQUIRE(std::holds_alternative<Problem>(folder));
    CHECK(std::get<Problem>(folder).code == MessageCode::not_a_regular_file);

    // A named pipe with no writer: refused at once, not waited on.
    const auto pipe = dir.path / "pipe.txt";
    REQUIRE(::mkfifo(pipe.c_str(), 0600) == 0);
    const auto from_pipe = read_text_file(pipe);
    REQUIRE(std::holds_alternative<Problem>(from_pipe));
    CHECK(std::get<Problem>(from_pipe).code == MessageCode::not_a_regular_file);

    const auto big = dir.write("big.txt", std::string(2000, 'x'));
    const auto too_big = read_text_file(big, 1000);
    REQUIRE(std::holds_alternative<Problem>(too_big));
    CHECK(std::get<Problem>(too_big).reason.find("limit is 1000") != std::string::npos);
}

TEST_CASE("an atomic write replaces the whole file, creates folders and leaves no temp file") {
    test::TempFolder dir;
    const auto file = dir.path / "deep/er/user-data.json";
    REQUIRE_FALSE(write_file_atomically(file, "first"));
    REQUIRE_FALSE(write_file_atomically(file, "second, longer"));
    CHECK(std::get<std::string>(read_text_file(file)) == "second, longer");
    CHECK_FALSE(std::filesystem::exists(file.string() + ".tmp"));

    // A target that cannot be replaced (a folder) is a problem, and the temp file is cleaned up.
    const auto folder = dir.path / "taken";
    std::filesystem::create_directories(folder / "inside");
    const auto refused = write_file_atomically(folder, "x");
    REQUIRE(refused);
    CHECK(refused->reason.find("previous version is kept") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(folder.string() + ".tmp"));
    CHECK(std::filesystem::is_directory(folder / "inside"));
}

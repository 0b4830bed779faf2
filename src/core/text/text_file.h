#pragma once
// Reading a whole file into memory, with a size limit and a readable problem instead of an exception.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string_view>
#include <string>
#include <variant>

#include "core/text/problem.h"

namespace ds {

// Large enough for any news article; a guard against mistaking a disk image for one.
inline constexpr std::size_t kMaxTextFileBytes = std::size_t{64} << 20;

// The size of a regular file no larger than `max_bytes`, or a problem naming the file.
std::variant<std::uint64_t, Problem> checked_file_size(const std::filesystem::path& path, std::size_t max_bytes);

// The file's bytes, or a problem naming the file.
std::variant<std::string, Problem> read_text_file(const std::filesystem::path& path,
                                                  std::size_t max_bytes = kMaxTextFileBytes);

// Replaces the file's content so that a crash or power cut leaves the old content or the new, never
// half of one: written to "<path>.tmp", flushed, then renamed over the file. Creates missing folders.
std::optional<Problem> write_file_atomically(const std::filesystem::path& path, std::string_view content);

}  // namespace ds

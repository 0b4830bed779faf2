#include "text_file.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <system_error>

namespace ds {

std::variant<std::string, Problem> read_text_file(const std::filesystem::path& path, std::size_t max_bytes) {
    const std::string place = path.generic_string();
    std::error_code ec;
    const auto status = std::filesystem::status(path, ec);
    if (ec || !std::filesystem::exists(status)) return Problem{Severity::error, place, "file is missing (or a broken link)"};
    if (!std::filesystem::is_regular_file(status)) return Problem{Severity::error, place, "not a regular file"};
    const auto size = std::filesystem::file_size(path, ec);
    if (ec) return Problem{Severity::error, place, "cannot determine size: " + ec.message()};
    if (size > max_bytes) {
        return Problem{Severity::error, place,
                       "file is " + std::to_string(size) + " bytes; the limit is " + std::to_string(max_bytes)};
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) return Problem{Severity::error, place, std::string("cannot open: ") + std::strerror(errno)};
    std::string bytes(static_cast<std::size_t>(size), '\0');
    in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (in.gcount() != static_cast<std::streamsize>(bytes.size())) {
        return Problem{Severity::error, place, "read failed after " + std::to_string(in.gcount()) + " bytes"};
    }
    return bytes;
}

}  // namespace ds

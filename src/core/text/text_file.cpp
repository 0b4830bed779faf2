#include "core/text/text_file.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <system_error>

#include <fcntl.h>
#include <unistd.h>

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

std::optional<Problem> write_file_atomically(const std::filesystem::path& path, std::string_view content) {
    const std::string place = path.generic_string();
    std::error_code ec;
    if (path.has_parent_path()) std::filesystem::create_directories(path.parent_path(), ec);
    if (ec) return Problem{Severity::error, place, "cannot create its folder: " + ec.message()};
    const std::string temp = place + ".tmp";
    const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) return Problem{Severity::error, place, std::string("cannot write: ") + std::strerror(errno)};
    std::size_t done = 0;
    while (done < content.size()) {
        const ssize_t n = ::write(fd, content.data() + done, content.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            const std::string reason = std::strerror(errno);
            ::close(fd);
            ::unlink(temp.c_str());
            return Problem{Severity::error, place, "cannot write (" + reason + "); the previous version is kept"};
        }
        done += static_cast<std::size_t>(n);
    }
    // The data must be on disk before the rename makes it the file.
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    if (!synced || ::rename(temp.c_str(), place.c_str()) != 0) {
        const std::string reason = std::strerror(errno);
        ::unlink(temp.c_str());
        return Problem{Severity::error, place, "cannot save (" + reason + "); the previous version is kept"};
    }
    return std::nullopt;
}

}  // namespace ds

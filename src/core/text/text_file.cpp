#include "core/text/text_file.h"

#include <cerrno>
#include <cstring>
#include <system_error>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ds {

std::variant<std::uint64_t, Problem> checked_file_size(const std::filesystem::path& path, std::size_t max_bytes) {
    const std::string place = path.generic_string();
    std::error_code ec;
    const auto status = std::filesystem::status(path, ec);
    if (ec || !std::filesystem::exists(status)) return Problem{Severity::error, place, MessageCode::file_missing};
    if (!std::filesystem::is_regular_file(status)) return Problem{Severity::error, place, MessageCode::not_a_regular_file};
    const auto size = std::filesystem::file_size(path, ec);
    if (ec) return Problem{Severity::error, place, MessageCode::size_unknown, {ec.message()}};
    if (size > max_bytes) {
        return Problem{Severity::error, place, MessageCode::file_too_large, {std::to_string(size), std::to_string(max_bytes)}};
    }
    return static_cast<std::uint64_t>(size);
}

std::variant<std::string, Problem> read_text_file(const std::filesystem::path& path, std::size_t max_bytes) {
    // One open, one fstat, the reads and a close: a folder of 10 000 articles was read with five file
    // system calls each (two stats, the stream's open, read and close), and under node every call
    // crosses into JavaScript. O_NONBLOCK: a named pipe is refused below instead of waiting for a writer.
    const std::string place = path.generic_string();
    const int fd = ::open(place.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) {
        if (errno == ENOENT || errno == ENOTDIR) return Problem{Severity::error, place, MessageCode::file_missing};
        return Problem{Severity::error, place, MessageCode::cannot_open, {std::strerror(errno)}};
    }
    struct Closer {
        int fd;
        ~Closer() { ::close(fd); }
    } closer{fd};
    struct stat info {};
    if (::fstat(fd, &info) != 0) return Problem{Severity::error, place, MessageCode::size_unknown, {std::strerror(errno)}};
    if (!S_ISREG(info.st_mode)) return Problem{Severity::error, place, MessageCode::not_a_regular_file};
    const auto size = static_cast<std::uint64_t>(info.st_size);
    if (size > max_bytes) {
        return Problem{Severity::error, place, MessageCode::file_too_large, {std::to_string(size), std::to_string(max_bytes)}};
    }
    std::string bytes(static_cast<std::size_t>(size), '\0');
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::read(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        done += static_cast<std::size_t>(n);
    }
    if (done != bytes.size()) return Problem{Severity::error, place, MessageCode::read_failed, {std::to_string(done)}};
    return bytes;
}

std::optional<Problem> write_file_atomically(const std::filesystem::path& path, std::string_view content) {
    const std::string place = path.generic_string();
    std::error_code ec;
    if (path.has_parent_path()) std::filesystem::create_directories(path.parent_path(), ec);
    if (ec) return Problem{Severity::error, place, MessageCode::cannot_create_folder, {ec.message()}};
    const std::string temp = place + ".tmp";
    const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) return Problem{Severity::error, place, MessageCode::cannot_write_because, {std::strerror(errno)}};
    std::size_t done = 0;
    while (done < content.size()) {
        const ssize_t n = ::write(fd, content.data() + done, content.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            const std::string reason = std::strerror(errno);
            ::close(fd);
            ::unlink(temp.c_str());
            return Problem{Severity::error, place, MessageCode::write_failed_kept, {reason}};
        }
        done += static_cast<std::size_t>(n);
    }
    // The data must be on disk before the rename makes it the file.
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    if (!synced || ::rename(temp.c_str(), place.c_str()) != 0) {
        const std::string reason = std::strerror(errno);
        ::unlink(temp.c_str());
        return Problem{Severity::error, place, MessageCode::save_failed_kept, {reason}};
    }
    return std::nullopt;
}

}  // namespace ds

#include "core/text/text_file.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <system_error>

#include <fcntl.h>
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
    const std::string place = path.generic_string();
    auto checked = checked_file_size(path, max_bytes);
    if (auto* problem = std::get_if<Problem>(&checked)) return std::move(*problem);
    const std::uint64_t size = std::get<std::uint64_t>(checked);
    std::ifstream in(path, std::ios::binary);
    if (!in) return Problem{Severity::error, place, MessageCode::cannot_open, {std::strerror(errno)}};
    std::string bytes(static_cast<std::size_t>(size), '\0');
    in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (in.gcount() != static_cast<std::streamsize>(bytes.size())) {
        return Problem{Severity::error, place, MessageCode::read_failed, {std::to_string(in.gcount())}};
    }
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

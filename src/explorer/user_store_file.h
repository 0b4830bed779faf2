#pragma once
// The desktop's user store: one file holding the manifest and the records (user_store.h), shared by
// every dealscope process of the user. A save takes an exclusive lock ("<file>.lock", flock), reads
// the file, lets the session merge what another process wrote since it last looked, and writes the
// result to a temporary file renamed over the old one — a crash or a full disk leaves the old file
// or the new, never half of one. A file that cannot be read is renamed aside ("<file>.unreadable-1")
// and named in the problems, never written over.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

#include "core/text/problem.h"
#include "explorer/user_store.h"

namespace ds {

class Session;

class UserStoreFile {
public:
    explicit UserStoreFile(std::filesystem::path file) : file_(std::move(file)) {}

    // What a session starts from: the file's text, or why there is none (it was unreadable and is
    // now beside it under another name). Neither when there is no file yet.
    struct Start {
        std::optional<std::string> text;
        std::optional<Problem> problem;
    };
    Start read_at_start() const;

    // Writes `write` for `session` (Host::save_user_data) and tells it the outcome.
    void save(Session& session, const UserStoreWrite& write, std::uint64_t revision) const;

    const std::filesystem::path& file() const { return file_; }

private:
    // Renames the unreadable file aside; the problem says where it went and why.
    Problem keep_aside(const Problem& why) const;

    std::filesystem::path file_;
};

}  // namespace ds

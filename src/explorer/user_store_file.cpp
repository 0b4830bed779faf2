#include "explorer/user_store_file.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <system_error>

#include "core/text/text_file.h"
#include "explorer/session.h"

namespace ds {

namespace {

constexpr std::size_t kMaxStoreBytes = std::size_t{512} << 20;

// Holds an exclusive lock on "<file>.lock" for its lifetime (released when the process dies, too).
class FileLock {
public:
    explicit FileLock(const std::filesystem::path& file) {
        std::error_code ignored;
        std::filesystem::create_directories(file.parent_path(), ignored);
        const std::string lock = file.string() + ".lock";
        fd_ = ::open(lock.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
        if (fd_ < 0) {
            error_ = std::strerror(errno);
            return;
        }
        while (::flock(fd_, LOCK_EX) != 0) {
            if (errno != EINTR) {
                error_ = std::strerror(errno);
                break;
            }
        }
    }
    ~FileLock() {
        if (fd_ >= 0) ::close(fd_);
    }
    FileLock(const FileLock&) = delete;
    FileLock& operator=(const FileLock&) = delete;
    const std::string& error() const { return error_; }

private:
    int fd_ = -1;
    std::string error_;
};

}  // namespace

Problem UserStoreFile::keep_aside(const Problem& why) const {
    std::filesystem::path aside;
    for (int n = 1;; ++n) {
        aside = file_.string() + ".unreadable-" + std::to_string(n);
        if (!std::filesystem::exists(aside)) break;
    }
    std::error_code error;
    std::filesystem::rename(file_, aside, error);
    if (error) return Problem{Severity::error, file_.string(), MessageCode::text, {why.reason + "; it could not be moved aside: " + error.message()}};
    std::vector<std::string> args{aside.string()};
    const auto inner = nested(why.code, why.args);
    args.insert(args.end(), inner.begin(), inner.end());
    return Problem{Severity::error, file_.string(), MessageCode::store_file_kept_aside, std::move(args)};
}

UserStoreFile::Start UserStoreFile::read_at_start() const {
    FileLock lock(file_);
    Start start;
    if (!std::filesystem::exists(file_)) return start;
    auto text = read_text_file(file_, kMaxStoreBytes);
    if (auto* problem = std::get_if<Problem>(&text)) {
        start.problem = keep_aside(*problem);
        return start;
    }
    auto stored = read_user_store(std::get<std::string>(text), file_.string());
    if (auto* problem = std::get_if<Problem>(&stored)) {
        start.problem = keep_aside(*problem);
        return start;
    }
    start.text = std::get<std::string>(std::move(text));
    return start;
}

void UserStoreFile::save(Session& session, const UserStoreWrite& write, std::uint64_t revision) const {
    FileLock lock(file_);
    if (!lock.error().empty()) {
        session.user_data_saved(revision, Problem{Severity::error, file_.string() + ".lock", MessageCode::text, {lock.error()}}, 0);
        return;
    }
    // The file as it is now: another process may have written it since this one last looked.
    StoredUserData stored;
    std::optional<Problem> moved_aside;
    if (std::filesystem::exists(file_)) {
        auto text = read_text_file(file_, kMaxStoreBytes);
        std::variant<StoredUserData, Problem> read =
            std::holds_alternative<Problem>(text) ? std::variant<StoredUserData, Problem>(std::get<Problem>(text))
                                                  : read_user_store(std::get<std::string>(text), file_.string());
        if (auto* problem = std::get_if<Problem>(&read)) moved_aside = keep_aside(*problem);
        else stored = std::get<StoredUserData>(std::move(read));
    }
    std::optional<UserStoreWrite> to_write = write;
    if (moved_aside) {
        // Nothing to merge with: everything of this session's is written afresh.
        stored = StoredUserData{};
        to_write = store_changes({}, session.whole_store().records);
        to_write->base_generation = session.state.user.stored_generation;
    } else if (stored.layout == 1) {
        stored.records.clear();  // an old single document: its content was restored into the session
    } else if (stored.generation != write.base_generation || stored.layout != kUserStoreLayout) {
        to_write = session.rebase_save(stored);
    }
    if (!to_write) {
        session.user_data_saved(revision, std::nullopt, 0);  // a newer dealscope's file: left as it is
        return;
    }
    for (const auto& [key, text] : to_write->put) stored.records[key] = text;
    for (const auto& key : to_write->remove) stored.records.erase(key);
    stored.layout = kUserStoreLayout;
    stored.generation = to_write->base_generation + 1;
    const auto failure = write_file_atomically(file_, user_store_file_text(stored));
    session.user_data_saved(revision, failure, stored.generation);
    if (moved_aside) session.state.user.problems.push_back(*moved_aside);
}

}  // namespace ds

// The desktop's user store file: two processes saving into it at once lose nothing, a file that
// cannot be read is moved aside untouched, and a write cut off half-way leaves the old file.
#include <doctest/doctest.h>

#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "core/text/text_file.h"
#include "explorer/session.h"
#include "explorer/user_store_file.h"

using namespace ds;
namespace fs = std::filesystem;

namespace {

// A host that saves as the desktop does.
class FileHost final : public Host {
public:
    explicit FileHost(fs::path file) : store(std::move(file)) {}
    UserStoreFile store;
    Session* session = nullptr;
    double now_ms() const override { return 0; }
    void save_user_data(const UserStoreWrite& write, std::uint64_t revision) override { store.save(*session, write, revision); }
    void download(const std::string&, const std::string&) override {}
    void report(const Problem&) override {}
};

fs::path fresh_dir(const char* name) {
    const fs::path dir = fs::temp_directory_path() / (std::string("dealscope-store-") + name + "-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

// A session on `file` as the desktop starts one.
struct DesktopSession {
    FileHost host;
    std::optional<Session> session;
    explicit DesktopSession(const fs::path& file) : host(file) {
        SessionStart start;
        start.assets_dir = DEALSCOPE_ASSETS_DIR;
        start.user_data_place = file.string();
        auto stored = host.store.read_at_start();
        start.user_data = std::move(stored.text);
        start.user_data_problem = std::move(stored.problem);
        session.emplace(host, start);
        host.session = &*session;
    }
    void add(const std::string& name) {
        session->add_file(name, "Notiz\n\n" + name + ": Nvidia investiert zwei Milliarden Dollar in Anthropic, wie beide am Montag mitteilten.\n");
        session->after_frame();
    }
    std::size_t articles() const { return session->state.data.corpus.articles.size() - session->state.user.first_article; }
};

std::string read_all(const fs::path& file) { return std::get<std::string>(read_text_file(file)); }

}  // namespace

TEST_CASE("two desktop processes adding articles to one file at the same time lose nothing") {
    const fs::path file = fresh_dir("two") / "user-data.json";
    constexpr int kEach = 6;
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    const char* who = child == 0 ? "kind" : "eltern";
    {
        DesktopSession s(file);
        for (int i = 0; i < kEach; ++i) s.add(std::string(who) + "-" + std::to_string(i) + ".txt");
        if (child == 0) ::_exit(s.session->state.user.save_failed ? 1 : 0);
    }
    int status = 0;
    REQUIRE(::waitpid(child, &status, 0) == child);
    CHECK(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
    DesktopSession after(file);
    CHECK(after.articles() == 2 * kEach);
    CHECK(after.session->state.user.problems.empty());
    fs::remove_all(file.parent_path());
}

TEST_CASE("a file that cannot be read is moved aside untouched, and the next change starts a new one") {
    const fs::path file = fresh_dir("unreadable") / "user-data.json";
    const std::string garbage = "{\"format\": \"dealscope-user-data\", \"layout\": 2, \"records\": {\"article:x\": {\"ver";
    std::ofstream(file, std::ios::binary) << garbage;
    DesktopSession s(file);
    REQUIRE(s.session->state.user.problems.size() == 1);
    const Problem& p = s.session->state.user.problems[0];
    CHECK(p.code == MessageCode::store_file_kept_aside);
    CHECK(p.reason.find("user-data.json.unreadable-1") != std::string::npos);
    CHECK(read_all(file.string() + ".unreadable-1") == garbage);
    s.add("neu.txt");
    CHECK_FALSE(s.session->state.user.save_failed);
    CHECK(read_all(file.string() + ".unreadable-1") == garbage);  // never written over
    DesktopSession again(file);
    CHECK(again.articles() == 1);
    fs::remove_all(file.parent_path());
}

TEST_CASE("a write cut off half-way leaves the file as it was") {
    const fs::path file = fresh_dir("partial") / "user-data.json";
    {
        DesktopSession s(file);
        s.add("erste.txt");
    }
    const std::string before = read_all(file);
    // A crash while writing leaves the temporary file half written; the file itself is whole.
    std::ofstream(file.string() + ".tmp", std::ios::binary) << before.substr(0, before.size() / 2);
    DesktopSession s(file);
    CHECK(s.articles() == 1);
    CHECK(s.session->state.user.problems.empty());
    s.add("zweite.txt");
    DesktopSession after(file);
    CHECK(after.articles() == 2);
    fs::remove_all(file.parent_path());
}

#pragma once
// What a session needs from the program that runs it — the web page or the desktop window — and
// nothing else: a clock for slicing work, saving the user's data, delivering a download, opening a
// file picker and telling the user. One implementation per host (src/platform/); the session logic
// is written once (src/explorer/session.h).
#include <cstdint>
#include <string>

#include "core/text/language.h"
#include "core/text/problem.h"
#include "explorer/user_store.h"

namespace ds {

class Host {
public:
    virtual ~Host() = default;
    // Milliseconds from any fixed start, for work sliced into frames.
    virtual double now_ms() const = 0;
    // Save the user's data: `write`'s records and the manifest's next generation, in one transaction
    // (user_store.h). When the stored generation is not write.base_generation — another copy of the
    // app wrote meanwhile — the host hands what it read to Session::rebase_save and writes what that
    // returns instead (nothing when it returns nothing). Then it calls Session::user_data_saved —
    // at once when saving is synchronous (a file), later when it is not (browser storage).
    virtual void save_user_data(const UserStoreWrite& write, std::uint64_t revision) = 0;
    // Hand a file to the user: a download in the browser, a file in the working directory natively.
    virtual void download(const std::string& name, const std::string& content) = 0;
    // Open the host's file picker; the chosen files come back through Session::add_file.
    virtual void pick_file() {}
    // The same for a folder: its articles come back one by one through Session::add_file.
    virtual void pick_folder() {}
    // Open the host's paste box (HostInfo::has_paste_box), in the UI's language; what is pasted comes
    // back through Session::add_file, as a file named after what the user called it.
    virtual void open_paste_box(Language /*language*/) {}
    // A problem to log where developers look (stderr, the browser console).
    virtual void report(const Problem& problem) = 0;
    // A one-line status for the user outside the canvas (the page's notice line); empty clears it.
    virtual void notice(const std::string& /*text*/) {}
};

}  // namespace ds

#pragma once
// One session of the explorer, the same in the browser and on the desktop: load the data, restore
// the user's own data, open the link, then per frame read large files a slice at a time, and after
// it save what changed and carry out what the user asked of the host. The host (src/platform/)
// keeps only what differs: its loop, GL, input and how it saves, downloads and picks files.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "explorer/app_state.h"
#include "explorer/host.h"
#include "explorer/user_data.h"

namespace ds {

struct SessionStart {
    std::string assets_dir;               // articles/, entities.json, events.json
    PackSource pack;                      // a pack of that data (dealscope-cli pack) read instead, if given
    bool index_after_first_frame = false;  // the search index is built before the second frame (the page)
    std::optional<std::string> user_data;  // the user's data as stored earlier (read_user_store's JSON), if any
    std::string user_data_place;          // where it came from, for problems ("browser storage", a path)
    std::optional<Problem> user_data_problem;  // the host could not read what was stored (and kept it aside)
    bool keep_user_data = true;           // false: nothing is saved (an embed, screenshots, posters)
    std::string link;                     // the view to open, as a link ("?embed=1&view=…&…#…")
    std::string link_base;                // the page's address without fragment (empty natively)
    bool can_pick_files = false;
    bool has_paste_box = false;
    bool png_from_svg = false;  // HostInfo::png_from_svg
    bool prefers_dark = false;  // HostInfo::prefers_dark
};

class Session {
public:
    // Loads everything and reports the problems to the host. Restores the user's data before the
    // link is applied: the link may name one of the user's articles.
    Session(Host& host, const SessionStart& start);

    AppState state;

    // Before drawing: about `budget_ms` of reading the large files being added.
    void before_frame(double budget_ms = 8.0);
    // After drawing: saves the user's data if it changed, delivers downloads, opens the file picker.
    void after_frame();
    // The host's save found the store written by another copy of the app (its generation moved on):
    // what that copy changed is merged in (user_store.h), and the write to make instead is returned —
    // nothing when the store must not be written (a newer dealscope's).
    std::optional<UserStoreWrite> rebase_save(const StoredUserData& stored);
    // The host finished saving `revision` as the store's `generation` ("" error: saved; else why not,
    // in the host's words).
    void user_data_saved(std::uint64_t revision, const std::string& error, std::uint64_t generation);
    // … or with the problem that kept it from saving (nothing: saved), shown at the user data's place.
    void user_data_saved(std::uint64_t revision, std::optional<Problem> failure, std::uint64_t generation);
    // What another copy of the app stored (another tab told us it wrote): merged in, three-way.
    void merge_stored(const StoredUserData& stored);
    // All of the user's data as a store of the next generation (the desktop's file was unreadable
    // and moved aside: there is nothing to merge with).
    StoredUserData whole_store() const;
    // A file the user gave the explorer (dropped, chosen, pasted): added as an article, or imported;
    // what happened is also told to the host's notice line.
    Notice add_file(const std::string& name, std::string bytes);
    // Several files were added at once (a folder; `skipped` were no article): the notice says so and,
    // with more than one article, their deals are reviewed together in the reader's place.
    void files_added(int articles, int skipped);
    // Whether coming frames have work even without input: large files being read, or a change to
    // save (an add that took longer than the host waits after input would otherwise sit unsaved).
    bool busy() const { return !state.user.reading.empty() || state.user.open_next || save_due(); }
    // A change has not reached the host's storage yet: being read, waiting to be saved, being saved,
    // or its save failed. The page asks before it is closed.
    bool unsaved() const {
        return keep_user_data_ && (!state.user.reading.empty() || state.user.revision != state.user.saved_revision || saving_ != 0 ||
                                   state.user.save_failed || (state.user.newer_layout != 0 && state.user.revision != 0));
    }

private:
    bool save_due() const {
        return keep_user_data_ && saving_ == 0 && state.user.newer_layout == 0 && state.user.revision != state.user.saved_revision;
    }

    Host& host_;
    bool keep_user_data_ = true;
    std::string user_data_place_;  // where the user's data is saved, for problems
    std::uint64_t saving_ = 0;  // revision being saved, 0 when none
    UserRecords pending_;       // what is being written: the store once the host says it is
};

}  // namespace ds

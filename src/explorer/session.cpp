#include "explorer/session.h"

#include "explorer/derived.h"
#include "explorer/view_link.h"

namespace ds {

Session::Session(Host& host, const SessionStart& start) : host_(host), keep_user_data_(start.keep_user_data), user_data_place_(start.user_data_place) {
    state = load_app_state(start.assets_dir, [this] { return host_.now_ms(); }, start.pack, start.index_after_first_frame);
    const double restore_started = host_.now_ms();
    for (const Problem& p : state.data.corpus.problems) host_.report(p);
    if (start.user_data) {
        auto stored = read_user_store(*start.user_data, start.user_data_place);
        if (auto* read = std::get_if<StoredUserData>(&stored)) {
            restore_user_store(state, *read, start.user_data_place);
        } else {
            // Kept where it is (the browser never writes over it) and offered for export.
            Problem why = std::get<Problem>(std::move(stored));
            state.user.kept_aside[start.user_data_place] = {*start.user_data, kept_aside_problem(start.user_data_place, start.user_data_place, why), false};
            state.user.problems = kept_aside_problems(state, start.user_data_place);
        }
    }
    if (start.user_data) state.report.startup.steps.push_back({"your data (restore)", host_.now_ms() - restore_started});
    if (start.user_data_problem) state.user.problems.push_back(*start.user_data_problem);
    for (const Problem& p : state.user.problems) host_.report(p);
    // (A refused pack is the page's builder's to mend: said in the console, where they look.)
    for (const Problem& p : state.data.corpus.problems) {
        if (p.code == MessageCode::pack_refused) host_.report(p);
    }
    state.host.link_base = start.link_base;
    state.host.can_pick_files = start.can_pick_files;
    state.host.has_paste_box = start.has_paste_box;
    state.host.png_from_svg = start.png_from_svg;
    state.host.prefers_dark = start.prefers_dark;
    state.view.dark = start.prefers_dark;
    if (!start.link.empty()) {
        const double link_from = host_.now_ms();
        std::vector<std::string> warnings;
        apply_link(state, start.link, warnings);
        for (const std::string& w : warnings) {
            // Link warnings read "link: what: why"; the first part is the place. They are the words
            // applyLink() returns to scripts, in English, and reach the console, not the window.
            const std::size_t colon = w.find(": ");
            host_.report(colon == std::string::npos ? Problem{Severity::warning, "link", w}
                                                    : Problem{Severity::warning, w.substr(0, colon), w.substr(colon + 2)});
        }
        state.report.startup.steps.push_back({"link (apply)", host_.now_ms() - link_from});
    }
    if (state.host.embed) keep_user_data_ = false;  // an embed shows the blogger's view, never the reader's data
    // A reader who lands with no view named (not an embed, whose view is its post's) meets the overview first on a phone.
    const std::string link = "&" + start.link;
    const bool names_view = link.find("&view=") != std::string::npos || link.find("&#view=") != std::string::npos ||
                            link.find("?view=") != std::string::npos || link.find("#view=") != std::string::npos;
    state.view.overview_first = !state.host.embed && !names_view && !state.selection.event && state.view.query.empty();
    state.view.overview_over = state.view.current;
}

void Session::before_frame(double budget_ms) {
    if (state.derived.search_index_pending && state.report.frames_rendered > 0) {
        const double started = host_.now_ms();
        ensure_search_index(state);
        state.report.startup.steps.push_back({"search index (after the first frame)", host_.now_ms() - started});
    }
    if (state.user.reading.empty() && !state.user.open_next) return;
    const double start = host_.now_ms();
    // Slices of 4 KB: one of 32 KB took 20–30 ms in the page, and frames ran past 40 ms. Appending
    // the article and opening it each take a frame of their own: after slices of reading, the frame
    // that did both took 52–65 ms.
    for (bool first = true;; first = false) {
        const bool finishing = reading_finishes_next(state);
        if (finishing && !first) break;
        if (!continue_reading(state, 4 << 10) || finishing || host_.now_ms() - start >= budget_ms) break;
    }
    // Done: the notice line clears, or says why the file was refused (found while parsing it).
    if (state.user.reading.empty()) {
        host_.notice(state.user.notice.code == NoticeCode::file_refused ? notice_text(state.user.notice, state.view.language) : "");
    }
}

void Session::after_frame() {
    if (save_due()) {
        saving_ = state.user.revision;
        pending_ = user_records(state);
        UserStoreWrite write = store_changes(state.user.stored, pending_);
        write.base_generation = state.user.stored_generation;
        if (write.empty()) user_data_saved(saving_, std::nullopt, state.user.stored_generation);
        else host_.save_user_data(write, saving_);
    }
    if (state.requests.pick_folder) {
        state.requests.pick_folder = false;
        host_.pick_folder();
    }
    if (state.requests.pick_file) {
        state.requests.pick_file = false;
        host_.pick_file();
    }
    if (state.requests.paste_box) {
        state.requests.paste_box = false;
        host_.open_paste_box(state.view.language);
    }
    if (state.requests.download) {
        const auto download = std::move(*state.requests.download);
        state.requests.download.reset();
        host_.download(download.first, download.second);
    }
}

void Session::user_data_saved(std::uint64_t revision, const std::string& error, std::uint64_t generation) {
    user_data_saved(revision, error.empty() ? std::nullopt : std::optional<Problem>(Problem{Severity::error, user_data_place_, error}), generation);
}

void Session::user_data_saved(std::uint64_t revision, std::optional<Problem> failure, std::uint64_t generation) {
    saving_ = 0;
    if (state.user.newer_layout != 0) failure.reset();  // nothing was written, and the problems say why
    // Shown in the UI; the host logs it where its users look (the page already tells them).
    state.user.problems = kept_aside_problems(state, user_data_place_);
    if (failure) {
        failure->severity = Severity::error;
        failure->place = user_data_place_;
        state.user.problems.push_back(std::move(*failure));
    }
    // A failed save is not retried in a loop: the next change tries again. Until one succeeds the
    // data is not saved, whatever the revisions say.
    state.user.saved_revision = revision;
    state.user.save_failed = failure.has_value() || state.user.newer_layout != 0;
    if (!state.user.save_failed && generation >= state.user.stored_generation) {
        state.user.stored = std::move(pending_);
        state.user.stored_generation = generation;
    }
    pending_.clear();
}

std::optional<UserStoreWrite> Session::rebase_save(const StoredUserData& stored) {
    merge_user_store(state, stored, user_data_place_);
    if (state.user.newer_layout != 0) return std::nullopt;
    pending_ = user_records(state);
    UserStoreWrite write = store_changes(stored.records, pending_);
    write.base_generation = stored.generation;
    return write;
}

void Session::merge_stored(const StoredUserData& stored) {
    if (!keep_user_data_ || stored.generation == state.user.stored_generation) return;
    merge_user_store(state, stored, user_data_place_);
}

StoredUserData Session::whole_store() const {
    StoredUserData store;
    store.generation = state.user.stored_generation + 1;
    store.records = user_records(state);
    return store;
}

void Session::files_added(int articles, int skipped) {
    if (articles > 1) {
        Actions show;
        show.show_review = true;
        apply_actions(state, show);
    }
    if (skipped == 0 && articles > 0) return;  // each file's own notice stands
    state.user.notice = Notice::of(NoticeCode::articles_added);
    state.user.notice.articles = articles;
    state.user.notice.skipped = skipped;
    host_.notice(notice_text(state.user.notice, state.view.language));
}

Notice Session::add_file(const std::string& name, std::string bytes) {
    state.user.notice = add_user_file(state, name, std::move(bytes));  // moved, not copied: files run to 5 MB
    refresh_derived(state);
    const std::string text = notice_text(state.user.notice, state.view.language);
    if (!text.empty()) host_.notice(text);
    return state.user.notice;
}

}  // namespace ds

// The functions `window.dealscope` calls (web/dealscope_api.js), exported from the WebAssembly
// module. Each wakes the main loop, so the change is drawn.
#include <cstdint>
#include <map>
#include <malloc.h>
#include <string>
#include <utility>
#include <vector>

#include <emscripten.h>
#include <nlohmann/json.hpp>

#include "core/events/event_export.h"
#include "core/tables/table_export.h"
#include "explorer/candidate_review.h"
#include "explorer/picture/view_picture.h"
#include "core/tables/table_format.h"
#include "explorer/user_data.h"
#include "explorer/user_store.h"
#include "explorer/view_link.h"
#include "platform/web_app.h"
#include "platform/web_platform.h"

namespace {

// Strings go back to JavaScript as a pointer it reads at once (UTF8ToString), so one buffer serves
// every call.
const char* returned(std::string text) {
    static std::string buffer;
    buffer = std::move(text);
    return buffer.c_str();
}

ds::AppState& state() { return ds::web::session().state; }

void apply(const ds::Actions& a) {
    ds::web::wake();
    ds::apply_actions(state(), a);
}

}  // namespace

// Selects an article, event or entity by id (window.dealscope.select); 1 if it exists.
extern "C" EMSCRIPTEN_KEEPALIVE int ds_select_article(const char* id) {
    ds::web::wake();
    return ds::select_by_id(state(), id) ? 1 : 0;
}

// Opens source `index` of an event in the reader, highlighted (window.dealscope.openSource); 1 if it exists.
extern "C" EMSCRIPTEN_KEEPALIVE int ds_open_source(const char* event_id, int index) {
    ds::web::wake();
    if (index < 0) return 0;
    const auto action = ds::open_source_action(state(), event_id, static_cast<std::size_t>(index));
    if (action) apply(*action);
    return action ? 1 : 0;
}

// Shows a view by name (window.dealscope.setView); 1 if the name is known.
extern "C" EMSCRIPTEN_KEEPALIVE int ds_set_view(const char* name) {
    ds::web::wake();
    const auto view = ds::view_from_name(name);
    if (!view) return 0;
    ds::Actions a;
    a.show_view = view;
    apply(a);
    return 1;
}

// Sets the filters from JSON (window.dealscope.setFilter); returns the problems as JSON (an empty
// array when all was understood). Unknown keys and values are ignored, never fatal.
extern "C" EMSCRIPTEN_KEEPALIVE const char* ds_set_filter(const char* json) {
    ds::web::wake();
    std::vector<std::string> problems;
    const auto parsed = nlohmann::json::parse(json, nullptr, false);
    if (parsed.is_discarded()) {
        problems.push_back("filter: not valid JSON");
    } else {
        ds::Actions a;
        a.set_filters = ds::filters_from_json(parsed, problems);
        apply(a);
    }
    return returned(nlohmann::json(problems).dump());
}

// Sets the search text (window.dealscope.search); the results appear in state().search_results.
extern "C" EMSCRIPTEN_KEEPALIVE void ds_set_query(const char* query) {
    ds::Actions a;
    a.set_query = std::string(query);
    apply(a);
}

// What the page lays over the canvas for now ("Tap to explore"), in CSS pixels; a width of 0: nothing.
extern "C" EMSCRIPTEN_KEEPALIVE void ds_set_page_cover(double x, double y, double width, double height) {
    ds::HostInfo& host = state().host;
    if (width > 0 && height > 0) host.page_cover = ds::CanvasBox{static_cast<float>(x), static_cast<float>(y), static_cast<float>(width), static_cast<float>(height)};
    else host.page_cover.reset();
    ds::web::wake();
}

// Language "de"/"en" and theme (window.dealscope.setLanguage / setTheme).
extern "C" EMSCRIPTEN_KEEPALIVE void ds_set_look(const char* language, int dark) {
    ds::Actions a;
    if (language[0]) a.set_language = ds::language_from_code(language);
    if (dark >= 0) a.set_dark = dark != 0;
    apply(a);
}

// The filtered events as "json", "csv" (dealscope's columns) or a table layout by name ("timelinejs",
// "kumu-connections", …; window.dealscope.exportEvents), as the Export buttons save them; "" for an
// unknown name.
extern "C" EMSCRIPTEN_KEEPALIVE const char* ds_export_events(const char* format) {
    const ds::AppState& s = state();
    const std::string name = format;
    if (name == "json") return returned(ds::events_to_json_text(s.data.events, s.derived.filtered));
    std::optional<ds::TableFormat> table = ds::TableFormat::dealscope;
    std::string family;
    if (name != "csv" && (!ds::table_format_from_name(name, table, family) || !table)) return returned("");
    return returned(ds::export_table(s.data.events, s.derived.filtered, s.data.gazetteer, s.data.corpus.articles, *table));
}

// The view by name ("" for the current one) as an SVG picture (window.dealscope.picture); "" for a
// view without one.
extern "C" EMSCRIPTEN_KEEPALIVE const char* ds_picture_svg(const char* view_name, int width, int height) {
    const ds::AppState& s = state();
    const auto view = view_name[0] ? ds::view_from_name(view_name) : std::optional<ds::View>(s.view.current);
    if (!view) return returned("");
    return returned(ds::view_svg(s, *view, {static_cast<float>(width), static_cast<float>(height)}).value_or(""));
}

// Applies a link (fragment or query) to the state (window.dealscope.applyLink, Back and Forward);
// returns the warnings as JSON. The address bar is not pushed for a change that came from it.
extern "C" EMSCRIPTEN_KEEPALIVE const char* ds_apply_link(const char* link) {
    ds::web::wake();
    std::vector<std::string> warnings;
    ds::apply_link(state(), link, warnings);
    ds::web::page_bridge().link_applied(state());
    return returned(nlohmann::json(warnings).dump());
}

// The user's own file (window.dealscope.addArticle, the file picker, a dropped file): an article is
// added and opened, a ".json" export is imported. Returns {"ok": bool, "message": "…"}.
namespace {
std::string g_incoming_file;  // ds_file_buffer() → the page copies the file in → ds_add_article()
}  // namespace

// Room for a file the page is about to add, in the string the article will keep: copying it through
// a scratch buffer first cost 20 ms more for 5 MB.
extern "C" EMSCRIPTEN_KEEPALIVE char* ds_file_buffer(int size) {
    g_incoming_file.assign(static_cast<std::size_t>(std::max(size, 0)), '\0');
    return g_incoming_file.data();
}

// Adds the file the page put into ds_file_buffer().
extern "C" EMSCRIPTEN_KEEPALIVE const char* ds_add_article(const char* name) {
    ds::web::wake();
    // Straight to the user's data, not through Actions: those are applied by const reference, and
    // copying a 5 MB file twice more cost 30 ms in the call.
    state().user.notice = ds::add_user_file(state(), name, std::exchange(g_incoming_file, {}));
    ds::refresh_derived(state());
    const ds::Notice& notice = state().user.notice;
    return returned(nlohmann::json{{"ok", !notice.is_error()}, {"message", ds::notice_text(notice, state().view.language)}}.dump());
}

// Whether a change of the user's has not reached the browser's storage (the page asks before closing).
extern "C" EMSCRIPTEN_KEEPALIVE int ds_unsaved_changes() { return ds::web::session().unsaved() ? 1 : 0; }

namespace {
// The store as the page read it (its bytes, framed as read_user_store() takes them), or nothing.
std::optional<ds::StoredUserData> stored_from_page(const char* bytes, int size) {
    auto read = ds::read_user_store(std::string_view(bytes, static_cast<std::size_t>(std::max(size, 0))), "browser storage");
    if (auto* stored = std::get_if<ds::StoredUserData>(&read)) return std::move(*stored);
    std::fprintf(stderr, "%s\n", ds::describe(std::get<ds::Problem>(read)).c_str());
    return std::nullopt;
}
}  // namespace

// Another tab wrote the store (it said so on the BroadcastChannel): what it changed is merged in.
extern "C" EMSCRIPTEN_KEEPALIVE void ds_merge_stored_user_data(const char* bytes, int size) {
    ds::web::wake();
    if (auto read = stored_from_page(bytes, size)) ds::web::session().merge_stored(*read);
}

// A save found the store written by another tab since this one last looked: merged in, and the write
// to make instead put in Module.dealscopeWrite (1), or nothing may be written (0: a newer dealscope's store).
extern "C" EMSCRIPTEN_KEEPALIVE int ds_rebase_user_save(const char* bytes, int size) {
    ds::web::wake();
    auto read = stored_from_page(bytes, size);
    if (!read) return 0;
    const auto write = ds::web::session().rebase_save(*read);
    if (!write) return 0;
    ds::web::hand_over_write(*write, ds::web::HandOver::now);
    return 1;
}

// The page saved revision `revision` of the user's data as the store's `generation` (error "") or
// could not (why, shown to the user).
extern "C" EMSCRIPTEN_KEEPALIVE void ds_user_data_saved(double revision, const char* error, double generation) {
    ds::web::wake();
    ds::web::release_saved_write();
    ds::web::session().user_data_saved(static_cast<std::uint64_t>(revision), error, static_cast<std::uint64_t>(generation));
}

// The user's data as one JSON document (window.dealscope.exportUserData; Articles → Your data → Export).
extern "C" EMSCRIPTEN_KEEPALIVE const char* ds_user_data_json() { return returned(ds::user_data_json(state())); }

// Deletes the user's articles and events here and in the browser's storage (window.dealscope.deleteUserData).
extern "C" EMSCRIPTEN_KEEPALIVE void ds_delete_user_data() {
    ds::Actions a;
    a.delete_user_data = true;
    apply(a);
}

// Accepts candidate `index` of the user's article `article_id` into their events, with edits merged
// into its events.json shape (window.dealscope.acceptCandidate); "" or what is wrong.
extern "C" EMSCRIPTEN_KEEPALIVE const char* ds_accept_candidate(const char* article_id, int index, const char* edits_json) {
    ds::web::wake();
    const auto edits = nlohmann::json::parse(edits_json, nullptr, false);
    const auto problem = index < 0 ? std::optional<ds::Problem>(ds::Problem{ds::Severity::error, article_id, ds::MessageCode::no_candidate, {std::to_string(index)}})
                                   : ds::accept_candidate(state(), article_id, static_cast<std::size_t>(index), edits);
    return returned(problem ? ds::describe(*problem) : "");
}

// The review of the deals in the user's articles (window.dealscope.reviewDeal): `choice` is
// "accept" (with `edits_json` merged into the deal's event), "reject", "restore", "apart" or "merge";
// `key` is a deal's key from state().user.review. Returns "" or what is wrong.
extern "C" EMSCRIPTEN_KEEPALIVE const char* ds_review_deal(const char* key, const char* choice, const char* edits_json) {
    ds::web::wake();
    const std::string c = choice;
    if (c == "accept") {
        const auto problem = ds::accept_deal(state(), key, nlohmann::json::parse(edits_json, nullptr, false));
        return returned(problem ? ds::describe(*problem) : "");
    }
    std::vector<std::string> keys;
    for (const ds::ReviewDeal& d : ds::review_deals(state()))
        if (d.event.id == key)
            for (const ds::ReviewSource& s : d.sources) keys.push_back(s.key);
    if (keys.empty()) return returned(std::string("no deal ") + key);
    const std::map<std::string, ds::ReviewChoice> choices{{"reject", ds::ReviewChoice::reject}, {"restore", ds::ReviewChoice::restore},
                                                          {"apart", ds::ReviewChoice::keep_apart}, {"merge", ds::ReviewChoice::merge_again}};
    const auto found = choices.find(c);
    if (found == choices.end()) return returned("choice must be accept, reject, restore, apart or merge");
    ds::Actions a;
    a.review = ds::ReviewCommand{std::move(keys), found->second};
    apply(a);
    return returned("");
}

// Shows the review of the deals in the user's articles in the reader's place.
extern "C" EMSCRIPTEN_KEEPALIVE void ds_show_review() {
    ds::web::wake();
    ds::Actions a;
    a.show_review = true;
    apply(a);
}

// Several files were added at once (`skipped` of them are no article): the notice and the review.
extern "C" EMSCRIPTEN_KEEPALIVE void ds_files_added(int articles, int skipped) {
    ds::web::wake();
    ds::web::session().files_added(articles, skipped);
}

// Sets one of the user's names right (window.dealscope.editEntity): {"name", "kind", "same_as"}, each
// optional; returns the notice ("Helios is now Nvidia (2 events).", or what is wrong).
extern "C" EMSCRIPTEN_KEEPALIVE const char* ds_edit_entity(const char* id, const char* edit_json) {
    const auto edit = nlohmann::json::parse(edit_json, nullptr, false);
    ds::Actions a;
    ds::UserEntityEdit e{id, {}, {}, {}};
    const auto text = [&](const char* key) -> std::optional<std::string> {
        if (!edit.is_object() || !edit.contains(key) || !edit[key].is_string()) return std::nullopt;
        return edit[key].get<std::string>();
    };
    e.name = text("name");
    e.kind = text("kind");
    e.same_as = text("same_as");
    a.edit_user_entity = std::move(e);
    apply(a);
    return returned(ds::notice_text(state().user.notice, ds::Language::en));
}

// Bytes of the wasm heap in use by malloc (benchmarks check that a long session does not grow it).
extern "C" EMSCRIPTEN_KEEPALIVE double ds_heap_used() { return static_cast<double>(mallinfo().uordblks); }

// Draws frames again for a moment (window.dealscope.wake): for tests and hosts that changed the page around it.
extern "C" EMSCRIPTEN_KEEPALIVE void ds_wake() { ds::web::wake(); }

// The whole state as JSON (window.dealscope.state()).
extern "C" EMSCRIPTEN_KEEPALIVE const char* ds_state_json() { return returned(ds::to_json(state()).dump()); }
// Only state()'s "startup" (window.dealscope.startup()).
extern "C" EMSCRIPTEN_KEEPALIVE const char* ds_startup_json() { return returned(ds::startup_to_json(state().report.startup).dump()); }

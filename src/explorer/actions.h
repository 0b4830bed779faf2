#pragma once
// What the user asked for during a frame. Views record it and apply_actions() changes the state after
// the frame, so no view changes state while others draw. Two kinds: view actions change what is shown
// (selection, view, filters, camera), ask the host for something (a download, the file picker) and
// carry what the views drew (the frame report); data commands change the user's data, which is then
// saved (or hand it to the user: an export).
#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/events/event.h"
#include "core/text/byte_range.h"
#include "explorer/candidate_review.h"
#include "explorer/flow_rows.h"
#include "explorer/host_state.h"
#include "explorer/user_entity_edit.h"
#include "core/text/language.h"
#include "explorer/view_state.h"

namespace ds {

struct ViewActions {
    std::optional<std::size_t> select_article;
    bool close_article = false;
    std::optional<std::string> select_entity;    // "" clears
    std::optional<std::size_t> hovered_mention;  // what the pointer is over this frame (none: nothing)
    std::optional<View> show_view;
    bool show_overview = false;  // on a phone: the overview in the view's place
    std::optional<Filters> set_filters;
    std::optional<TimeScale> set_time;
    std::optional<LaneMode> set_lanes;
    std::optional<std::optional<long>> set_network_as_of;
    std::optional<bool> set_playing;
    std::optional<std::pair<std::string, NodePosition>> drag_node;
    bool reset_layout = false;  // nodes the user moved go back to where the layout put them
    std::optional<Language> set_language;
    std::optional<bool> set_dark;
    std::optional<std::string> set_query;
    std::optional<std::pair<std::string, std::string>> download;  // file name and content
    bool pick_file = false;        // "Add article…"
    bool pick_folder = false;      // "Add folder…"
    bool open_paste_box = false;   // "Paste text…" where the host has its own box
    std::optional<bool> show_review;  // the deals in the user's articles in place of an article (or not)
    int step_event = 0;            // -1 / +1: previous or next event in time order
    bool clear_selection = false;  // Esc
    std::optional<std::size_t> open_hit;  // index into derived.hits
    Drawn drawn;                 // filled by the views that drew this frame
    bool report_drawn = false;   // set by the main window; API calls leave the frame report alone
    std::optional<std::size_t> select_event;
    std::optional<FlowKey> select_flow;  // a row of the Flows view; the detail lists its events
    std::optional<std::vector<std::size_t>> select_group;  // a timeline cluster's events, listed in the detail
    std::optional<std::size_t> select_event_at;  // a byte in the selected article: the event quoting it
    bool close_event = false;
    std::optional<std::pair<std::string, ByteRange>> open_citation;  // article id and quoted range
    bool scrolled_to_cited = false;
};

// Changes to the user's own data: an accepted (edited) candidate, a name made an entity, one of their names set right, one of their events removed, a
// pasted or chosen file (name, bytes), export as a download (also of what could not be read), delete all.
struct DataCommands {
    std::optional<Event> accept_candidate;
    std::optional<UserEntityEdit> edit_user_entity;
    std::optional<NewEntity> create_entity;  // from an unknown name in an article, or a phrase typed
    std::optional<ReviewCommand> review;  // a deal in the review rejected, restored, kept apart or merged again
    std::optional<std::string> remove_user_event;
    std::optional<std::pair<std::string, std::string>> add_file;
    bool export_user_data = false;
    bool export_kept_aside = false;  // the saved records that could not be read, as they are
    bool delete_user_data = false;
};

// Everything one frame (or one API call) asked for.
struct Actions : ViewActions, DataCommands {};

struct AppState;
// Applies what one frame asked for: view actions, then data commands, then the derived data, then a
// search result the user opened.
void apply_actions(AppState& state, const Actions& actions);
void apply_view_actions(AppState& state, const ViewActions& actions);
void run_data_commands(AppState& state, const DataCommands& commands);

}  // namespace ds

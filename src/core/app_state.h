#pragma once
// Everything the UI shows, as plain data, and its JSON form for `window.dealscope.state()` and tests.
#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "analytics.h"
#include "corpus.h"
#include "entity_rows.h"
#include "event.h"
#include "event_extractor.h"
#include "gazetteer.h"
#include "mention.h"
#include "network_layout.h"
#include "problem.h"
#include "search.h"
#include "timeline_layout.h"
#include "view_state.h"

namespace ds {

struct FontInfo {
    std::string path;        // file the UI font came from; empty when ImGui's built-in font is used
    float size_px = 0;       // logical size, before HiDPI scaling
    bool fallback = false;   // true when the intended font could not be loaded
};

struct DisplayInfo {
    float width = 0, height = 0;   // logical (CSS) pixels
    float pixel_ratio = 1;         // framebuffer pixels per logical pixel
};

struct AppState {
    std::string assets_dir;
    std::string link_base;  // the page's address without fragment, for "Copy link" (empty natively)
    bool embed = false;     // one view without the explorer's chrome (?embed=1), for blog posts
    bool can_pick_files = false;      // the platform offers a file picker (the web page does)
    bool pick_file_requested = false; // the user asked for it; the platform opens it after the frame
    Corpus corpus;
    Gazetteer gazetteer;
    // Per article, in text order. A small corpus is annotated when loaded; a large one (over
    // kAnnotateUpFrontBytes) one article at a time when it is opened, which is the only place mentions
    // are shown — annotating 100 MB took most of a 12 s load and 200 MB of memory.
    std::vector<std::vector<Mention>> mentions;
    std::vector<bool> annotated;                  // per article
    std::optional<std::size_t> selected_article;  // index into corpus.articles
    std::string selected_entity;                  // gazetteer id, or "" for none
    std::optional<std::size_t> hovered_mention;   // index into the selected article's mentions
    EventStore events;
    ViewState view;
    std::optional<std::size_t> selected_event;    // index into events.events
    // The quoted span the reader shows highlighted, and whether it still has to scroll there.
    std::optional<ByteRange> cited;
    bool scroll_to_cited = false;
    std::vector<Problem> problems;                // app-level: font fallback, platform warnings
    // A file the user asked to save (name, content): the platform downloads it or writes it.
    std::optional<std::pair<std::string, std::string>> pending_download;
    FontInfo font;
    DisplayInfo display;
    // The user's own articles and accepted events (src/core/user_data.h saves and restores them).
    struct UserSide {
        std::size_t first_article = 0;   // corpus.articles from here on are the user's
        std::vector<std::vector<CandidateEvent>> candidates;  // per user article, found when it was added
        std::uint64_t revision = 0;      // bumps on every change; the platform saves when it differs from saved_revision
        std::uint64_t saved_revision = 0;
        std::vector<Problem> problems;   // restoring, importing or saving went wrong
        std::string notice;              // the outcome of the user's last add, import or accept, for the UI
        bool notice_is_error = false;
        // Large files being read a slice per frame (src/core/user_data.h), first in first out.
        struct Reading {
            Article article;
            std::vector<Mention> mentions;
            FoldedText folded;             // for search, folded along with the annotation
            std::size_t folded_to = 0;     // bytes of the text folded so far
            std::size_t next_sentence = 0;
            bool open_when_done = true;
        };
        std::deque<Reading> reading;
    } user;
    std::uint64_t frames_rendered = 0;
    int context_restores = 0;  // times the WebGL context was lost and rebuilt

    // Worked out from the above by refresh_derived(), never changed by the UI directly.
    struct Derived {
        struct Inputs {
            const EventStore* events = nullptr;
            std::size_t event_count = 0;
            Filters filters;
            std::optional<long> network_as_of;
            std::map<std::string, NodePosition> dragged;
            std::uint64_t user_revision = 0;  // the user added or removed events
            LaneMode lanes = LaneMode::entity;
            bool operator==(const Inputs&) const = default;
        };
        std::optional<Inputs> inputs;           // what the rest was computed from
        std::vector<std::size_t> filtered;      // events passing the filters, in store order
        std::vector<std::size_t> time_ordered;  // the same in time order (arrow keys step through these)
        TimelineIndex timeline;                 // lanes and their events by time, for the lane mode
        std::vector<Flow> flows;                // of the filtered events, as of the network date
        NetworkLayout network;
        std::vector<std::pair<std::size_t, std::size_t>> flow_ends;  // per flow: its nodes in `network`
        std::vector<std::size_t> flows_by_value;  // flow indices, largest amount first (the view draws the largest)
        std::vector<std::size_t> nodes_by_money;  // network node indices, most money first (the view names the largest)
        std::string network_key;                // what the layout was computed for
        SearchIndex search_index;
        std::vector<SearchHit> hits;            // for view.query
        std::string hits_key;
        std::optional<long> first_day, last_day;  // span of the dated events (days since 1970)
        std::map<std::string, EntityTotals> totals;  // per entity, over all events
        std::map<std::string, int> event_counts;     // per entity, over the filtered events
        std::vector<EntityRow> entity_rows;          // the entity list: entities with filtered events
        std::vector<std::size_t> node_entities;      // per network node: its index in the gazetteer (kNoEntity if none)
        std::uint64_t generation = 0;                // new whenever the above are recomputed (views cache by it)
        std::vector<std::vector<std::string>> cycles;  // money cycles in `flows` (length <= 4)
    } derived;

    // What the views drew in the last frame, so tests can check that they agree.
    struct Drawn {
        std::optional<float> timeline_selected_x;   // the selected event's mark on the timeline
        int timeline_marks = 0, timeline_clusters = 0;
        std::vector<std::string> network_highlighted;  // "from>to" edges carrying the selected event
        int network_nodes = 0;
        std::string detail;                          // id of what the detail panel shows
        float content_height = 0;                    // what the view would need to show everything (embeds report it)
    } drawn;
};

// What the user asked for during a frame; applied after drawing so views never change state mid-frame.
struct Actions {
    std::optional<std::size_t> select_article;
    bool close_article = false;
    std::optional<std::string> select_entity;  // "" clears
    std::optional<std::size_t> hovered_mention;  // what the pointer is over this frame (none: nothing)
    std::optional<View> show_view;
    std::optional<Filters> set_filters;
    std::optional<TimeScale> set_time;
    std::optional<LaneMode> set_lanes;
    std::optional<std::optional<long>> set_network_as_of;
    std::optional<bool> set_playing;
    std::optional<std::pair<std::string, NodePosition>> drag_node;
    std::optional<std::string> set_language;
    std::optional<bool> set_dark;
    std::optional<std::string> set_query;
    std::optional<std::pair<std::string, std::string>> download;  // file name and content
    bool pick_file = false;       // "Add article…"
    int step_event = 0;            // -1 / +1: previous or next event in time order
    bool clear_selection = false;  // Esc
    std::optional<std::size_t> open_hit;  // index into derived.hits
    AppState::Drawn drawn;       // filled by the views that drew this frame
    bool report_drawn = false;   // set by the main window; API calls leave AppState::drawn alone
    std::optional<std::size_t> select_event;
    // The user's data: an accepted (edited) candidate, one of their events removed, a pasted or
    // chosen file (name, bytes), export as a download, delete all.
    std::optional<Event> accept_candidate;
    std::optional<std::string> remove_user_event;
    std::optional<std::pair<std::string, std::string>> add_file;
    bool export_user_data = false;
    bool delete_user_data = false;
    std::optional<std::size_t> select_event_at;  // a byte in the selected article: the event quoting it
    bool close_event = false;
    std::optional<std::pair<std::string, ByteRange>> open_citation;  // article id and quoted range
    bool scrolled_to_cited = false;
};

inline constexpr std::size_t kNoEntity = SIZE_MAX;
inline constexpr std::size_t kMaxCyclesShown = 1000;  // the network's "Cycles" highlights at most these
inline constexpr std::size_t kAnnotateUpFrontBytes = std::size_t{8} << 20;

// Annotates article `i` if it is not yet (a large corpus is annotated as articles are opened).
void ensure_annotated(AppState& state, std::size_t i);

// The timeline scale that shows every dated event ("Fit all", Home).
TimeScale fit_all_events(const AppState& state);

// Recomputes AppState::derived from the data and the view state (cheap parts always, the network
// layout and search only when their inputs changed).
void refresh_derived(AppState& state);

// Sets filters from JSON ({"types": [...], "statuses": [...], "entity": "...", "from": "2024", "to": "2025-06"});
// unknown keys and bad values are reported in `problems` and ignored.
Filters filters_from_json(const nlohmann::json& j, std::vector<std::string>& problems);

// Loads and parses the articles in `<assets_dir>/articles`, loads `<assets_dir>/entities.json` and
// annotates every article.
AppState load_app_state(const std::string& assets_dir);

void apply_actions(AppState& state, const Actions& actions);

// The index of the article with this id.
std::optional<std::size_t> article_index(const AppState& state, const std::string& id);

// Selects the article, or the event, with this id; false (and no change) if there is none.
bool select_by_id(AppState& state, const std::string& id);

// The action that opens source `index` of the event with this id in the reader; none if either is unknown.
std::optional<Actions> open_source_action(const AppState& state, const std::string& event_id, std::size_t index);

// All problems the user should see, corpus first.
std::vector<Problem> all_problems(const AppState& state);

nlohmann::json filters_to_json(const Filters& f);

nlohmann::json to_json(const AppState& state);

}  // namespace ds

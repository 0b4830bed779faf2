#pragma once
// Everything the UI shows, as plain data, and its JSON form for `window.dealscope.state()` and tests.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "corpus.h"
#include "event.h"
#include "gazetteer.h"
#include "mention.h"
#include "problem.h"

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
    Corpus corpus;
    Gazetteer gazetteer;
    std::vector<std::vector<Mention>> mentions;   // per article, in text order
    std::optional<std::size_t> selected_article;  // index into corpus.articles
    std::string selected_entity;                  // gazetteer id, or "" for none
    std::optional<std::size_t> hovered_mention;   // index into the selected article's mentions
    EventStore events;
    enum class View { articles, events } view = View::articles;
    std::optional<std::size_t> selected_event;    // index into events.events
    // The quoted span the reader shows highlighted, and whether it still has to scroll there.
    std::optional<ByteRange> cited;
    bool scroll_to_cited = false;
    std::vector<Problem> problems;                // app-level: font fallback, platform warnings
    FontInfo font;
    DisplayInfo display;
    std::uint64_t frames_rendered = 0;
};

// What the user asked for during a frame; applied after drawing so views never change state mid-frame.
struct Actions {
    std::optional<std::size_t> select_article;
    bool close_article = false;
    std::optional<std::string> select_entity;  // "" clears
    std::optional<std::size_t> hovered_mention;  // what the pointer is over this frame (none: nothing)
    std::optional<AppState::View> show_view;
    std::optional<std::size_t> select_event;
    bool close_event = false;
    std::optional<std::pair<std::string, ByteRange>> open_citation;  // article id and quoted range
    bool scrolled_to_cited = false;
};

// Loads and parses the articles in `<assets_dir>/articles`, loads `<assets_dir>/entities.json` and
// annotates every article.
AppState load_app_state(const std::string& assets_dir);

void apply_actions(AppState& state, const Actions& actions);

// Selects the article, or the event, with this id; false (and no change) if there is none.
bool select_by_id(AppState& state, const std::string& id);

// The action that opens source `index` of the event with this id in the reader; none if either is unknown.
std::optional<Actions> open_source_action(const AppState& state, const std::string& event_id, std::size_t index);

// All problems the user should see, corpus first.
std::vector<Problem> all_problems(const AppState& state);

nlohmann::json to_json(const AppState& state);

}  // namespace ds

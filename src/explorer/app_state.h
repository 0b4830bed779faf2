#pragma once
// Everything the UI shows, as plain data in parts, the functions that change it, and its JSON form for
// `window.dealscope.state()` and tests.
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "core/pack/data_pack.h"
#include "core/text/problem.h"
#include "explorer/actions.h"
#include "explorer/dataset.h"
#include "explorer/derived.h"
#include "explorer/host_state.h"
#include "explorer/selection.h"
#include "explorer/user_session.h"
#include "explorer/view_state.h"

namespace ds {

// The explorer's whole state, in parts with one job each. The views draw it and record Actions;
// apply_actions() changes it after the frame.
struct AppState {
    Dataset data;            // articles, mentions, gazetteer, events (curated and the user's)
    Selection selection;     // what is selected and highlighted
    ViewState view;          // view, filters, time axis, lanes, network date, language, theme, search
    UserSession user;        // the user's articles, candidates, saving, large files being read
    Derived derived;         // worked out from the above by refresh_derived()
    HostInfo host;           // what the host told the explorer
    HostRequests requests;   // what the explorer asks of the host after a frame
    FrameReport report;      // what the last frame drew, for state()
};

inline constexpr std::size_t kNoEntity = SIZE_MAX;
inline constexpr std::size_t kMaxCyclesShown = 1000;  // the network's "Cycles" highlights at most these
inline constexpr std::size_t kAnnotateUpFrontBytes = std::size_t{8} << 20;

// Annotates article `i` if it is not yet (a large corpus is annotated as articles are opened).
void ensure_annotated(AppState& state, std::size_t i);
void ensure_annotated(Dataset& data, std::size_t i);


// Sets filters from JSON ({"types": [...], "statuses": [...], "entity": "...", "from": "2024", "to": "2025-06"});
// unknown keys and bad values are reported in `problems` and ignored.
Filters filters_from_json(const nlohmann::json& j, std::vector<std::string>& problems);

// Loads and parses the articles in `<assets_dir>/articles`, loads `<assets_dir>/entities.json` and
// annotates every article. With a clock (milliseconds), each step's time goes into report.startup.
// With a pack (dealscope-cli pack), the data comes from the pack instead; a pack that is refused, or
// that the host could not get, becomes a warning among the corpus's problems and the folder is read.
using PackRead = std::variant<PackedData, Problem>;
struct PackSource {
    std::string file;                    // where the host put it; "" for none
    std::string place;                   // what problems call it (the page: its URL); the file when ""
    std::optional<Problem> unavailable;  // the host could not get it (a URL that failed)
    // Read already: the page reads its pack before main() to know whether it must fetch the articles
    // folder. load_app_state takes what it holds; `read_ms` is how long the reading took.
    std::shared_ptr<PackRead> read;
    double read_ms = 0;
};
// Reads and checks the pack (or gives why it cannot be used), as load_app_state would.
PackRead read_pack_source(const PackSource& pack);
// `defer_search_index`: the index is built later (ensure_search_index), so a page's first frame does
// not wait for it.
AppState load_app_state(const std::string& assets_dir, const std::function<double()>& now_ms = {}, const PackSource& pack = {},
                        bool defer_search_index = false);

// Reads `data.assets_dir`: the articles, the gazetteer, their mentions (all of them for a corpus
// up to kAnnotateUpFrontBytes) and the events; `step` is told when each part is done.
void read_data_folder(Dataset& data, const std::function<void(const char*)>& step);

// Selects event `i` and opens its first quote in the reader.
void select_event(AppState& state, std::size_t i);

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
// Where the time before the first frame went (docs/performance.md), as state()'s "startup": on its
// own, so that asking for it does not write the whole state (tens of MB with 100 000 events).
nlohmann::json startup_to_json(const StartupReport& startup);

}  // namespace ds

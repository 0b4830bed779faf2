#pragma once
// What the page around the canvas keeps in step with the explorer after each frame: the address bar
// (the view as a link), a screen-reader copy of the filtered events and an announcement of the
// selection, and the height an embed would like. Web only.
#include <cstddef>
#include <string>
#include <vector>

#include "core/text/language.h"
#include "explorer/app_state.h"

namespace ds::web {

class PageBridge {
public:
    // After a frame: tells the page whatever changed since the last call.
    void sync(const AppState& state);
    // The link now in the address bar came from the page itself (Back, Forward, an API call): take it
    // as current without a history entry.
    void link_applied(const AppState& state);

private:
    void sync_link(const AppState& state);
    void mirror_for_screen_readers(const AppState& state);
    void report_content_height(const AppState& state);
    void report_footer_height(const AppState& state);

    std::string link_;                    // the link the address bar shows
    std::vector<std::size_t> mirrored_;   // the events the screen-reader table holds
    Language mirrored_language_ = Language::en;
    bool mirrored_once_ = false;
    std::string announced_;               // the last selection announced
    int reported_height_ = 0;             // the last height an embed asked its host for
    int reported_footer_ = 0;             // the last foot height the page was told (where its pill goes)
};

}  // namespace ds::web

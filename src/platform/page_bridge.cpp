#include "platform/page_bridge.h"

#include <algorithm>
#include <cmath>

#include <emscripten.h>

#include "core/events/event_format.h"
#include "core/events/event_table.h"
#include "explorer/view_link.h"

namespace ds::web {

namespace {
// The link without the parts that change while the user zooms, pans or plays (t=, asof=).
std::string without_motion(const std::string& link) {
    std::string out;
    std::size_t start = 0;
    while (start < link.size()) {
        const std::size_t end = std::min(link.find('&', start + 1), link.size());
        const std::string part = link.substr(start, end - start);
        if (part.rfind("&t=", 0) != 0 && part.rfind("&asof=", 0) != 0) out += part;
        start = end;
    }
    return out;
}
}  // namespace

void PageBridge::sync(const AppState& state) {
    sync_link(state);
    mirror_for_screen_readers(state);
    report_content_height(state);
    report_footer_height(state);
}

void PageBridge::link_applied(const AppState& state) { link_ = state_to_link(state); }

// Keeps the address bar on the current state: a new history entry when the view, selection or
// filters change (so Back steps through them), a replaced one for zoom, pan and the network date.
void PageBridge::sync_link(const AppState& state) {
    const std::string link = state_to_link(state);
    if (link == link_) return;
    const bool push = !link_.empty() && without_motion(link) != without_motion(link_);
    link_ = link;
    EM_ASM({ if (Module.dealscopeLinkChanged) Module.dealscopeLinkChanged(UTF8ToString($0), $1); }, link.c_str(), push ? 1 : 0);
}

// The canvas is a picture to screen readers: the filtered events are kept as an HTML table in a
// visually hidden region, and the selection is announced in an aria-live region.
void PageBridge::mirror_for_screen_readers(const AppState& state) {
    const Language language = state.view.language;
    if (!mirrored_once_ || mirrored_ != state.derived.filtered || mirrored_language_ != language) {
        mirrored_once_ = true;
        mirrored_ = state.derived.filtered;
        mirrored_language_ = language;
        // At most kMirrorRows rows: a DOM table of 100 000 events took half a minute to build; the
        // caption says how to narrow them down.
        constexpr std::size_t kMirrorRows = 500;
        const auto& order = state.derived.time_ordered;
        const std::vector<std::size_t> first(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(std::min(order.size(), kMirrorRows)));
        const auto rows = event_rows(state.data.events, first, state.data.gazetteer, state.data.corpus.articles, language);
        const std::string caption = order.size() <= kMirrorRows
                                        ? "Events shown (" + std::to_string(rows.size()) + ")"
                                        : "Events shown: the first " + std::to_string(rows.size()) + " of " + std::to_string(order.size()) +
                                              " by date; narrow them with the filters";
        const std::string html = event_rows_html(rows, caption);
        EM_ASM({ if (Module.dealscopeEventsTable) Module.dealscopeEventsTable(UTF8ToString($0)); }, html.c_str());
    }
    std::string text;
    if (state.selection.event) {
        const Event& e = state.data.events.events[*state.selection.event];
        text = "Selected: " + event_summary(e, language) + " (" + event_date_text(e, language) + ")";
    } else if (const Entity* entity = state.selection.entity.empty() ? nullptr : state.data.gazetteer.find(state.selection.entity)) {
        text = "Selected: " + entity->name;
    }
    if (text != announced_) {
        announced_ = text;
        EM_ASM({ if (Module.dealscopeAnnounce) Module.dealscopeAnnounce(UTF8ToString($0)); }, text.c_str());
    }
}

// An embed tells its host how tall it would like to be (blog platforms' resize protocols).
void PageBridge::report_content_height(const AppState& state) {
    if (!state.host.embed) return;
    const float content = state.report.drawn.content_height > 0 ? state.report.drawn.content_height : 420.0f;
    const int wanted = static_cast<int>(std::lround(std::clamp(content, 240.0f, 720.0f) / 10.0f) * 10);
    if (wanted == reported_height_) return;
    reported_height_ = wanted;
    EM_ASM({ if (Module.dealscopeContentHeight) Module.dealscopeContentHeight($0); }, wanted);
}

// An embed tells its page how tall the source line's rows are, so that "Tap to explore" and "Done"
// sit just above them whether the line takes one row or two.
void PageBridge::report_footer_height(const AppState& state) {
    if (!state.host.embed || !state.report.drawn.graphic) return;
    const int footer = static_cast<int>(std::lround(state.report.drawn.graphic->footer_height));
    if (footer == reported_footer_) return;
    reported_footer_ = footer;
    EM_ASM({ if (Module.dealscopeFooterHeight) Module.dealscopeFooterHeight($0); }, footer);
}

}  // namespace ds::web

#pragma once
// The explorer's side of its host (the web page or the desktop window): what the host told it, what it
// asks the host to do after a frame, and what the last frame drew — the part `state()` reports so
// tests can check that views and data agree.
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/text/problem.h"

namespace ds {

// A box in the canvas's logical pixels, from its top left.
struct CanvasBox {
    float x = 0, y = 0, width = 0, height = 0;
};

// Where the explorer runs, as the host set it up.
struct HostInfo {
    std::string link_base;        // the page's address without fragment, for "Copy link" (empty natively)
    bool embed = false;           // one view without the explorer's chrome (?embed=1), for blog posts
    bool story = false;           // an embed that steps through a story (?story=…): notes, not detail sheets
    std::string graphic_title, graphic_dek;  // an embed's own title and dek (?title=…&dek=…); empty: from the data
    bool can_pick_files = false;  // the host offers a file picker (the web page does)
    // The host shows its own paste box (the web page: a text area that wraps its lines and brings up
    // a phone's keyboard, which a field drawn on the canvas does not).
    bool has_paste_box = false;
    bool png_from_svg = false;    // a download named .png holding a picture's SVG becomes a PNG at twice its size (the page does)
    bool prefers_dark = false;    // the system's look (the page: prefers-color-scheme): a link that names no theme takes it
    // What the page lays over the canvas for now ("Tap to explore", "Done" in an embed on a touch
    // screen): a story's note keeps out from under it.
    std::optional<CanvasBox> page_cover;
    std::vector<Problem> problems;  // the host's own: font fallback, platform warnings
};

// What the user asked of the host during a frame; the host carries it out after drawing.
struct HostRequests {
    std::optional<std::pair<std::string, std::string>> download;  // file name and content: a download, or a file natively
                                                                   // (a picture's .png name with SVG content: see HostInfo::png_from_svg)
    bool pick_file = false;  // open the file picker
    bool pick_folder = false;  // … for a folder
    bool paste_box = false;    // open the host's paste box
};

struct FontInfo {
    std::string path;        // file the UI font came from; empty when ImGui's built-in font is used
    float size_px = 0;       // logical size, before HiDPI scaling
    bool fallback = false;   // true when the intended font could not be loaded
};

struct DisplayInfo {
    float width = 0, height = 0;   // logical (CSS) pixels
    float pixel_ratio = 1;         // framebuffer pixels per logical pixel
};

// A row of the Flows view as drawn, in the words on screen.
struct DrawnFlowRow {
    std::string from, to, kind, total;
    int events = 0, sources = 0;
};

// Something the user can click, where it was drawn (logical pixels from the canvas's top left), so
// a test can click it as a user would: "tab:flows", "flow:microsoft>openai:money".
struct DrawnTarget {
    std::string name;
    float x = 0, y = 0, width = 0, height = 0;
};

// What an embed drew around its chart (embed_frame): the words, the key's entries, where the
// chart and the source line went (logical pixels from the canvas's top left), and a story's note.
struct DrawnGraphic {
    std::string title, dek, sources;  // as drawn (the source line may end in "…")
    std::vector<std::string> key;
    float chart_top = 0, chart_height = 0;
    float sources_right = 0;          // where the source line's text ends
    float footer_height = 0;          // the source line's rows at the foot (one or two): the page's pill goes above them
    std::vector<std::string> note;    // beside the selection, in a story
    std::optional<CanvasBox> note_box;  // where that note was drawn
};

// What the views drew in one frame.
struct Drawn {
    std::optional<DrawnGraphic> graphic;        // only in an embed
    std::vector<DrawnTarget> targets;
    std::vector<DrawnFlowRow> flow_rows;        // the Flows view's rows, in the order shown
    std::string headline;                        // the masthead's question as drawn (whole, or its first half where it must)
    std::optional<float> timeline_selected_x;   // the selected event's mark on the timeline
    int timeline_marks = 0, timeline_clusters = 0;
    int timeline_hidden = 0;        // events inside clusters, not marks of their own
    int timeline_edge_markers = 0;  // lanes with events beyond the view's edges
    int timeline_label_overlaps = 0, timeline_clipped_labels = 0;
    int timeline_amounts_unnamed = 0;  // events with an amount named at none of their marks
    // Search hits each view marked while a query stands (timeline marks, network edges and nodes,
    // Flows rows, Events rows).
    int timeline_matched = 0, network_matched = 0, flows_matched = 0, events_matched = 0;
    int flows_label_overlaps = 0, flows_clipped_labels = 0;  // cells of the Flows view
    std::vector<std::string> network_highlighted;  // "from>to" edges carrying the selected event
    std::vector<DrawnTarget> network_focused;      // a story step's nodes (entity id, box), the rest faded
    int network_nodes = 0;
    int network_label_overlaps = 0, network_clipped_labels = 0, network_labels_left_out = 0;
    int network_edges = 0, network_amounts = 0;  // drawn, and amount labels shown
    // The note under the picture ("+4 labels: …"), if one was drawn, and the lowest node or name of
    // the fitted picture (from the view's top): the note stands below them all.
    std::optional<float> network_note_top;
    float network_lowest_ink = 0;
    std::string detail;                          // id of what the detail panel shows
    bool pointer = false;                        // a pointer is over the canvas (a lifted finger leaves none)
    float content_height = 0;                    // what the view would need to show everything (embeds report it)
};

// Where the time before the first frame went, step by step, as the host's clock measured it (the
// page's: milliseconds since navigation start). state().startup publishes it.
struct StartupStep {
    std::string name;  // "articles", "annotate", "search index", "fonts", "first frame" …
    double ms = 0;
};
struct StartupReport {
    double main_at_ms = 0;         // the program began (after download and compile)
    double first_frame_at_ms = 0;  // the first frame was drawn
    std::vector<StartupStep> steps;
};

// The frame report `window.dealscope.state()` publishes.
struct FrameReport {
    Drawn drawn;                     // by the last frame that drew the main window
    std::uint64_t frames_rendered = 0;
    int context_restores = 0;        // times the WebGL context was lost and rebuilt
    FontInfo font;
    DisplayInfo display;
    StartupReport startup;
};

}  // namespace ds

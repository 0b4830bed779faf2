#pragma once
#include <array>
// What each view keeps between frames that is not explorer state (not in links, not in state()):
// the network's camera and drag, the timeline's brush, text being typed, caches of laid-out text.
// The window owns one of each and hands every view its own, so no view keeps a function-static.
#include <cstdint>
#include <optional>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include <imgui.h>

#include "core/tables/table_format.h"

#include "core/articles/article.h"
#include "core/annotate/gazetteer.h"
#include "core/annotate/mention.h"
#include "core/events/event.h"
#include "explorer/entity_rows.h"
#include "explorer/flow_rows.h"
#include "explorer/overview.h"
#include "explorer/layout/text_layout.h"
#include "explorer/layout/time_scale.h"
#include "explorer/view_state.h"

namespace ds::ui {

struct TopBarState {
    char query[128] = "";              // the search field, in step with view.query
    char from[16] = "", to[16] = "";   // the date-range fields while they are edited
    double copied_at = -10;            // when "Copy link" was pressed (shows "Copied")
};

struct EntityListState {
    char filter[64] = "";
    // The order is worked out when the rows, the filter or the sort change, not every frame.
    struct Order {
        std::uint64_t generation = UINT64_MAX;
        std::string filter;
        EntityColumn column = EntityColumn::events;
        bool ascending = false;
        std::vector<std::size_t> rows;
    } order;
    // What the columns count (`note`) and what the marks mean (`marks`, "" for none), for the rows shown
    // (entity_columns_note, split once per change).
    std::string note, marks;
    std::array<float, 2> money_width{};  // the invested and received columns' widest sums
    std::uint64_t note_generation = UINT64_MAX;
    Language note_language = Language::en;
};

struct TimelineViewState {
    bool legend_open = false;          // on narrow screens the legend's sizes and rings are folded until asked for
    bool above_sheet = false;          // set for the frame: a phone's detail sheet stands under the chart
    // The kinds the shown events hold, for a narrow screen's legend (worked out once per change).
    std::vector<TypeFamily> families;
    std::uint64_t families_generation = UINT64_MAX;
    std::optional<float> brush_from;   // Shift+drag: where the date-range brush started
    // An embed's camera glides to a range a link or story step sets: the range drawn, the last one
    // the reader's own zoom or pan asked for (that one is taken at once), and whether it still moves.
    std::optional<TimeScale> shown, asked;
    bool gliding = false;
    // The selected event last brought into view: a newly selected one is scrolled to and panned to
    // when it is out of sight ("Show on the timeline" after adding it).
    std::optional<std::size_t> revealed;
    double zoom_hint_until = 0;  // ImGui time: "Ctrl + wheel zooms" stands over the chart until then
};

struct EventsViewState {
    TableFormat export_format = TableFormat::dealscope;  // the layout "Export table" writes
    // Events a sheet of links leaves out (one party only), counted when the events change.
    std::uint64_t without_link_generation = UINT64_MAX;
    std::size_t without_link = 0;
};

// Where a network's camera glides to: its offset and zoom.
struct NetworkGlide {
    ImVec2 offset{0, 0};
    float zoom = 1;
};

struct NetworkViewState {
    bool show_cycles = false;
    std::optional<std::size_t> cycle;  // the cycle picked from the list (index into derived.cycles)
    // Zoom and pan of the picture are view-local (not shared with other views or links).
    float zoom = 1;
    ImVec2 offset{0, 0};
    std::string dragging;  // id of the node being dragged
    // A story's camera glides to what a step selects: where to, and for which selection it last went.
    std::optional<NetworkGlide> glide_to;
    std::string glided_for;
    bool above_sheet = false;  // set for the frame: a phone's detail sheet stands under the picture
};

// The Flows view's rows, made again when the data, the language or the sort change.
struct FlowsViewState {
    std::optional<std::pair<FlowColumn, bool>> sort, sorted;  // column and descending; none: largest first
    std::uint64_t generation = UINT64_MAX;
    Language language = Language::en;
    std::vector<FlowRow> rows;
    float widths[6] = {};  // of the table's columns in the last frame, for the rows' heights
    float longest_word[2] = {};  // of the "from" and "to" names, at `measured_at` font size: no name is cut inside a word
    float measured_at = 0;
};

// The selected flow's events, found again when the data or the selection change.
// The fields of the editor for one of the user's names, kept while that name is shown.
struct EntityEditorState {
    std::string id;
    char name[128] = "";
    char same_as[64] = "";
    std::string merge_into;  // the known entity picked, waiting for the user's yes
    std::size_t merge_events = 0;  // the events that would move to it
    std::string offered_for;  // the refused name whose owner was put under "Same as" (once)
};

// The overview, kept until the data, the filters or the language change.
struct OverviewViewState {
    std::uint64_t generation = UINT64_MAX;
    Language language = Language::en;
    std::optional<Overview> overview;
};

struct DetailViewState {
    OverviewViewState overview;
    EntityEditorState entity_editor;
    std::uint64_t generation = UINT64_MAX;
    std::optional<FlowKey> flow;
    std::vector<std::size_t> flow_events;
    std::string sheet_shows;  // what the sheet showed last frame: another deal or firm opens at its top
    bool way_back_above = false;  // the page drew the way back to the event's list above the detail (a phone)
    bool sheet_tall = false;      // the phone's sheet enlarged by a swipe up on its handle (until it is put away)
    int sheet_frame = -1;         // the frame that last drew the sheet: a gap means it was put away
    bool sheet_swiped = false;    // the handle's drag in progress has done its one thing
};

// The candidate being reviewed: a copy the user edits before accepting it.
// A name being made an entity in the dialog "New entity" (from an unknown name, a participant or a
// phrase the user types).
struct NewEntityDraft {
    bool open = false;  // open the dialog in the next frame
    bool cancelled = false;  // its Cancel was pressed (the row it was asked for from may go again)
    std::string name;
    std::string aliases;  // other spellings, comma-separated as typed
    std::string written_as;  // the article's spelling it was opened over, if any
    int kind = 0;         // index into kEntityKinds
    // Opened over `name`, as a `kind` (one of kEntityKinds; a company when it is none of them).
    static NewEntityDraft of(std::string name, std::string_view kind = "company") {
        NewEntityDraft d;
        d.open = true;
        d.written_as = name;
        d.name = std::move(name);
        for (int k = 0; k < static_cast<int>(std::size(kEntityKinds)); ++k)
            if (kind == kEntityKinds[k]) d.kind = k;
        return d;
    }
};

struct CandidateDraft {
    std::string article;  // article id
    std::size_t index = 0;
    std::string deal;     // or the review's deal (its first candidate's key) being edited
    Event event;
    double billions = 0;  // the first amount, edited in billions (the unit news reports use) …
    bool in_millions = false;  // … or in millions, for an amount under a billion ("40", not "0.04")
    bool in_its_unit = false;  // … or, not money, in its own unit: "6" gigawatts, "10" percent (then `billions` holds that)
    bool has_amount = false;
    std::string amount_typed;      // the amount field's text while it has focus ("12,5" or "12.5")
    bool amount_focused = false;
    bool editing = false;  // the editor is open
    std::string entity_filter;   // what is typed into the open participant picker
    NewEntityDraft new_entity;   // a participant the gazetteer does not know, being made an entity
    // The participant "New entity…" was asked for, and the entity the user made last before that:
    // when another one is made, it is this participant.
    std::optional<std::size_t> naming;
    std::string made_before;
    // An editor open over `candidate`, its summary in the UI's language.
    static CandidateDraft of(const Event& candidate, Language lang) {
        CandidateDraft d;
        d.event = candidate;
        d.has_amount = !candidate.amounts.empty() && candidate.amounts[0].value;
        d.in_its_unit = d.has_amount && candidate.amounts[0].currency.empty() && !candidate.amounts[0].unit.empty();
        if (d.has_amount) d.billions = d.in_its_unit ? *candidate.amounts[0].value : *candidate.amounts[0].value / 1e9;
        d.in_millions = d.has_amount && !d.in_its_unit && d.billions < 1;
        d.event.summary_de = lang == Language::de ? candidate.summary_de : candidate.summary_en;
        // An article without a date leaves the year unknown ("XXXX-03"): the field starts empty, with its hint.
        if (d.event.date.value.starts_with("XXXX")) d.event.date.value.clear();
        d.editing = true;
        return d;
    }
};

struct ArticleListState {
    std::string paste_text, paste_name;  // "Paste text…" while it is open
};

// What a click on the user's own article offers (a menu where it was clicked): an unknown name made
// an entity, an event written by hand over the sentence.
struct OwnArticleTools {
    bool open_menu = false;           // open the menu in the next frame
    std::size_t clicked_byte = 0;     // where the user clicked
    std::string unknown_name;         // the unknown name clicked, or ""
    const char* unknown_kind = "company";  // what the text says it is (guessed_entity_kind), the dialog's first choice
    NewEntityDraft new_entity;
    CandidateDraft hand;              // the event being written by hand
    bool hand_repeats_candidate = false;  // a rule found a deal in its sentence already
    bool open_hand = false;           // open its dialog in the next frame
};

// Per article, made once: display text of each block and the mention spans inside it; per width,
// the wrapped layout of each highlighted block.
struct ReaderCache {
    const Article* article = nullptr;
    std::string id;
    const Mention* mentions = nullptr;  // a large corpus annotates an article when it is opened
    std::size_t mention_count = 0;
    std::vector<std::vector<StyledSpan>> block_spans;  // style = mention index + 1
    std::size_t spans_for = 0;     // blocks whose spans are known
    std::size_t next_mention = 0;  // where finding them goes on
    std::size_t last_end = 0;      // of the last mention shown (overlapping ones are not)
    float layout_width = -1;
    std::vector<std::vector<TextFragment>> block_layout;
    std::size_t laid_out = 0;  // blocks laid out at layout_width; the rest follow a slice per frame
    bool laying_out = false;   // so the host keeps drawing until they have
};

// The whole window's own state: which tab it last showed, the theme it last applied, and each view's.
// The masthead's summary of the data, kept until the data, the filters or the language change.
struct MastheadState {
    std::uint64_t generation = UINT64_MAX;
    Language language = Language::en;
    std::string summary, brief;  // data_summary and data_summary_brief
};

// An embed's words that come from the shown events (dek, source line, key families), kept until
// the data, the filters or the language change: a frame must not walk every event.
struct GraphicWordsState {
    std::uint64_t generation = UINT64_MAX;
    Language language = Language::en;
    std::string dek;
    std::vector<std::string> sources;  // the source line naming kSourceNamesMost publishers, one fewer, … none (each with and without the credit)
    std::vector<TypeFamily> families;
    std::vector<FlowKind> flow_kinds;  // the network's key: the kinds of line drawn
    bool disputed = false;  // a shown event is disputed: the key names the timeline's ring
    bool running_total = false;  // a shown event restates a total: the key names its square
    bool valuation = false;      // a shown event is a valuation: the key names its diamond
    std::optional<TypeFamily> giving_side;  // a lane shows a deal's giving side: the key names the pale disc, in this family's colour
};

struct AppWindow {
    MastheadState masthead;
    GraphicWordsState graphic;
    std::optional<View> shown_view;   // the tab the tab bar shows; differs from view.current when set from outside
    bool entities_shown = false;      // on a phone: the Entities page instead of a view
    // On one pane: the selection a tab was switched over. The new tab then shows its own content, not that
    // selection's detail in its place, until something else is selected.
    std::optional<std::string> tab_switched_over;
    std::optional<bool> themed_dark;  // the theme last applied
    bool focus_search = false;        // "/" was pressed: focus the search field next frame
    TopBarState top_bar;
    EntityListState entity_list;
    TimelineViewState timeline;
    EventsViewState events;
    NetworkViewState network;
    FlowsViewState flows;
    DetailViewState detail;
    ArticleListState article_list;
    ReaderCache reader;
    OwnArticleTools own_article;
    CandidateDraft candidate;
};

}  // namespace ds::ui

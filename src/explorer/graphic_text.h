#pragma once
// The words around a chart, the same wherever it is shown as a graphic — the explorer's masthead, an
// embed in a blog post and a downloaded picture: a title, a one-line dek saying what the data shows,
// the families the key needs and a source line naming the publishers quoted.
#include <optional>
#include <string>
#include <vector>

#include "core/events/event_types.h"
#include "explorer/app_state.h"
#include "explorer/layout/time_scale.h"

namespace ds {

// The blogger's title (a link's "title=") or the view's own: "Deals behind the AI race, over time".
std::string graphic_title(const AppState& state, View view);

// The blogger's dek ("dek=") or what the shown events are: "54 events, 2015 to 2025 (filtered)".
// A timeline `shown` zoomed to part of those years says which part instead: "9 events with OpenAI
// (filtered); in view: 2023–2026".
std::string graphic_dek(const AppState& state, const std::optional<TimeScale>& shown = std::nullopt);

// What the shown events hold: how many, between how many known parties (the entity list's rows),
// quoting how many articles, and how many name a sum of money. One pass over the events.
struct ShownCounts {
    std::size_t events = 0, parties = 0, articles = 0, with_money = 0;
};
ShownCounts shown_counts(const AppState& state);

// The page's headline, above the summary: what the explorer is for.
const char* page_headline(Language lang);
// Its first question alone, for a phone's one-line masthead: "Who invests in whom in the AI race?".
const char* page_headline_short(Language lang);

// "54 deals and events between 31 parties, 2015 to 2025, from 5 articles": the masthead's summary.
std::string data_summary(const AppState& state);
// The same in brief, for a phone's header: "54 events · 30 parties · 2015–2025 · 5 articles".
std::string data_summary_brief(const AppState& state);

// "Sources: BASIC thinking, t3n, … · made with dealscope": publishers by how many shown events quote
// them, at most `most_names` by name and the rest counted ("and 3 more"; with none named, "Sources:
// 5 publishers"), so that a narrow graphic's line ends in a whole phrase, not a cut name; `credit`
// adds " · made with dealscope". `compact` ends the named ones in " and others" ("u. a."), so that a
// phone's two short lines still name a publisher where "3 publishers and other articles" named none.
inline constexpr int kSourceNamesMost = 6;
std::string graphic_sources(const AppState& state, int most_names = kSourceNamesMost, bool credit = true, bool compact = false);

// What a story step's note next to the selection says, one or two lines: "Microsoft → OpenAI" and
// "investment · $10bn · January 2023" for an event, the pair and its total for a flow, an entity's
// name and "9 events · invested $1bn · received $30bn"; nothing when nothing is selected.
std::vector<std::string> selection_note(const AppState& state);

// The type families of the shown events, in key order: a key names only what the chart holds.
std::vector<TypeFamily> shown_families(const AppState& state);

// The kinds of line the shown events draw in the network (of all dates), in key order: money, compute,
// partnership. A step of money and compute only named a partnership line it did not draw.
std::vector<FlowKind> shown_flow_kinds(const AppState& state);

// Whether a shown event is one whose fact the sources disagree on: a key names the timeline's ring
// for it only then. (Worked out with the filters, not in every frame.)
bool any_disputed(const AppState& state);
// A shown event restates a running total: keys name its hollow square.
bool any_running_total(const AppState& state);
// A timeline lane shows the giving side of a deal (an investor's copy of its investment), drawn pale: the
// deal's family, whose colour the key's pale sample takes; none when no lane does.
std::optional<TypeFamily> giving_side_family(const AppState& state);
// Whether a shown event is a valuation (a key names its hollow diamond).
bool any_valuation(const AppState& state);

}  // namespace ds

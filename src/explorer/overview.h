#pragma once
// What the side panel shows while nothing is selected: the data's key figures, its largest money
// flows, and a few questions a newcomer would ask, each a way into the view that answers it.
#include <optional>
#include <string>
#include <vector>

#include "explorer/app_state.h"
#include "explorer/flow_rows.h"

namespace ds {

struct OverviewFigure {
    std::string value, label;  // "54", "events"
};

// A question and where its answer is: the view, with these filters, and what to select there.
struct GuidedQuestion {
    std::string text;
    View view = View::timeline;
    Filters filters;
    std::optional<FlowKey> flow;  // selected (else nothing is)
};

struct Overview {
    std::vector<OverviewFigure> figures;
    std::vector<FlowRow> largest;  // money flows, largest first (at most kLargestFlows)
    std::vector<GuidedQuestion> questions;
};

inline constexpr std::size_t kLargestFlows = 5;

// Over the filtered events, in the state's language.
Overview make_overview(const AppState& state);

// Asks for the question's answer in this frame's actions (language, theme and search stay).
void ask(const GuidedQuestion& question, ViewActions& actions);

}  // namespace ds

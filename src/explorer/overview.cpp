#include "explorer/overview.h"

#include <algorithm>

#include "core/events/analytics.h"
#include "core/events/event_types.h"
#include "explorer/graphic_text.h"

namespace ds {

namespace {

const char* words(Language lang, const char* en, const char* de) { return lang == Language::de ? de : en; }

}  // namespace

Overview make_overview(const AppState& state) {
    const Language lang = state.view.language;
    Overview out;
    const ShownCounts n = shown_counts(state);
    out.figures.push_back({std::to_string(n.events), words(lang, "events", "Ereignisse")});
    out.figures.push_back({std::to_string(n.parties), words(lang, "parties", "Beteiligte")});
    out.figures.push_back({std::to_string(n.articles), words(lang, "articles", "Artikel")});
    const std::size_t disputed = conflicts(state.data.events).size();
    if (disputed > 0) out.figures.push_back({std::to_string(disputed), words(lang, "disputed", "umstritten")});

    for (FlowRow& row : flow_rows(state.derived.flow_table, state.data.gazetteer, lang)) {
        if (row.kind != FlowKind::money || out.largest.size() >= kLargestFlows) continue;
        out.largest.push_back(std::move(row));
    }

    // Questions, each only where the data answers it.
    if (!out.largest.empty()) {
        const FlowRow& top = out.largest.front();  // its names as the reader knows them
        GuidedQuestion q;
        q.text = lang == Language::de ? "Wie viel hat " + top.from + " in " + top.to + " gesteckt, und wann?"
                                      : "How much did " + top.from + " put into " + top.to + ", and when?";
        q.view = View::flows;
        q.filters = state.view.filters;
        q.flow = key_of(state.derived.flow_table[top.flow]);
        out.questions.push_back(std::move(q));
    }
    const bool any_compute = std::any_of(state.derived.flow_table.begin(), state.derived.flow_table.end(), [](const Flow& f) { return f.kind == FlowKind::compute; });
    if (any_compute) {
        GuidedQuestion q;
        q.text = words(lang, "Who buys computing power from whom?", "Wer kauft bei wem Rechenleistung?");
        q.view = View::network;
        for (const char* id : event_type_ids())
            if (type_family(id) == TypeFamily::compute) q.filters.types.insert(id);
        out.questions.push_back(std::move(q));
    }
    if (disputed > 0) {
        GuidedQuestion q;
        q.text = words(lang, "Where do the sources disagree?", "Wo widersprechen sich die Quellen?");
        q.view = View::conflicts;
        q.filters = state.view.filters;
        out.questions.push_back(std::move(q));
    }
    return out;
}

void ask(const GuidedQuestion& question, ViewActions& actions) {
    actions.show_view = question.view;
    actions.set_filters = question.filters;
    actions.clear_selection = true;
    if (question.flow) actions.select_flow = question.flow;
}

}  // namespace ds

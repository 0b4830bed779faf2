#include "explorer/app_state.h"

#include <algorithm>
#include <cstdint>

#include "core/annotate/annotate.h"
#include "core/articles/article_parser.h"
#include "core/events/event_loader.h"
#include "core/pack/data_pack.h"
#include "explorer/network_pack.h"
#include "core/text/text_file.h"

namespace ds {

namespace {
// Takes the data from a pack; the problem that refused it otherwise (a warning: the caller reads the
// folder instead).
std::optional<Problem> use_pack(AppState& state, const PackSource& pack) {
    Dataset& data = state.data;
    PackRead read = pack.read ? std::move(*pack.read) : read_pack_source(pack);
    if (auto* problem = std::get_if<Problem>(&read)) {
        problem->severity = Severity::warning;
        problem->wrap(MessageCode::pack_refused);
        return std::move(*problem);
    }
    PackedData& packed = std::get<PackedData>(read);
    data.corpus = std::move(packed.corpus);
    data.gazetteer = gazetteer_of(std::move(packed.entities));
    data.mentions = std::move(packed.mentions);
    data.annotated = std::move(packed.annotated);
    data.events = std::move(packed.events);
    use_network_section(state, packed.explorer_section);  // laid out already, unless it cannot be read
    return std::nullopt;
}
}  // namespace

PackRead read_pack_source(const PackSource& pack) {
    if (pack.unavailable) return *pack.unavailable;
    return read_pack_file(pack.file, pack.place.empty() ? pack.file : pack.place);
}

AppState load_app_state(const std::string& assets_dir, const std::function<double()>& now_ms, const PackSource& pack, bool defer_search_index) {
    AppState state;
    // Each step's time, when a clock is given.
    double last = now_ms ? now_ms() : 0;
    const auto step = [&](const char* name) {
        if (!now_ms) return;
        const double now = now_ms();
        state.report.startup.steps.push_back({name, now - last});
        last = now;
    };
    state.data.assets_dir = assets_dir;
    const bool with_pack = !pack.file.empty() || pack.unavailable || pack.read;
    std::optional<Problem> pack_refused;
    if (with_pack) {
        pack_refused = use_pack(state, pack);
        if (!pack_refused) {
            step("pack (read, check, index names)");
            if (pack.read) state.report.startup.steps.back().ms += pack.read_ms;  // the reading came before
            state.data.from_pack = pack.place.empty() ? pack.file : pack.place;
        }
    }
    if (!with_pack || pack_refused) {
        state.data = {};
        state.derived = {};
        state.data.assets_dir = assets_dir;
        read_data_folder(state.data, step);
        if (pack_refused) state.data.corpus.problems.insert(state.data.corpus.problems.begin(), std::move(*pack_refused));
    }
    state.user.first_article = state.data.corpus.articles.size();
    if (defer_search_index) {
        state.derived.search_index_pending = true;
    } else {
        state.derived.search_index = build_search_index(state.data.gazetteer, state.data.events, state.data.corpus.articles);
        step("search index");
    }
    refresh_derived(state);
    step("totals, network layout, timeline");
    return state;
}

void read_data_folder(Dataset& data, const std::function<void(const char*)>& step) {
    const std::string& assets_dir = data.assets_dir;
    data.corpus = load_corpus(std::filesystem::path(assets_dir) / "articles");
    step("articles (read, parse)");
    data.gazetteer = load_gazetteer(assets_dir, data.corpus.problems);
    step("entities");
    std::size_t bytes = 0;
    for (const Article& a : data.corpus.articles) bytes += a.text.size();
    data.mentions.resize(data.corpus.articles.size());
    data.annotated.assign(data.corpus.articles.size(), false);
    if (bytes <= kAnnotateUpFrontBytes) {
        for (std::size_t i = 0; i < data.corpus.articles.size(); ++i) ensure_annotated(data, i);
    }
    step("annotate");
    const auto events_file = std::filesystem::path(assets_dir) / "events.json";
    auto text = read_text_file(events_file, std::size_t{512} << 20);
    if (auto* problem = std::get_if<Problem>(&text)) {
        problem->severity = Severity::warning;
        problem->wrap(MessageCode::no_events_to_show);
        data.corpus.problems.push_back(std::move(*problem));
    } else {
        data.events = parse_events(std::get<std::string>(text), events_file.generic_string(), data.corpus.articles, data.gazetteer, data.corpus.problems);
    }
    step("events");
}

void ensure_annotated(Dataset& data, std::size_t i) {
    if (i >= data.corpus.articles.size()) return;
    data.mentions.resize(data.corpus.articles.size());
    data.annotated.resize(data.corpus.articles.size(), true);  // the user's articles are annotated when added
    if (data.annotated[i]) return;
    data.mentions[i] = annotate_article(data.corpus.articles[i], data.gazetteer);
    data.annotated[i] = true;
}
void ensure_annotated(AppState& state, std::size_t i) { ensure_annotated(state.data, i); }

std::optional<std::size_t> article_index(const AppState& state, const std::string& id) {
    for (std::size_t i = 0; i < state.data.corpus.articles.size(); ++i) {
        if (state.data.corpus.articles[i].id == id) return i;
    }
    return std::nullopt;
}

void select_event(AppState& state, std::size_t i) {
    state.selection.event = i;
    // The reader follows: the event's first quote, highlighted.
    const Event& e = state.data.events.events[i];
    if (e.sources.empty()) return;
    if (const auto a = article_index(state, e.sources.front().article)) {
        state.selection.article = a;
        ensure_annotated(state, *a);
        state.selection.cited = e.sources.front().range;
        state.selection.scroll_to_cited = true;
    }
}


bool select_by_id(AppState& state, const std::string& id) {
    if (const auto i = article_index(state, id)) {
        state.selection.article = i;
        ensure_annotated(state, *i);
        state.selection.cited.reset();
        state.view.current = View::articles;
        return true;
    }
    for (std::size_t i = 0; i < state.data.events.events.size(); ++i) {
        if (state.data.events.events[i].id == id) {
            select_event(state, i);
            return true;
        }
    }
    if (state.data.gazetteer.find(id)) {
        state.selection.entity = id;
        return true;
    }
    return false;
}

std::optional<Actions> open_source_action(const AppState& state, const std::string& event_id, std::size_t index) {
    for (const Event& e : state.data.events.events) {
        if (e.id != event_id || index >= e.sources.size()) continue;
        Actions a;
        a.open_citation = std::pair{e.sources[index].article, e.sources[index].range};
        return a;
    }
    return std::nullopt;
}

std::vector<Problem> all_problems(const AppState& state) {
    std::vector<Problem> out = state.data.corpus.problems;
    out.insert(out.end(), state.host.problems.begin(), state.host.problems.end());
    out.insert(out.end(), state.user.problems.begin(), state.user.problems.end());
    return out;
}

}  // namespace ds

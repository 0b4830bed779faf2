#include "explorer/user_table.h"

#include <algorithm>
#include <cctype>

#include <nlohmann/json.hpp>

#include "core/events/event_json.h"
#include "core/events/event_loader.h"
#include "core/tables/delimited_text.h"
#include "core/tables/table_format.h"
#include "core/tables/table_import.h"
#include "explorer/derived.h"

namespace ds {

ImportResult import_user_table(AppState& state, std::string_view text, const std::string& file_name, std::string* format_label) {
    ImportResult result;
    TableImportOptions options;
    options.articles = &state.data.corpus.articles;
    TableImport table = import_table(text, file_name, state.data.gazetteer, options);
    result.problems = std::move(table.problems);
    if (format_label && table.rows > 0) *format_label = table_format_row(table.format).label;
    for (Entity& e : table.new_entities) {
        const std::string json = entity_json_text(e);
        if (auto problem = append_user_entity(state, nlohmann::json::parse(json), file_name)) result.problems.push_back(std::move(*problem));
        else ++result.entities;
    }
    // The rows checked as one document, as events.json is, then added by id through one index: one
    // check and one scan per row made a table of thousands of rows quadratic.
    nlohmann::json rows = nlohmann::json::array();
    for (const Event& e : table.events) rows.push_back(event_to_json(e));
    std::vector<Problem> problems;
    EventStore checked = parse_events(nlohmann::json{{"events", std::move(rows)}}.dump(), file_name, state.data.corpus.articles, state.data.gazetteer, problems);
    for (Problem& p : problems)
        if (p.severity == Severity::error) result.problems.push_back(std::move(p));
    // The same row imported again adds nothing; a changed row of the same id is a new event.
    UserEventAppender appender(state);
    for (Event& e : checked.events) {
        if (appender.append(std::move(e))) ++result.events;
    }
    result.rows_skipped = static_cast<int>(table.rows_skipped);
    if (result.events > 0 || result.entities > 0) ++state.user.revision;
    reindex_user_data(state);
    return result;
}

bool looks_like_table(const std::string& file_name, std::string_view text) {
    const auto lower_ends = [&](std::string_view tail) {
        if (file_name.size() < tail.size()) return false;
        for (std::size_t i = 0; i < tail.size(); ++i)
            if (std::tolower(static_cast<unsigned char>(file_name[file_name.size() - tail.size() + i])) != tail[i]) return false;
        return true;
    };
    if (lower_ends(".csv") || lower_ends(".tsv")) return true;
    // A pasted range (tab-separated) or CSV text: its first line is a header naming a layout
    // dealscope knows (an article's first line never lists "date", "type", "from", "to", "status").
    std::size_t start = text.find_first_not_of("\r\n\xEF\xBB\xBF");
    if (start == std::string_view::npos) return false;
    const std::string_view rest = text.substr(start);
    const std::string_view first_line = rest.substr(0, std::min(rest.find_first_of("\r\n"), std::size_t{4096}));
    if (first_line.find_first_of("\t,;") == std::string_view::npos) return false;
    std::vector<Problem> ignored;
    const DelimitedTable header = read_delimited(first_line, file_name, ignored);
    return detect_table_format(header.header).has_value();
}

Notice add_user_table(AppState& state, const std::string& file_name, std::string_view text) {
    std::string format;
    const ImportResult r = import_user_table(state, text, file_name, &format);
    Notice n = Notice::of(NoticeCode::table_imported, file_name);
    n.format = format;
    n.events = r.events;
    n.entities = r.entities;
    n.skipped = r.rows_skipped;
    if (!r.problems.empty()) n.problem = r.problems.front();
    n.more_problems = r.problems.empty() ? 0 : static_cast<int>(r.problems.size()) - 1;
    if (r.events > 0) {
        // The timeline opens on the table's events: all years in view, the first of them selected.
        state.view.current = View::timeline;
        state.view.time = fit_all_events(state);
        const auto& events = state.data.events.events;
        for (std::size_t i = events.size(); i-- > 0;) {
            if (!events[i].by_user || !events[i].table || events[i].table->file != file_name) break;
            state.selection.event = i;
        }
    }
    return n;
}

}  // namespace ds

#pragma once
// The outcome of the user's last add, import, accept or delete, as a code with its arguments. The
// explorer says what happened; notice_text() words it in the UI's language (the state() JSON and
// the page's API use English).
#include <optional>
#include <string>
#include <utility>

#include "core/text/language.h"
#include "core/text/problem.h"

namespace ds {

enum class NoticeCode {
    none,
    event_added,     // a candidate became one of the user's events
    event_refused,   // … or could not: `problem` says why
    file_refused,    // a file was not added: `problem` says why
    file_reading,    // a large file is being read: `file`, `megabytes`
    data_imported,   // a user-data file: `file`, `articles`, `events`, `skipped`, first `problem`, `more_problems`
    data_deleted,    // the user's articles and events were deleted
    table_imported,  // a spreadsheet: `file`, `format`, `events`, `entities` new, `skipped` rows, first `problem`, `more_problems`
    entity_changed,  // one of the user's names renamed or given a kind: `file` is its name now
    entity_merged,   // … found to be a known entity: `file` its old name, `format` the entity's name, `events` moved
    entity_created,  // a name made an entity (or found to be one): `file` the entity's name
    entity_refused,  // … or not changed: `file` its name, `problem` says why
    articles_added,  // several files at once (a folder): `articles` added, `skipped` files that are no article
};

// What a pasted table is called, having no file name (the notice says it in the reader's language).
inline constexpr const char* kPastedTableName = "pasted table";

struct Notice {
    NoticeCode code = NoticeCode::none;
    std::string file;
    int articles = 0, events = 0, skipped = 0, entities = 0;
    std::string format;  // a table's layout, as its row labels it ("Kumu connections"); the entity a name was merged into
    long megabytes = 0;
    std::optional<Problem> problem;
    int more_problems = 0;  // problems besides `problem`

    // A notice of `code` about `file`, with the problem that explains it (refusals, imports).
    static Notice of(NoticeCode code, std::string file = "", std::optional<Problem> problem = std::nullopt) {
        Notice n;
        n.code = code;
        n.file = std::move(file);
        n.problem = std::move(problem);
        return n;
    }
    bool empty() const { return code == NoticeCode::none; }
    // Nothing was added: the UI shows it as an error.
    bool is_error() const;
};

// The notice in words: "notes.json: 1 article and 2 events imported" / "notes.json: 1 Artikel und 2
// Ereignisse importiert"; its problem too ("error: …" / "Fehler: …").
std::string notice_text(const Notice& notice, Language language);

}  // namespace ds

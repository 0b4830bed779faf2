#pragma once
// The user's own articles and the events they accepted from candidates: kept apart from the curated
// data and saved as one JSON document — in the browser's storage, in a file natively, and as the
// export/import file:
//   {"format": "dealscope-user-data", "version": 1,
//    "articles": [{"name": "notes.txt", "text": "…"}],
//    "entities": [{"id": "acme-robotics", "name": "Acme Robotics", "kind": "company"}],  (names a table brought)
//    "events":   [ … entries in the shape of events.json … ]}
#include <optional>
#include <string>
#include <unordered_map>
#include <string_view>
#include <variant>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "core/articles/article_parser.h"
#include "explorer/app_state.h"

namespace ds {

inline constexpr const char* kUserDataFormat = "dealscope-user-data";

// The user's own article (a dropped, chosen or pasted file): parsed and annotated like the seeds,
// its candidate events found, added to the corpus and opened in the reader. A problem names the file
// and says why it was refused (over 5 MB, binary, invalid UTF-8 at a byte, no text).
inline constexpr std::size_t kMaxUserArticleBytes = kMaxArticleBytes;
std::optional<Problem> add_user_article(AppState& state, const std::string& file_name, std::string bytes);

// The same without freezing the page on a large file: checks and parses now (fast), then queues the
// article; continue_reading() annotates up to `budget_bytes` of its sentences per call (one call
// per frame) and adds and opens it when done. Files up to kReadAtOnceBytes are finished at once.
inline constexpr std::size_t kReadAtOnceBytes = std::size_t{256} << 10;
std::optional<Problem> begin_user_article(AppState& state, const std::string& file_name, std::string bytes);
// True while articles are still being read or one just read is still to be opened (the call after
// the one that appends it opens it). `progress` (0–1) is of the first one.
bool continue_reading(AppState& state, std::size_t budget_bytes, float* progress = nullptr);
// True when the next continue_reading() appends an article (to the corpus and the search index) or
// opens one in the reader: each is a frame's work, so it starts a frame of its own.
bool reading_finishes_next(const AppState& state);
// How far a file being read is (0–1), for its progress bar.
float reading_progress(const UserSession::Reading& r);

// Reads the user's articles again with the gazetteer as it is now (after the user made an entity):
// their mentions and candidates are found anew. The review's choices follow their candidates (same
// type, same sentence); a choice whose candidate is gone is dropped. With `names`, only articles
// that contain one of them (ASCII case folded) are read again: the others would read the same.
void reread_user_articles(AppState& state, const std::vector<std::string>& names = {});

// Everything the user added, as the JSON document above.
std::string user_data_json(const AppState& state);

struct ImportResult {
    int articles = 0, events = 0;   // added
    int entities = 0;               // new names added to the gazetteer
    int rows_skipped = 0;           // a table's rows left out for a problem
    int skipped_articles = 0;       // already there (same text)
    std::vector<Problem> problems;  // "place#/json/pointer: reason"; what is valid is kept
};

// Adds what a user-data document holds: articles are parsed and annotated like added files (ones whose
// text is already among the user's are skipped), events are validated against the articles and the
// gazetteer like events.json (quotes must be found verbatim); an event the user has already (same id,
// same content) is skipped, another whose id is taken gets a new id.
ImportResult import_user_data(AppState& state, std::string_view json_text, const std::string& place);

// The user's entities, added and removed one at a time (the store's "entity:" records). Adding an
// id that is there already does nothing; removing one an event still names keeps it.
std::optional<Problem> append_user_entity(AppState& state, const nlohmann::json& entity, const std::string& place);
bool erase_user_entity(AppState& state, const std::string& id);

// Whether the user already has this event: one of theirs of the same type quoting the same sentence
// (an accepted candidate, however edited since). Shown on the candidate; not a rule for importing.
bool user_has_event(const AppState& state, const Event& event);
// Whether the user has this very event: the same id and the same content (imported or restored twice).
bool has_same_user_event(const AppState& state, const Event& event);

// Accepts candidate `index` of the user's article `article_id`, with `edits` merged into its
// events.json shape ({"status": "reported", "date": {"value": "2025-09"}}); says what is wrong instead.
std::optional<Problem> accept_candidate(AppState& state, const std::string& article_id, std::size_t index, const nlohmann::json& edits);

// Adds an accepted, perhaps edited, candidate to the user's events; says what is wrong instead when
// the event would not load from a file (unknown type, entity or role, invalid date, quote not found).
std::optional<Problem> add_user_event(AppState& state, Event event);
// The same for an event in its events.json shape (window.dealscope.acceptCandidate merges edits into it).
std::optional<Problem> add_user_event_json(AppState& state, nlohmann::json event);

// "mine-1", "mine-2" …: the first id no event has (for the user's events; never a curated one's).
std::string new_user_event_id(const AppState& state);

// Adds many events to the user's through one index of ids, for an import: the very same event (same
// id, same content) again adds nothing, another whose id is taken gets a new "mine-N" id. A scan of
// all events per added one made an import of thousands quadratic.
class UserEventAppender {
public:
    explicit UserEventAppender(AppState& state);
    // False when the user has this very event already.
    bool append(Event event);

private:
    std::vector<Event>& events_;
    std::unordered_map<std::string, std::size_t> by_id_;
    int next_mine_ = 1;  // "mine-N" below this are taken
};

// Removes one of the user's events; false if no user event has this id.
bool remove_user_event(AppState& state, const std::string& id);

// Single items, as the store adds and removes them (user_store.h); reindex_user_data() after them
// brings search and the derived data up to date. An article keeps `id` unless another has it (then
// "id-2"; the id it got is returned); an event keeps its id unless taken, and is skipped when the
// user has the very same event.
std::variant<std::string, Problem> append_user_article(AppState& state, const std::string& file_name, std::string text, const std::string& id);
std::optional<Problem> append_user_event(AppState& state, nlohmann::json event, const std::string& place);
bool erase_user_article(AppState& state, const std::string& id);
bool erase_user_event(AppState& state, const std::string& id);
void reindex_user_data(AppState& state);

// Removes the user's articles and events from the app (the platform then saves the empty state).
void delete_user_data(AppState& state);

// A file the user gave the app: a user-data document (".json") is imported, anything else is added as
// an article. The notice says what happened or why it was refused (empty when an article was added
// at once: it opens in the reader).
Notice add_user_file(AppState& state, const std::string& file_name, std::string bytes);

}  // namespace ds

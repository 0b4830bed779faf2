#pragma once
// The user's data as both hosts store it: one record per article and per accepted event, keyed by
// kind and id ("article:notes", "event:mine-3"), beside a manifest holding the store's layout and a
// generation that every write increments. A save writes only the records that changed since this
// copy of the app last read or wrote the store, in one transaction. When another copy (a second
// tab, a second desktop process) wrote in between — its generation differs — the two are merged
// three-way first, with what this copy last saw as the base: what the other added is added here,
// what it deleted and this copy left as it was is deleted here, and what both added under one key
// is kept twice (the newcomer renamed). Nothing either copy added is lost, nothing deleted comes back.
//
// A record that cannot be read (not JSON, a newer version, an event whose entity or article is gone)
// is kept aside unchanged: it stays in the store, is named in the problems and can be exported.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "explorer/app_state.h"

namespace ds {

// 1 was a single record holding the whole user-data document (user_data.h); it is still read.
inline constexpr int kUserStoreLayout = 2;

// What a host read from its store.
struct StoredUserData {
    int layout = kUserStoreLayout;
    std::uint64_t generation = 0;  // 0: nothing stored yet
    UserRecords records;
};

// One save: the records to put and to remove, made against the store as it was at `base_generation`;
// the host writes them and the manifest with base_generation + 1 in one transaction.
struct UserStoreWrite {
    std::uint64_t base_generation = 0;
    UserRecords put;
    std::vector<std::string> remove;
    bool empty() const { return put.empty() && remove.empty(); }
};

// The records of the user's data in `state`, the records kept aside included as they were read.
UserRecords user_records(const AppState& state);
// An article's record, made a slice at a time (a large file being read): appends to `out` up to
// `budget_bytes` more of the text; true when the record is whole.
bool append_article_record(std::string& out, const Article& a, std::size_t& text_done, std::size_t budget_bytes);
// What turns `stored` into `now`.
UserStoreWrite store_changes(const UserRecords& stored, const UserRecords& now);

// A host's store: the browser's records (framed as below), the desktop's file — JSON, {"layout": 2,
// "generation": 7, "records": {"article:notes": {…}}}, a record as JSON or as its text in a string —
// or a layout-1 user-data document, split into records. A problem when it is none of these (the
// host keeps it aside).
std::variant<StoredUserData, Problem> read_user_store(std::string_view text, const std::string& place);
// The browser hands its store over as bytes, not JSON (decoding a 5 MB record into a JavaScript
// string took 100 ms in the page): "dealscope-records <layout> <generation>\n", then per record
// "<key bytes> <text bytes>\n<key><text>\n". read_user_store() takes this too.
inline constexpr std::string_view kRecordsMagic = "dealscope-records ";
// The desktop's file: the store with each record as JSON, two-space indented.
std::string user_store_file_text(const StoredUserData& stored);
// The records kept aside, for the user to export: {"format": "dealscope-unreadable-records", "records": [{key, reason, text}]}.
std::string kept_aside_json(const AppState& state);

// Restores the user's data at start: every record imported by its key, the unreadable kept aside.
// A store of a newer layout is left alone: nothing is read from it or written to it.
void restore_user_store(AppState& state, const StoredUserData& stored, const std::string& place);
// Merges what another copy stored (three-way, see above); afterwards state.user.stored is `stored`.
void merge_user_store(AppState& state, const StoredUserData& stored, const std::string& place);

// "saved record `key` could not be read (why); it is kept as it is", at `place`.
Problem kept_aside_problem(const std::string& place, const std::string& key, const Problem& why);
// The problems to show for the records kept aside (and a newer layout), one per record.
std::vector<Problem> kept_aside_problems(const AppState& state, const std::string& place);

}  // namespace ds

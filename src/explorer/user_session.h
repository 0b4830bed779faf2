#pragma once
// The user's side of a session: where their articles start, the candidate events found in them, what
// is saved, the last notice, and large files still being read. src/explorer/user_data.h changes the
// data; the session records saves (session.h) and data commands set the notice (actions.cpp).
#include <cstddef>
#include <cstdint>
#include <deque>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/annotate/mention.h"
#include "core/annotate/recurring_names.h"
#include "core/articles/article.h"
#include "core/articles/article_parser.h"
#include "core/events/event_extractor.h"
#include "core/search/search.h"
#include "core/text/problem.h"
#include "explorer/candidate_review.h"
#include "explorer/notice.h"

namespace ds {

// A stored record's JSON text, shared rather than copied: an article's runs to megabytes, and a save
// holds it in several places at once (made once, stored, being written).
class RecordText {
public:
    RecordText() : text_(std::make_shared<const std::string>()) {}
    RecordText(std::string text) : text_(std::make_shared<const std::string>(std::move(text))) {}  // NOLINT: a text is a record text
    RecordText(const char* text) : RecordText(std::string(text)) {}                                 // NOLINT
    const std::string& str() const { return *text_; }
    operator const std::string&() const { return *text_; }  // NOLINT
    friend bool operator==(const RecordText& a, const RecordText& b) { return a.text_ == b.text_ || *a.text_ == *b.text_; }
    friend bool operator==(const RecordText& a, const std::string& b) { return *a.text_ == b; }

private:
    std::shared_ptr<const std::string> text_;
};

// The user's data as stored: record key ("article:notes", "event:mine-3") → its JSON text (user_store.h).
using UserRecords = std::map<std::string, RecordText>;

struct UserSession {
    std::size_t first_article = 0;   // corpus.articles from here on are the user's
    std::vector<std::vector<CandidateEvent>> candidates;  // per user article, found when it was added
    std::uint64_t revision = 0;      // bumps on every change; the host saves when it differs from saved_revision
    std::uint64_t saved_revision = 0;
    bool save_failed = false;        // the last save did not reach the storage
    UserRecords stored;              // the store as this copy of the app last read or wrote it: the base of merges
    std::uint64_t stored_generation = 0;
    struct KeptAside {
        std::string text;  // the record as it was read, written back unchanged
        Problem why;
        bool in_store = true;  // false: all that was stored, unreadable, left where it is and never written
    };
    std::map<std::string, KeptAside> kept_aside;  // records that could not be read, by key
    int newer_layout = 0;            // the store is a newer dealscope's: nothing is read from or written to it
    // Article records by article id, made once: an article never changes, and escaping a 5 MB text
    // again at every save took tens of milliseconds in the page. Dropped with the article.
    mutable std::map<std::string, RecordText> article_records;
    std::vector<Problem> problems;   // restoring, importing or saving went wrong
    ReviewChoices review;            // deals rejected or kept apart in the review of the candidates
    Notice notice;                   // the outcome of the user's last add, import, accept or delete
    // The entity the user made last (or found was there): an editor that asked for it picks it up.
    std::string created_entity;
    // A large file being read a slice per frame, first in first out.
    struct Reading {
        std::optional<ArticleParse> parse;  // a large file is parsed a slice at a time first
        Article article;
        std::vector<Mention> mentions;
        NameRuns name_runs;            // for the names it repeats, found once all is annotated
        FoldedText folded;             // for search, folded along with the annotation
        std::size_t folded_to = 0;     // bytes of the text folded so far
        WordSet words;                 // the folded text's words, for the search index
        std::size_t words_to = 0;      // bytes of the folded text whose words are gathered
        std::size_t next_sentence = 0;  // annotated up to here
        bool annotated = false;         // every sentence is
        CandidateExtraction extraction;  // then candidates are looked for, a slice at a time
        bool extracted = false;
        std::string record;              // then its stored record is made (user_store.h)
        std::size_t record_to = 0;       // bytes of the text in it so far
        bool recorded = false;           // all done: it joins the corpus at the start of a frame
        bool open_when_done = true;
    };
    std::deque<Reading> reading;
    // An article read in slices and just appended, opened in the reader by the next call: its first
    // layout is a frame's work of its own.
    std::optional<std::size_t> open_next;
};

}  // namespace ds

#include "explorer/user_data.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <set>

#include <nlohmann/json.hpp>

#include "core/annotate/annotate.h"
#include "core/articles/article_parser.h"
#include "core/events/event_check.h"
#include "core/events/event_extractor.h"
#include "core/events/event_json.h"
#include "core/events/event_loader.h"
#include "core/json/json_load.h"
#include "core/json/json_string.h"
#include "core/search/search.h"
#include "explorer/candidate_review.h"
#include "explorer/user_store.h"
#include "explorer/user_table.h"

namespace ds {

namespace {

bool ends_with(const std::string& s, std::string_view tail) {
    return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

// The parsed article checked for text and given its id — the saved one, or the file's made unique
// ("notes-2") among the articles and those still being read, `self` aside; or why it was refused.
std::optional<Problem> settle_parsed(AppState& state, std::variant<Article, Problem> parsed, const std::string& file_name, const std::string& id,
                                     const UserSession::Reading* self, Article& out) {
    if (auto* problem = std::get_if<Problem>(&parsed)) return *problem;
    out = std::get<Article>(std::move(parsed));
    if (out.sentences.empty()) return Problem{Severity::error, file_name, MessageCode::no_text_found};
    if (!id.empty()) out.id = id;
    const auto taken = [&](const std::string& candidate) {
        return article_index(state, candidate) || std::any_of(state.user.reading.begin(), state.user.reading.end(), [&](const UserSession::Reading& r) {
                   return &r != self && r.article.id == candidate;
               });
    };
    const std::string base = out.id;
    for (int n = 2; taken(out.id); ++n) out.id = base + "-" + std::to_string(n);
    return std::nullopt;
}

// Checks and queues a file; a problem says why it was refused. A file read in slices is parsed in
// slices too (then a refusal comes later, as the notice). `id`, when given, is the id it had when
// it was saved (else the file name gives it).
std::optional<Problem> queue_user_article(AppState& state, const std::string& file_name, std::string bytes, bool open_when_done,
                                          const std::string& id = {}, bool sliced = false) {
    if (bytes.size() > kMaxUserArticleBytes) {
        return Problem{Severity::error, file_name, MessageCode::user_file_too_large, {std::to_string(bytes.size() >> 20)}};
    }
    if (sliced) {
        UserSession::Reading& r = state.user.reading.emplace_back();
        r.article.file = file_name;
        r.article.id = article_id_of_file(file_name);  // until it is parsed
        r.parse.emplace(file_name, std::move(bytes));
        r.open_when_done = open_when_done;
        return std::nullopt;
    }
    Article article;
    if (auto problem = settle_parsed(state, parse_article(file_name, std::move(bytes)), file_name, id, nullptr, article)) return problem;
    UserSession::Reading& r = state.user.reading.emplace_back();
    r.article = std::move(article);
    r.open_when_done = open_when_done;
    return std::nullopt;
}

// The stages of reading an article, each out of line. The page compiles a function when it is first
// called: read_some with every stage inlined was 71 KB of WebAssembly and took 66–69 ms to compile,
// all in the first slice of the first file read this way.
[[gnu::noinline]] void parse_some(AppState& state, std::size_t budget_bytes);
[[gnu::noinline]] void annotate_some(UserSession::Reading& r, const Gazetteer& gazetteer, std::size_t budget_bytes);
[[gnu::noinline]] bool extract_and_record_some(UserSession::Reading& r, const Gazetteer& gazetteer, std::size_t budget_bytes);
[[gnu::noinline]] std::optional<std::size_t> finish_reading(AppState& state);

// Parses, then annotates the first queued article for up to `budget_bytes`; when it is annotated, finds
// its candidates as far; when that is done, appends it. Returns the index of an article appended.
std::optional<std::size_t> read_some(AppState& state, std::size_t budget_bytes) {
    auto& r = state.user.reading.front();
    if (r.parse) {
        parse_some(state, budget_bytes);
        return std::nullopt;
    }
    if (!r.annotated) {
        annotate_some(r, state.data.gazetteer, budget_bytes);
        return std::nullopt;
    }
    if (!r.recorded) {
        r.recorded = extract_and_record_some(r, state.data.gazetteer, budget_bytes);
        return std::nullopt;
    }
    return finish_reading(state);
}

void parse_some(AppState& state, std::size_t budget_bytes) {
    auto& r = state.user.reading.front();
    if (!r.parse->step(budget_bytes)) return;
    const std::string file = r.article.file;
    if (auto problem = settle_parsed(state, r.parse->take(), file, {}, &r, r.article)) {
        state.user.notice = Notice::of(NoticeCode::file_refused, file, problem);
        state.user.reading.pop_front();
        return;
    }
    r.parse.reset();
}

void annotate_some(UserSession::Reading& r, const Gazetteer& gazetteer, std::size_t budget_bytes) {
    const auto& sentences = r.article.sentences;
    // Room for the whole article's mentions (about one per 55 bytes) and folded text at once: growing
    // a vector of 100 000 mentions moved them all in one slice, 60 ms natively.
    if (r.next_sentence == 0) {
        r.mentions.reserve(r.article.text.size() / 48);
        r.folded.folded.reserve(r.article.text.size());  // folding never lengthens: "ä" → "ae", "ẞ" → "ss"
    }
    std::size_t last = r.next_sentence, bytes = 0;
    for (; last < sentences.size() && bytes < budget_bytes; ++last) bytes += sentences[last].range.end - sentences[last].range.begin;
    annotate_sentences(r.article, gazetteer, {}, r.next_sentence, last, r.mentions, &r.name_runs);
    r.next_sentence = last;
    const std::size_t fold_end = last < sentences.size() ? sentences[last].range.begin : r.article.text.size();
    fold_more(r.folded, r.article.text, r.folded_to, std::max(r.folded_to, fold_end));
    r.folded_to = std::max(r.folded_to, fold_end);
    r.annotated = last >= sentences.size();
    if (r.annotated) add_recurring_names(r.article, r.name_runs, r.mentions);  // as annotate_article does, once all is read
    r.words_to = r.words.gather(r.folded.folded, r.words_to, r.annotated);
}

// Candidates are looked for a slice at a time too (one go took 200 ms in the page for a 4.7 MB
// article), then the article's record for the store is made (at the save, escaping 5 MB took tens of
// milliseconds). True when both are done.
bool extract_and_record_some(UserSession::Reading& r, const Gazetteer& gazetteer, std::size_t budget_bytes) {
    if (!r.extracted) {
        if (!extract_some(r.article, r.mentions, gazetteer, r.extraction, budget_bytes)) return false;
        r.extracted = true;
    }
    return append_article_record(r.record, r.article, r.record_to, budget_bytes * 8);
}

// The article is annotated and its candidates found: it joins the corpus and the search index.
std::optional<std::size_t> finish_reading(AppState& state) {
    auto& r = state.user.reading.front();
    r.folded.original_size = r.article.text.size();
    // The search index takes the folded text as it is, if it is in step with the articles.
    if (state.derived.search_index.articles.size() == state.data.corpus.articles.size()) append_folded_article(state.derived.search_index, std::move(r.folded), r.words);
    state.user.candidates.resize(state.data.corpus.articles.size() - state.user.first_article);
    r.article.problems.insert(r.article.problems.end(), r.extraction.notes.begin(), r.extraction.notes.end());
    state.user.candidates.push_back(std::move(r.extraction.candidates));
    state.user.article_records[r.article.id] = std::move(r.record);
    state.data.mentions.push_back(std::move(r.mentions));
    state.data.annotated.resize(state.data.mentions.size() - 1, true);
    state.data.annotated.push_back(true);
    state.data.corpus.articles.push_back(std::move(r.article));
    const bool open = r.open_when_done;
    state.user.reading.pop_front();
    ++state.user.revision;
    if (!open) return std::nullopt;
    return state.data.corpus.articles.size() - 1;
}

// Reads a file completely and appends it without opening it (importing).
std::optional<Problem> append_user_article(AppState& state, const std::string& file_name, std::string bytes) {
    if (auto problem = queue_user_article(state, file_name, std::move(bytes), false)) return problem;
    // Whatever was queued before is finished first, in order.
    while (!state.user.reading.empty()) read_some(state, SIZE_MAX);
    return std::nullopt;
}

void reindex(AppState& state) { reindex_user_data(state); }

bool event_id_taken(const AppState& state, const std::string& id) {
    return std::any_of(state.data.events.events.begin(), state.data.events.events.end(), [&](const Event& e) { return e.id == id; });
}


void open_user_article(AppState& state, std::size_t index) {
    state.selection.article = index;
    state.selection.cited.reset();
    state.view.current = View::articles;
}

}  // namespace

// "mine-1", "mine-2" …: ids that never collide with curated ones.
std::string new_user_event_id(const AppState& state) {
    for (int n = 1;; ++n) {
        std::string id = "mine-" + std::to_string(n);
        if (!event_id_taken(state, id)) return id;
    }
}

std::optional<Problem> add_user_article(AppState& state, const std::string& file_name, std::string bytes) {
    if (auto problem = queue_user_article(state, file_name, std::move(bytes), true)) return problem;
    std::optional<std::size_t> opened;
    while (!state.user.reading.empty()) {
        if (auto i = read_some(state, SIZE_MAX)) opened = i;
    }
    if (opened) open_user_article(state, *opened);
    reindex(state);
    return std::nullopt;
}

std::optional<Problem> begin_user_article(AppState& state, const std::string& file_name, std::string bytes) {
    if (bytes.size() <= kReadAtOnceBytes && state.user.reading.empty()) return add_user_article(state, file_name, std::move(bytes));
    auto problem = queue_user_article(state, file_name, std::move(bytes), true, {}, true);
    if (!problem) state.view.current = View::articles;  // where its progress shows
    return problem;
}

bool continue_reading(AppState& state, std::size_t budget_bytes, float* progress) {
    if (const auto open = std::exchange(state.user.open_next, std::nullopt)) {
        open_user_article(state, *open);
        return !state.user.reading.empty();
    }
    if (state.user.reading.empty()) return false;
    const bool finishing = state.user.reading.front().recorded;
    state.user.open_next = read_some(state, budget_bytes);
    if (finishing || state.user.reading.empty()) reindex(state);
    if (progress && !state.user.reading.empty()) *progress = reading_progress(state.user.reading.front());
    return state.user.open_next || !state.user.reading.empty();
}

bool reading_finishes_next(const AppState& state) {
    return state.user.open_next || (!state.user.reading.empty() && state.user.reading.front().recorded);
}

float reading_progress(const UserSession::Reading& r) {
    // Parsing is the first fifth of the work, annotating most of the rest, then candidates, then the record.
    if (r.parse) return 0.2f * r.parse->progress();
    const auto sentences = static_cast<float>(std::max<std::size_t>(r.article.sentences.size(), 1));
    const auto bytes = static_cast<float>(std::max<std::size_t>(r.article.text.size(), 1));
    return 0.2f + 0.65f * static_cast<float>(r.next_sentence) / sentences + 0.1f * static_cast<float>(r.extraction.next_sentence) / sentences +
           0.05f * static_cast<float>(r.record_to) / bytes;
}

namespace {
// Where a candidate stands in its article, for finding it again after a new reading: its type and
// the byte its sentence starts at.
std::pair<std::string, std::size_t> candidate_place(const CandidateEvent& c) {
    return {c.event.type, c.event.sources.empty() ? 0 : c.event.sources[0].range.begin};
}

// Moves the review's choices of one article's candidates from `before` to `after`, by place.
void follow_review(ReviewChoices& review, const std::string& article_id, const std::vector<CandidateEvent>& before, const std::vector<CandidateEvent>& after) {
    std::map<std::pair<std::string, std::size_t>, std::size_t> now;
    for (std::size_t i = 0; i < after.size(); ++i) now.emplace(candidate_place(after[i]), i);
    std::map<std::string, std::string> keys;  // old key → new key ("" when its candidate is gone)
    for (std::size_t i = 0; i < before.size(); ++i) {
        const auto it = now.find(candidate_place(before[i]));
        keys[candidate_key(article_id, i)] = it == now.end() ? std::string() : candidate_key(article_id, it->second);
    }
    const auto moved = [&](const std::string& key) { const auto it = keys.find(key); return it == keys.end() ? key : it->second; };
    std::set<std::string> rejected;
    for (const std::string& key : review.rejected)
        if (const std::string k = moved(key); !k.empty()) rejected.insert(k);
    std::map<std::string, std::string> apart;
    for (const auto& [key, from] : review.apart)
        if (const std::string k = moved(key); !k.empty()) apart[k] = moved(from).empty() ? k : moved(from);
    review.rejected = std::move(rejected);
    review.apart = std::move(apart);
}
}  // namespace

namespace {
bool contains_folded(std::string_view text, std::string_view name) {
    const auto same = [](char x, char y) { return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y)); };
    return !name.empty() && std::search(text.begin(), text.end(), name.begin(), name.end(), same) != text.end();
}
}  // namespace

void reread_user_articles(AppState& state, const std::vector<std::string>& names) {
    auto& articles = state.data.corpus.articles;
    for (std::size_t i = state.user.first_article; i < articles.size() && i < state.data.mentions.size(); ++i) {
        Article& a = articles[i];
        if (!names.empty() && std::none_of(names.begin(), names.end(), [&](const std::string& n) { return contains_folded(a.text, n); })) continue;
        std::vector<Mention> mentions = annotate_article(a, state.data.gazetteer);
        std::vector<Problem> notes;
        std::vector<CandidateEvent> candidates = extract_candidates(a, mentions, state.data.gazetteer, &notes);
        // The notes of the last reading (a sentence with too many amounts) give way to this one's.
        std::erase_if(a.problems, [](const Problem& p) { return p.code == MessageCode::candidates_capped; });
        a.problems.insert(a.problems.end(), notes.begin(), notes.end());
        const std::size_t k = i - state.user.first_article;
        if (k < state.user.candidates.size()) {
            follow_review(state.user.review, a.id, state.user.candidates[k], candidates);
            state.user.candidates[k] = std::move(candidates);
        }
        state.data.mentions[i] = std::move(mentions);
        if (i < state.data.annotated.size()) state.data.annotated[i] = true;
    }
    state.selection.hovered_mention.reset();  // an index into the mentions that were
}

std::string user_data_json(const AppState& state) {
    std::string out = std::string("{\"format\": \"") + kUserDataFormat + "\", \"version\": 1,\n\"articles\": [";
    for (std::size_t i = state.user.first_article; i < state.data.corpus.articles.size(); ++i) {
        const Article& a = state.data.corpus.articles[i];
        out += i == state.user.first_article ? "\n {\"name\": " : ",\n {\"name\": ";
        append_json_string(out, a.file);
        out += ", \"text\": ";
        append_json_string(out, a.text);
        out += '}';
    }
    out += "],\n\"entities\": [";
    bool first_entity = true;
    for (const Entity& e : state.data.gazetteer.entities) {
        if (!e.by_user) continue;
        out += first_entity ? "\n " : ",\n ";
        out += entity_json_text(e);
        first_entity = false;
    }
    nlohmann::json events = nlohmann::json::array();
    for (const Event& e : state.data.events.events) {
        if (e.by_user) events.push_back(event_to_json(e));
    }
    out += "],\n\"events\": ";
    out += events.dump(1);
    out += "}\n";
    return out;
}

ImportResult import_user_data(AppState& state, std::string_view json_text, const std::string& place) {
    ImportResult result;
    auto fail = [&](const std::string& where, MessageCode code, std::vector<std::string> args = {}) {
        result.problems.push_back({Severity::error, place + where, code, std::move(args)});
    };
    auto parsed = parse_json(json_text, place);  // also refuses NUL bytes and names syntax errors
    if (auto* problem = std::get_if<Problem>(&parsed)) {
        result.problems.push_back(std::move(*problem));
        return result;
    }
    const nlohmann::json doc = std::get<nlohmann::json>(std::move(parsed));
    if (!json_field_is(doc, "format", kUserDataFormat)) {
        fail("", MessageCode::not_user_data, {kUserDataFormat});
        return result;
    }
    if (!doc.contains("version") || doc["version"] != 1) {
        fail("#/version", MessageCode::unsupported_version);
        return result;
    }

    // Entities first: the articles are read knowing the names the user made.
    if (const auto it = doc.find("entities"); it != doc.end()) {
        if (!it->is_array()) fail("#/entities", MessageCode::expected_array);
        else {
            for (std::size_t i = 0; i < it->size(); ++i) {
                const bool had = state.data.gazetteer.by_id.count((*it)[i].value("id", std::string{})) > 0;
                if (auto problem = append_user_entity(state, (*it)[i], place + "#/entities/" + std::to_string(i))) result.problems.push_back(std::move(*problem));
                else if (!had) ++result.entities;
            }
        }
    }

    if (const auto it = doc.find("articles"); it != doc.end()) {
        if (!it->is_array()) fail("#/articles", MessageCode::expected_array);
        else {
            for (std::size_t i = 0; i < it->size(); ++i) {
                const auto& a = (*it)[i];
                const std::string at = "#/articles/" + std::to_string(i);
                if (!a.is_object() || !a.contains("name") || !a["name"].is_string() || !a.contains("text") || !a["text"].is_string()) {
                    fail(at, MessageCode::expected_user_article);
                    continue;
                }
                const std::string& text = a["text"].get_ref<const std::string&>();
                const bool known = std::any_of(state.data.corpus.articles.begin() + static_cast<std::ptrdiff_t>(state.user.first_article),
                                               state.data.corpus.articles.end(), [&](const Article& have) { return have.text == text; });
                if (known) {
                    ++result.skipped_articles;
                    continue;
                }
                if (auto problem = append_user_article(state, a["name"].get<std::string>(), text)) {
                    problem->place = place + at + " (" + problem->place + ")";
                    result.problems.push_back(std::move(*problem));
                } else {
                    ++result.articles;
                }
            }
        }
    }

    if (doc.contains("events")) {
        // The same checks as events.json, against every article (the user's included).
        std::vector<Problem> problems;
        EventStore store = parse_events(json_text, place, state.data.corpus.articles, state.data.gazetteer, problems);
        for (Problem& p : problems) result.problems.push_back(std::move(p));
        // Kept by id: only the very same event (same id, same content) is already there. Two events
        // quoting one sentence ("… zehn Milliarden in OpenAI und fünf Milliarden in Anthropic") are
        // two events; a rule by content kept only the first, and the next save dropped the second.
        UserEventAppender appender(state);
        for (Event& e : store.events) {
            e.claim.clear();  // claims belong to the curated data
            if (appender.append(std::move(e))) ++result.events;
        }
    }
    if (result.articles > 0 || result.events > 0 || result.entities > 0) ++state.user.revision;
    reindex(state);
    return result;
}

UserEventAppender::UserEventAppender(AppState& state) : events_(state.data.events.events) {
    by_id_.reserve(events_.size());
    for (std::size_t i = 0; i < events_.size(); ++i) by_id_.emplace(events_[i].id, i);
}

bool UserEventAppender::append(Event event) {
    event.by_user = true;
    if (const auto it = by_id_.find(event.id); it != by_id_.end()) {
        const Event& have = events_[it->second];
        if (have.by_user && event_to_json(have) == event_to_json(event)) return false;
        for (;; ++next_mine_) {
            event.id = "mine-" + std::to_string(next_mine_);
            if (!by_id_.count(event.id)) break;
        }
    }
    by_id_.emplace(event.id, events_.size());
    events_.push_back(std::move(event));
    return true;
}

bool has_same_user_event(const AppState& state, const Event& event) {
    const auto same = std::find_if(state.data.events.events.begin(), state.data.events.events.end(),
                                   [&](const Event& have) { return have.by_user && have.id == event.id; });
    return same != state.data.events.events.end() && event_to_json(*same) == event_to_json(event);
}

bool user_has_event(const AppState& state, const Event& event) {
    if (event.sources.empty()) return false;
    // A deal accepted from the review of several articles cites each article's sentence: any of them
    // is this candidate's (investments and rounds are one kind there, as the merge has them).
    const Citation& mine = event.sources[0];
    const auto money_kind = [](const std::string& t) { return t == "investment" || t == "funding_round"; };
    // Of two deals told in one sentence ("$300m led by Sequoia …, Nvidia put in $150m"), the one with the other
    // sum is another deal: accepting one ticked both.
    const auto same_sum = [&](const Event& have) {
        if (have.amounts.empty() || event.amounts.empty()) return true;
        const Amount &a = have.amounts.front(), &b = event.amounts.front();
        if (!a.value || !b.value) return true;
        return std::abs(*a.value - *b.value) <= 1e-9 * std::max(std::abs(*a.value), std::abs(*b.value)) && a.currency == b.currency && a.unit == b.unit;
    };
    return std::any_of(state.data.events.events.begin(), state.data.events.events.end(), [&](const Event& have) {
        if (!have.by_user || (have.type != event.type && !(money_kind(have.type) && money_kind(event.type)))) return false;
        const auto cites = [&](const Citation& c) { return c.quote == mine.quote && (c.article == mine.article || mine.article.empty() || c.article.empty()); };
        // (A deal accepted from several reports stands for each other report, whatever figure that one gives.)
        if (have.sources.empty()) return false;
        if (cites(have.sources.front())) return same_sum(have);
        return std::any_of(have.sources.begin() + 1, have.sources.end(), cites);
    });
}

std::optional<Problem> accept_candidate(AppState& state, const std::string& article_id, std::size_t index, const nlohmann::json& edits) {
    const auto article = article_index(state, article_id);
    if (!article || *article < state.user.first_article || *article - state.user.first_article >= state.user.candidates.size()) {
        return Problem{Severity::error, article_id, MessageCode::no_user_article};
    }
    if (!edits.is_object()) return Problem{Severity::error, "edits", MessageCode::expected_json_object};
    const auto& candidates = state.user.candidates[*article - state.user.first_article];
    if (index >= candidates.size()) return Problem{Severity::error, article_id, MessageCode::no_candidate, {std::to_string(index)}};
    nlohmann::json event = event_to_json(candidates[index].event);
    event.merge_patch(edits);
    return add_user_event_json(state, std::move(event));
}

namespace {
// Adds an event that passed the checks to the user's events and selects it.
void add_checked_user_event(AppState& state, Event event) {
    event.by_user = true;
    state.data.events.events.push_back(std::move(event));
    ++state.user.revision;
    reindex(state);
    state.selection.event = state.data.events.events.size() - 1;
}

// Why an event was refused: the checks' problem, as an error at `place`.
Problem placed(Problem problem, std::string place) {
    problem.severity = Severity::error;
    problem.place = std::move(place);
    return problem;
}
}  // namespace

std::optional<Problem> add_user_event(AppState& state, Event event) {
    if (event.summary_en.empty()) event.summary_en = event.summary_de;
    if (event.summary_de.empty()) event.summary_de = event.summary_en;
    event.id = new_user_event_id(state);
    event.claim.clear();  // claims belong to the curated data
    // The rules of events.json, checked on the event itself; its quotes are found in their articles.
    std::vector<Problem> problems;
    check_event(event, state.data.corpus.articles, state.data.gazetteer, "", JsonPath{}, problems);
    if (!problems.empty()) return placed(problems.front(), problems.front().place.substr(1));  // "#/date/value" → "/date/value"
    add_checked_user_event(state, std::move(event));
    return std::nullopt;
}

std::optional<Problem> add_user_event_json(AppState& state, nlohmann::json event) {
    if (!event.is_object()) return Problem{Severity::error, "your event", MessageCode::expected_object};
    event["id"] = new_user_event_id(state);
    event.erase("claim");  // claims belong to the curated data
    // The checks of a file: the event goes through the loader as a one-event document.
    const nlohmann::json doc = {{"events", nlohmann::json::array({std::move(event)})}};
    std::vector<Problem> problems;
    EventStore store = parse_events(doc.dump(), "your event", state.data.corpus.articles, state.data.gazetteer, problems);
    for (const Problem& p : problems) {
        if (p.severity == Severity::error) return placed(p, p.place.substr(p.place.find('#') + 1));
    }
    if (store.events.size() != 1) return Problem{Severity::error, "your event", MessageCode::could_not_be_added};
    add_checked_user_event(state, std::move(store.events.front()));
    return std::nullopt;
}

bool remove_user_event(AppState& state, const std::string& id) {
    if (!erase_user_event(state, id)) return false;
    ++state.user.revision;
    reindex(state);
    return true;
}

void reindex_user_data(AppState& state) {
    if (state.derived.search_index_pending) ensure_search_index(state);  // built whole, with what changed
    else update_search_index(state.derived.search_index, state.data.gazetteer, state.data.events, state.data.corpus.articles);
    state.derived.hits_key.clear();
    refresh_derived(state);
}

std::variant<std::string, Problem> append_user_article(AppState& state, const std::string& file_name, std::string text, const std::string& id) {
    if (auto problem = queue_user_article(state, file_name, std::move(text), false, id)) return *problem;
    const std::string got = state.user.reading.back().article.id;
    while (!state.user.reading.empty()) read_some(state, SIZE_MAX);
    return got;
}

std::optional<Problem> append_user_event(AppState& state, nlohmann::json event, const std::string& place) {
    if (!event.is_object()) return Problem{Severity::error, place, MessageCode::expected_object};
    event.erase("claim");  // claims belong to the curated data
    const nlohmann::json doc = {{"events", nlohmann::json::array({std::move(event)})}};
    std::vector<Problem> problems;
    EventStore store = parse_events(doc.dump(), place, state.data.corpus.articles, state.data.gazetteer, problems);
    for (const Problem& p : problems) {
        if (p.severity == Severity::error) return p;
    }
    if (store.events.size() != 1) return Problem{Severity::error, place, MessageCode::could_not_be_added};
    Event& e = store.events.front();
    if (has_same_user_event(state, e)) return std::nullopt;
    if (event_id_taken(state, e.id)) e.id = new_user_event_id(state);
    e.by_user = true;
    state.data.events.events.push_back(std::move(e));
    return std::nullopt;
}

bool erase_user_event(AppState& state, const std::string& id) {
    auto& events = state.data.events.events;
    const auto it = std::find_if(events.begin(), events.end(), [&](const Event& e) { return e.by_user && e.id == id; });
    if (it == events.end()) return false;
    const auto index = static_cast<std::size_t>(it - events.begin());
    events.erase(it);
    if (state.selection.event == index) state.selection.event.reset();
    else if (state.selection.event && *state.selection.event > index) --*state.selection.event;
    auto& group = state.selection.group;  // a listed cluster keeps its other events
    group.erase(std::remove(group.begin(), group.end(), index), group.end());
    for (std::size_t& g : group) g -= g > index;
    return true;
}

bool erase_user_article(AppState& state, const std::string& id) {
    const auto found = article_index(state, id);
    if (!found || *found < state.user.first_article) return false;
    const std::size_t i = *found;
    state.user.article_records.erase(id);
    const auto at = [i](auto& v) { return v.begin() + static_cast<std::ptrdiff_t>(i); };
    state.data.corpus.articles.erase(at(state.data.corpus.articles));
    if (i < state.data.mentions.size()) state.data.mentions.erase(at(state.data.mentions));
    if (i < state.data.annotated.size()) state.data.annotated.erase(at(state.data.annotated));
    if (i < state.derived.search_index.articles.size()) state.derived.search_index.articles.erase(at(state.derived.search_index.articles));
    const std::size_t candidates = i - state.user.first_article;
    if (candidates < state.user.candidates.size()) state.user.candidates.erase(state.user.candidates.begin() + static_cast<std::ptrdiff_t>(candidates));
    if (state.selection.article == i) {
        state.selection.article.reset();
        state.selection.cited.reset();
    } else if (state.selection.article && *state.selection.article > i) {
        --*state.selection.article;
    }
    return true;
}

std::optional<Problem> append_user_entity(AppState& state, const nlohmann::json& entity, const std::string& place) {
    if (!entity.is_object() || !entity.contains("id") || !entity["id"].is_string()) return Problem{Severity::error, place, MessageCode::entity_needs_id_and_name};
    if (state.data.gazetteer.find(entity["id"].get<std::string>())) return std::nullopt;  // already here (restored twice, or from the other tab)
    // The checks of entities.json, on a one-entity document.
    std::vector<Problem> problems;
    Gazetteer one = parse_gazetteer(nlohmann::json{{"entities", nlohmann::json::array({entity})}}.dump(), place, problems);
    for (const Problem& p : problems)
        if (p.severity == Severity::error) return p;
    if (one.entities.size() != 1) return Problem{Severity::error, place, MessageCode::entity_needs_id_and_name};
    Entity e = std::move(one.entities.front());
    e.by_user = true;
    add_entity(state.data.gazetteer, std::move(e));
    return std::nullopt;
}

bool erase_user_entity(AppState& state, const std::string& id) {
    const auto& events = state.data.events.events;
    const bool named = std::any_of(events.begin(), events.end(), [&](const Event& e) {
        return std::any_of(e.participants.begin(), e.participants.end(), [&](const Participant& p) { return p.entity == id; });
    });
    return !named && remove_user_entity(state.data.gazetteer, id);
}

void delete_user_data(AppState& state) {
    auto& events = state.data.events.events;
    events.erase(std::remove_if(events.begin(), events.end(), [](const Event& e) { return e.by_user; }), events.end());
    remove_user_entities(state.data.gazetteer);
    state.data.corpus.articles.resize(state.user.first_article);
    state.data.mentions.resize(state.user.first_article);
    state.data.annotated.resize(state.user.first_article);
    state.user.candidates.clear();
    state.user.review = {};
    state.user.reading.clear();  // files still being read are the user's too
    state.user.open_next.reset();
    state.user.kept_aside.clear();  // and the records that could not be read (the dialog says so)
    state.user.article_records.clear();
    state.user.problems.clear();
    state.selection.event.reset();
    if (state.selection.article && *state.selection.article >= state.user.first_article) state.selection.article.reset();
    state.selection.cited.reset();
    ++state.user.revision;
    reindex(state);
}

Notice add_user_file(AppState& state, const std::string& file_name, std::string bytes) {
    // Pasted text that is a spreadsheet's range is named as what it is, not as a file.
    if (looks_like_table(file_name, bytes)) return add_user_table(state, file_name.starts_with("pasted-text") ? kPastedTableName : file_name, bytes);
    if (ends_with(file_name, ".json")) {
        const ImportResult r = import_user_data(state, bytes, file_name);
        Notice n = Notice::of(NoticeCode::data_imported, file_name);
        n.articles = r.articles;
        n.events = r.events;
        n.skipped = r.skipped_articles;
        if (!r.problems.empty()) n.problem = r.problems.front();
        n.more_problems = r.problems.empty() ? 0 : static_cast<int>(r.problems.size()) - 1;
        return n;
    }
    const std::size_t size = bytes.size();
    if (auto problem = begin_user_article(state, file_name, std::move(bytes))) return Notice::of(NoticeCode::file_refused, file_name, problem);
    if (state.user.reading.empty()) return {};
    Notice reading = Notice::of(NoticeCode::file_reading, file_name);
    reading.megabytes = static_cast<long>((size + (1 << 19)) >> 20);
    return reading;
}

}  // namespace ds

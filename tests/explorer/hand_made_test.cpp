// What the user makes by hand over their own article: an entity from a name dealscope did not know
// (the reader marks it and the candidates name it, and it comes back with the user's data), and an
// event over a sentence no rule read.
#include <doctest/doctest.h>

#include <algorithm>

#include "explorer/actions.h"
#include "explorer/app_state.h"
#include "explorer/candidate_review.h"
#include "explorer/hand_event.h"
#include "explorer/user_data.h"
#include "explorer/user_entities.h"
#include "explorer/user_store.h"
#include "restored_app.h"

using namespace ds;

namespace {

// An article of our own about made-up firms, in German.
const char* const kArticle =
    "Neue Partnerschaft\n\n"
    "Das Münchner Start-up Quarzwerk baut Kühlsysteme für Rechenzentren.\n\n"
    "Im Mai hatten Lumora und Nvidia eine Partnerschaft geschlossen.\n\n"
    "Quarzwerk und Lumora sprechen seit dem Frühjahr miteinander.\n";

std::size_t user_article(const AppState& state) { return state.user.first_article; }

const Mention* entity_named(const AppState& state, std::size_t article, const std::string& text) {
    const Article& a = state.data.corpus.articles[article];
    for (const Mention& m : state.data.mentions[article])
        if (m.kind == MentionKind::entity && a.view(m.range) == text) return &m;
    return nullptr;
}

// "lumora:partner nvidia:partner"; an unknown party by its name, "?Lumora:partner".
std::string parties(const Event& e) {
    std::string out;
    for (const Participant& p : e.participants) out += (out.empty() ? "" : " ") + (p.entity.empty() ? "?" + p.name : p.entity) + ":" + p.role;
    return out;
}

}  // namespace

TEST_CASE("an unknown name made an entity: marked in the reader, named by the candidates, kept with the user's data and read so after a reload") {
    AppState state = load_app_state(DEALSCOPE_ASSETS_DIR);
    REQUIRE_FALSE(add_user_file(state, "notes.txt", kArticle).is_error());
    const std::size_t article = user_article(state);
    const Mention* lumora = entity_named(state, article, "Lumora");
    REQUIRE(lumora);
    CHECK_FALSE(lumora->known);
    REQUIRE(state.user.candidates[0].size() == 1);
    CHECK(parties(state.user.candidates[0][0].event) == "?Lumora:partner nvidia:partner");
    const auto revision = state.user.revision;

    Actions make;
    make.create_entity = NewEntity{"  Lumora ", "company", {"Lumora AI", ""}};
    run_data_commands(state, make);
    CHECK(state.user.notice.code == NoticeCode::entity_created);
    CHECK(notice_text(state.user.notice, Language::en) == "Lumora is saved as an entity; your articles were read again.");
    CHECK(state.user.created_entity == "lumora");
    const Entity* entity = state.data.gazetteer.find("lumora");
    REQUIRE(entity);
    CHECK(entity->by_user);
    CHECK(entity->aliases == std::vector<std::string>{"Lumora AI"});
    CHECK(state.user.revision > revision);
    lumora = entity_named(state, article, "Lumora");
    REQUIRE(lumora);
    CHECK(lumora->known);
    CHECK(lumora->entity_id == "lumora");
    REQUIRE(state.user.candidates[0].size() == 1);
    CHECK(parties(state.user.candidates[0][0].event) == "lumora:partner nvidia:partner");

    // A reload: the entity is restored before the article is read, so the article reads the same.
    const UserRecords records = user_records(state);
    REQUIRE(records.contains("entity:lumora"));
    AppState other = restored_app(records);
    CHECK(other.user.kept_aside.empty());
    const Mention* again = entity_named(other, user_article(other), "Lumora");
    REQUIRE(again);
    CHECK(again->known);
    CHECK(parties(other.user.candidates[0][0].event) == "lumora:partner nvidia:partner");
    // And in the export document, which imports the same way.
    AppState imported = load_app_state(DEALSCOPE_ASSETS_DIR);
    const ImportResult result = import_user_data(imported, user_data_json(state), "export.json");
    CHECK(result.problems.empty());
    CHECK(result.entities == 1);
    REQUIRE(entity_named(imported, user_article(imported), "Lumora"));
    CHECK(entity_named(imported, user_article(imported), "Lumora")->known);
}

TEST_CASE("an entity named otherwise than the article writes it is still found where the article names it") {
    AppState state = load_app_state(DEALSCOPE_ASSETS_DIR);
    REQUIRE_FALSE(add_user_file(state, "notes.txt", kArticle).is_error());
    const std::size_t article = user_article(state);
    REQUIRE(entity_named(state, article, "Lumora"));
    CHECK_FALSE(entity_named(state, article, "Lumora")->known);
    // Asked from the mention "Lumora", the user calls it by its full name.
    Actions make;
    make.create_entity = NewEntity{"Lumora AI", "company", {}, "Lumora"};
    run_data_commands(state, make);
    const Entity* entity = state.data.gazetteer.find("lumora-ai");
    REQUIRE(entity);
    CHECK(entity->aliases == std::vector<std::string>{"Lumora"});
    const Mention* lumora = entity_named(state, user_article(state), "Lumora");
    REQUIRE(lumora);
    CHECK(lumora->known);
    CHECK(lumora->entity_id == "lumora-ai");
    CHECK(parties(state.user.candidates[0][0].event) == "lumora-ai:partner nvidia:partner");
    // Typed without a mention, the name's short form is kept too, unless another entity has it.
    CHECK(std::get<std::string>(create_user_entity(state, {"Quarzwerk GmbH", "company", {}})) == "quarzwerk-gmbh");
    CHECK(state.data.gazetteer.find("quarzwerk-gmbh")->aliases == std::vector<std::string>{"Quarzwerk"});
    CHECK(std::get<std::string>(create_user_entity(state, {"Nvidia Labs", "company", {}})) == "nvidia-labs");
    CHECK(state.data.gazetteer.find("nvidia-labs")->aliases.empty());
}

TEST_CASE("a name already known gives its entity, and an empty name, an unknown kind or a taken alias are refused by name") {
    AppState state = load_app_state(DEALSCOPE_ASSETS_DIR);
    const std::size_t entities = state.data.gazetteer.entities.size();
    auto made = create_user_entity(state, {"nvidia", "company", {}});
    REQUIRE(std::holds_alternative<std::string>(made));
    CHECK(std::get<std::string>(made) == "nvidia");
    CHECK(state.data.gazetteer.entities.size() == entities);

    made = create_user_entity(state, {"   ", "company", {}});
    REQUIRE(std::holds_alternative<Problem>(made));
    CHECK(std::get<Problem>(made).code == MessageCode::entity_name_empty);
    made = create_user_entity(state, {"Quarzwerk", "bakery", {}});
    REQUIRE(std::holds_alternative<Problem>(made));
    CHECK(std::get<Problem>(made).code == MessageCode::unknown_kind);
    Actions make;
    make.create_entity = NewEntity{"Quarzwerk", "company", {"OpenAI"}};
    run_data_commands(state, make);
    CHECK(state.user.notice.is_error());
    CHECK(notice_text(state.user.notice, Language::en) == "error: Quarzwerk: 'OpenAI' is a name of OpenAI already: choose it under 'Same as'");
    CHECK(state.data.gazetteer.entities.size() == entities);

    // Made once: the same name written another way, as imports match names, is that entity.
    CHECK(std::get<std::string>(create_user_entity(state, {"Quarz Werk", "company", {}})) == "quarz-werk");
    CHECK(std::get<std::string>(create_user_entity(state, {"quarz-werk", "investor", {}})) == "quarz-werk");
    CHECK(state.data.gazetteer.entities.size() == entities + 1);
}

TEST_CASE("a choice in the review follows its candidate when the article is read again") {
    AppState state = load_app_state(DEALSCOPE_ASSETS_DIR);
    // The second sentence becomes a candidate once Quarzwerk is known; the first one's rejection must
    // stay with the Lumora–Nvidia partnership, whatever its index becomes.
    REQUIRE_FALSE(add_user_file(state, "notes.txt", kArticle).is_error());
    REQUIRE(state.user.candidates[0].size() == 1);
    const std::string article_id = state.data.corpus.articles[user_article(state)].id;
    const std::size_t quoted = state.user.candidates[0][0].event.sources[0].range.begin;
    apply_review(state, {{candidate_key(article_id, 0)}, ReviewChoice::reject});
    REQUIRE(std::holds_alternative<std::string>(create_user_entity(state, {"Quarzwerk", "company", {}})));
    REQUIRE(std::holds_alternative<std::string>(create_user_entity(state, {"Lumora", "company", {}})));
    const auto& candidates = state.user.candidates[0];
    REQUIRE(state.user.review.rejected.size() == 1);
    const std::string key = *state.user.review.rejected.begin();
    const std::size_t index = std::stoul(key.substr(key.find('#') + 1));
    REQUIRE(index < candidates.size());
    CHECK(candidates[index].event.sources[0].range.begin == quoted);
}

TEST_CASE("an event written by hand over a sentence: its parties, amount and date from the sentence, added, and kept over a reload") {
    AppState state = load_app_state(DEALSCOPE_ASSETS_DIR);
    REQUIRE_FALSE(add_user_file(state, "notes.txt",
                                "Runde\n\nBei Nvidia und Lumora ging es am 3. Juni 2025 um 40 Millionen Euro.\n")
                      .is_error());
    const std::size_t article = user_article(state);
    const Article& a = state.data.corpus.articles[article];
    const std::size_t byte = a.text.find("Millionen");
    const auto sentence = sentence_at(a, byte);
    REQUIRE(sentence);
    CHECK_FALSE(sentence_at(a, a.text.size() + 10));
    Event draft = hand_event_draft(state, article, *sentence);
    CHECK(draft.type == "investment");
    // No rule reads this sentence: the draft takes its names in order; the user sets the roles right.
    CHECK(parties(draft) == "nvidia:investor ?Lumora:investee");
    REQUIRE(draft.amounts.size() == 1);
    CHECK(*draft.amounts[0].value == doctest::Approx(40e6));
    CHECK(draft.amounts[0].currency == "EUR");
    CHECK(draft.date.value == "2025-06-03");
    REQUIRE(draft.sources.size() == 1);
    CHECK(draft.sources[0].quote.starts_with("Bei Nvidia und Lumora"));

    // A sentence a rule read starts from that candidate's parties and roles.
    REQUIRE_FALSE(add_user_file(state, "zufluss.txt", "Zufluss\n\nDas Start-up Quarzwerk hat 40 Millionen Euro vom Chipkonzern Nvidia erhalten.\n").is_error());
    const std::size_t inflow = state.data.corpus.articles.size() - 1;
    const Article& in = state.data.corpus.articles[inflow];
    const Event from_rule = hand_event_draft(state, inflow, *sentence_at(in, in.text.find("Nvidia")));
    CHECK(parties(from_rule) == "?Quarzwerk:investee nvidia:investor");
    // The dialog says so: a second event over that sentence would tell the deal again.
    CHECK(sentence_has_candidate(state, inflow, *sentence_at(in, in.text.find("Nvidia"))));
    CHECK_FALSE(sentence_has_candidate(state, article, *sentence));
    CHECK(from_rule.id.empty());
    CHECK(from_rule.summary_en.empty());

    // A region named as the place ("in Bayern") is no party of the draft.
    REQUIRE_FALSE(add_user_file(state, "ort.txt", "Ort\n\nVertreter von Nvidia und Lumora trafen sich am Montag in Bayern.\n").is_error());
    const std::size_t place = state.data.corpus.articles.size() - 1;
    const Article& p = state.data.corpus.articles[place];
    CHECK(parties(hand_event_draft(state, place, *sentence_at(p, p.text.find("Bayern")))) == "nvidia:partner ?Lumora:partner");

    // A sentence without a date takes the one told before it in its paragraph.
    REQUIRE_FALSE(add_user_file(state, "ticker.txt", "Ticker\n\n12. März 2026 – Nvidia legt nach. Microsoft und Lumora schließen einen Vertrag.\n").is_error());
    const std::size_t ticker = state.data.corpus.articles.size() - 1;
    const Article& t = state.data.corpus.articles[ticker];
    CHECK(hand_event_draft(state, ticker, *sentence_at(t, t.text.find("Microsoft"))).date.value == "2026-03-12");

    // An unknown party cannot be saved; made an entity, it can (the user sets the roles right).
    CHECK(add_user_event(state, draft));
    REQUIRE(std::holds_alternative<std::string>(create_user_entity(state, {"Quarzwerk", "company", {}})));
    draft.participants = {{"nvidia", "investor", ""}, {"quarzwerk", "investee", ""}};
    draft.summary_en = draft.summary_de = "Nvidia invests in Quarzwerk";
    REQUIRE_FALSE(add_user_event(state, draft));
    const auto mine = std::find_if(state.data.events.events.begin(), state.data.events.events.end(), [](const Event& e) { return e.by_user; });
    REQUIRE(mine != state.data.events.events.end());
    CHECK(parties(*mine) == "nvidia:investor quarzwerk:investee");

    AppState other = restored_app(user_records(state));
    CHECK(other.user.kept_aside.empty());
    const auto restored = std::find_if(other.data.events.events.begin(), other.data.events.events.end(), [](const Event& e) { return e.by_user; });
    REQUIRE(restored != other.data.events.events.end());
    CHECK(parties(*restored) == "nvidia:investor quarzwerk:investee");
    CHECK(restored->sources[0].quote == draft.sources[0].quote);
}

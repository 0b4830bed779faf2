#include "candidate_view.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include <imgui.h>
#include <imgui_stdlib.h>

#include "core/events/event_format.h"
#include "core/events/event_types.h"
#include "explorer/entity_kind_guess.h"
#include "explorer/typed_number.h"
#include "explorer/user_data.h"
#include "explorer/user_entities.h"
#include "click_targets.h"
#include "flowing_items.h"
#include "event_colors.h"
#include "new_entity_dialog.h"
#include "strings.h"

namespace ds::ui {

namespace {

// "read clearly", "likely", "unsure: check it": how sure the reading of a candidate is, in words (a percentage "of the
// pattern" read as jargon to a newcomer); the figure is in the tooltip.
const char* confidence_words(double confidence) {
    return confidence >= 0.8 ? "read clearly" : confidence >= 0.6 ? "likely" : "unsure: check it";
}

// A combo as wide as the widest of its labels, arrow and padding included: shares of a fixed width
// cut "USD" to "U" and "investee" to "investe" on a phone.
template <typename Labels>
float combo_width(const Labels& labels) {
    const ImGuiStyle& style = ImGui::GetStyle();
    float widest = 0;
    for (const auto& label : labels) {
        const std::string_view text(label);
        widest = std::max(widest, ImGui::CalcTextSize(text.data(), text.data() + text.size()).x);
    }
    return widest + style.FramePadding.x * 2 + ImGui::GetFrameHeight() + style.ItemInnerSpacing.x;
}

// The width left in a row of at most 22 font sizes for its first field, after the fixed-width
// items beside it and the "×" button.
float first_field_width(float fixed, int items_after) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const float row = std::min(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 22);
    const float remove = ImGui::CalcTextSize("×").x + style.FramePadding.x * 2;
    return std::max(row - fixed - remove - static_cast<float>(items_after) * style.ItemSpacing.x, ImGui::GetFontSize() * 4);
}

// A combo over fixed names, shown in the UI language; true when the choice changed.
template <class Names>
bool name_combo(const char* label, std::string& value, const Names& names, Language lang) {
    bool changed = false;
    if (ImGui::BeginCombo(label, type_label(value, lang).c_str())) {
        for (const char* name : names) {
            if (ImGui::Selectable(type_label(name, lang).c_str(), value == name)) value = name, changed = true;
        }
        ImGui::EndCombo();
    }
    return changed;
}

// The participant picker: a field to type into at the top (a word's start: "nvid" finds Nvidia), then
// the entities it matches, or all of them by name while nothing is typed.
void entity_combo(const char* label, std::string& entity, const AppState& state, std::string& filter, Language lang) {
    const Gazetteer& gazetteer = state.data.gazetteer;
    const Entity* current = gazetteer.find(entity);
    if (!ImGui::BeginCombo(label, current ? current->name.c_str() : tr("Pick an entity…", lang), ImGuiComboFlags_HeightLarge)) return;
    if (ImGui::IsWindowAppearing()) {
        filter.clear();
        ImGui::SetKeyboardFocusHere();
    }
    ImGui::SetNextItemWidth(-1);
    const bool enter = ImGui::InputTextWithHint("##find", tr("Type a name…", lang), &filter, ImGuiInputTextFlags_EnterReturnsTrue);
    std::vector<const Entity*> shown;
    if (filter.empty()) {
        for (const Entity& e : gazetteer.entities) shown.push_back(&e);
        std::sort(shown.begin(), shown.end(), [](const Entity* a, const Entity* b) { return a->name < b->name; });
    } else {
        shown = entities_named(state, filter, "", 50);
        if (shown.empty()) ImGui::TextDisabled("%s", tr("No entity has this name: make one with “New entity…”.", lang));
    }
    if (enter && !filter.empty() && !shown.empty()) {  // Enter takes the first match
        entity = shown.front()->id;
        ImGui::CloseCurrentPopup();
        ImGui::EndCombo();
        return;
    }
    for (const Entity* e : shown) {
        if (ImGui::Selectable(e->name.c_str(), e->id == entity)) {
            entity = e->id;
            ImGui::CloseCurrentPopup();
        }
    }
    ImGui::EndCombo();
}

// The entity the user made after asking for it from participant `draft.naming` becomes that participant.
void take_made_entity(const AppState& state, CandidateDraft& draft) {
    if (!draft.naming || state.user.created_entity == draft.made_before || !state.data.gazetteer.find(state.user.created_entity)) return;
    if (*draft.naming < draft.event.participants.size()) {
        Participant& p = draft.event.participants[*draft.naming];
        p.entity = state.user.created_entity;
        p.name.clear();
    }
    draft.naming.reset();
}

// Said where the user added it, with a way to see it: on a phone the detail of the selected
// event is not beside the article, and nothing else changed on the screen.
void draw_added_event_note(const AppState& state, const std::string& article_id, Actions& actions) {
    if (state.user.notice.code != NoticeCode::event_added || !state.selection.event) return;
    const Event& e = state.data.events.events[*state.selection.event];
    if (!e.by_user || e.sources.empty() || e.sources[0].article != article_id) return;
    const Language lang = state.view.language;
    ImGui::TextColored(text_on_page(type_color(e.type)), "✓ %s", tr("Added to your events", lang));
    // An event without a date has no place on the timeline: the list of events shows it. The button
    // goes under the note when the line is full (a phone, German).
    const bool dated = !e.date.value.empty() && e.date.value != "XXXX";
    if (flowing_button(tr(dated ? "Show on the timeline" : "Show in the list of events", lang))) actions.show_view = dated ? View::timeline : View::events;
    report_target(actions, "show-added-event");
}

// A small button that is also a named click target (browser tests click it as a user would).
bool small_button_target(const char* label, const char* target, Actions& actions) {
    const bool clicked = ImGui::SmallButton(label);
    report_target(actions, target);
    return clicked;
}

}  // namespace

void draw_candidate_editor(const AppState& state, CandidateDraft& draft, Actions& actions) {
    const Language lang = state.view.language;
    Event& e = draft.event;
    take_made_entity(state, draft);
    const float field = std::min(ImGui::GetContentRegionAvail().x * 0.6f, ImGui::GetFontSize() * 16);
    ImGui::PushItemWidth(field);
    if (name_combo(tr("Type", lang), e.type, event_type_ids(), lang)) {
        // The roles follow the type: its giving side for the first party, its receiving side for
        // the second ("provider", "customer" for a compute deal), as a start the user can change.
        if (const EventType* t = find_event_type(e.type); t && t->actor_role) {
            if (!e.participants.empty()) e.participants[0].role = t->actor_role;
            if (e.participants.size() > 1) e.participants[1].role = t->object_role ? t->object_role : t->actor_role;
        }
    }
    name_combo(tr("Status", lang), e.status, kStatuses, lang);
    ImGui::InputTextWithHint(tr("Date", lang), tr("e.g. 2025-09-22 or 2025-09", lang), &e.date.value);
    ImGui::PopItemWidth();
    ImGui::TextDisabled("%s", tr("Participants", lang));
    std::vector<std::string> role_labels;
    for (const char* role : kRoles) role_labels.push_back(type_label(role, lang));
    const float role_width = combo_width(role_labels);  // one width for every participant's row
    for (std::size_t k = 0; k < e.participants.size(); ++k) {
        ImGui::PushID(static_cast<int>(k));
        if (e.participants[k].entity.empty() && !e.participants[k].name.empty()) {
            // A name the gazetteer does not know: shown as written until the user picks an entity
            // for it or makes it one.
            ImGui::TextDisabled("%s (%s)", e.participants[k].name.c_str(), tr("not a known entity", lang));
            if (flowing_button(tr("New entity…", lang))) {  // under the name when the panel is narrow
                draft.new_entity = NewEntityDraft::of(e.participants[k].name, guessed_entity_kind("", e.participants[k].name, false));
                draft.naming = k;
                draft.made_before = state.user.created_entity;
            }
            report_target(actions, "participant-new-entity");
        }
        ImGui::SetNextItemWidth(first_field_width(role_width, 2));
        entity_combo("##entity", e.participants[k].entity, state, draft.entity_filter, lang);
        ImGui::SameLine();
        ImGui::SetNextItemWidth(role_width);
        name_combo("##role", e.participants[k].role, kRoles, lang);
        ImGui::SameLine();
        if (ImGui::SmallButton("×") && e.participants.size() > 1) {
            e.participants.erase(e.participants.begin() + static_cast<std::ptrdiff_t>(k));
            ImGui::PopID();
            break;
        }
        ImGui::PopID();
    }
    // A new participant takes the role the deal still lacks, else one more of the side that comes in numbers:
    // "partner" had to be changed almost every time.
    const auto next_role = [&] {
        std::vector<std::string> roles;
        for (const Participant& p : e.participants) roles.push_back(p.role);
        return role_for_new_participant(e.type, roles);
    };
    if (ImGui::SmallButton(tr("+ participant", lang))) e.participants.push_back({"", next_role(), ""});
    report_target(actions, "participant-add");
    // A party the sentence names in a way no rule read ("Quarzwerk" opening it): typed as a phrase.
    if (flowing_button(tr("New entity…", lang))) {
        draft.new_entity = NewEntityDraft::of("");
        e.participants.push_back({"", next_role(), ""});
        draft.naming = e.participants.size() - 1;
        draft.made_before = state.user.created_entity;
    }
    report_target(actions, "participant-add-new-entity");
    draw_new_entity_dialog(draft.new_entity, actions, lang);
    // Cancelled: the empty row "New entity…" added for it goes again (it had stayed, and "Add to my events" with it
    // until the user found and removed it).
    if (draft.new_entity.cancelled) {
        draft.new_entity.cancelled = false;
        if (draft.naming && *draft.naming < e.participants.size() && e.participants.size() > 1 && e.participants[*draft.naming].entity.empty() &&
            e.participants[*draft.naming].name.empty()) {
            e.participants.erase(e.participants.begin() + static_cast<std::ptrdiff_t>(*draft.naming));
        }
        draft.naming.reset();
    }
    if (draft.has_amount) {
        // Money in millions or billions, as the article says it, the currency picked beside it; gigawatts, a share
        // or a count in its own unit ("6" and "GW": it read "6e-06" million dollars).
        // Typed as text: a decimal comma is taken as readily as a point, and an amount not yet given
        // is an empty field with a hint, not a "0" that typing appends to.
        const std::string& unit = e.amounts[0].unit;
        const char* unit_text = unit == "percent" ? "%" : unit == "count" ? tr("units", lang) : unit.c_str();
        const double per_typed = draft.in_its_unit || !draft.in_millions ? 1.0 : 1e-3;  // `billions` per unit typed
        if (!draft.amount_focused) draft.amount_typed = typed_number_text(draft.billions / per_typed, lang);
        // The pickers as wide as their longest word, the amount the rest of the row.
        const float scale_width = combo_width(std::array{tr("million", lang), tr("billion", lang)});
        const float currency_width = combo_width(std::array{"USD", "EUR"});
        ImGui::SetNextItemWidth(draft.in_its_unit ? first_field_width(ImGui::CalcTextSize(unit_text).x, 2)
                                                  : first_field_width(scale_width + currency_width, 3));
        ImGui::InputTextWithHint("##amount", lang == Language::de ? "z. B. 12,5" : "e.g. 12.5", &draft.amount_typed);
        report_target(actions, "amount");
        draft.amount_focused = ImGui::IsItemActive();
        if (ImGui::IsItemEdited()) draft.billions = typed_number(draft.amount_typed).value_or(0) * per_typed;
        ImGui::SameLine();
        if (draft.in_its_unit) {
            ImGui::TextUnformatted(unit_text);
        } else {
            ImGui::SetNextItemWidth(scale_width);
            if (ImGui::BeginCombo("##scale", tr(draft.in_millions ? "million" : "billion", lang))) {
                if (ImGui::Selectable(tr("million", lang), draft.in_millions)) draft.in_millions = true;
                if (ImGui::Selectable(tr("billion", lang), !draft.in_millions)) draft.in_millions = false;
                ImGui::EndCombo();
            }
            ImGui::SameLine();
            ImGui::SetNextItemWidth(currency_width);
            std::string& currency = e.amounts[0].currency;
            if (ImGui::BeginCombo("##currency", currency.c_str())) {
                for (const char* c : {"USD", "EUR"})
                    if (ImGui::Selectable(c, currency == c)) currency = c;
                ImGui::EndCombo();
            }
        }
        ImGui::SameLine();
        if (ImGui::SmallButton("×##amount")) {
            draft.has_amount = false;
            e.amounts.erase(e.amounts.begin());  // the one edited here; a valuation beside it stays
        }
    } else if (small_button_target(tr("+ amount", lang), "amount-add", actions)) {
        // An amount the rules did not read (or a hand event's): dollars unless the user picks euros.
        Amount amount;
        amount.value = 0.0;
        amount.currency = "USD";
        const EventType* t = find_event_type(e.type);
        amount.measures = t && t->candidate_measure ? t->candidate_measure : "deal_value";
        e.amounts.insert(e.amounts.begin(), std::move(amount));
        draft.has_amount = true;
        draft.billions = 0;
        draft.in_millions = true;
        draft.in_its_unit = false;
    }
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x);
    ImGui::InputTextWithHint("##summary", tr("Summary", lang), &e.summary_de);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextDisabled("%s", quoted(e.sources.empty() ? std::string_view() : std::string_view(e.sources[0].quote), state.view.language).c_str());
    ImGui::PopTextWrapPos();
    // A party the gazetteer does not know cannot be saved: it is picked (or removed) first, and the
    // button says so instead of refusing after the click.
    std::string unknown;  // every such name, not only the last ("Lumora AI, Kestrel Ventures")
    bool unpicked = false;
    for (const Participant& p : e.participants) {
        if (state.data.gazetteer.find(p.entity)) continue;
        if (p.name.empty()) unpicked = true;
        else unknown += (unknown.empty() ? "" : ", ") + p.name;
    }
    // An article without a date gives none: the user gives it before adding, not after a refusal.
    const bool undated = e.date.value.find_first_not_of(' ') == std::string::npos;
    const bool no_amount = draft.has_amount && !(draft.billions > 0);  // added, never given
    // Every reason at once: told one at a time, each fix revealed the next ("Give the date" only after the names).
    ImGui::PushTextWrapPos(0.0f);
    if (!unknown.empty()) ImGui::TextColored(attention_color(), "%s %s %s", tr("Pick a known entity for", lang), unknown.c_str(), tr("or remove it (×).", lang));
    if (unpicked) ImGui::TextColored(attention_color(), "%s", tr("Pick an entity for every participant, or remove it (×).", lang));
    if (undated) ImGui::TextColored(attention_color(), "%s", tr("Give the date, a year at least.", lang));
    if (no_amount) ImGui::TextColored(attention_color(), "%s", tr("Give the amount, or remove it (×).", lang));
    ImGui::PopTextWrapPos();
    ImGui::BeginDisabled(!unknown.empty() || unpicked || undated || no_amount || e.participants.empty());
    const bool add = ImGui::Button(tr("Add to my events", lang));
    ImGui::EndDisabled();
    if (add) {
        Event accepted = e;
        if (draft.has_amount) accepted.amounts[0].value = draft.in_its_unit ? draft.billions : draft.billions * 1e9;
        if (accepted.summary_de.find_first_not_of(' ') == std::string::npos) {
            // None written: one made of the names, type and amount, in each language (as a table's row gets).
            for (const Language l : {Language::en, Language::de}) {
                const std::string amount = event_amount_text(accepted, l);
                (l == Language::de ? accepted.summary_de : accepted.summary_en) =
                    event_participants_text(accepted, state.data.gazetteer) + ": " + event_type_label(accepted.type, l) + (amount.empty() ? "" : (l == Language::de ? ", " : " of ") + amount);
            }
        } else {
            accepted.summary_en = accepted.summary_de;  // one summary, written by the user, for both languages
        }
        actions.accept_candidate = std::move(accepted);
        draft.editing = false;
    }
    report_target(actions, "candidate-accept");
    ImGui::SameLine();
    if (ImGui::Button(tr("Cancel", lang))) draft.editing = false;
}

void draw_candidates(const AppState& state, std::size_t article, CandidateDraft& draft, Actions& actions) {
    if (article < state.user.first_article) return;
    const std::size_t k = article - state.user.first_article;
    if (k >= state.user.candidates.size()) return;
    const auto& candidates = state.user.candidates[k];
    const Language lang = state.view.language;
    const std::string& article_id = state.data.corpus.articles[article].id;
    ImGui::Separator();
    const std::string heading = std::string(tr("Candidate events", lang)) + " (" + std::to_string(candidates.size()) + ")###candidates";
    if (!ImGui::CollapsingHeader(heading.c_str(), ImGuiTreeNodeFlags_DefaultOpen)) return;
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextDisabled("%s", candidates.empty() ? tr("No amount with a deal word and a party was found in this article.", lang)
                                                 : tr("Found by rules; check each against the text before you add it.", lang));
    // A sentence with more amounts than are looked at says so, or the missing deals go unnoticed.
    for (const Problem& p : state.data.corpus.articles[article].problems) {
        if (p.code == MessageCode::candidates_capped) ImGui::TextColored(attention_color(), "%s", problem_text(p, lang).c_str());
    }
    ImGui::PopTextWrapPos();
    draw_added_event_note(state, article_id, actions);
    if (candidates.empty()) return;
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        const Event& c = candidates[i].event;
        ImGui::PushID(static_cast<int>(i));
        ImGui::TextColored(mark_on_page(type_color(c.type)), "■");
        ImGui::SameLine();
        std::string line = type_label(c.type, lang) + " · " + event_participants_text(c, state.data.gazetteer);
        if (const std::string amount = event_amount_short(c, state.view.language); !amount.empty()) line += " · " + amount;
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextUnformatted(line.c_str());
        ImGui::PopTextWrapPos();
        const bool editing = draft.editing && draft.deal.empty() && draft.article == article_id && draft.index == i;
        const bool yours = user_has_event(state, c);  // scans the events: once per candidate and frame
        if (yours) {
            ImGui::TextDisabled("✓ %s", tr("in your events", lang));
        } else if (!editing && ImGui::SmallButton(tr("Review and add…", lang))) {
            draft = CandidateDraft::of(c, lang);
            draft.article = article_id;
            draft.index = i;
        }
        if (!yours && !editing) report_target(actions, "candidate-review:" + std::to_string(i));
        if (!yours) {
            const char* sure = tr(confidence_words(candidates[i].confidence), lang);
            same_line_if_fits(ImGui::CalcTextSize(sure).x);  // beside the button, or under a title that fills the line
            ImGui::TextDisabled("%s", sure);
            if (ImGui::IsItemHovered()) {
                const int percent = static_cast<int>(std::lround(candidates[i].confidence * 100));
                ImGui::SetTooltip("%s: %d %%", tr("How much of the pattern was found", lang), percent);
            }
        }
        if (editing) {
            ImGui::Indent();
            draw_candidate_editor(state, draft, actions);
            ImGui::Unindent();
        }
        ImGui::Spacing();
        ImGui::PopID();
    }
    if (state.user.notice.is_error()) {
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextColored(attention_color(), "%s", notice_text(state.user.notice, state.view.language).c_str());
        ImGui::PopTextWrapPos();
    }
}

}  // namespace ds::ui

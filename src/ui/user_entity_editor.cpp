#include "user_entity_editor.h"

#include <algorithm>
#include <cstdio>
#include <string>

#include <imgui.h>

#include "explorer/user_entities.h"
#include "click_targets.h"
#include "flowing_items.h"
#include "event_colors.h"
#include "strings.h"

namespace ds::ui {

namespace {

constexpr std::size_t kSuggestions = 8;  // known names offered for "Same as" while typing
constexpr const char* kMergeDialog = "###same-as";

}  // namespace

void draw_user_entity_editor(const AppState& state, const Entity& entity, EntityEditorState& view, Actions& actions) {
    const Language lang = state.view.language;
    if (view.id != entity.id) {  // another name: its fields start from what it is now
        view = EntityEditorState{};
        view.id = entity.id;
        std::snprintf(view.name, sizeof view.name, "%s", entity.name.c_str());
    }
    ImGui::Separator();
    ImGui::TextUnformatted(tr("A new name from your table", lang));
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ImGui::TextWrapped("%s", tr("dealscope did not know it. Correct the name, choose its kind, or say which known entity it is.", lang));
    ImGui::PopStyleColor();

    // Labels above their fields: beside them, they were cut at the panel's edge.
    ImGui::TextUnformatted(tr("Name", lang));
    ImGui::SetNextItemWidth(std::min(ImGui::GetContentRegionAvail().x, 320.0f));
    const bool entered = ImGui::InputText("##entity-name", view.name, sizeof view.name, ImGuiInputTextFlags_EnterReturnsTrue);
    report_target(actions, "entity-name");
    const bool renamed = std::string(view.name) != entity.name && view.name[0] != '\0';
    ImGui::BeginDisabled(!renamed);
    const bool rename = flowing_button(tr("Rename", lang));
    report_target(actions, "entity-rename");
    if (rename || (entered && renamed)) actions.edit_user_entity = UserEntityEdit{entity.id, std::string(view.name), {}, {}};
    ImGui::EndDisabled();

    // What the last change did, here where it was made (the page's notice is elsewhere and goes).
    const Notice& notice = state.user.notice;
    const bool about_this = (notice.code == NoticeCode::entity_refused || notice.code == NoticeCode::entity_changed) && notice.file == entity.name;
    if (about_this) {
        const std::string said = notice_text(notice, lang);
        if (notice.is_error()) ImGui::PushStyleColor(ImGuiCol_Text, attention_color());
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextUnformatted(said.c_str());
        ImGui::PopTextWrapPos();
        if (notice.is_error()) ImGui::PopStyleColor();
        // A name another entity has: that entity is offered under "Same as" straight away.
        if (notice.problem && notice.problem->code == MessageCode::entity_name_taken && notice.problem->args.size() >= 2 &&
            view.offered_for != notice.problem->args[0]) {
            view.offered_for = notice.problem->args[0];
            std::snprintf(view.same_as, sizeof view.same_as, "%s", notice.problem->args[1].c_str());
        }
    }

    ImGui::TextUnformatted(tr("Kind", lang));
    ImGui::SetNextItemWidth(std::min(ImGui::GetContentRegionAvail().x, 320.0f));
    const bool kinds = ImGui::BeginCombo("##entity-kind", tr(entity.kind.c_str(), lang));
    report_target(actions, "entity-kind");
    if (kinds) {
        for (const char* kind : kEntityKinds) {
            if (ImGui::Selectable(tr(kind, lang), entity.kind == kind) && entity.kind != kind)
                actions.edit_user_entity = UserEntityEdit{entity.id, {}, std::string(kind), {}};
            report_target(actions, std::string("kind:") + kind);
        }
        ImGui::EndCombo();
    }

    ImGui::TextUnformatted(tr("Same as", lang));
    ImGui::SetNextItemWidth(std::min(ImGui::GetContentRegionAvail().x, 320.0f));
    ImGui::InputTextWithHint("##entity-same-as", tr("Type a known name", lang), view.same_as, sizeof view.same_as);
    report_target(actions, "entity-same-as");
    const auto offered = entities_named(state, view.same_as, entity.id, kSuggestions);
    // Buttons, not plain rows: on a touch screen there is no hover to show they can be picked.
    for (const Entity* known : offered) {
        ImGui::PushID(known->id.c_str());
        if (flowing_button(known->name.c_str())) {
            view.merge_into = known->id;
            view.merge_events = events_naming(state, entity.id);  // counted once, not every frame the question stands
        }
        report_target(actions, "same-as:" + known->id);
        ImGui::PopID();
    }
    // Opened outside the rows' IDs, where the dialog below looks for it.
    if (!view.merge_into.empty() && !ImGui::IsPopupOpen(kMergeDialog)) ImGui::OpenPopup(kMergeDialog);
    if (view.same_as[0] != '\0' && offered.empty()) ImGui::TextDisabled("%s", tr("No entity of that name", lang));

    // Moving the events is confirmed: it cannot be undone except by importing the table again.
    const Entity* into = state.data.gazetteer.find(view.merge_into);
    const std::string title = std::string(tr("Same entity?", lang)) + kMergeDialog;
    if (ImGui::BeginPopupModal(title.c_str(), nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
        if (into) {
            const std::size_t events = view.merge_events;
            const std::string question = lang == Language::de
                                             ? entity.name + " ist " + into->name + ": " + std::to_string(events) + (events == 1 ? " Ereignis" : " Ereignisse") + " übertragen?"
                                             : entity.name + " is " + into->name + ": move " + std::to_string(events) + (events == 1 ? " event" : " events") + " to it?";
            ImGui::TextUnformatted(question.c_str());
            const bool move = ImGui::Button(tr("Move events", lang));
            report_target(actions, "entity-move");
            if (move) {
                actions.edit_user_entity = UserEntityEdit{entity.id, {}, {}, into->id};
                view.merge_into.clear();  // answered: not asked again
                ImGui::CloseCurrentPopup();
            }
            ImGui::SameLine();
        }
        if (ImGui::Button(tr("Cancel", lang))) {
            view.merge_into.clear();
            ImGui::CloseCurrentPopup();
        }
        ImGui::EndPopup();
    }
}

}  // namespace ds::ui

#include "own_article_tools.h"

#include <string>

#include <imgui.h>

#include "explorer/hand_event.h"
#include "candidate_view.h"
#include "click_targets.h"
#include "new_entity_dialog.h"
#include "strings.h"

namespace ds::ui {

namespace {
constexpr const char* kMenuId = "own article menu";
constexpr const char* kHandId = "###hand event";
}  // namespace

void draw_own_article_tools(const AppState& state, std::size_t article, OwnArticleTools& tools, Actions& actions) {
    const Language lang = state.view.language;
    const Article& a = state.data.corpus.articles[article];
    if (tools.open_menu) {
        ImGui::OpenPopup(kMenuId);
        tools.open_menu = false;
    }
    if (ImGui::BeginPopup(kMenuId)) {
        if (!tools.unknown_name.empty()) {
            const std::string item = std::string(tr("New entity", lang)) + (lang == Language::de ? " „" + tools.unknown_name + "“…" : " “" + tools.unknown_name + "”…");
            if (ImGui::Selectable(item.c_str())) tools.new_entity = NewEntityDraft::of(tools.unknown_name, tools.unknown_kind);
            report_target(actions, "menu-new-entity");
        } else if (ImGui::Selectable(tr("New entity…", lang))) {
            tools.new_entity = NewEntityDraft::of("");
        }
        const auto sentence = sentence_at(a, tools.clicked_byte);
        if (sentence && ImGui::Selectable(tr("Add an event by hand for this sentence…", lang))) {
            tools.hand = CandidateDraft::of(hand_event_draft(state, article, *sentence), lang);
            tools.hand.article = a.id;
            tools.hand_repeats_candidate = sentence_has_candidate(state, article, *sentence);
            tools.open_hand = true;
        }
        if (sentence) report_target(actions, "menu-hand-event");
        ImGui::EndPopup();
    }
    draw_new_entity_dialog(tools.new_entity, actions, lang);

    if (tools.open_hand) {
        ImGui::OpenPopup(kHandId);
        tools.open_hand = false;
    }
    const ImVec2 size(std::min(ImGui::GetIO().DisplaySize.x * 0.94f, ImGui::GetFontSize() * 34), std::min(ImGui::GetIO().DisplaySize.y * 0.9f, ImGui::GetFontSize() * 30));
    ImGui::SetNextWindowSize(size, ImGuiCond_Appearing);
    const std::string title = std::string(tr("An event by hand", lang)) + kHandId;
    if (ImGui::BeginPopupModal(title.c_str())) {
        if (tools.hand_repeats_candidate) {
            ImGui::TextWrapped("%s", tr("The rules already found a deal in this sentence (under “Found in your articles”); add this one only if it is another deal.", lang));
        }
        draw_candidate_editor(state, tools.hand, actions);
        if (!tools.hand.editing) ImGui::CloseCurrentPopup();  // added or cancelled
        ImGui::EndPopup();
    }
}

}  // namespace ds::ui

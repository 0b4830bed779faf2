#include "new_entity_dialog.h"

#include <algorithm>
#include <iterator>
#include <string>
#include <vector>

#include <imgui.h>
#include <imgui_stdlib.h>

#include "core/annotate/gazetteer.h"
#include "click_targets.h"
#include "strings.h"

namespace ds::ui {

namespace {
constexpr const char* kDialogId = "###new entity";

std::vector<std::string> comma_separated(const std::string& text) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t end = std::min(text.find(',', start), text.size());
        out.push_back(text.substr(start, end - start));  // trimmed by the explorer
        start = end + 1;
    }
    return out;
}
}  // namespace

void draw_new_entity_dialog(NewEntityDraft& draft, Actions& actions, Language language) {
    if (draft.open) {
        ImGui::OpenPopup(kDialogId);
        draft.open = false;
    }
    const ImVec2 size(std::min(ImGui::GetIO().DisplaySize.x * 0.92f, ImGui::GetFontSize() * 26), 0);
    ImGui::SetNextWindowSize(size, ImGuiCond_Appearing);
    const std::string title = std::string(tr("New entity", language)) + kDialogId;
    if (!ImGui::BeginPopupModal(title.c_str(), nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
    ImGui::PushTextWrapPos(size.x - ImGui::GetStyle().WindowPadding.x);
    ImGui::TextDisabled("%s", tr("Saved with your data; your articles are read again so that it is found in them.", language));
    ImGui::PopTextWrapPos();
    const float field = size.x - ImGui::GetStyle().WindowPadding.x * 2 - ImGui::CalcTextSize(tr("Other spellings", language)).x - ImGui::GetStyle().ItemInnerSpacing.x;
    ImGui::SetNextItemWidth(field);
    if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
    ImGui::InputText(tr("Name", language), &draft.name);
    ImGui::SetNextItemWidth(field);
    const int kinds = static_cast<int>(std::size(kEntityKinds));
    draft.kind = std::clamp(draft.kind, 0, kinds - 1);
    if (ImGui::BeginCombo(tr("Kind", language), tr(kEntityKinds[draft.kind], language))) {
        for (int k = 0; k < kinds; ++k)
            if (ImGui::Selectable(tr(kEntityKinds[k], language), k == draft.kind)) draft.kind = k;
        ImGui::EndCombo();
    }
    ImGui::SetNextItemWidth(field);
    ImGui::InputTextWithHint(tr("Other spellings", language), tr("comma-separated, optional", language), &draft.aliases);
    ImGui::BeginDisabled(draft.name.find_first_not_of(" \t") == std::string::npos);
    if (ImGui::Button(tr("Create", language))) {
        NewEntity made{draft.name, kEntityKinds[draft.kind], {}, draft.written_as};
        if (!draft.aliases.empty()) made.aliases = comma_separated(draft.aliases);
        actions.create_entity = std::move(made);
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndDisabled();
    report_target(actions, "new-entity-create");
    ImGui::SameLine();
    if (ImGui::Button(tr("Cancel", language))) {
        draft.cancelled = true;
        ImGui::CloseCurrentPopup();
    }
    report_target(actions, "new-entity-cancel");
    ImGui::EndPopup();
}

}  // namespace ds::ui

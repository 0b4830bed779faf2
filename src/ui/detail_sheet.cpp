#include "detail_sheet.h"

#include <algorithm>
#include <string>

#include <imgui.h>

#include "click_targets.h"
#include "drag_owners.h"
#include "detail_view.h"
#include "strings.h"

namespace ds::ui {

void draw_detail_sheet(const AppState& state, DetailViewState& view, Actions& actions) {
    // An enlarged sheet stays enlarged while the reader opens one deal after another from the chart
    // (it had shrunk back at each); put away, it comes back small.
    if (view.sheet_frame != ImGui::GetFrameCount() - 1) view.sheet_tall = false;
    view.sheet_frame = ImGui::GetFrameCount();
    ImGui::BeginChild("detail-sheet", ImVec2(0, 0), true, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetContentRegionAvail().x;
    const char* close = "  \xC3\x97  ###close-sheet";  // × with room for a finger
    const float close_width = ImGui::CalcTextSize(close, nullptr, true).x + 2 * ImGui::GetStyle().FramePadding.x;
    ImGui::InvisibleButton("sheet-handle", ImVec2(std::max(width - close_width - 8, 40.0f), ImGui::GetFrameHeight()));
    claim_drags();
    // A swipe up on the handle enlarges the sheet; down makes an enlarged one small again, a small one
    // closes. One gesture does one of these, however far it goes.
    const float swipe = ImGui::IsItemActive() ? ImGui::GetMouseDragDelta(0).y : 0.0f;
    if (!ImGui::IsItemActive()) view.sheet_swiped = false;
    bool swiped = false;
    if (!view.sheet_swiped && (swipe < -48 || swipe > 48)) {
        view.sheet_swiped = true;
        if (swipe < 0) view.sheet_tall = true;
        else if (view.sheet_tall) view.sheet_tall = false;
        else swiped = true;
    }
    const float mid = at.y + ImGui::GetFrameHeight() / 2;
    ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(at.x + width / 2 - 20, mid - 3), ImVec2(at.x + width / 2 + 20, mid + 2),
                                              ImGui::GetColorU32(ImGuiCol_Border), 3.0f);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("Swipe up to enlarge, down to close", state.view.language));
    report_target(actions, "sheet:handle");
    ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - close_width);
    if (ImGui::Button(close) || swiped) actions.clear_selection = true;
    report_target(actions, "sheet:close");
    ImGui::BeginChild("detail-sheet-body", ImVec2(0, 0), false);
    const Selection& sel = state.selection;
    std::string shows = (sel.event ? std::to_string(*sel.event) : "-") + "|" + sel.entity + "|" + (sel.flow ? sel.flow->from + ">" + sel.flow->to : "") + "|" +
                        (sel.group.empty() ? "" : std::to_string(sel.group.front()));
    if (shows != view.sheet_shows) {
        ImGui::SetScrollY(0);  // the deal's title and amount first, not the scroll place of the one before
        view.sheet_shows = std::move(shows);
    }
    draw_detail(state, view, actions);
    ImGui::EndChild();
    ImGui::EndChild();
}

}  // namespace ds::ui

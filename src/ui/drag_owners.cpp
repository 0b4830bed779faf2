#include "drag_owners.h"

#include <algorithm>
#include <vector>

#include <imgui_internal.h>  // GetItemID

namespace ds::ui {

namespace {
std::vector<ImGuiID> g_owners;  // a handful of ids, stable from frame to frame
}  // namespace

void claim_drags() {
    const ImGuiID id = ImGui::GetItemID();
    if (id != 0 && std::find(g_owners.begin(), g_owners.end(), id) == g_owners.end()) g_owners.push_back(id);
}

bool takes_drags(ImGuiID id) { return id != 0 && std::find(g_owners.begin(), g_owners.end(), id) != g_owners.end(); }

}  // namespace ds::ui

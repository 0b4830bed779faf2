#pragma once
// Keyboard shortcuts over ImGui 1.86's key map: named keys through GetKeyIndex, and printable keys
// ("/", "+", "-") by the character typed, which is the same on every keyboard layout and platform.
#include <imgui.h>

namespace ds::ui {

inline bool key_pressed(ImGuiKey key) { return ImGui::IsKeyPressed(ImGui::GetKeyIndex(key)); }

inline bool typed(ImWchar c) {
    const ImGuiIO& io = ImGui::GetIO();
    for (int i = 0; i < io.InputQueueCharacters.Size; ++i) {
        if (io.InputQueueCharacters[i] == c) return true;
    }
    return false;
}

}  // namespace ds::ui

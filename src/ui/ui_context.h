#pragma once
namespace ds::ui {
// Creates the ImGui context the same way on every platform: no ini file, keyboard navigation, theme.
void create_imgui_context();
}

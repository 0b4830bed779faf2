#include "ui_context.h"

#include <imgui.h>

#include "theme.h"

namespace ds::ui {

void create_imgui_context() {
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // the layout is fixed; no imgui.ini next to the binary or in the browser FS
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    apply_theme();
}

}  // namespace ds::ui

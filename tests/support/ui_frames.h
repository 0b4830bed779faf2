#pragma once
// Real UI frames without a GPU (ImGui's example_null pattern): an ImGui context with identity key
// indices, frames at a logical size, and the seed data with the UI font in a CPU-built atlas.
#include <imgui.h>

#include "explorer/app_state.h"
#include "ui/app_window.h"
#include "ui/fonts.h"
#include "ui/ui_context.h"

namespace ds::test {
using namespace ds;
struct ImGuiScope {
    ImGuiScope() {
        ui::create_imgui_context();
        // A platform backend maps keys; keyboard navigation requires it. Identity indices will do.
        for (int key = 0; key < ImGuiKey_COUNT; ++key) ImGui::GetIO().KeyMap[key] = key;
    }
    ~ImGuiScope() { ImGui::DestroyContext(); }
    ui::AppWindow window;  // the views' own state, kept between this test's frames
};

// Draws one frame at the given logical size and returns the number of vertices ImGui produced.
inline int run_frame(AppState& state, ui::AppWindow& window, float width, float height) {
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(width, height);
    io.DeltaTime = 1.0f / 60.0f;
    ImGui::NewFrame();
    ui::draw_app_window(state, window);
    ImGui::Render();
    return ImGui::GetDrawData()->TotalVtxCount;
}
// The seed data, and the UI font built into the CPU atlas as a frame needs it.
inline ds::AppState loaded_with_font() {
    AppState state = load_app_state(DEALSCOPE_ASSETS_DIR);
    state.report.font = ui::load_ui_font({DEALSCOPE_UI_FONT_FILE}, 1.0f, state.host.problems);
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    ImGui::GetIO().Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
    return state;
}

}  // namespace ds::test

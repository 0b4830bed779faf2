#include "problems_view.h"

#include <imgui.h>

#include "ui/contrast.h"

namespace ds::ui {

void draw_problems(const std::vector<Problem>& problems, Language language) {
    for (Severity severity : {Severity::error, Severity::warning}) {
        const ImVec4 colour = text_on_page(severity == Severity::error ? ImVec4(0.70f, 0.10f, 0.05f, 1.0f)    // dark red
                                                                       : ImVec4(0.55f, 0.35f, 0.00f, 1.0f));  // dark amber
        for (const auto& p : problems) {
            if (p.severity != severity) continue;
            ImGui::PushStyleColor(ImGuiCol_Text, colour);
            ImGui::TextWrapped("%s", describe(p, language).c_str());
            ImGui::PopStyleColor();
        }
    }
}

}  // namespace ds::ui

#pragma once
// Checks what a list or table drew, for the frame report: cells cut by their column, and cells
// overlapping each other. Measured on the items ImGui laid out, not on how the view meant them.
#include <vector>

#include <imgui.h>

#include "explorer/layout/label_layout.h"

namespace ds::ui {

class CellAudit {
public:
    // The item just drawn, if it is in sight: cut when it runs past its column (the clip rectangle).
    void item() {
        if (!ImGui::IsItemVisible()) return;
        const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
        const ImDrawList* draw = ImGui::GetWindowDrawList();
        const LabelBox box{a.x, a.y, b.x, b.y, 0};
        clipped_ += runs_out(box, {draw->GetClipRectMin().x, box.y0, draw->GetClipRectMax().x, box.y1, 0});
        boxes_.push_back(box);
    }
    int clipped() const { return clipped_; }
    int overlaps() const { return count_overlaps(boxes_); }

private:
    std::vector<LabelBox> boxes_;
    int clipped_ = 0;
};

}  // namespace ds::ui

#pragma once
// The shape of an entity's kind, drawn the same in the network and beside names in the entity list
// (company a circle, person a triangle, investor or state a square, product or project a diamond),
// so the kind reads without colour and without a letter code.
#include <imgui.h>

#include "explorer/layout/network_layout.h"

namespace ds::ui {

inline void node_shape(ImDrawList* d, ImVec2 c, float r, NodeShape shape, ImU32 fill, ImU32 line) {
    const float outline = r < 8 ? 1.0f : 2.0f;  // whole pixels draw from ImGui's baked line texture
    switch (shape) {
        case NodeShape::triangle:
            d->AddNgonFilled(c, r, fill, 3);
            d->AddNgon(c, r, line, 3, outline);
            break;
        case NodeShape::square:
            d->AddRectFilled(ImVec2(c.x - r, c.y - r), ImVec2(c.x + r, c.y + r), fill, 2);
            d->AddRect(ImVec2(c.x - r, c.y - r), ImVec2(c.x + r, c.y + r), line, 2, 0, outline);
            break;
        case NodeShape::diamond:  // a square on its corner: apart from a circle even a few pixels wide (a hexagon was not)
            d->AddNgonFilled(c, r * 1.3f, fill, 4);
            d->AddNgon(c, r * 1.3f, line, 4, outline);
            break;
        case NodeShape::circle:  // automatic segment count: ImGui takes the points from a table, not sin/cos
            d->AddCircleFilled(c, r, fill);
            d->AddCircle(c, r, line, 0, outline);
            break;
    }
}

}  // namespace ds::ui

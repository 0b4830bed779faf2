#include "explorer/layout/callout.h"

#include <algorithm>
#include <utility>

namespace ds {

CalloutBox place_callout(float anchor_x, float anchor_y, float width, float height, float plot_width, float plot_height, float gap) {
    const float right = anchor_x + gap, left = anchor_x - gap - width;
    const float above = anchor_y - gap - height, below = anchor_y + gap;
    const auto inside = [&](float x, float y) { return x >= 0 && y >= 0 && x + width <= plot_width && y + height <= plot_height; };
    for (const auto& [x, y] : {std::pair{right, above}, std::pair{left, above}, std::pair{right, below}, std::pair{left, below}}) {
        if (inside(x, y)) return {x, y, width, height};
    }
    return {std::clamp(right, 0.0f, std::max(0.0f, plot_width - width)), std::clamp(above, 0.0f, std::max(0.0f, plot_height - height)), width, height};
}

}  // namespace ds

#include "explorer/layout/callout.h"

#include <algorithm>
#include <optional>
#include <utility>

namespace ds {

CalloutBox place_callout(float anchor_x, float anchor_y, float width, float height, float plot_width, float plot_height, float gap,
                         const std::vector<CalloutBox>& obstacles) {
    const float right = anchor_x + gap, left = anchor_x - gap - width;
    const float above = anchor_y - gap - height, below = anchor_y + gap;
    const float far = 3 * gap;
    // Above or below the mark, moved in from the plot's sides: a note nearly as wide as a phone's
    // plot fits nowhere beside its mark.
    const float middle = std::clamp(anchor_x - width / 2, 0.0f, std::max(0.0f, plot_width - width));
    const std::pair<float, float> candidates[] = {
        {right, above}, {left, above}, {right, below}, {left, below}, {middle, above}, {middle, below},
        {anchor_x + far, anchor_y - far - height}, {anchor_x - far - width, anchor_y - far - height}, {anchor_x + far, anchor_y + far},
        {anchor_x - far - width, anchor_y + far}, {middle, anchor_y - far - height}, {middle, anchor_y + far},
        {0, 0}, {plot_width - width, 0}, {0, plot_height - height}, {plot_width - width, plot_height - height}};
    const auto inside = [&](float x, float y) { return x >= 0 && y >= 0 && x + width <= plot_width && y + height <= plot_height; };
    const auto covers_anchor = [&](float x, float y) { return anchor_x >= x - 4 && anchor_x <= x + width + 4 && anchor_y >= y - 4 && anchor_y <= y + height + 4; };
    const auto covered = [&](float x, float y) {
        float area = 0;
        for (const CalloutBox& o : obstacles) {
            const float w = std::min(x + width, o.x + o.width) - std::max(x, o.x), h = std::min(y + height, o.y + o.height) - std::max(y, o.y);
            if (w > 0 && h > 0) area += w * h;
        }
        return area;
    };
    std::optional<CalloutBox> best;
    float least = 0;
    for (const auto& [x, y] : candidates) {
        if (!inside(x, y) || covers_anchor(x, y)) continue;
        const float area = covered(x, y);
        if (!best || area < least) {
            best = CalloutBox{x, y, width, height};
            least = area;
        }
        if (least == 0) break;  // the nearest place that hides nothing
    }
    if (best) return *best;
    return {std::clamp(right, 0.0f, std::max(0.0f, plot_width - width)), std::clamp(above, 0.0f, std::max(0.0f, plot_height - height)), width, height};
}

}  // namespace ds

#include "explorer/layout/callout.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <utility>

#include "explorer/layout/label_layout.h"

namespace ds {
namespace {

// What a pixel of leader costs, in pixels of faded names covered.
constexpr float kLeaderCostPerPixel = 6;

}  // namespace

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
        // Level with the mark, then further out each way: where names crowd the nearer places.
        {right, anchor_y - height / 2}, {left, anchor_y - height / 2}, {anchor_x + far, anchor_y - height / 2}, {anchor_x - far - width, anchor_y - height / 2},
        {anchor_x + 2 * far, anchor_y - 2 * far - height}, {anchor_x - 2 * far - width, anchor_y - 2 * far - height}, {anchor_x + 2 * far, anchor_y + 2 * far},
        {anchor_x - 2 * far - width, anchor_y + 2 * far}, {middle, anchor_y - 2 * far - height}, {middle, anchor_y + 2 * far},
        {0, 0}, {plot_width - width, 0}, {0, plot_height - height}, {plot_width - width, plot_height - height}};
    const auto inside = [&](float x, float y) { return x >= 0 && y >= 0 && x + width <= plot_width && y + height <= plot_height; };
    const auto covers_anchor = [&](float x, float y) { return anchor_x >= x - 4 && anchor_x <= x + width + 4 && anchor_y >= y - 4 && anchor_y <= y + height + 4; };
    const auto covered = [&](float x, float y) {
        float area = 0;
        for (const CalloutBox& o : obstacles) {
            const float w = std::min(x + width, o.x + o.width) - std::max(x, o.x), h = std::min(y + height, o.y + o.height) - std::max(y, o.y);
            if (w > 0 && h > 0) area += w * h * o.weight;
        }
        return area;
    };
    // The leader runs from the mark to the box's nearest point; one that crosses a name ("OpenAI")
    // strikes it through, which costs as much as covering it.
    const auto crossed = [&](float x, float y) {
        const float ex = std::clamp(anchor_x, x, x + width), ey = std::clamp(anchor_y, y, y + height);
        float area = 0;
        for (const CalloutBox& o : obstacles) {
            if (o.x <= anchor_x && anchor_x <= o.x + o.width && o.y <= anchor_y && anchor_y <= o.y + o.height) continue;  // the mark's own
            if (segment_crosses(anchor_x, anchor_y, ex, ey, LabelBox{o.x, o.y, o.x + o.width, o.y + o.height, 0})) area += o.width * o.height * o.weight;
        }
        return area;
    };
    // A place costs what it hides and how far its leader reaches beyond the nearest places: a note in
    // the far corner with a line across the picture reads worse than one that touches a faded name.
    const auto leader = [&](float x, float y) {
        const float length = std::hypot(std::clamp(anchor_x, x, x + width) - anchor_x, std::clamp(anchor_y, y, y + height) - anchor_y);
        return std::max(0.0f, length - 2 * gap) * kLeaderCostPerPixel;
    };
    std::optional<CalloutBox> best;
    float least = 0;
    for (const auto& [x, y] : candidates) {
        if (!inside(x, y) || covers_anchor(x, y)) continue;
        const float cost = covered(x, y) + crossed(x, y) + leader(x, y);
        if (!best || cost < least) {
            best = CalloutBox{x, y, width, height};
            least = cost;
        }
        if (least == 0) break;  // the nearest place that hides nothing
    }
    if (best) return *best;
    return {std::clamp(right, 0.0f, std::max(0.0f, plot_width - width)), std::clamp(above, 0.0f, std::max(0.0f, plot_height - height)), width, height};
}

}  // namespace ds

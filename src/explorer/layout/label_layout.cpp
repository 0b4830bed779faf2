#include "explorer/layout/label_layout.h"

#include <algorithm>
#include <map>
#include <numeric>

namespace ds {

std::vector<bool> place_labels(const std::vector<LabelRequest>& labels, float gap) {
    std::vector<std::size_t> order(labels.size());
    std::iota(order.begin(), order.end(), 0);
    // Stable: equal priorities keep their input order (left to right for a timeline).
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return labels[a].priority > labels[b].priority; });
    std::map<int, std::map<float, float>> placed;  // row → x0 → x1 of placed labels
    std::vector<bool> visible(labels.size(), false);
    for (const std::size_t i : order) {
        const LabelRequest& l = labels[i];
        auto& row = placed[l.row];
        // The placed label starting at or after x0, and the one before it, are the only candidates.
        auto next = row.lower_bound(l.x0);
        if (next != row.end() && next->first < l.x1 + gap) continue;
        if (next != row.begin() && std::prev(next)->second + gap > l.x0) continue;
        row.emplace(l.x0, l.x1);
        visible[i] = true;
    }
    return visible;
}

std::vector<bool> place_boxes(const std::vector<LabelBox>& boxes, float gap) {
    std::vector<std::size_t> order(boxes.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return boxes[a].priority > boxes[b].priority; });
    std::vector<bool> visible(boxes.size(), false);
    std::vector<std::size_t> placed;  // quadratic in the labels shown; a network view shows at most a few hundred
    for (const std::size_t i : order) {
        const LabelBox& b = boxes[i];
        const bool free = std::none_of(placed.begin(), placed.end(), [&](std::size_t k) {
            const LabelBox& p = boxes[k];
            return b.x0 < p.x1 + gap && p.x0 < b.x1 + gap && b.y0 < p.y1 + gap && p.y0 < b.y1 + gap;
        });
        if (!free) continue;
        placed.push_back(i);
        visible[i] = true;
    }
    return visible;
}

int count_overlaps(std::vector<LabelBox> boxes) {
    std::sort(boxes.begin(), boxes.end(), [](const LabelBox& a, const LabelBox& b) { return a.x0 < b.x0; });
    int overlaps = 0;
    for (std::size_t i = 0; i < boxes.size(); ++i) {
        for (std::size_t j = i + 1; j < boxes.size() && boxes[j].x0 < boxes[i].x1; ++j) {
            overlaps += boxes[i].y0 < boxes[j].y1 && boxes[j].y0 < boxes[i].y1;
        }
    }
    return overlaps;
}

bool runs_out(const LabelBox& box, const LabelBox& room) {
    constexpr float kRounding = 0.5f;
    return box.x0 < room.x0 - kRounding || box.y0 < room.y0 - kRounding || box.x1 > room.x1 + kRounding || box.y1 > room.y1 + kRounding;
}

bool segment_crosses(float x0, float y0, float x1, float y1, const LabelBox& box) {
    float t0 = 0, t1 = 1;
    const float dx = x1 - x0, dy = y1 - y0;
    const float p[] = {-dx, dx, -dy, dy};
    const float q[] = {x0 - box.x0, box.x1 - x0, y0 - box.y0, box.y1 - y0};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] < 0) return false;
            continue;
        }
        const float t = q[i] / p[i];
        if (p[i] < 0) t0 = std::max(t0, t);
        else t1 = std::min(t1, t);
        if (t0 > t1) return false;
    }
    return true;
}

}  // namespace ds

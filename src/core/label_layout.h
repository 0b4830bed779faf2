#pragma once
// Labels that never overlap: placed by priority, each in its row; those that do not fit are hidden
// (the caller may shorten a label and offer it again).
#include <vector>

namespace ds {

struct LabelRequest {
    float x0 = 0, x1 = 0;  // horizontal extent in pixels
    int row = 0;           // labels in different rows never collide
    float priority = 0;    // higher is placed first
};

// visible[i] for each request; the placed labels of a row do not overlap (with `gap` pixels between).
std::vector<bool> place_labels(const std::vector<LabelRequest>& labels, float gap = 4.0f);

}  // namespace ds

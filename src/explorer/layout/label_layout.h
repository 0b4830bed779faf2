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

// The same in two dimensions, for labels that sit at any height (network node names).
struct LabelBox {
    float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    float priority = 0;
};
std::vector<bool> place_boxes(const std::vector<LabelBox>& boxes, float gap = 2.0f);

// Checks what was drawn, independently of how it was placed (the frame report counts these):
// pairs of boxes that overlap (a sweep along x, so thousands stay cheap) …
int count_overlaps(std::vector<LabelBox> boxes);
// … and whether a box runs out of the room it is drawn in (half a pixel of rounding allowed).
bool runs_out(const LabelBox& box, const LabelBox& room);
// Whether the segment from (x0, y0) to (x1, y1) passes through the box (Liang–Barsky clipping): a
// leader or a network line striking through a label.
bool segment_crosses(float x0, float y0, float x1, float y1, const LabelBox& box);

}  // namespace ds

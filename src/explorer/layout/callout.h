#pragma once
// Where a note about a mark goes in a graphic (a story step says what it is about): beside the
// mark, inside the plot, with a gap so the mark stays visible; above and to the right when it fits.
#include <vector>

namespace ds {

struct CalloutBox {
    float x = 0, y = 0, width = 0, height = 0;
    float weight = 1;  // as an obstacle: how much covering it costs per pixel (what a step is about more than the rest)
};

// The box of `width` × `height` for a mark at (anchor_x, anchor_y) in a plot of plot_width ×
// plot_height: of above-right, above-left, below-right, below-left, and above and below moved in
// from the plot's sides (then the same further out, level with the mark, further out again, then the
// plot's corners), the first inside the
// plot that covers the least of `obstacles` (the names and nodes a reader needs to see), counting an
// obstacle its leader line crosses as covered (all but one holding the mark itself); else
// above-right moved inside it (a plot smaller than the box keeps it at 0, 0).
CalloutBox place_callout(float anchor_x, float anchor_y, float width, float height, float plot_width, float plot_height, float gap = 14,
                         const std::vector<CalloutBox>& obstacles = {});

}  // namespace ds

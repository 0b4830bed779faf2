#pragma once
// An embed as a news graphic: a title, a one-line dek, a compact key, the chart without the
// explorer's controls, and a source line whose right end is left to the page's "Open full
// explorer" link. What is selected opens in a sheet under the chart.
#include "explorer/app_state.h"
#include "ui/window_state.h"

namespace ds::ui {

// Room the page's link bar takes at the right end of the source line (web/index.html #embed-bar):
// both links, or below 480 px only "Open full explorer".
inline constexpr float kEmbedBarWidth = 236.0f;
inline constexpr float kEmbedBarNarrowWidth = 160.0f;
inline constexpr float kEmbedNarrow = 480.0f;
// The network chart's height an embed asks its page for (its width on a phone, less on a wider page), within these.
// From this width a selection's sheet stands beside the chart rather than under it.
inline constexpr float kEmbedSheetBesideFrom = 560.0f;
inline constexpr float kEmbedNetworkMinHeight = 240.0f;
inline constexpr float kEmbedNetworkMaxHeight = 420.0f;

// Draws `draw_chart` (the embed's one view) inside the frame.
void draw_embed_frame(const AppState& state, AppWindow& w, Actions& actions, void (*draw_chart)(View, const AppState&, AppWindow&, Actions&));

}  // namespace ds::ui

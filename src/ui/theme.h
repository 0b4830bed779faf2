#pragma once
namespace ds::ui {
// A light, calm palette with enough contrast for text; sizes in logical pixels.
void apply_theme();
}

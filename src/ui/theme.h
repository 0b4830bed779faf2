#pragma once
namespace ds::ui {
// A light, calm palette with enough contrast for text; sizes in logical pixels.
// Light or dark; both keep text contrast (WCAG AA for body text).
void apply_theme(bool dark = false);
}

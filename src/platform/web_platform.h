#pragma once
// All browser specifics in one place: input (mouse, wheel, touch, keys, text), canvas size and
// device pixel ratio, clipboard and cursor shapes, over emscripten/html5.h. Emscripten 3.1.6's GLFW
// gets several of these wrong, so the web build does not use GLFW at all.

#include <string>

namespace ds::web {

struct FrameDisplay {
    float width = 0, height = 0;  // canvas size in CSS pixels
    float pixel_ratio = 1;        // device pixels per CSS pixel
};

// Registers event listeners on `canvas_selector` (e.g. "#canvas") and the window.
// Call once, after the ImGui context exists.
void install_platform(const char* canvas_selector);

// Call before ImGui::NewFrame(): sizes the canvas backing store, feeds ImGui the display size,
// delta time and mouse state collected since the last frame.
FrameDisplay begin_platform_frame();

// Call after ImGui::Render(): applies the cursor ImGui asks for.
void end_platform_frame();

// Idle: whether a frame should be drawn now — input arrived, the canvas size or pixel ratio
// changed, or something asked to be woken (an API call, data loaded) within the last `settle_ms`
// (ImGui needs a few frames to settle hover and focus).
bool frame_wanted(double settle_ms = 500);
// Asks for frames from now on for `settle_ms`, e.g. after an API call changed the state; resumes a
// sleeping main loop.
void wake();
// In an embed the wheel scrolls the host page until the reader clicks or focuses the canvas.
void set_embed(bool embed);

// Text the user pasted while no text field had focus (the page's paste event), once; "" if none.
// A text field gets a paste as Ctrl+V instead.
std::string take_unclaimed_paste();

// Pauses the main loop (no requestAnimationFrame at all) until input, a window resize or wake().
void sleep_until_woken();

}  // namespace ds::web

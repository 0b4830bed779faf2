#pragma once
// Text typed on a phone's or tablet's on-screen keyboard. A canvas is not a text field: a tap on an
// ImGui field opens no keyboard, and what phone keyboards send (composed words, input events, key
// code 229) never arrives as the keydown the desktop path reads. So while an ImGui text field is
// active after a touch, a real <input> holds the focus (the keyboard opens) and each change of its
// value replaces the field's text: all of it selected in one frame, the new text typed in the next.

namespace ds::web::touch_text {

// Creates the hidden <input> and listens to it. Call once, after the ImGui context exists.
void install();

// The last pointer was a finger or pen (true) or a mouse (false); only touch opens the keyboard.
void set_touch(bool touch);

// Before ImGui::NewFrame(), after the keys are set: feeds the next queued step (select all, the
// text, Enter) to ImGui.
void feed_frame();

// After the frame, and at the end of a touch (iOS opens the keyboard only for a focus inside the
// gesture): the <input> follows the active text field — focused with its text when one becomes
// active after a touch, let go when none is.
void follow_active_field();

}  // namespace ds::web::touch_text

#include "web_platform.h"

#include <algorithm>
#include <array>
#include <cfloat>
#include <cmath>
#include <cstring>
#include <string>
#include <utility>

#include <emscripten.h>
#include <emscripten/html5.h>
#include <imgui.h>

#include "web_touch_scroll.h"
#include "web_touch_text.h"

namespace ds::web {

namespace {

// ----------------------------------------------------------------------------------------------
// State collected between frames
// ----------------------------------------------------------------------------------------------
struct Platform {
    std::string canvas;
    double last_time = 0;
    float pixel_ratio = 0;
    // A press and release inside one frame must still reach ImGui as a click.
    std::array<bool, 5> mouse_down{};
    std::array<bool, 5> pressed_since_frame{};
    // A press where the pointer was not in the last frame (a tap, a click without a move first) is
    // held back one frame: ImGui 1.86 lets tabs and overlapping items take a press only where the
    // pointer hovered in the frame before, so such presses were lost.
    std::array<bool, 5> press_waits{};
    float frame_mouse_x = -FLT_MAX, frame_mouse_y = -FLT_MAX;  // what the last frame was told
    // Keys too: a quick tap (down and up before the next frame) is held down for one frame.
    std::array<bool, 512> key_down{};
    std::array<bool, 512> key_pressed_since_frame{};
    float mouse_x = -FLT_MAX, mouse_y = -FLT_MAX;
    float wheel_x = 0, wheel_y = 0;
    float pinch_wheel = 0;        // two fingers' pinch, as wheel notches that zoom
    bool ctrl_for_pinch = false;  // Ctrl was set for a pinch's frame, to be let go
    int touch_id = -1;
    // A finger leaves no pointer behind: once the frame that saw the release has run, the pointer
    // is taken off the canvas, so no hover or tooltip stays up after a tap.
    enum class Lift { none, after_release, next_frame } lift = Lift::none;
    // A finger held still shows what hovering shows on a desktop (a tooltip, a mention's value)
    // instead of tapping: the press is let go away from the canvas for a frame, so nothing is
    // clicked, then the pointer stays where the finger is until the next touch.
    enum class LongPress { none, armed, letting_go, hovering } long_press = LongPress::none;
    double touch_started = 0;
    float touch_x0 = 0, touch_y0 = 0;
    bool frame_was_down = false;
    bool scrolling = false;  // the finger swipes a window (web_touch_scroll.h): no press, no pointer
    double pinch_distance = 0;
    double last_wake = 0;  // emscripten_get_now() of the last input or wake()
    // Frames still owed to the last input or wake(), however long they take: on a loaded machine a
    // frame can outlast the settle time, and the change would otherwise be left undrawn.
    int frames_owed = 0;
    double css_w = 0, css_h = 0;  // as drawn last
    bool paused = false;          // the main loop sleeps until input or wake()
    bool embed = false;  // between two fingers at the last touch event; 0 when not pinching
    std::string clipboard;    // last text the page pasted or the app copied
    bool paste_pending = false;
    std::string unclaimed_paste;  // pasted while no text field had focus
    ImGuiMouseCursor cursor = ImGuiMouseCursor_Arrow;
};
Platform g;

// DOM keyCode values double as our KeysDown[] indices (all below 512).
enum DomKey {
    kBackspace = 8, kTab = 9, kEnter = 13, kEscape = 27, kSpace = 32, kPageUp = 33, kPageDown = 34, kEnd = 35,
    kHome = 36, kLeft = 37, kUp = 38, kRight = 39, kDown = 40, kInsert = 45, kDelete = 46,
    kA = 65, kC = 67, kV = 86, kX = 88, kY = 89, kZ = 90,
};

EM_JS(void, js_canvas_origin, (const char* selector, float* x, float* y), {
    const el = document.querySelector(UTF8ToString(selector));
    const r = el ? el.getBoundingClientRect() : {left: 0, top: 0};
    HEAPF32[x >> 2] = r.left;
    HEAPF32[y >> 2] = r.top;
});

EM_JS(void, js_set_cursor, (const char* selector, const char* cursor), {
    const el = document.querySelector(UTF8ToString(selector));
    if (el) el.style.cursor = UTF8ToString(cursor);
});

EM_JS(void, js_write_clipboard, (const char* text), {
    const s = UTF8ToString(text);
    if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(s).catch((e) => console.warn('dealscope: clipboard write refused:', e.message));
    }
});

// The browser only hands over clipboard text in a 'paste' event; Ctrl+V is replayed to ImGui then.
EM_JS(void, js_listen_for_paste, (), {
    window.addEventListener('paste', (e) => {
        // A paste into the page's own fields (the paste box's text area) is theirs.
        const into = e.target && e.target.tagName;
        if (into === 'TEXTAREA' || into === 'INPUT') return;
        const text = (e.clipboardData || window.clipboardData).getData('text');
        if (!text) return;
        const n = lengthBytesUTF8(text) + 1;
        const p = _malloc(n);
        stringToUTF8(text, p, n);
        _ds_on_paste(p);
        _free(p);
        e.preventDefault();
    });
});

void to_canvas_coords(long client_x, long client_y) {
    float ox = 0, oy = 0;
    js_canvas_origin(g.canvas.c_str(), &ox, &oy);
    g.mouse_x = static_cast<float>(client_x) - ox;
    g.mouse_y = static_cast<float>(client_y) - oy;
}

void set_modifiers(bool ctrl, bool shift, bool alt, bool meta) {
    ImGuiIO& io = ImGui::GetIO();
    io.KeyCtrl = ctrl;
    io.KeyShift = shift;
    io.KeyAlt = alt;
    io.KeySuper = meta;
}

int imgui_button(unsigned short dom_button) {
    switch (dom_button) {
        case 0: return 0;  // primary
        case 1: return 2;  // middle
        case 2: return 1;  // secondary
        default: return dom_button < 5 ? dom_button : -1;
    }
}

// ----------------------------------------------------------------------------------------------
// Event callbacks (return true to stop the browser's default action)
// ----------------------------------------------------------------------------------------------
EM_BOOL on_mouse(int type, const EmscriptenMouseEvent* e, void*) {
    wake();
    to_canvas_coords(e->clientX, e->clientY);
    set_modifiers(e->ctrlKey, e->shiftKey, e->altKey, e->metaKey);
    const int button = imgui_button(e->button);
    if (type == EMSCRIPTEN_EVENT_MOUSEDOWN && button >= 0) {
        touch_text::set_touch(false);
        g.mouse_down[button] = true;
        g.pressed_since_frame[button] = true;
        g.press_waits[button] = g.mouse_x != g.frame_mouse_x || g.mouse_y != g.frame_mouse_y;
        return EM_FALSE;  // keep focus handling and text selection semantics of the page
    }
    if (type == EMSCRIPTEN_EVENT_MOUSEUP && button >= 0) g.mouse_down[button] = false;
    // Over what the page lays on the canvas ("Tap to explore", a story's bar, a notice), the pointer
    // is not over the app: no hover, no tooltip under it. A tap on the pill is such a move (the
    // browser's mouse events after a touch, whose release reaches the window), and it left a tooltip
    // standing where the finger was. A drag that began on the canvas keeps its pointer until let go.
    if (type != EMSCRIPTEN_EVENT_MOUSEDOWN && std::none_of(std::begin(g.mouse_down), std::end(g.mouse_down), [](bool b) { return b; }) &&
        !EM_ASM_INT({ return document.elementFromPoint($0, $1) === Module.canvas ? 1 : 0; }, e->clientX, e->clientY)) {
        g.mouse_x = g.mouse_y = -FLT_MAX;
    }
    return EM_FALSE;
}

EM_BOOL on_mouse_leave(int, const EmscriptenMouseEvent*, void*) {
    wake();
    if (std::none_of(std::begin(g.mouse_down), std::end(g.mouse_down), [](bool b) { return b; })) g.mouse_x = g.mouse_y = -FLT_MAX;
    return EM_FALSE;
}

EM_BOOL on_wheel(int, const EmscriptenWheelEvent* e, void*) {
    // An embed does not trap the host page's scrolling: until the canvas has focus the wheel is
    // left to the page, and the page shows a hint.
    if (g.embed && !EM_ASM_INT({ return document.activeElement === Module.canvas ? 1 : 0; })) {
        EM_ASM({ if (Module.dealscopeWheelHint) Module.dealscopeWheelHint(); });
        return EM_FALSE;
    }
    wake();
    // One ImGui unit is about one notch; browsers report pixels (mode 0), lines (1) or pages (2).
    const double per_unit = e->deltaMode == DOM_DELTA_PIXEL ? 100.0 : e->deltaMode == DOM_DELTA_LINE ? 3.0 : 1.0;
    g.wheel_x -= static_cast<float>(e->deltaX / per_unit);
    g.wheel_y -= static_cast<float>(e->deltaY / per_unit);  // DOM: positive is down; ImGui: positive is up
    // The wheel's own modifiers: Ctrl+wheel zooms, and a trackpad's pinch comes as one without a key.
    set_modifiers(e->mouse.ctrlKey, e->mouse.shiftKey, e->mouse.altKey, e->mouse.metaKey);
    to_canvas_coords(e->mouse.clientX, e->mouse.clientY);
    return EM_TRUE;
}

// Two fingers pinch: the change in their distance becomes wheel zoom about their midpoint (the
// timeline and network zoom on the wheel), and the one-finger drag is let go meanwhile.
bool pinch(int type, const EmscriptenTouchEvent* e) {
    const EmscriptenTouchPoint* fingers[2] = {nullptr, nullptr};
    int n = 0;
    for (int i = 0; i < e->numTouches && n < 2; ++i) {
        if (type == EMSCRIPTEN_EVENT_TOUCHEND && e->touches[i].isChanged) continue;  // lifted
        fingers[n++] = &e->touches[i];
    }
    if (n < 2) {
        g.pinch_distance = 0;
        return false;
    }
    const double dx = static_cast<double>(fingers[0]->clientX - fingers[1]->clientX), dy = static_cast<double>(fingers[0]->clientY - fingers[1]->clientY);
    const double distance = std::max(1.0, std::hypot(dx, dy));
    to_canvas_coords((fingers[0]->clientX + fingers[1]->clientX) / 2, (fingers[0]->clientY + fingers[1]->clientY) / 2);
    if (g.pinch_distance > 0) g.pinch_wheel += static_cast<float>(std::log(distance / g.pinch_distance) / 0.1625);  // 0.1625 = -ln 0.85, one wheel notch
    g.pinch_distance = distance;
    g.mouse_down[0] = false;
    g.touch_id = -1;
    touch_scroll::touch_ended();
    return true;
}

constexpr double kLongPressMs = 500;
constexpr float kLongPressSlopPx = 10;  // a finger moving further pans or drags instead

void long_press_due(void*) {
    if (g.long_press != Platform::LongPress::armed || g.touch_id < 0 || emscripten_get_now() - g.touch_started < kLongPressMs - 1) return;
    g.long_press = Platform::LongPress::letting_go;
    wake();
}

EM_BOOL on_touch(int type, const EmscriptenTouchEvent* e, void*) {
    wake();
    if (pinch(type, e)) return EM_TRUE;
    // One finger drives the mouse.
    for (int i = 0; i < e->numTouches; ++i) {
        const EmscriptenTouchPoint& t = e->touches[i];
        if (!t.isChanged) continue;
        if (type == EMSCRIPTEN_EVENT_TOUCHSTART && g.touch_id < 0) {
            g.lift = Platform::Lift::none;
            touch_text::set_touch(true);
            g.touch_id = static_cast<int>(t.identifier);
            to_canvas_coords(t.clientX, t.clientY);
            g.mouse_down[0] = true;
            g.pressed_since_frame[0] = true;
            g.press_waits[0] = g.mouse_x != g.frame_mouse_x || g.mouse_y != g.frame_mouse_y;
            g.long_press = Platform::LongPress::armed;
            g.touch_started = emscripten_get_now();
            g.touch_x0 = g.mouse_x, g.touch_y0 = g.mouse_y;
            touch_scroll::touch_started(g.mouse_x, g.mouse_y);
            emscripten_async_call(long_press_due, nullptr, static_cast<int>(kLongPressMs) + 20);
        } else if (static_cast<int>(t.identifier) == g.touch_id) {
            to_canvas_coords(t.clientX, t.clientY);
            if (g.long_press == Platform::LongPress::armed && std::hypot(g.mouse_x - g.touch_x0, g.mouse_y - g.touch_y0) > kLongPressSlopPx)
                g.long_press = Platform::LongPress::none;
            if (type == EMSCRIPTEN_EVENT_TOUCHMOVE && touch_scroll::finger_moved(g.mouse_x, g.mouse_y)) {
                // A swipe scrolls: the press is let go off the canvas, so nothing under it is clicked.
                g.scrolling = true;
                g.mouse_down[0] = g.pressed_since_frame[0] = g.press_waits[0] = false;
                g.long_press = Platform::LongPress::none;
            }
            if (type == EMSCRIPTEN_EVENT_TOUCHEND || type == EMSCRIPTEN_EVENT_TOUCHCANCEL) {
                g.mouse_down[0] = false;
                g.touch_id = -1;
                // After a long press the pointer stays, and with it what it shows, until the next touch.
                touch_scroll::touch_ended();
                if (std::exchange(g.scrolling, false)) g.mouse_x = g.mouse_y = -FLT_MAX;  // the pointer was off already
                else if (g.long_press == Platform::LongPress::hovering) g.long_press = Platform::LongPress::none;
                else g.lift = Platform::Lift::after_release;
                // A field the press made active gets the keyboard now, inside the gesture (iOS).
                touch_text::follow_active_field();
            }
        }
    }
    return EM_TRUE;  // no emulated mouse events, no page scroll under the canvas
}

bool is_single_code_point(const char* utf8) {
    const std::size_t n = std::strlen(utf8);
    if (n == 0 || n > 4) return false;
    const auto lead = static_cast<unsigned char>(utf8[0]);
    const std::size_t expected = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    return n == expected && lead >= 0x20 && lead != 0x7F;
}

EM_BOOL on_key(int type, const EmscriptenKeyboardEvent* e, void*) {
    wake();
    ImGuiIO& io = ImGui::GetIO();
    set_modifiers(e->ctrlKey, e->shiftKey, e->altKey, e->metaKey);
    const bool down = type == EMSCRIPTEN_EVENT_KEYDOWN;
    const bool command = (e->ctrlKey || e->metaKey) && !e->altKey;  // Ctrl+Alt is AltGr on Windows
    if (command && e->keyCode == kV) return EM_FALSE;  // let the browser fire 'paste'
    if (e->keyCode < 512) {
        g.key_down[e->keyCode] = down;
        if (down) g.key_pressed_since_frame[e->keyCode] = true;
    }
    if (down && !command && is_single_code_point(e->key)) {
        io.AddInputCharactersUTF8(e->key);  // e.key keeps umlauts and AltGr characters (@ € { })
    }
    // Keys the page would otherwise act on (scrolling, focus moves, back navigation).
    switch (e->keyCode) {
        case kTab: case kSpace: case kBackspace: case kPageUp: case kPageDown: case kEnd: case kHome:
        case kLeft: case kUp: case kRight: case kDown:
            return EM_TRUE;
        // Ctrl+A selects a field's text in the app; the page selecting all its text too (the notice, the
        // hidden table) looked like a second selection.
        case kA:
            return command ? EM_TRUE : (down && is_single_code_point(e->key) ? EM_TRUE : EM_FALSE);
        default:
            return command ? EM_FALSE : (down && is_single_code_point(e->key) ? EM_TRUE : EM_FALSE);
    }
}

const char* get_clipboard(void*) { return g.clipboard.c_str(); }
void set_clipboard(void*, const char* text) {
    g.clipboard = text;
    js_write_clipboard(text);
}

const char* css_cursor(ImGuiMouseCursor c) {
    switch (c) {
        case ImGuiMouseCursor_None: return "none";
        case ImGuiMouseCursor_TextInput: return "text";
        case ImGuiMouseCursor_ResizeAll: return "move";
        case ImGuiMouseCursor_ResizeNS: return "ns-resize";
        case ImGuiMouseCursor_ResizeEW: return "ew-resize";
        case ImGuiMouseCursor_ResizeNESW: return "nesw-resize";
        case ImGuiMouseCursor_ResizeNWSE: return "nwse-resize";
        case ImGuiMouseCursor_Hand: return "pointer";
        case ImGuiMouseCursor_NotAllowed: return "not-allowed";
        default: return "default";
    }
}

}  // namespace

// ----------------------------------------------------------------------------------------------
// Public interface
// ----------------------------------------------------------------------------------------------
void wake() {
    g.last_wake = emscripten_get_now();
    g.frames_owed = 4;
    if (g.paused) {
        g.paused = false;
        emscripten_resume_main_loop();
    }
}

void set_embed(bool embed) { g.embed = embed; }

void sleep_until_woken() {
    if (g.paused) return;
    g.paused = true;
    emscripten_pause_main_loop();
}

EM_BOOL on_resize(int, const EmscriptenUiEvent*, void*) {
    wake();
    return EM_FALSE;
}

void install_platform(const char* canvas_selector) {
    g.canvas = canvas_selector;
    ImGuiIO& io = ImGui::GetIO();
    io.BackendPlatformName = "dealscope_web";
    io.BackendFlags |= ImGuiBackendFlags_HasMouseCursors;
    const std::pair<ImGuiKey_, int> keys[] = {
        {ImGuiKey_Tab, kTab}, {ImGuiKey_LeftArrow, kLeft}, {ImGuiKey_RightArrow, kRight}, {ImGuiKey_UpArrow, kUp},
        {ImGuiKey_DownArrow, kDown}, {ImGuiKey_PageUp, kPageUp}, {ImGuiKey_PageDown, kPageDown}, {ImGuiKey_Home, kHome},
        {ImGuiKey_End, kEnd}, {ImGuiKey_Insert, kInsert}, {ImGuiKey_Delete, kDelete}, {ImGuiKey_Backspace, kBackspace},
        {ImGuiKey_Space, kSpace}, {ImGuiKey_Enter, kEnter}, {ImGuiKey_Escape, kEscape}, {ImGuiKey_KeyPadEnter, kEnter},
        {ImGuiKey_A, kA}, {ImGuiKey_C, kC}, {ImGuiKey_V, kV}, {ImGuiKey_X, kX}, {ImGuiKey_Y, kY}, {ImGuiKey_Z, kZ},
    };
    for (const auto& [key, code] : keys) io.KeyMap[key] = code;
    io.GetClipboardTextFn = get_clipboard;
    io.SetClipboardTextFn = set_clipboard;

    const char* canvas = g.canvas.c_str();
    emscripten_set_mousedown_callback(canvas, nullptr, true, on_mouse);
    // Move and release on the window so drags that leave the canvas still end.
    emscripten_set_mousemove_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, true, on_mouse);
    emscripten_set_mouseup_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, true, on_mouse);
    // A pointer that leaves the canvas (for an embed's host page, which sends the frame no more
    // moves) must not leave a tooltip standing.
    emscripten_set_mouseleave_callback(canvas, nullptr, false, on_mouse_leave);
    emscripten_set_wheel_callback(canvas, nullptr, false, on_wheel);
    emscripten_set_resize_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, false, on_resize);
    emscripten_set_touchstart_callback(canvas, nullptr, false, on_touch);
    emscripten_set_touchmove_callback(canvas, nullptr, false, on_touch);
    emscripten_set_touchend_callback(canvas, nullptr, false, on_touch);
    emscripten_set_touchcancel_callback(canvas, nullptr, false, on_touch);
    emscripten_set_keydown_callback(canvas, nullptr, false, on_key);
    emscripten_set_keyup_callback(canvas, nullptr, false, on_key);
    js_listen_for_paste();
    touch_text::install();
    g.last_time = emscripten_get_now();
}

bool frame_wanted(double settle_ms) {
    double css_w = 0, css_h = 0;
    emscripten_get_element_css_size(g.canvas.c_str(), &css_w, &css_h);
    const bool resized = css_w != g.css_w || css_h != g.css_h || static_cast<float>(emscripten_get_device_pixel_ratio()) != g.pixel_ratio;
    const bool owed = g.frames_owed > 0;
    if (owed) --g.frames_owed;
    return resized || owed || emscripten_get_now() - g.last_wake < settle_ms;
}

FrameDisplay begin_platform_frame() {
    ImGuiIO& io = ImGui::GetIO();
    FrameDisplay d;
    double css_w = 0, css_h = 0;
    emscripten_get_element_css_size(g.canvas.c_str(), &css_w, &css_h);
    g.css_w = css_w;
    g.css_h = css_h;
    d.width = static_cast<float>(css_w);
    d.height = static_cast<float>(css_h);
    d.pixel_ratio = static_cast<float>(emscripten_get_device_pixel_ratio());
    if (d.pixel_ratio <= 0) d.pixel_ratio = 1;
    g.pixel_ratio = d.pixel_ratio;

    // The backing store follows the CSS size times the pixel ratio, so text stays sharp after a resize.
    const int want_w = static_cast<int>(std::lround(css_w * d.pixel_ratio));
    const int want_h = static_cast<int>(std::lround(css_h * d.pixel_ratio));
    int have_w = 0, have_h = 0;
    emscripten_get_canvas_element_size(g.canvas.c_str(), &have_w, &have_h);
    if (want_w != have_w || want_h != have_h) emscripten_set_canvas_element_size(g.canvas.c_str(), want_w, want_h);

    io.DisplaySize = ImVec2(d.width, d.height);
    io.DisplayFramebufferScale = ImVec2(d.pixel_ratio, d.pixel_ratio);
    const double now = emscripten_get_now();
    io.DeltaTime = static_cast<float>(std::max(1e-4, (now - g.last_time) / 1000.0));  // never zero
    g.last_time = now;

    io.MousePos = ImVec2(g.mouse_x, g.mouse_y);
    g.frame_mouse_x = g.mouse_x, g.frame_mouse_y = g.mouse_y;
    for (int i = 0; i < 5; ++i) {
        if (g.press_waits[i]) {
            // This frame only moves the pointer there; the press (kept pending) lands in the next.
            g.press_waits[i] = false;
            io.MouseDown[i] = false;
            wake();
            continue;
        }
        io.MouseDown[i] = g.mouse_down[i] || g.pressed_since_frame[i];
        g.pressed_since_frame[i] = false;
    }
    if (g.long_press == Platform::LongPress::letting_go) {
        // The held press is let go off the canvas (no item takes it as a click); from the next frame
        // the pointer hovers where the finger is.
        g.mouse_down[0] = false;
        g.pressed_since_frame[0] = false;
        io.MouseDown[0] = false;
        io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
        g.frame_mouse_x = g.frame_mouse_y = -FLT_MAX;
        g.long_press = Platform::LongPress::hovering;
        wake();
    }
    if (g.lift == Platform::Lift::next_frame) {
        g.mouse_x = g.mouse_y = -FLT_MAX;
        io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
        g.frame_mouse_x = g.frame_mouse_y = -FLT_MAX;
        g.lift = Platform::Lift::none;
    } else if (g.lift == Platform::Lift::after_release && g.frame_was_down && !io.MouseDown[0]) {
        g.lift = Platform::Lift::next_frame;  // this frame releases at the finger; the next lifts it
        wake();
    }
    if (g.scrolling) {
        io.MouseDown[0] = false;
        io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
        g.frame_mouse_x = g.frame_mouse_y = -FLT_MAX;
    }
    touch_scroll::apply();
    g.frame_was_down = io.MouseDown[0];
    for (std::size_t k = 0; k < g.key_down.size(); ++k) {
        io.KeysDown[k] = g.key_down[k] || g.key_pressed_since_frame[k];
        g.key_pressed_since_frame[k] = false;
    }
    io.MouseWheel += g.wheel_y;
    io.MouseWheelH += g.wheel_x;
    g.wheel_x = g.wheel_y = 0;
    // A pinch is Ctrl+wheel for the frame that delivers it (what zooms, not what scrolls), as browsers
    // report a trackpad's; the keys' own Ctrl comes back the frame after.
    if (g.pinch_wheel != 0) {
        io.MouseWheel += g.pinch_wheel;
        io.KeyCtrl = g.ctrl_for_pinch = true;
        g.pinch_wheel = 0;
    } else if (g.ctrl_for_pinch) {
        io.KeyCtrl = g.ctrl_for_pinch = false;
    }

    // Replay a paste as Ctrl+V for one frame, now that the clipboard text is here, when a text field
    // has focus; otherwise the text is the app's to take (a pasted article).
    const bool to_field = g.paste_pending && io.WantTextInput;
    io.KeysDown[kV] = to_field;
    if (to_field) io.KeyCtrl = true;
    if (g.paste_pending && !to_field) g.unclaimed_paste = g.clipboard;
    g.paste_pending = false;
    touch_text::feed_frame();
    return d;
}

std::string take_unclaimed_paste() { return std::exchange(g.unclaimed_paste, std::string()); }

void end_platform_frame() {
    touch_text::follow_active_field();
    touch_scroll::frame_ended();
    const ImGuiMouseCursor cursor = ImGui::GetIO().MouseDrawCursor ? ImGuiMouseCursor_None : ImGui::GetMouseCursor();
    if (cursor != g.cursor) {
        g.cursor = cursor;
        js_set_cursor(g.canvas.c_str(), css_cursor(cursor));
    }
}

}  // namespace ds::web

extern "C" EMSCRIPTEN_KEEPALIVE void ds_on_paste(const char* text) {
    ds::web::g.clipboard = text;
    ds::web::g.paste_pending = true;
    ds::web::wake();
}

#include "web_touch_text.h"

#include <deque>
#include <string>
#include <utility>

#include <emscripten.h>
#include <imgui.h>
#include <imgui_internal.h>  // the active field's id, text and caret position

#include "web_platform.h"

namespace ds::web::touch_text {

namespace {

// What reaches ImGui one frame at a time: a press and its release must fall in different frames,
// and typed characters replace a selection only after it was made.
struct Step {
    enum class Kind { select_all, type, key } kind;
    std::string text;  // type: the field's whole new text
    int key = 0;       // key: the io.KeysDown index
};

struct State {
    ImGuiID field = 0;      // the ImGui field the <input> stands for; 0 when it has no focus
    ImGuiID dismissed = 0;  // the user closed the keyboard over this field: not reopened until a new touch
    bool touch = false;
    bool ctrl_forced = false;  // the select-all frame held Ctrl; the next one lets it go
    int last_key = -1;         // pressed in the last frame: the same key again waits a frame
    ImVec2 placed{-1, -1};     // where the <input> was put last, in canvas pixels
    std::deque<Step> steps;
};
State s;

EM_JS(void, js_install_touch_text, (), {
    const input = document.createElement('input');
    input.type = 'text';
    input.id = 'ds-touch-text';
    input.setAttribute('autocomplete', 'off');
    input.setAttribute('autocorrect', 'off');
    input.setAttribute('autocapitalize', 'off');
    input.setAttribute('spellcheck', 'false');
    input.setAttribute('aria-label', 'Text field');
    // Invisible but focusable (display:none or visibility:hidden would open no keyboard); 16 px text
    // keeps iOS from zooming in on focus.
    input.style.cssText = 'position:fixed;left:0;top:0;width:2px;height:20px;opacity:0;border:0;padding:0;margin:0;' +
        'font-size:16px;caret-color:transparent;color:transparent;background:transparent;pointer-events:none;z-index:0';
    document.body.appendChild(input);
    const send = (fn, text) => {
        const n = lengthBytesUTF8(text) + 1;
        const p = _malloc(n);
        stringToUTF8(text, p, n);
        fn(p);
        _free(p);
    };
    input.addEventListener('input', () => send(_ds_touch_text_changed, input.value));
    input.addEventListener('keydown', (e) => {
        const keys = { Enter: 13, Escape: 27, Tab: 9 };
        if (!(e.key in keys)) return;
        e.preventDefault();
        _ds_touch_text_key(keys[e.key]);
    });
    input.addEventListener('blur', () => _ds_touch_text_blurred());
    Module.dealscopeTouchText = input;
});

// Puts the <input> at the field's caret (canvas pixels) with the field's text and focuses it.
EM_JS(void, js_focus_touch_text, (const char* text, float x, float y, float height), {
    const input = Module.dealscopeTouchText;
    const r = Module.canvas.getBoundingClientRect();
    input.style.left = (r.left + x) + 'px';
    input.style.top = (r.top + y) + 'px';
    input.style.height = Math.max(16, height) + 'px';
    if (text !== 0) {
        input.value = UTF8ToString(text);
        input.focus({ preventScroll: true });
        input.setSelectionRange(input.value.length, input.value.length);
    }
});

EM_JS(void, js_blur_touch_text, (), {
    const input = Module.dealscopeTouchText;
    if (document.activeElement === input) input.blur();
});

ImGuiID active_text_field() {
    const ImGuiContext& g = *GImGui;
    return g.ActiveId != 0 && g.InputTextState.ID == g.ActiveId ? g.ActiveId : 0;
}

std::string field_text() {
    const ImGuiInputTextState& field = GImGui->InputTextState;
    std::string text(static_cast<std::size_t>(field.CurLenW) * 4 + 1, '\0');
    const int n = ImTextStrToUtf8(text.data(), static_cast<int>(text.size()), field.TextW.Data, field.TextW.Data + field.CurLenW);
    text.resize(static_cast<std::size_t>(n));
    return text;
}

void changed(std::string text) {
    if (s.field == 0) return;
    // A change not yet typed is replaced: only the newest text matters.
    if (!s.steps.empty() && s.steps.back().kind == Step::Kind::type) {
        s.steps.back().text = std::move(text);
    } else {
        s.steps.push_back({Step::Kind::select_all, {}, 0});
        s.steps.push_back({Step::Kind::type, std::move(text), 0});
    }
    wake();
}

}  // namespace

void install() { js_install_touch_text(); }

void set_touch(bool touch) {
    s.touch = touch;
    if (touch) s.dismissed = 0;  // a new touch may reopen the keyboard the user closed
}

void feed_frame() {
    ImGuiIO& io = ImGui::GetIO();
    if (s.ctrl_forced) io.KeyCtrl = false, s.ctrl_forced = false;
    const int pressed_before = std::exchange(s.last_key, -1);
    if (s.steps.empty()) return;
    if (s.field == 0 || active_text_field() != s.field) {
        s.steps.clear();
        return;
    }
    const Step step = s.steps.front();
    const int key = step.kind == Step::Kind::select_all ? io.KeyMap[ImGuiKey_A]
                    : step.kind == Step::Kind::key      ? step.key
                    : step.text.empty()                 ? io.KeyMap[ImGuiKey_Delete]
                                                        : -1;
    wake();
    if (key >= 0 && key == pressed_before) return;  // still down from the last frame: let it go first
    s.steps.pop_front();
    if (step.kind == Step::Kind::select_all) {
        io.KeyCtrl = true, s.ctrl_forced = true;
        io.KeyShift = io.KeyAlt = io.KeySuper = false;
    }
    if (step.kind == Step::Kind::type && !step.text.empty()) io.AddInputCharactersUTF8(step.text.c_str());
    if (key >= 0) io.KeysDown[key] = true, s.last_key = key;
}

void follow_active_field() {
    const ImGuiID id = active_text_field();
    const ImGuiContext& g = *GImGui;
    const ImVec2 caret(g.PlatformImePos.x, g.PlatformImePos.y);
    if (id != 0 && id == s.field) {
        if (caret.x != s.placed.x || caret.y != s.placed.y) js_focus_touch_text(nullptr, caret.x, caret.y, g.FontSize), s.placed = caret;
        return;
    }
    if (id == 0 || !s.touch || id == s.dismissed) {
        const bool focused = std::exchange(s.field, 0) != 0;
        if (focused) js_blur_touch_text();  // closes the keyboard (its blur event finds no field)
        s.steps.clear();
        if (id == 0) s.dismissed = 0;
        return;
    }
    s.field = id;
    s.steps.clear();
    s.placed = caret;
    js_focus_touch_text(field_text().c_str(), caret.x, caret.y, g.FontSize);
}

}  // namespace ds::web::touch_text

extern "C" {

EMSCRIPTEN_KEEPALIVE void ds_touch_text_changed(const char* text) { ds::web::touch_text::changed(text); }

EMSCRIPTEN_KEEPALIVE void ds_touch_text_key(int key) {
    using namespace ds::web::touch_text;
    if (s.field == 0) return;
    s.steps.push_back({Step::Kind::key, {}, key});
    ds::web::wake();
}

// The keyboard was closed (or focus went elsewhere): the field stays active, the keyboard stays
// closed until the next touch.
EMSCRIPTEN_KEEPALIVE void ds_touch_text_blurred() {
    using namespace ds::web::touch_text;
    if (s.field == 0) return;
    s.dismissed = s.field;
    s.field = 0;
    s.steps.clear();
}

}

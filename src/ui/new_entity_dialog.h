#pragma once
#include "explorer/actions.h"
#include "core/text/language.h"
#include "ui/window_state.h"

namespace ds::ui {
// The dialog "New entity": name, kind and other spellings of a name the user makes an entity of;
// "Create" asks for it (Actions::create_entity). Opens when `draft.open` is set; draw it every frame
// in the same place as the control that set it.
void draw_new_entity_dialog(NewEntityDraft& draft, Actions& actions, Language language);
}

#pragma once
// The detail panel's editor for one of the user's names (a table's new name): rename it, give it a
// kind, or say it is an entity dealscope knows — picked by typing part of its name.
#include "core/annotate/gazetteer.h"
#include "explorer/actions.h"
#include "explorer/app_state.h"
#include "ui/window_state.h"

namespace ds::ui {

void draw_user_entity_editor(const AppState& state, const Entity& entity, EntityEditorState& view, Actions& actions);

}  // namespace ds::ui

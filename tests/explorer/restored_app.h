#pragma once
// A second copy of the app — another tab, a restart — restoring the user's data from `records` as
// the store holds them.
#include "explorer/app_state.h"
#include "explorer/user_store.h"

namespace ds {

inline AppState restored_app(const UserRecords& records) {
    AppState other = load_app_state(DEALSCOPE_ASSETS_DIR);
    StoredUserData stored;
    stored.generation = 1;
    stored.records = records;
    restore_user_store(other, stored, "test storage");
    return other;
}

}  // namespace ds

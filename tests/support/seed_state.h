#pragma once
// The explorer's state on the seed data, opened by a link as the page opens one ("lang=de&types=…"),
// its derived data worked out; a link with warnings fails the test.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "explorer/app_state.h"
#include "explorer/derived.h"
#include "explorer/view_link.h"

namespace ds::test {

inline AppState seed_state(const std::string& link = "") {
    AppState state = load_app_state(DEALSCOPE_ASSETS_DIR);
    std::vector<std::string> warnings;
    if (!link.empty()) apply_link(state, link, warnings);
    CHECK(warnings.empty());
    refresh_derived(state);
    return state;
}

}  // namespace ds::test

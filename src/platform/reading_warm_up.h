// Compiles the code that reads a user's article before the user adds one (see the .cpp for why).
#pragma once

namespace ds::web {

// Starts the warm-up: a few tasks after the page has settled, each short. Call once, after the first frame.
void warm_up_reading();

}  // namespace ds::web

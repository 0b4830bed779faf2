#pragma once
// The page's one session and its bridge, shared by the loop (web_main.cpp) and the functions the
// page calls (web_api.cpp). Web only.
#include "explorer/session.h"
#include "platform/page_bridge.h"

namespace ds::web {

Session& session();
PageBridge& page_bridge();

// Puts a write of the user's data into Module.dealscopeWrite ({base_generation, put: {key: bytes},
// remove: [key]}), records as bytes: decoding a 5 MB record into a JavaScript string took 100 ms in
// the page, a JSON text of it more. `now` copies them out of the heap at once (a rebase inside an
// IndexedDB transaction, which cannot wait); `later` lists them in `copies` ([key, address, size])
// for the page to copy after the frame, and the records must stay alive until then.
enum class HandOver { now, later };
void hand_over_write(const UserStoreWrite& write, HandOver when);
// The save the page was copying is over: its records need not stay alive for it any longer.
void release_saved_write();

}  // namespace ds::web

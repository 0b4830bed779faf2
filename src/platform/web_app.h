#pragma once
// The page's one session and its bridge, shared by the loop (web_main.cpp) and the functions the
// page calls (web_api.cpp). Web only.
#include "explorer/session.h"
#include "platform/page_bridge.h"

namespace ds::web {

Session& session();
PageBridge& page_bridge();

}  // namespace ds::web

#pragma once
// What was loaded: the articles with their mentions, the gazetteer and the events. The user's own
// articles and events join the same lists (src/explorer/user_data.h) and are marked there.
#include <string>
#include <vector>

#include "core/annotate/gazetteer.h"
#include "core/annotate/mention.h"
#include "core/articles/corpus.h"
#include "core/events/event.h"

namespace ds {

struct Dataset {
    std::string assets_dir;  // where articles/, entities.json and events.json were read from
    std::string from_pack;   // the pack they came from instead (dealscope-cli pack), or ""
    Corpus corpus;
    Gazetteer gazetteer;
    // Per article, in text order. A small corpus is annotated when loaded; a large one (over
    // kAnnotateUpFrontBytes) one article at a time when it is opened, which is the only place mentions
    // are shown — annotating 100 MB took most of a 12 s load and 200 MB of memory.
    std::vector<std::vector<Mention>> mentions;
    std::vector<bool> annotated;  // per article
    EventStore events;
};

}  // namespace ds

#pragma once
// What the user has selected: an article in the reader, an entity, an event, a flow or a cluster's events, and the quote the reader
// highlights. Indices point into the Dataset's lists.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/text/byte_range.h"
#include "explorer/flow_rows.h"

namespace ds {

struct Selection {
    std::optional<std::size_t> article;          // index into corpus.articles
    bool review = false;                         // no article: the reader shows the deals in the user's articles
    std::string entity;                          // gazetteer id, or "" for none
    std::optional<std::size_t> hovered_mention;  // index into the selected article's mentions
    std::optional<std::size_t> event;            // index into events.events
    std::optional<FlowKey> flow;                 // a row of the Flows view (its events show in the detail)
    // Whom else a story step is about (gazetteer ids, link "about=a,b"): they stand out with the
    // selection. The reader's own next selection clears them.
    std::vector<std::string> about;
    // A timeline cluster's events (indices, in time order), listed in the detail; empty for none.
    std::vector<std::size_t> group;
    // The quoted span the reader shows highlighted, and whether it still has to scroll there.
    std::optional<ByteRange> cited;
    bool scroll_to_cited = false;
};

}  // namespace ds

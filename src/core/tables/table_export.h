#pragma once
// Events → a spreadsheet in any layout table_format.h lists, for the tools people already use;
// reading it back with import_table() gives the same events (as far as the layout holds them:
// dealscope's own columns hold everything but terms, claims and a date's words).
#include <string>
#include <vector>

#include "core/annotate/gazetteer.h"
#include "core/articles/article.h"
#include "core/events/event.h"
#include "core/tables/table_format.h"

namespace ds {

// The events at `indices` as CSV (or tab-separated text with delimiter '\t'). `articles` gives a
// quoted event's source URL. Kumu's elements and Flourish's points list the entities the events name;
// their connections and links have a row per giver and receiver of an event.
std::string export_table(const EventStore& store, const std::vector<std::size_t>& indices, const Gazetteer& gazetteer,
                         const std::vector<Article>& articles, TableFormat format, char delimiter = ',');

// How many of the events at `indices` a sheet of links (Kumu connections, Flourish links) leaves
// out, as they name only one party.
std::size_t events_without_link(const EventStore& store, const std::vector<std::size_t>& indices, const Gazetteer& gazetteer);

}  // namespace ds

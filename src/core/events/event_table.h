#pragma once
// The events as rows a screen reader can read (the canvas is a picture to it): date, participants,
// amount, status, and the source with its quote. The page keeps such a table in a visually hidden
// region that follows the filters, and a <noscript> copy of all events is written at build time.
#include <string>
#include <vector>

#include "core/articles/article.h"
#include "core/events/event.h"
#include "core/annotate/gazetteer.h"

#include "core/text/language.h"

namespace ds {

struct EventRow {
    std::string id, date, participants, amount, status, summary, source, quote;
};

std::vector<EventRow> event_rows(const EventStore& store, const std::vector<std::size_t>& indices, const Gazetteer& g,
                                 const std::vector<Article>& articles, Language language);

// A complete <table> with a caption; every value HTML-escaped.
std::string event_rows_html(const std::vector<EventRow>& rows, const std::string& caption);

std::string html_escape(const std::string& text);

}  // namespace ds

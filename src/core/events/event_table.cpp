#include "core/events/event_table.h"

#include "core/events/event_format.h"

#include <string_view>
#include <unordered_map>

namespace ds {

std::string html_escape(const std::string& text) {
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default: out += c;
        }
    }
    return out;
}

std::vector<EventRow> event_rows(const EventStore& store, const std::vector<std::size_t>& indices, const Gazetteer& g,
                                 const std::vector<Article>& articles, Language language) {
    std::unordered_map<std::string_view, const Article*> by_id;
    for (const Article& a : articles) by_id.emplace(a.id, &a);
    std::vector<EventRow> rows;
    for (const std::size_t i : indices) {
        const Event& e = store.events[i];
        EventRow row{e.id, event_date_text(e, language), event_participants_text(e, g), event_amount_text(e, language), e.status,
                     language == Language::de ? e.summary_de : e.summary_en, "", ""};
        if (e.table && e.sources.empty()) {
            row.source = table_source_text(*e.table, language);
            row.quote = e.table->url;
        } else if (!e.sources.empty()) {
            const Citation& c = e.sources.front();
            row.source = c.article;
            if (const auto it = by_id.find(c.article); it != by_id.end()) row.source = source_text(*it->second, language);
            row.quote = c.quote;
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

std::string event_rows_html(const std::vector<EventRow>& rows, const std::string& caption) {
    std::string out = "<table>\n<caption>" + html_escape(caption) +
                      "</caption>\n<thead><tr><th scope=\"col\">Date</th><th scope=\"col\">Event</th><th scope=\"col\">Participants</th>"
                      "<th scope=\"col\">Amount</th><th scope=\"col\">Status</th><th scope=\"col\">Source and quote</th></tr></thead>\n<tbody>\n";
    for (const EventRow& r : rows) {
        out += "<tr><td>" + html_escape(r.date) + "</td><td>" + html_escape(r.summary) + "</td><td>" + html_escape(r.participants) + "</td><td>" +
               html_escape(r.amount) + "</td><td>" + html_escape(r.status) + "</td><td>" + html_escape(r.source) + ": „" + html_escape(r.quote) +
               "“</td></tr>\n";
    }
    return out + "</tbody>\n</table>\n";
}

}  // namespace ds

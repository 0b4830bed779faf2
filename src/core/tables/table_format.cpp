#include "core/tables/table_format.h"

#include <algorithm>
#include <cctype>

#include "core/tables/cell_text.h"

namespace ds {

namespace {

const std::vector<TableFormatRow>& rows() {
    // More specific layouts first: a dealscope sheet also has from/to/type, as Kumu's connections do.
    static const std::vector<TableFormatRow> table = {
        {TableFormat::dealscope, "dealscope", "dealscope", "dealscope columns", "dealscope-Spalten",
         {"id", "date", "type", "from", "to", "amount", "currency", "qualifier", "measures", "status", "summary", "summary_de", "parties",
          "source_url", "article", "quote"},
         {"date", "type", "from", "to", "status"}},
        {TableFormat::timelinejs, "timelinejs", "timelinejs", "TimelineJS", "TimelineJS",
         {"Year", "Month", "Day", "Time", "End Year", "End Month", "End Day", "End Time", "Display Date", "Headline", "Text", "Media",
          "Media Credit", "Media Caption", "Media Thumbnail", "Type", "Group", "Background"},
         {"Year", "Month", "Day", "Headline", "Text"}},
        {TableFormat::flourish_timeline, "flourish-timeline", "flourish", "Flourish timeline", "Flourish-Zeitleiste",
         {"Start time", "End time", "Category", "Title", "Text"},
         {"Start time", "Title"}},
        {TableFormat::kumu_connections, "kumu-connections", "kumu", "Kumu connections", "Kumu-Verbindungen",
         {"From", "To", "Type", "Amount", "Currency", "Date", "Description", "Source"},
         {"From", "To"}},
        {TableFormat::kumu_elements, "kumu-elements", "kumu", "Kumu elements", "Kumu-Elemente",
         {"Label", "Type", "Description", "Tags"},
         {"Label", "Type"}},
        {TableFormat::flourish_links, "flourish-links", "flourish", "Flourish links", "Flourish-Verknüpfungen",
         {"source", "target", "value", "type", "date"},
         {"source", "target"}},
        {TableFormat::flourish_points, "flourish-points", "flourish", "Flourish points", "Flourish-Punkte",
         {"id", "group"},
         {"id"}},
    };
    return table;
}

bool has_column(const std::vector<std::string>& header, std::string_view column) {
    const std::string wanted = ascii_lower(column);
    return std::any_of(header.begin(), header.end(), [&](const std::string& h) { return ascii_lower(h) == wanted; });
}

}  // namespace

std::span<const TableFormatRow> table_formats() { return rows(); }

const char* table_format_label(const TableFormatRow& row, Language language) { return language == Language::de ? row.label_de : row.label; }

const TableFormatRow& table_format_row(TableFormat format) {
    return *std::find_if(rows().begin(), rows().end(), [&](const TableFormatRow& r) { return r.format == format; });
}

std::optional<TableFormat> detect_table_format(const std::vector<std::string>& header) {
    for (const auto& row : rows()) {
        if (std::all_of(row.required.begin(), row.required.end(), [&](std::string_view c) { return has_column(header, c); })) return row.format;
    }
    // Flourish's points sheet may name its points "name" where the links say "id".
    if (has_column(header, "name") && has_column(header, "group")) return TableFormat::flourish_points;
    return std::nullopt;
}

bool table_format_from_name(std::string_view name, std::optional<TableFormat>& format, std::string& family) {
    const std::string n = ascii_lower(name);
    format.reset();
    family.clear();
    if (n == "auto") return true;
    for (const auto& row : rows()) {
        if (n == row.name) {
            format = row.format;
            family = row.family;
            return true;
        }
        if (n == row.family) family = row.family;
    }
    return !family.empty();
}

}  // namespace ds

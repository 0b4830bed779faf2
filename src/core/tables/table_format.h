#pragma once
// The spreadsheet layouts dealscope reads and writes, one row each: the tools bloggers and
// newsrooms already keep their data in (TimelineJS, Kumu, Flourish) and dealscope's own columns.
// A layout is recognised from its header row; the columns are listed in docs/data-format.md.
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/text/language.h"

namespace ds {

enum class TableFormat {
    dealscope,          // date, type, from, to, amount, currency, qualifier, status, summary, source_url, quote …
    timelinejs,         // TimelineJS's Google Sheet: Year, Month, Day, … Headline, Text, … Type, Group, Background
    kumu_elements,      // Kumu's elements sheet: Label, Type, Description, Tags
    kumu_connections,   // Kumu's connections sheet: From, To, Type, and any further columns
    flourish_links,     // Flourish network links: source, target, value
    flourish_points,    // Flourish network points: id (or name), group
    flourish_timeline,  // Flourish timeline: Start time, End time, Category, Title, Text
};

struct TableFormatRow {
    TableFormat format;
    const char* name;    // what --format and the docs write: "kumu-connections"
    const char* family;  // what a user may write for any of the family's sheets: "kumu"
    const char* label;   // "Kumu connections"
    const char* label_de;  // "Kumu-Verbindungen"
    // The columns export writes, in order; import recognises the layout by the ones marked required.
    std::vector<std::string_view> columns;
    std::vector<std::string_view> required;
};

std::span<const TableFormatRow> table_formats();
const TableFormatRow& table_format_row(TableFormat format);
// A row's label in `language` ("dealscope columns" / "dealscope-Spalten").
const char* table_format_label(const TableFormatRow& row, Language language);

// The layout a header row is in (names compared without case or surrounding spaces), or nothing.
std::optional<TableFormat> detect_table_format(const std::vector<std::string>& header);

// What a user asked for: "auto" (nothing: detect), a format's name or its family's ("kumu", which
// the header then narrows). False for a name no row has.
bool table_format_from_name(std::string_view name, std::optional<TableFormat>& format, std::string& family);

}  // namespace ds

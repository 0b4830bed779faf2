#pragma once
// A spreadsheet of deals → events: each row read in the layout its header names (table_format.h),
// names matched to the gazetteer ("NVIDIA" is "Nvidia", aliases too) and the rest proposed as new
// entities, amounts and dates read as people type them (cell_values.h). An event from a table has
// no quoted sentence unless the row gives an article and a quote found in it: it carries the table,
// row and source URL instead and is shown as "from a table". Every bad row or cell is a problem
// naming the line and the column; the valid rows are kept.
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/annotate/gazetteer.h"
#include "core/articles/article.h"
#include "core/events/event.h"
#include "core/tables/table_format.h"

namespace ds {

struct TableImport {
    TableFormat format = TableFormat::dealscope;
    std::vector<Event> events;
    std::vector<Entity> new_entities;  // names the gazetteer does not know, for the events that name them
    std::vector<Problem> problems;     // "deals.csv:line 4, column Date: '31.02.2024' is not a date"
    std::size_t rows = 0;              // rows read after the header
    std::size_t rows_skipped = 0;      // rows left out for a problem (title and era rows are not counted)
};

struct TableImportOptions {
    std::optional<TableFormat> format;  // none: from the header
    std::string family;                 // "kumu": the header picks the sheet
    const std::vector<Article>* articles = nullptr;  // to find a row's quote in its article
};

TableImport import_table(std::string_view text, const std::string& file, const Gazetteer& gazetteer, const TableImportOptions& options = {});

// The roles a row's "from" and "to" name for an event type: investor → investee, provider →
// customer, lender → borrower, partner and partner, else subject. Export writes by the same rule.
std::pair<const char*, const char*> table_roles(const std::string& type);

// "investment", "Investition", "funding round", "Finanzierungsrunde", "Compute-Deal" → the type id;
// "" when the cell names no type.
std::string read_type_cell(std::string_view cell);

// "announced", "in talks", "abgeschlossen", "angekündigt" → the status id; "" for another word.
std::string read_status_cell(std::string_view cell);

// A name as an entity id: "Acme Robotics GmbH" → "acme-robotics-gmbh".
std::string entity_id_of_name(std::string_view name);

}  // namespace ds

#pragma once
// Spreadsheet text: CSV (RFC 4180, as Sheets, Excel and LibreOffice write it) and the tab-separated
// text a range copied from a spreadsheet becomes on the clipboard. A byte-order mark, CRLF or CR line
// ends, quoted fields with commas, quotes and line breaks, and empty rows are read as people's files
// have them; the delimiter (tab, comma or semicolon, which German Excel writes) is found from the
// header line.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/text/problem.h"

namespace ds {

struct TableRow {
    std::size_t line = 0;  // where the row starts in the file, from 1 (a quoted line break makes rows span lines)
    std::vector<std::string> cells;
};

struct DelimitedTable {
    char delimiter = ',';
    std::vector<std::string> header;  // the first non-empty row, cells trimmed
    std::vector<TableRow> rows;       // the rows after it; rows whose cells are all blank are left out
};

// The delimiter of the first non-empty line: the one of tab, semicolon and comma it holds most of
// outside quotes (a comma in "1,5 Mrd." does not outvote the semicolons of a German export).
char detect_delimiter(std::string_view text);

// Reads `text` (delimiter 0: detect it). A quote left open at the end is a problem at the line it
// opened on, and the rows before it are kept. Invalid UTF-8 is refused with the byte it starts at.
DelimitedTable read_delimited(std::string_view text, const std::string& file, std::vector<Problem>& problems, char delimiter = 0);

// One row of fields, quoted where they must be (the delimiter, a quote, a line break, or white space
// at either end), ended with CRLF as RFC 4180 has it.
void append_delimited_row(std::string& out, const std::vector<std::string>& fields, char delimiter = ',');

}  // namespace ds

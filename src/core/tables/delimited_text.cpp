#include "core/tables/delimited_text.h"

#include "core/tables/cell_text.h"
#include "core/text/utf8.h"

namespace ds {

namespace {

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

bool all_blank(const std::vector<std::string>& cells) {
    for (const auto& c : cells)
        if (c.find_first_not_of(" \t") != std::string::npos) return false;
    return true;
}

}  // namespace

char detect_delimiter(std::string_view text) {
    if (text.starts_with(kByteOrderMark)) text.remove_prefix(kByteOrderMark.size());
    std::size_t tabs = 0, semicolons = 0, commas = 0;
    bool quoted = false, seen_text = false;
    for (const char c : text) {
        if (c == '"') quoted = !quoted;
        else if (!quoted && (c == '\n' || c == '\r')) {
            if (seen_text) break;  // the first line that holds anything
        } else if (!quoted && c == '\t') ++tabs;
        else if (!quoted && c == ';') ++semicolons;
        else if (!quoted && c == ',') ++commas;
        if (c != '\n' && c != '\r' && c != ' ') seen_text = true;
    }
    if (tabs > 0 && tabs >= semicolons && tabs >= commas) return '\t';
    if (semicolons > commas) return ';';
    return ',';
}

DelimitedTable read_delimited(std::string_view text, const std::string& file, std::vector<Problem>& problems, char delimiter) {
    DelimitedTable table;
    if (text.starts_with(kByteOrderMark)) text.remove_prefix(kByteOrderMark.size());
    if (const auto bad = find_invalid_utf8(text)) {
        problems.emplace_back(Severity::error, file + ":byte " + std::to_string(bad->offset), MessageCode::invalid_utf8, nested(bad->code));
        return table;
    }
    table.delimiter = delimiter ? delimiter : detect_delimiter(text);

    std::vector<std::string> cells;
    std::string cell;
    bool quoted = false, cell_was_quoted = false;
    std::size_t line = 1, row_line = 1, quote_line = 0;
    bool have_header = false;
    const auto end_cell = [&] {
        // A quoted cell keeps its spaces; an unquoted one is trimmed, as spreadsheets show it.
        cells.push_back(cell_was_quoted ? std::move(cell) : trimmed_cell(cell));
        cell.clear();
        cell_was_quoted = false;
    };
    const auto end_row = [&] {
        end_cell();
        if (!all_blank(cells)) {
            if (!have_header) {
                for (auto& c : cells) c = trimmed_cell(c);
                table.header = std::move(cells);
                have_header = true;
            } else {
                table.rows.push_back({row_line, std::move(cells)});
            }
        }
        cells.clear();
        row_line = line;
    };

    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"') {
                if (i + 1 < text.size() && text[i + 1] == '"') {
                    cell += '"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == '\n') ++line;
                cell += c;
            }
            continue;
        }
        if (c == '"' && cell.find_first_not_of(" \t") == std::string::npos) {
            // A quote opens a field only at its start; inside one ("5" Zoll") it is a character.
            cell.clear();
            quoted = cell_was_quoted = true;
            quote_line = line;
        } else if (c == table.delimiter) {
            end_cell();
        } else if (c == '\r' || c == '\n') {
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
            ++line;
            end_row();
        } else {
            cell += c;
        }
    }
    if (quoted) {
        problems.emplace_back(Severity::error, file + ":line " + std::to_string(quote_line), MessageCode::table_quote_not_closed);
        cells.clear();  // the open field swallowed the rest of the file: nothing in it is a row
        return table;
    }
    if (!cell.empty() || !cells.empty()) end_row();
    return table;
}

void append_delimited_row(std::string& out, const std::vector<std::string>& fields, char delimiter) {
    for (std::size_t k = 0; k < fields.size(); ++k) {
        if (k) out += delimiter;
        const std::string& f = fields[k];
        const bool needs_quotes = f.find_first_of(std::string{'"', '\r', '\n', delimiter}) != std::string::npos ||
                                  (!f.empty() && (f.front() == ' ' || f.back() == ' ' || f.front() == '\t' || f.back() == '\t'));
        if (!needs_quotes) {
            out += f;
            continue;
        }
        out += '"';
        for (const char c : f) {
            if (c == '"') out += '"';
            out += c;
        }
        out += '"';
    }
    out += "\r\n";
}

}  // namespace ds

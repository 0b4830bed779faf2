#pragma once
// What a spreadsheet cell says, read as people type it: amounts ("$1.5bn", "1,5 Mrd. €",
// "1.500.000.000", "up to $100 billion"), dates ("2024", "2024-06", "June 2024", "Juni 2024",
// "Q3 2025", "H2 2026", "30.06.2024") and names for matching ("NVIDIA" is "Nvidia", "Müller" is
// "Mueller").
#include <optional>
#include <string>
#include <string_view>

#include "core/annotate/mention.h"

namespace ds {

struct CellAmount {
    double value = 0;
    std::string currency;  // USD or EUR; "" when the cell names none (the currency column may)
    Qualifier qualifier = Qualifier::exact;
};

// The amount a cell holds, or nothing when it holds anything else. A currency other than dollars
// and euros is not read (dealscope converts those two): `foreign_currency` then names it.
std::optional<CellAmount> read_amount_cell(std::string_view cell, std::string* foreign_currency = nullptr);

// A number as a program writes it ("1500000000", "13.75"): digits and at most one point.
std::optional<double> read_plain_number(std::string_view text);
// The same written back, with the fewest decimals that read as the same value.
std::string plain_number_text(double value);

// A qualifier as a cell names it: "up_to", "up to", "bis zu", "about", "rund", "at least", "total",
// "exact"; nothing for another word.
std::optional<Qualifier> read_qualifier_cell(std::string_view cell);

// "USD" for "$", "usd", "Dollar", "US-Dollar"; "EUR" for "€", "eur", "Euro"; "" otherwise.
std::string read_currency_cell(std::string_view cell);

// The TIMEX3-style value of a date cell ("2024-06", "2025-Q3", "2026-H2", "2024-FA"), or nothing.
std::optional<std::string> read_date_cell(std::string_view cell);
// The same from TimelineJS's separate Year, Month and Day cells (month and day may be blank).
std::optional<std::string> date_from_parts(std::string_view year, std::string_view month, std::string_view day);

// A name folded for matching: lower case, umlauts as ae/oe/ue, ß as ss, and nothing but letters
// and digits ("Open AI", "OpenAI" and "OPENAI" all read "openai").
std::string name_key(std::string_view name);

}  // namespace ds

#pragma once
// The user's own spreadsheet of deals, by drop, picker or paste: read with core/tables, its new
// names added as the user's entities and its rows as the user's events, saved with their data.
#include <string>
#include <string_view>

#include "explorer/app_state.h"
#include "explorer/notice.h"
#include "explorer/user_data.h"

namespace ds {

// Imports a table (its layout from its header, core/tables/table_format.h). An event the user
// already has (same table, row and content) is not added twice; each bad row is a problem.
ImportResult import_user_table(AppState& state, std::string_view text, const std::string& file_name, std::string* format_label = nullptr);

// Whether `file_name` or the text says it is a table: a .csv or .tsv name, or text whose first line
// is a header dealscope knows (tab-separated, as a spreadsheet's range is on the clipboard, or CSV).
bool looks_like_table(const std::string& file_name, std::string_view text);

// The notice for a table the user gave the app.
Notice add_user_table(AppState& state, const std::string& file_name, std::string_view text);

}  // namespace ds

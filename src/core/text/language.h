#pragma once
// The languages dealscope speaks: UI words, event summaries, money and dates in words. Adding one is a
// row here, a column in the UI words (src/ui/strings.h) and the calendar words
// (src/core/articles/calendar_words.cpp), and labels in the event-type table.
#include <optional>
#include <string_view>

#include "core/text/enum_names.h"

namespace ds {

enum class Language { en, de };

inline constexpr EnumName<Language> kLanguageNames[] = {{Language::en, "en"}, {Language::de, "de"}};

// "en", "de": what links (`lang=`), the API and JSON use.
constexpr const char* language_code(Language l) { return enum_name(kLanguageNames, l); }
constexpr std::optional<Language> language_from_code(std::string_view code) { return enum_from_name(kLanguageNames, code); }

}  // namespace ds

#pragma once
// What the annotators find in an article's sentences: amounts of money, other quantities, dates,
// durations and entities, each with its byte range and normalised value.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/articles/article.h"
#include "core/text/enum_names.h"
#include "core/text/label.h"

namespace ds {

enum class MentionKind : std::uint8_t { money, quantity, date, duration, entity };
inline constexpr EnumName<MentionKind> kMentionKindNames[] = {
    {MentionKind::money, "money"}, {MentionKind::quantity, "quantity"}, {MentionKind::date, "date"},
    {MentionKind::duration, "duration"}, {MentionKind::entity, "entity"}};
enum class Qualifier : std::uint8_t { exact, up_to, about, at_least, total };
inline constexpr EnumName<Qualifier> kQualifierNames[] = {
    {Qualifier::exact, "exact"}, {Qualifier::up_to, "up_to"}, {Qualifier::about, "about"}, {Qualifier::at_least, "at_least"}, {Qualifier::total, "total"}};

// Fields that come from fixed tables are Labels, and the flags sit together: 216 bytes where it was
// 368, which keeps a sentence of 80 000 amounts inside memory the allocator reuses.
struct Mention {
    MentionKind kind = MentionKind::money;
    Qualifier qualifier = Qualifier::exact;
    bool in_boilerplate = false;
    bool vague = false;
    bool anchored = true;   // date: false for relative expressions with no article date to resolve them against
    bool known = false;     // entity: in the gazetteer
    ByteRange range;
    std::size_t sentence = 0;

    // money and quantity
    std::optional<double> value;  // none when vague ("mehrere Milliarden")
    Label unit;                   // money: "USD", "EUR" or "" (not stated); quantity: "percent", "GW", "MW", "m2", "count"
    std::string counted;          // for counts: what is counted ("Stellen", "US-Haushalte")
    Label unsupported_currency;   // money in a currency dealscope does not convert ("Rubel"); unit is then ""

    // date and duration (TIMEX3-style): "2023", "2023-06", "2024-10-21", "2023-FA", "2025-Q3", "2025-H1", "P4Y"
    std::string timex;
    Label precision;        // year, season, quarter, half, month, day; duration: years, months, weeks, days
    Label mod;              // "START", "MID", "END" or ""

    // entity
    std::string entity_id;  // gazetteer id, or "" for an unknown-entity candidate
    std::string name;       // canonical name (known) or the text (candidate)
    Label entity_kind;      // one of kEntityKinds
};
static_assert(sizeof(Mention) <= 216, "a mention is held once per word in the worst case: keep it small");

const char* mention_kind_name(MentionKind kind);
const char* qualifier_name(Qualifier q);
std::optional<Qualifier> qualifier_from_name(std::string_view name);

}  // namespace ds

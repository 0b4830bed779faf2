#pragma once
// The kinds of event, one row each: id, family, labels in English and German, whether money or
// compute flows and which way, and the roles and measure a candidate of this type gets. The loader,
// the analytics, the extractor and the UI (colours, words) all read this table: adding a type is
// one row in event_types.cpp.
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/text/enum_names.h"
#include "core/text/language.h"

namespace ds {

// Families share a colour and a line in the legend.
enum class TypeFamily { money, compute, partnership, people, products, statements };
inline constexpr TypeFamily kTypeFamilies[] = {TypeFamily::money, TypeFamily::compute, TypeFamily::partnership,
                                               TypeFamily::people, TypeFamily::products, TypeFamily::statements};

// What an event of the type contributes to the flow graph and the totals.
enum class FlowKind { money, compute, partnership };
inline constexpr EnumName<FlowKind> kFlowKindNames[] = {{FlowKind::money, "money"}, {FlowKind::compute, "compute"}, {FlowKind::partnership, "partnership"}};

struct EventType {
    const char* id;          // what events.json and links write
    TypeFamily family;
    const char* label_en;
    const char* label_de;
    // The flow it makes, from the participants in `from_role` to those in `to_role` ("investor" →
    // "investee"), counting the amounts that measure `measures` (up to two). No flow: from_role is null.
    const char* from_role = nullptr;
    const char* to_role = nullptr;
    FlowKind flow = FlowKind::money;
    const char* measures[2] = {nullptr, nullptr};
    // A candidate found by the extractor: the role of the party before the amount (the actor), of the
    // party marked as its object ("in", "bei"; null: none), and what its amount measures.
    const char* actor_role = "investor";
    const char* object_role = "investee";
    const char* candidate_measure = "equity";
};

// Every type, in the order the filters and editors list them.
std::span<const EventType> event_types();
// The row for `id`, or null for an unknown type.
// Whether a participant's role is `role` or a kind of it: a round's lead investor is an investor
// in totals, flows and the "from → to" of a summary.
bool role_is(std::string_view participant_role, std::string_view role);

const EventType* find_event_type(std::string_view id);
// The ids, for lists that take names (filters, combos, the loader's check).
const std::vector<const char*>& event_type_ids();

// The role a participant added by hand to a deal of `type` takes, given the roles it has (in order): the
// actor's or the object's role while one is missing, else one more of the other side that comes in numbers
// (another investor of a round), else the actor's; "partner" for a type without an actor.
std::string role_for_new_participant(std::string_view type, const std::vector<std::string>& roles);

// "compute deal" / "Rechenleistungs-Deal"; an unknown id with spaces for underscores.
std::string event_type_label(std::string_view id, Language language);
// One word where room is short (a phone's lane names): "exclusivity" for "exclusivity change",
// "Rechenleistung" for "Rechenleistungs-Deal"; the label itself where it is one word already.
std::string event_type_short_label(std::string_view id, Language language);
const char* type_family_label(TypeFamily family, Language language);
// Its first word where room is short: "people" for "people & structure".
std::string type_family_short_label(TypeFamily family, Language language);
// The family of a type (statements for an unknown one).
TypeFamily type_family(std::string_view id);

}  // namespace ds

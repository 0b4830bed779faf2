#pragma once
// The place a descriptor names a firm by: "der Konzern aus Redmond", "der Münchner Softwarekonzern",
// "the Santa Clara chipmaker", "the Redmond-based company", "der US-Konzern", "the Japanese group".
// Among the firms an article named lately, the one based there is meant (the gazetteer says where
// firms are based), though another firm was the last sentence's subject.
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/annotate/gazetteer.h"
#include "core/events/deal_grammar.h"

namespace ds {

struct DescriptorPlace {
    std::string country;  // ISO code ("US"), or ""
    std::string city;     // lower-case English ("redmond", "munich"), or ""
};

// The gazetteer's cities, lower-cased, for telling a city among a descriptor's capitalised words.
std::set<std::string, std::less<>> gazetteer_cities(const Gazetteer& gazetteer);

// The place named with the descriptor noun at `noun` (its own phrase: a few words before it, and "aus X"
// right after it), if one is.
std::optional<DescriptorPlace> descriptor_place(const std::vector<DealWord>& words, std::size_t noun,
                                                const std::set<std::string, std::less<>>& cities);

// Whether the gazetteer places the entity there.
bool based_in(const Entity& e, const DescriptorPlace& place);

}  // namespace ds

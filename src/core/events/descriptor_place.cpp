#include "core/events/descriptor_place.h"

#include <array>
#include <string_view>
#include <utility>

#include "core/text/text_scan.h"

namespace ds {

namespace {

// German adjectives and English ones of a country, by their stem ("japanische", "Japanese").
constexpr std::array<std::pair<std::string_view, std::string_view>, 44> kNationalities{{
    {"us", "US"}, {"u.s.", "US"}, {"us-amerikanisch", "US"}, {"amerikanisch", "US"}, {"american", "US"}, {"japanisch", "JP"}, {"japanese", "JP"},
    {"chinesisch", "CN"}, {"chinese", "CN"}, {"französisch", "FR"}, {"french", "FR"}, {"britisch", "GB"}, {"british", "GB"}, {"uk", "GB"},
    {"deutsch", "DE"}, {"german", "DE"}, {"südkoreanisch", "KR"}, {"koreanisch", "KR"}, {"korean", "KR"}, {"taiwanisch", "TW"},
    {"taiwanese", "TW"}, {"israelisch", "IL"}, {"israeli", "IL"}, {"indisch", "IN"}, {"indian", "IN"}, {"kanadisch", "CA"},
    {"canadian", "CA"}, {"schweizer", "CH"}, {"swiss", "CH"}, {"niederländisch", "NL"}, {"dutch", "NL"}, {"schwedisch", "SE"},
    {"swedish", "SE"}, {"saudisch", "SA"}, {"saudi", "SA"}, {"emiratisch", "AE"}, {"emirati", "AE"}, {"singapurisch", "SG"},
    {"singaporean", "SG"}, {"finnisch", "FI"}, {"finnish", "FI"}, {"französische", "FR"}, {"österreichisch", "AT"}, {"austrian", "AT"},
}};
// Countries by name, after "aus" ("aus den USA", "aus Japan").
constexpr std::array<std::pair<std::string_view, std::string_view>, 20> kCountries{{
    {"usa", "US"}, {"us", "US"}, {"japan", "JP"}, {"china", "CN"}, {"frankreich", "FR"}, {"deutschland", "DE"}, {"großbritannien", "GB"},
    {"südkorea", "KR"}, {"korea", "KR"}, {"taiwan", "TW"}, {"israel", "IL"}, {"indien", "IN"}, {"kanada", "CA"}, {"schweiz", "CH"},
    {"niederlanden", "NL"}, {"schweden", "SE"}, {"singapur", "SG"}, {"finnland", "FI"}, {"österreich", "AT"}, {"saudi-arabien", "SA"},
}};
// German names of cities and the towns' people ("Münchner"), in English.
constexpr std::array<std::pair<std::string_view, std::string_view>, 42> kGermanCities{{
    {"münchen", "munich"}, {"münchner", "munich"}, {"münchener", "munich"}, {"köln", "cologne"}, {"kölner", "cologne"}, {"wien", "vienna"},
    {"wiener", "vienna"}, {"zürich", "zurich"}, {"zürcher", "zurich"}, {"züricher", "zurich"}, {"peking", "beijing"}, {"pekinger", "beijing"},
    {"nürnberg", "nuremberg"}, {"nürnberger", "nuremberg"}, {"genf", "geneva"}, {"genfer", "geneva"}, {"berliner", "berlin"},
    {"hamburger", "hamburg"}, {"frankfurter", "frankfurt"}, {"stuttgarter", "stuttgart"}, {"walldorfer", "walldorf"},
    {"heidelberger", "heidelberg"}, {"bonner", "bonn"}, {"darmstädter", "darmstadt"}, {"aachener", "aachen"}, {"freiburger", "freiburg"},
    {"dresdner", "dresden"}, {"karlsruher", "karlsruhe"}, {"leipziger", "leipzig"}, {"mainzer", "mainz"}, {"jenaer", "jena"},
    {"pariser", "paris"}, {"londoner", "london"}, {"amsterdamer", "amsterdam"}, {"stockholmer", "stockholm"}, {"eindhovener", "eindhoven"},
    {"veldhovener", "veldhoven"}, {"tokioter", "tokyo"}, {"tokio", "tokyo"}, {"neckarsulmer", "neckarsulm"}, {"essener", "essen"},
    {"düsseldorfer", "düsseldorf"},
}};

template <std::size_t N>
std::string_view look_up(const std::array<std::pair<std::string_view, std::string_view>, N>& table, std::string_view word) {
    for (const auto& [key, value] : table) {
        if (word == key) return value;
    }
    return {};
}

// "japanische", "japanischen", "Japanese": the stem of an inflected German adjective.
std::string_view nationality(std::string_view word) {
    for (const std::string_view ending : {"en", "er", "es", "em", "e", ""}) {
        if (word.size() <= ending.size() || !word.ends_with(ending)) continue;
        if (const std::string_view found = look_up(kNationalities, word.substr(0, word.size() - ending.size())); !found.empty()) return found;
    }
    return {};
}

}  // namespace

std::set<std::string, std::less<>> gazetteer_cities(const Gazetteer& gazetteer) {
    std::set<std::string, std::less<>> out;
    for (const Entity& e : gazetteer.entities) {
        if (!e.city.empty()) out.insert(scan::ascii_lower(e.city));
    }
    return out;
}

std::optional<DescriptorPlace> descriptor_place(const std::vector<DealWord>& words, std::size_t noun,
                                                const std::set<std::string, std::less<>>& cities) {
    if (noun >= words.size()) return std::nullopt;
    const auto city_at = [&](std::size_t k, std::size_t& length) -> std::string {
        // One or two words ("Santa Clara", "Mountain View"), as the gazetteer writes them.
        if (k + 1 < words.size() && !words[k + 1].break_before && !words[k + 1].hyphen_before) {
            const std::string two = words[k].lower + " " + words[k + 1].lower;
            if (cities.contains(two)) {
                length = 2;
                return two;
            }
        }
        length = 1;
        if (cities.contains(words[k].lower)) return words[k].lower;
        if (const std::string_view german = look_up(kGermanCities, words[k].lower); !german.empty()) return std::string(german);
        return {};
    };
    // Before the noun, in its phrase: "der Münchner Softwarekonzern", "the Santa Clara chipmaker", "the Redmond-based company",
    // "der US-Konzern", "die japanische Softbank-Gruppe".
    std::size_t from = noun;
    while (from > 0 && noun - from < 4 && !words[from].break_before) --from;
    for (std::size_t k = from; k < noun; ++k) {
        if (const std::string_view country = nationality(words[k].lower); !country.empty()) return DescriptorPlace{std::string(country), ""};
        if (!words[k].capitalised) continue;
        std::size_t length = 1;
        if (std::string city = city_at(k, length); !city.empty()) return DescriptorPlace{"", std::move(city)};
    }
    // After it: "der Konzern aus Redmond", "ein Start-up aus den USA".
    std::size_t after = noun + 1;
    if (after < words.size() && words[after].hyphen_before) ++after;  // "Start-up"
    if (after + 1 < words.size() && words[after].lower == "aus" && !words[after].break_before) {
        std::size_t k = after + 1;
        if (k + 1 < words.size() && (words[k].lower == "den" || words[k].lower == "der" || words[k].lower == "dem")) ++k;
        if (const std::string_view country = look_up(kCountries, words[k].lower); !country.empty()) return DescriptorPlace{std::string(country), ""};
        std::size_t length = 1;
        if (std::string city = city_at(k, length); !city.empty()) return DescriptorPlace{"", std::move(city)};
    }
    return std::nullopt;
}

bool based_in(const Entity& e, const DescriptorPlace& place) {
    if (!place.city.empty()) return !e.city.empty() && scan::ascii_lower(e.city) == place.city;
    return !place.country.empty() && e.country == place.country;
}

}  // namespace ds

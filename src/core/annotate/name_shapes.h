#pragma once
// What makes a word look like part of a name the gazetteer does not know: a first name before a
// surname ("Jonas Andrulis"), a word that ends an organisation's name ("Black Forest Labs",
// "Thrive Capital"), the shapes of brand names (inner capitals "CoreWeave", acronyms "MGX", "G42")
// and a role noun joined to a firm's name ("Mistral-Chef"). German capitalises every noun, so each
// list is narrow on purpose: a common noun taken for a firm makes a wrong deal party.
#include <string_view>

namespace ds {

// "Jonas", "Sarah", "Masayoshi": common first names in the news of the AI economy.
bool is_first_name(std::string_view word);

// "AI", "Labs", "Capital", "Ventures", "Partners", "Bank": a word that ends organisations' names.
bool is_organisation_suffix(std::string_view word);

// Inner capitals ("CoreWeave", "DeepL", "xAI") or an acronym of letters and digits ("MGX", "G42"),
// except the acronyms that are not organisations ("KI", "CEO", "GPU", "USA", "GmbH").
bool has_brand_shape(std::string_view word);

// Words English capitalises that are no names of firms or people ("The", "Series", "Chief",
// "European", "PM"), and sentence starters.
bool is_english_common_capital(std::string_view word);

// "Chef", "CEO", "Gründer", "Aktie": a word that, joined by a hyphen, makes the word before it a
// firm's name ("Mistral-Chef", "Helsing-Gründer").
bool is_role_after_firm(std::string_view word);

// Capitalised words that stand first in names of things that are not organisations: places, months,
// common nouns of deal reporting ("Deutschland", "Europa", "Montag", "Cloud"), for the shapes above.
bool is_not_a_firm_word(std::string_view word);

// "Förderung", "Gesellschaft", "Finanzierungsrunde": German endings of common nouns, which a name seldom has.
bool common_noun_ending(std::string_view word);

}  // namespace ds

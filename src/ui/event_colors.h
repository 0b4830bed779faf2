#pragma once
// Colours for event types by family, from the Okabe–Ito palette (distinguishable with the common
// colour-vision deficiencies); the legend also names each family in words.
#include <string>

#include <imgui.h>

namespace ds::ui {

struct TypeFamily {
    const char* name_en;
    const char* name_de;
    ImVec4 color;
};

inline const TypeFamily kTypeFamilies[] = {
    {"money", "Geld", ImVec4(0.90f, 0.62f, 0.00f, 1.0f)},                  // orange
    {"compute", "Rechenleistung", ImVec4(0.00f, 0.45f, 0.70f, 1.0f)},      // blue
    {"partnership", "Partnerschaft", ImVec4(0.00f, 0.62f, 0.45f, 1.0f)},   // bluish green
    {"people & structure", "Personen & Struktur", ImVec4(0.80f, 0.47f, 0.65f, 1.0f)},  // reddish purple
    {"products & projects", "Produkte & Projekte", ImVec4(0.34f, 0.71f, 0.91f, 1.0f)},  // sky blue
    {"statements & markets", "Aussagen & Märkte", ImVec4(0.55f, 0.55f, 0.55f, 1.0f)},  // grey
};

inline int type_family(const std::string& type) {
    if (type == "investment" || type == "funding_round" || type == "loan" || type == "valuation" || type == "stake_sale") return 0;
    if (type == "compute_deal") return 1;
    if (type == "partnership" || type == "exclusivity_change" || type == "rights") return 2;
    if (type == "leadership_change" || type == "layoffs" || type == "restructuring") return 3;
    if (type == "product_launch" || type == "project_announcement" || type == "founding") return 4;
    return 5;
}

inline ImVec4 type_color(const std::string& type) { return kTypeFamilies[type_family(type)].color; }

}  // namespace ds::ui

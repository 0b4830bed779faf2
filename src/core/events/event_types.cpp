#include "core/events/event_types.h"

#include <algorithm>
#include <string>

namespace ds {

namespace {

using F = TypeFamily;
using K = FlowKind;

// id, family, English, German, flow from → to role, flow kind, measures counted,
// candidate's actor role, object role, measure.
const EventType kTable[] = {
    {"investment", F::money, "investment", "Investition", "investor", "investee", K::money, {"equity", "funding"}, "investor", "investee", "equity"},
    {"funding_round", F::money, "funding round", "Finanzierungsrunde", "investor", "investee", K::money, {"equity", "funding"}, "investee", nullptr, "funding"},
    {"acquisition", F::money, "acquisition", "Übernahme", "buyer", "target", K::money, {"deal_value"}, "buyer", "target", "deal_value"},
    {"loan", F::money, "loan", "Kredit", nullptr, nullptr, K::money, {}, "borrower", nullptr, "credit"},
    {"compute_deal", F::compute, "compute deal", "Rechenleistungs-Deal", "provider", "customer", K::compute, {"compute_commitment"}, "customer", "provider", "compute_commitment"},
    {"partnership", F::partnership, "partnership", "Partnerschaft", "partner", "partner", K::partnership, {"investment_plan"}, "investor", "investee", "equity"},
    {"exclusivity_change", F::partnership, "exclusivity change", "Exklusivität geändert"},
    {"rights", F::partnership, "rights", "Rechte"},
    {"leadership_change", F::people, "leadership change", "Führungswechsel"},
    {"valuation", F::money, "valuation", "Bewertung", nullptr, nullptr, K::money, {}, "investee", nullptr, "valuation"},
    {"stake_sale", F::money, "stake sale", "Anteilsverkauf"},
    {"layoffs", F::people, "layoffs", "Entlassungen", nullptr, nullptr, K::money, {}, "subject", "investee", "equity"},
    {"market_move", F::statements, "market move", "Marktbewegung"},
    {"restructuring", F::people, "restructuring", "Umstrukturierung"},
    {"product_launch", F::products, "product launch", "Produktstart"},
    {"project_announcement", F::products, "project announcement", "Projektankündigung", nullptr, nullptr, K::money, {}, "partner", nullptr, "investment_plan"},
    {"statement", F::statements, "statement", "Aussage"},
    {"founding", F::products, "founding", "Gründung"},
};

struct FamilyLabel {
    TypeFamily family;
    const char* en;
    const char* de;
};
const FamilyLabel kFamilyLabels[] = {
    {F::money, "money", "Geld"},
    {F::compute, "compute", "Rechenleistung"},
    {F::partnership, "partnership", "Partnerschaft"},
    {F::people, "people & structure", "Personen & Struktur"},
    {F::products, "products & projects", "Produkte & Projekte"},
    {F::statements, "statements & markets", "Aussagen & Märkte"},
};

}  // namespace

std::span<const EventType> event_types() { return kTable; }

bool role_is(std::string_view participant_role, std::string_view role) {
    return participant_role == role || (role == "investor" && participant_role == "lead_investor");
}

const EventType* find_event_type(std::string_view id) {
    for (const EventType& t : kTable) {
        if (id == t.id) return &t;
    }
    return nullptr;
}

const std::vector<const char*>& event_type_ids() {
    static const std::vector<const char*> ids = [] {
        std::vector<const char*> out;
        for (const EventType& t : kTable) out.push_back(t.id);
        return out;
    }();
    return ids;
}

std::string event_type_label(std::string_view id, Language language) {
    if (const EventType* t = find_event_type(id)) return language == Language::de ? t->label_de : t->label_en;
    std::string out(id);
    for (char& c : out) c = c == '_' ? ' ' : c;
    return out;
}

std::string event_type_short_label(std::string_view id, Language language) {
    struct Short {
        std::string_view id;
        const char* en;
        const char* de;
    };
    static constexpr Short kShort[] = {
        {"funding_round", "funding", "Finanzierung"}, {"compute_deal", "compute", "Rechenleistung"}, {"exclusivity_change", "exclusivity", "Exklusivität"},
        {"leadership_change", "leadership", "Führung"}, {"stake_sale", "stake sale", "Anteilsverkauf"}, {"market_move", "market", "Markt"},
        {"restructuring", "restructuring", "Umbau"}, {"product_launch", "launch", "Produktstart"}, {"project_announcement", "project", "Projekt"},
        {"acquisition", "takeover", "Übernahme"}, {"partnership", "partnership", "Partnerschaft"},
    };
    for (const Short& s : kShort) {
        if (s.id == id) return language == Language::de ? s.de : s.en;
    }
    return event_type_label(id, language);
}

const char* type_family_label(TypeFamily family, Language language) {
    for (const FamilyLabel& f : kFamilyLabels) {
        if (f.family == family) return language == Language::de ? f.de : f.en;
    }
    return "";
}

std::string type_family_short_label(TypeFamily family, Language language) {
    const std::string label = type_family_label(family, language);
    return label.substr(0, label.find(" & "));
}

TypeFamily type_family(std::string_view id) {
    const EventType* t = find_event_type(id);
    return t ? t->family : TypeFamily::statements;
}

std::string role_for_new_participant(std::string_view type, const std::vector<std::string>& roles) {
    const EventType* t = find_event_type(type);
    if (!t || !t->actor_role) return "partner";
    const auto has = [&](const char* role) { return std::find(roles.begin(), roles.end(), role) != roles.end(); };
    if (!has(t->actor_role)) return t->actor_role;
    if (t->object_role && !has(t->object_role)) return t->object_role;
    for (auto r = roles.rbegin(); r != roles.rend(); ++r) {
        if (!r->empty() && *r != t->actor_role && *r != "lead_investor") return *r;
    }
    return t->actor_role;
}

}  // namespace ds

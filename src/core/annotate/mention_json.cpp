#include "core/annotate/mention_json.h"

#include <nlohmann/json.hpp>

namespace ds {

nlohmann::json mention_to_json(const Article& article, const Mention& m) {
    nlohmann::json j = {
        {"kind", mention_kind_name(m.kind)}, {"text", display_text(article.view(m.range))},
        {"start", m.range.begin}, {"end", m.range.end}, {"sentence", m.sentence}, {"in_boilerplate", m.in_boilerplate},
    };
    switch (m.kind) {
        case MentionKind::money:
            j["value"] = m.value ? nlohmann::json(*m.value) : nlohmann::json(nullptr);
            j["currency"] = m.unit.empty() ? nlohmann::json(nullptr) : nlohmann::json(m.unit);
            if (!m.unsupported_currency.empty()) j["unsupported_currency"] = m.unsupported_currency;
            j["qualifier"] = qualifier_name(m.qualifier);
            j["vague"] = m.vague;
            break;
        case MentionKind::quantity:
            j["value"] = m.value ? nlohmann::json(*m.value) : nlohmann::json(nullptr);
            j["unit"] = m.unit;
            if (!m.counted.empty()) j["counted"] = m.counted;
            j["qualifier"] = qualifier_name(m.qualifier);
            j["vague"] = m.vague;
            break;
        case MentionKind::date:
        case MentionKind::duration:
            j["value"] = m.timex;
            j["precision"] = m.precision;
            j["mod"] = m.mod.empty() ? nlohmann::json(nullptr) : nlohmann::json(m.mod);
            j["anchored"] = m.anchored;
            break;
        case MentionKind::entity:
            j["entity"] = m.known ? nlohmann::json(m.entity_id) : nlohmann::json(nullptr);
            j["name"] = m.name;
            j["entity_kind"] = m.entity_kind;
            j["known"] = m.known;
            break;
    }
    return j;
}

}  // namespace ds

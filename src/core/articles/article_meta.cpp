#include "core/articles/article_meta.h"

#include <variant>

#include "core/articles/date_text.h"
#include "core/json/json_load.h"
#include "core/text/utf8.h"

namespace ds {

std::optional<ArticleMeta> parse_article_meta(std::string_view json_text, const std::string& file,
                                              std::vector<Problem>& problems) {
    // The sidecar is left out whole: `problem` says why.
    const auto ignore_sidecar = [&](Problem problem) {
        problem.severity = Severity::warning;
        problem.wrap(MessageCode::sidecar_ignored);
        problems.push_back(std::move(problem));
        return std::nullopt;
    };
    if (auto bad = find_invalid_utf8(json_text)) {
        return ignore_sidecar({Severity::warning, file + ":byte " + std::to_string(bad->offset), MessageCode::invalid_utf8, nested(bad->code)});
    }
    auto parsed = parse_json(json_text, file);
    if (auto* problem = std::get_if<Problem>(&parsed)) return ignore_sidecar(std::move(*problem));
    const auto& json = std::get<nlohmann::json>(parsed);
    if (!json.is_object()) return ignore_sidecar({Severity::warning, json_place(file, ""), MessageCode::expected_object});
    ArticleMeta meta;
    const std::pair<const char*, std::optional<std::string> ArticleMeta::*> fields[] = {
        {"publisher", &ArticleMeta::publisher}, {"url", &ArticleMeta::url}, {"date", &ArticleMeta::date},
        {"date_basis", &ArticleMeta::date_basis}, {"language", &ArticleMeta::language},
        {"title", &ArticleMeta::title}, {"author", &ArticleMeta::author},
    };
    for (const auto& item : json.items()) {
        const std::string& key = item.key();
        const auto& value = item.value();
        const std::string place = json_place(file, "/" + key);
        if (key == "date_inferred") {
            if (value.is_boolean()) meta.date_inferred = value.get<bool>();
            else problems.push_back({Severity::warning, place, MessageCode::expected_boolean_ignored});
            continue;
        }
        const auto* field = std::find_if(std::begin(fields), std::end(fields), [&](const auto& f) { return key == f.first; });
        if (field == std::end(fields)) {
            problems.push_back({Severity::warning, place, MessageCode::unknown_field_ignored});
            continue;
        }
        if (!value.is_string()) {
            problems.push_back({Severity::warning, place, MessageCode::expected_string_ignored});
            continue;
        }
        meta.*(field->second) = value.get<std::string>();
    }
    if (meta.date && !parse_calendar_date(*meta.date)) {
        problems.push_back({Severity::warning, json_place(file, "/date"), MessageCode::not_a_date_ignored, {*meta.date}});
        meta.date.reset();
    }
    if (meta.language && *meta.language != "de" && *meta.language != "en") {
        problems.push_back({Severity::warning, json_place(file, "/language"), MessageCode::expected_language_ignored});
        meta.language.reset();
    }
    return meta;
}

}  // namespace ds

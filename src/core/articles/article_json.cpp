#include "core/articles/article_json.h"

#include <nlohmann/json.hpp>

namespace ds {

namespace {
nlohmann::json optional_string(const std::string& s) { return s.empty() ? nlohmann::json(nullptr) : nlohmann::json(s); }

nlohmann::json date_json(const PublicationDate& d) {
    if (d.source == DateSource::unknown) return {{"value", nullptr}, {"precision", nullptr}, {"source", "unknown"}, {"basis", nullptr}, {"inferred", false}};
    return {{"value", d.value}, {"precision", date_precision_name(d.precision)}, {"source", date_source_name(d.source)},
            {"basis", optional_string(d.basis)}, {"inferred", d.inferred}};
}
}  // namespace

nlohmann::json problem_to_json(const Problem& p) {
    return {{"severity", severity_name(p.severity)}, {"place", p.place}, {"code", message_name(p.code)}, {"reason", p.reason}};
}

nlohmann::json article_summary_json(const Article& a) {
    return {
        {"id", a.id}, {"file", a.file}, {"title", optional_string(a.title)}, {"display_title", a.display_title()},
        {"publisher", optional_string(a.publisher)}, {"date", date_json(a.date)}, {"language", a.language},
        {"blocks", a.blocks.size()}, {"paragraphs", a.body_paragraph_count()}, {"sentences", a.sentences.size()},
    };
}

nlohmann::json block_json(const Article& a, std::size_t i) {
    const Block& b = a.blocks[i];
    return {
        {"kind", block_kind_name(b.kind)},
        {"boilerplate", b.kind == BlockKind::boilerplate ? nlohmann::json(boilerplate_kind_name(b.boilerplate)) : nlohmann::json(nullptr)},
        {"start", b.range.begin}, {"end", b.range.end},
        {"sentences", {b.first_sentence, b.first_sentence + b.sentence_count}},
        {"text", display_text(a.view(b.range))},
    };
}

nlohmann::json sentence_json(const Article& a, std::size_t i) {
    const Sentence& s = a.sentences[i];
    return {{"block", s.block}, {"start", s.range.begin}, {"end", s.range.end}, {"text", display_text(a.view(s.range))}};
}

nlohmann::json article_head_json(const Article& a) {
    nlohmann::json problems = nlohmann::json::array();
    for (const auto& p : a.problems) problems.push_back(problem_to_json(p));
    return {
        {"id", a.id}, {"file", a.file}, {"bytes", a.text.size()},
        {"title", optional_string(a.title)}, {"kicker", optional_string(a.kicker)}, {"subtitle", optional_string(a.subtitle)},
        {"display_title", a.display_title()},
        {"publisher", optional_string(a.publisher)}, {"author", optional_string(a.author)}, {"language", a.language},
        {"url", optional_string(a.url)}, {"date", date_json(a.date)}, {"problems", std::move(problems)},
    };
}

nlohmann::json article_to_json(const Article& a) {
    nlohmann::json json = article_head_json(a);
    nlohmann::json& blocks = json["blocks"] = nlohmann::json::array();
    for (std::size_t i = 0; i < a.blocks.size(); ++i) blocks.push_back(block_json(a, i));
    nlohmann::json& sentences = json["sentences"] = nlohmann::json::array();
    for (std::size_t i = 0; i < a.sentences.size(); ++i) sentences.push_back(sentence_json(a, i));
    return json;
}

}  // namespace ds

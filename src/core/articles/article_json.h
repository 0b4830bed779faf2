#pragma once
// The article as JSON: the `dealscope-cli parse` output and part of `window.dealscope.state()`.
#include <cstddef>

#include <nlohmann/json_fwd.hpp>

#include "core/articles/article.h"

namespace ds {

// Full form: metadata, blocks with kind and byte ranges, sentences with byte ranges and text.
nlohmann::json article_to_json(const Article& article);
// Its parts, for writing a long article a block and a sentence at a time (json_write.h): everything
// but "blocks" and "sentences", and one item of each.
nlohmann::json article_head_json(const Article& article);
nlohmann::json block_json(const Article& article, std::size_t block);
nlohmann::json sentence_json(const Article& article, std::size_t sentence);

// Summary form for lists: id, file, title, publisher, date, counts.
nlohmann::json article_summary_json(const Article& article);

// {"severity", "place", "code", "reason"}: the message's name (message.h) and its English wording.
nlohmann::json problem_to_json(const Problem& problem);

}  // namespace ds

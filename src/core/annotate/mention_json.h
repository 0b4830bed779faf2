#pragma once
#include <nlohmann/json_fwd.hpp>

#include "core/articles/article.h"
#include "core/annotate/mention.h"

namespace ds {
// One mention in the `annotate` JSON contract (see README): kind, text, start, end, sentence,
// in_boilerplate and the kind's normalised fields.
nlohmann::json mention_to_json(const Article& article, const Mention& m);
}

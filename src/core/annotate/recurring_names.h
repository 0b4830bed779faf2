#pragma once
// Names a German article repeats as bare capitalised runs ("Bending Spoons", "The Exploration
// Company", "Boyd Thermal"): German capitalises every noun, but two or more capitalised words with
// no article before them, written the same way again, are a name. Found once the whole article is
// annotated; every mention of them not taken by another name becomes an unknown organisation.
#include <vector>

#include "core/articles/article.h"
#include "core/annotate/mention.h"

namespace ds {

// Appends the recurring names' mentions to `all` (the article's mentions, in sentence order) and
// keeps `all` in text order. Looks at the article's first 256 KiB only, so its cost is bounded.
void add_recurring_names(const Article& article, std::vector<Mention>& all);

}  // namespace ds

#pragma once
#include <vector>

#include "core/text/problem.h"

namespace ds::ui {
// One line per problem, errors before warnings, labelled in words (not colour alone), in `language`.
void draw_problems(const std::vector<Problem>& problems, Language language);
}

#pragma once
// The rules an event meets wherever it comes from — events.json, an import, a candidate the user
// accepted and edited: a known type, status, role, entity and measure, a valid date, someone taking
// part, a quote found verbatim. Each rule is one function that says what is wrong (or nothing) as a
// message code with its arguments, so the loader, which reads JSON, and check_event(), which takes a
// built Event, report them alike.
#include <optional>
#include <string>
#include <vector>

#include "core/annotate/gazetteer.h"
#include "core/articles/article.h"
#include "core/events/event.h"
#include "core/json/json_path.h"

namespace ds {

std::optional<Message> event_type_problem(const std::string& type);
std::optional<Message> status_problem(const std::string& status);
std::optional<Message> date_value_problem(const std::string& value);
std::optional<Message> date_mod_problem(const std::string& mod);
std::optional<Message> entity_problem(const std::string& entity, const Gazetteer& gazetteer);
std::optional<Message> role_problem(const std::string& role);
std::optional<Message> measure_problem(const std::string& measures);
std::optional<Message> amount_unit_problem(const Amount& amount);
// Finds the quote in its article (fills the range and sentences); what is wrong otherwise.
std::optional<Message> quote_problem(const Article& article, Citation& citation);

// Checks a whole event built in memory, its sources against `articles` (resolving their ranges);
// problems are placed at JSON pointers under `at` in `file`, as the loader places them.
void check_event(Event& event, const std::vector<Article>& articles, const Gazetteer& gazetteer, const std::string& file,
                 const JsonPath& at, std::vector<Problem>& problems);

}  // namespace ds

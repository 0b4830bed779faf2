// The event-type table: every row complete and consistent with the roles and measures the loader
// knows, so adding a type is one row and nothing else can be forgotten.
#include <doctest/doctest.h>

#include <algorithm>
#include <set>
#include <string>

#include "core/events/event.h"
#include "core/events/event_types.h"

using namespace ds;

namespace {
template <class Names>
bool listed(const char* value, const Names& names) {
    return value == nullptr || std::any_of(std::begin(names), std::end(names), [&](const char* n) { return std::string(value) == n; });
}
}  // namespace

TEST_CASE("every event type has a unique id, both labels, and only known roles and measures") {
    std::set<std::string> ids;
    for (const EventType& t : event_types()) {
        CAPTURE(t.id);
        CHECK(ids.insert(t.id).second);
        CHECK(std::string(t.label_en) != "");
        CHECK(std::string(t.label_de) != "");
        CHECK(listed(t.from_role, kRoles));
        CHECK(listed(t.to_role, kRoles));
        CHECK((t.from_role == nullptr) == (t.to_role == nullptr));
        for (const char* m : t.measures) CHECK(listed(m, kMeasures));
        CHECK(listed(t.actor_role, kRoles));
        CHECK(listed(t.object_role, kRoles));
        CHECK(listed(t.candidate_measure, kMeasures));
        CHECK(find_event_type(t.id) == &t);
    }
    CHECK(event_type_ids().size() == event_types().size());
    CHECK(find_event_type("no_such_type") == nullptr);
}

TEST_CASE("labels and families come from the table, in both languages") {
    CHECK(event_type_label("compute_deal", Language::en) == "compute deal");
    CHECK(event_type_label("compute_deal", Language::de) == "Rechenleistungs-Deal");
    CHECK(event_type_label("brand_new_kind", Language::de) == "brand new kind");  // unknown: readable, not empty
    CHECK(type_family("funding_round") == TypeFamily::money);
    CHECK(type_family("compute_deal") == TypeFamily::compute);
    CHECK(type_family("brand_new_kind") == TypeFamily::statements);
    for (const TypeFamily f : kTypeFamilies) {
        CHECK(std::string(type_family_label(f, Language::en)) != "");
        CHECK(std::string(type_family_label(f, Language::de)) != "");
    }
    // Money flows from investor to investee; compute from provider to customer.
    CHECK(std::string(find_event_type("investment")->from_role) == "investor");
    CHECK(std::string(find_event_type("compute_deal")->to_role) == "customer");
    CHECK(find_event_type("compute_deal")->flow == FlowKind::compute);
}

TEST_CASE("a round's lead investor is an investor wherever investors are counted") {
    CHECK(role_is("lead_investor", "investor"));
    CHECK(role_is("investor", "investor"));
    CHECK_FALSE(role_is("investor", "lead_investor"));
    CHECK_FALSE(role_is("investee", "investor"));
}

TEST_CASE("a participant added by hand takes the role the deal lacks, then one more of the side that comes in numbers") {
    CHECK(role_for_new_participant("funding_round", {"lead_investor", "investor"}) == "investee");
    CHECK(role_for_new_participant("funding_round", {"investee", "lead_investor", "investor"}) == "investor");
    CHECK(role_for_new_participant("investment", {}) == "investor");
    CHECK(role_for_new_participant("investment", {"investor"}) == "investee");
    CHECK(role_for_new_participant("no-such-type", {"investor"}) == "partner");
}

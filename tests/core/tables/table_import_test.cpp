// Each layout from a sheet written for these tests (tests/core/tables/sheets/), with the awkward
// content real sheets have: a byte-order mark, CRLF, quoted commas, "|" lists, empty rows, German
// numbers and dates, title and era rows, unknown names, bad dates and amounts.
#include <doctest/doctest.h>

#include <algorithm>

#include "core/tables/table_import.h"
#include "core/text/text_file.h"
#include "support/seed_articles.h"

using namespace ds;

namespace {

TableImport import_sheet(const std::string& name, TableImportOptions options = {}) {
    const std::string path = std::string(DEALSCOPE_SHEETS_DIR) + "/" + name;
    const auto text = read_text_file(path);
    REQUIRE(std::holds_alternative<std::string>(text));
    return import_table(std::get<std::string>(text), name, test::seed_gazetteer(), options);
}

std::vector<std::pair<std::string, std::string>> parties(const Event& e) {
    std::vector<std::pair<std::string, std::string>> out;
    for (const auto& p : e.participants) out.emplace_back(p.entity, p.role);
    return out;
}

std::vector<std::string> places(const TableImport& t) {
    std::vector<std::string> out;
    for (const auto& p : t.problems) out.push_back(p.place + " " + message_name(p.code));
    return out;
}

using Parties = std::vector<std::pair<std::string, std::string>>;

}  // namespace

TEST_CASE("dealscope's own columns: names matched without case, new names proposed, bad rows named and left out") {
    const TableImport t = import_sheet("dealscope.csv");
    CHECK(t.format == TableFormat::dealscope);
    CHECK(t.rows == 6);
    CHECK(t.rows_skipped == 2);
    CHECK(places(t) == std::vector<std::string>{"dealscope.csv:line 6, column date table_bad_date", "dealscope.csv:line 8, column amount table_bad_amount"});
    REQUIRE(t.events.size() == 4);
    const Event& ms = t.events[0];
    CHECK(ms.type == "investment");
    CHECK(ms.date.value == "2023-01");
    CHECK(parties(ms) == Parties{{"microsoft", "investor"}, {"openai", "investee"}});
    REQUIRE(ms.amounts.size() == 1);
    CHECK(*ms.amounts[0].value == 1e10);
    CHECK(ms.summary_en == "Microsoft invests $10bn in OpenAI, its third round");
    REQUIRE(ms.table.has_value());
    CHECK(ms.table->url == "https://example.org/msft-openai");
    CHECK(ms.table->row == 2);
    CHECK(ms.sources.empty());

    const Event& round = t.events[1];
    CHECK(round.type == "funding_round");
    CHECK(parties(round) == Parties{{"nvidia", "investor"}, {"samsung-ventures", "investor"}, {"mistral-ai", "investee"}});
    CHECK(round.amounts[0].currency == "EUR");
    CHECK(*round.amounts[0].value == 6e8);
    CHECK(round.summary_en == "Mistral raises €600m; says \"we stay independent\"");

    const Event& oracle = t.events[2];
    CHECK(oracle.date.value == "2025-Q3");
    CHECK(oracle.status == "in_talks");
    CHECK(oracle.amounts[0].qualifier == Qualifier::up_to);
    CHECK(oracle.amounts[0].measures == "compute_commitment");
    CHECK(oracle.summary_en == "Oracle → OpenAI: compute deal of up to $300bn");

    REQUIRE(t.new_entities.size() == 2);
    CHECK(t.new_entities[0].id == "samsung-ventures");
    CHECK(t.new_entities[1].name == "Acme Robotics GmbH");
    CHECK(t.events[3].participants[0].entity == "acme-robotics-gmbh");
}

TEST_CASE("German Excel: semicolons, German dates, numbers, types and statuses") {
    const TableImport t = import_sheet("german-excel.csv");
    CHECK(t.problems.empty());
    REQUIRE(t.events.size() == 2);
    CHECK(t.events[0].date.value == "2024-06-30");
    CHECK(t.events[0].type == "investment");
    CHECK(t.events[0].status == "completed");
    CHECK(*t.events[0].amounts[0].value == 1.5e7);
    CHECK(t.events[1].type == "funding_round");
    CHECK(*t.events[1].amounts[0].value == 1.5e9);
    CHECK(t.events[1].summary_en == "Runde mit \"Bewertung\" über 5,8 Mrd.");
}

TEST_CASE("a range pasted from a spreadsheet: tab-separated, units and qualifiers in their columns") {
    const TableImport t = import_sheet("pasted.tsv");
    CHECK(t.problems.empty());
    REQUIRE(t.events.size() == 2);
    CHECK(t.events[0].type == "compute_deal");
    CHECK(t.events[0].amounts[0].unit == "GW");
    CHECK(parties(t.events[0]) == Parties{{"amd", "provider"}, {"openai", "customer"}});
    CHECK(parties(t.events[1]) == Parties{{"nvidia", "investor"}, {"openai", "investee"}});  // "NVIDIA" is Nvidia
    CHECK(t.events[1].amounts[0].qualifier == Qualifier::up_to);
}

TEST_CASE("TimelineJS: title and era rows are not events, headlines are read for parties and amounts, the group names the type") {
    const TableImport t = import_sheet("timelinejs.csv");
    CHECK(t.format == TableFormat::timelinejs);
    CHECK(t.rows == 6);
    CHECK(t.rows_skipped == 1);  // the month 13; title and era rows are not counted
    REQUIRE(t.events.size() == 3);
    CHECK(t.events[0].date.value == "2019-07-22");
    CHECK(parties(t.events[0]) == Parties{{"microsoft", "investor"}, {"openai", "investee"}});
    CHECK(*t.events[0].amounts[0].value == 1e9);
    CHECK(t.events[0].table->url == "https://example.org/2019");
    CHECK(t.events[1].type == "investment");  // the group says so, whatever the words suggest
    CHECK(parties(t.events[1]) == Parties{{"amazon", "investor"}, {"anthropic", "investee"}});
    CHECK(t.events[2].amounts[0].qualifier == Qualifier::up_to);
    CHECK(std::any_of(t.problems.begin(), t.problems.end(), [](const Problem& p) { return p.place == "timelinejs.csv:line 6, column Year"; }));
}

TEST_CASE("Kumu: elements give new names their kinds, connections list several parties with |") {
    const TableImport elements = import_sheet("kumu-elements.csv");
    CHECK(elements.format == TableFormat::kumu_elements);
    CHECK(elements.events.empty());
    REQUIRE(elements.new_entities.size() == 3);  // OpenAI is known
    CHECK(elements.new_entities[1].name == "Fonds Zukunft");
    CHECK(elements.new_entities[1].kind == "investor");
    CHECK(elements.new_entities[2].kind == "person");
    CHECK(places(elements) == std::vector<std::string>{"kumu-elements.csv:line 7, column Label missing"});

    const TableImport links = import_sheet("kumu-connections.csv");
    CHECK(links.format == TableFormat::kumu_connections);
    REQUIRE(links.events.size() == 2);
    CHECK(links.events[0].type == "compute_deal");
    CHECK(links.events[0].date.value == "2024-06");
    CHECK(parties(links.events[1]) == Parties{{"fonds-zukunft", "investor"}, {"sap", "investor"}, {"aleph-alpha", "investee"}});
    CHECK(links.events[1].date.value == "2023-FA");
    CHECK(*links.events[1].amounts[0].value == 1.5e9);
    CHECK(places(links) == std::vector<std::string>{"kumu-connections.csv:line 4, column Type table_unknown_type"});
}

TEST_CASE("Flourish: links with values in dollars, points as entities, a timeline read like TimelineJS") {
    const TableImport links = import_sheet("flourish-links.csv");
    REQUIRE(links.events.size() == 3);
    CHECK(links.events[0].amounts[0].currency == "USD");
    CHECK(*links.events[1].amounts[0].value == 1e8);
    CHECK(links.events[0].date.value == "XXXX");

    const TableImport points = import_sheet("flourish-points.csv");
    REQUIRE(points.new_entities.size() == 1);
    CHECK(points.new_entities[0].id == "northwind-ai");

    const TableImport timeline = import_sheet("flourish-timeline.csv");
    REQUIRE(timeline.events.size() == 2);
    CHECK(timeline.events[0].date.value == "2024-03-15");
    CHECK(parties(timeline.events[1]) == Parties{{"amd", "provider"}, {"openai", "customer"}});
    CHECK(timeline.events[1].date.value == "2026-H2");
    CHECK(timeline.rows_skipped == 1);
}

TEST_CASE("a header nobody knows is named, and a format asked for must have its columns") {
    TableImport t = import_table("name,age\nAda,36\n", "people.csv", test::seed_gazetteer());
    REQUIRE(t.problems.size() == 1);
    CHECK(t.problems[0].code == MessageCode::table_format_unknown);
    CHECK(t.problems[0].args[0] == "name, age");

    TableImportOptions kumu;
    kumu.format = TableFormat::kumu_connections;
    t = import_table("date,from\n2024,OpenAI\n", "x.csv", test::seed_gazetteer(), kumu);
    CHECK(t.events.empty());
    CHECK(places(t) == std::vector<std::string>{"x.csv:line 1 table_missing_column"});
}

TEST_CASE("type and status cells are read in both languages") {
    CHECK(read_type_cell("Finanzierungsrunde") == "funding_round");
    CHECK(read_type_cell("Compute deal") == "compute_deal");
    CHECK(read_type_cell("compute_deal") == "compute_deal");
    CHECK(read_type_cell("Übernahme") == "acquisition");
    CHECK(read_type_cell("takeover") == "acquisition");
    CHECK(read_type_cell("funds") == "");
    CHECK(read_status_cell("angekündigt") == "announced");
    CHECK(read_status_cell("In talks") == "in_talks");
    CHECK(read_status_cell("maybe") == "");
    CHECK(entity_id_of_name("Acme Robotics GmbH") == "acme-robotics-gmbh");
    CHECK(entity_id_of_name("Société Générale") == "societe-generale");
}

#include <doctest/doctest.h>

#include "core/tables/delimited_text.h"

using namespace ds;

TEST_CASE("a CSV with a byte-order mark, CRLF and CR ends, quoted commas, quotes and line breaks reads as written") {
    const std::string text = "\xEF\xBB\xBF" "a,b,c\r\n1,\"x, y\",\"say \"\"hi\"\"\"\r\n\r\n,,\r2,\"two\nlines\",  padded  \n";
    std::vector<Problem> problems;
    const DelimitedTable t = read_delimited(text, "t.csv", problems);
    CHECK(problems.empty());
    CHECK(t.delimiter == ',');
    REQUIRE(t.header == std::vector<std::string>{"a", "b", "c"});
    REQUIRE(t.rows.size() == 2);  // the empty row and the row of empty cells are left out
    CHECK(t.rows[0].cells == std::vector<std::string>{"1", "x, y", "say \"hi\""});
    CHECK(t.rows[0].line == 2);
    CHECK(t.rows[1].cells == std::vector<std::string>{"2", "two\nlines", "padded"});
    CHECK(t.rows[1].line == 5);
}

TEST_CASE("the delimiter is found from the header: tab for a pasted range, semicolon for German Excel") {
    CHECK(detect_delimiter("date\ttype\tfrom\n") == '\t');
    CHECK(detect_delimiter("date;type;from;amount\n1;2;3;\"1,5\"") == ';');
    CHECK(detect_delimiter("\n\ndate,type\n") == ',');
    CHECK(detect_delimiter("\"a;b\",c,d\n") == ',');  // a semicolon inside quotes does not count
}

TEST_CASE("a quote left open is named at the line it opened on, and the rows before it are kept") {
    std::vector<Problem> problems;
    const DelimitedTable t = read_delimited("a,b\n1,2\n3,\"open\n4,5\n", "t.csv", problems);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].place == "t.csv:line 3");
    CHECK(problems[0].code == MessageCode::table_quote_not_closed);
    REQUIRE(t.rows.size() == 1);
    CHECK(t.rows[0].cells[1] == "2");
}

TEST_CASE("invalid UTF-8 in a table is refused with its byte") {
    std::vector<Problem> problems;
    const DelimitedTable t = read_delimited("a,b\n1,\xFF\n", "t.csv", problems);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].place == "t.csv:byte 6");
    CHECK(t.header.empty());
}

TEST_CASE("written rows read back the same, whatever the fields hold") {
    const std::vector<std::string> fields{"plain", "with, comma", "with \"quote\"", "two\r\nlines", " padded ", "", "tab\there"};
    for (const char delimiter : {',', '\t', ';'}) {
        std::string out;
        append_delimited_row(out, {"h1", "h2", "h3", "h4", "h5", "h6", "h7"}, delimiter);
        append_delimited_row(out, fields, delimiter);
        std::vector<Problem> problems;
        const DelimitedTable t = read_delimited(out, "t", problems, delimiter);
        CHECK(problems.empty());
        REQUIRE(t.rows.size() == 1);
        CHECK(t.rows[0].cells == fields);
    }
}

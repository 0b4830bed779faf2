// Whole articles of our own making, worded unlike the seeds: the annotators must not be tuned to five texts.
#include <doctest/doctest.h>

#include <algorithm>

#include "support/annotate_helpers.h"

using namespace ds;

namespace {
bool has(const test::Annotated& a, MentionKind kind, const std::string& text, const std::string& value = "") {
    return std::any_of(a.mentions.begin(), a.mentions.end(), [&](const Mention& m) {
        if (m.kind != kind || a.text(m) != text) return false;
        if (value.empty()) return true;
        if (kind == MentionKind::entity) return m.entity_id == value || (!m.known && value == "?");
        if (kind == MentionKind::date || kind == MentionKind::duration) return m.timex == value;
        char buf[32];
        std::snprintf(buf, sizeof buf, "%.6g", m.value.value_or(-1));
        return buf == value;
    });
}
}  // namespace

TEST_CASE("a German business-news article in other wordings") {
    const auto a = test::annotate_text(
        "Der Chipkonzern Kestrova beteiligt sich mit knapp 400 Millionen Euro an dem Münchner Start-up Lumora. "
        "Zuvor hatte Nvidia im Sommer rund 1,2 Milliarden Dollar in europäische Rechenzentren gesteckt. "
        "Wie Finanzvorständin Anna Berger sagte, sollen bis Ende 2026 insgesamt 3 Gigawatt Leistung entstehen. "
        "Microsofts Cloud-Sparte Azure liefert dafür Rechenkapazität im Wert von bis zu 2 Mrd. Euro über drei Jahre. "
        "Die Aktie von Oracle legte um 4,5 % zu; im vergangenen Jahr waren es noch 2.300 Stellen weniger.",
        "2025-09-15");
    CHECK(has(a, MentionKind::money, "400 Millionen Euro", "4e+08"));
    CHECK(has(a, MentionKind::money, "1,2 Milliarden Dollar", "1.2e+09"));
    CHECK(has(a, MentionKind::money, "2 Mrd. Euro", "2e+09"));
    CHECK(has(a, MentionKind::quantity, "3 Gigawatt", "3"));
    CHECK(has(a, MentionKind::quantity, "4,5 %", "4.5"));
    CHECK(has(a, MentionKind::quantity, "2.300 Stellen", "2300"));
    CHECK(has(a, MentionKind::date, "Sommer", "2025-SU"));
    CHECK(has(a, MentionKind::date, "Ende 2026", "2026"));
    CHECK(has(a, MentionKind::duration, "drei Jahre", "P3Y"));
    CHECK(has(a, MentionKind::entity, "Kestrova", "?"));
    CHECK(has(a, MentionKind::entity, "Lumora", "?"));
    CHECK(has(a, MentionKind::entity, "Anna Berger", "?"));
    CHECK(has(a, MentionKind::entity, "Nvidia", "nvidia"));
    CHECK(has(a, MentionKind::entity, "Microsofts", "microsoft"));
    CHECK(has(a, MentionKind::entity, "Azure", "azure"));
    CHECK(has(a, MentionKind::entity, "Oracle", "oracle"));
}

TEST_CASE("an English article") {
    const auto a = test::annotate_text(
        "Amazon said on Tuesday it would invest up to $8 billion in Anthropic over several years. "
        "In March 2024 the company had already committed about $2.75 billion. "
        "Anthropic’s chief executive Dario Amodei said the cloud deal covers 1 GW of capacity.",
        "2024-11-22", "en");
    CHECK(has(a, MentionKind::money, "$8 billion", "8e+09"));
    CHECK(has(a, MentionKind::money, "$2.75 billion", "2.75e+09"));
    CHECK(has(a, MentionKind::date, "March 2024", "2024-03"));
    CHECK(has(a, MentionKind::duration, "several years", "PXY"));
    CHECK(has(a, MentionKind::quantity, "1 GW", "1"));
    CHECK(has(a, MentionKind::entity, "Anthropic’s", "anthropic"));
    CHECK(has(a, MentionKind::entity, "Dario Amodei", "dario-amodei"));
    CHECK(has(a, MentionKind::entity, "Amazon", "amazon"));
}

// Scores the annotators against the hand-made gold annotation of the seed articles (tests/gold/):
// precision, recall and F1 per kind, printed; F1 ≥ 0.95 required for money values, date values and
// known entities. Run `core_tests -tc='*gold*'` to see the table.
#include <doctest/doctest.h>

#include <cstdio>
#include <fstream>
#include <iterator>
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/annotate/annotate.h"
#include "core/annotate/gazetteer.h"
#include "support/bag_score.h"
#include "support/seed_articles.h"

using namespace ds;

namespace {

using test::Bag;
using test::Score;

std::string number_key(const nlohmann::json& v) {
    if (v.is_null()) return "null";
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.6g", v.get<double>());
    return buf;
}
std::string number_key(const std::optional<double>& v) { return v ? number_key(nlohmann::json(*v)) : "null"; }

std::string join(std::initializer_list<std::string> parts) {
    std::string s;
    for (const auto& p : parts) s += p + "|";
    return s;
}

nlohmann::json read_json(const std::string& path) {
    std::ifstream in(path);
    return nlohmann::json::parse(std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>()));
}

}  // namespace

TEST_CASE("annotators against the gold annotation of the seed articles") {
    std::vector<Problem> problems;
    const Gazetteer gazetteer = load_gazetteer(DEALSCOPE_ASSETS_DIR, problems);
    REQUIRE(problems.empty());
    std::map<std::string, Score> scores;

    for (const Article& article : test::seed_corpus().articles) {
        CAPTURE(article.id);
        const auto gold = read_json(std::string(DEALSCOPE_GOLD_DIR) + "/" + article.id + ".json");
        std::map<std::string, Bag> g, p;
        for (const auto& m : gold["money"]) {
            const bool vague = m.size() > 4;
            g["money"][join({m[0].get<std::string>(), number_key(m[1]), m[2].is_null() ? "" : m[2].get<std::string>(), m[3].get<std::string>(), vague ? "vague" : ""})]++;
        }
        for (const auto& q : gold["quantities"]) g["quantity"][join({q[0].get<std::string>(), number_key(q[1]), q[2].get<std::string>()})]++;
        for (const auto& d : gold["dates"]) g["date"][join({d[0].get<std::string>(), d[1].get<std::string>()})]++;
        for (const auto& d : gold["durations"]) g["duration"][join({d[0].get<std::string>(), d[1].get<std::string>()})]++;
        for (const auto& e : gold["entities"]) g["entity"][join({e[0].get<std::string>(), e[1].get<std::string>()})] += e[2].get<int>();

        for (const Mention& m : annotate_article(article, gazetteer)) {
            if (m.in_boilerplate) continue;
            const std::string text = display_text(article.view(m.range));
            switch (m.kind) {
                case MentionKind::money:
                    p["money"][join({text, number_key(m.value), m.unit.str(), qualifier_name(m.qualifier), m.vague ? "vague" : ""})]++;
                    break;
                case MentionKind::quantity: p["quantity"][join({text, number_key(m.value), m.unit.str()})]++; break;
                case MentionKind::date: p["date"][join({text, m.timex})]++; break;
                case MentionKind::duration: p["duration"][join({text, m.timex})]++; break;
                case MentionKind::entity:
                    if (m.known) p["entity"][join({text, m.entity_id})]++;
                    break;
            }
        }
        std::vector<std::string> misses;
        for (const char* kind : {"money", "quantity", "date", "duration", "entity"}) test::add(scores[kind], g[kind], p[kind], misses, kind);
        for (const auto& miss : misses) MESSAGE(miss);
    }

    std::printf("\nannotation score on the seed articles (body text)\n%-9s %5s %5s %5s %9s %7s %6s\n", "kind", "gold", "found", "match",
                "precision", "recall", "F1");
    for (const auto& [kind, s] : scores) {
        std::printf("%-9s %5d %5d %5d %9.3f %7.3f %6.3f\n", kind.c_str(), s.gold, s.predicted, s.matched, s.precision(), s.recall(), s.f1());
    }
    CHECK(scores["money"].f1() >= 0.95);
    CHECK(scores["date"].f1() >= 0.95);
    CHECK(scores["entity"].f1() >= 0.95);
}

// Packs: the seeds written and read back hold what loading the folder gives, byte for byte when
// written again; every kind of damage is refused by name, never read past.
#include <doctest/doctest.h>

#include <cstring>
#include <filesystem>
#include <variant>

#include <unistd.h>

#include "core/annotate/annotate.h"
#include "core/events/event_loader.h"
#include "core/pack/data_pack.h"
#include "core/text/text_file.h"

namespace ds {
namespace {

PackedData seeds() {
    PackedData d;
    const std::filesystem::path assets = DEALSCOPE_ASSETS_DIR;
    d.corpus = load_corpus(assets / "articles");
    Gazetteer g = load_gazetteer(assets.string(), d.corpus.problems);
    for (const Article& a : d.corpus.articles) d.mentions.push_back(annotate_article(a, g));
    const auto events = std::get<std::string>(read_text_file(assets / "events.json"));
    d.events = parse_events(events, "events.json", d.corpus.articles, g, d.corpus.problems);
    d.entities = g.entities;
    d.annotated.assign(d.mentions.size(), true);
    return d;
}

const std::string& seeds_pack() {
    static const std::string bytes = write_pack(seeds());
    return bytes;
}

// The pack as a file, read streamed with a small window (every record crosses refills).
std::variant<PackedData, Problem> read_as_file(std::string_view bytes, std::size_t window) {
    const auto path = std::filesystem::temp_directory_path() / ("dealscope-pack-test-" + std::to_string(::getpid()) + ".pack");
    REQUIRE_FALSE(write_file_atomically(path, bytes).has_value());
    auto read = read_pack_file(path, "test.pack", std::size_t{1} << 30, window);
    std::filesystem::remove(path);
    return read;
}

// Refused from memory, and refused the same way when read from a file a few bytes at a time.
Problem refused(std::string_view bytes) {
    auto read = read_pack(bytes, "test.pack");
    REQUIRE(std::holds_alternative<Problem>(read));
    const Problem& p = std::get<Problem>(read);
    auto streamed = read_as_file(bytes, 61);
    REQUIRE(std::holds_alternative<Problem>(streamed));
    const Problem& q = std::get<Problem>(streamed);
    CHECK((q.code == p.code && q.reason == p.reason && q.place == p.place));
    return p;
}

}  // namespace

TEST_CASE("the seeds read back from a pack are what loading the folder gave, and write the same bytes") {
    const PackedData original = seeds();
    auto read = read_pack(seeds_pack(), "seeds.pack");
    REQUIRE(std::holds_alternative<PackedData>(read));
    const PackedData& back = std::get<PackedData>(read);
    CHECK(write_pack(back) == seeds_pack());
    REQUIRE(back.corpus.articles.size() == original.corpus.articles.size());
    CHECK(back.corpus.articles.size() == 5);
    for (std::size_t i = 0; i < back.corpus.articles.size(); ++i) {
        CHECK(back.corpus.articles[i].text == original.corpus.articles[i].text);
        CHECK(back.corpus.articles[i].sentences.size() == original.corpus.articles[i].sentences.size());
        CHECK(back.corpus.articles[i].date.value == original.corpus.articles[i].date.value);
        REQUIRE(back.mentions[i].size() == original.mentions[i].size());
        for (std::size_t k = 0; k < back.mentions[i].size(); ++k) {
            const Mention &a = back.mentions[i][k], &b = original.mentions[i][k];
            CHECK((a.range == b.range && a.kind == b.kind && a.value == b.value && a.unit == b.unit && a.entity_id == b.entity_id &&
                   a.timex == b.timex && a.precision == b.precision && a.entity_kind == b.entity_kind && a.known == b.known));
        }
    }
    CHECK(back.entities.size() == original.entities.size());
    REQUIRE(back.events.events.size() == original.events.events.size());
    CHECK(back.events.events.size() > 40);
    CHECK(back.events.events[7].sources[0].range == original.events.events[7].sources[0].range);
    CHECK(back.events.events[7].summary_de == original.events.events[7].summary_de);
    CHECK(back.events.claims.size() == original.events.claims.size());
    CHECK(back.corpus.problems.size() == original.corpus.problems.size());
    CHECK(back.annotated == original.annotated);
    // Read from a file a window at a time (the page's way), small windows or one larger than the pack.
    for (const std::size_t window : {std::size_t{1}, std::size_t{61}, std::size_t{4096}, std::size_t{1} << 20}) {
        auto streamed = read_as_file(seeds_pack(), window);
        REQUIRE(std::holds_alternative<PackedData>(streamed));
        CHECK(write_pack(std::get<PackedData>(streamed)) == seeds_pack());
    }
}

TEST_CASE("an article left to be annotated when opened is packed without mentions and stays so") {
    PackedData d = seeds();
    d.annotated[1] = false;
    d.mentions[1].clear();
    auto read = read_pack(write_pack(d), "large.pack");
    REQUIRE(std::holds_alternative<PackedData>(read));
    CHECK(std::get<PackedData>(read).annotated == std::vector<bool>{true, false, true, true, true});
    d.mentions[1] = seeds().mentions[1];
    CHECK(refused(write_pack(d)).reason == "pack is damaged: an article not annotated has mentions");
}

TEST_CASE("a file that is not a pack, a pack of another format or other reading rules is refused by name") {
    CHECK(refused("").code == MessageCode::pack_not_a_pack);
    CHECK(refused(R"({"entities": []})").code == MessageCode::pack_not_a_pack);
    std::string other = seeds_pack();
    other[8] = 7;  // the format, just after the signature
    const Problem format = refused(other);
    CHECK(format.code == MessageCode::pack_other_format);
    CHECK(format.reason == "pack format 7, but this dealscope reads format 1: make it again with dealscope-cli pack");
    CHECK(format.place == "test.pack");
    std::string rules = seeds_pack();
    rules[16] = rules[16] == 'a' ? 'b' : 'a';  // the stamp's first character (after its length)
    const Problem stamp = refused(rules);
    CHECK(stamp.code == MessageCode::pack_other_rules);
    CHECK(stamp.args[1] == reading_rules_stamp());
}

TEST_CASE("a pack cut anywhere, or with a byte changed, is refused and never read past its end") {
    const std::string& whole = seeds_pack();
    for (std::size_t cut = 0; cut < whole.size(); cut += 997) {
        const Problem p = refused(std::string_view(whole).substr(0, cut));
        CHECK((p.code == MessageCode::pack_not_a_pack || p.code == MessageCode::pack_truncated));
    }
    CHECK(refused(whole + "x").code == MessageCode::pack_damaged);
    std::string flipped = whole;
    flipped[whole.size() / 2] ^= 0x20;
    CHECK(refused(flipped).code == MessageCode::pack_checksum);
    CHECK(refused(whole.substr(0, whole.size() - 1)).reason == "pack is cut short: " + std::to_string(whole.size() - 1) + " bytes of " + std::to_string(whole.size()));
}

TEST_CASE("records that do not fit are refused with the byte or the reason, though the checksum matches") {
    PackedData d = seeds();
    d.mentions[0][0].range = {0, d.corpus.articles[0].text.size() + 1};
    CHECK(refused(write_pack(d)).reason == "pack is damaged: a mention lies outside its article");

    d = seeds();
    d.events.events[0].participants[0].entity = "no-such-firm";
    CHECK(refused(write_pack(d)).reason == "pack is damaged: an event names an entity the pack does not hold");

    d = seeds();
    d.corpus.articles[2].title = "Titel \xFF";  // not UTF-8: state()'s JSON could not be written
    CHECK(refused(write_pack(d)).reason == "pack is damaged: a string is not UTF-8");

    d = seeds();
    d.events.events[0].sources[0].sentences.push_back(100000);
    CHECK(refused(write_pack(d)).reason == "pack is damaged: a quote names a sentence its article does not have");

    // A list longer than what is left, behind a valid header: refused at its byte, no allocation.
    std::string body(8, '\0');
    const std::uint64_t huge = 1ULL << 31;
    std::memcpy(body.data(), &huge, sizeof huge);  // the first list (the corpus's problems); little-endian hosts
    const Problem p = refused(framed_pack(body));
    CHECK(p.reason == "pack is damaged: a list is longer than the pack");
    CHECK(p.place.starts_with("test.pack:byte "));
}

}  // namespace ds

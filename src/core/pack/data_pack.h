#pragma once
// A prepared corpus: the articles as parsed, their mentions, the gazetteer's entities and the events
// with their quotes already found, in one versioned, checksummed binary file that
// `dealscope-cli pack` writes and the page reads instead of parsing and annotating at start-up.
//
// A pack is refused, with a problem that says why, when it is not a pack, is of another format,
// was made by other reading rules (its mentions would differ from what this build finds), is cut
// short, fails its checksum, or holds a record that does not fit (a range outside its article, an
// unknown entity). The caller then reads the articles as before. Layout: docs/data-format.md.
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/annotate/gazetteer.h"
#include "core/annotate/mention.h"
#include "core/articles/corpus.h"
#include "core/events/event.h"

namespace ds {

inline constexpr char kPackSignature[8] = {'D', 'S', 'P', 'A', 'C', 'K', '\r', '\n'};
inline constexpr std::uint32_t kPackFormat = 1;

// What a pack holds: what loading a data folder produces.
struct PackedData {
    Corpus corpus;                              // articles and the problems loading found
    std::vector<Entity> entities;               // the gazetteer, in its order
    // Per article; a corpus over the explorer's up-front limit keeps being annotated as articles are
    // opened (a 100 MB corpus's mentions would take 400 MB), so only the annotated ones hold any.
    std::vector<std::vector<Mention>> mentions;
    std::vector<bool> annotated;
    EventStore events;
    // What the explorer adds and reads itself (its network layout, src/explorer/network_pack.h):
    // carried and checksummed with the rest, its bytes opaque here.
    std::string explorer_section;
};

// The reading rules this build was made with: a digest of the sources that parse and annotate.
const char* reading_rules_stamp();

std::string write_pack(const PackedData& data);
// A pack's header (signature, format, reading rules, length, checksum) put before `body`: what
// write_pack does last, and how the fuzzer makes packs whose records it varies.
std::string framed_pack(std::string_view body);

// Reads a pack; `place` names it in problems ("seeds.pack", a URL).
std::variant<PackedData, Problem> read_pack(std::string_view bytes, const std::string& place);
// The same from a file, `window` bytes at a time, so that the pack (93 MB at 100 000 events) is not in
// memory whole beside what it holds; its checksum is checked as the bytes pass.
std::variant<PackedData, Problem> read_pack_file(const std::filesystem::path& path, const std::string& place,
                                                 std::size_t max_bytes = std::size_t{1} << 30, std::size_t window = std::size_t{1} << 20);

}  // namespace ds

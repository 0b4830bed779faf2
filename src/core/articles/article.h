#pragma once
// A news article as a person reads it: metadata, an ordered list of blocks and the sentences in
// them. Every block and sentence is a byte range into the original text, so any span can be cited
// and highlighted. Boilerplate is kept and labelled, never deleted.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/text/byte_range.h"
#include "core/text/enum_names.h"
#include "core/text/problem.h"

namespace ds {

enum class BlockKind { title, kicker, subtitle, heading, paragraph, quote, list_item, byline, boilerplate };
inline constexpr EnumName<BlockKind> kBlockKindNames[] = {
    {BlockKind::title, "title"}, {BlockKind::kicker, "kicker"}, {BlockKind::subtitle, "subtitle"}, {BlockKind::heading, "heading"},
    {BlockKind::paragraph, "paragraph"}, {BlockKind::quote, "quote"}, {BlockKind::list_item, "list_item"}, {BlockKind::byline, "byline"},
    {BlockKind::boilerplate, "boilerplate"}};

enum class BoilerplateKind {
    none, navigation, image_credit, job_ads, related_links, author_bio, source_list, call_to_action, markup_debris,
};
inline constexpr EnumName<BoilerplateKind> kBoilerplateKindNames[] = {
    {BoilerplateKind::none, "none"}, {BoilerplateKind::navigation, "navigation"}, {BoilerplateKind::image_credit, "image_credit"},
    {BoilerplateKind::job_ads, "job_ads"}, {BoilerplateKind::related_links, "related_links"}, {BoilerplateKind::author_bio, "author_bio"},
    {BoilerplateKind::source_list, "source_list"}, {BoilerplateKind::call_to_action, "call_to_action"},
    {BoilerplateKind::markup_debris, "markup_debris"}};

struct Block {
    BlockKind kind = BlockKind::paragraph;
    BoilerplateKind boilerplate = BoilerplateKind::none;  // set when kind == boilerplate
    ByteRange range;
    std::size_t first_sentence = 0, sentence_count = 0;  // into Article::sentences
};

struct Sentence {
    ByteRange range;
    std::size_t block = 0;  // index into Article::blocks
};

enum class DatePrecision { year, month, day };
inline constexpr EnumName<DatePrecision> kDatePrecisionNames[] = {
    {DatePrecision::year, "year"}, {DatePrecision::month, "month"}, {DatePrecision::day, "day"}};
enum class DateSource { unknown, text, metadata };
inline constexpr EnumName<DateSource> kDateSourceNames[] = {
    {DateSource::unknown, "unknown"}, {DateSource::text, "text"}, {DateSource::metadata, "metadata"}};

// A publication date with how precisely it is known and where it came from.
struct PublicationDate {
    std::string value;  // "2024", "2024-10" or "2024-10-21"; empty when unknown
    DatePrecision precision = DatePrecision::day;
    DateSource source = DateSource::unknown;
    std::string basis;  // why we believe it: the text it was read from, or the sidecar's note
    bool inferred = false;  // worked out from the content rather than stated anywhere
};

struct Article {
    std::string id;    // file name without extension
    std::string file;  // file name as given
    std::string text;  // the original bytes (valid UTF-8)
    std::string title, kicker, subtitle, publisher, author, language, url;
    PublicationDate date;
    std::vector<Block> blocks;
    std::vector<Sentence> sentences;
    std::vector<Problem> problems;  // warnings found while parsing (the article is still usable)

    std::string_view view(ByteRange r) const { return std::string_view(text).substr(r.begin, r.size()); }
    // The title to show: the title, else the start of the first body sentence.
    std::string display_title() const;
    std::size_t body_paragraph_count() const;
};

const char* block_kind_name(BlockKind kind);
const char* boilerplate_kind_name(BoilerplateKind kind);
const char* date_precision_name(DatePrecision precision);
const char* date_source_name(DateSource source);

// Text for display: soft hyphens removed, no-break spaces as spaces, runs of white space folded.
std::string display_text(std::string_view raw);

}  // namespace ds

#pragma once
// Word-wrapped layout of a block of text whose spans carry styles (mention highlights): what to draw
// where, worked out without a GPU so it can be tested; the UI only draws the fragments.
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/annotate/gazetteer.h"
#include "core/articles/article.h"

namespace ds {

struct StyledSpan {
    ByteRange range;
    int style = 0;  // caller's meaning (e.g. a mention index + 1); 0 is plain text
};

struct TextFragment {
    ByteRange range;      // a word (or part of one) of the original text
    float x = 0;          // offset from the block's left edge
    int line = 0;
    int style = 0;
};

// Lays out the words of text[block] in lines of at most `width`, using `measure` for the width of a
// piece of text and `space` for the gap between words. A word split by a span boundary ("Microsofts"
// has no boundary; "Microsoft-Investition" does) becomes several fragments on the same line.
// Soft hyphens and no-break spaces are treated as display_text() treats them.
std::vector<TextFragment> layout_text(std::string_view text, ByteRange block, const std::vector<StyledSpan>& spans, float width,
                                      const std::function<float(std::string_view)>& measure, float space);

// The text with its lines broken at spaces only, each at most `width` wide where its words allow
// (a word wider than that keeps a line of its own). Existing line breaks stay. ImGui's own wrapping
// also breaks after a comma, which splits a German "13,75 Mrd. $" into two numbers.
std::string break_at_spaces(std::string_view text, float width, const std::function<float(std::string_view)>& measure);

// The text in at most `max_lines` lines of `width`, broken at spaces: whole where it fits (a source
// line names every publisher it can); else its last line ends in "…".
std::vector<std::string> lines_within(std::string_view text, float width, int max_lines, const std::function<float(std::string_view)>& measure);

// "OpenAI Global LLC" → "OpenAI Glob…": whole characters off the end until the name fits `room`.
std::string fit_with_ellipsis(std::string name, float room, const std::function<float(std::string_view)>& measure);

// A name in `room`: the name, else the longest of its other names that fits ("AWS" for Amazon Web
// Services, "Nadella" for Satya Nadella), else the name cut with "…".
std::string name_in_room(std::string name, const std::vector<std::string>& other_names, float room, const std::function<float(std::string_view)>& measure);
// An entity's name in `room`, as name_in_room with its aliases; a person's also with the initial
// and surname ("M. Son"), so that the people of one list are shortened alike.
std::string entity_name_in_room(const Entity& entity, float room, const std::function<float(std::string_view)>& measure);

}  // namespace ds

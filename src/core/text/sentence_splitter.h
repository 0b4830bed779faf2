#pragma once
// German-first sentence splitting (English works with the same rules) over one block of text.
#include <string_view>
#include <vector>

#include "core/text/byte_range.h"

namespace ds {

// Sentences in `text[range]`, trimmed of surrounding white space. A block without final
// punctuation (a heading) is one sentence. Handles abbreviations (z. B., bzw., Mrd., Inc.),
// initials, ordinals and dates ("im 3. Quartal", "21. Oktober"), decimal commas and thousands dots,
// and quotes with the sentence end inside or outside them.
std::vector<ByteRange> split_sentences(std::string_view text, ByteRange range);

}  // namespace ds

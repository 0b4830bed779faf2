#pragma once
// A span of bytes in a text: how every block, sentence, token, mention and quote points into the
// original article, so any of them can be cited and highlighted.
#include <cstddef>

namespace ds {

struct ByteRange {
    std::size_t begin = 0, end = 0;  // [begin, end) into the text
    std::size_t size() const { return end - begin; }
    bool empty() const { return begin >= end; }
    friend bool operator==(const ByteRange&, const ByteRange&) = default;
};

}  // namespace ds

#pragma once
// Which documents hold which words, so a substring search reads only the documents that can contain
// the query instead of scanning all of them (100 MB for 10 000 articles, several ms per query, and
// four times that in WebAssembly). Texts are folded for search already; a word is a run of letters,
// digits and UTF-8 bytes.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ds {

class WordIndex {
public:
    // Adds the next document (its number is the count before).
    void add(std::string_view folded);
    // Forgets documents from `count` on (articles are only cut off at the end).
    void truncate(std::size_t count);
    std::size_t documents() const { return documents_; }

    // Documents that may contain `folded_query`: each word of the query is part of a word of the
    // document. `all` when the index cannot narrow it down cheaply (a word piece as short as "ka"
    // is in thousands of words) — then every document is a candidate.
    struct Candidates {
        bool all = true;
        std::vector<std::uint64_t> bits;  // one per document, when not `all`
        // The next candidate at or after `from`, or `end`.
        std::size_t next(std::size_t from, std::size_t end) const;
    };
    Candidates candidates(std::string_view folded_query) const;

private:
    std::uint32_t word_id(std::string_view word);  // adds the word if new

    std::string vocabulary_;                           // each distinct word followed by '\n'
    std::vector<std::uint32_t> word_starts_;           // where each word begins in vocabulary_
    std::vector<std::vector<std::uint32_t>> postings_;  // per word: the documents holding it, ascending
    std::vector<std::uint32_t> slots_;                 // open addressing: word id + 1, 0 when free
    std::size_t documents_ = 0;
};

}  // namespace ds

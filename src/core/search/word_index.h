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

// Distinct words, each with a number in the order first seen.
class Vocabulary {
public:
    std::uint32_t id(std::string_view word);  // adds the word if new
    std::size_t size() const { return word_starts_.size(); }
    std::string_view word(std::uint32_t id) const;
    // Every word is followed by '\n': a piece of a word is found with one scan of this text.
    const std::string& text() const { return text_; }
    // The word that the byte at `at` of text() belongs to.
    std::uint32_t id_at(std::size_t at) const;

private:
    std::string text_;
    std::vector<std::uint32_t> word_starts_;  // where each word begins in text_
    std::vector<std::uint32_t> slots_;        // open addressing: word id + 1, 0 when free
};

// The distinct words of one text, gathered a slice at a time: an article read over many frames
// joins the index in one cheap step instead of one pass over megabytes.
class WordSet {
public:
    // Gathers the words of `folded` from `from` on and returns where the next call goes on from: a
    // word that touches the end is left for it, unless `last`.
    std::size_t gather(std::string_view folded, std::size_t from, bool last);
    const Vocabulary& words() const { return words_; }

private:
    Vocabulary words_;
};

class WordIndex {
public:
    // Adds the next document (its number is the count before).
    void add(std::string_view folded);
    // The same, from the document's words gathered beforehand.
    void add(const WordSet& words);
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
    std::uint32_t word_id(std::string_view word);  // adds the word if new, with no postings

    Vocabulary vocabulary_;
    std::vector<std::vector<std::uint32_t>> postings_;  // per word: the documents holding it, ascending
    std::size_t documents_ = 0;
};

}  // namespace ds

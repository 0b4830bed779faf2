#include "core/search/word_index.h"

#include <algorithm>
#include <bit>
#include <cstring>

#include "core/text/byte_find.h"

namespace ds {

namespace {

bool word_byte(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80; }

// Calls f(word) for each word of a folded text.
template <typename F>
void for_each_word(std::string_view text, F&& f) {
    for (std::size_t i = 0; i < text.size();) {
        if (!word_byte(static_cast<unsigned char>(text[i]))) {
            ++i;
            continue;
        }
        const std::size_t start = i;
        while (i < text.size() && word_byte(static_cast<unsigned char>(text[i]))) ++i;
        f(text.substr(start, i - start));
    }
}

std::uint64_t hash_word(std::string_view word) {
    std::uint64_t h = 14695981039346656037ull;  // FNV-1a: words are short, this is fast enough and simple
    for (char c : word) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    return h;
}

// A piece of a query that matches more than this many postings does not narrow the search enough
// to pay for merging them: every document is read instead.
constexpr std::size_t kPostingsPerDocumentWorthMerging = 4;

}  // namespace

std::string_view Vocabulary::word(std::uint32_t id) const {
    const std::size_t end = id + 1 < word_starts_.size() ? word_starts_[id + 1] - 1 : text_.size() - 1;
    return std::string_view(text_).substr(word_starts_[id], end - word_starts_[id]);
}

std::uint32_t Vocabulary::id_at(std::size_t at) const {
    return static_cast<std::uint32_t>(std::upper_bound(word_starts_.begin(), word_starts_.end(), at) - word_starts_.begin() - 1);
}

std::uint32_t Vocabulary::id(std::string_view w) {
    if ((word_starts_.size() + 1) * 2 > slots_.size()) {  // keep the table at most half full
        slots_.assign(std::max<std::size_t>(slots_.size() * 2, 1024), 0);
        for (std::uint32_t id = 0; id < word_starts_.size(); ++id) {
            std::size_t s = hash_word(word(id)) & (slots_.size() - 1);
            while (slots_[s] != 0) s = (s + 1) & (slots_.size() - 1);
            slots_[s] = id + 1;
        }
    }
    std::size_t s = hash_word(w) & (slots_.size() - 1);
    for (; slots_[s] != 0; s = (s + 1) & (slots_.size() - 1)) {
        if (word(slots_[s] - 1) == w) return slots_[s] - 1;
    }
    const auto id = static_cast<std::uint32_t>(word_starts_.size());
    word_starts_.push_back(static_cast<std::uint32_t>(text_.size()));
    text_.append(w);
    text_ += '\n';
    slots_[s] = id + 1;
    return id;
}

std::size_t WordSet::gather(std::string_view folded, std::size_t from, bool last) {
    std::size_t end = folded.size();
    if (!last) {
        while (end > from && word_byte(static_cast<unsigned char>(folded[end - 1]))) --end;  // a word that may go on
    }
    if (end <= from) return from;
    for_each_word(folded.substr(from, end - from), [&](std::string_view w) { words_.id(w); });
    return end;
}

std::uint32_t WordIndex::word_id(std::string_view word) {
    const std::uint32_t id = vocabulary_.id(word);
    if (id >= postings_.size()) postings_.resize(id + 1);
    return id;
}

void WordIndex::add(const WordSet& words) {
    const auto document = static_cast<std::uint32_t>(documents_++);
    for (std::uint32_t i = 0; i < words.words().size(); ++i) postings_[word_id(words.words().word(i))].push_back(document);
}

void WordIndex::add(std::string_view folded) {
    const auto document = static_cast<std::uint32_t>(documents_++);
    for_each_word(folded, [&](std::string_view word) {
        auto& list = postings_[word_id(word)];
        if (list.empty() || list.back() != document) list.push_back(document);
    });
}

void WordIndex::truncate(std::size_t count) {
    if (count >= documents_) return;
    for (auto& list : postings_) {
        while (!list.empty() && list.back() >= count) list.pop_back();
    }
    documents_ = count;
}

std::size_t WordIndex::Candidates::next(std::size_t from, std::size_t end) const {
    if (all || from >= end) return std::min(from, end);
    std::size_t block = from / 64;
    std::uint64_t word = bits[block] & (~std::uint64_t{0} << (from % 64));
    while (word == 0) {
        if (++block * 64 >= end) return end;
        word = bits[block];
    }
    return std::min(block * 64 + static_cast<std::size_t>(std::countr_zero(word)), end);
}

WordIndex::Candidates WordIndex::candidates(std::string_view folded_query) const {
    Candidates out;
    std::vector<std::uint32_t> words;
    std::vector<std::uint64_t> bits;
    for_each_word(folded_query, [&](std::string_view piece) {
        // Every word of the vocabulary that contains this piece.
        words.clear();
        std::size_t postings = 0;
        const std::size_t limit = kPostingsPerDocumentWorthMerging * documents_ + 64;
        const std::string& vocabulary = vocabulary_.text();
        for (std::size_t from = 0; from < vocabulary.size() && postings <= limit;) {
            const std::size_t hit = find_text_in_long(vocabulary, piece, from);
            if (hit == std::string_view::npos) break;
            const auto id = vocabulary_.id_at(hit);
            words.push_back(id);
            postings += postings_[id].size();
            const std::string_view word = vocabulary_.word(id);
            from = static_cast<std::size_t>(word.data() - vocabulary.data()) + word.size() + 1;
        }
        if (postings > limit) return;  // too common to narrow by; the other pieces may still
        bits.assign((documents_ + 63) / 64, 0);
        for (std::uint32_t id : words) {
            for (std::uint32_t d : postings_[id]) bits[d / 64] |= std::uint64_t{1} << (d % 64);
        }
        if (out.all) {
            out.all = false;
            out.bits = bits;
        } else {
            for (std::size_t k = 0; k < bits.size(); ++k) out.bits[k] &= bits[k];
        }
    });
    return out;
}

}  // namespace ds

#pragma once
// Raw news text → Article: title, kicker, subtitle, byline and date from the header, headings,
// paragraphs, quotes and list items in the body, boilerplate labelled by kind, sentences split.
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <variant>

#include "core/articles/article.h"
#include "core/articles/article_meta.h"

namespace ds {

// A news article is a few tens of kilobytes; the app and the CLI refuse files over this size (the
// CLI's --max-bytes raises it), so a stray log or data dump does not take minutes and gigabytes.
inline constexpr std::size_t kMaxArticleBytes = std::size_t{5} << 20;

// `file_name` gives the id ("000_x.txt" → "000_x") and names the place in problems. `meta`, when
// given, overrides what the text says. Refuses (returns a problem naming the byte offset) empty,
// binary and invalid UTF-8 input; anything else yields an article, with warnings in its problems.
// The id an article gets from its file name: "000_x.txt" → "000_x", "notes/a.md" → "a".
std::string article_id_of_file(const std::string& file_name);

std::variant<Article, Problem> parse_article(const std::string& file_name, std::string bytes,
                                             const ArticleMeta* meta = nullptr);

// The same a slice at a time, so that a page keeps drawing while a large file is parsed (the whole
// of a 4.9 MB file took 200 ms in the browser): each step() does about `budget_bytes` of the work
// and returns true once the article or the problem is ready for take(). parse_article() is one
// ArticleParse stepped without a budget; both give the same result.
class ArticleParse {
public:
    ArticleParse(std::string file_name, std::string bytes, const ArticleMeta* meta = nullptr);
    ArticleParse(const ArticleParse& other);
    ArticleParse& operator=(const ArticleParse& other);
    ArticleParse(ArticleParse&&) noexcept;
    ArticleParse& operator=(ArticleParse&&) noexcept;
    ~ArticleParse();

    bool step(std::size_t budget_bytes);
    std::variant<Article, Problem> take();  // once step() returned true
    float progress() const;                 // 0–1

private:
    struct State;
    std::unique_ptr<State> s_;
};

}  // namespace ds

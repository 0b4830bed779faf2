#include "core/articles/article_parser.h"

#include <algorithm>
#include <cstring>
#include <deque>

#include "core/articles/boilerplate_cues.h"
#include "core/articles/date_text.h"
#include "core/text/byte_find.h"
#include "core/text/sentence_splitter.h"
#include "core/text/text_scan.h"
#include "core/text/utf8.h"

namespace ds {

namespace {

// A date alone or among a few words: "18.06.2025 09:41 Uhr", "TOKYO, April 1, 2025", "Updated 3:41 PM ET, March 3, 2025".
std::optional<CalendarDate> date_within(std::string_view line) {
    if (auto date = parse_calendar_date(line)) return date;
    if (line.size() >= 80) return std::nullopt;
    std::vector<std::string_view> words;
    for (std::size_t at = 0; at < line.size();) {
        const std::size_t end = std::min(line.find(' ', at), line.size());
        if (end > at) words.push_back(line.substr(at, end - at));
        at = end + 1;
    }
    for (std::size_t first = 0; first < words.size(); ++first) {
        for (std::size_t n = std::min<std::size_t>(3, words.size() - first); n >= 1; --n) {
            const std::string_view span(words[first].data(), static_cast<std::size_t>(words[first + n - 1].data() + words[first + n - 1].size() - words[first].data()));
            if (n == 1 && span.find_first_of(".-") == std::string_view::npos) continue;  // a lone "2025" is no publication date
            if (auto date = parse_calendar_date(span)) return date;
        }
    }
    return std::nullopt;
}

// The words before a paragraph's first dash, when they hold a date: "03.11.2025", "BERLIN, 3. November 2025 (dpa)".
std::optional<std::string_view> dated_opening(std::string_view paragraph) {
    std::size_t dash = std::string_view::npos;
    for (const std::string_view d : {" - ", " \xE2\x80\x93 ", " \xE2\x80\x94 "}) dash = std::min(dash, paragraph.substr(0, 60).find(d));
    if (dash == std::string_view::npos || dash == 0) return std::nullopt;
    const std::string_view opening = paragraph.substr(0, dash);
    if (std::count(opening.begin(), opening.end(), ' ') > 6 || !date_within(opening)) return std::nullopt;
    return opening;
}

// ----------------------------------------------------------------------------------------------
// Lines and raw blocks
// ----------------------------------------------------------------------------------------------
// The rules never need to know more than this many words of a block.
constexpr std::size_t kWordCountCap = 26;  // paragraph_like() asks for 25

struct Draft {
    ByteRange range;
    std::size_t words = 0;  // counted once (up to kWordCountCap), used by several rules
    BlockKind kind = BlockKind::paragraph;
    BoilerplateKind boilerplate = BoilerplateKind::none;
    bool decided = false;
};

void decide(Draft& d, BlockKind kind, BoilerplateKind bp = BoilerplateKind::none) {
    d.kind = kind;
    d.boilerplate = bp;
    d.decided = true;
}
void mark_boilerplate(Draft& d, BoilerplateKind bp) { decide(d, BlockKind::boilerplate, bp); }

// The last character, looking through closing quotes and brackets.
char final_mark(std::string_view s) {
    std::size_t end = s.size();
    while (end > 0) {
        std::size_t width = 0;
        for (std::size_t w = 1; w <= 3 && w <= end; ++w) {
            if (scan::closing_mark_width(s, end - w) == w) { width = w; break; }
        }
        if (width == 0) break;
        end -= width;
    }
    if (end == 0) return '\0';
    if (end >= 3 && s.substr(end - 3, 3) == "\xE2\x80\xA6") return '.';  // … ends like a period
    return s[end - 1];
}

bool ends_sentence(std::string_view s) {
    const char c = final_mark(s);
    return c == '.' || c == '!' || c == '?';
}

// A hard-wrapped paragraph continues in lower case after a long line without final punctuation.
// Short lines ("Pixabay.com / ClearCutLtd") are page furniture, not wrapped prose.
constexpr std::size_t kMinWrappedLineBytes = 40;
bool continues_previous(std::string_view previous_line, std::string_view line) {
    const char c = final_mark(previous_line);
    if (c == '.' || c == '!' || c == '?' || c == ':' || c == ';') return false;
    if (previous_line.size() < kMinWrappedLineBytes || cues::byline_author(line)) return false;
    return scan::is_lower_at(line, 0) && !cues::is_list_item(previous_line) && !cues::is_list_item(line);
}

// Lines into blocks, about a budget of bytes at a time: a blank line ends a block, and a line that
// continues the previous one joins it.
struct RawBlockScan {
    std::size_t pos = 0;
    bool previous_blank = true;
    ByteRange previous_line;  // offsets, not a view: a copied parse has its own copy of the text

    bool done(std::string_view text) const { return pos >= text.size(); }
    // Scans whole lines until `budget` bytes are passed; returns the bytes scanned.
    std::size_t scan(std::string_view text, std::deque<Draft>& blocks, std::size_t budget) {
        const std::size_t from = pos;
        while (pos < text.size() && pos - from < budget) {
            std::size_t nl = find_byte(text, '\n', pos);
            if (nl == std::string_view::npos) nl = text.size();
            std::size_t b = pos, e = nl;
            scan::trim(text, b, e);
            pos = nl + 1;
            if (b == e) {
                previous_blank = true;
                continue;
            }
            const std::string_view line = text.substr(b, e - b);
            if (!previous_blank && !blocks.empty() && continues_previous(text.substr(previous_line.begin, previous_line.size()), line)) {
                blocks.back().range.end = e;
            } else {
                blocks.push_back({{b, e}});
            }
            previous_blank = false;
            previous_line = {b, e};
        }
        pos = std::min(pos, text.size());
        return pos - from;
    }
};

// "…im Blick</h2<" → the heading and a markup-debris block after it.
void split_markup_debris(std::string_view text, const Draft& d, std::vector<Draft>& out) {
    const auto at = cues::trailing_markup(text.substr(d.range.begin, d.range.size()));
    if (!at) {
        out.push_back(d);
        return;
    }
    std::size_t b = d.range.begin, e = d.range.begin + *at;
    scan::trim(text, b, e);
    if (b < e) out.push_back({{b, e}});
    Draft debris{{d.range.begin + *at, d.range.end}};
    mark_boilerplate(debris, BoilerplateKind::markup_debris);
    out.push_back(debris);
}

// ----------------------------------------------------------------------------------------------
// Classification
// ----------------------------------------------------------------------------------------------
// Where classifying stands between slices: which pass, at which block, and what the passes carry.
struct ClassifyProgress {
    enum class Pass { cued_regions, body_start, header, body, done };
    Pass pass = Pass::cued_regions;
    std::size_t i = 0;  // the block to go on from
    std::size_t body_start = 0;
    bool in_tail = false;  // cued regions: after a source list or related links
    bool have_title = false, have_subtitle = false, expect_date = false;  // header
    // The blocks taken as title and subtitle, and whether a menu bar stood after them: then they were
    // the site's masthead ("Aurach-Bote – Nachrichten aus …", a banner), and the headline is still to come.
    std::size_t title_at = SIZE_MAX, subtitle_at = SIZE_MAX;
    bool menu_after_title = false;
};

// "WIRTSCHAFT IN DER REGION": a section label, whose letters are all capitals (ASCII and umlauts).
bool all_capitals(std::string_view s) {
    bool letter = false;
    for (std::size_t k = 0; k < s.size(); ++k) {
        const unsigned char c = static_cast<unsigned char>(s[k]);
        if (c >= 'a' && c <= 'z') return false;
        if (c == 0xC3 && k + 1 < s.size() && static_cast<unsigned char>(s[k + 1]) >= 0xA0) return false;  // ä ö ü ß …
        letter |= c >= 'A' && c <= 'Z';
    }
    return letter;
}

// "Aurach-Bote – Nachrichten aus Herzogenaurach": the site's name before its tagline.
std::string_view site_name_part(std::string_view masthead) {
    for (const std::string_view separator : {" \xE2\x80\x93 ", " - ", " | ", ": "}) {
        if (const auto at = masthead.find(separator); at != std::string_view::npos && at > 0) return masthead.substr(0, at);
    }
    return masthead;
}

struct Classifier {
    std::string_view text;
    std::vector<Draft>& blocks;
    Article& article;
    ClassifyProgress& p;

    // Goes on until about `budget` bytes of blocks are passed (each block counts at least a line's
    // worth: a million one-letter lines took 90 ms in one go). Returns the bytes passed.
    std::size_t step(std::size_t budget) {
        using Pass = ClassifyProgress::Pass;
        std::size_t spent = 0;
        auto next_pass = [&](Pass pass) {
            p.pass = pass;
            p.i = pass == Pass::body ? p.body_start : 0;
        };
        while (p.pass != Pass::done && spent < budget) {
            if (p.pass == Pass::cued_regions) {
                if (p.i >= blocks.size()) next_pass(Pass::body_start);
                else if (mark_cued_region(p.i)) next_pass(Pass::body_start);  // the rest is an author's bio
                else ++p.i;
            } else if (p.pass == Pass::body_start) {
                if (p.i >= blocks.size() || (!blocks[p.i].decided && paragraph_like(p.i))) {
                    p.body_start = p.i;
                    next_pass(Pass::header);
                } else {
                    ++p.i;
                }
            } else if (p.pass == Pass::header) {
                if (p.i >= p.body_start) next_pass(Pass::body);
                else classify_header_block(p.i++);
            } else {
                if (p.i >= blocks.size()) next_pass(Pass::done);
                else classify_body_block(p.i++);
            }
            spent += p.i < blocks.size() ? blocks[p.i].range.size() + 64 : 64;
        }
        return spent;
    }

    std::string_view at(std::size_t i) const { return text.substr(blocks[i].range.begin, blocks[i].range.size()); }
    std::size_t words(std::size_t i) const { return blocks[i].words; }

    bool headline_like(std::size_t i) const {
        const std::size_t n = words(i);
        const char c = final_mark(at(i));
        if (n == 0 || n > 20 || c == '.' || c == ',' || c == ';' || c == ':' || c == '!') return false;
        return c != '?' || n <= 8;  // a short question can be a heading ("Was ist ChatGPT?")
    }
    bool paragraph_like(std::size_t i) const {
        const std::size_t n = words(i);
        return (n >= 6 && ends_sentence(at(i))) || n >= 25;
    }

    // Boilerplate recognised by its own words, wherever it stands; the article's tail (after a
    // source list, author bio or related links) also turns questions and reader address into CTA.
    // Looks at block `i` (and the run it starts, leaving `i` on its last block); true when the
    // rest of the article is an author's bio.
    bool mark_cued_region(std::size_t& i) {
        if (blocks[i].decided) return false;
        const std::string_view s = at(i);
        if (cues::starts_job_ads(s)) {
            std::size_t end = i;
            for (std::size_t k = i + 1; k < blocks.size() && k <= i + 40; ++k) {
                if (cues::ends_job_ads(at(k))) { end = k; break; }
            }
            for (std::size_t k = i; k <= end; ++k) mark_boilerplate(blocks[k], BoilerplateKind::job_ads);
            i = end;
        } else if (cues::starts_author_bio(s)) {
            for (std::size_t k = i; k < blocks.size(); ++k) {
                if (!blocks[k].decided) mark_boilerplate(blocks[k], BoilerplateKind::author_bio);
            }
            return true;
        } else if (cues::starts_related_links(s)) {
            mark_boilerplate(blocks[i], BoilerplateKind::related_links);
            while (i + 1 < blocks.size() && !blocks[i + 1].decided && headline_like(i + 1) && !is_cue(at(i + 1))) {
                mark_boilerplate(blocks[++i], BoilerplateKind::related_links);
            }
            p.in_tail = true;
        } else if (cues::starts_source_list(s)) {
            mark_boilerplate(blocks[i], BoilerplateKind::source_list);
            while (i + 1 < blocks.size() && !blocks[i + 1].decided &&
                   (cues::carries_url(at(i + 1)) || cues::is_list_item(at(i + 1)))) {
                mark_boilerplate(blocks[++i], BoilerplateKind::source_list);
            }
            p.in_tail = true;
        } else if (cues::carries_url(s) && words(i) <= 12) {
            mark_boilerplate(blocks[i], BoilerplateKind::source_list);
        } else if (cues::is_call_to_action(s) || (p.in_tail && (final_mark(s) == '?' || cues::addresses_reader(s)))) {
            mark_boilerplate(blocks[i], BoilerplateKind::call_to_action);
        } else if (cues::is_navigation(s)) {
            mark_boilerplate(blocks[i], BoilerplateKind::navigation);
        }
        return false;
    }

    static bool is_cue(std::string_view s) {
        return cues::starts_author_bio(s) || cues::starts_source_list(s) || cues::starts_job_ads(s) ||
               cues::starts_related_links(s) || cues::is_navigation(s);
    }

    // Before the first paragraph: site name, category, title, tags, image credit, byline, date, subtitle.
    void classify_header_block(std::size_t i) {
        Draft& d = blocks[i];
        const std::string_view s = at(i);
        if (d.decided) {
            if (!cues::is_navigation(s)) p.expect_date = false;  // "Kategorien:" does not end date expectations
            if (p.have_title && cues::is_breadcrumb(s)) p.menu_after_title = true;
            return;
        }
        if (const std::size_t label = cues::date_label_length(s)) {
            decide(d, BlockKind::byline);
            const std::string_view rest = s.substr(label);
            p.expect_date = !take_date(rest, s);
            return;
        }
        if (p.expect_date || (words(i) <= 6 && date_within(s))) {
            p.expect_date = false;
            if (take_date(s, s)) {
                decide(d, BlockKind::byline);
                const auto author = cues::byline_author(s);  // "By Jane Doe, March 4, 2025"
                if (author && article.author.empty()) article.author = std::string(*author);
                return;
            }
        }
        if (const auto author = cues::byline_author(s)) {
            decide(d, BlockKind::byline);
            if (article.author.empty()) article.author = std::string(*author);
            take_date(s, s);  // "By Jane Doe | March 4, 2025", "Von Max Berger, 12.06.2025"
        } else if (cues::is_call_to_action(s)) {
            // "Newsletter: Das Wichtigste … jetzt anmelden" above the headline is no headline.
            mark_boilerplate(d, BoilerplateKind::call_to_action);
        } else if (cues::is_image_credit(s)) {
            mark_boilerplate(d, BoilerplateKind::image_credit);
        } else if (cues::is_tag_line(s) || cues::is_breadcrumb(s)) {
            mark_boilerplate(d, BoilerplateKind::navigation);
            if (p.have_title && cues::is_breadcrumb(s)) p.menu_after_title = true;
        } else if (p.have_title && p.menu_after_title && headline_like(i) && words(i) >= 4 && !all_capitals(s)) {
            // The masthead above a menu bar was no headline: this is. (A section label in capitals is not.)
            for (const std::size_t k : {p.title_at, p.subtitle_at}) {
                if (k == SIZE_MAX) continue;
                if (k == p.title_at && article.publisher.empty()) article.publisher = std::string(site_name_part(at(k)));
                mark_boilerplate(blocks[k], BoilerplateKind::navigation);
            }
            decide(d, BlockKind::title);
            p.title_at = i;
            p.subtitle_at = SIZE_MAX;
            p.have_subtitle = p.menu_after_title = false;
        } else if (!p.have_title && words(i) <= 3 && cues::looks_like_site_name(s)) {
            // The site's name above its headline: the publisher, not the title.
            if (article.publisher.empty()) article.publisher = std::string(s);
            mark_boilerplate(d, BoilerplateKind::navigation);
        } else if (!p.have_title && headline_like(i) && (words(i) >= 4 || s.size() >= 25)) {
            decide(d, BlockKind::title);
            p.have_title = true;
            p.title_at = i;
        } else if (p.have_title && !p.have_subtitle && headline_like(i) && words(i) >= 4) {
            decide(d, BlockKind::subtitle);
            p.have_subtitle = true;
            p.subtitle_at = i;
        } else {
            if (!p.have_title && article.publisher.empty() && cues::looks_like_site_name(s)) article.publisher = std::string(s);
            mark_boilerplate(d, BoilerplateKind::navigation);
        }
    }

    bool take_date(std::string_view candidate, std::string_view line) {
        const auto date = date_within(candidate);
        if (!date) return false;
        if (article.date.source == DateSource::unknown) {
            article.date = {date->iso(), date->precision, DateSource::text, display_text(line)};
        }
        return true;
    }

    void classify_body_block(std::size_t i) {
        Draft& d = blocks[i];
        if (d.decided) return;
        const std::string_view s = at(i);
        // A teaser paragraph above the byline and dateline ("Von Moritz Bendel", "Jülich, 5. September 2025"): they
        // still name the author and the date, a few blocks into the body.
        const bool near_start = i < p.body_start + 4;
        if (near_start && article.date.source == DateSource::unknown && words(i) <= 6 && date_within(s) && take_date(s, s)) {
            decide(d, BlockKind::byline);
            return;
        }
        if (near_start && words(i) <= 4) {
            if (const auto author = cues::byline_author(s)) {
                decide(d, BlockKind::byline);
                if (article.author.empty()) article.author = std::string(*author);
                return;
            }
        }
        // "03.11.2025 – Das Münchner Start-up …", "Berlin, 3. November 2025 (dpa) - …": a first paragraph that opens
        // with a date before a dash was written that day.
        if (near_start && article.date.source == DateSource::unknown) {
            if (const std::optional<std::string_view> opening = dated_opening(s)) take_date(*opening, *opening);
        }
        if (cues::is_list_item(s)) {
            decide(d, BlockKind::list_item);
        } else if (is_whole_quote(s)) {
            decide(d, BlockKind::quote);
        } else if (headline_like(i) && !paragraph_like(i)) {
            decide(d, BlockKind::heading);
        } else {
            decide(d, BlockKind::paragraph);
        }
    }

    static bool is_whole_quote(std::string_view s) {
        const std::size_t open = scan::opening_mark_width(s, 0);
        if (open == 0 || s[0] == '(' || s[0] == '[') return false;
        const char last = s.back();
        const bool closes = last == '"' || s.ends_with("\xE2\x80\x9C") || s.ends_with("\xE2\x80\x9D") || s.ends_with("\xC2\xAB") ||
                            s.ends_with("\xC2\xBB");
        // One quotation, not a quoted phrase followed by "sagte X".
        return closes && std::count(s.begin(), s.end(), '"') <= 2;
    }
};

// "Kein Ende bei KI-WettrüstenTech-Giganten pumpen …": a kicker glued to the title. The glue is a
// lower-case run of six or more letters followed directly by a capitalised word, with at least
// three words on each side (so SoftBank, CoreWeave or LinkedIn in a title are left alone).
std::optional<std::size_t> glued_kicker_end(std::string_view title) {
    for (std::size_t i = 1; i + 1 < title.size(); ++i) {
        if (!scan::is_upper_at(title, i)) continue;
        const std::size_t upper_width = static_cast<unsigned char>(title[i]) < 0x80 ? 1 : 2;
        if (!scan::is_lower_at(title, i + upper_width)) continue;
        std::size_t run = 0, k = i;
        while (k > 0) {
            std::size_t prev = k - 1;
            while (prev > 0 && (static_cast<unsigned char>(title[prev]) & 0xC0) == 0x80) --prev;
            if (!scan::is_lower_at(title, prev)) break;
            ++run;
            k = prev;
        }
        if (run < 6) continue;
        if (scan::count_words(title.substr(0, i)) >= 3 && scan::count_words(title.substr(i)) >= 3) return i;
    }
    return std::nullopt;
}

void split_kicker(std::string_view text, std::vector<Draft>& blocks) {
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        if (blocks[i].kind != BlockKind::title) continue;
        const ByteRange r = blocks[i].range;
        const auto glue = glued_kicker_end(text.substr(r.begin, r.size()));
        if (!glue) return;
        Draft kicker{{r.begin, r.begin + *glue}, scan::count_words(text.substr(r.begin, *glue), kWordCountCap)};
        decide(kicker, BlockKind::kicker);
        blocks[i].range.begin = r.begin + *glue;
        blocks.insert(blocks.begin() + static_cast<std::ptrdiff_t>(i), kicker);
        return;
    }
}

// ----------------------------------------------------------------------------------------------
// Language and metadata
// ----------------------------------------------------------------------------------------------
// +1 for a common German function word, -1 for an English one, 0 otherwise.
// (A short paragraph may have none of the commonest: "Lambda hatte im Februar … aufgenommen, angeführt vom … Fund des
// Unternehmers Thomas Tull" was undetermined, and read with English grammar.)
int language_vote(std::string_view w) {
    switch (w.size()) {
        case 2:
            if (w == "im" || w == "zu" || w == "es") return 1;
            return (w == "is" || w == "of" || w == "to" || w == "by") ? -1 : 0;
        case 3:
            if (w == "der" || w == "die" || w == "das" || w == "und" || w == "ist" || w == "mit" || w == "von" || w == "den" || w == "des" ||
                w == "dem" || w == "ein" || w == "vom" || w == "zum" || w == "zur" || w == "auf" || w == "bei" || w == "hat" || w == "wie" || w == "sie") {
                return 1;
            }
            return (w == "the" || w == "and" || w == "for" || w == "has" || w == "was" || w == "its" || w == "are") ? -1 : 0;
        case 4:
            if (w == "sich" || w == "eine" || w == "auch" || w == "wird" || w == "sind" || w == "nach") return 1;
            return (w == "with" || w == "that" || w == "from" || w == "said" || w == "this" || w == "were" || w == "have") ? -1 : 0;
        case 5:
            if (w == "nicht" || w == "einer" || w == "einen" || w == "hatte" || w == "wurde") return 1;
            return (w == "which" || w == "their") ? -1 : 0;
        default: return 0;
    }
}

// Votes over the first two kilobytes (a few hundred words decide it; more only costs time).
std::string guess_language(std::string_view text) {
    const std::string_view sample = truncate_utf8(text, 2048);
    std::size_t de = 0, en = 0;
    for (std::size_t i = 0; i < sample.size();) {
        std::size_t j = i;
        while (j < sample.size() && scan::is_ascii_alpha(sample[j])) ++j;
        const int vote = language_vote(sample.substr(i, j - i));
        de += vote > 0;
        en += vote < 0;
        i = j + 1;
    }
    if (de == 0 && en == 0) return "und";  // BCP 47: undetermined
    return de >= en ? "de" : "en";
}

void apply_meta(Article& a, const ArticleMeta& meta) {
    if (meta.title) a.title = *meta.title;
    if (meta.publisher) a.publisher = *meta.publisher;
    if (meta.author) a.author = *meta.author;
    if (meta.language) a.language = *meta.language;
    if (meta.url) a.url = *meta.url;
    if (meta.date) {
        if (const auto d = parse_calendar_date(*meta.date)) {
            a.date = {d->iso(), d->precision, DateSource::metadata, meta.date_basis.value_or(""), meta.date_inferred};
        }
    }
}

}  // namespace

std::string article_id_of_file(const std::string& file_name) {
    const auto slash = file_name.find_last_of('/');
    std::string base = slash == std::string::npos ? file_name : file_name.substr(slash + 1);
    const auto dot = base.rfind('.');
    return dot == std::string::npos || dot == 0 ? base : base.substr(0, dot);
}

struct ArticleParse::State {
    enum class Stage { check, utf8, blocks, words, classify, sentences, finish, done };
    Stage stage = Stage::check;
    std::string file_name;
    std::optional<ArticleMeta> meta;
    Article article;
    std::vector<Draft> drafts;
    RawBlockScan block_scan;  // the blocks stage, a slice at a time: lines, then drafts
    std::deque<Draft> lines;  // a deque: growing a vector of a million lines moved them all in one slice
    ClassifyProgress classify;
    std::size_t at = 0;  // byte (utf8) or draft (words, sentences) to go on from
    std::optional<Problem> problem;

    Problem refuse(std::size_t offset, MessageCode code, std::vector<std::string> args = {}) const {
        return Problem{Severity::error, file_name + ":byte " + std::to_string(offset), code, std::move(args)};
    }
    void fail(Problem p) {
        problem = std::move(p);
        stage = Stage::done;
    }
    // One stage, or part of one, within `budget` bytes; returns the bytes it went through.
    std::size_t advance(std::size_t budget);
};

std::size_t ArticleParse::State::advance(std::size_t budget) {
    const std::string_view text = article.text;
    switch (stage) {
        case Stage::check: {
            if (text.empty()) {
                fail(Problem{Severity::error, file_name, MessageCode::empty_file});
                return 1;
            }
            // A NUL byte, a chunk at a time too: 4.9 MB in one go took 65 ms in the page. memchr is
            // fast, so a chunk is eight times the budget.
            const std::size_t chunk = budget > text.size() / 8 ? text.size() : budget * 8;  // never overflows
            const std::size_t length = std::min(text.size() - at, chunk);
            if (const std::size_t nul = find_byte(text.substr(0, at + length), '\0', at); nul != std::string_view::npos) {
                if (looks_like_utf16(text)) fail(Problem{Severity::error, file_name, MessageCode::utf16_file});
                else fail(refuse(nul, MessageCode::binary_file));
                return length / 8;
            }
            at += length;
            if (at == text.size()) {
                at = 0;
                stage = Stage::utf8;
            }
            return std::max<std::size_t>(length / 8, 1);
        }
        case Stage::utf8: {
            // Checked a chunk at a time. A chunk never ends inside the sequence its last lead byte
            // announces: cut there, the sequence would look truncated at the end of the input.
            std::size_t end = budget >= text.size() - at ? text.size() : at + budget;
            if (end < text.size()) {
                const std::size_t cut = end;
                for (std::size_t i = cut > at + 3 ? cut - 3 : at; i < cut; ++i) {
                    const auto c = static_cast<unsigned char>(text[i]);
                    const std::size_t length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
                    end = std::min(text.size(), std::max(end, i + length));
                }
            }
            if (const auto bad = find_invalid_utf8(text.substr(at, end - at))) {
                fail(refuse(at + bad->offset, MessageCode::article_invalid_utf8, nested(bad->code)));
            }
            const std::size_t done = end - at;
            at = end;
            if (at >= text.size() && stage == Stage::utf8) {
                stage = Stage::blocks;
                at = 0;
                block_scan.pos = text.starts_with("\xEF\xBB\xBF") ? 3 : 0;
            }
            return done;
        }
        case Stage::blocks: {
            // Lines into blocks, then markup debris split off them, a slice at a time (one pass
            // over 5 MB took 10 ms natively; a million one-letter lines, 150 ms).
            if (!block_scan.done(text)) {
                const std::size_t done = block_scan.scan(text, lines, budget);
                if (block_scan.done(text)) drafts.reserve(lines.size());
                return done;
            }
            std::size_t done = 0;
            for (; at < lines.size() && done < budget; ++at) {
                split_markup_debris(text, lines[at], drafts);
                done += lines[at].range.size() + 64;
            }
            if (at < lines.size()) return done;
            lines = {};
            at = 0;
            if (drafts.empty()) fail(Problem{Severity::error, file_name, MessageCode::only_white_space});
            else stage = Stage::words;
            return done;
        }
        case Stage::words: {
            std::size_t done = 0;
            for (; at < drafts.size() && done < budget; ++at) {
                drafts[at].words = scan::count_words(article.view(drafts[at].range), kWordCountCap);
                done += drafts[at].range.size();
            }
            if (at >= drafts.size()) {
                stage = Stage::classify;
                at = 0;
            }
            return done;
        }
        case Stage::classify: {
            const std::size_t done = Classifier{text, drafts, article, classify}.step(budget);
            if (classify.pass != ClassifyProgress::Pass::done) return done;
            split_kicker(text, drafts);
            stage = Stage::sentences;
            article.blocks.reserve(drafts.size());
            article.sentences.reserve(drafts.size());  // at least one each; growing moved a million at once
            return done;
        }
        case Stage::sentences: {
            std::size_t done = 0;
            for (; at < drafts.size() && done < budget; ++at) {
                const Draft& d = drafts[at];
                Block block{d.kind, d.boilerplate, d.range};
                block.first_sentence = article.sentences.size();
                for (const ByteRange& r : split_sentences(text, d.range)) article.sentences.push_back({r, article.blocks.size()});
                block.sentence_count = article.sentences.size() - block.first_sentence;
                std::string* field = d.kind == BlockKind::title ? &article.title : d.kind == BlockKind::kicker ? &article.kicker
                                   : d.kind == BlockKind::subtitle ? &article.subtitle : nullptr;
                if (field && field->empty()) *field = display_text(article.view(d.range));
                article.blocks.push_back(block);
                done += d.range.size();
            }
            if (at >= drafts.size()) stage = Stage::finish;
            return done;
        }
        case Stage::finish:
            article.language = guess_language(text);
            if (meta) apply_meta(article, *meta);
            if (article.body_paragraph_count() == 0) article.problems.push_back({Severity::warning, file_name, MessageCode::no_body_text});
            drafts = {};
            stage = Stage::done;
            return 0;
        case Stage::done:
            return 0;
    }
    return 0;
}

ArticleParse::ArticleParse(std::string file_name, std::string bytes, const ArticleMeta* meta) : s_(std::make_unique<State>()) {
    s_->file_name = std::move(file_name);
    if (meta) s_->meta = *meta;
    s_->article.file = s_->file_name;
    s_->article.id = article_id_of_file(s_->file_name);
    s_->article.text = std::move(bytes);
}
ArticleParse::ArticleParse(const ArticleParse& other) : s_(std::make_unique<State>(*other.s_)) {}
ArticleParse& ArticleParse::operator=(const ArticleParse& other) {
    if (this != &other) s_ = std::make_unique<State>(*other.s_);
    return *this;
}
ArticleParse::ArticleParse(ArticleParse&&) noexcept = default;
ArticleParse& ArticleParse::operator=(ArticleParse&&) noexcept = default;
ArticleParse::~ArticleParse() = default;

bool ArticleParse::step(std::size_t budget_bytes) {
    std::size_t spent = 0;
    while (s_->stage != State::Stage::done && spent < budget_bytes) spent += std::max<std::size_t>(s_->advance(budget_bytes - spent), 1);
    return s_->stage == State::Stage::done;
}

std::variant<Article, Problem> ArticleParse::take() {
    if (s_->problem) return std::move(*s_->problem);
    return std::move(s_->article);
}

float ArticleParse::progress() const {
    // Checking UTF-8 is quick; words and sentences are most of the work.
    using Stage = State::Stage;
    const State& st = *s_;
    const auto ratio = [](std::size_t done, std::size_t of) { return of == 0 ? 0.0f : static_cast<float>(done) / static_cast<float>(of); };
    float within = 0.0f;
    switch (st.stage) {
        case Stage::check:
        case Stage::utf8: within = ratio(st.at, st.article.text.size()); break;
        case Stage::blocks:  // lines, then markup debris split off them
            within = st.block_scan.done(st.article.text) ? 0.5f + 0.5f * ratio(st.at, st.lines.size()) : 0.5f * ratio(st.block_scan.pos, st.article.text.size());
            break;
        case Stage::classify:  // four passes over the blocks
            within = (static_cast<float>(st.classify.pass) + std::min(1.0f, ratio(st.classify.i, st.drafts.size()))) / 4.0f;
            break;
        case Stage::words:
        case Stage::sentences: within = ratio(st.at, st.drafts.size()); break;
        default: break;
    }
    return std::min(1.0f, (static_cast<float>(st.stage) + within) / static_cast<float>(Stage::done));
}

std::variant<Article, Problem> parse_article(const std::string& file_name, std::string bytes, const ArticleMeta* meta) {
    ArticleParse parse(file_name, std::move(bytes), meta);
    while (!parse.step(SIZE_MAX)) {
    }
    return parse.take();
}

}  // namespace ds

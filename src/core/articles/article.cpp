#include "core/articles/article.h"

#include "core/text/utf8.h"

namespace ds {

const char* block_kind_name(BlockKind kind) {
    switch (kind) {
        case BlockKind::title: return "title";
        case BlockKind::kicker: return "kicker";
        case BlockKind::subtitle: return "subtitle";
        case BlockKind::heading: return "heading";
        case BlockKind::paragraph: return "paragraph";
        case BlockKind::quote: return "quote";
        case BlockKind::list_item: return "list_item";
        case BlockKind::byline: return "byline";
        case BlockKind::boilerplate: return "boilerplate";
    }
    return "?";
}

const char* boilerplate_kind_name(BoilerplateKind kind) {
    switch (kind) {
        case BoilerplateKind::none: return "none";
        case BoilerplateKind::navigation: return "navigation";
        case BoilerplateKind::image_credit: return "image_credit";
        case BoilerplateKind::job_ads: return "job_ads";
        case BoilerplateKind::related_links: return "related_links";
        case BoilerplateKind::author_bio: return "author_bio";
        case BoilerplateKind::source_list: return "source_list";
        case BoilerplateKind::call_to_action: return "call_to_action";
        case BoilerplateKind::markup_debris: return "markup_debris";
    }
    return "?";
}

const char* date_precision_name(DatePrecision p) {
    return p == DatePrecision::year ? "year" : p == DatePrecision::month ? "month" : "day";
}

const char* date_source_name(DateSource s) {
    return s == DateSource::text ? "text" : s == DateSource::metadata ? "metadata" : "unknown";
}

std::string display_text(std::string_view raw) {
    std::string out;
    out.reserve(raw.size());
    bool pending_space = false;
    for (std::size_t i = 0; i < raw.size();) {
        if (raw.substr(i, 2) == "\xC2\xAD") {  // soft hyphen: invisible unless a line breaks there
            i += 2;
            continue;
        }
        const bool nbsp = raw.substr(i, 2) == "\xC2\xA0";
        const char c = raw[i];
        if (nbsp || c == ' ' || c == '\t' || c == '\r' || c == '\n') {
            pending_space = !out.empty();
            i += nbsp ? 2 : 1;
            continue;
        }
        if (pending_space) out += ' ';
        pending_space = false;
        out += c;
        ++i;
    }
    return out;
}

std::string Article::display_title() const {
    if (!title.empty()) return title;
    for (const auto& s : sentences) {
        const Block& b = blocks[s.block];
        if (b.kind != BlockKind::paragraph) continue;
        const std::string first = display_text(view(s.range));
        if (first.size() <= 90) return first;
        return std::string(truncate_utf8(first, 87)) + "…";
    }
    return id;
}

std::size_t Article::body_paragraph_count() const {
    std::size_t n = 0;
    for (const auto& b : blocks) n += b.kind == BlockKind::paragraph || b.kind == BlockKind::quote;
    return n;
}

}  // namespace ds

#include "core/articles/article.h"

#include "core/text/utf8.h"

namespace ds {

const char* block_kind_name(BlockKind kind) { return enum_name(kBlockKindNames, kind); }
const char* boilerplate_kind_name(BoilerplateKind kind) { return enum_name(kBoilerplateKindNames, kind); }
const char* date_precision_name(DatePrecision p) { return enum_name(kDatePrecisionNames, p); }
const char* date_source_name(DateSource s) { return enum_name(kDateSourceNames, s); }

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
        // Cut at the last whole word that fits ("… Bloomberg, dass …", not "… dass Mi…").
        std::string_view cut = truncate_utf8(first, 87);
        if (const std::size_t space = cut.rfind(' '); space != std::string_view::npos && space >= 40) cut = cut.substr(0, space);
        while (!cut.empty() && (cut.back() == ',' || cut.back() == ' ' || cut.back() == ';' || cut.back() == ':')) cut.remove_suffix(1);
        return std::string(cut) + " …";
    }
    return id;
}

std::size_t Article::body_paragraph_count() const {
    std::size_t n = 0;
    for (const auto& b : blocks) n += b.kind == BlockKind::paragraph || b.kind == BlockKind::quote;
    return n;
}

}  // namespace ds

#include "explorer/layout/text_layout.h"

#include <algorithm>

#include "core/text/text_scan.h"
#include "core/text/utf8.h"

namespace ds {

std::vector<TextFragment> layout_text(std::string_view text, ByteRange block, const std::vector<StyledSpan>& spans, float width,
                                      const std::function<float(std::string_view)>& measure, float space) {
    std::vector<TextFragment> out;
    // Style at a byte: spans are sorted and do not overlap, so walk them alongside.
    std::size_t span = 0;
    auto style_at = [&](std::size_t at) {
        while (span < spans.size() && spans[span].range.end <= at) ++span;
        return span < spans.size() && spans[span].range.begin <= at ? spans[span].style : 0;
    };
    float x = 0;
    int line = 0;
    std::size_t i = block.begin;
    while (i < block.end) {
        if (const std::size_t w = scan::space_width(text, i)) {
            i += w;
            continue;
        }
        std::size_t word_end = i;
        while (word_end < block.end && !scan::space_width(text, word_end)) ++word_end;
        // The word's pieces by style.
        std::vector<TextFragment> pieces;
        float word_width = 0;
        for (std::size_t p = i; p < word_end;) {
            if (text.substr(p, 2) == "\xC2\xAD") {  // soft hyphen: invisible, never drawn
                p += 2;
                continue;
            }
            const int style = style_at(p);
            std::size_t q = p + 1;
            while (q < word_end && style_at(q) == style && text.substr(q, 2) != "\xC2\xAD") ++q;
            const float w = measure(text.substr(p, q - p));
            pieces.push_back({{p, q}, word_width, 0, style});
            word_width += w;
            p = q;
        }
        if (x > 0 && x + space + word_width > width) {
            ++line;
            x = 0;
        } else if (x > 0) {
            x += space;
        }
        for (auto& piece : pieces) {
            piece.x += x;
            piece.line = line;
            out.push_back(piece);
        }
        x += word_width;
        i = word_end;
    }
    return out;
}

std::string fit_with_ellipsis(std::string name, float room, const std::function<float(std::string_view)>& measure) {
    if (measure(name) <= room) return name;
    while (!name.empty()) {
        std::size_t cut = name.size() - 1;
        while (cut > 0 && (static_cast<unsigned char>(name[cut]) & 0xC0) == 0x80) --cut;  // a UTF-8 continuation byte
        name.erase(cut);
        if (name.empty() || measure(name + "…") <= room) break;
    }
    return name + "…";
}

std::string name_in_room(std::string name, const std::vector<std::string>& other_names, float room, const std::function<float(std::string_view)>& measure) {
    if (measure(name) <= room) return name;
    const std::string* best = nullptr;
    for (const std::string& other : other_names) {
        if (measure(other) <= room && (!best || other.size() > best->size())) best = &other;
    }
    return best ? *best : fit_with_ellipsis(std::move(name), room, measure);
}

std::string entity_name_in_room(const Entity& entity, float room, const std::function<float(std::string_view)>& measure) {
    if (entity.kind != "person" || measure(entity.name) <= room) return name_in_room(entity.name, entity.aliases, room, measure);
    std::vector<std::string> names = entity.aliases;
    const std::size_t space = entity.name.rfind(' ');
    if (space != std::string::npos && space > 0) {
        const std::size_t first = utf8_sequence_length(entity.name, 0);  // a whole letter ("Ł.")
        if (first > 0) names.push_back(entity.name.substr(0, first) + ". " + entity.name.substr(space + 1));
    }
    return name_in_room(entity.name, names, room, measure);
}

std::vector<std::string> lines_within(std::string_view text, float width, int max_lines, const std::function<float(std::string_view)>& measure) {
    std::vector<std::string> lines;
    const std::string broken = break_at_spaces(text, width, measure);
    for (std::size_t start = 0; start <= broken.size();) {
        const std::size_t end = std::min(broken.find('\n', start), broken.size());
        lines.push_back(broken.substr(start, end - start));
        start = end + 1;
    }
    if (max_lines > 0 && lines.size() > static_cast<std::size_t>(max_lines)) {
        std::string rest;
        for (std::size_t i = static_cast<std::size_t>(max_lines) - 1; i < lines.size(); ++i) rest += (rest.empty() ? "" : " ") + lines[i];
        lines.resize(static_cast<std::size_t>(max_lines));
        lines.back() = fit_with_ellipsis(rest, width, measure);
    }
    return lines;
}

namespace {

// The words a German amount puts after its number ("13,75 Mrd. $"): a line never starts with one.
bool is_amount_unit(std::string_view word) {
    if (word.size() > 1 && (word.back() == ',' || word.back() == ';' || word.back() == ')')) word.remove_suffix(1);
    for (std::string_view unit : {"Mrd.", "Mio.", "Bio.", "$", "€", "Dollar", "Euro"}) {
        if (word == unit) return true;
    }
    return false;
}

// Where the word from `pos` ends: at the next space or line break, past the spaces that only
// separate an amount's number from its units.
std::size_t word_end(std::string_view text, std::size_t pos) {
    std::size_t end = std::min(text.find_first_of(" \n", pos), text.size());
    while (end < text.size() && text[end] == ' ' && end > pos) {
        const std::size_t next_end = std::min(text.find_first_of(" \n", end + 1), text.size());
        const std::string_view before = text.substr(pos, end - pos);
        const bool after_number = scan::is_digit(before.back()) || is_amount_unit(before.substr(before.rfind(' ') + 1));
        if (!after_number || !is_amount_unit(text.substr(end + 1, next_end - end - 1))) break;
        end = next_end;
    }
    return end;
}

}  // namespace

std::string break_at_spaces(std::string_view text, float width, const std::function<float(std::string_view)>& measure) {
    std::string out;
    out.reserve(text.size());
    std::size_t line_start = 0;  // in `out`
    std::size_t pos = 0;
    while (pos <= text.size()) {
        const std::size_t end = word_end(text, pos);
        const std::string_view word = text.substr(pos, end - pos);
        // The word joins the line when the line with it fits (or the line is empty).
        const bool line_empty = out.size() == line_start;
        if (!line_empty && measure(std::string_view(out).substr(line_start)) + measure(" ") + measure(word) > width) {
            out += '\n';
            line_start = out.size();
        } else if (!line_empty) {
            out += ' ';
        }
        out += word;
        if (end < text.size() && text[end] == '\n') {
            out += '\n';
            line_start = out.size();
        }
        if (end >= text.size()) break;
        pos = end + 1;
    }
    return out;
}

}  // namespace ds

#include "reader_view.h"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <optional>
#include <string>
#include <vector>

#include <imgui.h>

#include "core/events/event_format.h"
#include "core/annotate/mention_format.h"
#include "explorer/entity_kind_guess.h"
#include "explorer/layout/text_layout.h"
#include "fonts.h"
#include "mention_colors.h"
#include "strings.h"

namespace ds::ui {

namespace {

ReaderCache& cache_for(ReaderCache& cache, const Article& a, const std::vector<Mention>& mentions) {
    if (cache.article != &a || cache.id != a.id || cache.mentions != mentions.data() || cache.mention_count != mentions.size()) {
        cache = ReaderCache{};
        cache.article = &a;
        cache.id = a.id;
        cache.mentions = mentions.data();
        cache.mention_count = mentions.size();
        cache.block_spans.resize(a.blocks.size());
    }
    return cache;
}

// The highlights of blocks up to `block`, found as the blocks are first laid out (mentions come in
// text order): all of a 4.9 MB article's at once held its first frame for tens of milliseconds.
void spans_through(ReaderCache& cache, const Article& a, const std::vector<Mention>& mentions, std::size_t block) {
    for (; cache.spans_for <= block && cache.spans_for < a.blocks.size(); ++cache.spans_for) {
        for (; cache.next_mention < mentions.size(); ++cache.next_mention) {
            const Mention& m = mentions[cache.next_mention];
            const std::size_t b = a.sentences[m.sentence].block;
            if (b > cache.spans_for) break;
            if (m.range.begin < cache.last_end) continue;  // overlapping mentions: the first one is shown
            cache.block_spans[b].push_back({m.range, static_cast<int>(cache.next_mention) + 1});
            cache.last_end = m.range.end;
        }
    }
}
}  // namespace

namespace {
// Text wrapped per frame while an article is laid out: 16 KB is a few screens. 64 KB took 20–30 ms
// of a frame in the page, and the frame that opens the article also draws the reader first.
constexpr std::size_t kReaderLayoutBytesPerFrame = std::size_t{16} << 10;

const char* boilerplate_label_en(BoilerplateKind kind) {
    switch (kind) {
        case BoilerplateKind::navigation: return "Navigation";
        case BoilerplateKind::image_credit: return "Image credit";
        case BoilerplateKind::job_ads: return "Job ads";
        case BoilerplateKind::related_links: return "Related links";
        case BoilerplateKind::author_bio: return "About the author";
        case BoilerplateKind::source_list: return "Source list";
        case BoilerplateKind::call_to_action: return "Call to action";
        case BoilerplateKind::markup_debris: return "Markup debris";
        case BoilerplateKind::none: break;
    }
    return "Page furniture";
}
const char* boilerplate_label(BoilerplateKind kind, Language language) { return tr(boilerplate_label_en(kind), language); }

// Draws one block with its mentions highlighted; returns the mention the mouse is over, if any, and
// sets `over_text` to the byte of the word it is over.
const Mention* highlighted(const Article& a, const std::vector<Mention>& mentions, const std::vector<TextFragment>& fragments,
                           const std::string& selected_entity, const std::optional<ByteRange>& cited, std::optional<std::size_t>& over_text) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float line_h = ImGui::GetTextLineHeightWithSpacing();
    const ImU32 text_color = ImGui::GetColorU32(ImGuiCol_Text);
    const ImU32 band = quote_band_color(dark_ground());
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    const bool window_hovered = ImGui::IsWindowHovered();
    const Mention* hovered = nullptr;
    // A block out of view only takes its place: a 5 MB article has hundreds of thousands of words.
    const int block_lines = fragments.empty() ? 0 : fragments.back().line + 1;
    const ImVec2 block_size(ImGui::GetContentRegionAvail().x, static_cast<float>(block_lines) * line_h);
    if (!ImGui::IsRectVisible(block_size)) {
        ImGui::Dummy(block_size);
        return nullptr;
    }
    int lines = 0;
    for (std::size_t k = 0; k < fragments.size(); ++k) {
        const TextFragment& f = fragments[k];
        const std::string_view piece = a.view(f.range);
        const ImVec2 p(origin.x + f.x, origin.y + static_cast<float>(f.line) * line_h);
        ImVec2 size = ImGui::CalcTextSize(piece.data(), piece.data() + piece.size());
        const bool continues = k + 1 < fragments.size() && fragments[k + 1].style == f.style && fragments[k + 1].line == f.line;
        if (cited && f.range.begin < cited->end && cited->begin < f.range.end) {
            // The quoted sentence an event cites: a yellow band behind the text (Okabe–Ito yellow).
            const bool next_cited = k + 1 < fragments.size() && fragments[k + 1].line == f.line && fragments[k + 1].range.begin < cited->end;
            const bool prev_cited = k > 0 && fragments[k - 1].line == f.line && fragments[k - 1].range.end > cited->begin;
            // Edge to edge with its neighbours in the band: overlapping, the translucent yellow showed darker seams.
            const float left = prev_cited ? p.x : p.x - 1;
            const float right = next_cited ? origin.x + fragments[k + 1].x : p.x + size.x + 1;
            draw->AddRectFilled(ImVec2(left, p.y - 1), ImVec2(right, p.y + line_h - 1), band);
        }
        if (f.style > 0 && continues) size.x = fragments[k + 1].x - f.x;  // tint the space inside a multi-word mention
        if (f.style > 0) {
            const Mention& m = mentions[static_cast<std::size_t>(f.style - 1)];
            ImVec4 c = mention_color(m);
            const bool selected = m.kind == MentionKind::entity && m.known && m.entity_id == selected_entity;
            // While a quote is shown, mentions outside it step back so that the quote stands out.
            const bool dimmed = cited && !selected && (f.range.end <= cited->begin || f.range.begin >= cited->end);
            c.w = selected ? 0.45f : dimmed ? 0.05f : 0.16f;
            draw->AddRectFilled(p, ImVec2(p.x + size.x, p.y + size.y), ImGui::ColorConvertFloat4ToU32(c), 2.0f);
            c = mark_on_page(c);
            c.w = dimmed ? 0.3f : 1.0f;
            draw->AddLine(ImVec2(p.x, p.y + size.y), ImVec2(p.x + size.x, p.y + size.y), ImGui::ColorConvertFloat4ToU32(c), 1.5f);
            if (window_hovered && mouse.x >= p.x && mouse.x < p.x + size.x && mouse.y >= p.y && mouse.y < p.y + size.y) hovered = &m;
        }
        if (window_hovered && mouse.x >= p.x && mouse.x < p.x + size.x && mouse.y >= p.y && mouse.y < p.y + line_h) over_text = f.range.begin;
        draw->AddText(p, text_color, piece.data(), piece.data() + piece.size());
        lines = std::max(lines, f.line + 1);
    }
    ImGui::Dummy(ImVec2(ImGui::GetContentRegionAvail().x, static_cast<float>(lines) * line_h));
    return hovered;
}

void legend(Language language) {
    const auto sample = [](MentionKind kind, bool known) {
        Mention m;
        m.kind = kind;
        m.known = known;
        return m;
    };
    const struct { Mention sample; const char* label; } items[] = {
        {sample(MentionKind::money, false), "money"}, {sample(MentionKind::quantity, false), "quantity"},
        {sample(MentionKind::date, false), "date"}, {sample(MentionKind::entity, true), "entity"},
        {sample(MentionKind::entity, false), "unknown entity"},
    };
    const float box = ImGui::GetTextLineHeight() * 0.7f;
    for (std::size_t i = 0; i < std::size(items); ++i) {
        const char* label = tr(items[i].label, language);
        const float item_w = box + ImGui::GetStyle().ItemInnerSpacing.x + ImGui::CalcTextSize(label).x;
        if (i > 0) {
            ImGui::SameLine();
            if (ImGui::GetContentRegionAvail().x < item_w) ImGui::NewLine();
        }
        const ImVec2 p = ImGui::GetCursorScreenPos();
        const float pad = (ImGui::GetTextLineHeight() - box) * 0.5f;
        ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(p.x, p.y + pad), ImVec2(p.x + box, p.y + pad + box),
                                                  ImGui::ColorConvertFloat4ToU32(mark_on_page(mention_color(items[i].sample))), 2.0f);
        ImGui::Dummy(ImVec2(box, ImGui::GetTextLineHeight()));
        ImGui::SameLine(0, ImGui::GetStyle().ItemInnerSpacing.x);
        ImGui::TextDisabled("%s", label);
    }
}

void wrapped(const std::string& text) {
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(text.c_str(), text.c_str() + text.size());
    ImGui::PopTextWrapPos();
}

void header(const Article& a, Language language, const std::optional<ByteRange>& cited, bool yours) {
    if (!a.kicker.empty()) ImGui::TextDisabled("%s", a.kicker.c_str());
    ImGui::PushFont(title_font());
    // A deal quoted from the headline: the title carries the quote's band behind it, as a sentence of the text would.
    const bool title_cited = cited && std::any_of(a.blocks.begin(), a.blocks.end(), [&](const Block& b) {
        return b.kind == BlockKind::title && b.range.begin < cited->end && cited->begin < b.range.end;
    });
    const std::string title = a.display_title();
    if (title_cited) {
        const ImVec2 at = ImGui::GetCursorScreenPos();
        const ImVec2 size = ImGui::CalcTextSize(title.c_str(), title.c_str() + title.size(), false, ImGui::GetContentRegionAvail().x);
        ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(at.x - 2, at.y - 1), ImVec2(at.x + size.x + 2, at.y + size.y + 1),
                                                  quote_band_color(dark_ground()));
    }
    wrapped(title);
    ImGui::PopFont();
    if (!a.subtitle.empty()) wrapped(a.subtitle);
    // As the sources name it ("Mindverse, 21 October 2024", "publisher not named, January 2023, date inferred"), and by
    // whom; the file's name (a seed's is a hash) and why the date is believed show on hover.
    const bool de = language == Language::de;
    // (The user's own file goes by its name too: "reuters-notiz.txt" is how they know it.)
    const std::string meta = source_text(a, language) + (a.author.empty() ? "" : std::string(" · ") + (de ? "von " : "by ") + a.author) +
                             (yours ? " · " + a.file : "");
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextDisabled("%s", meta.c_str());
    ImGui::PopTextWrapPos();
    if (ImGui::IsItemHovered()) {
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30.0f);
        ImGui::TextUnformatted(((de ? "Datei: " : "File: ") + a.file).c_str());
        if (!a.date.basis.empty()) ImGui::TextUnformatted(((de ? "Datum: " : "Date: ") + a.date.basis).c_str());
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
    ImGui::Separator();
}

// Blocks the header shows already (title, kicker, subtitle) or that carry metadata (bylines).
bool shown_in_header(BlockKind kind) {
    return kind == BlockKind::title || kind == BlockKind::kicker || kind == BlockKind::subtitle || kind == BlockKind::byline;
}

// A run of page furniture (header blocks in between do not break it) under one closed toggle,
// labelled with its kinds: "Navigation, image credit · 3 lines".
std::size_t furniture(const Article& a, std::size_t first, Language language) {
    std::vector<std::size_t> members;
    std::string kinds;
    std::size_t last = first;
    for (std::size_t i = first; i < a.blocks.size(); ++i) {
        const Block& b = a.blocks[i];
        if (shown_in_header(b.kind)) continue;
        if (b.kind != BlockKind::boilerplate) break;
        members.push_back(i);
        last = i;
        std::string name = boilerplate_label(b.boilerplate, language);
        // "Navigation, image credit" in English; German nouns keep their capital.
        if (language != Language::de) name[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(name[0])));
        if (kinds.find(name) == std::string::npos) kinds += (kinds.empty() ? "" : ", ") + name;
    }
    kinds[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(kinds[0])));
    const bool de = language == Language::de;
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    const std::string label = kinds + " · " + std::to_string(members.size()) +
                              (de ? (members.size() == 1 ? " Zeile" : " Zeilen") : (members.size() == 1 ? " line" : " lines")) + "##bp" + std::to_string(first);
    const bool open = ImGui::TreeNodeEx(label.c_str(), ImGuiTreeNodeFlags_SpanAvailWidth);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("Page furniture, not part of the article. Click to show it.", language));
    if (open) {
        for (std::size_t i : members) wrapped(display_text(a.view(a.blocks[i].range)));  // only while open
        ImGui::TreePop();
    }
    ImGui::PopStyleColor();
    return last;
}

// Reports the first known or unknown name of a block as the click target "known-name" or
// "unknown-name" (browser tests point at it as a user would); true when there was one.
bool report_first_name(const std::vector<Mention>& mentions, const std::vector<TextFragment>& fragments, std::string_view text, bool known,
                       Actions& actions) {
    for (const TextFragment& f : fragments) {
        if (f.style <= 0) continue;
        const Mention& m = mentions[static_cast<std::size_t>(f.style - 1)];
        if (m.kind != MentionKind::entity || m.known != known) continue;
        // The block was just drawn: its first line starts where the cursor was before its Dummy.
        const float line_h = ImGui::GetTextLineHeightWithSpacing();
        const ImVec2 block_min = ImGui::GetItemRectMin();
        const ImVec2 origin = ImGui::GetMainViewport()->Pos;
        const float x = block_min.x + f.x, y = block_min.y + static_cast<float>(f.line) * line_h;
        const std::string_view word = text.substr(f.range.begin, f.range.size());
        const float width = ImGui::CalcTextSize(word.data(), word.data() + word.size()).x;
        actions.drawn.targets.push_back({known ? "known-name" : "unknown-name", x - origin.x, y - origin.y, width, line_h});
        return true;
    }
    return false;
}

}  // namespace

void draw_reader(const Article& a, const std::vector<Mention>& mentions, const std::string& selected_entity,
                 std::optional<ByteRange> cited, bool scroll_to_cited, Language language, ReaderCache& view, Actions& actions,
                 OwnArticleTools* own) {
    ReaderCache& cache = cache_for(view, a, mentions);
    header(a, language, cited, own != nullptr);
    legend(language);
    ImGui::Spacing();
    // The text scrolls under the header, which stays in view.
    ImGui::BeginChild("reader-text", ImVec2(0, 0), false);

    // Wrap highlighted blocks for the current width (again only when the width changes), a slice of
    // the article per frame: laying out all of a 4.9 MB article at once held the page for 50–120 ms.
    const float width = ImGui::GetContentRegionAvail().x;
    if (width != cache.layout_width) {
        cache.layout_width = width;
        cache.block_layout.assign(a.blocks.size(), {});
        cache.laid_out = 0;
    }
    if (cache.laid_out < a.blocks.size()) {
        const float space = ImGui::CalcTextSize(" ").x;
        std::size_t bytes = 0;
        for (std::size_t& i = cache.laid_out; i < a.blocks.size() && bytes < kReaderLayoutBytesPerFrame; ++i) {
            bytes += a.blocks[i].range.size();
            spans_through(cache, a, mentions, i);
            const BlockKind k = a.blocks[i].kind;
            if (k != BlockKind::paragraph && k != BlockKind::quote && k != BlockKind::list_item && k != BlockKind::heading) continue;
            ImGui::PushFont(k == BlockKind::heading ? heading_font() : ImGui::GetFont());
            const float indent = k == BlockKind::quote || k == BlockKind::list_item ? ImGui::GetStyle().IndentSpacing : 0.0f;
            cache.block_layout[i] = layout_text(a.text, a.blocks[i].range, cache.block_spans[i], width - indent,
                                                [](std::string_view t) { return ImGui::CalcTextSize(t.data(), t.data() + t.size()).x; }, space);
            ImGui::PopFont();
        }
    }

    const Mention* hovered = nullptr;
    std::optional<std::size_t> over_text;
    bool unknown_shown = false, known_shown = false;  // the first of each drawn is a click target for tests
    auto body = [&](std::size_t i) {
        const ByteRange r = a.blocks[i].range;
        if (scroll_to_cited && cited && cited->begin >= r.begin && cited->begin < r.end) {
            // The quote's first line, not its paragraph's, goes to the upper third, once.
            int line = 0;
            for (const TextFragment& f : cache.block_layout[i]) {
                if (f.range.end > cited->begin) {
                    line = f.line;
                    break;
                }
            }
            const float y = ImGui::GetCursorPosY() + static_cast<float>(line) * ImGui::GetTextLineHeightWithSpacing();
            ImGui::SetScrollFromPosY(y - ImGui::GetScrollY(), 0.25f);
            actions.scrolled_to_cited = true;
        }
        if (const Mention* h = highlighted(a, mentions, cache.block_layout[i], selected_entity, cited, over_text)) hovered = h;
        if (own && !unknown_shown) unknown_shown = report_first_name(mentions, cache.block_layout[i], a.text, false, actions);
        if (!known_shown) known_shown = report_first_name(mentions, cache.block_layout[i], a.text, true, actions);
    };
    cache.laying_out = cache.laid_out < a.blocks.size();
    for (std::size_t i = 0; i < a.blocks.size(); ++i) {
        if (i >= cache.laid_out) {
            ImGui::TextDisabled("…");  // laid out over the next frames
            break;
        }
        const Block& b = a.blocks[i];
        switch (b.kind) {
            case BlockKind::title:
            case BlockKind::kicker:
            case BlockKind::subtitle:
            case BlockKind::byline:
                break;  // shown in the header
            case BlockKind::heading:
                ImGui::Spacing();
                ImGui::PushFont(heading_font());
                body(i);
                ImGui::PopFont();
                break;
            case BlockKind::quote:
            case BlockKind::list_item:
                ImGui::Indent();
                if (b.kind == BlockKind::list_item) {
                    const ImVec2 p = ImGui::GetCursorScreenPos();
                    ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(p.x - ImGui::GetFontSize() * 0.6f, p.y + ImGui::GetTextLineHeight() * 0.5f),
                                                                2.5f, ImGui::GetColorU32(ImGuiCol_Text));
                }
                body(i);
                ImGui::Unindent();
                ImGui::Spacing();
                break;
            case BlockKind::boilerplate:
                i = furniture(a, i, language);
                break;
            case BlockKind::paragraph:
                body(i);
                ImGui::Spacing();
                break;
        }
    }
    const bool unknown = hovered && hovered->kind == MentionKind::entity && !hovered->known;
    // A click acts when it is let go where it was pressed: a finger that scrolled the text, or one
    // held still to see what hovering shows (the platform lets such a press go off the canvas), acts
    // on nothing.
    const float slop = ImGui::GetIO().MouseDragThreshold;
    const bool tapped = ImGui::IsMouseReleased(ImGuiMouseButton_Left) && ImGui::GetIO().MouseDragMaxDistanceSqr[0] <= slop * slop;
    if (hovered) {
        actions.hovered_mention = static_cast<std::size_t>(hovered - mentions.data());
        ImGui::BeginTooltip();
        ImGui::TextUnformatted(describe_mention(*hovered).c_str());
        const bool entity = hovered->kind == MentionKind::entity && hovered->known;
        const bool amount = hovered->kind == MentionKind::money;
        if (entity) ImGui::TextDisabled("%s", tr("Click to select", language));
        if (amount) ImGui::TextDisabled("%s", tr("Click for its event", language));
        if (unknown && own) ImGui::TextDisabled("%s", tr("Click to make it an entity", language));
        ImGui::EndTooltip();
        if (entity || amount) {
            ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
            if (tapped) {
                if (entity) actions.select_entity = hovered->entity_id == selected_entity ? std::string() : hovered->entity_id;
                else actions.select_event_at = hovered->range.begin;
            }
        }
    }
    // In the user's own article, a click on an unknown name or on plain words offers to make the
    // name an entity or to write an event over the sentence by hand (a menu where it was clicked).
    if (own && over_text && (!hovered || unknown) && tapped) {
        own->open_menu = true;
        own->clicked_byte = unknown ? hovered->range.begin : *over_text;
        own->unknown_name = unknown ? std::string(a.view(hovered->range)) : std::string();
        if (unknown) {
            const ByteRange sentence = a.sentences[hovered->sentence].range;
            const std::string_view before = a.view({sentence.begin, std::max(sentence.begin, hovered->range.begin)});
            own->unknown_kind = guessed_entity_kind(before, own->unknown_name, hovered->entity_kind == "person");
        }
    }
    ImGui::EndChild();
}

}  // namespace ds::ui

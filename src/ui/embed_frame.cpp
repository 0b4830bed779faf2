#include "embed_frame.h"

#include <algorithm>
#include <string>
#include <vector>

#include <imgui.h>

#include "detail_sheet.h"
#include "contrast.h"
#include "event_colors.h"
#include "explorer/graphic_text.h"
#include "explorer/layout/text_layout.h"
#include "flowing_items.h"
#include "fonts.h"
#include "strings.h"

namespace ds::ui {

namespace {

float measure(std::string_view text) { return ImGui::CalcTextSize(text.data(), text.data() + text.size()).x; }

// Dimmed text in at most two lines, broken at spaces and shortened with "…" only past them (a
// phone's dek, "24 events, 2015 to 2025 (money and compute only); in view: 2019–2025", lost its
// years on one line); what was drawn.
std::string dek_lines(const std::string& text, float room) {
    std::string shown;
    for (const std::string& l : lines_within(text, room, 2, measure)) {
        ImGui::TextDisabled("%s", l.c_str());
        shown += (shown.empty() ? "" : " ") + l;
    }
    return shown;
}

enum class Swatch { dot, line, dashed, ring, square, diamond, pale };
struct KeyEntry {
    ImVec4 color;
    std::string label;
    Swatch swatch = Swatch::dot;
};

float swatch_width(Swatch swatch) {
    const bool round = swatch == Swatch::dot || swatch == Swatch::ring || swatch == Swatch::pale;
    return round || swatch == Swatch::square || swatch == Swatch::diamond ? 12.0f : 22.0f;
}

// How many lines the key takes in `room`, its entries whole (as draw_key lays them out).
int key_lines(const std::vector<KeyEntry>& entries, float room) {
    int lines = entries.empty() ? 0 : 1;
    float x = 0;
    for (const KeyEntry& e : entries) {
        const float width = swatch_width(e.swatch) + 4 + ImGui::CalcTextSize(e.label.c_str()).x;
        const float gap = x > 0 ? 6 + ImGui::GetStyle().ItemSpacing.x : 0;
        if (x > 0 && x + gap + width > room) {
            ++lines;
            x = width;
        } else {
            x += gap + width;
        }
    }
    return lines;
}

// The key as whole entries that wrap together: an entry never breaks across lines.
void draw_key(const std::vector<KeyEntry>& entries) {
    bool first = true;
    for (const KeyEntry& e : entries) {
        const float swatch_width = ds::ui::swatch_width(e.swatch);
        const float width = swatch_width + 4 + ImGui::CalcTextSize(e.label.c_str()).x;
        if (!first) same_line_if_fits(width + 6);
        first = false;
        const ImVec2 p = ImGui::GetCursorScreenPos();
        const float h = ImGui::GetTextLineHeight(), y = p.y + h / 2;
        const ImU32 c = ImGui::ColorConvertFloat4ToU32(mark_on_page(e.color));
        ImDrawList* d = ImGui::GetWindowDrawList();
        if (e.swatch == Swatch::dot) {
            d->AddCircleFilled(ImVec2(p.x + 6, y), 5, c);
        } else if (e.swatch == Swatch::pale) {  // as the timeline draws the giver's copy of a deal
            const ImVec4 m = mark_on_page(e.color);
            d->AddCircleFilled(ImVec2(p.x + 6, y), 5.5f, ImGui::ColorConvertFloat4ToU32(ImVec4(m.x, m.y, m.z, pale_fill_alpha())));
            d->AddCircle(ImVec2(p.x + 6, y), 5, ImGui::ColorConvertFloat4ToU32(m), 0, 1.5f);
        } else if (e.swatch == Swatch::ring) {
            d->AddCircle(ImVec2(p.x + 6, y), 5, ImGui::ColorConvertFloat4ToU32(e.color), 0, 2.0f);
        } else if (e.swatch == Swatch::square) {
            d->AddRect(ImVec2(p.x + 1.5f, y - 4.5f), ImVec2(p.x + 10.5f, y + 4.5f), ImGui::ColorConvertFloat4ToU32(e.color), 0, 0, 2.0f);
        } else if (e.swatch == Swatch::diamond) {
            d->AddQuad(ImVec2(p.x + 6, y - 5), ImVec2(p.x + 11, y), ImVec2(p.x + 6, y + 5), ImVec2(p.x + 1, y), ImGui::ColorConvertFloat4ToU32(e.color), 2.0f);
        } else if (e.swatch == Swatch::line) {
            d->AddLine(ImVec2(p.x, y), ImVec2(p.x + swatch_width, y), c, 2.5f);
        } else {
            for (float x = 0; x < swatch_width; x += 8) d->AddLine(ImVec2(p.x + x, y), ImVec2(p.x + x + 4, y), c, 2.5f);
        }
        ImGui::Dummy(ImVec2(swatch_width, h));
        ImGui::SameLine(0, 4);
        ImGui::TextUnformatted(e.label.c_str());
    }
}

// The source line naming as many publishers as fit its lines whole; only when even "Sources: 5
// publishers" does not fit is it cut.
std::vector<std::string> source_lines(const std::vector<std::string>& variants, float room, int most_lines) {
    std::vector<std::string> lines;
    for (const std::string& v : variants) {
        lines = lines_within(v, room, most_lines, measure);
        std::string joined;
        for (const std::string& l : lines) joined += (joined.empty() ? "" : " ") + l;
        if (joined == v) break;
    }
    return lines;
}

const GraphicWordsState& graphic_words(const AppState& state, GraphicWordsState& words) {
    if (words.generation != state.derived.generation || words.language != state.view.language) {
        words.dek = graphic_dek(state);
        words.sources.clear();
        // Names matter more than the credit, and than counting the rest: both go before a publisher does.
        for (int names = kSourceNamesMost; names >= 0; --names) {
            for (const bool credit : {true, false}) words.sources.push_back(graphic_sources(state, names, credit));
            if (names > 0) words.sources.push_back(graphic_sources(state, names, false, true));
        }
        words.families = shown_families(state);
        words.flow_kinds = shown_flow_kinds(state);
        words.disputed = any_disputed(state);
        words.running_total = any_running_total(state);
        words.valuation = any_valuation(state);
        words.giving_side = giving_side_family(state);
        words.generation = state.derived.generation;
        words.language = state.view.language;
    }
    return words;
}

std::vector<KeyEntry> key_for(const AppState& state, const GraphicWordsState& words, View view, bool small) {
    const Language lang = state.view.language;
    std::vector<KeyEntry> key;
    if (view == View::timeline) {
        for (const TypeFamily f : words.families) {
            key.push_back({family_color(f), small ? type_family_short_label(f, lang) : std::string(type_family_label(f, lang))});
        }
        if (words.disputed) key.push_back({attention_color(), tr("sources disagree", lang), Swatch::ring});
        if (words.running_total) key.push_back({ImGui::GetStyleColorVec4(ImGuiCol_Text), tr(small ? "total so far" : "total so far, not a deal", lang), Swatch::square});
        if (words.valuation) key.push_back({ImGui::GetStyleColorVec4(ImGuiCol_Text), tr(small ? "valuation" : "valuation, no money paid", lang), Swatch::diamond});
        if (words.giving_side) {
            key.push_back({family_color(*words.giving_side), tr(small ? "pale: as giver" : "pale: the same deal, in the giver's row", lang), Swatch::pale});
        }
    } else if (view == View::network) {
        for (const FlowKind kind : words.flow_kinds) {
            if (kind == FlowKind::money) key.push_back({flow_color(kind), tr("money", lang), Swatch::line});
            if (kind == FlowKind::compute) key.push_back({flow_color(kind), tr(small ? "compute sold" : "compute (provider to customer)", lang), Swatch::dashed});
            if (kind == FlowKind::partnership) key.push_back({flow_color(kind), tr("partnership", lang), Swatch::line});
        }
    }
    return key;
}

}  // namespace

void draw_embed_frame(const AppState& state, AppWindow& w, Actions& actions, void (*draw_chart)(View, const AppState&, AppWindow&, Actions&)) {
    const View view = state.view.current;
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const bool small = avail.x < kEmbedNarrow || avail.y < 300;
    const bool short_frame = avail.y < 300;
    // Title and dek: a small frame takes the heading size, and a short one keeps the title to one
    // line and leaves the dek out, so the chart keeps its room.
    const GraphicWordsState& words = graphic_words(state, w.graphic);
    DrawnGraphic& drawn = actions.drawn.graphic.emplace();
    // A tiny story (a 320×240 iframe) leaves the title out too: its caption says what each step
    // shows, and the chart would be a strip.
    if (!(state.host.story && avail.y < 200)) {
        ImGui::PushFont(small ? heading_font() : title_font());
        drawn.title = short_frame ? fit_with_ellipsis(graphic_title(state, view), avail.x, measure) : graphic_title(state, view);
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextUnformatted(drawn.title.c_str());
        ImGui::PopTextWrapPos();
        ImGui::PopFont();
    }
    if (!short_frame) drawn.dek = dek_lines(view == View::timeline ? graphic_dek(state, state.view.time) : words.dek, avail.x);
    // The short words where the long ones would take the key to another line: each line it takes is a lane less.
    std::vector<KeyEntry> key = key_for(state, words, view, small);
    if (!small && key_lines(key, avail.x) > key_lines(key_for(state, words, view, true), avail.x)) key = key_for(state, words, view, true);
    // A short frame (a story step in a 320×240 post) keeps its chart: the pale disc goes unkeyed rather than take a line.
    if (short_frame && !key.empty() && key.back().swatch == Swatch::pale) {
        std::vector<KeyEntry> without = key;
        without.pop_back();
        if (key_lines(key, avail.x) > key_lines(without, avail.x)) key = std::move(without);
    }
    for (const KeyEntry& e : key) drawn.key.push_back(e.label);
    draw_key(key);

    // The source line, with the page's link bar at its right end (on its own line when narrow).
    const float line = ImGui::GetTextLineHeightWithSpacing();
    const float bar = ImGui::GetIO().DisplaySize.x < kEmbedNarrow ? kEmbedBarNarrowWidth : kEmbedBarWidth;  // as the page's CSS decides
    const bool bar_beside = avail.x >= 2 * bar || short_frame;
    const float sources_room = bar_beside ? avail.x - bar : avail.x;
    const std::vector<std::string> sources = source_lines(words.sources, sources_room, short_frame ? 1 : 2);
    const float footer = static_cast<float>(sources.size() + (bar_beside ? 0 : 1)) * line + 4;
    drawn.footer_height = footer;
    const bool canvas = view == View::timeline || view == View::network;
    const bool selected = state.selection.event || state.selection.flow || !state.selection.entity.empty();
    // A story's step says what it is about in a note on the chart, which keeps its size.
    const bool sheet = canvas && selected && !state.host.story && avail.y > 200;
    // "Tap to explore" (and then "Done") sit between the chart (or the detail sheet) and the source
    // line: what is drawn ends above them, so that they cover no lane, mark, note or line of the
    // sheet. A short frame has no room to give: there the pill lies over the chart until tapped.
    float pill_room = 0;
    if (const std::optional<CanvasBox>& pill = state.host.page_cover; pill && !short_frame) {
        const float below_pill = ImGui::GetIO().DisplaySize.y - pill->y + 4;
        if (below_pill > footer && below_pill < avail.y / 3) pill_room = below_pill;
    }
    const float foot = std::max(footer, pill_room);  // the source line, and the pill's row above it
    // The sheet takes half of what lies between the graphic's head and its foot (four fifths when swiped up),
    // and at least room for a deal's summary and its source: a share of the whole frame left it a line or
    // two in a phone's embed, under a chart that kept the rest.
    const float between = ImGui::GetContentRegionAvail().y - foot;
    const float sheet_height = std::max(between * (w.detail.sheet_tall ? 0.8f : 0.5f), std::min(170.0f, between * 0.7f));
    // On a wide frame the sheet stands beside the chart, which keeps its height: under it, a network of a
    // 700 × 420 embed was left a strip of 90 px.
    const bool beside = sheet && avail.x >= kEmbedSheetBesideFrom;
    const float panel_width = beside ? std::clamp(avail.x * 0.42f, 240.0f, 360.0f) : 0.0f;
    const float chart_bottom = sheet && !beside ? foot + sheet_height : foot;
    const ImVec2 viewport = ImGui::GetMainViewport()->Pos;
    drawn.chart_top = ImGui::GetCursorScreenPos().y - viewport.y;
    ImGui::BeginChild("view-body", ImVec2(beside ? -(panel_width + ImGui::GetStyle().ItemSpacing.x) : 0.0f, -chart_bottom), false,
                      canvas ? ImGuiWindowFlags_NoScrollWithMouse : 0);
    actions.drawn.content_height = 0;
    draw_chart(view, state, w, actions);
    ImGui::EndChild();
    drawn.chart_height = ImGui::GetItemRectSize().y;
    // The height the graphic would like from its page: what stands above the chart, the chart's own
    // wish (a timeline's lanes; a network as tall as it is wide on a phone, so that a story there is
    // not a strip between its title and its caption, and less on a wider page), and the foot.
    const float network_wish = avail.x * (avail.x < kEmbedNarrow ? 1.0f : 0.6f);
    const float chart_wish = actions.drawn.content_height > 0 ? actions.drawn.content_height
                                                              : std::clamp(network_wish, kEmbedNetworkMinHeight, kEmbedNetworkMaxHeight);
    actions.drawn.content_height = drawn.chart_top + chart_wish + foot + ImGui::GetStyle().WindowPadding.y;
    drawn.note = state.host.story ? selection_note(state) : std::vector<std::string>{};
    // What is selected, in a sheet under the chart; the pill's row and the source line (with the
    // page's links) stay below it.
    if (sheet) {
        if (beside) ImGui::SameLine();
        ImGui::BeginChild("sheet-above-foot", ImVec2(0, -foot));
        draw_detail_sheet(state, w.detail, actions);
        ImGui::EndChild();
    }
    if (foot > footer) ImGui::Dummy(ImVec2(1, foot - footer - ImGui::GetStyle().ItemSpacing.y));  // the pill's room
    drawn.sources_right = 0;
    for (const std::string& l : sources) {
        ImGui::TextDisabled("%s", l.c_str());
        drawn.sources += (drawn.sources.empty() ? "" : " ") + l;
        drawn.sources_right = std::max(drawn.sources_right, ImGui::GetItemRectMax().x - viewport.x);
    }
}

}  // namespace ds::ui

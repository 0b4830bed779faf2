#include "top_bar.h"

#include <algorithm>
#include <cstring>
#include <string>

#include <imgui.h>
#include <imgui_internal.h>

#include "core/articles/time_span.h"
#include "core/text/utf8.h"
#include "explorer/graphic_text.h"
#include "explorer/layout/text_layout.h"
#include "explorer/picture/view_picture.h"
#include "explorer/view_link.h"
#include "click_targets.h"
#include "controls.h"
#include "event_colors.h"
#include "fonts.h"
#include "overview_view.h"
#include "strings.h"

namespace ds::ui {

namespace {

// On a phone the hint leaves out the "/" shortcut: there is no keyboard to press it on.
void search_box(const AppState& state, TopBarState& view, Actions& actions, bool focus, float max_width = 260.0f, bool phone = false) {
    const Language lang = state.view.language;
    char (&query)[128] = view.query;
    if (state.view.query != query) std::snprintf(query, sizeof query, "%s", state.view.query.c_str());  // set from outside
    if (focus) ImGui::SetKeyboardFocusHere();
    ImGui::SetNextItemWidth(std::min(max_width, ImGui::GetContentRegionAvail().x));
    const bool enter = ImGui::InputTextWithHint("##search", (std::string(tr("Search", lang)) + (phone ? "" : " (/)")).c_str(), query,
                                                sizeof query, ImGuiInputTextFlags_EnterReturnsTrue);
    report_target(actions, "search");
    if (state.view.query != query) actions.set_query = std::string(query);
    const bool active = ImGui::IsItemActive();
    const ImVec2 below(ImGui::GetItemRectMin().x, ImGui::GetItemRectMax().y + 2);
    if (!state.view.query.empty()) {  // the marks in the views go with it
        ImGui::SameLine(0, 2);
        if (ImGui::SmallButton("\xC3\x97##clear-search")) actions.set_query = std::string();  // ×
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("Clear the search", lang));
    }
    if (enter && !state.derived.hits.empty()) {
        actions.open_hit = 0;  // Enter opens the first result
        actions.set_query = std::string();
    }
    if (state.view.query.empty() || (!active && !ImGui::IsPopupOpen("search-results"))) {
        if (active && !state.view.query.empty()) ImGui::OpenPopup("search-results");
        return;
    }
    if (!ImGui::IsPopupOpen("search-results")) ImGui::OpenPopup("search-results");
    // The results stay on screen: moved left as far as their widest would run past the right edge
    // (on a phone the box starts mid-header).
    const float display_w = ImGui::GetIO().DisplaySize.x, widest = std::min(520.0f, display_w - 16);
    ImGui::SetNextWindowPos(ImVec2(std::max(8.0f, std::min(below.x, display_w - 8 - widest)), below.y));
    ImGui::SetNextWindowSizeConstraints(ImVec2(std::min(280.0f, widest), 0), ImVec2(widest, 420));
    if (ImGui::BeginPopup("search-results", ImGuiWindowFlags_NoFocusOnAppearing)) {
        if (state.derived.hits.empty()) ImGui::TextDisabled("–");
        int last_kind = -1;
        for (std::size_t i = 0; i < state.derived.hits.size(); ++i) {
            const SearchHit& h = state.derived.hits[i];
            if (static_cast<int>(h.kind) != last_kind) {
                last_kind = static_cast<int>(h.kind);
                ImGui::TextDisabled("%s", tr(h.kind == SearchKind::entity ? "Entities" : h.kind == SearchKind::event ? "Events" : "Articles", lang));
            }
            ImGui::PushID(static_cast<int>(i));
            // The match highlighted: text before, the match in the accent colour, text after.
            const std::string before = h.text.substr(0, h.match.begin), match = h.text.substr(h.match.begin, h.match.end - h.match.begin);
            std::string after = h.text.substr(h.match.end);
            // Cut at a letter's start, never inside one ("für" cut in its "ü" showed "?r").
            if (after.size() > 90) after = std::string(truncate_utf8(after, 90)) + "…";
            const std::string shown_before = before.size() > 40 ? "…" + std::string(utf8_suffix(before, 40)) : before;
            // What follows the match ends in "…" where the row does, not cut mid-letter at the popup's edge.
            // (Measured against the popup's widest, which it grows to: its width this frame would hold it narrow.)
            const float room = widest - 2 * ImGui::GetStyle().WindowPadding.x - ImGui::GetStyle().ScrollbarSize - ImGui::CalcTextSize(shown_before.c_str()).x -
                               ImGui::CalcTextSize(match.c_str()).x;
            if (ImGui::CalcTextSize(after.c_str()).x > room) {
                std::size_t lo = 0, hi = after.size();
                while (lo < hi) {  // the longest start of `after` that fits with its "…"
                    const std::size_t mid = (lo + hi + 1) / 2;
                    if (ImGui::CalcTextSize((std::string(truncate_utf8(after, mid)) + "…").c_str()).x <= room) lo = mid;
                    else hi = mid - 1;
                }
                after = std::string(truncate_utf8(after, lo)) + "…";
            }
            if (ImGui::Selectable("##hit", false, 0, ImVec2(0, ImGui::GetTextLineHeight()))) {
                actions.open_hit = i;
                actions.set_query = std::string();
                ImGui::CloseCurrentPopup();
            }
            ImGui::SameLine(0, 0);
            ImGui::TextUnformatted(shown_before.c_str());
            ImGui::SameLine(0, 0);
            ImGui::TextColored(text_on_page(match_color()), "%s", match.c_str());
            ImGui::SameLine(0, 0);
            ImGui::TextUnformatted(after.c_str());
            ImGui::PopID();
        }
        ImGui::EndPopup();
    }
}

// SameLine when an item of this width still fits on the line, else a new line.
void same_line_if_fits(float width) {
    const float line_end = ImGui::GetItemRectMax().x - ImGui::GetWindowPos().x;
    if (ImGui::GetWindowContentRegionMax().x - line_end > width + ImGui::GetStyle().ItemSpacing.x) ImGui::SameLine();
}

float button_width(const char* label) { return ImGui::CalcTextSize(label).x + 2 * ImGui::GetStyle().FramePadding.x; }

void set_popup(const char* id, const char* label, const char* const* values, std::size_t n, const std::set<std::string>& chosen, Filters f,
               bool types, Language language, Actions& actions) {
    const std::string shown = std::string(label) + (chosen.empty() ? "" : " (" + std::to_string(chosen.size()) + ")");
    same_line_if_fits(button_width(shown.c_str()));
    if (ImGui::Button((shown + "##" + id).c_str())) ImGui::OpenPopup(id);
    if (!ImGui::BeginPopup(id)) return;
    // A box is ticked when its kind is shown: with no filter every one is (all unticked read as none
    // shown). Unticking one of all shows the others; the last ticked one stays; all ticked is no filter.
    auto& set = types ? f.types : f.statuses;
    if (!chosen.empty()) {
        if (ImGui::SmallButton(tr("Show all", language))) {
            set.clear();
            actions.set_filters = f;
        }
        ImGui::Separator();
    }
    for (std::size_t i = 0; i < n; ++i) {
        bool on = chosen.empty() || chosen.count(values[i]) > 0;
        if (types) {
            ImGui::TextColored(mark_on_page(type_color(values[i])), "■");
            ImGui::SameLine();
        }
        if (ImGui::Checkbox(type_label(values[i], language).c_str(), &on)) {
            if (chosen.empty()) set.insert(values, values + n);
            if (on) set.insert(values[i]);
            else if (set.size() > 1) set.erase(values[i]);
            if (set.size() == n) set.clear();
            actions.set_filters = f;
        }
    }
    ImGui::EndPopup();
}

// From and to as typed dates ("2023", "2024-06", "2024-06-30"); the brush on the timeline sets them too.
void date_range_popup(const AppState& state, TopBarState& view, Actions& actions) {
    const Language lang = state.view.language;
    const char* label = tr("Dates", lang);
    same_line_if_fits(button_width(label));
    char (&from)[16] = view.from;
    char (&to)[16] = view.to;
    if (ImGui::Button((std::string(label) + "##dates").c_str())) {
        const Filters& f = state.view.filters;
        std::snprintf(from, sizeof from, "%s", f.from_day ? iso_day(*f.from_day).c_str() : "");
        std::snprintf(to, sizeof to, "%s", f.to_day ? iso_day(*f.to_day).c_str() : "");
        ImGui::OpenPopup("dates");
    }
    if (!ImGui::BeginPopup("dates")) return;
    ImGui::SetNextItemWidth(120);
    ImGui::InputTextWithHint(tr("from", lang), "2019", from, sizeof from);
    ImGui::SetNextItemWidth(120);
    ImGui::InputTextWithHint(tr("to", lang), "2025-06", to, sizeof to);
    const auto from_span = timex_span(from), to_span = timex_span(to);
    const bool from_ok = !from[0] || from_span, to_ok = !to[0] || to_span;
    if (!from_ok || !to_ok) ImGui::TextColored(attention_color(), "%s", tr("Dates look like 2019, 2024-06 or 2024-06-30", lang));
    ImGui::BeginDisabled(!from_ok || !to_ok);
    if (ImGui::Button(tr("Apply", lang))) {
        Filters f = state.view.filters;
        f.from_day = from_span ? std::optional<long>(from_span->start) : std::nullopt;
        f.to_day = to_span ? std::optional<long>(to_span->end - 1) : std::nullopt;
        actions.set_filters = f;
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndDisabled();
    ImGui::EndPopup();
}

// Types, status and dates, and a chip for each filter that stands.
void filter_controls(const AppState& state, TopBarState& view, Actions& actions) {
    const Language lang = state.view.language;
    const Filters& f = state.view.filters;
    set_popup("types", tr("Types", lang), event_type_ids().data(), event_type_ids().size(), f.types, f, true, lang, actions);
    set_popup("statuses", tr("Status", lang), kStatuses, std::size(kStatuses), f.statuses, f, false, lang, actions);
    date_range_popup(state, view, actions);
    if (!f.entity.empty()) {
        const Entity* e = state.data.gazetteer.find(f.entity);
        const std::string chip = (e ? e->name : f.entity) + " ×";
        same_line_if_fits(button_width(chip.c_str()));
        if (ImGui::SmallButton(chip.c_str())) {
            Filters g = f;
            g.entity.clear();
            actions.set_filters = g;
        }
    }
    if (f.from_day || f.to_day) {
        const std::string chip = (f.from_day ? iso_day(*f.from_day) : "…") + " – " + (f.to_day ? iso_day(*f.to_day) : "…") + " ×";
        same_line_if_fits(button_width(chip.c_str()));
        if (ImGui::SmallButton(chip.c_str())) {
            Filters g = f;
            g.from_day.reset();
            g.to_day.reset();
            actions.set_filters = g;
        }
    }
    if (f.any()) {
        same_line_if_fits(button_width(tr("Clear filters", lang)));
        if (ImGui::SmallButton(tr("Clear filters", lang))) actions.set_filters = Filters{};
    }
}

// Language, theme, link and picture.
void page_controls(const AppState& state, TopBarState& view, Actions& actions) {
    const Language lang = state.view.language;
    // Both languages, the current one marked: a lone "DE" read as the language the page was in.
    if (segment("EN", lang == Language::en, true, false)) actions.set_language = Language::en;
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("English");
    if (segment("DE", lang == Language::de, false, true)) actions.set_language = Language::de;
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Deutsch");
    ImGui::SameLine();
    bool dark = state.view.dark;
    if (switch_toggle(tr("Dark", lang), &dark)) actions.set_dark = dark;
    ImGui::SameLine();
    // For two seconds the button itself says the link was copied: a note beside it pushed "Image…" off the page's edge.
    double& copied_at = view.copied_at;
    const bool just_copied = ImGui::GetTime() - copied_at < 2;
    const std::string copy_label = std::string(tr(just_copied ? "Link copied" : "Copy link", lang)) + "###copy-link";
    if (ImGui::SmallButton(copy_label.c_str())) {
        ImGui::SetClipboardText((state.host.link_base + state_to_shared_link(state)).c_str());
        copied_at = ImGui::GetTime();
    }
    report_target(actions, "copy-link");
    if (ImGui::IsItemHovered() && selection_is_private(state)) {
        ImGui::SetTooltip("%s", tr("What you selected is yours, kept in this browser only: the link opens the view without it", lang));
    }
    // The current view as a picture, from the same scene the canvas draws (explorer/picture/).
    if (view_has_picture(state.view.current)) {
        ImGui::SameLine();
        if (ImGui::SmallButton(tr("Image…", lang))) ImGui::OpenPopup("###image");
        report_target(actions, "image");
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("Download this view as a picture, with its title, key and sources", lang));
        // Below the button, its right edge at the button's: opened where the pointer was, the menu
        // was pushed left off the page's edge and covered "Copy link".
        ImGui::SetNextWindowPos(ImVec2(ImGui::GetItemRectMax().x, ImGui::GetItemRectMax().y + 2), ImGuiCond_Appearing, ImVec2(1, 0));
        if (ImGui::BeginPopup("###image")) {
            const DisplayInfo& d = state.report.display;
            const PictureSize size{std::clamp(d.width, 360.0f, 1200.0f), d.width < 600 ? 700.0f : 760.0f};
            const auto picture = [&](const char* extension) {
                if (auto svg = view_svg(state, state.view.current, size)) actions.download = std::pair{picture_file_name(state.view.current, extension), std::move(*svg)};
            };
            if (state.host.png_from_svg) {
                if (ImGui::Selectable(tr("PNG, twice the size", lang))) picture("png");
                report_target(actions, "image:png");
            }
            if (ImGui::Selectable(tr("SVG, for print and slides", lang))) picture("svg");
            report_target(actions, "image:svg");
            report_window(actions, "image:menu");
            ImGui::EndPopup();
        }
    }
}

}  // namespace

void draw_top_bar(const AppState& state, TopBarState& view, Actions& actions, bool focus_search) {
    search_box(state, view, actions, focus_search);
    filter_controls(state, view, actions);
    // Language, theme and link: at the right end of the line when there is room, else on the next.
    // The same place on every tab (with room for "Image…", which only pictures have): a button that
    // moved when the tab changed was pressed by mistake.
    const float rest = 370.0f;
    const float line_end = ImGui::GetItemRectMax().x - ImGui::GetWindowPos().x;
    if (ImGui::GetWindowContentRegionMax().x - line_end > rest + 16) ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - rest);
    page_controls(state, view, actions);
}

void draw_phone_header(const AppState& state, TopBarState& view, OverviewViewState& overview, Actions& actions, bool focus_search, const MastheadState& masthead) {
    const Language lang = state.view.language;
    // The masthead's question on a line of its own (shortened to the room if it must), so that a
    // newcomer on a phone learns what the page shows before opening the menu.
    ImGui::PushFont(heading_font());
    const std::string headline = fit_with_ellipsis(page_headline_short(lang), ImGui::GetContentRegionAvail().x, [](std::string_view s) {
        return ImGui::CalcTextSize(s.data(), s.data() + s.size()).x;
    });
    ImGui::TextUnformatted(headline.c_str());
    ImGui::PopFont();
    // What the data shows, without the count of sums, wrapped rather than cut: the masthead's
    // summary had been only in the menu, and a newcomer saw dots before knowing how many deals.
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextDisabled("%s", masthead.brief.c_str());
    ImGui::PopTextWrapPos();
    const Filters& f = state.view.filters;
    // What a filter leaves in view, in words, with the way back to all of it: "Menu (1)" alone had not said
    // that a question had narrowed the network to compute deals.
    if (f.any()) {
        std::string shown;
        const auto add = [&](const std::string& part) { shown += (shown.empty() ? "" : ", ") + part; };
        for (const std::string& t : f.types) add(type_label(t, lang));
        for (const std::string& st : f.statuses) add(type_label(st, lang));
        if (!f.entity.empty()) {
            const Entity* e = state.data.gazetteer.find(f.entity);
            add(e ? e->name : f.entity);
        }
        if (f.from_day || f.to_day) add(tr("Dates", lang));
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextColored(ImGui::GetStyleColorVec4(ImGuiCol_CheckMark), "%s %s", tr("Only:", lang), shown.c_str());
        ImGui::PopTextWrapPos();
        ImGui::SameLine();
        if (ImGui::SmallButton(tr("Show all", lang))) actions.set_filters = Filters{};
        report_target(actions, "filters:clear");
    }
    // The menu button says how many filters stand, so a filtered view never looks like the whole data.
    const std::size_t standing = f.types.size() + f.statuses.size() + (f.entity.empty() ? 0 : 1) + (f.from_day || f.to_day ? 1 : 0);
    const std::string menu = std::string(tr("Menu", lang)) + (standing ? " (" + std::to_string(standing) + ")" : "") + "###menu";
    const float menu_width = ImGui::CalcTextSize(menu.c_str(), nullptr, true).x + 2 * ImGui::GetStyle().FramePadding.x;
    search_box(state, view, actions, focus_search, ImGui::GetContentRegionAvail().x - menu_width - ImGui::GetStyle().ItemSpacing.x - 28, true);
    ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - menu_width);
    if (ImGui::Button(menu.c_str())) ImGui::OpenPopup("phone-menu");
    report_target(actions, "menu");
    // A sheet below its button, as wide as the screen less a margin, as tall as its content but no
    // further than the screen's foot. Tied to the right edge at its own width it stood off-centre.
    // Modal: a tap outside closes it and only closes it (a plain popup passed that tap on, selecting a
    // deal under it); so does its ×.
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    const float sheet_top = ImGui::GetItemRectMax().y + 4, sheet_width = std::max(display.x - 16, 200.0f);
    ImGui::SetNextWindowPos(ImVec2(8, sheet_top), ImGuiCond_Always);
    ImGui::SetNextWindowSizeConstraints(ImVec2(sheet_width, 0), ImVec2(sheet_width, std::max(display.y - sheet_top - 8, 120.0f)));
    if (ImGui::BeginPopupModal("phone-menu", nullptr, ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoMove)) {
        const ImGuiContext& g = *ImGui::GetCurrentContext();
        const bool nothing_above = g.OpenPopupStack.Size <= g.BeginPopupStack.Size;  // no list of its own open
        if (nothing_above && ImGui::IsMouseClicked(ImGuiMouseButton_Left) &&
            !ImGui::IsMouseHoveringRect(ImGui::GetCurrentWindow()->Rect().Min, ImGui::GetCurrentWindow()->Rect().Max, false)) {
            ImGui::CloseCurrentPopup();
        }
        const char* close = "  \xC3\x97  ###close-menu";  // × with room for a finger, as the detail sheet's
        const float close_width = ImGui::CalcTextSize(close, nullptr, true).x + 2 * ImGui::GetStyle().FramePadding.x;
        ImGui::PushTextWrapPos(ImGui::GetWindowContentRegionMax().x - close_width - ImGui::GetStyle().ItemSpacing.x);
        // The masthead a phone has no room for: what the page is about and what the data shows.
        ImGui::PushFont(heading_font());
        ImGui::TextWrapped("%s", page_headline(lang));
        ImGui::PopFont();
        const ImVec2 after_headline = ImGui::GetCursorPos();
        ImGui::SetCursorPos(ImVec2(ImGui::GetWindowContentRegionMax().x - close_width, ImGui::GetWindowContentRegionMin().y));
        if (ImGui::Button(close)) ImGui::CloseCurrentPopup();
        report_target(actions, "menu:close");
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("Close", lang));
        ImGui::SetCursorPos(after_headline);
        ImGui::PopTextWrapPos();
        ImGui::PushTextWrapPos(ImGui::GetWindowContentRegionMax().x);
        ImGui::TextDisabled("%s", masthead.summary.c_str());
        // The overview a desktop shows beside the view: key figures, the largest flows, questions to
        // start with. Choosing one closes the menu on the view it opens.
        if (!state.host.embed) {
            draw_overview(state, overview, actions, true);
            if (actions.show_view || actions.select_flow) ImGui::CloseCurrentPopup();
        }
        ImGui::Separator();
        ImGui::TextDisabled("%s", tr("Filters", lang));
        filter_controls(state, view, actions);
        ImGui::Separator();
        page_controls(state, view, actions);
        ImGui::PopTextWrapPos();
        const ImRect sheet = ImGui::GetCurrentWindow()->Rect();  // for the page's tests: where the sheet stands
        actions.drawn.targets.push_back({"menu:sheet", sheet.Min.x, sheet.Min.y, sheet.GetWidth(), sheet.GetHeight()});
        ImGui::EndPopup();
    }
}

}  // namespace ds::ui

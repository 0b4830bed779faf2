#include "app_window.h"

#include <algorithm>
#include <optional>

#include <imgui.h>

#include "article_list_view.h"
#include "candidate_view.h"
#include "conflicts_view.h"
#include "click_targets.h"
#include "flows_view.h"
#include "core/events/event_export.h"
#include "core/tables/table_export.h"
#include "core/events/event_format.h"
#include "core/version.h"
#include "detail_sheet.h"
#include "detail_view.h"
#include "explorer/graphic_text.h"
#include "explorer/layout/text_layout.h"
#include "fonts.h"
#include "embed_frame.h"
#include "flowing_items.h"
#include "entity_list_view.h"
#include "keys.h"
#include "events_view.h"
#include "network_view.h"
#include "overview_view.h"
#include "own_article_tools.h"
#include "problems_view.h"
#include "reader_view.h"
#include "review_view.h"
#include "strings.h"
#include "theme.h"
#include "timeline_view.h"
#include "top_bar.h"

namespace ds::ui {

namespace {
// Three panes (entities | view | detail) from this width; two (view | detail) from kTwoPaneWidth;
// below that one pane, with entities as a tab and the detail in place of the view.
constexpr float kThreePaneWidth = 1100.0f;
constexpr float kTwoPaneWidth = 700.0f;
constexpr float kWrappedTabsWidth = 560.0f;  // narrower: the tabs wrap as buttons

const MastheadState& masthead_words(const AppState& state, AppWindow& w) {
    MastheadState& m = w.masthead;
    if (m.generation != state.derived.generation || m.language != state.view.language) {
        m.summary = data_summary(state);
        m.brief = data_summary_brief(state);
        m.generation = state.derived.generation;
        m.language = state.view.language;
    }
    return m;
}

// The masthead: the site's headline and what the data shows in one line, the name in the corner
// (the version on hover). A phone has the one-line header of the top bar instead.
void masthead(const AppState& state, AppWindow& w, Actions& actions) {
    const Language lang = state.view.language;
    const std::string& summary = masthead_words(state, w).summary;
    ImGui::PushFont(title_font());
    // The whole question where it fits; in a narrower window (a tablet, an embed's explorer) its first half, as a
    // phone shows it: cut at the edge it read as broken.
    const bool whole_fits = ImGui::CalcTextSize(page_headline(lang)).x <= ImGui::GetContentRegionAvail().x;
    actions.drawn.headline = whole_fits ? page_headline(lang) : page_headline_short(lang);
    ImGui::TextUnformatted(actions.drawn.headline.c_str());
    ImGui::PopFont();
    const char* name = "dealscope";
    const float name_width = ImGui::CalcTextSize(name).x;
    const float room = ImGui::GetContentRegionAvail().x - name_width - 16;
    ImGui::TextDisabled("%s", fit_with_ellipsis(summary, room, [](std::string_view t) { return ImGui::CalcTextSize(t.data(), t.data() + t.size()).x; }).c_str());
    ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - name_width);
    ImGui::TextDisabled("%s", name);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("dealscope %s", kVersion);
}

void reader_pane(const AppState& state, AppWindow& w, Actions& actions) {
    if (!state.selection.article && state.selection.review) {
        draw_review(state, w.candidate, actions);
        return;
    }
    if (!state.selection.article) {
        ImGui::TextDisabled("%s", tr("Select an article to read it.", state.view.language));
        return;
    }
    const std::size_t i = *state.selection.article;
    if (!state.selection.entity.empty()) {
        if (const Entity* e = state.data.gazetteer.find(state.selection.entity)) {
            ImGui::TextDisabled("%s: %s · %s", tr("Selected", state.view.language), e->name.c_str(), tr(e->kind.c_str(), state.view.language));
            ImGui::SameLine();
            if (ImGui::SmallButton("×")) actions.select_entity = std::string();
        }
    }
    draw_candidates(state, i, w.candidate, actions);
    const bool own = i >= state.user.first_article;
    draw_reader(state.data.corpus.articles[i], state.data.mentions[i], state.selection.entity, state.selection.cited, state.selection.scroll_to_cited, state.view.language, w.reader, actions,
                own ? &w.own_article : nullptr);
    if (own) draw_own_article_tools(state, i, w.own_article, actions);
}

void articles_tab(const AppState& state, AppWindow& w, Actions& actions) {
    const float width = ImGui::GetContentRegionAvail().x;
    if (width >= 560) {
        const float list_width = std::clamp(width * 0.32f, 200.0f, 360.0f);
        ImGui::BeginChild("list", ImVec2(list_width, 0), false);
        draw_article_list(state, w.article_list, actions);
        ImGui::EndChild();
        ImGui::SameLine();
        ImGui::BeginChild("reader", ImVec2(0, 0), false);
        reader_pane(state, w, actions);
        ImGui::EndChild();
    } else if (state.selection.article || state.selection.review) {
        // Opened from a deal's source: back to that deal where it was shown; else to the list.
        const bool to_deal = state.view.back_to && state.selection.article && state.selection.event;
        const char* back = to_deal ? tr("Back to the deal", state.view.language) : tr("Articles", state.view.language);
        if (ImGui::Button(("\xE2\x86\x90 " + std::string(back)).c_str())) {  // ←
            if (state.selection.article) actions.close_article = true;
            else actions.show_review = false;
            if (to_deal) actions.show_view = *state.view.back_to;
        }
        report_target(actions, "reader:back");
        ImGui::BeginChild("reader", ImVec2(0, 0), false);
        reader_pane(state, w, actions);
        ImGui::EndChild();
    } else {
        ImGui::BeginChild("list", ImVec2(0, 0), false);
        draw_article_list(state, w.article_list, actions);
        ImGui::EndChild();
    }
}

void draw_view(View view, const AppState& state, AppWindow& w, Actions& actions) {
    switch (view) {
        case View::timeline: draw_timeline(state, w.timeline, actions); break;
        case View::network: draw_network(state, w.network, actions); break;
        case View::flows: draw_flows(state, w.flows, actions); break;
        case View::articles: articles_tab(state, w, actions); break;
        case View::events: draw_events(state, w.events, actions); break;
        case View::conflicts: draw_conflicts(state, actions); break;
    }
}

const char* view_title(View v, Language lang) {
    switch (v) {
        case View::timeline: return tr("Timeline", lang);
        case View::network: return tr("Network", lang);
        case View::flows: return tr("Flows", lang);
        case View::articles: return tr("Articles", lang);
        case View::events: return tr("Events", lang);
        case View::conflicts: return tr("Conflicts", lang);
    }
    return "";
}

// A tap on the chart above a sheet that selects nothing there puts the sheet away.
void dismiss_on_tap_outside(Actions& actions) {
    const ImVec2 drag = ImGui::GetMouseDragDelta(0, 0.0f);
    const bool tapped = ImGui::IsMouseReleased(0) && drag.x == 0 && drag.y == 0 && ImGui::IsMouseHoveringRect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax()) &&
                        !ImGui::IsPopupOpen(nullptr, ImGuiPopupFlags_AnyPopupId);
    const bool selects = actions.select_event || actions.select_entity || actions.select_flow || actions.select_group;
    if (tapped && !selects) actions.clear_selection = true;
}

// The selection as one string, to tell whether it changed.
std::string selection_key(const Selection& sel) {
    std::string key = sel.entity + "|" + (sel.event ? std::to_string(*sel.event) : "") + "|" + (sel.flow ? flow_key_text(*sel.flow) : "") + "|";
    for (const std::size_t e : sel.group) key += std::to_string(e) + ",";
    return key;
}

// What a tab shows: the view, or on one pane with something selected, the detail (under a
// picture as a sheet, else in its place with a way back).
void view_body(View view, const AppState& state, AppWindow& w, Actions& actions, bool detail_instead) {
    const bool canvas = view == View::timeline || view == View::network;
    if (detail_instead && canvas) {
        const float sheet = ImGui::GetContentRegionAvail().y * (w.detail.sheet_tall ? 0.8f : 0.42f);
        ImGui::BeginChild("view-body", ImVec2(0, -sheet), false, ImGuiWindowFlags_NoScrollWithMouse);
        w.network.above_sheet = w.timeline.above_sheet = true;
        draw_view(view, state, w, actions);
        w.network.above_sheet = w.timeline.above_sheet = false;
        ImGui::EndChild();
        dismiss_on_tap_outside(actions);
        draw_detail_sheet(state, w.detail, actions);
    } else if (detail_instead) {
        ImGui::BeginChild("view-body");
        // One way back: to the flow or cluster the event was opened from, else out of the details.
        const char* list = list_of_selected_event(state);
        const std::string back = "\xE2\x86\x90 " + std::string(tr(list ? list : "Back", state.view.language));
        if (ImGui::Button(back.c_str())) (list ? actions.close_event : actions.clear_selection) = true;
        w.detail.way_back_above = list != nullptr;
        draw_detail(state, w.detail, actions);
        w.detail.way_back_above = false;
        ImGui::EndChild();
    } else {
        ImGui::BeginChild("view-body", ImVec2(0, 0), false, canvas ? ImGuiWindowFlags_NoScrollWithMouse : 0);
        draw_view(view, state, w, actions);
        ImGui::EndChild();
    }
}

// On a phone the tab names do not fit one row: they wrap, every one readable (ImGui's tab bar would
// cut them and hide the rest behind arrows), as a navigation of words; the current one stands on a
// tinted ground with an accent bar under it. "Entities" is a page of its own there.
void wrapped_tabs(const AppState& state, AppWindow& w, Actions& actions, bool detail_instead) {
    const Language lang = state.view.language;
    if (w.shown_view != state.view.current) w.entities_shown = false;  // set from outside: the view shows
    const auto tab = [&](const char* title, bool current, const std::string& target) {
        const float width = ImGui::CalcTextSize(title).x + 2 * ImGui::GetStyle().FramePadding.x;
        if (target != "tab:overview") same_line_if_fits(width);
        ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(current ? ImGuiCol_TabActive : ImGuiCol_WindowBg));
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(current ? ImGuiCol_Text : ImGuiCol_TextDisabled));
        ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 0.0f);
        const bool clicked = ImGui::Button(title);
        ImGui::PopStyleVar();
        ImGui::PopStyleColor(2);
        if (current) {
            const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
            ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(a.x + 2, b.y - 3), ImVec2(b.x - 2, b.y), ImGui::GetColorU32(ImGuiCol_CheckMark), 1.5f);
        }
        report_target(actions, target);
        return clicked;
    };
    // The overview first: where a reader lands, what the data shows and where to start.
    const bool overview = state.view.overview_first && state.view.overview_over == state.view.current && !w.entities_shown;
    if (tab(tr("Overview", lang), overview, "tab:overview")) {
        actions.show_overview = true;
        w.entities_shown = false;
    }
    for (const View view : kViews) {
        if (!tab(view_title(view, lang), !w.entities_shown && !overview && view == state.view.current, std::string("tab:") + view_name(view))) continue;
        actions.show_view = view;
        w.entities_shown = false;
        // (A tap on a tab shows that tab, not the deal selected in the last one: its detail had stood in the table's place.)
        if (view != state.view.current) w.tab_switched_over = selection_key(state.selection);
    }
    if (tab(tr("Entities", lang), w.entities_shown, "tab:entities")) w.entities_shown = true;
    ImGui::Separator();
    if (w.entities_shown && !state.selection.entity.empty()) {
        // An entity picked from the list opens in its place, with the way back to the list.
        ImGui::BeginChild("view-body");
        if (ImGui::Button(("\xE2\x86\x90 " + std::string(tr("Back", lang))).c_str())) actions.select_entity = std::string();
        draw_detail(state, w.detail, actions);
        ImGui::EndChild();
    } else if (w.entities_shown) {
        draw_entity_list(state, w.entity_list, actions);
    } else if (overview && !detail_instead) {
        ImGui::BeginChild("view-body");
        draw_overview(state, w.detail.overview, actions, true);
        ImGui::Spacing();
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextDisabled("%s", tr("Tap a question, or a view above: every deal opens with its sources.", lang));
        ImGui::PopTextWrapPos();
        ImGui::EndChild();
    } else {
        view_body(state.view.current, state, w, actions, detail_instead);
    }
    w.shown_view = actions.show_view.value_or(state.view.current);
}

// The centre tabs. The state says which is shown: when it changed from outside (setView(),
// "Open in article") the tab bar is told once; otherwise the tab ImGui shows is what was clicked.
void view_tabs(const AppState& state, AppWindow& w, Actions& actions, bool with_entities, bool detail_instead) {
    std::optional<View>& shown = w.shown_view;
    const bool follow_state = shown != state.view.current;
    const Language lang = state.view.language;
    if (!ImGui::BeginTabBar("views", ImGuiTabBarFlags_FittingPolicyScroll)) return;
    // A tab the user clicked; a view asked for from inside a tab's body ("Show on the timeline") is
    // a change from outside, which the tab bar is told of in the next frame.
    std::optional<View> clicked;
    for (const View view : kViews) {
        const ImGuiTabItemFlags flags = follow_state && view == state.view.current ? ImGuiTabItemFlags_SetSelected : 0;
        const std::string label = std::string(view_title(view, lang)) + "###" + view_name(view);
        const bool open = ImGui::BeginTabItem(label.c_str(), nullptr, flags);
        report_target(actions, std::string("tab:") + view_name(view));
        if (!open) continue;
        if (!follow_state && view != state.view.current) actions.show_view = clicked = view;
        view_body(view, state, w, actions, detail_instead);
        ImGui::EndTabItem();
    }
    if (with_entities) {
        const bool open = ImGui::BeginTabItem((std::string(tr("Entities", lang)) + "###entities").c_str());
        report_target(actions, "tab:entities");
        if (open) {
            draw_entity_list(state, w.entity_list, actions);
            ImGui::EndTabItem();
        }
    }
    ImGui::EndTabBar();
    shown = follow_state ? std::optional(state.view.current) : std::optional(clicked.value_or(state.view.current));
}

void keyboard(const AppState& state, Actions& actions, bool& focus_search) {
    const ImGuiIO& io = ImGui::GetIO();
    if (io.WantTextInput) {
        if (key_pressed(ImGuiKey_Escape)) actions.set_query = std::string();
        return;
    }
    if (typed('/')) focus_search = true;
    if (key_pressed(ImGuiKey_Escape)) actions.clear_selection = true;
    // Ctrl+C: the selected event's quote with its citation; in the events view without one, the table as CSV.
    if (io.KeyCtrl && key_pressed(ImGuiKey_C)) {
        if (state.selection.event && !state.data.events.events[*state.selection.event].sources.empty()) {
            const Citation& c = state.data.events.events[*state.selection.event].sources.front();
            const auto a = article_index(state, c.article);
            ImGui::SetClipboardText(citation_text(c, a ? &state.data.corpus.articles[*a] : nullptr).c_str());
        } else if (state.view.current == View::events) {
            ImGui::SetClipboardText(export_table(state.data.events, state.derived.filtered, state.data.gazetteer, state.data.corpus.articles, TableFormat::dealscope).c_str());
        }
    }
    // Left and right step through events, unless the keyboard is moving between widgets (ImGui's
    // highlight shows). Stepping drops widget focus so that the next arrow steps again.
    if (!io.NavVisible) {
        if (key_pressed(ImGuiKey_RightArrow)) actions.step_event = 1;
        if (key_pressed(ImGuiKey_LeftArrow)) actions.step_event = -1;
        if (actions.step_event != 0) ImGui::SetWindowFocus(nullptr);
    }
}
}  // namespace

void draw_app_window(AppState& state, AppWindow& w) {
    std::optional<bool>& themed_dark = w.themed_dark;
    if (themed_dark != state.view.dark) {
        apply_theme(state.view.dark);
        themed_dark = state.view.dark;
    }
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;
    ImGui::Begin("dealscope", nullptr, flags);
    Actions actions;
    actions.report_drawn = true;
    actions.drawn.pointer = ImGui::IsMousePosValid();
    const bool focus_now = w.focus_search;
    w.focus_search = false;
    keyboard(state, actions, w.focus_search);
    if (state.host.embed) {
        draw_embed_frame(state, w, actions, draw_view);
        ImGui::End();
        apply_actions(state, actions);
        return;
    }
    // A phone folds the header to three short lines (the question, the data in brief, the search and a
    // menu); elsewhere the masthead and the top bar.
    if (ImGui::GetContentRegionAvail().x < kWrappedTabsWidth) {
        draw_phone_header(state, w.top_bar, w.detail.overview, actions, focus_now, masthead_words(state, w));
    } else {
        masthead(state, w, actions);
        draw_top_bar(state, w.top_bar, actions, focus_now);
    }
    ImGui::Separator();
    // A data pack refused (made with other reading rules, not on this site) changes nothing the reader sees — the
    // articles were read instead — so it goes to the console and state().problems, not above the page.
    std::vector<Problem> shown = all_problems(state);
    std::erase_if(shown, [](const Problem& p) { return p.code == MessageCode::pack_refused && p.severity == Severity::warning; });
    draw_problems(shown, state.view.language);

    const float width = ImGui::GetContentRegionAvail().x;
    const bool has_selection = state.selection.event || state.selection.flow || !state.selection.group.empty() || !state.selection.entity.empty();
    if (width >= kThreePaneWidth) {
        ImGui::BeginChild("entities", ImVec2(width >= 1250 ? 360.0f : 320.0f, 0), false);  // names need the room of four labelled columns
        draw_entity_list(state, w.entity_list, actions);
        ImGui::EndChild();
        ImGui::SameLine();
    }
    if (width >= kTwoPaneWidth) {
        const float detail_width = std::clamp(width * 0.22f, 280.0f, 380.0f);  // 282 at 1280: the entity list took 60 more
        ImGui::BeginChild("centre", ImVec2(ImGui::GetContentRegionAvail().x - detail_width - 8, 0), false);
        view_tabs(state, w, actions, width < kThreePaneWidth, false);
        ImGui::EndChild();
        ImGui::SameLine();
        ImGui::BeginChild("detail", ImVec2(0, 0), true);
        // A way out of any detail back to the overview, in the panel's corner (Escape does the same).
        const Selection& sel = state.selection;
        if (sel.event || sel.flow || !sel.entity.empty() || !sel.group.empty()) {
            const ImVec2 start = ImGui::GetCursorPos();
            const float close_width = ImGui::CalcTextSize("\xC3\x97").x + 2 * ImGui::GetStyle().FramePadding.x;
            ImGui::SetCursorPos(ImVec2(ImGui::GetWindowContentRegionMax().x - close_width, start.y));
            if (ImGui::SmallButton("\xC3\x97###close-detail")) actions.clear_selection = true;
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("Close (Esc): back to the overview", state.view.language));
            report_target(actions, "detail:close");
            ImGui::SetCursorPos(start);
            ImGui::PushTextWrapPos(ImGui::GetWindowContentRegionMax().x - close_width - 6);  // titles wrap before the ×
            draw_detail(state, w.detail, actions);
            ImGui::PopTextWrapPos();
        } else {
            draw_detail(state, w.detail, actions);
        }
        ImGui::EndChild();
    } else {
        // One pane: the detail replaces the view while something is selected (not in the reader,
        // which shows the selection itself).
        if (w.tab_switched_over && *w.tab_switched_over != selection_key(state.selection)) w.tab_switched_over.reset();
        const bool over_switched_tab = w.tab_switched_over.has_value() && state.view.current != View::timeline && state.view.current != View::network;
        const bool detail_instead = has_selection && state.view.current != View::articles && !over_switched_tab;
        if (width < kWrappedTabsWidth) wrapped_tabs(state, w, actions, detail_instead);
        else view_tabs(state, w, actions, true, detail_instead);
    }
    ImGui::End();
    apply_actions(state, actions);
}

}  // namespace ds::ui

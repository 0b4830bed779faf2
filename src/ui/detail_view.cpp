#include "detail_view.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include <imgui.h>
#include <imgui_internal.h>

#include "core/events/event_format.h"
#include "explorer/app_state.h"
#include "explorer/flow_rows.h"
#include "explorer/layout/text_layout.h"
#include "explorer/relation_words.h"
#include "click_targets.h"
#include "event_colors.h"
#include "flowing_items.h"
#include "fonts.h"
#include "overview_view.h"
#include "strings.h"
#include "user_entity_editor.h"
#include "wrapped_rows.h"

namespace ds::ui {

namespace {

// A title wraps where the panel says (before its ×: a German title ran under it), else at the edge.
void push_title_wrap() {
    const float outer = ImGui::GetCurrentWindowRead()->DC.TextWrapPos;
    ImGui::PushTextWrapPos(outer >= 0 ? outer : 0.0f);
}

std::string sources_text(int n, Language lang) {
    const bool de = lang == Language::de;
    return std::to_string(n) + (de ? (n == 1 ? " Quelle" : " Quellen") : (n == 1 ? " source" : " sources"));
}

// One kind of an entity's totals, then a line per counterparty (never only the sum over several).
void totals_by_counterparty(const AppState& state, const char* label, const std::vector<std::size_t>& flows, bool outgoing, Actions& actions) {
    if (flows.empty()) return;
    const Language lang = state.view.language;
    ImGui::TextDisabled("%s", tr(label, lang));
    for (const std::size_t i : flows) {
        const Flow& f = state.derived.flow_table[i];
        const Entity* other = state.data.gazetteer.find(outgoing ? f.to : f.from);
        const std::string line = std::string(outgoing ? "\xE2\x86\x92 " : "\xE2\x86\x90 ") + (other ? other->name : (outgoing ? f.to : f.from)) + ": " +
                                 total_text(f.total, lang) + " (" + events_count_text(static_cast<int>(f.events.size()), lang) + ")";
        ImGui::PushID(static_cast<int>(i));
        if (wrapped_selectable(line, false)) actions.select_flow = key_of(f);
        ImGui::PopID();
    }
}

void flow_detail(const AppState& state, const Flow& f, DetailViewState& view, Actions& actions) {
    const Language lang = state.view.language;
    if (view.generation != state.derived.generation || view.flow != key_of(f)) {
        view.flow_events = flow_events(f, state.data.events, state.derived.time_ordered);
        view.generation = state.derived.generation;
        view.flow = key_of(f);
    }
    const auto name = [&](const std::string& id) {
        const Entity* e = state.data.gazetteer.find(id);
        return e ? e->name : id;
    };
    ImGui::PushFont(heading_font());
    push_title_wrap();
    ImGui::TextUnformatted((name(f.from) + " \xE2\x86\x92 " + name(f.to)).c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopFont();
    // A flow of table rows quotes no article: "from a table", not "0 sources".
    const std::string sources = f.sources == 0 ? std::string(tr("from a table", lang)) : sources_text(f.sources, lang);
    ImGui::TextDisabled("%s · %s · %s", flow_kind_label(f.kind, lang), events_count_text(static_cast<int>(f.events.size()), lang).c_str(), sources.c_str());
    text_wrapped_at_spaces(total_text(f.total, lang));
    ImGui::Separator();
    for (const std::size_t i : view.flow_events) {
        const Event& e = state.data.events.events[i];
        ImGui::PushID(static_cast<int>(i));
        ImGui::TextColored(mark_on_page(type_color(e.type)), "■");
        ImGui::SameLine();
        std::string line = event_date_text(e, lang);
        if (const std::string amount = event_amount_text(e, lang); !amount.empty()) line += " · " + amount;
        line += " · " + type_label(e.status, lang);
        if (!e.claim.empty()) line += lang == Language::de ? " · umstritten" : " · disputed";
        line += "\n" + event_summary(e, lang);
        if (wrapped_selectable(line, false)) actions.select_event = i;
        if (ImGui::IsItemVisible()) report_target(actions, "event:" + e.id);
        ImGui::PopID();
    }
}

// A timeline cluster's events: the families they belong to, a way to zoom to them, and a line each
// (a cluster can hold thousands: only the lines in view are laid out).
void group_detail(const AppState& state, const std::vector<std::size_t>& group, Actions& actions) {
    const Language lang = state.view.language;
    const auto& events = state.data.events.events;
    ImGui::PushFont(heading_font());
    ImGui::TextUnformatted(events_count_text(static_cast<int>(group.size()), lang).c_str());
    ImGui::PopFont();
    ImGui::TextDisabled("%s", tr("events close together on the timeline", lang));
    if (const auto scale = fit_events(state, group); scale && ImGui::SmallButton(tr("Zoom the timeline to them", lang))) {
        actions.set_time = *scale;
        actions.show_view = View::timeline;
    }
    ImGui::Separator();
    const float width = ImGui::GetContentRegionAvail().x;
    const auto measure = [](std::string_view t) { return ImGui::CalcTextSize(t.data(), t.data() + t.size()).x; };
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(group.size()));
    while (clipper.Step()) {
        for (int k = clipper.DisplayStart; k < clipper.DisplayEnd; ++k) {
            const std::size_t i = group[static_cast<std::size_t>(k)];
            if (i >= events.size()) continue;
            const Event& e = events[i];
            ImGui::PushID(k);
            ImGui::TextColored(mark_on_page(type_color(e.type)), "■");
            ImGui::SameLine();
            std::string line = event_date_text(e, lang) + " · " + event_participants_text(e, state.data.gazetteer);
            if (const std::string amount = event_amount_short(e, lang); !amount.empty()) line += " · " + amount;
            const std::string shown = fit_with_ellipsis(line, width - ImGui::GetCursorPosX() - 4, measure);
            if (ImGui::Selectable(shown.c_str(), false)) actions.select_event = i;
            if (shown != line && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", line.c_str());
            if (ImGui::IsItemVisible()) report_target(actions, "event:" + e.id);
            ImGui::PopID();
        }
    }
}

void event_detail(const AppState& state, const Event& e, Actions& actions) {
    const Language lang = state.view.language;
    ImGui::PushFont(heading_font());
    push_title_wrap();
    ImGui::TextUnformatted(event_summary(e, lang).c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopFont();
    ImGui::TextColored(mark_on_page(type_color(e.type)), "■");
    ImGui::SameLine();
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ImGui::TextWrapped("%s · %s · %s", event_date_text(e, lang).c_str(), type_label(e.type, lang).c_str(), type_label(e.status, lang).c_str());
    ImGui::PopStyleColor();
    ImGui::TextWrapped("%s", event_participants_text(e, state.data.gazetteer).c_str());
    const std::string amount = event_amount_text(e, lang);
    if (!amount.empty()) ImGui::TextUnformatted(amount.c_str());
    for (std::size_t t = 0; t < e.terms.size(); ++t) ImGui::TextWrapped("%s", term_text(e, t, lang).c_str());
    if (e.by_user) {
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextDisabled("%s", tr(e.table ? "Imported by you from a table" : "Added by you from an article", lang));
        ImGui::PopTextWrapPos();
        // Beside the words when it fits there, else under them (German runs longer).
        const float button = ImGui::CalcTextSize(tr("Remove", lang)).x + 2 * ImGui::GetStyle().FramePadding.x;
        if (ImGui::GetWindowContentRegionMax().x - (ImGui::GetItemRectMax().x - ImGui::GetWindowPos().x) > button + 12) ImGui::SameLine();
        if (ImGui::SmallButton(tr("Remove", lang))) actions.remove_user_event = e.id;
    }
    // The curated claim about it, or those found where the user's articles disagree on the deal.
    std::vector<const Claim*> claims = claims_of_user_event(state.derived.review, e);
    if (!e.claim.empty())
        for (const Claim& c : state.data.events.claims)
            if (c.id == e.claim && c.conflicting) claims.push_back(&c);
    for (const Claim* c : claims) {
        ImGui::PushStyleColor(ImGuiCol_Text, attention_color());
        ImGui::TextWrapped("%s: %s", tr("Sources disagree", lang), claim_fact(*c, lang).c_str());
        ImGui::PopStyleColor();
        for (const auto& a : c->assertions) {
            ImGui::Bullet();
            // Who says it, as a reader names a source: an article without a publisher (the user's own,
            // often) by its title; the file id only where no article is loaded.
            const auto source = article_index(state, a.source.article);
            const Article* article = source ? &state.data.corpus.articles[*source] : nullptr;
            const std::string who = !article ? a.source.article : article->publisher.empty() ? article->display_title() : source_text(*article, lang);
            ImGui::TextWrapped("%s (%s)", assertion_says(a, lang).c_str(), who.c_str());
        }
    }
    ImGui::Separator();
    ImGui::TextDisabled("%s", tr("Sources", lang));
    if (e.table) {
        // A row of a spreadsheet quotes no sentence: said plainly, apart from the article-backed quotes.
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextUnformatted(table_source_text(*e.table, lang).c_str());
        if (!e.table->url.empty()) ImGui::TextDisabled("%s", e.table->url.c_str());
        ImGui::PopTextWrapPos();
        if (!e.table->url.empty() && ImGui::SmallButton(tr("Copy link", lang))) ImGui::SetClipboardText(e.table->url.c_str());
        ImGui::Spacing();
    }
    for (std::size_t k = 0; k < e.sources.size(); ++k) {
        const Citation& c = e.sources[k];
        const Article* article = nullptr;
        for (const auto& a : state.data.corpus.articles) {
            if (a.id == c.article) article = &a;
        }
        ImGui::PushID(static_cast<int>(k));
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextUnformatted(quoted(c.quote, lang).c_str());
        ImGui::PopTextWrapPos();
        if (article) {
            ImGui::PushTextWrapPos(0.0f);  // "…, date inferred" wraps rather than running off the panel
            ImGui::TextDisabled("%s", source_text(*article, lang).c_str());
            ImGui::PopTextWrapPos();
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", article->file.c_str());  // the file, for who needs it
            // The button goes on the same line only when it fits there.
            const float button = ImGui::CalcTextSize(tr("Open in article", lang)).x + 2 * ImGui::GetStyle().FramePadding.x;
            if (ImGui::GetWindowContentRegionMax().x - (ImGui::GetItemRectMax().x - ImGui::GetWindowPos().x) > button + 12) ImGui::SameLine();
        }
        if (ImGui::SmallButton(tr("Open in article", lang))) actions.open_citation = std::pair{c.article, c.range};
        // Beside it when it fits, else under it (it ran past a narrow panel's edge).
        if (flowing_button(tr("Copy quote", lang))) ImGui::SetClipboardText(citation_text(c, article).c_str());
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("The quote with publisher, title and date (Ctrl+C)", lang));
        ImGui::PopID();
        ImGui::Spacing();
    }
}

void entity_detail(const AppState& state, const Entity& entity, DetailViewState& view, Actions& actions) {
    const Language lang = state.view.language;
    ImGui::PushFont(heading_font());
    ImGui::TextUnformatted(entity.name.c_str());
    ImGui::PopFont();
    ImGui::TextDisabled("%s", tr(entity.kind.c_str(), lang));
    if (entity.by_user) draw_user_entity_editor(state, entity, view.entity_editor, actions);
    // A name of the user's just moved here: said where the user looks.
    if (state.user.notice.code == NoticeCode::entity_merged && state.user.notice.format == entity.name)
        ImGui::TextWrapped("%s", notice_text(state.user.notice, lang).c_str());
    // Kin in words ("part of Amazon"), each a way to the kin's own detail: why AWS and Amazon, or
    // Azure and Microsoft, are two parties on the chart.
    for (std::size_t k = 0; k < entity.relations.size(); ++k) {
        const EntityRelation& r = entity.relations[k];
        ImGui::PushID(static_cast<int>(k));
        if (wrapped_selectable(relation_text(r, state.data.gazetteer, lang), false) && state.data.gazetteer.find(r.target)) actions.select_entity = r.target;
        ImGui::PopID();
    }
    // Totals per counterparty, over the events shown: a sum over several recipients says little.
    const Counterparties c = counterparties(state.derived.flow_table, entity.id);
    totals_by_counterparty(state, "Invested in", c.invested_in, true, actions);
    totals_by_counterparty(state, "Received from", c.received_from, false, actions);
    totals_by_counterparty(state, "Sells compute to", c.sold_compute_to, true, actions);
    totals_by_counterparty(state, "Buys compute from", c.bought_compute_from, false, actions);
    const bool filtered = state.view.filters.entity == entity.id;
    // (A name found by search may have no deal here: said so, not an empty panel with a filter that would show nothing.)
    const auto counted = state.derived.event_counts.find(entity.id);
    if (!filtered && (counted == state.derived.event_counts.end() || counted->second == 0)) {
        ImGui::Separator();
        ImGui::TextWrapped("%s", tr("No deals of this entity in the data shown.", lang));
        return;
    }
    if (ImGui::SmallButton(filtered ? tr("Clear filters", lang) : tr("Show only this entity", lang))) {
        Filters f = state.view.filters;
        f.entity = filtered ? "" : entity.id;
        actions.set_filters = f;
    }
    report_target(actions, "entity:only");
    ImGui::Separator();
    for (const std::size_t i : state.derived.time_ordered) {
        const Event& e = state.data.events.events[i];
        bool involved = false;
        for (const auto& p : e.participants) involved |= p.entity == entity.id;
        if (!involved) continue;
        ImGui::PushID(static_cast<int>(i));
        ImGui::TextColored(mark_on_page(type_color(e.type)), "■");
        ImGui::SameLine();
        const std::string line = event_date_text(e, lang) + "  " + event_summary(e, lang);
        if (wrapped_selectable(line, state.selection.event == i)) actions.select_event = i;
        ImGui::PopID();
    }
}

}  // namespace

const char* list_of_selected_event(const AppState& state) {
    if (!state.selection.event) return nullptr;
    const Event& e = state.data.events.events[*state.selection.event];
    const auto flow = state.selection.flow ? find_flow(state.derived.flow_table, *state.selection.flow) : std::nullopt;
    const auto& group = state.selection.group;
    const bool in_group = std::find(group.begin(), group.end(), *state.selection.event) != group.end();
    const bool in_flow = flow && std::find(state.derived.flow_table[*flow].events.begin(), state.derived.flow_table[*flow].events.end(), e.id) !=
                                     state.derived.flow_table[*flow].events.end();
    return in_flow ? "All events of this flow" : in_group ? "All events of this cluster" : nullptr;
}

void draw_detail(const AppState& state, DetailViewState& view, Actions& actions) {
    const auto flow = state.selection.flow ? find_flow(state.derived.flow_table, *state.selection.flow) : std::nullopt;
    if (state.selection.event) {
        const Event& e = state.data.events.events[*state.selection.event];
        actions.drawn.detail = e.id;
        // The way back to the list the event was opened from, unless the page above has it already.
        if (const char* list = list_of_selected_event(state); list && !view.way_back_above) {
            const std::string back = "\xE2\x86\x90 " + std::string(tr(list, state.view.language));
            if (ImGui::SmallButton(back.c_str())) actions.close_event = true;
        }
        event_detail(state, e, actions);
    } else if (!state.selection.group.empty()) {
        actions.drawn.detail = "group:" + std::to_string(state.selection.group.size());
        group_detail(state, state.selection.group, actions);
    } else if (flow) {
        const Flow& f = state.derived.flow_table[*flow];
        actions.drawn.detail = flow_key_text(key_of(f));
        flow_detail(state, f, view, actions);
    } else if (const Entity* entity = state.selection.entity.empty() ? nullptr : state.data.gazetteer.find(state.selection.entity)) {
        actions.drawn.detail = entity->id;
        entity_detail(state, *entity, view, actions);
    } else {
        draw_overview(state, view.overview, actions);
    }
}

}  // namespace ds::ui

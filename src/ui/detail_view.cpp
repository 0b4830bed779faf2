#include "detail_view.h"

#include <string>

#include <imgui.h>

#include "core/events/event_format.h"
#include "event_colors.h"
#include "fonts.h"
#include "strings.h"

namespace ds::ui {

namespace {

std::string money_total(const Total& t, Language lang) {
    if (t.events == 0) return "–";
    const bool de = lang == Language::de;
    std::string out = t.value > 0 ? std::string(t.upper_bound ? (de ? "bis zu " : "up to ") : "") + compact_money(t.value, "USD", lang)
                                  : std::string(de ? "Betrag nicht genannt" : "amount not reported");
    if (t.disputed) out += de ? " (umstritten)" : " (disputed)";
    return out + " · " + std::to_string(t.events) + (de ? (t.events == 1 ? " Ereignis" : " Ereignisse") : (t.events == 1 ? " event" : " events"));
}

void event_detail(const AppState& state, const Event& e, Actions& actions) {
    const Language lang = state.view.language;
    ImGui::PushFont(heading_font());
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted((lang == Language::de ? e.summary_de : e.summary_en).c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopFont();
    ImGui::TextColored(type_color(e.type), "■");
    ImGui::SameLine();
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ImGui::TextWrapped("%s · %s · %s", event_date_text(e, lang).c_str(), type_label(e.type, lang).c_str(), type_label(e.status, lang).c_str());
    ImGui::PopStyleColor();
    ImGui::TextWrapped("%s", event_participants_text(e, state.data.gazetteer).c_str());
    const std::string amount = event_amount_text(e, lang);
    if (!amount.empty()) ImGui::TextUnformatted(amount.c_str());
    for (const auto& [key, value] : e.terms) ImGui::TextWrapped("%s: %s", key.c_str(), value.c_str());
    if (e.by_user) {
        ImGui::TextDisabled("%s", tr("Added by you from a candidate", lang));
        ImGui::SameLine();
        if (ImGui::SmallButton(tr("Remove", lang))) actions.remove_user_event = e.id;
    }
    if (!e.claim.empty()) {
        for (const Claim& c : state.data.events.claims) {
            if (c.id != e.claim || !c.conflicting) continue;
            ImGui::PushStyleColor(ImGuiCol_Text, attention_color());
            ImGui::TextWrapped("%s: %s", tr("Sources disagree", lang), c.fact.c_str());
            ImGui::PopStyleColor();
            for (const auto& a : c.assertions) {
                ImGui::Bullet();
                ImGui::TextWrapped("%s (%s)", a.says.c_str(), a.source.article.c_str());
            }
        }
    }
    ImGui::Separator();
    ImGui::TextDisabled("%s", tr("Sources", lang));
    for (std::size_t k = 0; k < e.sources.size(); ++k) {
        const Citation& c = e.sources[k];
        const Article* article = nullptr;
        for (const auto& a : state.data.corpus.articles) {
            if (a.id == c.article) article = &a;
        }
        ImGui::PushID(static_cast<int>(k));
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextUnformatted(("„" + c.quote + "“").c_str());
        ImGui::PopTextWrapPos();
        if (article) {
            ImGui::TextDisabled("%s", source_text(*article, lang).c_str());
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", article->file.c_str());  // the file, for who needs it
            // The button goes on the same line only when it fits there.
            const float button = ImGui::CalcTextSize(tr("Open in article", lang)).x + 2 * ImGui::GetStyle().FramePadding.x;
            if (ImGui::GetWindowContentRegionMax().x - (ImGui::GetItemRectMax().x - ImGui::GetWindowPos().x) > button + 12) ImGui::SameLine();
        }
        if (ImGui::SmallButton(tr("Open in article", lang))) actions.open_citation = std::pair{c.article, c.range};
        ImGui::SameLine();
        if (ImGui::SmallButton(tr("Copy quote", lang))) ImGui::SetClipboardText(citation_text(c, article).c_str());
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("The quote with publisher, title and date (Ctrl+C)", lang));
        ImGui::PopID();
        ImGui::Spacing();
    }
}

void entity_detail(const AppState& state, const Entity& entity, Actions& actions) {
    const Language lang = state.view.language;
    ImGui::PushFont(heading_font());
    ImGui::TextUnformatted(entity.name.c_str());
    ImGui::PopFont();
    ImGui::TextDisabled("%s", entity.kind.c_str());
    for (const auto& r : entity.relations) {
        const Entity* target = state.data.gazetteer.find(r.target);
        ImGui::TextWrapped("%s %s", r.type.c_str(), target ? target->name.c_str() : r.target.c_str());
    }
    const auto& totals = state.derived.totals;
    if (const auto t = totals.find(entity.id); t != totals.end()) {
        ImGui::Text("%s: %s", tr("invested", lang), money_total(t->second.invested, lang).c_str());
        ImGui::Text("%s: %s", tr("received", lang), money_total(t->second.received, lang).c_str());
        ImGui::Text("%s: %s", tr("compute bought", lang), money_total(t->second.compute_bought, lang).c_str());
        ImGui::Text("%s: %s", tr("compute sold", lang), money_total(t->second.compute_sold, lang).c_str());
    }
    const bool filtered = state.view.filters.entity == entity.id;
    if (ImGui::SmallButton(filtered ? tr("Clear filters", lang) : tr("Show only this entity", lang))) {
        Filters f = state.view.filters;
        f.entity = filtered ? "" : entity.id;
        actions.set_filters = f;
    }
    ImGui::Separator();
    for (const std::size_t i : state.derived.time_ordered) {
        const Event& e = state.data.events.events[i];
        bool involved = false;
        for (const auto& p : e.participants) involved |= p.entity == entity.id;
        if (!involved) continue;
        ImGui::PushID(static_cast<int>(i));
        ImGui::TextColored(type_color(e.type), "■");
        ImGui::SameLine();
        const std::string line = event_date_text(e, lang) + "  " + (lang == Language::de ? e.summary_de : e.summary_en);
        if (ImGui::Selectable(line.c_str(), state.selection.event == i)) actions.select_event = i;
        ImGui::PopID();
    }
}

}  // namespace

void draw_detail(const AppState& state, Actions& actions) {
    if (state.selection.event) {
        const Event& e = state.data.events.events[*state.selection.event];
        actions.drawn.detail = e.id;
        event_detail(state, e, actions);
    } else if (const Entity* entity = state.selection.entity.empty() ? nullptr : state.data.gazetteer.find(state.selection.entity)) {
        actions.drawn.detail = entity->id;
        entity_detail(state, *entity, actions);
    } else {
        ImGui::TextDisabled("%s", tr("Nothing selected", state.view.language));
    }
}

}  // namespace ds::ui

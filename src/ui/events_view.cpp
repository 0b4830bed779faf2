#include "events_view.h"

#include <algorithm>
#include <string>

#include <imgui.h>

#include "core/event_format.h"
#include "fonts.h"

namespace ds::ui {

namespace {
constexpr float kNarrowWidth = 700.0f;

std::string sources_text(const Event& e) {
    std::string s = std::to_string(e.sources.size()) + (e.sources.size() == 1 ? " source" : " sources");
    return e.claim.empty() ? s : s + " · disputed";
}

void table(const AppState& state, Actions& actions, float height) {
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("events", 6, flags, ImVec2(0, height))) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("Date", ImGuiTableColumnFlags_WidthStretch, 0.9f);
    ImGui::TableSetupColumn("Type", ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn("Participants", ImGuiTableColumnFlags_WidthStretch, 2.2f);
    ImGui::TableSetupColumn("Amount", ImGuiTableColumnFlags_WidthStretch, 1.5f);
    ImGui::TableSetupColumn("Status", ImGuiTableColumnFlags_WidthStretch, 0.8f);
    ImGui::TableSetupColumn("Sources", ImGuiTableColumnFlags_WidthStretch, 0.9f);
    ImGui::TableHeadersRow();
    const auto& events = state.events.events;
    for (std::size_t i = 0; i < events.size(); ++i) {
        const Event& e = events[i];
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::PushID(static_cast<int>(i));
        if (ImGui::Selectable(e.date.value == "XXXX" ? "unknown" : e.date.value.c_str(), state.selected_event == i,
                              ImGuiSelectableFlags_SpanAllColumns)) {
            actions.select_event = i;
        }
        ImGui::PopID();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(e.type.c_str());
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s", event_participants_text(e, state.gazetteer).c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(event_amount_text(e).c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(e.status.c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(sources_text(e).c_str());
    }
    ImGui::EndTable();
}

void stacked(const AppState& state, Actions& actions) {
    const auto& events = state.events.events;
    for (std::size_t i = 0; i < events.size(); ++i) {
        const Event& e = events[i];
        ImGui::PushID(static_cast<int>(i));
        const std::string line1 = event_participants_text(e, state.gazetteer);
        const std::string amount = event_amount_text(e);
        const std::string line2 = (e.date.value == "XXXX" ? std::string("date unknown") : e.date.value) + " · " + e.type +
                                  (amount.empty() ? "" : " · " + amount) + " · " + e.status;
        const float width = ImGui::GetContentRegionAvail().x;
        const ImVec2 start = ImGui::GetCursorPos();
        const float h = ImGui::CalcTextSize(line1.c_str(), nullptr, false, width).y + ImGui::CalcTextSize(line2.c_str(), nullptr, false, width).y +
                        ImGui::GetStyle().ItemSpacing.y;
        if (ImGui::Selectable("##event", state.selected_event == i, 0, ImVec2(width, h))) actions.select_event = i;
        ImGui::SetCursorPos(start);
        ImGui::PushTextWrapPos(start.x + width);
        ImGui::TextUnformatted(line1.c_str());
        ImGui::TextDisabled("%s", line2.c_str());
        ImGui::PopTextWrapPos();
        ImGui::Separator();
        ImGui::PopID();
    }
}

void detail(const AppState& state, const Event& e, Actions& actions) {
    ImGui::PushFont(heading_font());
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(e.summary_en.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopFont();
    ImGui::TextDisabled("%s · %s · %s", event_date_text(e).c_str(), e.type.c_str(), e.status.c_str());
    ImGui::TextWrapped("%s", event_participants_text(e, state.gazetteer).c_str());
    const std::string amount = event_amount_text(e);
    if (!amount.empty()) ImGui::TextUnformatted(amount.c_str());
    for (const auto& [key, value] : e.terms) ImGui::TextWrapped("%s: %s", key.c_str(), value.c_str());
    if (!e.claim.empty()) {
        for (const Claim& c : state.events.claims) {
            if (c.id != e.claim || !c.conflicting) continue;
            ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.55f, 0.35f, 0.0f, 1.0f));
            ImGui::TextWrapped("Sources disagree: %s", c.fact.c_str());
            ImGui::PopStyleColor();
            for (const auto& a : c.assertions) {
                ImGui::Bullet();
                ImGui::TextWrapped("%s (%s)", a.says.c_str(), a.source.article.c_str());
            }
        }
    }
    ImGui::Separator();
    for (std::size_t k = 0; k < e.sources.size(); ++k) {
        const Citation& c = e.sources[k];
        const Article* article = nullptr;
        for (const auto& a : state.corpus.articles) {
            if (a.id == c.article) article = &a;
        }
        ImGui::PushID(static_cast<int>(k));
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextUnformatted(("„" + c.quote + "“").c_str());
        ImGui::PopTextWrapPos();
        if (article) {
            const std::string where = (article->publisher.empty() ? article->id : article->publisher) +
                                      (article->date.value.empty() ? "" : ", " + article->date.value);
            ImGui::TextDisabled("%s", where.c_str());
            ImGui::SameLine();
        }
        if (ImGui::SmallButton("Open in article")) actions.open_citation = std::pair{c.article, c.range};
        ImGui::PopID();
        ImGui::Spacing();
    }
}
}  // namespace

void draw_events(const AppState& state, Actions& actions) {
    const float width = ImGui::GetContentRegionAvail().x;
    const Event* selected = state.selected_event ? &state.events.events[*state.selected_event] : nullptr;
    ImGui::TextDisabled("%zu events · %zu claims where sources disagree", state.events.events.size(), state.events.claims.size());
    if (width < kNarrowWidth) {
        if (selected) {
            if (ImGui::Button("\xE2\x86\x90 Events")) actions.close_event = true;  // ←
            ImGui::BeginChild("event-detail");
            detail(state, *selected, actions);
            ImGui::EndChild();
        } else {
            ImGui::BeginChild("event-list");
            stacked(state, actions);
            ImGui::EndChild();
        }
        return;
    }
    const float height = ImGui::GetContentRegionAvail().y;
    table(state, actions, selected ? height * 0.55f : 0.0f);
    if (selected) {
        ImGui::BeginChild("event-detail", ImVec2(0, 0), true);
        detail(state, *selected, actions);
        ImGui::EndChild();
    }
}

}  // namespace ds::ui

#include "article_list_view.h"

#include <algorithm>
#include <string>

#include <imgui.h>
#include <imgui_stdlib.h>

#include "core/events/event_format.h"
#include "explorer/user_data.h"
#include "explorer/user_table.h"
#include "event_colors.h"
#include "click_targets.h"
#include "flowing_items.h"
#include "review_view.h"
#include "strings.h"
#include "wrapped_rows.h"

namespace ds::ui {

namespace {
// "Mindverse, 21 October 2024 · 8 paragraphs", "publisher not named, January 2023, date inferred · …":
// reader words; the file name shows only for the user's own articles (and in the tooltip).
std::string summary_line(const Article& a, bool yours, Language language) {
    const bool de = language == Language::de;
    std::string line = (yours ? (de ? "Ihr Artikel · " : "Yours · ") + a.file + " · " : std::string()) + source_text(a, language);
    const std::size_t n = a.body_paragraph_count();
    line += " · " + std::to_string(n) + (de ? (n == 1 ? " Absatz" : " Absätze") : (n == 1 ? " paragraph" : " paragraphs"));
    return line;
}
// A label in the UI's language with an ID that stays the same in both ("Ihre Daten###your data").
// "1 eigener Artikel", "2 eigene Artikel"; "1 eigenes Ereignis", "2 eigene Ereignisse".
std::string own_articles_de(std::size_t n) { return std::to_string(n) + (n == 1 ? " eigener Artikel" : " eigene Artikel"); }
std::string own_events_de(std::size_t n) { return std::to_string(n) + (n == 1 ? " eigenes Ereignis" : " eigene Ereignisse"); }
// ImGui takes the ID from "###…" onwards, so the dialog is opened by that same "###…" string.
constexpr const char* kPasteDialog = "###paste";
constexpr const char* kDeleteDialog = "###delete your data";
std::string label(const char* en, Language language, const char* id) { return std::string(tr(en, language)) + id; }

// "Paste text…": a field to paste an article or a spreadsheet's range into (Ctrl+V on the page
// outside a field works too).
void paste_dialog(ArticleListState& view, Actions& actions, Language language) {
    std::string& text = view.paste_text;
    std::string& name = view.paste_name;
    const ImVec2 size(std::min(ImGui::GetIO().DisplaySize.x * 0.9f, 640.0f), std::min(ImGui::GetIO().DisplaySize.y * 0.8f, 480.0f));
    ImGui::SetNextWindowSize(size, ImGuiCond_Appearing);
    if (!ImGui::BeginPopupModal(label("Paste an article or a table", language, kPasteDialog).c_str(), nullptr)) return;
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextDisabled("%s", tr("A range copied from a spreadsheet becomes events when its header row names the columns (date, type, from, to, amount …).", language));
    ImGui::PopTextWrapPos();
    ImGui::SetNextItemWidth(-1);
    ImGui::InputTextWithHint("##name", tr("Name (optional), e.g. reuters-2025-09-22", language), &name);
    if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
    // Tabs kept: a range copied from a spreadsheet is tab-separated (ImGui drops them otherwise).
    ImGui::InputTextMultiline("##text", &text, ImVec2(-1, ImGui::GetContentRegionAvail().y - ImGui::GetFrameHeightWithSpacing() * 1.5f),
                              ImGuiInputTextFlags_AllowTabInput);
    ImGui::BeginDisabled(text.find_first_not_of(" \t\r\n") == std::string::npos);
    // A pasted range says so by its first line: the button says what will happen.
    const bool table = looks_like_table("", text);
    if (ImGui::Button(tr(table ? "Import table" : "Add article", language))) {
        actions.add_file = std::pair{(name.empty() ? std::string("pasted-text") : name) + ".txt", text};
        text.clear();
        name.clear();
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button(tr("Cancel", language))) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

// "Your data": export, import and delete the user's articles and events, and whether they are saved.
void your_data_popup(const AppState& state, Actions& actions) {
    if (!ImGui::BeginPopup("your data")) return;
    const Language language = state.view.language;
    const bool de = language == Language::de;
    std::size_t events = 0;
    for (const Event& e : state.data.events.events) events += e.by_user ? 1 : 0;
    const std::size_t articles = state.data.corpus.articles.size() - state.user.first_article;
    if (de) ImGui::Text("%s, %s", own_articles_de(articles).c_str(), own_events_de(events).c_str());
    else ImGui::Text("%zu of your articles, %zu of your events", articles, events);
    if (!state.user.problems.empty()) {
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 22);
        ImGui::TextColored(attention_color(), "%s", problem_text(state.user.problems.front(), state.view.language).c_str());
        ImGui::PopTextWrapPos();
    } else {
        ImGui::TextDisabled("%s", tr(state.user.revision == state.user.saved_revision ? "Kept in this browser" : "Saving…", language));
    }
    ImGui::Separator();
    if (ImGui::Selectable(tr("Export (JSON)", language))) actions.export_user_data = true;
    if (!state.user.kept_aside.empty() && ImGui::Selectable(tr("Export unreadable records", language))) actions.export_kept_aside = true;
    if (state.host.can_pick_files && ImGui::Selectable(tr("Import…", language))) actions.pick_file = true;
    ImGui::BeginDisabled(articles == 0 && events == 0 && state.user.kept_aside.empty());
    if (ImGui::Selectable(tr("Delete your data…", language), false, ImGuiSelectableFlags_DontClosePopups)) ImGui::OpenPopup(kDeleteDialog);
    ImGui::EndDisabled();
    if (ImGui::BeginPopupModal(label("Delete your data", language, kDeleteDialog).c_str(), nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
        if (de) ImGui::Text("%s und %s aus diesem Browser löschen?", own_articles_de(articles).c_str(), own_events_de(events).c_str());
        else ImGui::Text("Delete %zu articles and %zu events of yours from this browser?", articles, events);
        if (!state.user.kept_aside.empty()) {
            ImGui::Text(de ? "Die %zu gespeicherten Einträge, die nicht lesbar waren, werden mitgelöscht." : "The %zu saved records that could not be read go too.",
                        state.user.kept_aside.size());
        }
        ImGui::TextDisabled("%s", tr("Export them first if you want to keep a copy.", language));
        if (ImGui::Button(tr("Delete", language))) {
            actions.delete_user_data = true;
            ImGui::CloseCurrentPopup();
        }
        ImGui::SameLine();
        if (ImGui::Button(tr("Cancel", language))) ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
    }
    ImGui::EndPopup();
}
}  // namespace

void draw_article_list(const AppState& state, ArticleListState& view, Actions& actions) {
    const auto& articles = state.data.corpus.articles;
    const Language language = state.view.language;
    ImGui::TextDisabled(language == Language::de ? "%zu Artikel" : "%zu articles", articles.size());
    if (!state.host.embed) {
        // Your own articles: a file, dropped files, pasted text; kept in the browser.
        if (state.host.can_pick_files) {
            if (flowing_button(tr("Add article…", language))) actions.pick_file = true;
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("A .txt or .md file (up to 5 MB); you can also drop files on the page", language));
            // (Not on a phone: its browsers pick files, not folders.)
            if (ImGui::GetMainViewport()->WorkSize.x >= 600.0f) {
                if (flowing_button(tr("Add folder…", language))) actions.pick_folder = true;
                if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("All .txt and .md files in a folder, merged into one list of deals", language));
            }
        }
        if (flowing_button(tr("Paste text…", language))) {
            if (state.host.has_paste_box) actions.open_paste_box = true;  // the page's own box wraps the text
            else ImGui::OpenPopup(kPasteDialog);
        }
        report_target(actions, "paste");
        paste_dialog(view, actions, language);
        if (flowing_button(tr("Your data", language))) ImGui::OpenPopup("your data");
        your_data_popup(state, actions);
        for (const auto& r : state.user.reading) {
            // A large file being read over several frames.
            ImGui::TextDisabled(language == Language::de ? "Lese %s…" : "Reading %s…", r.article.file.c_str());
            ImGui::ProgressBar(reading_progress(r), ImVec2(-1, 0));
        }
        if (!state.user.notice.empty() && state.user.reading.empty()) {
            const std::string notice = notice_text(state.user.notice, state.view.language);
            ImGui::PushTextWrapPos(0.0f);
            if (state.user.notice.is_error()) ImGui::TextColored(attention_color(), "%s", notice.c_str());
            else ImGui::TextDisabled("%s", notice.c_str());
            ImGui::PopTextWrapPos();
        }
    }
    // The deals of all the user's articles in one list, above the articles.
    if (!state.user.candidates.empty()) {
        if (two_line_selectable(tr("Deals in your articles", language), review_entry_detail(state), state.selection.review && !state.selection.article)) actions.show_review = true;
        report_target(actions, "review");
        ImGui::Separator();
    }
    for (std::size_t i = 0; i < articles.size(); ++i) {
        const Article& a = articles[i];
        ImGui::PushID(static_cast<int>(i));
        const bool selected = state.selection.article == i;
        // The title and the source under it, both wrapped, selectable as one; the file in the tooltip.
        if (two_line_selectable(a.display_title(), summary_line(a, i >= state.user.first_article, language), selected)) actions.select_article = i;
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", a.file.c_str());
        ImGui::Separator();
        ImGui::PopID();
    }
}

}  // namespace ds::ui

#include "review_view.h"

#include <string>
#include <vector>

#include <imgui.h>

#include "core/events/event_format.h"
#include "core/merge/deal_match.h"
#include "candidate_view.h"
#include "click_targets.h"
#include "event_colors.h"
#include "flowing_items.h"
#include "strings.h"

namespace ds::ui {

namespace {

// A bullet with its text wrapped at the window's edge (BulletText does not wrap).
void wrapped_bullet(const std::string& text) {
    ImGui::Bullet();
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
}

std::vector<std::string> keys_of(const ReviewDeal& deal) {
    std::vector<std::string> keys;
    for (const ReviewSource& s : deal.sources) keys.push_back(s.key);
    return keys;
}

// "Investment · Microsoft → OpenAI · $10bn · January 2023"
std::string deal_line(const AppState& state, const Event& e, Language lang) {
    std::string line = type_label(e.type, lang) + " · " + event_participants_text(e, state.data.gazetteer);
    if (const std::string amount = event_amount_short(e, lang); !amount.empty()) line += " · " + amount;
    if (const std::string date = event_date_text(e, lang); !date.empty()) line += " · " + date;
    return line;
}

// Each source: its article and quote, with a button that opens the article at it.
void sources(const AppState& state, const ReviewDeal& deal, Actions& actions, Language lang) {
    for (std::size_t s = 0; s < deal.sources.size() && s < deal.event.sources.size(); ++s) {
        if (deal.sources[s].article >= state.data.corpus.articles.size()) continue;  // gone since the review was made
        const Article& article = state.data.corpus.articles[deal.sources[s].article];
        const Citation& cited = deal.event.sources[s];
        ImGui::PushID(static_cast<int>(s));
        ImGui::Bullet();
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextUnformatted(article.display_title().c_str());
        ImGui::TextDisabled("%s", quoted(cited.quote, state.view.language).c_str());
        ImGui::PopTextWrapPos();
        if (ImGui::SmallButton(tr("Open in article", lang))) actions.open_citation = std::pair{cited.article, cited.range};
        report_target(actions, "review-open:" + deal.sources[s].key);
        ImGui::PopID();
    }
}

void disagreements(const ReviewDeal& deal, Language lang) {
    ImGui::PushTextWrapPos(0.0f);
    for (const Claim& c : deal.claims) {
        ImGui::TextColored(attention_color(), "%s: %s", tr("Sources disagree", lang), claim_fact(c, lang).c_str());
        for (const ClaimAssertion& a : c.assertions) wrapped_bullet(assertion_says(a, lang));
    }
    ImGui::PopTextWrapPos();
}

void deal_row(const AppState& state, const ReviewDeal& deal, CandidateDraft& draft, Actions& actions, Language lang) {
    const std::string& key = deal.event.id;
    ImGui::PushID(key.c_str());
    ImGui::TextColored(mark_on_page(type_color(deal.event.type)), "■");
    ImGui::SameLine();
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(deal_line(state, deal.event, lang).c_str());
    ImGui::PopTextWrapPos();
    report_target(actions, "review-deal:" + key);
    const std::size_t n = deal.sources.size();
    const std::string count = lang == Language::de ? (n == 1 ? "1 Quelle" : std::to_string(n) + " Quellen") : (n == 1 ? "1 source" : std::to_string(n) + " sources");
    if (!deal.claims.empty()) disagreements(deal, lang);
    if (ImGui::TreeNode("sources", "%s", count.c_str())) {
        sources(state, deal, actions, lang);
        if (!deal.reasons.empty()) {
            ImGui::PushTextWrapPos(0.0f);
            ImGui::TextDisabled("%s", tr("Put together because:", lang));
            for (const std::string& r : deal.reasons) wrapped_bullet(reason_text(r, lang));
            ImGui::PopTextWrapPos();
        }
        ImGui::TreePop();
    }
    report_target(actions, "review-sources:" + key);
    const bool accepted = deal.accepted;
    const bool editing = draft.editing && draft.deal == key;
    // The buttons flow onto the next line where the first ones fill it (a phone; German runs longer).
    bool first = true;
    const auto button = [&](const char* label, const std::string& target) {
        const bool clicked = first ? ImGui::SmallButton(label) : flowing_button(label);
        first = false;
        report_target(actions, target + key);
        return clicked;
    };
    if (deal.in_data && *deal.in_data < state.data.events.events.size() && !deal.rejected) {
        // Adding it again would count the deal twice: the event it is is offered instead.
        const Event& known = state.data.events.events[*deal.in_data];
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextDisabled("%s %s", tr("Already in the data:", lang), event_summary(known, lang).c_str());
        ImGui::PopTextWrapPos();
        if (button(tr("Open it", lang), "review-known:")) actions.select_event = *deal.in_data;
    }
    if (deal.rejected) {
        if (button(tr("Restore", lang), "review-restore:")) actions.review = ReviewCommand{keys_of(deal), ReviewChoice::restore};
    } else if (accepted) {
        ImGui::TextDisabled("✓ %s", tr("in your events", lang));
        first = false;
        // Where it went: on the timeline, or (undated) in the list of events.
        if (const auto mine = deal.user_event) {
            const Event& e = state.data.events.events[*mine];
            const bool dated = !e.date.value.empty() && e.date.value != "XXXX";
            if (button(tr(dated ? "Show on the timeline" : "Show in the list of events", lang), "review-show:")) {
                actions.select_event = *mine;
                actions.show_view = dated ? View::timeline : View::events;
            }
        }
    } else if (!editing) {
        if (!deal.in_data && button(tr("Review and add…", lang), "review-add:")) {
            draft = CandidateDraft::of(deal.event, lang);
            draft.deal = key;
        }
        if (button(tr("Reject", lang), "review-reject:")) actions.review = ReviewCommand{keys_of(deal), ReviewChoice::reject};
    }
    // Undoing a merge: each source becomes a deal of its own; one kept apart can join again.
    if (!deal.rejected && !accepted && deal.merged()) {
        if (button(tr("Keep apart", lang), "review-apart:")) actions.review = ReviewCommand{keys_of(deal), ReviewChoice::keep_apart};
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("These reports are not one deal: list each on its own", lang));
    } else if (!deal.rejected && !accepted && deal.kept_apart) {
        if (button(tr("Merge again", lang), "review-merge:")) actions.review = ReviewCommand{keys_of(deal), ReviewChoice::merge_again};
    }
    if (editing) {
        ImGui::Indent();
        draw_candidate_editor(state, draft, actions);
        ImGui::Unindent();
    }
    ImGui::Separator();
    ImGui::PopID();
}

}  // namespace

std::string review_entry_detail(const AppState& state) {
    const ReviewCount c = count_review(state.derived.review);
    const std::size_t articles = state.user.candidates.size();
    const bool de = state.view.language == Language::de;
    std::string line = de ? std::to_string(c.open) + (c.open == 1 ? " offener Deal" : " offene Deals") + " in " + std::to_string(articles) + (articles == 1 ? " Artikel" : " Artikeln")
                          : std::to_string(c.open) + (c.open == 1 ? " open deal" : " open deals") + " in " + std::to_string(articles) + (articles == 1 ? " article" : " articles");
    if (c.merged > 0) line += de ? " · " + std::to_string(c.merged) + " mehrfach berichtet" : " · " + std::to_string(c.merged) + " reported by several";
    if (c.disputed > 0) line += de ? " · " + std::to_string(c.disputed) + " umstritten" : " · " + std::to_string(c.disputed) + " disputed";
    return line;
}

void draw_review(const AppState& state, CandidateDraft& draft, Actions& actions) {
    const Language lang = state.view.language;
    const auto& deals = state.derived.review;
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(tr("Deals in your articles", lang));
    ImGui::TextDisabled("%s", review_entry_detail(state).c_str());
    ImGui::TextDisabled("%s", tr("Reports of the same deal in several articles are shown as one. Check each against its sources before you add it.", lang));
    ImGui::PopTextWrapPos();
    ImGui::Separator();
    std::size_t rejected = 0;
    for (const ReviewDeal& deal : deals) {
        if (deal.rejected) ++rejected;
        else deal_row(state, deal, draft, actions, lang);
    }
    if (deals.empty()) ImGui::TextDisabled("%s", tr("No amount with a deal word and a party was found in your articles.", lang));
    if (rejected > 0) {
        const std::string heading = std::string(tr("Rejected", lang)) + " (" + std::to_string(rejected) + ")###rejected";
        if (ImGui::CollapsingHeader(heading.c_str())) {
            for (const ReviewDeal& deal : deals)
                if (deal.rejected) deal_row(state, deal, draft, actions, lang);
        }
        report_target(actions, "review-rejected");
    }
    if (state.user.notice.is_error()) {
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextColored(attention_color(), "%s", notice_text(state.user.notice, lang).c_str());
        ImGui::PopTextWrapPos();
    }
}

}  // namespace ds::ui

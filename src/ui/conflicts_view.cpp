#include "conflicts_view.h"

#include <imgui.h>

#include "core/events/event_format.h"

#include "fonts.h"
#include "strings.h"

namespace ds::ui {

void draw_conflicts(const AppState& state, Actions& actions) {
    const Language lang = state.view.language;
    auto claims = conflicts(state.data.events);
    // Then those found where the user's articles report one deal differently (not rejected ones).
    const std::size_t curated = claims.size();
    for (const ReviewDeal& deal : state.derived.review)
        if (!deal.rejected)
            for (const Claim& c : deal.claims) claims.push_back(&c);
    ImGui::TextDisabled("%zu %s", claims.size(), tr("claims where sources disagree", lang));
    const bool side_by_side = ImGui::GetContentRegionAvail().x >= 640;
    for (std::size_t c = 0; c < claims.size(); ++c) {
        const Claim& claim = *claims[c];
        ImGui::PushID(static_cast<int>(c));
        if (c == curated) {
            ImGui::PushTextWrapPos(0.0f);
            ImGui::TextDisabled("%s", tr("Found in your articles (not checked by an editor):", lang));
            ImGui::PopTextWrapPos();
        }
        ImGui::PushFont(heading_font());
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextUnformatted(claim_fact(claim, lang).c_str());
        ImGui::PopTextWrapPos();
        ImGui::PopFont();
        const int columns = side_by_side ? static_cast<int>(claim.assertions.size()) : 1;
        if (ImGui::BeginTable("assertions", columns, ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_SizingStretchSame)) {
            for (std::size_t a = 0; a < claim.assertions.size(); ++a) {
                const ClaimAssertion& assertion = claim.assertions[a];
                ImGui::TableNextColumn();
                ImGui::PushID(static_cast<int>(a));
                ImGui::PushTextWrapPos(0.0f);
                ImGui::TextUnformatted(assertion_says(assertion, lang).c_str());
                ImGui::TextDisabled("%s", quoted(assertion.source.quote, lang).c_str());
                if (const auto source = article_index(state, assertion.source.article)) {
                    // An article without a publisher (the user's own, often) is known by its title, named as one
                    // in the source's line: a title of its own under the quote read as a cut fragment of it.
                    const Article& article = state.data.corpus.articles[*source];
                    std::string line = source_text(article, lang);  // wrapped, not cut
                    if (article.publisher.empty()) line = std::string(lang == Language::de ? "Artikel „" : "Article “") + article.display_title() +
                                                          (lang == Language::de ? "“, " : "”, ") + line;
                    ImGui::TextDisabled("%s", line.c_str());
                }
                ImGui::PopTextWrapPos();
                if (ImGui::SmallButton(tr("Open in article", lang))) actions.open_citation = std::pair{assertion.source.article, assertion.source.range};
                ImGui::PopID();
            }
            ImGui::EndTable();
        }
        ImGui::Separator();
        ImGui::PopID();
    }
}

}  // namespace ds::ui

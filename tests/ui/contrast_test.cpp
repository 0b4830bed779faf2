// Every colour pair the theme puts text or marks on meets WCAG 2 AA, in the light and the dark theme:
// text 4.5:1, marks, swatches, lines and control outlines 3:1. Checked on the style the UI runs with.
#include <doctest/doctest.h>
#include <imgui.h>

#include <string>

#include "core/annotate/mention.h"
#include "core/events/event_types.h"
#include "ui/contrast.h"
#include "ui/event_colors.h"
#include "ui/mention_colors.h"
#include "ui/theme.h"

using namespace ds;
using namespace ds::ui;

namespace {

struct ThemeScope {
    explicit ThemeScope(bool dark) {
        ImGui::CreateContext();
        apply_theme(dark);
    }
    ~ThemeScope() { ImGui::DestroyContext(); }
};

ImVec4 col(ImGuiCol which) { return ImGui::GetStyle().Colors[which]; }
ImVec4 ground_of(ImGuiCol which) { return over(col(which), col(ImGuiCol_WindowBg)); }

}  // namespace

TEST_CASE("the contrast ratio is WCAG's") {
    CHECK(contrast_ratio(ImVec4(0, 0, 0, 1), ImVec4(1, 1, 1, 1)) == doctest::Approx(21.0f));
    CHECK(contrast_ratio(ImVec4(0.5f, 0.5f, 0.5f, 1), ImVec4(0.5f, 0.5f, 0.5f, 1)) == doctest::Approx(1.0f));
    // #767676 on white is the classic lightest grey for AA text: 4.54:1.
    CHECK(contrast_ratio(ImVec4(118 / 255.0f, 118 / 255.0f, 118 / 255.0f, 1), ImVec4(1, 1, 1, 1)) == doctest::Approx(4.54f).epsilon(0.01));
    // Okabe–Ito orange on the light page, as ImGui drew it before: about 2:1.
    CHECK(contrast_ratio(ImVec4(0.90f, 0.62f, 0.00f, 1), ImVec4(0.98f, 0.98f, 0.97f, 1)) < 2.5f);
    const ImVec4 moved = with_contrast(ImVec4(0.90f, 0.62f, 0.00f, 1), ImVec4(0.98f, 0.98f, 0.97f, 1), 4.5f);
    CHECK(contrast_ratio(moved, ImVec4(0.98f, 0.98f, 0.97f, 1)) >= 4.5f);
    CHECK(contrast_ratio(moved, ImVec4(0.98f, 0.98f, 0.97f, 1)) < 4.7f);  // no darker than it must be
    CHECK(moved.x > moved.y);                                            // still orange, not grey
}

TEST_CASE("text, dimmed text, marks and outlines keep their contrast in both themes") {
    for (const bool dark : {false, true}) {
        CAPTURE(dark);
        ThemeScope theme(dark);
        const ImVec4 page = col(ImGuiCol_WindowBg);
        CHECK(page.w == 1.0f);
        CHECK(col(ImGuiCol_PopupBg).w == 1.0f);  // popups are opaque

        // Text and dimmed text on every ground they are drawn on.
        for (const ImGuiCol ground : {ImGuiCol_WindowBg, ImGuiCol_PopupBg, ImGuiCol_FrameBg, ImGuiCol_FrameBgHovered, ImGuiCol_FrameBgActive,
                                      ImGuiCol_Button, ImGuiCol_ButtonHovered, ImGuiCol_ButtonActive, ImGuiCol_Header, ImGuiCol_HeaderHovered,
                                      ImGuiCol_HeaderActive, ImGuiCol_Tab, ImGuiCol_TabHovered, ImGuiCol_TabActive, ImGuiCol_TableHeaderBg,
                                      ImGuiCol_TableRowBgAlt}) {
            CAPTURE(std::string(ImGui::GetStyleColorName(ground)));
            CHECK(contrast_ratio(col(ImGuiCol_Text), ground_of(ground)) >= kTextContrast);
            CHECK(contrast_ratio(col(ImGuiCol_TextDisabled), ground_of(ground)) >= kTextContrast);
        }
        // Where a control is, and its state: outlines on the page, check marks and grabs in their field.
        CHECK(ImGui::GetStyle().FrameBorderSize >= 1.0f);
        CHECK(contrast_ratio(col(ImGuiCol_Border), page) >= kMarkContrast);
        for (const ImGuiCol mark : {ImGuiCol_CheckMark, ImGuiCol_SliderGrab, ImGuiCol_SliderGrabActive}) {
            for (const ImGuiCol field : {ImGuiCol_FrameBg, ImGuiCol_FrameBgHovered, ImGuiCol_FrameBgActive}) {
                CHECK(contrast_ratio(col(mark), ground_of(field)) >= kMarkContrast);
            }
        }

        // The palette: every family as a mark and as text (legends, "sources disagree", search words).
        for (const TypeFamily family : kTypeFamilies) {
            CAPTURE(static_cast<int>(family));
            CHECK(contrast_ratio(mark_on_page(family_color(family)), page) >= kMarkContrast);
            CHECK(contrast_ratio(text_on_page(family_color(family)), page) >= kTextContrast);
        }
        CHECK(contrast_ratio(attention_color(), page) >= kTextContrast);
        CHECK(contrast_ratio(text_on_page(match_color()), page) >= kTextContrast);
        CHECK(contrast_ratio(col(ImGuiCol_Text), over(ImGui::ColorConvertU32ToFloat4(match_tint()), page)) >= kTextContrast);

        // The reader: underlines as marks, text on a mention's tint (0.45 when selected) and on the quote's band.
        for (const MentionKind kind : {MentionKind::money, MentionKind::quantity, MentionKind::date, MentionKind::entity}) {
            for (const bool known : {false, true}) {
                Mention m;
                m.kind = kind;
                m.known = known;
                ImVec4 tint = mention_color(m);
                CHECK(contrast_ratio(mark_on_page(tint), page) >= kMarkContrast);
                tint.w = 0.45f;
                CHECK(contrast_ratio(col(ImGuiCol_Text), over(tint, page)) >= kTextContrast);
            }
        }
        CHECK(contrast_ratio(col(ImGuiCol_Text), over(ImGui::ColorConvertU32ToFloat4(quote_band_color(dark)), page)) >= kTextContrast);
    }
}

TEST_CASE("a row pointed at is a lighter tint than a row selected, in both themes") {
    for (const bool dark : {false, true}) {
        CAPTURE(dark);
        ThemeScope theme(dark);
        const ImVec4 page = col(ImGuiCol_WindowBg);
        // (ImGui's own hover was the stronger: whatever the pointer rested on read as chosen.)
        CHECK(contrast_ratio(ground_of(ImGuiCol_HeaderHovered), page) < contrast_ratio(ground_of(ImGuiCol_Header), page));
    }
}

#include "reader_view.h"

#include <cctype>
#include <string>
#include <vector>

#include <imgui.h>

#include "fonts.h"

namespace ds::ui {

namespace {

// Display text of each block, made once per article instead of every frame.
struct ReaderCache {
    const Article* article = nullptr;
    std::string id;
    std::vector<std::string> block_text;
};

const std::vector<std::string>& block_texts(const Article& a) {
    static ReaderCache cache;
    if (cache.article != &a || cache.id != a.id) {
        cache.article = &a;
        cache.id = a.id;
        cache.block_text.clear();
        for (const Block& b : a.blocks) cache.block_text.push_back(display_text(a.view(b.range)));
    }
    return cache.block_text;
}

const char* boilerplate_label(BoilerplateKind kind) {
    switch (kind) {
        case BoilerplateKind::navigation: return "Navigation";
        case BoilerplateKind::image_credit: return "Image credit";
        case BoilerplateKind::job_ads: return "Job ads";
        case BoilerplateKind::related_links: return "Related links";
        case BoilerplateKind::author_bio: return "About the author";
        case BoilerplateKind::source_list: return "Source list";
        case BoilerplateKind::call_to_action: return "Call to action";
        case BoilerplateKind::markup_debris: return "Markup debris";
        case BoilerplateKind::none: break;
    }
    return "Page furniture";
}

void wrapped(const std::string& text) {
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(text.c_str(), text.c_str() + text.size());
    ImGui::PopTextWrapPos();
}

void header(const Article& a) {
    if (!a.kicker.empty()) ImGui::TextDisabled("%s", a.kicker.c_str());
    ImGui::PushFont(title_font());
    wrapped(a.display_title());
    ImGui::PopFont();
    if (!a.subtitle.empty()) wrapped(a.subtitle);
    std::string meta;
    auto add = [&](const std::string& part) {
        if (part.empty()) return;
        if (!meta.empty()) meta += " · ";
        meta += part;
    };
    add(a.publisher);
    add(a.author.empty() ? "" : "by " + a.author);
    if (!a.date.value.empty()) add(a.date.value + (a.date.inferred ? " (inferred)" : ""));
    add(a.file);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextDisabled("%s", meta.c_str());
    ImGui::PopTextWrapPos();
    if (!a.date.basis.empty() && ImGui::IsItemHovered()) {  // why we believe the date
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30.0f);
        ImGui::TextUnformatted(("Date: " + a.date.basis).c_str());
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
    ImGui::Separator();
}

// Blocks the header shows already (title, kicker, subtitle) or that carry metadata (bylines).
bool shown_in_header(BlockKind kind) {
    return kind == BlockKind::title || kind == BlockKind::kicker || kind == BlockKind::subtitle || kind == BlockKind::byline;
}

// A run of page furniture (header blocks in between do not break it) under one closed toggle,
// labelled with its kinds: "Navigation, image credit · 3 lines".
std::size_t furniture(const Article& a, const std::vector<std::string>& texts, std::size_t first) {
    std::vector<std::size_t> members;
    std::string kinds;
    std::size_t last = first;
    for (std::size_t i = first; i < a.blocks.size(); ++i) {
        const Block& b = a.blocks[i];
        if (shown_in_header(b.kind)) continue;
        if (b.kind != BlockKind::boilerplate) break;
        members.push_back(i);
        last = i;
        std::string name = boilerplate_label(b.boilerplate);
        name[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(name[0])));
        if (kinds.find(name) == std::string::npos) kinds += (kinds.empty() ? "" : ", ") + name;
    }
    kinds[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(kinds[0])));
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    const std::string label = kinds + " · " + std::to_string(members.size()) + (members.size() == 1 ? " line" : " lines") +
                              "##bp" + std::to_string(first);
    const bool open = ImGui::TreeNodeEx(label.c_str(), ImGuiTreeNodeFlags_SpanAvailWidth);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Page furniture, not part of the article. Click to show it.");
    if (open) {
        for (std::size_t i : members) wrapped(texts[i]);
        ImGui::TreePop();
    }
    ImGui::PopStyleColor();
    return last;
}

}  // namespace

void draw_reader(const Article& a, Actions&) {
    const auto& texts = block_texts(a);
    header(a);
    for (std::size_t i = 0; i < a.blocks.size(); ++i) {
        const Block& b = a.blocks[i];
        switch (b.kind) {
            case BlockKind::title:
            case BlockKind::kicker:
            case BlockKind::subtitle:
            case BlockKind::byline:
                break;  // shown in the header
            case BlockKind::heading:
                ImGui::Spacing();
                ImGui::PushFont(heading_font());
                wrapped(texts[i]);
                ImGui::PopFont();
                break;
            case BlockKind::quote:
                ImGui::Indent();
                wrapped(texts[i]);
                ImGui::Unindent();
                ImGui::Spacing();
                break;
            case BlockKind::list_item:
                ImGui::Bullet();
                wrapped(texts[i].starts_with("- ") ? texts[i].substr(2) : texts[i]);
                break;
            case BlockKind::boilerplate:
                i = furniture(a, texts, i);
                break;
            case BlockKind::paragraph:
                wrapped(texts[i]);
                ImGui::Spacing();
                break;
        }
    }
}

}  // namespace ds::ui

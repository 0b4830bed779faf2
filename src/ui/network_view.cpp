#include "network_view.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <imgui.h>

#include "core/annotate/mention_format.h"
#include "core/articles/date_text.h"
#include "core/events/event_format.h"
#include "explorer/layout/network_scene.h"
#include "callout.h"
#include "click_targets.h"
#include "controls.h"
#include "event_colors.h"
#include "explorer/graphic_text.h"
#include "keys.h"
#include "node_shapes.h"
#include "flowing_items.h"
#include "strings.h"
#include "wrapped_rows.h"
#include "drag_owners.h"

namespace ds::ui {

namespace {

// An edge: its colour by kind, compute dashed, an arrow at the receiving end; emphasised when it
// carries the selected event, closes a cycle or holds a search hit (while a query stands or a story
// step shows its subject, the rest fade).
void draw_edge(ImDrawList* draw, ImVec2 origin, const NetworkEdgeShape& e) {
    const ImVec4 c = mark_on_page(flow_color(e.kind));
    const float alpha = e.faded ? 0.18f : e.carries_selected || e.in_cycle || e.matched ? 1.0f : 0.7f;
    const ImU32 col = ImGui::ColorConvertFloat4ToU32(ImVec4(c.x, c.y, c.z, alpha));
    const ImVec2 q(origin.x + e.qx, origin.y + e.qy);
    const auto point = [&](float t) {
        float x = 0, y = 0;
        edge_point(e, t, x, y);
        return ImVec2(origin.x + x, origin.y + y);
    };
    // Dashes for compute (long edges get longer dashes, not more); a solid line in pieces otherwise,
    // few for a straight edge and more for a curve.
    const bool dashed = e.kind == FlowKind::compute;
    if (dashed) {
        const int pieces = std::clamp(static_cast<int>(e.length / 10), 2, 16);
        for (int i = 0; i < pieces; i += 2) {
            draw->AddLine(point(static_cast<float>(i) / static_cast<float>(pieces)), point(static_cast<float>(i + 1) / static_cast<float>(pieces)), col, e.width);
        }
    } else {
        // One stroke through the curve's points (a straight edge has two).
        const int pieces = e.bent ? 8 : 1;
        for (int i = 0; i <= pieces; ++i) draw->PathLineTo(point(static_cast<float>(i) / static_cast<float>(pieces)));
        draw->PathStroke(col, 0, e.width);
    }
    if (!e.arrow) return;
    // The arrow points along the curve where it meets the node.
    const ImVec2 before = point(0.9f);
    const float len = std::max(std::hypot(q.x - before.x, q.y - before.y), 1.0f);
    const ImVec2 u((q.x - before.x) / len, (q.y - before.y) / len), n(-u.y, u.x);
    draw->AddTriangleFilled(q, ImVec2(q.x - u.x * 9 + n.x * 5, q.y - u.y * 9 + n.y * 5), ImVec2(q.x - u.x * 9 - n.x * 5, q.y - u.y * 9 - n.y * 5), col);
}

void time_controls(const AppState& state, Actions& actions) {
    const Language lang = state.view.language;
    const long first = state.derived.first_day.value_or(days_from_civil(2015, 1, 1));
    // The slider runs to today (or to the last event, if one is dated later).
    const auto today = static_cast<long>(std::chrono::duration_cast<std::chrono::hours>(std::chrono::system_clock::now().time_since_epoch()).count() / 24);
    const long last = state.derived.last_day.value_or(today);  // the slider ends with the data, not in the future
    bool all = !state.view.network_as_of;
    if (switch_toggle(tr("All dates", lang), &all)) actions.set_network_as_of = all ? std::optional<long>() : std::optional<long>(last);
    ImGui::SameLine();
    if (ImGui::SmallButton(state.view.network_playing ? tr("Pause", lang) : tr("Play", lang))) {
        actions.set_playing = !state.view.network_playing;
        // From the first deal that draws a line: years of an empty picture before it (OpenAI's founding
        // in 2015, its first deal in 2019) read as broken.
        if (!state.view.network_playing && (all || *state.view.network_as_of >= last)) actions.set_network_as_of = state.derived.first_flow_day.value_or(first);
    }
    int day = static_cast<int>(state.view.network_as_of.value_or(last));
    const std::string shown = all ? std::string(tr("all dates", lang)) : std::string(tr("as of", lang)) + " " + describe_timex(iso_day(day), "", lang);
    // The slider on this line while its longest words fit in it ("Stand 30. September 2025"), else on its own.
    const std::string longest = std::string(tr("as of", lang)) + " " + describe_timex("2025-09-30", "", lang);
    const float wanted = std::max(ImGui::CalcTextSize(longest.c_str()).x, ImGui::CalcTextSize(tr("all dates", lang)).x) + 4 * ImGui::GetStyle().FramePadding.x + 8;
    same_line_if_fits(wanted);
    ImGui::SetNextItemWidth(std::max(wanted, ImGui::GetContentRegionAvail().x - 8));
    if (ImGui::SliderInt("##asof", &day, static_cast<int>(first), static_cast<int>(last), shown.c_str())) actions.set_network_as_of = day;
    // Deals without a date cannot be placed on the slider: say so rather than let them vanish.
    if (state.view.network_as_of && state.derived.undated_flow_events > 0) {
        ImGui::TextDisabled("%d %s", state.derived.undated_flow_events, tr("deals without a date are not shown at a date", lang));
    }
    // Playing moves the date a month per ~1/6 s of wall time, and stops at the end.
    if (state.view.network_playing && state.view.network_as_of) {
        const long next = *state.view.network_as_of + static_cast<long>(std::ceil(ImGui::GetIO().DeltaTime * 180.0f));
        actions.set_network_as_of = std::min(next, last);
        if (next >= last) actions.set_playing = false;
    }
}

// Edges, their amounts, nodes and their names as the scene has them; the hovered node is always named.
void draw_scene(ImDrawList* draw, ImVec2 origin, const NetworkScene& scene, const AppState& state, std::optional<std::size_t> hovered_node) {
    const auto at = [&](float x, float y) { return ImVec2(origin.x + x, origin.y + y); };
    for (const NetworkEdgeShape& e : scene.edges) draw_edge(draw, origin, e);
    // An amount on its own line, on a patch of the page, in its edge's colour (money, compute):
    // readable on the page, and it cannot be taken for a neighbouring line's.
    const ImU32 patch = ImGui::GetColorU32(ImGuiCol_WindowBg);
    for (const NetworkText& t : scene.amounts) {
        const bool faded = scene.edges[t.node].faded;
        ImVec4 ink = text_on_page(flow_color(scene.edges[t.node].kind));
        ink.w *= faded ? 0.35f : 1.0f;
        const ImVec2 size = ImGui::CalcTextSize(t.text.c_str());
        draw->AddRectFilled(at(t.x - 2, t.y), at(t.x + size.x + 2, t.y + size.y), patch, 3.0f);
        draw->AddText(at(t.x, t.y), ImGui::ColorConvertFloat4ToU32(ink), t.text.c_str());
    }
    std::vector<char> faded_node(state.derived.network.nodes.size(), 0);
    for (const NetworkNodeShape& n : scene.nodes) {
        faded_node[n.node] = n.faded;
        const float alpha = faded_node[n.node] ? 0.35f : 1.0f;
        const ImU32 line = n.selected ? ImGui::GetColorU32(ImGuiCol_Text) : scene.searching && n.matched ? ImGui::ColorConvertFloat4ToU32(mark_on_page(match_color()))
                                                                                                        : ImGui::GetColorU32(ImGuiCol_Border, alpha);
        node_shape(draw, at(n.cx, n.cy), n.radius, n.shape, ImGui::GetColorU32(ImGuiCol_FrameBg, alpha), line);
    }
    const std::size_t hovered_id = hovered_node ? scene.nodes[*hovered_node].node : SIZE_MAX;
    for (const NetworkText& t : scene.names) {
        // A faded node's name in the dimmed text colour, which still reads (AA contrast, tests/ui/contrast_test.cpp).
        if (t.node != hovered_id) draw->AddText(at(t.x, t.y), ImGui::GetColorU32(faded_node[t.node] ? ImGuiCol_TextDisabled : ImGuiCol_Text), t.text.c_str());
    }
    if (hovered_node) {  // the node under the pointer is always named
        const NetworkNodeShape& n = scene.nodes[*hovered_node];
        draw->AddText(at(n.cx + n.radius + 3, n.cy - ImGui::GetTextLineHeight() / 2), ImGui::GetColorU32(ImGuiCol_Text), network_node_name(state, n.node).c_str());
    }
}

// Drag a node, drag the background to pan, wheel and + / - zoom, Page Up / Page Down pan up and
// down, Home resets the picture.
void navigate(const NetworkScene& scene, const AppState& state, NetworkViewState& view, ImVec2 mouse, float height, bool hovered,
              std::optional<std::size_t> hovered_node, Actions& actions) {
    const ImGuiIO& io = ImGui::GetIO();
    std::string& dragging = view.dragging;
    const NetworkLayout& layout = state.derived.network;
    if (hovered && (ImGui::IsMouseClicked(0) || io.MouseWheel != 0)) view.glide_to.reset();  // the reader's hand wins over a glide
    if (hovered && ImGui::IsMouseClicked(0)) dragging = hovered_node ? layout.nodes[scene.nodes[*hovered_node].node].id : "";
    if (!ImGui::IsMouseDown(0)) dragging.clear();
    if (ImGui::IsMouseDragging(0, 2.0f) && (hovered || !dragging.empty())) {
        if (!dragging.empty()) actions.drag_node = std::pair{dragging, scene.camera.to_layout(mouse.x, mouse.y)};
        else if (ImGui::IsItemActive()) view.offset = ImVec2(view.offset.x + io.MouseDelta.x, view.offset.y + io.MouseDelta.y);
    }
    if (hovered && io.MouseWheel != 0) view.zoom = std::clamp(view.zoom * std::pow(1.15f, io.MouseWheel), 0.3f, 6.0f);
    if (!io.WantTextInput) {
        if (typed('+') || typed('=')) view.zoom = std::min(view.zoom * 1.25f, 6.0f);
        if (typed('-')) view.zoom = std::max(view.zoom / 1.25f, 0.3f);
        if (key_pressed(ImGuiKey_PageUp)) view.offset.y += height * 0.2f;
        if (key_pressed(ImGuiKey_PageDown)) view.offset.y -= height * 0.2f;
        if (key_pressed(ImGuiKey_Home)) view.zoom = 1, view.offset = ImVec2(0, 0);
    }
}

// The money cycles as a list, each with the amount of every step; a click shows only that one.
void cycle_list(const AppState& state, NetworkViewState& view) {
    const Language lang = state.view.language;
    const auto& cycles = state.derived.cycles;
    if (cycles.empty()) {
        ImGui::TextDisabled("%s", tr("No money goes round among the deals shown.", lang));
        return;
    }
    const auto name = [&](const std::string& id) {
        const Entity* e = state.data.gazetteer.find(id);
        return e ? e->name : id;
    };
    // A step a → b is money from a to b, or compute from b to a (paid for by a).
    const auto step = [&](const std::string& a, const std::string& b) -> std::string {
        for (const Flow& f : state.derived.flows) {
            const bool money = f.kind == FlowKind::money && f.from == a && f.to == b;
            const bool compute = f.kind == FlowKind::compute && f.from == b && f.to == a;
            if (!money && !compute) continue;
            const std::string total = total_text(f.total, lang);
            return std::string(compute ? tr("pays for compute", lang) : tr("invests", lang)) + ": " + total;
        }
        return "";
    };
    constexpr std::size_t kShown = 6;
    for (std::size_t c = 0; c < std::min(cycles.size(), kShown); ++c) {
        std::string line;
        for (std::size_t i = 0; i < cycles[c].size(); ++i) {
            const std::string& a = cycles[c][i];
            const std::string& b = cycles[c][(i + 1) % cycles[c].size()];
            line += (i ? "; " : "") + name(a) + " \xE2\x86\x92 " + name(b) + " (" + step(a, b) + ")";
        }
        ImGui::PushID(static_cast<int>(c));
        if (wrapped_selectable(line, view.cycle == c)) view.cycle = view.cycle == c ? std::nullopt : std::optional<std::size_t>(c);
        ImGui::PopID();
    }
    if (cycles.size() > kShown) ImGui::TextDisabled("+ %zu", cycles.size() - kShown);
}

// A flow under the pointer: who to whom, what kind, how many events and how much.
void flow_tooltip(const AppState& state, const Flow& f) {
    ImGui::BeginTooltip();
    const Entity* a = state.data.gazetteer.find(f.from);
    const Entity* b = state.data.gazetteer.find(f.to);
    ImGui::Text("%s → %s", a ? a->name.c_str() : f.from.c_str(), b ? b->name.c_str() : f.to.c_str());
    const Language lang = state.view.language;
    ImGui::TextDisabled("%s · %s", flow_kind_label(f.kind, lang), events_count_text(static_cast<int>(f.events.size()), lang).c_str());
    if (f.kind != FlowKind::partnership) ImGui::TextUnformatted(total_text(f.total, lang).c_str());
    ImGui::TextDisabled("%s", tr("Click for its events", lang));
    ImGui::EndTooltip();
}

// Which selection the camera last went to ("" for none).
std::string selection_key(const AppState& state) {
    if (state.selection.event) return "event:" + std::to_string(*state.selection.event);
    if (state.selection.flow) return "flow:" + flow_key_text(*state.selection.flow);
    if (!state.selection.entity.empty()) return "entity:" + state.selection.entity;
    return "";
}

// One frame of the glide: eased, most of the way in about a third of a second.
void glide(NetworkViewState& view) {
    if (!view.glide_to) return;
    const float step = 1 - std::exp(-ImGui::GetIO().DeltaTime / 0.12f);
    const NetworkGlide to = *view.glide_to;
    view.offset = ImVec2(view.offset.x + (to.offset.x - view.offset.x) * step, view.offset.y + (to.offset.y - view.offset.y) * step);
    view.zoom += (to.zoom - view.zoom) * step;
    if (std::fabs(to.offset.x - view.offset.x) < 0.5f && std::fabs(to.offset.y - view.offset.y) < 0.5f && std::fabs(to.zoom - view.zoom) < 0.005f) {
        view.offset = to.offset;
        view.zoom = to.zoom;
        view.glide_to.reset();
    }
}

}  // namespace

void draw_network(const AppState& state, NetworkViewState& view, Actions& actions) {
    const Language lang = state.view.language;
    // Date, legend (line style and colour by kind) and the cycles toggle; an embed is a graphic with
    // a key of its own and no settings.
    // Above a phone's detail sheet the room is short: the network keeps it all, the settings come back with the sheet
    // put away (a newcomer found the chart squeezed to a strip under them).
    const bool above_sheet = view.above_sheet && !state.host.embed;
    if (!state.host.embed && !above_sheet) time_controls(state, actions);
    if (!state.host.embed && !above_sheet && ImGui::GetContentRegionAvail().y > 260) {
        switch_toggle(tr("Cycles", lang), &view.show_cycles);
        ImGui::SameLine();
        if (ImGui::SmallButton(tr("Fit", lang))) view.zoom = 1, view.offset = ImVec2(0, 0);
        report_target(actions, "network:fit");
        if (!state.view.dragged.empty()) {
            ImGui::SameLine();
            if (ImGui::SmallButton(tr("Reset layout", lang))) actions.reset_layout = true;  // moved nodes go back
        }
        // Compute's arrow runs from who provides it to who buys it: the money goes the other way.
        // (The kinds of line drawn only: a network filtered to compute deals had still keyed money and partnership.)
        bool drawn_kind[3] = {false, false, false};
        for (std::size_t i = 0; i < state.derived.flows.size() && !(drawn_kind[0] && drawn_kind[1] && drawn_kind[2]); ++i) {
            drawn_kind[static_cast<int>(state.derived.flows[i].kind)] = true;
        }
        const bool any_kind = drawn_kind[0] || drawn_kind[1] || drawn_kind[2];
        for (int k = 0; k < 3; ++k) {
            if (any_kind && !drawn_kind[k]) continue;
            const std::string label = k == 1 ? std::string(tr("compute (provider to customer)", lang)) : std::string(type_family_label(kTypeFamilies[k], lang));
            same_line_if_fits(ImGui::CalcTextSize(label.c_str()).x + 60);
            ImGui::TextColored(text_on_page(family_color(kTypeFamilies[k])), "%s %s", k == 1 ? "- - >" : k == 0 ? "—>" : "——", label.c_str());
        }
    }
    if (view.show_cycles) cycle_list(state, view);
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    // A graphic's chart is as tall as its frame leaves it, however short: taller, it would scroll.
    const ImVec2 size(std::max(ImGui::GetContentRegionAvail().x, 100.0f), std::max(ImGui::GetContentRegionAvail().y, state.host.embed ? 40.0f : 100.0f));
    // The note under the picture ("+4 more labels: zoom in…") gets a strip of its own, as tall as the
    // note at its longest, so the fit never puts a node or a name under it.
    const auto note_text = [&](std::size_t flows, int left_out) {
        std::string note;
        const bool de = lang == Language::de;
        if (flows > kMaxFlowsDrawn)
            note = (de ? "die " : "the ") + std::to_string(kMaxFlowsDrawn) + (de ? " größten von " : " largest of ") + std::to_string(flows) + (de ? " Flüssen" : " flows");
        // "+1 labels" and "+1 Beschriftungen" read wrong: one takes the singular.
        if (left_out > 0)
            note += (note.empty() ? "+" : " · +") + std::to_string(left_out) + " " +
                    tr(left_out == 1 ? "more label: zoom in, or point at or tap a node or line" : "more labels: zoom in, or point at or tap a node or line", lang);
        return note;
    };
    const float note_wrap = size.x - 12;
    const float note_room = state.host.embed ? 0 : ImGui::CalcTextSize(note_text(state.derived.flows.size(), 999).c_str(), nullptr, false, note_wrap).y + 8;
    NetworkFrame frame;
    frame.width = size.x;
    frame.height = std::max(size.y - note_room, 40.0f);
    frame.zoom = view.zoom;
    frame.offset_x = view.offset.x;
    frame.offset_y = view.offset.y;
    frame.show_cycles = view.show_cycles;
    frame.cycle = view.cycle && *view.cycle < state.derived.cycles.size() ? view.cycle : std::nullopt;
    frame.line_height = ImGui::GetTextLineHeight();
    frame.measure = [](std::string_view text) { return ImGui::CalcTextSize(text.data(), text.data() + text.size()).x; };
    frame.focus_selection = state.host.story;
    const NetworkScene scene = build_network_scene(state, frame);
    actions.drawn.network_nodes = static_cast<int>(state.derived.network.nodes.size());
    actions.drawn.network_highlighted = scene.highlighted;
    const ImVec2 canvas = ImGui::GetMainViewport()->Pos;
    for (const NetworkNodeShape& n : scene.nodes) {
        if (!scene.focusing || n.faded) continue;
        const float x = origin.x - canvas.x + n.cx - n.radius, y = origin.y - canvas.y + n.cy - n.radius;
        actions.drawn.network_focused.push_back({state.derived.network.nodes[n.node].id, x, y, 2 * n.radius, 2 * n.radius});
    }
    actions.drawn.network_label_overlaps = scene.label_overlaps;
    actions.drawn.network_clipped_labels = scene.clipped_labels;
    actions.drawn.network_labels_left_out = scene.labels_left_out;
    actions.drawn.network_edges = static_cast<int>(scene.edges.size());
    actions.drawn.network_amounts = static_cast<int>(scene.amounts.size());
    actions.drawn.network_matched = scene.matched_edges + scene.matched_nodes;

    ImGui::InvisibleButton("network", size);
    claim_drags();
    const bool hovered = ImGui::IsItemHovered();
    const ImGuiIO& io = ImGui::GetIO();
    const float mouse_x = io.MousePos.x - origin.x, mouse_y = io.MousePos.y - origin.y;
    const std::optional<std::size_t> hovered_node = hovered ? network_node_at(scene, mouse_x, mouse_y) : std::nullopt;
    const std::optional<std::size_t> hovered_edge = hovered && !hovered_node ? network_edge_at(scene, mouse_x, mouse_y) : std::nullopt;
    const auto at = [&](float x, float y) { return ImVec2(origin.x + x, origin.y + y); };
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->PushClipRect(origin, at(size.x, size.y), true);
    draw_scene(draw, origin, scene, state, hovered_node);
    // Names and amounts left out for room are there on hover, or when zoomed in. A graphic in a post
    // carries no instructions for the explorer.
    const std::string note = state.host.embed ? std::string() : note_text(scene.flows, scene.labels_left_out);
    actions.drawn.network_note_top.reset();
    if (!note.empty()) {  // wrapped, at the bottom: a phone is too narrow for one line
        const float h = ImGui::CalcTextSize(note.c_str(), nullptr, false, note_wrap).y;
        draw->AddText(ImGui::GetFont(), ImGui::GetFontSize(), at(6, size.y - h - 4), ImGui::GetColorU32(ImGuiCol_TextDisabled), note.c_str(), nullptr, note_wrap);
        actions.drawn.network_note_top = size.y - h - 4;
    }
    actions.drawn.network_lowest_ink = 0;
    for (const NetworkNodeShape& n : scene.nodes) actions.drawn.network_lowest_ink = std::max(actions.drawn.network_lowest_ink, n.cy + n.radius);
    for (const NetworkText& t : scene.names) actions.drawn.network_lowest_ink = std::max(actions.drawn.network_lowest_ink, t.y + t.height);
    // A story step: the camera glides to what the step selects (zoomed in on it; out to the whole
    // picture when it selects nothing), and a note stands beside its edge.
    if (state.host.story) {
        if (const std::string key = selection_key(state); key != view.glided_for) {
            view.glided_for = key;
            const NetworkCameraGoal goal = network_focus_goal(state, frame);
            view.glide_to = NetworkGlide{ImVec2(goal.offset_x, goal.offset_y), goal.zoom};
        }
        // The note stands by the selected event's or flow's edge, or by the node the reader tapped.
        const auto selected = std::find_if(scene.edges.begin(), scene.edges.end(), [](const NetworkEdgeShape& e) { return e.carries_selected; });
        const auto tapped = std::find_if(scene.nodes.begin(), scene.nodes.end(), [&](const NetworkNodeShape& n) {
            return !state.selection.entity.empty() && state.derived.network.nodes[n.node].id == state.selection.entity;
        });
        if (selected != scene.edges.end() || tapped != scene.nodes.end()) {
            float x = 0, y = 0;
            if (selected != scene.edges.end()) network_note_anchor(scene, static_cast<std::size_t>(selected - scene.edges.begin()), frame, x, y);
            else x = tapped->cx, y = tapped->cy;
            // Not over what the step is about, nor under what the page lays over the picture ("Tap to
            // explore"); over faded names only where it must (a note over "Anthropic" left a lone "c").
            std::vector<CalloutBox> obstacles = network_note_obstacles(scene);
            add_page_cover(state.host, origin, obstacles);
            const std::optional<CanvasBox> box = draw_callout(draw, origin, ImVec2(x, y), size, selection_note(state), obstacles);
            if (actions.drawn.graphic) actions.drawn.graphic->note_box = box;
        }
    }
    glide(view);
    draw->PopClipRect();

    // Interaction: a click selects the node, or the flow, under the pointer.
    navigate(scene, state, view, ImVec2(mouse_x, mouse_y), size.y, hovered, hovered_node, actions);
    const NetworkLayout& layout = state.derived.network;
    if (hovered && ImGui::IsMouseReleased(0) && ImGui::GetMouseDragDelta(0).x == 0 && ImGui::GetMouseDragDelta(0).y == 0) {
        if (hovered_node) actions.select_entity = layout.nodes[scene.nodes[*hovered_node].node].id;
        else if (hovered_edge) actions.select_flow = key_of(state.derived.flows[scene.edges[*hovered_edge].flow]);  // the detail lists its events
    }
    // A flow already opened in the detail needs no tooltip repeating it over the chart.
    if (hovered_edge) {
        const Flow& flow = state.derived.flows[scene.edges[*hovered_edge].flow];
        if (state.selection.flow != key_of(flow)) flow_tooltip(state, flow);
    }
}

}  // namespace ds::ui

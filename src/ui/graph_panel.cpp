#include "ui/graph_panel.h"

#include <algorithm>
#include <cstdio>
#include <vector>

#include "core/expression.h"
#include "imgui.h"
#include "lab/lessons/graph_layout.h"
#include "lab/teach/notation.h"
#include "ui/colours.h"
#include "ui/fonts.h"
#include "ui/line_flow.h"
#include "ui/theme.h"

namespace ui {
namespace {

const ImU32 kBoxColour = IM_COL32(52, 56, 66, 255);
const ImU32 kLeafBoxColour = IM_COL32(38, 60, 86, 255);
const ImU32 kEdgeColour = IM_COL32(150, 150, 160, 255);
const ImU32 kValueColour = IM_COL32(120, 220, 140, 255);     // forward values: green, as on the slide
const ImU32 kGradientColour = IM_COL32(255, 120, 110, 255);  // backward gradients: red
const ImU32 kErrorColour = IM_COL32(255, 140, 110, 255);
const ImU32 kNameColour = IM_COL32(170, 174, 186, 255);  // an operation's name (q, r, …), dimmed inside its dark box

// What the box says: an input's name, a constant's number, an operation's symbol.
std::string box_label(const core::ParsedExpression& e, int i) {
    const core::GraphNode& n = e.graph.node(i);
    if (n.op == core::Op::Input) return e.nodes[static_cast<size_t>(i)].name;
    if (n.op == core::Op::Constant) return lab::num(n.value);
    if (n.op == core::Op::Neg) return "−";
    return core::op_symbol(n.op);
}

// Byte length of the first `chars` UTF-8 code points of `text`.
size_t utf8_prefix(const std::string& text, int chars) {
    size_t at = 0;
    for (int k = 0; k < chars && at < text.size(); ++k) {
        ++at;
        while (at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) ++at;
    }
    return at;
}

// The rejected text, a caret under the column, and why — three short lines, so the last good graph keeps its room.
void draw_error(const lab::GraphLesson& graph) {
    const lab::GraphError& error = graph.error();
    const std::string& text = graph.rejected_text();
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::TextUnformatted(text.empty() ? " " : text.c_str());
    const std::string before = text.substr(0, utf8_prefix(text, error.where.column - 1));
    const float x = at.x + ImGui::CalcTextSize(before.c_str()).x;
    ImGui::SetCursorScreenPos(ImVec2(x, ImGui::GetCursorScreenPos().y - ImGui::GetStyle().ItemSpacing.y * 0.5f));
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(kErrorColour));
    ImGui::TextUnformatted("^");
    ImGui::SetCursorScreenPos(ImVec2(at.x, ImGui::GetCursorScreenPos().y));
    ImGui::TextWrapped("%s %s (the graph shown is the last one that parsed)",
                       error.in_variables ? "values:" : "expression:", error.where.message.c_str());
    ImGui::PopStyleColor();
}

// A number left-aligned at `at`, on a dark plate so it reads over an edge.
void plate_label(ImDrawList* draw, ImVec2 at, const std::string& text, ImU32 colour) {
    const ImVec2 size = ImGui::CalcTextSize(text.c_str());
    draw->AddRectFilled(ImVec2(at.x - 2, at.y), ImVec2(at.x + size.x + 2, at.y + size.y), IM_COL32(23, 23, 28, 220), 3.0f);
    draw->AddText(at, colour, text.c_str());
}

bool is_leaf(const core::GraphNode& n) { return n.op == core::Op::Input || n.op == core::Op::Constant; }

// The sizes the layout needs, at the current font: a box for the label (and an operation's name beside it), and
// room for the widest number the node will show, so nothing moves or clips while stepping.
std::vector<lab::NodeExtent> measure(const core::ParsedExpression& e, float line) {
    std::vector<lab::NodeExtent> extents;
    for (int i = 0; i < e.graph.size(); ++i) {
        const core::GraphNode& n = e.graph.node(i);
        const float label = ImGui::CalcTextSize(box_label(e, i).c_str()).x;
        const float name = is_leaf(n) ? 0.0f : ImGui::CalcTextSize(e.nodes[static_cast<size_t>(i)].name.c_str()).x + line * 0.35f;
        const float numbers = std::max(ImGui::CalcTextSize(lab::num(n.value).c_str()).x,
                                       ImGui::CalcTextSize(lab::num(n.grad).c_str()).x);
        const float room = n.op == core::Op::Constant ? 0.0f : numbers + 4.0f;  // a constant shows no number beside
        extents.push_back({label + name + line * 0.9f, line * 1.45f, room});
    }
    return extents;
}

constexpr float kGraphFontScale = 0.72f;  // of the equation font at zoom 1
constexpr float kMinZoom = 0.3f, kMaxZoom = 3.0f, kMaxFitZoom = 1.5f, kMinFitZoom = 0.5f;

// The graph in a scrolling child: fitted to the area (between 50 % and 150 %) unless the student zoomed; Ctrl +
// wheel zooms, dragging pans, the scroll bars scroll when it is larger than the area.
void draw_graph(const lab::GraphLesson& graph, GraphPanelState& state, ImVec2 area) {
    const core::ParsedExpression& e = graph.parsed();
    const core::ScalarGraph& g = e.graph;
    if (g.size() == 0 || area.x < 80 || area.y < 40) return ImGui::Dummy(area);
    ImGui::BeginChild("##graph_area", area, false, ImGuiWindowFlags_HorizontalScrollbar | ImGuiWindowFlags_NoMove);
    ImGui::PushFont(equation_font());  // boxes and numbers readable from the back of the room
    ImGui::SetWindowFontScale(kGraphFontScale);
    const float unit_line = ImGui::GetTextLineHeight();
    const lab::GraphLayout layout = lab::layout_graph(g, e.output, measure(e, unit_line), unit_line);
    const float bar = ImGui::GetStyle().ScrollbarSize;
    const ImVec2 room(ImGui::GetWindowWidth() - bar, ImGui::GetWindowHeight() - bar);
    const float fit = std::clamp(std::min(room.x / layout.width, room.y / layout.height), kMinFitZoom, kMaxFitZoom);
    const float zoom = state.zoom > 0.0f ? state.zoom : fit;
    state.shown_zoom = zoom;
    ImGui::SetWindowFontScale(kGraphFontScale * zoom);
    const float line = ImGui::GetTextLineHeight();

    // content: the whole picture, centred when it is smaller than the area
    const ImVec2 content(layout.width * zoom, layout.height * zoom);
    const ImVec2 top = ImGui::GetCursorScreenPos();
    const ImVec2 origin(top.x + std::max(0.0f, (room.x - content.x) * 0.5f),
                        top.y + std::max(0.0f, (room.y - content.y) * 0.5f));
    ImGui::InvisibleButton("##graph_pan", ImVec2(std::max(content.x, room.x - 1), std::max(content.y, room.y - 1)));
    const ImGuiIO& io = ImGui::GetIO();
    if (ImGui::IsItemActive() && ImGui::IsMouseDragging(ImGuiMouseButton_Left, 2.0f)) {
        ImGui::SetScrollX(ImGui::GetScrollX() - io.MouseDelta.x);
        ImGui::SetScrollY(ImGui::GetScrollY() - io.MouseDelta.y);
    }
    if (ImGui::IsWindowHovered() && io.KeyCtrl && io.MouseWheel != 0.0f)
        state.zoom = std::clamp(zoom * (io.MouseWheel > 0 ? 1.1f : 1.0f / 1.1f), kMinZoom, kMaxZoom);
    const auto at = [&](float x, float y) { return ImVec2(origin.x + x * zoom, origin.y + y * zoom); };

    ImDrawList* draw = ImGui::GetWindowDrawList();
    const lab::GraphStep* now = graph.current();
    const auto is_now = [&](int node, bool backward) { return now && now->node == node && now->backward == backward; };
    const auto arrow = [&](ImVec2 p0, ImVec2 p1, bool hot) {
        const ImU32 colour = hot ? kHighlightColour : kEdgeColour;
        const float head = line * 0.4f;
        draw->AddLine(p0, ImVec2(p1.x - head * 0.5f, p1.y), colour, (hot ? 3.0f : 1.5f) * std::max(1.0f, zoom));
        draw->AddTriangleFilled(p1, ImVec2(p1.x - head, p1.y - head * 0.55f), ImVec2(p1.x - head, p1.y + head * 0.55f), colour);
    };
    // edges operand → user; a binary operation's lhs arrives above its middle, the rhs below
    for (int i = 0; i < g.size(); ++i) {
        const core::GraphNode& n = g.node(i);
        const lab::LayoutRect& to = layout.boxes[static_cast<size_t>(i)];
        for (int side = 0; side < 2; ++side) {
            const int from = side == 0 ? n.lhs : n.rhs;
            if (from < 0) continue;
            const lab::LayoutRect& r = layout.boxes[static_cast<size_t>(from)];
            const float port = n.rhs < 0 ? 0.0f : (side == 0 ? -0.2f : 0.2f) * (to.y1 - to.y0);
            arrow(at(r.x1, r.centre_y()), at(to.x0, to.centre_y() + port), is_now(i, false) || is_now(from, true));
        }
    }
    if (e.output >= 0) {
        const lab::LayoutRect& r = layout.boxes[static_cast<size_t>(e.output)];
        arrow(at(r.x1, r.centre_y()), at(layout.value_labels[static_cast<size_t>(e.output)].x1 + unit_line * 0.4f, r.centre_y()),
              is_now(e.output, true));
    }
    // each node's value above its outgoing edge, its gradient ∂f/∂node below (the slide's green and red)
    for (int i = 0; i < g.size(); ++i) {
        const size_t k = static_cast<size_t>(i);
        const lab::LayoutRect &value = layout.value_labels[k], &gradient = layout.gradient_labels[k];
        const auto hidden = [&](bool backward) { return state.prediction && state.prediction->hides_graph(i, backward); };
        if (graph.value_known(i) && !hidden(false) && g.node(i).op != core::Op::Constant)  // a constant's number is its box
            plate_label(draw, at(value.x0, value.y0), lab::num(g.node(i).value), kValueColour);
        if (graph.gradient_known(i) && !hidden(true))
            plate_label(draw, at(gradient.x0, gradient.y0), lab::num(g.node(i).grad), kGradientColour);
    }
    for (int i = 0; i < g.size(); ++i) {
        const lab::LayoutRect& r = layout.boxes[static_cast<size_t>(i)];
        const core::GraphNode& n = g.node(i);
        const bool leaf = is_leaf(n);
        const bool hot = is_now(i, false) || is_now(i, true);
        const ImVec2 lo = at(r.x0, r.y0), hi = at(r.x1, r.y1);
        draw->AddRectFilled(lo, hi, graph.value_known(i) ? (leaf ? kLeafBoxColour : kBoxColour) : kPendingColour, 6.0f);
        draw->AddRect(lo, hi, hot ? kHighlightColour : IM_COL32(120, 124, 136, 255), 6.0f, 0, hot ? 3.0f : 1.0f);
        // the label, and after an operation's symbol its name (q, r, …, f) dimmed: "+ q"
        const std::string label = box_label(e, i);
        const std::string name = leaf ? "" : e.nodes[static_cast<size_t>(i)].name;
        const ImVec2 text = ImGui::CalcTextSize(label.c_str());
        const float gap = leaf ? 0.0f : line * 0.35f, name_w = ImGui::CalcTextSize(name.c_str()).x;
        const float x = (lo.x + hi.x - text.x - gap - name_w) * 0.5f, y = (lo.y + hi.y - text.y) * 0.5f;
        draw->AddText(ImVec2(x, y), IM_COL32(240, 240, 245, 255), label.c_str());
        if (!leaf) draw->AddText(ImVec2(x + text.x + gap, y), kNameColour, name.c_str());
    }
    ImGui::SetWindowFontScale(1.0f);
    ImGui::PopFont();
    ImGui::EndChild();
}

// The current step, large: formula, then the same with numbers.
// An equation that breaks only before its " = " (and, if a part is still too wide, at its spaces), so a number
// is never split across lines: "∂f/∂r = 1 · 0.4794" / "= 0.4794".
void equation_lines(const std::string& text, const ImVec4& colour) {
    ImGui::PushStyleColor(ImGuiCol_Text, colour);
    const float width = ImGui::GetContentRegionAvail().x;
    std::string line;
    for (size_t begin = 0; begin < text.size();) {
        const size_t cut = text.find(" = ", begin + 1);
        const std::string part = text.substr(begin, cut == std::string::npos ? std::string::npos : cut - begin);
        if (!line.empty() && ImGui::CalcTextSize((line + part).c_str()).x > width) {
            ImGui::TextWrapped("%s", line.c_str());
            line = part.substr(1);  // the continuation starts with "= "
        } else {
            line += part;
        }
        begin = cut == std::string::npos ? text.size() : cut;
    }
    if (!line.empty()) ImGui::TextWrapped("%s", line.c_str());
    ImGui::PopStyleColor();
}

void draw_step(const lab::GraphLesson& graph, const lab::Prediction* prediction) {
    const lab::GraphStep* step = graph.current();
    ImGui::PushFont(equation_font());
    if (!step) {
        ImGui::PushStyleColor(ImGuiCol_Text, formula_colour());
        ImGui::TextWrapped("f = %s", graph.expression().c_str());
        ImGui::PopStyleColor();
        ImGui::PopFont();
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
        ImGui::TextWrapped("Next (or Space) computes the values forward, then the gradients backward.");
        ImGui::PopStyleColor();
        return;
    }
    equation_lines(step->formula, formula_colour());  // the theme's: dark text on the light (projector) theme
    const lab::Question* asked = prediction ? prediction->hidden_question(true) : nullptr;
    equation_lines(asked && prediction->hides_graph(step->node, step->backward) ? asked->masked : step->numbers,
                   numbers_colour());
    ImGui::PopFont();
}

}  // namespace

void show_graph_texts(GraphPanelState& state, const lab::GraphLesson& graph) {
    std::snprintf(state.expression, sizeof state.expression, "%s", graph.expression().c_str());
    std::snprintf(state.variables, sizeof state.variables, "%s", graph.variables().c_str());
    state.filled = true;
}

GraphActions graph_panel(const lab::GraphLesson& graph, GraphPanelState& state) {
    if (!state.filled) show_graph_texts(state, graph);
    GraphActions actions;
    const float label_w = ImGui::CalcTextSize("values").x + ImGui::GetStyle().ItemSpacing.x;
    const float wide = ImGui::GetContentRegionAvail().x;

    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("f =");
    ImGui::SameLine(label_w);
    ImGui::SetNextItemWidth(std::max(120.0f, wide * 0.45f - label_w));
    bool enter = ImGui::InputText("##expression", state.expression, sizeof state.expression, ImGuiInputTextFlags_EnterReturnsTrue);
    state.expression_box[0] = ImGui::GetItemRectMin().x;
    state.expression_box[1] = ImGui::GetItemRectMin().y;
    state.expression_box[2] = ImGui::GetItemRectSize().x;
    state.expression_box[3] = ImGui::GetItemRectSize().y;
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s\nEnter shows it.", core::expression_help().c_str());
    const float variables_w = std::max(120.0f, wide * 0.30f);
    same_line_if_room(ImGui::CalcTextSize("at").x + ImGui::GetStyle().ItemSpacing.x + variables_w);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("at");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(variables_w);
    enter |= ImGui::InputText("##variables", state.variables, sizeof state.variables, ImGuiInputTextFlags_EnterReturnsTrue);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("name = value, separated by commas");
    same_line_if_room(button_width("Show"));
    if (ImGui::Button("Show") || enter) {
        actions.submit = true;
        actions.expression = state.expression;
        actions.variables = state.variables;
    }

    if (ImGui::Button("◀ Back")) actions.step = -1;
    ImGui::SameLine();
    if (ImGui::Button("Next ▶")) actions.step = +1;
    // zoom: − and + step by a quarter, "fit" goes back to fitting the area (Ctrl + wheel zooms too)
    same_line_if_room(button_width(" − "));
    if (ImGui::Button(" − ")) state.zoom = std::max(0.3f, state.shown_zoom / 1.25f);
    same_line_if_room(button_width(" + "));
    if (ImGui::Button(" + ")) state.zoom = std::min(3.0f, state.shown_zoom * 1.25f);
    same_line_if_room(button_width("fit"));
    if (ImGui::Button("fit")) state.zoom = 0.0f;
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Zoom: − and +, or Ctrl + wheel; drag to move the graph");
    char zoom[32];
    std::snprintf(zoom, sizeof zoom, "%d %%%s", static_cast<int>(state.shown_zoom * 100.0f + 0.5f),
                  state.zoom > 0.0f ? "" : " (fit)");
    same_line_if_room(ImGui::CalcTextSize(zoom).x);
    ImGui::TextDisabled("%s", zoom);
    const lab::GraphStep* now = graph.current();
    // the legend is text on the window background: on the light theme the plates' pale green and red would be
    // under 2:1 against white, so it takes darker shades of the same hues (≥ 5:1)
    const bool light = light_theme();
    same_line_if_room(ImGui::CalcTextSize("value").x + ImGui::GetStyle().ItemSpacing.x + ImGui::CalcTextSize("gradient").x);
    ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(light ? IM_COL32(0, 120, 40, 255) : kValueColour), "value");
    ImGui::SameLine();
    ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(light ? IM_COL32(190, 30, 20, 255) : kGradientColour), "gradient");
    char step[64];
    std::snprintf(step, sizeof step, "step %d / %d%s", graph.cursor() + 1, static_cast<int>(graph.steps().size()),
                  !now ? "" : now->backward ? " · backward" : " · forward");
    same_line_if_room(ImGui::CalcTextSize(step).x);
    ImGui::TextDisabled("%s", step);

    if (graph.has_error()) draw_error(graph);

    // The graph gets what the big step text leaves.
    const float step_h = 2.6f * ImGui::GetTextLineHeightWithSpacing() * (kEquationFontSize / kUiFontSize);
    // A wide, low panel (the lab's own layout at 1280 × 800) puts the step beside the graph, wrapped, so the graph
    // gets the height; otherwise the step goes underneath.
    // A panel too low for both (1024 × 768 at projector text sizes) shows the graph alone: the step bar's status
    // line below says the same step with its numbers.
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    if (avail.y < 2.2f * step_h) {
        draw_graph(graph, state, avail);
    } else if (avail.x > 2.4f * avail.y) {
        const float side = std::clamp(avail.x * 0.3f, 11.0f * ImGui::GetFontSize(), 28.0f * ImGui::GetFontSize());
        draw_graph(graph, state, ImVec2(avail.x - side - ImGui::GetStyle().ItemSpacing.x, avail.y));
        ImGui::SameLine();
        ImGui::BeginChild("##graph_step", ImVec2(0, avail.y));
        draw_step(graph, state.prediction);
        ImGui::EndChild();
    } else {
        draw_graph(graph, state, ImVec2(avail.x, std::max(48.0f, avail.y - step_h)));
        draw_step(graph, state.prediction);
    }
    return actions;
}

}  // namespace ui

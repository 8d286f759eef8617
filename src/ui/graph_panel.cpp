#include "ui/graph_panel.h"

#include <algorithm>
#include <cstdio>
#include <vector>

#include "imgui.h"
#include "lab/teach/notation.h"
#include "ui/colours.h"
#include "ui/fonts.h"

namespace ui {
namespace {

const ImU32 kBoxColour = IM_COL32(52, 56, 66, 255);
const ImU32 kLeafBoxColour = IM_COL32(38, 60, 86, 255);
const ImU32 kEdgeColour = IM_COL32(150, 150, 160, 255);
const ImU32 kValueColour = IM_COL32(120, 220, 140, 255);     // forward values: green, as on the slide
const ImU32 kGradientColour = IM_COL32(255, 120, 110, 255);  // backward gradients: red
const ImU32 kErrorColour = IM_COL32(255, 140, 110, 255);

// Column of each node: an operation one right of its deepest operand (leaves counted at 0), so the output ends
// rightmost; then each input or constant moves next to its first user, so no edge has to pass under a box.
std::vector<int> node_columns(const core::ScalarGraph& g) {
    std::vector<int> column(static_cast<size_t>(g.size()), 0);
    const auto at = [&](int i) -> int& { return column[static_cast<size_t>(i)]; };
    const auto leaf = [&](int i) { return g.node(i).op == core::Op::Input || g.node(i).op == core::Op::Constant; };
    for (int i = 0; i < g.size(); ++i) {
        const core::GraphNode& n = g.node(i);
        if (n.lhs >= 0) at(i) = std::max(at(i), at(n.lhs) + 1);
        if (n.rhs >= 0) at(i) = std::max(at(i), at(n.rhs) + 1);
    }
    std::vector<int> first_user(static_cast<size_t>(g.size()), -1);
    for (int i = 0; i < g.size(); ++i)
        for (int operand : {g.node(i).lhs, g.node(i).rhs})
            if (operand >= 0 && leaf(operand) && (first_user[static_cast<size_t>(operand)] < 0 || at(i) < at(first_user[static_cast<size_t>(operand)])))
                first_user[static_cast<size_t>(operand)] = i;
    for (int i = 0; i < g.size(); ++i)
        if (leaf(i) && first_user[static_cast<size_t>(i)] >= 0) at(i) = std::max(0, at(first_user[static_cast<size_t>(i)]) - 1);
    return column;
}

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

// A label centred at `centre`, on a dark plate so it reads over an edge.
void edge_label(ImDrawList* draw, ImVec2 centre, const std::string& text, ImU32 colour) {
    const ImVec2 size = ImGui::CalcTextSize(text.c_str());
    const ImVec2 top_left(centre.x - size.x * 0.5f, centre.y - size.y * 0.5f);
    draw->AddRectFilled(ImVec2(top_left.x - 2, top_left.y), ImVec2(top_left.x + size.x + 2, top_left.y + size.y),
                        IM_COL32(23, 23, 28, 220), 3.0f);
    draw->AddText(top_left, colour, text.c_str());
}

struct Box {
    ImVec2 centre;
    float half_w = 0, half_h = 0;
};

void draw_graph(const lab::GraphLesson& graph, ImVec2 origin, ImVec2 size) {
    const core::ParsedExpression& e = graph.parsed();
    const core::ScalarGraph& g = e.graph;
    if (g.size() == 0 || size.x < 80 || size.y < 40) return;
    const std::vector<int> column = node_columns(g);
    const int columns = *std::max_element(column.begin(), column.end()) + 2;  // + room for f's outgoing edge
    std::vector<int> rows(static_cast<size_t>(columns), 0), row(static_cast<size_t>(g.size()), 0);
    for (int i = 0; i < g.size(); ++i) row[static_cast<size_t>(i)] = rows[static_cast<size_t>(column[static_cast<size_t>(i)])]++;

    const float column_w = size.x / static_cast<float>(columns);
    const float line = ImGui::GetTextLineHeight();
    std::vector<Box> boxes(static_cast<size_t>(g.size()));
    for (int i = 0; i < g.size(); ++i) {
        const int c = column[static_cast<size_t>(i)];
        const float row_h = size.y / static_cast<float>(rows[static_cast<size_t>(c)]);
        Box& b = boxes[static_cast<size_t>(i)];
        b.centre = ImVec2(origin.x + (static_cast<float>(c) + 0.35f) * column_w,
                          origin.y + (static_cast<float>(row[static_cast<size_t>(i)]) + 0.5f) * row_h);
        b.half_w = std::clamp(column_w * 0.14f, line * 0.9f, line * 2.2f);
        b.half_h = std::min(line * 1.1f, row_h * 0.3f);
    }

    ImDrawList* draw = ImGui::GetWindowDrawList();
    const lab::GraphStep* now = graph.current();
    const auto is_now = [&](int node, bool backward) { return now && now->node == node && now->backward == backward; };

    // Edges operand → user: the operand's value above; below, the gradient it gets along this edge,
    // ∂f/∂user · ∂user/∂operand (the whole ∂f/∂operand when it has one user).
    const auto edge = [&](int from, int to, double local) {
        const Box& a = boxes[static_cast<size_t>(from)];
        const ImVec2 p0(a.centre.x + a.half_w, a.centre.y);
        ImVec2 p1;
        if (to >= 0) {
            const Box& b = boxes[static_cast<size_t>(to)];
            p1 = ImVec2(b.centre.x - b.half_w, b.centre.y);
        } else {
            p1 = ImVec2(std::min(origin.x + size.x - 4, p0.x + column_w * 0.75f), p0.y);
        }
        const bool hot = (to >= 0 && is_now(to, false)) || is_now(from, true);
        draw->AddLine(p0, p1, hot ? kHighlightColour : kEdgeColour, hot ? 3.0f : 1.5f);
        draw->AddTriangleFilled(p1, ImVec2(p1.x - 9, p1.y - 5), ImVec2(p1.x - 9, p1.y + 5), hot ? kHighlightColour : kEdgeColour);
        // labels a third of the way along: edges that meet at one box are still apart there
        const ImVec2 mid(p0.x + (p1.x - p0.x) * 0.36f, p0.y + (p1.y - p0.y) * 0.36f);
        if (graph.value_known(from)) edge_label(draw, ImVec2(mid.x, mid.y - line * 0.75f), lab::num(g.node(from).value), kValueColour);
        if (graph.gradient_known(from)) {
            const double along = to >= 0 ? g.node(to).grad * local : 1.0;
            edge_label(draw, ImVec2(mid.x, mid.y + line * 0.75f), lab::num(along), kGradientColour);
        }
    };
    for (int i = 0; i < g.size(); ++i) {
        const core::GraphNode& n = g.node(i);
        if (n.lhs >= 0) edge(n.lhs, i, n.local_lhs);
        if (n.rhs >= 0) edge(n.rhs, i, n.local_rhs);
    }
    if (e.output >= 0) edge(e.output, -1, 1.0);

    for (int i = 0; i < g.size(); ++i) {
        const Box& b = boxes[static_cast<size_t>(i)];
        const core::GraphNode& n = g.node(i);
        const bool leaf = n.op == core::Op::Input || n.op == core::Op::Constant;
        const bool hot = is_now(i, false) || is_now(i, true);
        const ImVec2 lo(b.centre.x - b.half_w, b.centre.y - b.half_h), hi(b.centre.x + b.half_w, b.centre.y + b.half_h);
        draw->AddRectFilled(lo, hi, graph.value_known(i) ? (leaf ? kLeafBoxColour : kBoxColour) : kPendingColour, 6.0f);
        draw->AddRect(lo, hi, hot ? kHighlightColour : IM_COL32(120, 124, 136, 255), 6.0f, 0, hot ? 3.0f : 1.0f);
        const std::string label = box_label(e, i);
        const ImVec2 text = ImGui::CalcTextSize(label.c_str());
        draw->AddText(ImVec2(b.centre.x - text.x * 0.5f, b.centre.y - text.y * 0.5f), IM_COL32(240, 240, 245, 255), label.c_str());
        if (!leaf) {  // the intermediate's name (q, r, …, f) under its box
            const std::string& name = e.nodes[static_cast<size_t>(i)].name;
            const ImVec2 name_size = ImGui::CalcTextSize(name.c_str());
            draw->AddText(ImVec2(b.centre.x - name_size.x * 0.5f, hi.y + 2), ImGui::GetColorU32(dim_text_colour()), name.c_str());
        }
    }
}

// The current step, large: formula, then the same with numbers.
void draw_step(const lab::GraphLesson& graph) {
    const lab::GraphStep* step = graph.current();
    ImGui::PushFont(equation_font());
    if (!step) {
        ImGui::PushStyleColor(ImGuiCol_Text, formula_colour());
        ImGui::TextWrapped("f = %s", graph.expression().c_str());
        ImGui::PopStyleColor();
        ImGui::PopFont();
        ImGui::TextDisabled("Next (or Space) computes the values forward, then the gradients backward.");
        return;
    }
    ImGui::PushStyleColor(ImGuiCol_Text, formula_colour());
    ImGui::TextWrapped("%s", step->formula.c_str());
    ImGui::PopStyleColor();
    ImGui::PushStyleColor(ImGuiCol_Text, numbers_colour());
    ImGui::TextWrapped("%s", step->numbers.c_str());
    ImGui::PopStyleColor();
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
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("+ − × ÷ ^, exp, log, tanh, sigmoid, relu, max(a, b), named variables; Enter shows it");
    ImGui::SameLine();
    ImGui::TextUnformatted("at");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(std::max(120.0f, wide * 0.30f));
    enter |= ImGui::InputText("##variables", state.variables, sizeof state.variables, ImGuiInputTextFlags_EnterReturnsTrue);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("name = value, separated by commas");
    ImGui::SameLine();
    if (ImGui::Button("Show") || enter) {
        actions.submit = true;
        actions.expression = state.expression;
        actions.variables = state.variables;
    }

    if (ImGui::Button("◀ Back")) actions.step = -1;
    ImGui::SameLine();
    if (ImGui::Button("Next ▶")) actions.step = +1;
    ImGui::SameLine();
    const lab::GraphStep* now = graph.current();
    ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(kValueColour), "value");
    ImGui::SameLine();
    ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(kGradientColour), "gradient");
    ImGui::SameLine();
    ImGui::TextDisabled("step %d / %d%s", graph.cursor() + 1, static_cast<int>(graph.steps().size()),
                        !now ? "" : now->backward ? " · backward" : " · forward");

    if (graph.has_error()) draw_error(graph);

    // The graph gets what the big step text leaves.
    const float step_h = 2.6f * ImGui::GetTextLineHeightWithSpacing() * (kEquationFontSize / kUiFontSize);
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const ImVec2 area(avail.x, std::max(48.0f, avail.y - step_h));
    ImGui::PushFont(equation_font());  // boxes and numbers readable from the back of the room
    ImGui::SetWindowFontScale(0.72f);
    draw_graph(graph, ImVec2(origin.x, origin.y + 4), ImVec2(area.x, area.y - 8));
    ImGui::SetWindowFontScale(1.0f);
    ImGui::PopFont();
    ImGui::Dummy(area);
    draw_step(graph);
    return actions;
}

}  // namespace ui

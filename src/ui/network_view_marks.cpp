// The lessons' marks on the network view, each with a legend in the network area's bottom left corner:
//   lesson 5:  a red cross over each dead unit, a square around each saturated one;
//   lesson 10: the shown example's dropout mask — a grey cross over each dropped unit, ×1/(1 − p) by each kept one.
// The legends go under the drawing's region, in the room marks_legend_height reserves.
#include <algorithm>
#include <string>

#include "ui/gradient_size_panel.h"
#include "ui/network_view.h"
#include "ui/network_view_draw.h"

namespace ui::detail {
namespace {

// One legend line on a dark plate (so it reads over edges), its mark drawn by `mark` in a box at the left.
template <class Mark>
void legend_line(ImDrawList* draw, ImVec2 at, const std::string& text, Mark mark) {
    const float line = ImGui::GetTextLineHeight(), box = 0.8f * line;
    const float text_w = ImGui::CalcTextSize(text.c_str()).x;
    draw->AddRectFilled(ImVec2(at.x - 3, at.y - 2), ImVec2(at.x + box + 8 + text_w + 3, at.y + line + 2),
                        IM_COL32(20, 20, 26, 220), 3.0f);
    mark(ImVec2(at.x + 0.5f * box, at.y + 0.5f * line), 0.45f * box);
    draw->AddText(ImVec2(at.x + box + 8, at.y), IM_COL32(235, 235, 240, 255), text.c_str());
}

void cross(ImDrawList* draw, ImVec2 c, float s, ImU32 colour, float width) {
    draw->AddLine(ImVec2(c.x - s, c.y - s), ImVec2(c.x + s, c.y + s), colour, width);
    draw->AddLine(ImVec2(c.x - s, c.y + s), ImVec2(c.x + s, c.y - s), colour, width);
}

const ImU32 kDroppedColour = IM_COL32(200, 200, 210, 255);
float legend_pitch() { return ImGui::GetTextLineHeight() + 4; }

}  // namespace

void draw_unit_health(ImDrawList* draw, const NetworkLayout& layout, const lab::NetworkHealth& health,
                      const Box& region) {
    const HealthColours colours = health_colours();
    bool any[3] = {};
    for (const NodePlace& n : layout.nodes) {
        if (n.unit < 0 || n.layer >= static_cast<int>(health.units.size()) ||
            n.unit >= static_cast<int>(health.units[static_cast<size_t>(n.layer)].size()))
            continue;
        const lab::UnitHealth kind = health.units[static_cast<size_t>(n.layer)][static_cast<size_t>(n.unit)];
        any[static_cast<int>(kind)] = true;
        const float s = n.r * 0.85f, w = std::max(2.5f, 0.14f * n.r);
        if (kind == lab::UnitHealth::Dead) {
            cross(draw, ImVec2(n.cx, n.cy), s, colours.dead, w);
        } else if (kind == lab::UnitHealth::Saturated) {
            const float o = n.r + 5;
            draw->AddRect(ImVec2(n.cx - o, n.cy - o), ImVec2(n.cx + o, n.cy + o), colours.saturated, 2.0f, 0, w);
        }
    }
    float y = region.y + region.h + 4;
    for (lab::UnitHealth kind : {lab::UnitHealth::Dead, lab::UnitHealth::Saturated}) {
        const std::string text = std::string(lab::unit_health_info(kind).legend) +
                                 (any[static_cast<int>(kind)] ? "" : "  (none now)");
        legend_line(draw, ImVec2(region.x + 6, y), text, [&](ImVec2 c, float s) {
            if (kind == lab::UnitHealth::Dead) cross(draw, c, s, colours.dead, 2.5f);
            else draw->AddRect(ImVec2(c.x - s, c.y - s), ImVec2(c.x + s, c.y + s), colours.saturated, 1.0f, 0, 2.5f);
        });
        y += legend_pitch();
    }
}

void draw_dropout_mask(ImDrawList* draw, const ViewFrame& f, const NetworkLayout& layout, const Box& region) {
    if (!f.cache) return;
    double rescale = 0.0;  // the kept units' mask value, 1/(1 − p)
    bool any = false;
    for (size_t k = 0; k < layout.nodes.size(); ++k) {
        const NodePlace& n = layout.nodes[k];
        if (n.unit < 0 || n.layer >= static_cast<int>(f.cache->dropout_mask.size()) || !f.forward_reached[k]) continue;
        const std::vector<double>& mask = f.cache->dropout_mask[static_cast<size_t>(n.layer)];
        if (mask.empty()) continue;
        any = true;
        const double m = mask[static_cast<size_t>(n.unit)];
        if (m == 0.0) {
            const float w = std::max(3.0f, 0.16f * n.r);  // a dark cross under a light one: seen on any fill
            cross(draw, ImVec2(n.cx, n.cy), n.r * 1.1f, IM_COL32(10, 10, 14, 255), w + 3.0f);
            cross(draw, ImVec2(n.cx, n.cy), n.r * 1.1f, kDroppedColour, w);
        } else {  // ×1/(1 − p) on a dark plate at the node's top left, clear of its thumbnail on the right
            rescale = m;
            const std::string text = "×" + short_number(m, 2);
            const ImVec2 size = ImGui::CalcTextSize(text.c_str());
            const ImVec2 at(n.cx - n.r - size.x + 2, n.cy - n.r - 0.6f * size.y);
            draw->AddRectFilled(ImVec2(at.x - 2, at.y), ImVec2(at.x + size.x + 2, at.y + size.y),
                                IM_COL32(20, 20, 26, 220), 3.0f);
            draw->AddText(at, IM_COL32(255, 214, 10, 255), text.c_str());
        }
    }
    if (!any) return;
    const double p = f.stepper.session().config().train.dropout.rate;
    const std::string kept = rescale > 0 ? "×" + short_number(rescale, 2) : "×1/(1 − p)";
    const std::string text = "dropout p = " + short_number(p, 2) + ": dropped (m = 0),  " + kept + " kept (m = 1)";
    legend_line(draw, ImVec2(region.x + 6, region.y + region.h + 4), text,
                [&](ImVec2 c, float s) { cross(draw, c, s, kDroppedColour, 2.5f); });
}

float marks_legend_height(const NetworkViewState& state, const lab::Stepper& stepper) {
    if (state.health) return 2 * legend_pitch() + 4;
    const bool dropout = stepper.session().config().train.dropout.rate > 0 && stepper.trace();
    return dropout ? legend_pitch() + 4 : 0.0f;
}

}  // namespace ui::detail

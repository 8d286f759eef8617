#include "app/layout.h"

#include <algorithm>

namespace app {
namespace {

bool is_hidden(const std::vector<PanelId>& hidden, PanelId place) {
    return std::find(hidden.begin(), hidden.end(), place) != hidden.end();
}

// Splits the height h of a column between an upper and a lower place: `upper_share` of it when both are shown,
// all of it to the one shown otherwise.
void split_column(float x, float y, float w, float h, float upper_share, bool upper_on, bool lower_on, Rect& upper,
                  Rect& lower) {
    const float upper_h = !upper_on ? 0.0f : (lower_on ? upper_share * h : h);
    upper = upper_on ? Rect{x, y, w, upper_h} : Rect{};
    lower = lower_on ? Rect{x, y + upper_h, w, h - upper_h} : Rect{};
}

// A phone's switcher offers these places, in this order: what a student looks at most, first.
constexpr PanelId kSwitched[] = {PanelId::Network, PanelId::Data, PanelId::Equation, PanelId::Controls, PanelId::Loss};

Rect& place_rect(Layout& layout, PanelId place) {
    return const_cast<Rect&>(place_of(static_cast<const Layout&>(layout), place));
}

// A phone: one place in front, full width, under a row of place tabs (portrait); or the place in front beside the
// data, right of a column of place tabs (landscape). The places behind are empty rectangles: nothing is drawn there.
void phone_layout(float w, float body_h, float line, const std::vector<PanelId>& hidden, PanelId front, Layout& out) {
    const bool data_beside = !out.portrait && !is_hidden(hidden, PanelId::Data);
    for (PanelId place : kSwitched)
        if (!is_hidden(hidden, place) && !(data_beside && place == PanelId::Data)) out.switched.push_back(place);
    const bool switching = out.switched.size() > 1;  // one place alone needs no switcher
    out.front = out.switched.empty() ? front : out.switched.front();
    for (PanelId place : out.switched)
        if (place == front) out.front = front;
    if (out.portrait) {
        const float row_h = switching ? line + 4.0f : 0.0f;  // a finger-size tab and a little air
        if (switching) out.switcher = {0, 0, w, row_h};
        if (!out.switched.empty()) place_rect(out, out.front) = {0, row_h, w, std::max(0.0f, body_h - row_h)};
        return;
    }
    const float column_w = switching ? std::max(110.0f, 2.2f * line) : 0.0f;  // "Equation" on a finger-size tab
    if (switching) out.switcher = {0, 0, column_w, body_h};
    const float room = w - column_w;
    const float data_w = !data_beside ? 0.0f : (out.switched.empty() ? room : std::min(body_h, 0.45f * room));
    if (data_beside) out.data = {w - data_w, 0, data_w, body_h};
    if (!out.switched.empty()) place_rect(out, out.front) = {column_w, 0, room - data_w, body_h};
}

}  // namespace

bool phone_screen(float width, float height) { return width < 600.0f || height < 500.0f; }

const Rect& place_of(const Layout& layout, PanelId panel) {
    switch (panel_info(panel).place) {
    case PanelId::Controls: return layout.controls;
    case PanelId::Loss: return layout.loss;
    case PanelId::Network: return layout.network;
    case PanelId::Equation: return layout.equation;
    case PanelId::Data: return layout.data;
    default: return layout.step_bar;
    }
}

Layout compute_layout(float width, float height, float line, const std::vector<PanelId>& hidden, float scale,
                      float step_bar_height, PanelId front) {
    Layout out;
    const float w = std::max(width, 1.0f), h = std::max(height, 1.0f);
    const bool controls_on = !is_hidden(hidden, PanelId::Controls), loss_on = !is_hidden(hidden, PanelId::Loss);
    const bool network_on = !is_hidden(hidden, PanelId::Network), equation_on = !is_hidden(hidden, PanelId::Equation);
    const bool data_on = !is_hidden(hidden, PanelId::Data), steps_on = !is_hidden(hidden, PanelId::Steps);
    // Two rows of controls (buttons; event and timeline) with the window's padding; narrow screens wrap to more.
    const float s = std::max(scale, 1.0f), room = w / s;  // the width in normal-size UI units
    out.phone = phone_screen(w, h);
    out.portrait = w < h;
    // a phone's bar: large Back and Next, the rest as arrows (ui/step_bar.cpp), on two rows in landscape
    const float rows = out.phone ? (out.portrait ? 6 : 2) : (room >= 1000 ? 2 : (room >= 640 ? 3 : 5));
    // The height the bar measured in its last frame wins over the estimate: wrapping depends on the text's size.
    const float bar_estimate = step_bar_height > 0 ? step_bar_height : rows * line + 24.0f;
    const float bar_h = steps_on ? std::min(h * 0.5f, bar_estimate) : 0.0f;
    if (steps_on) out.step_bar = {0, h - bar_h, w, bar_h};
    const float body_h = h - bar_h;

    if (out.phone) {
        phone_layout(w, body_h, line, hidden, front, out);
        return out;
    }
    if (out.portrait) {
        // Stacked: the equation first (what the lecturer talks about), then network, data, settings. A hidden
        // place gives its height to the others in proportion.
        const float settings_share = (controls_on || loss_on) ? 0.19f : 0.0f;
        const float shares[4] = {equation_on ? 0.25f : 0.0f, network_on ? 0.28f : 0.0f,
                                 data_on ? std::min(w / body_h, 0.28f) : 0.0f, settings_share};
        const float total = shares[0] + shares[1] + shares[2] + shares[3];
        if (total <= 0) return out;
        float heights[4];
        for (int k = 0; k < 4; ++k) heights[k] = body_h * shares[k] / total;
        if (data_on) {  // the data view is a square: never taller than wide, the rest to the others
            const float extra = std::max(0.0f, heights[2] - w);
            heights[2] -= extra;
            const float others = total - shares[2];
            for (int k : {0, 1, 3})
                if (others > 0) heights[k] += extra * shares[k] / others;
        }
        float y = 0;
        Rect* places[4] = {&out.equation, &out.network, &out.data, &out.controls};
        for (int k = 0; k < 4; ++k) {
            if (heights[k] > 0) *places[k] = {0, y, w, heights[k]};
            y += heights[k];
        }
        // Controls and loss share one tabbed place; with one of them hidden the other has it alone.
        out.loss = loss_on ? out.controls : Rect{};
        if (!controls_on) out.controls = Rect{};
        return out;
    }

    // Side columns scale with the width but keep a usable minimum; the centre gets the rest.
    const bool left_on = controls_on || loss_on, centre_on = network_on || equation_on;
    // Larger text needs wider side columns, but never more than 30 % of the width each.
    const float left_min = std::min(240.0f * s, 0.3f * w), right_min = std::min(260.0f * s, 0.3f * w);
    const float left_w = left_on ? std::clamp(0.24f * w, left_min, std::max(left_min, 360.0f)) : 0.0f;
    // Without the left column (presentation mode, hide=controls,loss) the plot may grow past 520 px.
    const float right_max = std::max(right_min, left_on ? 520.0f : 0.45f * w);
    float right_w = data_on ? std::clamp(std::min(0.34f * w, body_h * 0.62f), right_min, right_max) : 0.0f;
    if (!centre_on) right_w = w - left_w;  // nothing in the centre: the data view takes it
    const float centre_w = centre_on ? std::max(0.0f, w - left_w - right_w) : 0.0f;
    // the controls above need the height more: all of the common ones in view at 1280 × 800 and 1366 × 768
    const float loss_h = std::min(0.30f * body_h, 300.0f);
    split_column(0, 0, left_w, body_h, (body_h - loss_h) / body_h, controls_on, loss_on, out.controls, out.loss);
    split_column(left_w, 0, centre_w, body_h, 0.52f, network_on, equation_on, out.network, out.equation);
    if (data_on) out.data = {left_w + centre_w, 0, right_w, body_h};
    return out;
}

}  // namespace app

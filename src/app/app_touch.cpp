// What a finger can tap, as drawn in the last frame, for the browser tests of a phone (bplab.touchTargets):
//   {"phone", "portrait", "front": place, "places": {name: rect} (empty ones left out),
//    "step_bar": [{label, x, y, w, h}], "switcher": [...], "tabs": [...],
//    "nodes": [{layer, unit, x, y, r, reach}], "point_tip": rect or null, "point_pinned": example or −1,
//    "tip": rect or null, "pinned": {layer, unit} or null}
// in CSS pixels from the canvas' top left. A node's "reach" is how far from its centre a tap still finds it.
#include <algorithm>

#include "app/app.h"
#include "imgui.h"
#include "lab/io/json.h"
#include "ui/tap_target.h"
#include "ui/theme.h"

namespace app {
namespace {

void rect(lab::JsonWriter& out, float x, float y, float w, float h) {
    out.begin_object();
    out.key("x").value(static_cast<double>(x)).key("y").value(static_cast<double>(y));
    out.key("w").value(static_cast<double>(w)).key("h").value(static_cast<double>(h));
    out.end_object();
}

void targets(lab::JsonWriter& out, const char* name, const std::vector<ui::TapRect>& list) {
    out.key(name).begin_array();
    for (const ui::TapRect& t : list) {
        out.begin_object().key("label").value(t.label);
        out.key("x").value(static_cast<double>(t.x)).key("y").value(static_cast<double>(t.y));
        out.key("w").value(static_cast<double>(t.w)).key("h").value(static_cast<double>(t.h));
        out.end_object();
    }
    out.end_array();
}

}  // namespace

std::string App::touch_targets_json() const {
    lab::JsonWriter out;
    out.begin_object();
    out.key("phone").value(layout_.phone).key("portrait").value(layout_.portrait);
    out.key("front").value(panel_name(layout_.front));
    out.key("places").begin_object();
    for (const PanelInfo& panel : kPanels) {
        const Rect& r = place_of(layout_, panel.id);
        if (!is_place(panel.id) || !shown(r)) continue;
        out.key(panel.name);
        rect(out, r.x, r.y, r.w, r.h);
    }
    out.end_object();
    targets(out, "step_bar", panels_.step_bar.buttons);
    targets(out, "switcher", panels_.switcher_tabs);
    targets(out, "tabs", panels_.tab_bar_tabs);
    const ui::NetworkViewState& view = panels_.network_view;
    // network_view.cpp: on a touch screen a tap finds a node within half a tap target of its centre
    const float touch_reach = ui::touch_style() ? 0.5f * ui::kTapTarget * ui::ui_scale() : 0.0f;
    out.key("nodes").begin_array();
    for (const ui::NodeSpot& n : view.nodes) {
        out.begin_object().key("layer").value(n.layer).key("unit").value(n.unit);
        out.key("x").value(static_cast<double>(n.x)).key("y").value(static_cast<double>(n.y));
        out.key("r").value(static_cast<double>(n.r));
        out.key("reach").value(static_cast<double>(std::max(n.r, touch_reach)));
        out.end_object();
    }
    out.end_array();
    out.key("tip");
    if (view.tip.w > 0) rect(out, view.tip.x, view.tip.y, view.tip.w, view.tip.h);
    else out.value_null();
    const ui::PointTipState& point = panels_.point_tips;
    out.key("point_tip");
    if (point.tip.w > 0) rect(out, point.tip.x, point.tip.y, point.tip.w, point.tip.h);
    else out.value_null();
    out.key("point_pinned").value(point.pinned);  // the training example, or −1
    out.key("pinned");
    if (view.pinned.valid()) out.begin_object().key("layer").value(view.pinned.layer).key("unit").value(view.pinned.unit).end_object();
    else out.value_null();
    // where ImGui has the pointer (null: none — after a finger lifts, so no hover tooltip stays up)
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    out.key("pointer");
    if (ImGui::IsMousePosValid(&mouse))
        out.begin_object().key("x").value(static_cast<double>(mouse.x)).key("y").value(static_cast<double>(mouse.y)).end_object();
    else out.value_null();
    out.end_object();
    return out.str();
}

}  // namespace app

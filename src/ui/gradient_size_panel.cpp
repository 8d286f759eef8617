#include "ui/gradient_size_panel.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

#include "imgui.h"
#include "lab/teach/notation.h"

namespace ui {
namespace {

// The bars' scale: whole decades from the smallest value shown to the largest.
struct Decades {
    double lo = -6, hi = 0;
    float fraction(double v) const {
        if (!(v > 0) || !std::isfinite(v)) return 0.0f;
        return static_cast<float>(std::clamp((std::log10(v) - lo) / (hi - lo), 0.0, 1.0));
    }
};

template <class Get>
Decades decades_of(const lab::HealthComparison& h, Get get) {
    double lo = 1e300, hi = 0;
    for (const auto* net : {&h.net, &h.compared})
        for (const lab::LayerGradientSize& layer : net->layers) {
            const double v = get(layer);
            if (v > 0 && std::isfinite(v)) lo = std::min(lo, v), hi = std::max(hi, v);
        }
    if (hi <= 0) return {};
    Decades d{std::floor(std::log10(lo)), std::ceil(std::log10(hi))};
    if (d.hi <= d.lo) d.hi = d.lo + 1;
    return d;
}

std::string sci(double v) {
    char text[32];
    std::snprintf(text, sizeof text, v != 0 && (std::fabs(v) < 1e-3 || std::fabs(v) >= 1e4) ? "%.1e" : "%.4f", v);
    return text;
}

void bar(float fraction, unsigned colour, double value, float width) {
    const float h = ImGui::GetTextLineHeight() * 0.8f;
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(at, ImVec2(at.x + width, at.y + h), IM_COL32(128, 128, 140, 40));
    draw->AddRectFilled(at, ImVec2(at.x + std::max(2.0f, fraction * width), at.y + h), colour);
    ImGui::Dummy(ImVec2(width, h));
    ImGui::SameLine();
    ImGui::TextUnformatted(sci(value).c_str());
}

void swatch(unsigned colour, const std::string& label) {
    const float s = ImGui::GetTextLineHeight() * 0.8f;
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(at.x, at.y + 0.1f * s), ImVec2(at.x + s, at.y + 1.1f * s), colour);
    ImGui::Dummy(ImVec2(s, s));
    ImGui::SameLine();
    ImGui::TextUnformatted(label.c_str());
}

// One block of bars: a row per layer, the network's bar over the compared one's.
template <class Get>
void bar_block(const char* title, const lab::HealthComparison& h, Get get, bool delta) {
    const HealthColours colours = health_colours();
    const Decades d = decades_of(h, get);
    char scale[64];
    std::snprintf(scale, sizeof scale, "   (log scale, 1e%d … 1e%d)", static_cast<int>(d.lo), static_cast<int>(d.hi));
    ImGui::TextUnformatted((std::string(title) + scale).c_str());
    const float label_w = ImGui::CalcTextSize("Θ⁽00⁾ ").x;
    const float width = std::max(60.0f, ImGui::GetContentRegionAvail().x - label_w - ImGui::CalcTextSize("0.0e-00  ").x);
    for (size_t l = 0; l < h.net.layers.size(); ++l) {
        // Θ⁽ˡ⁾ maps layer l to l + 1; its δ is δ⁽ˡ⁺¹⁾ (lecture numbering)
        const int lecture_layer = static_cast<int>(l) + (delta ? 2 : 1);
        ImGui::TextUnformatted(((delta ? "δ" : "Θ") + lab::layer_index(lecture_layer)).c_str());
        ImGui::SameLine(label_w);
        const ImVec2 row = ImGui::GetCursorPos();
        bar(d.fraction(get(h.net.layers[l])), colours.shown_bar, get(h.net.layers[l]), width);
        ImGui::SetCursorPosX(row.x);
        bar(d.fraction(get(h.compared.layers[l])), colours.compared_bar, get(h.compared.layers[l]), width);
    }
}

}  // namespace

HealthColours health_colours() {
    return {IM_COL32(235, 64, 52, 255), IM_COL32(40, 200, 210, 255), IM_COL32(170, 110, 240, 255),
            IM_COL32(120, 200, 90, 255)};
}

void gradient_size_panel(const lab::HealthComparison* health, core::Activation hidden_g) {
    ImGui::PushTextWrapPos(0.0f);
    if (!health || health->net.examples == 0) {
        ImGui::TextUnformatted("No training examples to measure the gradient on.");
        ImGui::PopTextWrapPos();
        return;
    }
    const HealthColours colours = health_colours();
    const std::string g = core::activation_info(hidden_g).label;
    const std::string other = core::activation_info(health->compared_g).label;
    ImGui::Text("How much gradient reaches each layer, over the first %d training examples, Θ as shown:",
                health->net.examples);
    swatch(colours.shown_bar, "this network, hidden g = " + g);
    ImGui::SameLine(0, 24);
    swatch(colours.compared_bar, "same Θ, hidden g = " + other);
    ImGui::Separator();
    bar_block("‖∂J/∂Θ⁽ˡ⁾‖", *health, [](const lab::LayerGradientSize& s) { return s.theta_norm; }, false);
    ImGui::Spacing();
    bar_block("mean |δ⁽ˡ⁾|", *health, [](const lab::LayerGradientSize& s) { return s.mean_abs_delta; }, true);
    ImGui::Separator();
    const int dead = health->net.count(lab::UnitHealth::Dead), sat = health->net.count(lab::UnitHealth::Saturated);
    ImGui::Text("This network: %d dead, %d saturated hidden units (marked in the network view).  Same Θ with %s: "
                "%d dead, %d saturated.",
                dead, sat, other.c_str(), health->compared.count(lab::UnitHealth::Dead),
                health->compared.count(lab::UnitHealth::Saturated));
    ImGui::PopTextWrapPos();
}

}  // namespace ui

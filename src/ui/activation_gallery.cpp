#include "ui/activation_gallery.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

#include "core/activation.h"
#include "imgui.h"
#include "lab/teach/notation.h"
#include "ui/text_fit.h"
#include "ui/theme.h"

namespace ui {
namespace {

constexpr float kZRange = 4.0f;   // z from −4 to 4
constexpr float kYRange = 1.5f;   // g and g′ from −1.5 to 1.5 (ReLU and linear leave through the top)

constexpr ImU32 kG = IM_COL32(90, 170, 255, 255);
constexpr ImU32 kGPrime = IM_COL32(245, 147, 34, 255);
// theme-dependent marks (theme.h): axes and the focused z must show on the dark and on the light theme
ImU32 axes_colour() { return light_theme() ? IM_COL32(150, 150, 160, 255) : IM_COL32(95, 95, 108, 255); }
ImU32 mark_colour() { return light_theme() ? IM_COL32(200, 120, 0, 255) : IM_COL32(255, 214, 64, 255); }

// The z to mark: the focused unit's, when the cursor has computed it.
struct Mark {
    bool valid = false;
    core::Activation g = core::Activation::Linear;
    double z = 0.0;
    std::string name;  // "z₁⁽²⁾"
};

Mark focus_mark(const lab::Stepper& stepper, NodeRef focus) {
    Mark mark;
    const lab::StepTrace* trace = stepper.trace();
    const int example = shown_example(stepper);
    if (!trace || !focus.valid() || focus.layer < 1 || example < 0) return mark;
    if (!stepper.reached(lab::Phase::Forward, example, focus.layer, focus.unit)) return mark;
    const core::Cache& cache = trace->record.caches[static_cast<size_t>(example)];
    mark.valid = true;
    mark.g = trace->before.activation_of(focus.layer);
    mark.z = cache.z[static_cast<size_t>(focus.layer)][static_cast<size_t>(focus.unit)];
    mark.name = lab::indexed("z", {focus.unit + 1}, focus.layer + 1);
    return mark;
}

void plot(const core::ActivationInfo& info, const char* role, const Mark& mark, float width, float height) {
    const core::Activation g = info.kind;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float line = ImGui::GetTextLineHeight();
    const ImVec2 p = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(width, height));
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s\n%s", info.formula, info.derivative);  // whole, when cut below
    const ImVec2 lo(p.x + 4, p.y + 3 * line + 4), hi(p.x + width - 4, p.y + height - 2);
    auto sx = [&](double z) { return lo.x + (hi.x - lo.x) * static_cast<float>((z + kZRange) / (2 * kZRange)); };
    auto sy = [&](double y) { return hi.y - (hi.y - lo.y) * static_cast<float>((y + kYRange) / (2 * kYRange)); };

    std::string title = info.label;
    if (*role) title += std::string("  (") + role + ")";
    // A title or formula wider than its cell ends in "…" (the tooltip has it whole) rather than being cut
    // mid-symbol.
    const auto measure = [](const std::string& text) { return ImGui::CalcTextSize(text.c_str()).x; };
    draw->PushClipRect(p, ImVec2(p.x + width, p.y + height), true);
    draw->AddText(p, *role ? mark_colour() : ImGui::GetColorU32(ImGuiCol_Text),
                  ui::truncate_to_width(title, width, measure).c_str());
    const ImU32 dim = ImGui::GetColorU32(ImGuiCol_TextDisabled);
    draw->AddText(ImVec2(p.x, p.y + line), dim, ui::truncate_to_width(info.formula, width, measure).c_str());
    draw->AddText(ImVec2(p.x, p.y + 2 * line), dim, ui::truncate_to_width(info.derivative, width, measure).c_str());
    draw->PopClipRect();
    draw->AddRect(lo, hi, axes_colour());
    draw->AddLine(ImVec2(lo.x, sy(0)), ImVec2(hi.x, sy(0)), axes_colour());
    draw->AddLine(ImVec2(sx(0), lo.y), ImVec2(sx(0), hi.y), axes_colour());
    for (int y : {-1, 1}) draw->AddLine(ImVec2(sx(0) - 3, sy(y)), ImVec2(sx(0) + 3, sy(y)), axes_colour());

    draw->PushClipRect(lo, hi, true);
    const int n = 160;
    ImVec2 g_prev, d_prev;
    for (int k = 0; k <= n; ++k) {
        const double z = -kZRange + 2.0 * kZRange * k / n;
        const double a = info.g(z);
        const ImVec2 g_pt(sx(z), sy(a)), d_pt(sx(z), sy(info.g_prime(z, a)));
        // the step's and sign's jump at 0 is drawn as a vertical segment: that is the function's graph
        if (k > 0) {
            draw->AddLine(g_prev, g_pt, kG, 2.0f);
            if ((k / 4) % 2 == 0) draw->AddLine(d_prev, d_pt, kGPrime, 2.0f);  // dashed: 4 segments on, 4 off
        }
        g_prev = g_pt;
        d_prev = d_pt;
    }
    if (mark.valid && mark.g == g) {
        const double z = std::clamp(mark.z, -static_cast<double>(kZRange), static_cast<double>(kZRange));
        const double a = info.g(mark.z), d = info.g_prime(mark.z, a);
        draw->AddLine(ImVec2(sx(z), lo.y), ImVec2(sx(z), hi.y), mark_colour(), 1.5f);
        draw->AddCircleFilled(ImVec2(sx(z), sy(a)), 4.0f, kG);
        draw->AddCircleFilled(ImVec2(sx(z), sy(d)), 4.0f, kGPrime);
        char text[96];
        std::snprintf(text, sizeof text, "g = %s, g′ = %s", lab::num(a).c_str(), lab::num(d).c_str());
        const std::string top = mark.name + " = " + lab::num(mark.z);
        const float label_w = std::max(ImGui::CalcTextSize(top.c_str()).x, ImGui::CalcTextSize(text).x);
        draw->AddRectFilled(ImVec2(lo.x + 1, lo.y + 1), ImVec2(lo.x + label_w + 6, lo.y + 2 * line + 4), ImGui::GetColorU32(ImGuiCol_WindowBg, 0.9f));
        draw->AddText(ImVec2(lo.x + 3, lo.y + 2), mark_colour(), top.c_str());
        draw->AddText(ImVec2(lo.x + 3, lo.y + 2 + line), mark_colour(), text);
    }
    draw->PopClipRect();
}

}  // namespace

void activation_gallery(const lab::Stepper& stepper, NodeRef focus) {
    const core::Network& net = stepper.session().network();
    const Mark mark = focus_mark(stepper, focus);
    ImGui::TextColored(ImVec4(0.35f, 0.67f, 1.0f, 1.0f), "— g(z)");
    ImGui::SameLine(0, 16);
    ImGui::TextColored(ImVec4(0.96f, 0.58f, 0.13f, 1.0f), "- - g′(z)");
    ImGui::SameLine(0, 16);
    // The key's last words wrap under it on a narrow panel rather than run past its edge.
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextDisabled("z from −4 to 4;  yellow: %s", mark.valid ? "the focused unit's z" : "step or hover a unit to mark its z");
    ImGui::PopTextWrapPos();
    const core::ActivationInfo& output = core::activation_info(net.output);
    if (output.whole_layer)
        ImGui::TextDisabled("The output is %s: %s depends on the whole layer (see the softmax lesson).", output.label,
                            output.formula);

    const float avail = ImGui::GetContentRegionAvail().x;
    const int columns = std::max(1, static_cast<int>(avail / 160.0f));
    const float width = avail / static_cast<float>(columns) - ImGui::GetStyle().ItemSpacing.x;
    const float height = std::clamp(width * 0.62f, 100.0f, 140.0f) + ImGui::GetTextLineHeight();  // + the g′ line
    int k = 0;
    for (const core::ActivationInfo& info : core::kActivationTable) {
        if (info.whole_layer) continue;  // softmax: no g(z) of one z to plot (the note above)
        const core::Activation g = info.kind;
        const char* role = g == net.hidden && g == net.output ? "hidden, output" : g == net.hidden ? "hidden"
                         : g == net.output ? "output" : "";
        if (k % columns != 0) ImGui::SameLine();
        plot(info, role, mark, width, height);
        ++k;
    }
}

}  // namespace ui

#include "ui/surface_panel.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "core/optimizer.h"
#include "imgui.h"
#include "ui/colours.h"
#include "ui/fonts.h"
#include "ui/line_flow.h"
#include "lab/teach/notation.h"
#include "ui/surface_picture.h"

namespace ui {
namespace {

// The map is never drawn smaller than this (or the panel's width) to fit the panel's height: on a phone the controls
// take most of the height, and the panel scrolls to a map one can read instead of shrinking it to a stamp.
constexpr float kMinPictureSize = 240.0f;

// Every weight of the network, for the pickers: Θᵢⱼ⁽ˡ⁾ in the order flatten() uses.
std::vector<lab::WeightRef> all_weights(const core::Network& net) {
    std::vector<lab::WeightRef> weights;
    for (int l = 0; l < static_cast<int>(net.theta.size()); ++l)
        for (int i = 0; i < net.theta[static_cast<size_t>(l)].rows; ++i)
            for (int j = 0; j < net.theta[static_cast<size_t>(l)].cols; ++j) weights.push_back({l, i, j});
    return weights;
}

// "SGD, momentum, Adam from the same start, …": the race runs every optimizer of the table.
std::string race_tooltip() {
    std::string names;
    for (const core::OptimizerInfo& info : core::kOptimizers)
        names += (names.empty() ? "" : ", ") + std::string(info.label);
    return names + " from the same start, each with its own α";
}

// Half the panel for a combo of long names; on a narrow panel (a phone) the whole line beside its label, so that the
// names are not cut off.
void set_combo_width(const char* label) {
    const float line = ImGui::GetContentRegionAvail().x;
    const float beside = ImGui::CalcTextSize(label).x + ImGui::GetStyle().ItemInnerSpacing.x;
    ImGui::SetNextItemWidth(line < kNarrowPanel ? line - beside : line * 0.5f);
}

bool same(const lab::WeightRef& a, const lab::WeightRef& b) { return a.layer == b.layer && a.i == b.i && a.j == b.j; }

// A combo of all weights; true when the user chose another one.
bool weight_combo(const char* label, const core::Network& net, lab::WeightRef& weight) {
    lab::SurfaceSettings naming;
    naming.mode = lab::SurfaceMode::PickedWeights;
    naming.first = weight;
    bool changed = false;
    if (ImGui::BeginCombo(label, surface_axis_name(naming, 0).c_str())) {
        for (const lab::WeightRef& w : all_weights(net)) {
            naming.first = w;
            ImGui::PushID(w.layer * 100000 + w.i * 1000 + w.j);
            if (ImGui::Selectable(surface_axis_name(naming, 0).c_str(), same(w, weight))) {
                weight = w;
                changed = true;
            }
            ImGui::PopID();
        }
        ImGui::EndCombo();
    }
    return changed;
}

// Widgets for the exact problems; true when a setting changed.
bool exact_controls(const SurfacePanelView& view, lab::SurfaceSettings& s, SurfacePanelActions& actions) {
    bool changed = false;
    int problem = s.exact == lab::ExactKind::Logistic ? 1 : 0;
    const char* problems[] = {"linear regression  h = w·x + b", "logistic unit  h = σ(w·x + b)"};
    set_combo_width("problem");
    if (ImGui::Combo("problem", &problem, problems, 2)) {
        s.exact = problem == 1 ? lab::ExactKind::Logistic : lab::ExactKind::LinearRegression;
        s.alpha = 0.0;
        changed = true;
    }
    int experiment = static_cast<int>(s.experiment);
    changed |= ImGui::RadioButton("learning rate", &experiment, 0);
    same_line_if_room(check_width("batch vs SGD"));
    changed |= ImGui::RadioButton("batch vs SGD", &experiment, 1);
    same_line_if_room(check_width("optimizer race"));
    changed |= ImGui::RadioButton("optimizer race", &experiment, 2);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", race_tooltip().c_str());
    s.experiment = static_cast<lab::ExactExperiment>(experiment);

    const lab::ExactProblem& problem_now = view.lab.problem();
    const bool follows = view.lab.follows() && s.experiment == lab::ExactExperiment::LearningRate;
    const double run_alpha = follows && !view.lab.descents().empty() ? view.lab.descents()[0].alpha : 0.0;
    float alpha = static_cast<float>(follows ? run_alpha
                                     : s.alpha > 0.0 ? s.alpha
                                                     : lab::preset_alpha(problem_now, lab::RatePreset::Good));
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x * 0.45f);
    if (ImGui::SliderFloat(s.experiment == lab::ExactExperiment::OptimizerRace ? "α (SGD)" : "α", &alpha, 0.001f,
                           10.0f, "%.4g", ImGuiSliderFlags_Logarithmic)) {
        if (follows) actions.run_alpha = alpha;
        else s.alpha = alpha, changed = true;
    }
    const struct {
        const char* label;
        lab::RatePreset preset;
    } presets[] = {{"too small", lab::RatePreset::TooSmall}, {"good", lab::RatePreset::Good},
                   {"too large", lab::RatePreset::TooLarge}};
    ImGui::TextUnformatted("presets:");
    for (const auto& p : presets) {
        same_line_if_room(button_width(p.label));
        if (ImGui::Button(p.label)) {
            if (follows) actions.run_alpha = lab::preset_alpha(problem_now, p.preset);
            else s.alpha = lab::preset_alpha(problem_now, p.preset), changed = true;
        }
    }
    if (follows) {  // the network's own run: its step count, its (w, b), its J
        lab::PlanePoint at;
        if (view.lab.current_point(at))
            texts_in_flow({"the network: step τ = " + std::to_string(std::max(0LL, view.lab.followed_steps())),
                           "(w, b) = (" + lab::num(at.u) + ", " + lab::num(at.v) + ")",
                           "J = " + lab::num(lab::exact_loss(problem_now, at.u, at.v))});
        dim_paragraph(view.state.three_d ? "a preset restarts the network's run with its α"
                                            : "a preset restarts the network's run; a click on the map moves its start");
        return changed;
    }
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x * 0.45f);
    changed |= ImGui::SliderInt("steps", &s.steps, 5, 200);
    same_line_if_room(button_width("replay"));
    if (ImGui::Button("replay")) actions.replay = true;
    same_line_if_room(check_width("animate"));
    ImGui::Checkbox("animate", &actions.state.animate);
    texts_in_flow({"step τ = " + std::to_string(view.lab.shown_steps()) + " / " + std::to_string(view.lab.total_steps()),
                   "start (w₀, b₀) = (" + lab::num(s.w0) + ", " + lab::num(s.b0) + ")"});
    if (!view.state.three_d) {
        same_line_if_room(ImGui::CalcTextSize("— click the map to move it").x);
        ImGui::TextDisabled("— click the map to move it");
    }
    return changed;
}

// Widgets for the network modes; true when a setting changed.
bool network_controls(const SurfacePanelView& view, lab::SurfaceSettings& s, SurfacePanelActions& actions) {
    bool changed = false;
    if (s.mode == lab::SurfaceMode::RandomDirections) {
        int seed = static_cast<int>(s.seed);
        ImGui::SetNextItemWidth(80 + 2 * (ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x));  // ± buttons
        if (ImGui::InputInt("direction seed", &seed) && seed >= 1) {
            s.seed = static_cast<uint64_t>(seed);
            changed = true;
        }
    } else {
        ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x * 0.3f);
        changed |= weight_combo("along u", view.network, s.first);
        ImGui::SameLine();
        ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x * 0.45f);
        changed |= weight_combo("along v", view.network, s.second);
    }
    ImGui::Checkbox("follow training", &actions.state.follow_training);
    same_line_if_room(button_width("recompute"));
    if (ImGui::Button("recompute")) actions.recompute = true;
    // where the map comes from and how fast it refreshes; while the CPU samples, a bar of the detail shown so far
    // (coarse to fine)
    char status[80];
    const bool sampling = view.info.evaluator != "gpu" && !view.lab.grid_complete();
    if (view.info.evaluator == "gpu") {
        if (view.info.refreshes_per_second > 0.0)
            std::snprintf(status, sizeof status, "GPU · %.0f refreshes/s", view.info.refreshes_per_second);
        else std::snprintf(status, sizeof status, "GPU · recomputed as Θ moves");
    } else if (sampling) {
        const int n = view.lab.grid().resolution, shown = view.lab.sampler().detail();
        if (shown > 0) std::snprintf(status, sizeof status, "CPU · %d × %d of %d × %d", shown, shown, n, n);
        else std::snprintf(status, sizeof status, "sampling on the CPU …");
    } else if (view.info.refreshes_per_second > 0.0) {
        std::snprintf(status, sizeof status, "CPU · %.1f refreshes/s", view.info.refreshes_per_second);
    } else {
        std::snprintf(status, sizeof status, "CPU");
    }
    same_line_if_room(ImGui::CalcTextSize(status).x + (sampling ? 2 * ImGui::GetStyle().FramePadding.x : 0.0f));
    if (sampling) ImGui::ProgressBar(static_cast<float>(view.lab.sampler().progress()), ImVec2(-1, 0), status);
    else ImGui::TextDisabled("%s", status);
    return changed;
}

}  // namespace

SurfacePanelActions surface_panel(const SurfacePanelView& view) {
    SurfacePanelActions actions;
    actions.state = view.state;
    lab::SurfaceSettings s = view.lab.settings();
    bool changed = false;

    int mode = static_cast<int>(s.mode);
    const char* modes[] = {"two picked weights", "random directions (Li et al.)", "exact two-parameter problem"};
    set_combo_width("plane");
    if (ImGui::Combo("plane", &mode, modes, 3)) {
        s.mode = static_cast<lab::SurfaceMode>(mode);
        s.span = s.mode == lab::SurfaceMode::ExactTwoParameter ? 4.5 : 1.0;
        changed = true;
    }
    same_line_if_room(check_width("2-D") + ImGui::GetStyle().ItemSpacing.x + check_width("3-D"));
    int view_kind = actions.state.three_d ? 1 : 0;
    ImGui::RadioButton("2-D", &view_kind, 0);
    ImGui::SameLine();
    ImGui::RadioButton("3-D", &view_kind, 1);
    actions.state.three_d = view_kind == 1;

    changed |= view.lab.exact() && s.mode == lab::SurfaceMode::ExactTwoParameter ? exact_controls(view, s, actions)
                                                                                 : network_controls(view, s, actions);

    // Resolution and span apply when the slider is let go: each change restarts the sampling.
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x * 0.3f);
    ImGui::SliderInt("n", &s.resolution, lab::kMinSurfaceResolution, lab::kMaxSurfaceResolution);
    changed |= ImGui::IsItemDeactivatedAfterEdit();
    ImGui::SameLine();
    float span = static_cast<float>(s.span);
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x * 0.45f);
    if (ImGui::SliderFloat("span ±", &span, 0.05f, 20.0f, "%.3g", ImGuiSliderFlags_Logarithmic)) s.span = span;
    changed |= ImGui::IsItemDeactivatedAfterEdit();
    if (ImGui::IsItemActive()) {  // keep the dragged value on screen until it is let go
        s.span = span;
    }

    const std::string banner = view.lab.banner();
    if (!banner.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, bad_colour());
        ImGui::TextWrapped("%s", banner.c_str());
        ImGui::PopStyleColor();
    } else if (!view.lab.error().empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, bad_colour());
        ImGui::TextWrapped("%s", view.lab.error().c_str());
        ImGui::PopStyleColor();
    } else if (!view.info.notice.empty()) {
        ImGui::TextWrapped("%s", view.info.notice.c_str());
    }
    if (view.lab.exact() && view.lab.paths().size() > 1) {  // the legend of the paths
        const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
        for (size_t k = 0; k < view.lab.paths().size(); ++k) {
            const std::string entry = "● " + view.lab.paths()[k].label;
            const float gap = 18.0f;  // on the same line while it fits, else on the next
            if (k && ImGui::GetItemRectMax().x + gap + ImGui::CalcTextSize(entry.c_str()).x <= right)
                ImGui::SameLine(0, gap);
            ImGui::PushStyleColor(ImGuiCol_Text, path_colour(view.lab, k));
            ImGui::TextUnformatted(entry.c_str());
            ImGui::PopStyleColor();
        }
    }

    const ImVec2 room = ImGui::GetContentRegionAvail();
    // under the picture: the u axis' labels (two lines of them at most, in surface_picture's Dummy), the spacing after
    // the picture and after them, and the window's bottom padding — all of it, or the place scrolls by a few pixels
    const ImGuiStyle& style = ImGui::GetStyle();
    push_label_font();
    const float labels = 2 * ImGui::GetTextLineHeight() + 2 + 2 * style.ItemSpacing.y + style.WindowPadding.y;
    pop_label_font();
    const float width = room.x - std::max(90.0f, surface_legend_width(view));
    const float size = std::max(0.0f, std::min(width, std::max(room.y - labels, std::min(width, kMinPictureSize))));
    surface_picture(view, size, actions);

    if (changed) {
        actions.apply_settings = true;
        actions.settings = s;
    }
    return actions;
}

}  // namespace ui

#include "ui/controls_panel.h"

#include <algorithm>
#include <cfloat>
#include <cstdio>
#include <string>

#include "core/activation.h"
#include "core/optimizer.h"
#include "imgui.h"
#include "lab/io/config_fields.h"
#include "ui/dataset_picker.h"
#include "ui/feature_inputs.h"
#include "ui/line_flow.h"

namespace ui {
namespace {

// The values TF Playground offers for α and λ: a short ladder is easier to use at a projector than a free field.
constexpr double kRates[] = {0.00001, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10};
constexpr double kLambdas[] = {0, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10};

// The common controls stand two to a row with their names inside them ("noise 10 %", "g: tanh"); the field's
// full name and its hint show on hover. Width of one of two items on the row.
float half_width() { return 0.5f * (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x); }

void hint(const char* text) {
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", text);
}

// A combo over the activations that may serve the layer (core::kActivationTable's hidden / output columns).
bool choose_activation(const char* json, core::Activation& value, bool hidden) {
    const lab::ConfigField& f = *lab::find_config_field(json);
    const std::string preview = std::string(hidden ? "g: " : "out: ") + core::activation_info(value).label;
    bool changed = false;
    ImGui::PushID(json);
    if (ImGui::BeginCombo("##g", preview.c_str())) {
        for (const core::ActivationInfo& option : core::kActivationTable) {
            if (!(hidden ? option.hidden : option.output)) continue;
            const bool selected = option.kind == value;
            if (ImGui::Selectable(option.label, selected) && !selected) {
                value = option.kind;
                changed = true;
            }
            if (selected) ImGui::SetItemDefaultFocus();
        }
        ImGui::EndCombo();
    }
    ImGui::PopID();
    hint(f.label);
    return changed;
}

// A combo over a core vocabulary table (core/vocabulary.h, core/dataset.h), showing each entry's label and, on
// hover, its `hint` (a formula). `inside`: a short name in the box ("R(Θ): L2"; "" for the value alone) instead of
// the field's name beside it.
template <typename Entry, size_t N, typename Kind>
bool choose_entry(const char* json, Kind& value, const Entry (&table)[N], const char* Entry::*entry_hint,
                  const char* inside = nullptr) {
    const lab::ConfigField& f = *lab::find_config_field(json);
    const Entry* current = core::entry_of(table, value);
    const std::string name = current ? current->label : "?";
    const std::string preview = inside && *inside ? std::string(inside) + ": " + name : name;
    const std::string id = inside ? std::string("##") + json : std::string(f.label);
    bool changed = false;
    if (ImGui::BeginCombo(id.c_str(), preview.c_str())) {
        for (const Entry& entry : table) {
            const bool selected = entry.kind == value;
            if (ImGui::Selectable(entry.label, selected) && !selected) {
                value = entry.kind;
                changed = true;
            }
            hint(entry.*entry_hint);
            if (selected) ImGui::SetItemDefaultFocus();
        }
        ImGui::EndCombo();
    }
    if (inside && current) {
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s: %s", f.label, current->*entry_hint);
    }
    return changed;
}

// A slider over a config field's own range (lab/io/config_fields.h): the UI offers exactly what JSON and links
// accept. `most` can narrow the top (the batch size stops at the training set's size). A fraction can show as a
// percentage; a range over three decades or more slides logarithmically, so its usual values keep room. `suffix`
// follows the value; `inside`: the name in the slider ("noise 10 %") instead of beside it.
bool field_slider(const char* json, lab::LabConfig& c, bool percent = false, double most = 1e300, bool inside = false,
                  const char* suffix = "") {
    const lab::ConfigField& f = *lab::find_config_field(json);
    const double hi = std::max(f.lo, std::min(f.hi, most));
    const ImGuiSliderFlags flags = hi >= 1000.0 * std::max(f.lo, 1.0) ? ImGuiSliderFlags_Logarithmic : 0;
    const std::string id = inside ? std::string("##") + json : std::string(f.label);
    const std::string prefix = inside ? std::string(f.label) + " " : std::string();
    bool changed = false;
    if (f.kind == lab::FieldKind::Integer) {
        int value = static_cast<int>(std::clamp(f.number(c), f.lo, hi));
        const std::string format = prefix + "%d" + suffix;
        changed = ImGui::SliderInt(id.c_str(), &value, static_cast<int>(f.lo), static_cast<int>(hi), format.c_str(), flags);
        if (changed) f.set_number(c, value);
    } else {
        const double scale = percent ? 100.0 : 1.0;
        float value = static_cast<float>(f.number(c) * scale);
        const std::string format = prefix + (percent ? "%.0f %%" : "%.2f") + suffix;
        changed = ImGui::SliderFloat(id.c_str(), &value, static_cast<float>(f.lo * scale),
                                     static_cast<float>(hi * scale), format.c_str(), flags);
        if (changed) f.set_number(c, std::clamp(value / scale, f.lo, f.hi));
    }
    if (inside) hint(f.label);
    return changed;
}

// A slider for each hyper-parameter the chosen optimizer reads (kOptimizers' `uses`).
bool optimizer_sliders(core::OptimizerConfig& optimizer) {
    bool changed = false;
    for (auto field : core::optimizer_info(optimizer.kind).uses) {
        const core::HyperParameter* p = field ? core::hyper_parameter(field) : nullptr;
        if (!p) continue;
        float value = static_cast<float>(optimizer.*field);
        const ImGuiSliderFlags flags = p->logarithmic ? ImGuiSliderFlags_Logarithmic : ImGuiSliderFlags_None;
        if (ImGui::SliderFloat(p->label, &value, static_cast<float>(p->lo), static_cast<float>(p->hi),
                               p->logarithmic ? "%.0e" : "%.3f", flags)) {
            optimizer.*field = value;
            changed = true;
        }
    }
    return changed;
}

// A combo over a ladder of numbers within the field's range, the field's name inside ("α 0.03"); the current value
// is shown even when it is not on the ladder.
template <size_t N>
bool choose_number(const char* json, double& value, const double (&ladder)[N], const char* name) {
    const lab::ConfigField& f = *lab::find_config_field(json);
    char current[48];
    std::snprintf(current, sizeof current, "%s %g", name, value);
    bool changed = false;
    ImGui::PushID(json);
    if (ImGui::BeginCombo("##number", current)) {
        for (double option : ladder) {
            if (option < f.lo || option > f.hi) continue;
            char text[32];
            std::snprintf(text, sizeof text, "%g", option);
            if (ImGui::Selectable(text, option == value) && option != value) {
                value = option;
                changed = true;
            }
        }
        ImGui::EndCombo();
    }
    ImGui::PopID();
    hint(f.label);
    return changed;
}

bool seed_input(const char* json, lab::LabConfig& c) {
    const lab::ConfigField& f = *lab::find_config_field(json);
    uint64_t seed = static_cast<uint64_t>(f.number(c));
    const uint64_t step = 1, fast_step = 10;
    if (!ImGui::InputScalar(f.label, ImGuiDataType_U64, &seed, &step, &fast_step)) return false;
    f.set_number(c, std::min(static_cast<double>(seed), f.hi));  // below lo = 0 it cannot go
    return true;
}

// The common controls, each row two items. Changes to data or network rebuild; to training, retune.
void common_rows(const ControlsView& view, ControlsState& state, ControlsActions& out) {
    lab::LabConfig& c = out.config;
    core::TrainConfig& t = c.train;
    out.rebuild |= dataset_picker(c.dataset, state.thumbnails, view.palette, out.open_data);
    ImGui::SetNextItemWidth(half_width());
    out.rebuild |= field_slider("noise", c, true, 1e300, true);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(-FLT_MIN);
    out.rebuild |= field_slider("train_fraction", c, true, 1e300, true);

    ImGui::SetNextItemWidth(half_width());
    out.rebuild |= choose_activation("hidden_activation", c.hidden_activation, true);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(-FLT_MIN);
    out.rebuild |= choose_activation("output_activation", c.output_activation, false);

    ImGui::SetNextItemWidth(half_width());
    out.retune |= choose_number("alpha", t.optimizer.alpha, kRates, "α");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(-FLT_MIN);
    out.retune |= choose_entry("optimizer", t.optimizer.kind, core::kOptimizers, &core::OptimizerInfo::formula, "");

    const int most = std::max(1, view.train_count);
    const int batch = std::clamp(t.batch_size, 1, most);
    ImGui::SetNextItemWidth(half_width());
    out.retune |= field_slider("batch_size", c, false, most, true,
                               batch == 1 ? " SGD" : batch == most ? " full" : "");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(-FLT_MIN);
    out.retune |= choose_entry("regularization", t.regularization, core::kRegularizations,
                               &core::RegularizationInfo::formula, "R(Θ)");

    ImGui::SetNextItemWidth(half_width());
    ImGui::BeginDisabled(t.regularization == core::Regularization::None);
    out.retune |= choose_number("lambda", t.lambda, kLambdas, "λ");
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::SetNextItemWidth(-FLT_MIN);
    out.retune |= field_slider("dropout", c, false, 1e300, true);
}

// "More…": what a lesson seldom turns. Data: points and the data seed; network: initialization and seed;
// training: the loss, the optimizer's own hyper-parameters and the schedule.
void more_popup(ControlsActions& out) {
    lab::LabConfig& c = out.config;
    core::TrainConfig& t = c.train;
    ImGui::PushItemWidth(12.0f * ImGui::GetFontSize());
    ImGui::SeparatorText("Data");
    out.rebuild |= field_slider("points", c);
    const lab::ConfigField& data_seed = *lab::find_config_field("data_seed");
    if (ImGui::Button("Regenerate")) {  // the same kind of data, drawn again with the next seed (0 after the last)
        c.data_seed = c.data_seed < data_seed.hi ? c.data_seed + 1 : 0;
        out.rebuild = true;
    }
    ImGui::SameLine();
    ImGui::TextDisabled("%s %llu", data_seed.label, static_cast<unsigned long long>(c.data_seed));
    ImGui::SeparatorText("Network");
    out.rebuild |= choose_entry("init", c.init, core::kInits, &core::InitInfo::formula);
    if (c.init == core::Init::Uniform) out.rebuild |= field_slider("init_epsilon", c);
    out.rebuild |= seed_input("seed", c);
    dim_paragraph("layers and units: + and − on the network view");
    ImGui::SeparatorText("Input features φ(x)");
    if (core::dataset_info(c.dataset).plane)  // features of a point in the plane (ui/feature_inputs.h)
        out.rebuild |= features_row(c);
    else
        dim_paragraph("for data sets in the plane (two inputs)");
    dim_paragraph("also a click on one in the network view's input column");
    ImGui::SeparatorText("Training");
    out.retune |= choose_entry("loss", t.loss, core::kLosses, &core::LossInfo::formula);
    out.retune |= optimizer_sliders(t.optimizer);
    out.retune |= choose_entry("schedule", t.optimizer.schedule, core::kSchedules, &core::ScheduleInfo::formula);
    if (t.optimizer.schedule == core::Schedule::StepDecay) {
        out.retune |= field_slider("decay_every", c);
        out.retune |= field_slider("decay_factor", c);
    }
    ImGui::PopItemWidth();
}

}  // namespace

ControlsActions controls_panel(const ControlsView& view, ControlsState& state) {
    ControlsActions actions;
    actions.config = view.current;
    common_rows(view, state, actions);
    // the buttons to the rest, side by side
    const float button_w = half_width();
    if (ImGui::Button("More…", ImVec2(button_w, 0))) ImGui::OpenPopup("more settings");
    hint("points and data seed, initialization and seed, input features, loss, the optimizer's own settings, the schedule");
    ImGui::SameLine();
    if (ImGui::Button("Export…", ImVec2(-FLT_MIN, 0))) ImGui::OpenPopup("export");
    // the last file's name and size (or an import's problem) on hover and in the popup: a line of its own here
    // would change the next PNG of the lab
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("PNG (the lab or one place), the trace as CSV, the state as JSON, and importing one%s%s",
                          view.files_message.empty() ? "" : "\nlast: ", view.files_message.c_str());
    if (ImGui::BeginPopup("more settings")) {
        more_popup(actions);
        ImGui::EndPopup();
    }
    if (ImGui::BeginPopup("export")) {
        actions.files = export_panel(view.files_message);
        // closed before a PNG is taken, so that the picture has no popup
        if (actions.files.png || actions.files.csv || actions.files.json || actions.files.import)
            ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
    }
    if (actions.rebuild) actions.retune = false;  // a new session takes the training settings too
    return actions;
}

}  // namespace ui

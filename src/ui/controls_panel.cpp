#include "ui/controls_panel.h"

#include <algorithm>
#include <cstdio>
#include <string>

#include "core/activation.h"
#include "core/optimizer.h"
#include "imgui.h"
#include "lab/io/config_fields.h"
#include "ui/feature_inputs.h"

namespace ui {
namespace {

// The values TF Playground offers for α and λ: a short ladder is easier to use at a projector than a free field.
constexpr double kRates[] = {0.00001, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10};
constexpr double kLambdas[] = {0, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10};

// A combo over the activations that may serve the layer (core::kActivationTable's hidden / output columns).
bool choose_activation(const char* label, core::Activation& value, bool hidden) {
    bool changed = false;
    if (ImGui::BeginCombo(label, core::activation_info(value).label)) {
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
    return changed;
}

// A combo over a core vocabulary table (core/vocabulary.h, core/dataset.h), showing each entry's label and, on
// hover, its `hint` (a formula, or a data set's one-line description).
template <typename Entry, size_t N, typename Kind>
bool choose_entry(const char* label, Kind& value, const Entry (&table)[N], const char* Entry::*hint) {
    const Entry* current = core::entry_of(table, value);
    bool changed = false;
    if (ImGui::BeginCombo(label, current ? current->label : "?")) {
        for (const Entry& entry : table) {
            const bool selected = entry.kind == value;
            if (ImGui::Selectable(entry.label, selected) && !selected) {
                value = entry.kind;
                changed = true;
            }
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", entry.*hint);
            if (selected) ImGui::SetItemDefaultFocus();
        }
        ImGui::EndCombo();
    }
    return changed;
}

// A slider over a config field's own range (lab/io/config_fields.h): the UI offers exactly what JSON and links
// accept. `most` can narrow the top (the batch size stops at the training set's size). A fraction can show as a
// percentage; a range over three decades or more slides logarithmically, so its usual values keep room.
bool field_slider(const char* json, lab::LabConfig& c, bool percent = false, double most = 1e300) {
    const lab::ConfigField& f = *lab::find_config_field(json);
    const double hi = std::max(f.lo, std::min(f.hi, most));
    const ImGuiSliderFlags flags = hi >= 1000.0 * std::max(f.lo, 1.0) ? ImGuiSliderFlags_Logarithmic : 0;
    if (f.kind == lab::FieldKind::Integer) {
        int value = static_cast<int>(std::clamp(f.number(c), f.lo, hi));
        if (!ImGui::SliderInt(f.label, &value, static_cast<int>(f.lo), static_cast<int>(hi), "%d", flags)) return false;
        f.set_number(c, value);
        return true;
    }
    const double scale = percent ? 100.0 : 1.0;
    float value = static_cast<float>(f.number(c) * scale);
    if (!ImGui::SliderFloat(f.label, &value, static_cast<float>(f.lo * scale), static_cast<float>(hi * scale),
                            percent ? "%.0f %%" : "%.2f", flags))
        return false;
    f.set_number(c, std::clamp(value / scale, f.lo, f.hi));
    return true;
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

// A combo over a ladder of numbers within the field's range; the current value is shown even when it is not on
// the ladder.
template <size_t N>
bool choose_number(const char* json, double& value, const double (&ladder)[N]) {
    const lab::ConfigField& f = *lab::find_config_field(json);
    char current[32];
    std::snprintf(current, sizeof current, "%g", value);
    bool changed = false;
    if (ImGui::BeginCombo(f.label, current)) {
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

bool data_section(lab::LabConfig& c) {
    bool changed =
        choose_entry(lab::find_config_field("dataset")->label, c.dataset, core::kDatasets, &core::DatasetInfo::about);
    changed |= field_slider("noise", c, true);
    changed |= field_slider("train_fraction", c, true);
    changed |= field_slider("points", c);
    const lab::ConfigField& data_seed = *lab::find_config_field("data_seed");
    if (ImGui::Button("Regenerate")) {  // the same kind of data, drawn again with the next seed (0 after the last)
        c.data_seed = c.data_seed < data_seed.hi ? c.data_seed + 1 : 0;
        changed = true;
    }
    ImGui::SameLine();
    ImGui::TextDisabled("%s %llu", data_seed.label, static_cast<unsigned long long>(c.data_seed));
    return changed;
}

bool network_section(lab::LabConfig& c) {
    const lab::ConfigField& hidden = *lab::find_config_field("hidden");
    bool changed = false;
    int layers = static_cast<int>(c.hidden.size());
    ImGui::Text("hidden layers: %d", layers);
    ImGui::SameLine();
    if (ImGui::SmallButton("+##layer") && layers < hidden.max_items) {
        c.hidden.push_back(c.hidden.empty() ? 4 : c.hidden.back());
        changed = true;
    }
    ImGui::SameLine();
    if (ImGui::SmallButton("−##layer") && layers > 0) {
        c.hidden.pop_back();
        changed = true;
    }
    for (size_t l = 0; l < c.hidden.size(); ++l) {
        ImGui::PushID(static_cast<int>(l));
        char label[40];
        std::snprintf(label, sizeof label, "%s %d", hidden.label, static_cast<int>(l) + 2);  // layer 1 is the input
        const int most = static_cast<int>(hidden.hi);
        if (ImGui::SliderInt(label, &c.hidden[l], static_cast<int>(hidden.lo), most)) changed = true;
        ImGui::PopID();
    }
    changed |= features_row(c);
    changed |= choose_activation(lab::find_config_field("hidden_activation")->label, c.hidden_activation, true);
    changed |= choose_activation(lab::find_config_field("output_activation")->label, c.output_activation, false);
    changed |= choose_entry(lab::find_config_field("init")->label, c.init, core::kInits, &core::InitInfo::formula);
    if (c.init == core::Init::Uniform) changed |= field_slider("init_epsilon", c);
    changed |= seed_input("seed", c);
    return changed;
}

bool training_section(lab::LabConfig& c, int train_count) {
    core::TrainConfig& t = c.train;
    bool changed = choose_number("alpha", t.optimizer.alpha, kRates);
    changed |= choose_entry(lab::find_config_field("loss")->label, t.loss, core::kLosses, &core::LossInfo::formula);
    changed |= choose_entry(lab::find_config_field("regularization")->label, t.regularization, core::kRegularizations,
                            &core::RegularizationInfo::formula);
    if (t.regularization != core::Regularization::None) changed |= choose_number("lambda", t.lambda, kLambdas);
    changed |= field_slider("dropout", c);
    const int most = std::max(1, train_count);
    changed |= field_slider("batch_size", c, false, most);
    const int batch = std::clamp(t.batch_size, 1, most);
    ImGui::SameLine();
    ImGui::TextDisabled(batch == 1 ? "(SGD)" : batch == most ? "(full batch)" : "(mini-batch)");
    changed |= choose_entry(lab::find_config_field("optimizer")->label, t.optimizer.kind, core::kOptimizers,
                            &core::OptimizerInfo::formula);
    changed |= optimizer_sliders(t.optimizer);
    changed |= choose_entry(lab::find_config_field("schedule")->label, t.optimizer.schedule, core::kSchedules,
                            &core::ScheduleInfo::formula);
    if (t.optimizer.schedule == core::Schedule::StepDecay) {
        changed |= field_slider("decay_every", c);
        changed |= field_slider("decay_factor", c);
    }
    return changed;
}

}  // namespace

ControlsActions controls_panel(const lab::LabConfig& current, int train_count) {
    ControlsActions actions;
    actions.config = current;
    ImGui::PushItemWidth(ImGui::GetContentRegionAvail().x * 0.55f);
    if (ImGui::CollapsingHeader("Data", ImGuiTreeNodeFlags_DefaultOpen)) {
        actions.rebuild |= data_section(actions.config);
        actions.open_data = ImGui::Button(core::dataset_info(core::DatasetKind::Custom).label);
    }
    if (ImGui::CollapsingHeader("Network", ImGuiTreeNodeFlags_DefaultOpen))
        actions.rebuild |= network_section(actions.config);
    if (ImGui::CollapsingHeader("Training", ImGuiTreeNodeFlags_DefaultOpen))
        actions.retune |= training_section(actions.config, train_count);
    ImGui::PopItemWidth();
    if (actions.rebuild) actions.retune = false;  // a new session takes the training settings too
    return actions;
}

}  // namespace ui

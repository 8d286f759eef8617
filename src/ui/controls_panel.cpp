#include "ui/controls_panel.h"

#include <algorithm>
#include <cstdio>
#include <string>

#include "core/activation.h"
#include "core/optimizer.h"
#include "imgui.h"
#include "lab/io/config_io.h"

namespace ui {
namespace {

// The values TF Playground offers for α and λ: a short ladder is easier to use at a projector than a free field.
constexpr double kRates[] = {0.00001, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10};
constexpr double kLambdas[] = {0, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10};

constexpr core::DatasetKind kDatasets[] = {
    core::DatasetKind::Circle,  core::DatasetKind::Xor,     core::DatasetKind::Gaussian, core::DatasetKind::Spiral,
    core::DatasetKind::Moons,   core::DatasetKind::And,     core::DatasetKind::Or,       core::DatasetKind::XorGate,
    core::DatasetKind::Nand,    core::DatasetKind::Linear1D, core::DatasetKind::Plane2D, core::DatasetKind::Spiral3,
    core::DatasetKind::Iris,    core::DatasetKind::Digits,
};
constexpr core::Activation kActivations[] = {
    core::Activation::Step, core::Activation::Sign,      core::Activation::Sigmoid, core::Activation::Tanh,
    core::Activation::ReLU, core::Activation::LeakyReLU, core::Activation::Linear,  core::Activation::Softmax,
};

// A combo over `options`, showing each with `name`; returns true when the choice changed.
template <typename T, size_t N, typename Name>
bool choose(const char* label, T& value, const T (&options)[N], Name name) {
    bool changed = false;
    if (ImGui::BeginCombo(label, name(value))) {
        for (const T& option : options) {
            const bool selected = option == value;
            if (ImGui::Selectable(name(option), selected) && !selected) {
                value = option;
                changed = true;
            }
            if (selected) ImGui::SetItemDefaultFocus();
        }
        ImGui::EndCombo();
    }
    return changed;
}

// A combo over a core vocabulary table (core/vocabulary.h), showing each entry's label and, on hover, its formula.
template <typename Entry, size_t N, typename Kind>
bool choose_entry(const char* label, Kind& value, const Entry (&table)[N]) {
    const Entry* current = core::entry_of(table, value);
    bool changed = false;
    if (ImGui::BeginCombo(label, current ? current->label : "?")) {
        for (const Entry& entry : table) {
            const bool selected = entry.kind == value;
            if (ImGui::Selectable(entry.label, selected) && !selected) {
                value = entry.kind;
                changed = true;
            }
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", entry.formula);
            if (selected) ImGui::SetItemDefaultFocus();
        }
        ImGui::EndCombo();
    }
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

// A combo over a ladder of numbers; the current value is shown even when it is not on the ladder.
template <size_t N>
bool choose_number(const char* label, double& value, const double (&ladder)[N]) {
    char current[32];
    std::snprintf(current, sizeof current, "%g", value);
    bool changed = false;
    if (ImGui::BeginCombo(label, current)) {
        for (double option : ladder) {
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

bool seed_input(const char* label, uint64_t& seed) {
    int shown = static_cast<int>(seed % 1000000);
    if (!ImGui::InputInt(label, &shown, 1, 10)) return false;
    seed = static_cast<uint64_t>(std::clamp(shown, 0, 999999));
    return true;
}

bool data_section(lab::LabConfig& c) {
    bool changed = choose("data set", c.dataset, kDatasets, core::dataset_name);
    float noise = static_cast<float>(c.noise) * 100.0f;
    if (ImGui::SliderFloat("noise %", &noise, 0.0f, 50.0f, "%.0f")) {
        c.noise = noise / 100.0;
        changed = true;
    }
    int train_percent = static_cast<int>(c.train_fraction * 100.0 + 0.5);
    if (ImGui::SliderInt("train %", &train_percent, 10, 90)) {
        c.train_fraction = train_percent / 100.0;
        changed = true;
    }
    if (ImGui::SliderInt("points", &c.points, 50, 2000)) changed = true;
    if (ImGui::Button("Regenerate")) {  // the same kind of data, drawn again with the next seed
        ++c.data_seed;
        changed = true;
    }
    ImGui::SameLine();
    ImGui::TextDisabled("data seed %llu", static_cast<unsigned long long>(c.data_seed));
    return changed;
}

bool network_section(lab::LabConfig& c) {
    bool changed = false;
    int layers = static_cast<int>(c.hidden.size());
    ImGui::Text("hidden layers: %d", layers);
    ImGui::SameLine();
    if (ImGui::SmallButton("+##layer") && layers < lab::kMaxHiddenLayers) {
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
        std::snprintf(label, sizeof label, "units in layer %d", static_cast<int>(l) + 2);  // layer 1 is the input
        if (ImGui::SliderInt(label, &c.hidden[l], 1, 16)) changed = true;
        ImGui::PopID();
    }
    changed |= choose("hidden g", c.hidden_activation, kActivations, core::activation_name);
    if (c.hidden_activation == core::Activation::Softmax) c.hidden_activation = core::Activation::Tanh;
    changed |= choose("output g", c.output_activation, kActivations, core::activation_name);
    changed |= choose_entry("init", c.init, core::kInits);
    if (c.init == core::Init::Uniform) {
        float epsilon = static_cast<float>(c.init_epsilon);
        if (ImGui::SliderFloat("ε", &epsilon, 0.01f, 3.0f, "%.2f")) {
            c.init_epsilon = epsilon;
            changed = true;
        }
    }
    changed |= seed_input("seed", c.seed);
    return changed;
}

bool training_section(lab::LabConfig& c, int train_count) {
    core::TrainConfig& t = c.train;
    bool changed = choose_number("learning rate α", t.optimizer.alpha, kRates);
    changed |= choose_entry("loss", t.loss, core::kLosses);
    changed |= choose_entry("regularization", t.regularization, core::kRegularizations);
    if (t.regularization != core::Regularization::None) changed |= choose_number("λ", t.lambda, kLambdas);
    float dropout = static_cast<float>(t.dropout.rate);
    if (ImGui::SliderFloat("dropout p", &dropout, 0.0f, 0.8f, "%.2f")) {
        t.dropout.rate = dropout;
        changed = true;
    }
    const int most = std::max(1, train_count);
    int batch = std::clamp(t.batch_size, 1, most);
    if (ImGui::SliderInt("batch size", &batch, 1, most)) {
        t.batch_size = batch;
        changed = true;
    }
    ImGui::SameLine();
    ImGui::TextDisabled(batch == 1 ? "(SGD)" : batch == most ? "(full batch)" : "(mini-batch)");
    changed |= choose_entry("optimizer", t.optimizer.kind, core::kOptimizers);
    changed |= optimizer_sliders(t.optimizer);
    bool decay = t.optimizer.schedule == core::Schedule::StepDecay;
    if (ImGui::Checkbox("step decay of α", &decay)) {
        t.optimizer.schedule = decay ? core::Schedule::StepDecay : core::Schedule::Constant;
        changed = true;
    }
    if (decay) {
        changed |= ImGui::SliderInt("every N epochs", &t.optimizer.decay_every, 1, 500);
        float factor = static_cast<float>(t.optimizer.decay_factor);
        if (ImGui::SliderFloat("× factor", &factor, 0.05f, 1.0f, "%.2f")) {
            t.optimizer.decay_factor = factor;
            changed = true;
        }
    }
    return changed;
}

}  // namespace

ControlsActions controls_panel(const lab::LabConfig& current, int train_count) {
    ControlsActions actions;
    actions.config = current;
    ImGui::PushItemWidth(ImGui::GetContentRegionAvail().x * 0.55f);
    if (ImGui::CollapsingHeader("Data", ImGuiTreeNodeFlags_DefaultOpen)) actions.rebuild |= data_section(actions.config);
    if (ImGui::CollapsingHeader("Network", ImGuiTreeNodeFlags_DefaultOpen))
        actions.rebuild |= network_section(actions.config);
    if (ImGui::CollapsingHeader("Training", ImGuiTreeNodeFlags_DefaultOpen))
        actions.retune |= training_section(actions.config, train_count);
    ImGui::PopItemWidth();
    if (actions.rebuild) actions.retune = false;  // a new session takes the training settings too
    return actions;
}

}  // namespace ui

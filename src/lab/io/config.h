// Everything that defines one training run a lesson, the URL, the CLI or the UI can set.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "core/dataset.h"
#include "core/features.h"
#include "core/init.h"
#include "core/train.h"

namespace lab {

struct LabConfig {
    // data
    core::DatasetKind dataset = core::DatasetKind::Circle;
    int points = 500;              // generated 2-D sets; fixed-size sets ignore it
    double noise = 0.0;            // 0 .. 0.5
    double train_fraction = 0.5;   // share of points used for training
    uint64_t data_seed = 1;
    // dataset == Custom: the student's points (a CSV file, clicks on the plot); null: core's starter points.
    // Shared and never changed in place: a new point makes a new data set.
    std::shared_ptr<const core::Dataset> custom;
    // network
    core::FeatureSet features = core::kRawInputs;  // what the input layer holds for 2-D points (core/features.h)
    std::vector<int> hidden = {4, 2};  // hidden layer sizes; inputs and outputs come from the data set
    core::Activation hidden_activation = core::Activation::Tanh;
    core::Activation output_activation = core::Activation::Sigmoid;
    core::Init init = core::Init::Xavier;
    double init_epsilon = 0.5;     // uniform init: Θ ~ U[−ε, ε]
    uint64_t seed = 1;             // initial weights, shuffling and dropout masks
    // training
    core::TrainConfig train;
};

// Input and output layer sizes follow the data set: s_1 = n_in, s_L = n_out.
std::vector<int> layer_sizes(const LabConfig& config, const core::Dataset& data);

}  // namespace lab

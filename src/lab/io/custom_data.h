// The student's own points (LabConfig::custom, data set "custom") in config JSON — so in State JSON and config
// files — and in links. Both carry every number in shortest round-trip form: the points come back bit for bit.
//
// JSON, the member "custom_data" of a config:
//   {"task": "binary", "inputs": 2, "classes": ["no", "yes"], "x": [x₁, x₂ of row 1, x₁, x₂ of row 2, …],
//    "y": [class index or regression value of each row]}
//   "task" is binary, multiclass or regression; "classes" (optional) names the classes (regression: none).
// Link, the field data=…, at most core::kMaxLinkPoints points:
//   <task letter>:<inputs>[:<classes>]~x₁,x₂,y~x₁,x₂,y …   e.g. b:2~-3,1,0~3,-1,1   (b, m, r as above)
// Reading checks the shapes as an import checks Θ: x holds rows × inputs numbers, y one per row, every number
// finite, labels whole and below the class count, 1 to kMaxPoints rows, 1 to kMaxInputs inputs.
#pragma once
#include <string>

#include "core/dataset.h"
#include "lab/io/config.h"
#include "lab/io/json.h"

namespace lab {

constexpr const char* kCustomDataKey = "custom_data";  // in config JSON
constexpr const char* kCustomDataUrlKey = "data";      // in links

void write_custom_data(const core::Dataset& data, JsonWriter& out);
// False: `problem` names what is wrong ("'custom_data.y[3]' must be a class index from 0 to 1") and `out` is
// untouched.
bool read_custom_data(const Json& value, core::Dataset& out, std::string& problem);

// The checks of read_custom_data on a data set already in memory: false with `problem` saying what is wrong.
bool custom_data_fits(const core::Dataset& data, std::string& problem);

// The link text, or "" when the set has more than core::kMaxLinkPoints points.
std::string custom_data_link(const core::Dataset& data);
bool read_custom_data_link(const std::string& text, core::Dataset& out, std::string& problem);

// The output layer g and the loss J that suit the task, so that a⁽ᴸ⁾ can reach y: sigmoid and cross-entropy
// for two classes, softmax and its cross-entropy for more, linear and squared error for regression.
void suit_task(core::Task task, LabConfig& config);

// The class index (classification) or value (regression) of row i: what "y" lists.
double target_of(const core::Dataset& data, int i);

}  // namespace lab

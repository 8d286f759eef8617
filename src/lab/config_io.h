// LabConfig <-> JSON. Reading validates every field: a bad one is named in a message and left as it was,
// the rest still applies.
#pragma once
#include <string>
#include <vector>

#include "config.h"
#include "json.h"

namespace lab {

// Limits every input path (JSON, URL, UI, CLI) enforces.
constexpr int kMaxHiddenLayers = 6;
constexpr int kMaxUnits = 32;
constexpr int kMaxPoints = 10000;

// Applies the fields present in `object` to `config`. Returns one message per problem
// ("'alpha' must be a number in (0, 10], got -1"); fields with problems keep their previous value.
std::vector<std::string> apply_config_json(const Json& object, LabConfig& config);

void write_config_json(const LabConfig& config, JsonWriter& out);
std::string config_to_json(const LabConfig& config);

}  // namespace lab

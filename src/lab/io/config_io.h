// LabConfig <-> JSON, field by field through the config-field table (config_fields.h). Reading validates every
// field: a bad one is named in a message and left as it was, the rest still applies.
#pragma once
#include <string>
#include <vector>

#include "lab/io/config.h"
#include "lab/io/config_fields.h"
#include "core/limits.h"
#include "lab/io/json.h"

namespace lab {

// Limits every input path (JSON, URL, UI, CLI) enforces: core/limits.h.
constexpr int kMaxHiddenLayers = core::kMaxHiddenLayers;  // 8 layers in total with the input and output layers
constexpr int kMaxUnits = core::kMaxUnits;
constexpr int kMaxPoints = core::kMaxPoints;

// One problem with the config: `field` (nullptr for a problem of the whole object or an unknown key) and the
// text that follows the field's name, so that each input path can name the field its own way.
struct ConfigProblem {
    const ConfigField* field = nullptr;
    std::string text;  // "must be a number in [0, 10]"
};

// Applies the fields present in `object` to `config`; fields with problems keep their previous value.
std::vector<ConfigProblem> read_config_json(const Json& object, LabConfig& config);

// The same, with one message per problem that names the field by its JSON key
// ("'alpha' must be a number in [0, 10]").
std::vector<std::string> apply_config_json(const Json& object, LabConfig& config);

// `config` with every field checked by the same rules as JSON: a field outside them keeps `fallback`'s value and
// adds a message to `problems` (if given). Session applies it, so no path — UI, API, code — can build a network or
// data set beyond the limits of core/limits.h.
LabConfig checked_config(const LabConfig& config, const LabConfig& fallback = LabConfig{},
                         std::vector<std::string>* problems = nullptr);

void write_config_json(const LabConfig& config, JsonWriter& out);
std::string config_to_json(const LabConfig& config);

}  // namespace lab

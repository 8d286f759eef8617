#include "lab/io/config_io.h"

#include <memory>

#include "lab/io/custom_data.h"

namespace lab {

std::vector<ConfigProblem> read_config_json(const Json& object, LabConfig& config) {
    std::vector<ConfigProblem> problems;
    if (object.type != Json::Type::Object) {
        problems.push_back({nullptr, "the configuration must be a JSON object"});
        return problems;
    }
    for (const auto& member : object.members) {
        bool known = member.first == kCustomDataKey;
        for (const ConfigField& field : config_fields()) known = known || member.first == field.json;
        if (!known) problems.push_back({nullptr, "unknown field '" + member.first + "' ignored"});
    }
    for (const ConfigField& field : config_fields()) {
        const Json* value = object.find(field.json);
        if (!value) continue;
        std::string problem = read_field(field, *value, config);
        if (!problem.empty()) problems.push_back({&field, std::move(problem)});
    }
    if (const Json* custom = object.find(kCustomDataKey)) {  // the student's own points: their shapes checked
        core::Dataset data;
        std::string problem;
        if (read_custom_data(*custom, data, problem)) config.custom = std::make_shared<const core::Dataset>(std::move(data));
        else problems.push_back({find_config_field("dataset"), "is custom but " + problem});
    }
    // The rules across fields: where an activation may be used (core's table). Softmax normalises a whole layer
    // into probabilities, which only the output means; GELU and swish are neither a probability nor a target.
    if (!core::activation_info(config.hidden_activation).hidden) {
        problems.push_back({find_config_field("hidden_activation"),
                            std::string(core::activation_name(config.hidden_activation)) +
                                " is only for the output layer; tanh used"});
        config.hidden_activation = core::Activation::Tanh;
    }
    if (!core::activation_info(config.output_activation).output) {
        problems.push_back({find_config_field("output_activation"),
                            std::string(core::activation_name(config.output_activation)) +
                                " is only for hidden layers; sigmoid used"});
        config.output_activation = core::Activation::Sigmoid;
    }
    return problems;
}

std::vector<std::string> apply_config_json(const Json& object, LabConfig& config) {
    std::vector<std::string> messages;
    for (const ConfigProblem& problem : read_config_json(object, config))
        messages.push_back(problem.field ? "'" + std::string(problem.field->json) + "' " + problem.text : problem.text);
    return messages;
}

void write_config_json(const LabConfig& config, JsonWriter& out) {
    out.begin_object();
    for (const ConfigField& field : config_fields()) {
        out.key(field.json);
        write_field(field, config, out);
    }
    if (config.dataset == core::DatasetKind::Custom && config.custom) {
        out.key(kCustomDataKey);
        write_custom_data(*config.custom, out);
    }
    out.end_object();
}

LabConfig checked_config(const LabConfig& config, const LabConfig& fallback, std::vector<std::string>* problems) {
    Json object;
    std::string error;
    LabConfig checked = fallback;
    // The fields through JSON; the student's points — up to 10,000 rows of 64 numbers — checked where they are.
    LabConfig fields = config;
    fields.custom.reset();
    if (!parse_json(config_to_json(fields), object, error)) return checked;  // cannot happen: our own writer
    std::vector<std::string> found = apply_config_json(object, checked);
    std::string problem;
    if (config.custom && custom_data_fits(*config.custom, problem)) checked.custom = config.custom;
    else if (config.custom) found.push_back(problem + "; the starter points used");
    if (problems) *problems = std::move(found);
    return checked;
}

std::string config_to_json(const LabConfig& config) {
    JsonWriter out;
    write_config_json(config, out);
    return out.str();
}

}  // namespace lab

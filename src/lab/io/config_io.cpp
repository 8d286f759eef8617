#include "lab/io/config_io.h"

#include <cmath>

namespace lab {
namespace {

// Reads one field with a range check; on any problem appends a message and leaves `target` alone.
class FieldReader {
public:
    FieldReader(const Json& object, std::vector<std::string>& problems) : object_(object), problems_(problems) {}

    void number(const char* key, double& target, double lo, double hi) {
        const Json* field = object_.find(key);
        if (!field) return;
        if (!field->is_number() || !(field->number >= lo && field->number <= hi)) {
            problems_.push_back(quote(key) + " must be a number in [" + format_double(lo) + ", " + format_double(hi) +
                                "]");
            return;
        }
        target = field->number;
    }

    template <typename Integer>
    void integer(const char* key, Integer& target, double lo, double hi) {
        const Json* field = object_.find(key);
        if (!field) return;
        if (!field->is_number() || field->number != std::floor(field->number) || field->number < lo ||
            field->number > hi) {
            problems_.push_back(quote(key) + " must be a whole number from " + format_double(lo) + " to " +
                                format_double(hi));
            return;
        }
        target = static_cast<Integer>(field->number);
    }

    // A named choice: parse(name, value) returns false for unknown names.
    template <typename Enum, typename Parse>
    void choice(const char* key, Enum& target, Parse parse, const char* allowed) {
        const Json* field = object_.find(key);
        if (!field) return;
        Enum value;
        if (!field->is_string() || !parse(field->text, value)) {
            problems_.push_back(quote(key) + " must be one of " + allowed);
            return;
        }
        target = value;
    }

    void layers(const char* key, std::vector<int>& target) {
        const Json* field = object_.find(key);
        if (!field) return;
        const std::string rule = quote(key) + " must be a list of at most " + std::to_string(kMaxHiddenLayers) +
                                 " layer sizes, each a whole number from 1 to " + std::to_string(kMaxUnits);
        if (field->type != Json::Type::Array || field->items.size() > static_cast<size_t>(kMaxHiddenLayers)) {
            problems_.push_back(rule);
            return;
        }
        std::vector<int> sizes;
        for (const Json& item : field->items) {
            if (!item.is_number() || item.number != std::floor(item.number) || item.number < 1 || item.number > kMaxUnits) {
                problems_.push_back(rule);
                return;
            }
            sizes.push_back(static_cast<int>(item.number));
        }
        target = sizes;
    }

    static std::string quote(const char* key) { return std::string("'") + key + "'"; }

private:
    const Json& object_;
    std::vector<std::string>& problems_;
};

const char* const kKnownFields[] = {
    "dataset", "points", "noise", "train_fraction", "data_seed", "hidden", "hidden_activation", "output_activation",
    "init", "init_epsilon", "seed", "loss", "regularization", "lambda", "dropout", "optimizer", "alpha", "schedule",
    "decay_every", "decay_factor", "batch_size",  // and every id of core::kHyperParameters
};

}  // namespace

std::vector<std::string> apply_config_json(const Json& object, LabConfig& config) {
    std::vector<std::string> problems;
    if (object.type != Json::Type::Object) {
        problems.push_back("the configuration must be a JSON object");
        return problems;
    }
    for (const auto& member : object.members) {
        bool known = false;
        for (const char* name : kKnownFields) known = known || member.first == name;
        for (const core::HyperParameter& p : core::kHyperParameters) known = known || member.first == p.id;
        if (!known) problems.push_back("unknown field '" + member.first + "' ignored");
    }
    FieldReader read(object, problems);
    read.choice("dataset", config.dataset, core::parse_dataset,
                "circle, xor, gaussian, spiral, moons, and, or, xor_gate, nand, linear1d, plane2d, spiral3, iris, digits");
    read.integer("points", config.points, 4, kMaxPoints);
    read.number("noise", config.noise, 0.0, 0.5);
    read.number("train_fraction", config.train_fraction, 0.1, 0.9);
    read.integer("data_seed", config.data_seed, 0, 4294967295.0);
    read.layers("hidden", config.hidden);
    const char* activations = "step, sign, sigmoid, tanh, relu, leaky_relu, linear, softmax";
    read.choice("hidden_activation", config.hidden_activation, core::parse_activation, activations);
    read.choice("output_activation", config.output_activation, core::parse_activation, activations);
    read.choice("init", config.init, core::parse_init, core::id_list(core::kInits).c_str());
    read.number("init_epsilon", config.init_epsilon, 0.0, 10.0);
    read.integer("seed", config.seed, 0, 4294967295.0);
    core::TrainConfig& train = config.train;
    read.choice("loss", train.loss, core::parse_loss, core::id_list(core::kLosses).c_str());
    read.choice("regularization", train.regularization, core::parse_regularization,
                core::id_list(core::kRegularizations).c_str());
    read.number("lambda", train.lambda, 0.0, 10.0);
    read.number("dropout", train.dropout.rate, 0.0, 0.9);
    read.choice("optimizer", train.optimizer.kind, core::parse_optimizer, core::id_list(core::kOptimizers).c_str());
    read.number("alpha", train.optimizer.alpha, 0.0, 10.0);
    for (const core::HyperParameter& p : core::kHyperParameters)
        read.number(p.id, train.optimizer.*p.field, p.lo, p.hi);
    read.choice("schedule", train.optimizer.schedule, core::parse_schedule, core::id_list(core::kSchedules).c_str());
    read.integer("decay_every", train.optimizer.decay_every, 1, 1e6);
    read.number("decay_factor", train.optimizer.decay_factor, 0.0, 1.0);
    read.integer("batch_size", train.batch_size, 1, kMaxPoints);
    if (config.hidden_activation == core::Activation::Softmax) {
        problems.push_back("'hidden_activation' softmax is only for the output layer; tanh used");
        config.hidden_activation = core::Activation::Tanh;
    }
    return problems;
}

void write_config_json(const LabConfig& config, JsonWriter& out) {
    const core::TrainConfig& train = config.train;
    out.begin_object();
    out.key("dataset").value(core::dataset_name(config.dataset));
    out.key("points").value(config.points);
    out.key("noise").value(config.noise);
    out.key("train_fraction").value(config.train_fraction);
    out.key("data_seed").value(static_cast<long long>(config.data_seed));
    out.key("hidden").begin_array();
    for (int units : config.hidden) out.value(units);
    out.end_array();
    out.key("hidden_activation").value(core::activation_name(config.hidden_activation));
    out.key("output_activation").value(core::activation_name(config.output_activation));
    out.key("init").value(core::init_name(config.init));
    out.key("init_epsilon").value(config.init_epsilon);
    out.key("seed").value(static_cast<long long>(config.seed));
    out.key("loss").value(core::loss_name(train.loss));
    out.key("regularization").value(core::regularization_name(train.regularization));
    out.key("lambda").value(train.lambda);
    out.key("dropout").value(train.dropout.rate);
    out.key("optimizer").value(core::optimizer_name(train.optimizer.kind));
    out.key("alpha").value(train.optimizer.alpha);
    for (const core::HyperParameter& p : core::kHyperParameters) out.key(p.id).value(train.optimizer.*p.field);
    out.key("schedule").value(core::schedule_name(train.optimizer.schedule));
    out.key("decay_every").value(train.optimizer.decay_every);
    out.key("decay_factor").value(train.optimizer.decay_factor);
    out.key("batch_size").value(train.batch_size);
    out.end_object();
}

LabConfig checked_config(const LabConfig& config, const LabConfig& fallback, std::vector<std::string>* problems) {
    Json object;
    std::string error;
    LabConfig checked = fallback;
    if (!parse_json(config_to_json(config), object, error)) return checked;  // cannot happen: our own writer
    std::vector<std::string> found = apply_config_json(object, checked);
    if (problems) *problems = std::move(found);
    return checked;
}

std::string config_to_json(const LabConfig& config) {
    JsonWriter out;
    write_config_json(config, out);
    return out.str();
}

}  // namespace lab

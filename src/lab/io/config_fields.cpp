#include "lab/io/config_fields.h"

#include <cmath>
#include <iterator>
#include <type_traits>
#include <utility>

#include "core/features.h"
#include "core/limits.h"
#include "core/optimizer.h"

namespace lab {
namespace {

using core::OptimizerConfig;
using core::TrainConfig;

// The member at the end of a path of pointers to members: member<&LabConfig::train, &TrainConfig::lambda>(c) is
// c.train.lambda.
template <auto... Path>
auto& member(LabConfig& c) { return (c .* ... .* Path); }
template <auto... Path>
const auto& member(const LabConfig& c) { return (c .* ... .* Path); }

template <auto... Path>
ConfigField numeric(FieldKind kind, const char* json, const char* url, const char* label, double lo, double hi) {
    ConfigField f{json, url, label, kind, lo, hi};
    f.number = [](const LabConfig& c) { return static_cast<double>(member<Path...>(c)); };
    f.set_number = [](LabConfig& c, double value) {
        auto& target = member<Path...>(c);
        target = static_cast<std::decay_t<decltype(target)>>(value);
    };
    return f;
}
template <auto... Path>
ConfigField number(const char* json, const char* url, const char* label, double lo, double hi) {
    return numeric<Path...>(FieldKind::Number, json, url, label, lo, hi);
}
template <auto... Path>
ConfigField integer(const char* json, const char* url, const char* label, double lo, double hi) {
    return numeric<Path...>(FieldKind::Integer, json, url, label, lo, hi);
}

// A named choice: Name(value) and Parse(text, value) are core's functions for the member's enum, Table its
// vocabulary table (core/vocabulary.h), whose ids are the names a message lists.
template <auto Name, auto Parse, auto& Table, auto... Path>
ConfigField choice(const char* json, const char* url, const char* label) {
    using Enum = std::decay_t<decltype(member<Path...>(std::declval<const LabConfig&>()))>;
    ConfigField f{json, url, label, FieldKind::Choice};
    f.name = [](const LabConfig& c) -> const char* { return Name(member<Path...>(c)); };
    f.set_name = [](LabConfig& c, const std::string& text) {
        Enum value{};
        if (!Parse(text, value)) return false;
        member<Path...>(c) = value;
        return true;
    };
    f.names = [] { return core::id_list(Table); };
    return f;
}

template <auto... Path>
ConfigField sizes(const char* json, const char* url, const char* label, double lo, double hi, int max_items) {
    ConfigField f{json, url, label, FieldKind::Sizes, lo, hi, max_items};
    f.sizes = [](const LabConfig& c) -> const std::vector<int>& { return member<Path...>(c); };
    f.set_sizes = [](LabConfig& c, const std::vector<int>& value) { member<Path...>(c) = value; };
    return f;
}

// The input features (core/features.h): the words of kFeatures, at least one.
ConfigField features(const char* json, const char* url, const char* label) {
    ConfigField f{json, url, label, FieldKind::Set, 0, 0, core::kFeatureCount};
    f.words = [](const LabConfig& c) {
        std::vector<std::string> words;
        for (core::Feature feature : core::feature_list(c.features)) words.push_back(core::feature_info(feature).id);
        return words;
    };
    f.set_words = [](LabConfig& c, const std::vector<std::string>& words) {
        core::FeatureSet set = 0;
        for (const std::string& word : words) {
            core::Feature feature{};
            if (!core::parse_feature(word, feature)) return false;
            set |= core::feature_bit(feature);
        }
        if (set == 0) return false;
        c.features = set;
        return true;
    };
    f.names = [] { return core::id_list(core::kFeatures); };
    return f;
}

constexpr double kMaxSeed = 4294967295.0;  // 2³² − 1: a seed reads back exactly from JSON and links

bool is_whole(const Json& value, double lo, double hi) {
    return value.is_number() && value.number == std::floor(value.number) && value.number >= lo && value.number <= hi;
}

// A row for core's hyper-parameter I (core::kHyperParameters): its id is the JSON key and the URL key (μ's URL key
// is the shorter "mom", as in published links); range and label are core's, so the sliders, JSON and links agree.
template <size_t I>
ConfigField hyper_parameter_field() {
    constexpr const core::HyperParameter& p = core::kHyperParameters[I];
    const bool momentum = p.field == &OptimizerConfig::momentum;
    return number<&LabConfig::train, &TrainConfig::optimizer, p.field>(p.id, momentum ? "mom" : p.id, p.label,
                                                                       p.lo, p.hi);
}
template <size_t... I>
void append_hyper_parameters(std::vector<ConfigField>& rows, std::index_sequence<I...>) {
    (rows.push_back(hyper_parameter_field<I>()), ...);
}

}  // namespace

const std::vector<ConfigField>& config_fields() {
    static const std::vector<ConfigField> fields = [] {
        std::vector<ConfigField> rows = {
            choice<&core::dataset_name, &core::parse_dataset, core::kDatasets, &LabConfig::dataset>("dataset", "ds",
                                                                                                 "data set"),
            // Points: from 4 (a logic gate's rows) to the limit every input path enforces, so that every saved
            // config and link opens; the slider is logarithmic, so the usual 50 .. 2000 keep most of its width.
            integer<&LabConfig::points>("points", "points", "points", 4, core::kMaxPoints),
            number<&LabConfig::noise>("noise", "noise", "noise", 0.0, 0.5),
            number<&LabConfig::train_fraction>("train_fraction", "split", "train share", 0.1, 0.9),
            integer<&LabConfig::data_seed>("data_seed", "dseed", "data seed", 0, kMaxSeed),
            features("features", "feat", "features"),
            sizes<&LabConfig::hidden>("hidden", "hidden", "units in layer", 1, core::kMaxUnits, core::kMaxHiddenLayers),
            choice<&core::activation_name, &core::parse_activation, core::kActivationTable,
                   &LabConfig::hidden_activation>("hidden_activation", "act", "hidden g"),
            choice<&core::activation_name, &core::parse_activation, core::kActivationTable,
                   &LabConfig::output_activation>("output_activation", "out", "output g"),
            choice<&core::init_name, &core::parse_init, core::kInits, &LabConfig::init>("init", "init", "init"),
            number<&LabConfig::init_epsilon>("init_epsilon", "eps", "ε", 0.0, 10.0),
            integer<&LabConfig::seed>("seed", "seed", "seed", 0, kMaxSeed),
            choice<&core::loss_name, &core::parse_loss, core::kLosses, &LabConfig::train, &TrainConfig::loss>(
                "loss", "loss", "loss"),
            choice<&core::regularization_name, &core::parse_regularization, core::kRegularizations, &LabConfig::train,
                   &TrainConfig::regularization>("regularization", "reg", "regularization"),
            number<&LabConfig::train, &TrainConfig::lambda>("lambda", "lambda", "λ", 0.0, 10.0),
            number<&LabConfig::train, &TrainConfig::dropout, &core::Dropout::rate>("dropout", "dropout", "dropout p",
                                                                                  0.0, 0.9),
            choice<&core::optimizer_name, &core::parse_optimizer, core::kOptimizers, &LabConfig::train,
                   &TrainConfig::optimizer,
                   &OptimizerConfig::kind>("optimizer", "opt", "optimizer"),
            number<&LabConfig::train, &TrainConfig::optimizer, &OptimizerConfig::alpha>("alpha", "alpha",
                                                                                         "learning rate α", 0.0, 10.0),
        };
        // The optimizers' hyper-parameters follow α, in core's table order, with core's ranges.
        append_hyper_parameters(rows, std::make_index_sequence<std::size(core::kHyperParameters)>{});
        rows.insert(rows.end(), {
            choice<&core::schedule_name, &core::parse_schedule, core::kSchedules, &LabConfig::train,
                   &TrainConfig::optimizer,
                   &OptimizerConfig::schedule>("schedule", "sched", "schedule"),
            integer<&LabConfig::train, &TrainConfig::optimizer, &OptimizerConfig::decay_every>(
                "decay_every", "decay_every", "every N epochs", 1, 1e6),
            number<&LabConfig::train, &TrainConfig::optimizer, &OptimizerConfig::decay_factor>(
                "decay_factor", "decay", "× factor", 0.0, 1.0),
            integer<&LabConfig::train, &TrainConfig::batch_size>("batch_size", "batch", "batch size", 1,
                                                                 core::kMaxPoints),
        });
        return rows;
    }();
    return fields;
}

const ConfigField* find_config_field(std::string_view key) {
    for (const ConfigField& field : config_fields())
        if (key == field.json || key == field.url) return &field;
    return nullptr;
}

std::string field_rule(const ConfigField& field) {
    const std::string lo = format_double(field.lo), hi = format_double(field.hi);
    switch (field.kind) {
        case FieldKind::Number: return "must be a number in [" + lo + ", " + hi + "]";
        case FieldKind::Integer: return "must be a whole number from " + lo + " to " + hi;
        case FieldKind::Choice: return "must be one of " + field.names();
        case FieldKind::Sizes:
            return "must be a list of at most " + std::to_string(field.max_items) +
                   " layer sizes, each a whole number from " + lo + " to " + hi;
        case FieldKind::Set:
            return "must be a list of 1 to " + std::to_string(field.max_items) + " of " + field.names();
    }
    return "";
}

std::string read_field(const ConfigField& field, const Json& value, LabConfig& config) {
    switch (field.kind) {
        case FieldKind::Number:
            if (!value.is_number() || !(value.number >= field.lo && value.number <= field.hi)) break;
            field.set_number(config, value.number);
            return "";
        case FieldKind::Integer:
            if (!is_whole(value, field.lo, field.hi)) break;
            field.set_number(config, value.number);
            return "";
        case FieldKind::Choice:
            if (!value.is_string() || !field.set_name(config, value.text)) break;
            return "";
        case FieldKind::Sizes: {
            if (value.type != Json::Type::Array || value.items.size() > static_cast<size_t>(field.max_items)) break;
            std::vector<int> sizes;
            for (const Json& item : value.items) {
                if (!is_whole(item, field.lo, field.hi)) return field_rule(field);
                sizes.push_back(static_cast<int>(item.number));
            }
            field.set_sizes(config, sizes);
            return "";
        }
        case FieldKind::Set: {
            if (value.type != Json::Type::Array || value.items.size() > static_cast<size_t>(field.max_items)) break;
            std::vector<std::string> words;
            for (const Json& item : value.items) {
                if (!item.is_string()) return field_rule(field);
                words.push_back(item.text);
            }
            if (!field.set_words(config, words)) break;
            return "";
        }
    }
    return field_rule(field);
}

void write_field(const ConfigField& field, const LabConfig& config, JsonWriter& out) {
    switch (field.kind) {
        case FieldKind::Number: out.value(field.number(config)); break;
        case FieldKind::Integer: out.value(static_cast<long long>(field.number(config))); break;
        case FieldKind::Choice: out.value(field.name(config)); break;
        case FieldKind::Sizes:
            out.begin_array();
            for (int units : field.sizes(config)) out.value(units);
            out.end_array();
            break;
        case FieldKind::Set:
            out.begin_array();
            for (const std::string& word : field.words(config)) out.value(word);
            out.end_array();
            break;
    }
}

}  // namespace lab

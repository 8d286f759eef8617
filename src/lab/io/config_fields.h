// The config-field table: every LabConfig field that JSON, links, the CLI and the UI can set, listed once
// (TF Playground's PROPS in state.ts). A row names the field in each place — its JSON key, its URL key, its UI
// label — gives the range every input path accepts, and reaches its LabConfig member through small functions.
// A field's default is LabConfig{}'s member initializer, read through the same functions.
//
// Adding a field: its member in LabConfig (config.h), one row in config_fields.cpp; the JSON, the URL, the
// validation messages and the round-trip tests follow from the row.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "lab/io/config.h"
#include "lab/io/json.h"

namespace lab {

enum class FieldKind {
    Number,   // a double in [lo, hi]
    Integer,  // a whole number in [lo, hi]
    Choice,   // a name core's parse function knows (an activation, a loss, a data set, ...)
    Sizes,    // a list of at most max_items whole numbers, each in [lo, hi]: the hidden layer sizes
    Set,      // a list of 1 to max_items words of core's table (names()): the input features
};

struct ConfigField {
    const char* json;   // key in config JSON: "train_fraction"
    const char* url;    // key in links: "split" — existing links use it, so it never changes
    const char* label;  // for the UI
    FieldKind kind;
    double lo = 0.0, hi = 0.0;  // Number and Integer: the value; Sizes: each item
    int max_items = 0;          // Sizes: the longest list

    // The member. The row fills the functions of its kind, the others stay null.
    double (*number)(const LabConfig&) = nullptr;  // Number, Integer
    void (*set_number)(LabConfig&, double) = nullptr;
    const char* (*name)(const LabConfig&) = nullptr;  // Choice
    bool (*set_name)(LabConfig&, const std::string&) = nullptr;  // false for a name core does not know
    std::string (*names)() = nullptr;  // Choice, Set: every name, "sgd, momentum, adam"
    const std::vector<int>& (*sizes)(const LabConfig&) = nullptr;  // Sizes
    void (*set_sizes)(LabConfig&, const std::vector<int>&) = nullptr;
    std::vector<std::string> (*words)(const LabConfig&) = nullptr;  // Set: the chosen words, in table order
    bool (*set_words)(LabConfig&, const std::vector<std::string>&) = nullptr;  // false: an unknown word, or none
};

// Every field, in the order config JSON writes them and links list them.
const std::vector<ConfigField>& config_fields();

// The field with this JSON key or URL key, or nullptr.
const ConfigField* find_config_field(std::string_view key);

// What the field accepts, as the sentence after its name: "must be a number in [0, 10]".
std::string field_rule(const ConfigField& field);

// `value` into the field of `config`. Returns "" when it fits the rule; otherwise field_rule(field), and the
// field keeps its value.
std::string read_field(const ConfigField& field, const Json& value, LabConfig& config);

// The field's value from `config`, written as one JSON value.
void write_field(const ConfigField& field, const LabConfig& config, JsonWriter& out);

}  // namespace lab

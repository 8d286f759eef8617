#include "fuzz_entries.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "core/csv_table.h"
#include "core/dataset.h"
#include "core/expression.h"
#include "core/limits.h"
#include "lab/io/config_io.h"
#include "lab/io/export.h"
#include "lab/lessons/graph_steps.h"
#include "lab/io/json.h"
#include "lab/lessons/lesson_state.h"
#include "lab/teach/session.h"
#include "lab/io/url_state.h"

namespace fuzz {
namespace {

// An invariant the parsers promise; breaking it is a bug the fuzzer should report as a crash.
void require(bool condition) {
    if (!condition) __builtin_trap();
}

std::string text_of(const uint8_t* data, size_t size) { return std::string(reinterpret_cast<const char*>(data), size); }

// Keeps a fuzz iteration quick: a small data set, few steps. The limits themselves are tested elsewhere.
lab::LabConfig quick(lab::LabConfig config) {
    config.points = std::min(config.points, 60);
    return config;
}

void require_within_limits(const lab::Session& session) {
    const core::Network& net = session.network();
    require(net.layer_count() <= core::kMaxLayers);
    for (size_t l = 1; l < net.sizes.size(); ++l) require(net.sizes[l] >= 1 && net.sizes[l] <= core::kMaxUnits);
    require(session.train_set().count() + session.test_set().count() <= core::kMaxPoints);
}

}  // namespace

void url_state(const uint8_t* data, size_t size) {
    lab::UrlState state;
    lab::decode(text_of(data, size), state);
    // what we write, we read back without a complaint and to the same link
    const std::string link = lab::encode(state);
    lab::UrlState again;
    require(lab::decode(link, again).empty());
    require(lab::encode(again) == link);
    state.steps = std::min<long long>(state.steps, 5);
    state.config = quick(state.config);
    lab::Stepper stepper(quick(lab::LabConfig{}));
    lab::apply_url_state(state, stepper);
    require_within_limits(stepper.session());
}

void json_import(const uint8_t* data, size_t size) {
    const std::string text = text_of(data, size);
    lab::Json json;
    std::string error;
    if (lab::parse_json(text, json, error)) {
        lab::LabConfig config;
        lab::apply_config_json(json, config);
        lab::Session session(quick(config));
        require_within_limits(session);
        session.train_steps(3);
    } else {
        require(!error.empty());
    }
    lab::ImportedState imported;
    std::vector<std::string> problems;
    if (lab::import_state(text, imported, problems)) {
        imported.config = quick(imported.config);
        lab::Stepper stepper(quick(lab::LabConfig{}));
        if (lab::restore_state(imported, stepper, problems)) {
            require_within_limits(stepper.session());
            stepper.run_steps(2);
        } else {
            require(problems[0].find("nothing imported: ") == 0);
        }
    } else {
        require(problems[0].find("nothing imported: ") == 0);
    }
}

void csv(const uint8_t* data, size_t size) {
    if (size == 0) return;
    core::CsvOptions options;  // the first byte picks the options, the rest is the file
    const uint8_t pick = data[0];
    options.task = static_cast<core::Task>(pick % 3);
    options.n_in = (pick >> 2) % 4 == 0 ? -1 : (pick >> 2) % 4;
    options.classes = (pick >> 4) % 4 == 3 ? 40 : (pick >> 4) % 4;
    options.skip_header = (pick & 0x80) != 0;
    core::Dataset out;
    std::vector<std::string> errors;
    if (core::load_csv(text_of(data + 1, size - 1), options, out, errors)) {
        require(errors.empty());
        require(out.count() >= 1 && out.count() <= core::kMaxPoints);
        require(out.n_in >= 1 && out.n_in <= core::kMaxInputs);
        require(out.n_out >= 1 && out.n_out <= core::kMaxUnits);
        require(out.x.size() == static_cast<size_t>(out.count()) * out.n_in);
        require(out.y.size() == static_cast<size_t>(out.count()) * out.n_out);
        for (double v : out.x) require(std::isfinite(v));
        core::Dataset train, test;
        core::split_dataset(out, 0.5, 1, train, test);
        require(train.count() + test.count() == out.count());
    } else {
        require(!errors.empty() && errors.size() <= 21);
    }
    // The same bytes as a student's file: the table, then the preview's default columns.
    core::CsvTable table;
    if (!core::read_csv_table(text_of(data + 1, size - 1), table, errors)) {
        require(!errors.empty() && errors.size() <= 21);
        return;
    }
    require(table.rows() >= 1 && table.rows() <= core::kMaxPoints);
    require(table.columns() >= 1 && table.columns() <= core::kMaxCsvColumns);
    require(table.cells.size() == static_cast<size_t>(table.rows()) * static_cast<size_t>(table.columns()));
    core::Dataset own;
    if (core::dataset_from_table(table, core::default_choice(table), own, errors)) {
        require(own.count() == table.rows() && own.n_in >= 1 && own.n_in <= 2);
        require(own.y.size() == static_cast<size_t>(own.count()) * own.n_out);
    } else {
        require(!errors.empty() && errors.size() <= 21);
    }
}

void expression(const uint8_t* data, size_t size) {
    const std::string text = text_of(data, size);
    const size_t newline = text.find('\n');
    const std::string variables = newline == std::string::npos ? "x = -2, y = 5, z = -4" : text.substr(0, newline);
    const std::string formula = newline == std::string::npos ? text : text.substr(newline + 1);
    std::vector<core::Assignment> values;
    core::ExpressionError error;
    if (!core::parse_assignments(variables, values, error)) {
        require(!error.message.empty());
        values.clear();
    }
    core::ParsedExpression parsed;
    if (core::parse_expression(formula, values, parsed, error)) {
        require(parsed.output >= 0 && parsed.nodes.size() <= static_cast<size_t>(core::kMaxExpressionNodes));
        lab::graph_steps(parsed);
    } else {
        require(error.message.rfind("column ", 0) == 0);
        require(error.offset <= formula.size());
    }
}

}  // namespace fuzz

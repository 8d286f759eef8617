// Import of a state file (export.h): read and type-check the text, then check every matrix against the network
// the config implies and resume the run it describes.
#include <cmath>

#include "core/limits.h"
#include "lab/io/config_io.h"
#include "lab/io/export.h"
#include "lab/teach/notation.h"

namespace lab {
namespace {

constexpr size_t kMaxImportBytes = core::kMaxStateFileBytes;

bool refuse(std::vector<std::string>& problems) {
    if (!problems.empty()) problems[0] = "nothing imported: " + problems[0];
    return false;
}

std::string count_of(int n, const char* thing) {
    return std::to_string(n) + " " + thing + (n == 1 ? "" : "s");
}

// Θ⁽ˡ⁾ maps layer l to layer l + 1: s_{l+1} rows (one per unit) × s_l + 1 columns (the inputs and the bias).
void check_shapes(const std::vector<core::Matrix>& file, const core::Network& net, const std::string& where,
                  std::vector<std::string>& problems) {
    if (file.size() != net.theta.size()) {
        problems.push_back("'" + where + "' has " + count_of(static_cast<int>(file.size()), "matrix") +
                           "; the config's network needs " + std::to_string(net.theta.size()) + " (Θ⁽¹⁾ to Θ" +
                           layer_index(static_cast<int>(net.theta.size())) + ")");
        return;
    }
    for (size_t l = 0; l < file.size(); ++l) {
        const core::Matrix& want = net.theta[l];
        if (file[l].rows == want.rows && file[l].cols == want.cols) continue;
        problems.push_back("'" + where + "[" + std::to_string(l) + "]' (Θ" + layer_index(static_cast<int>(l) + 1) +
                           ") must be " + std::to_string(want.rows) + " × " + std::to_string(want.cols) + " (" +
                           count_of(want.rows, "unit") + ", " + count_of(want.cols - 1, "input") +
                           " + bias); the file has " + std::to_string(file[l].rows) + " × " +
                           std::to_string(file[l].cols));
    }
}

void copy_values(const std::vector<core::Matrix>& from, std::vector<core::Matrix>& to) {
    for (size_t l = 0; l < to.size() && l < from.size(); ++l) to[l].v = from[l].v;
}

std::vector<double> flat(const std::vector<core::Matrix>& matrices) {
    std::vector<double> out;
    for (const core::Matrix& m : matrices) out.insert(out.end(), m.v.begin(), m.v.end());
    return out;
}

void check_run(const ImportedRun& run, const Session& session, std::vector<std::string>& problems) {
    const core::Network& net = session.network();
    if (!run.theta.empty()) check_shapes(run.theta, net, "training.theta", problems);
    if (!run.initial_theta.empty()) check_shapes(run.initial_theta, net, "training.initial_theta", problems);
    if (!run.velocity.empty()) check_shapes(run.velocity, net, "training.optimizer.velocity", problems);
    if (!run.second.empty()) check_shapes(run.second, net, "training.optimizer.second", problems);
    const int n = session.train_set().count();
    if (!run.order.empty() && !is_example_order(run.order, n))
        problems.push_back("'training.order' must list each of the " + std::to_string(n) +
                           " training examples (0 to " + std::to_string(n - 1) + ") once");
    if (run.next_in_epoch && *run.next_in_epoch >= n)
        problems.push_back("'training.next_in_epoch' must be below the " + std::to_string(n) + " training examples");
}

// The trainer the run goes on from: the session's fresh one with what the file has put in.
core::Trainer trainer_from(const ImportedState& state, const Session& session) {
    const ImportedRun& run = *state.run;
    core::Trainer t = session.trainer();
    copy_values(run.theta.empty() ? state.theta : run.theta, t.net.theta);
    if (run.epoch) t.epoch = *run.epoch;
    if (run.steps) t.steps = *run.steps;
    if (run.next_in_epoch) t.next_in_epoch = *run.next_in_epoch;
    if (!run.order.empty()) t.order = run.order;
    if (run.shuffle_state) t.shuffle_rng = core::Rng(*run.shuffle_state);
    if (run.dropout_state) t.dropout_state = *run.dropout_state;
    if (run.optimizer_t) t.optimizer.steps = *run.optimizer_t;
    if (run.beta1_t) t.optimizer.beta1_t = *run.beta1_t;
    if (run.beta2_t) t.optimizer.beta2_t = *run.beta2_t;
    copy_values(run.velocity, t.optimizer.velocity);
    copy_values(run.second, t.optimizer.second);
    return t;
}

void read_network(const Json& root, ImportedState& result, std::vector<std::string>& problems) {
    const Json* network = root.find("network");
    if (network && network->type != Json::Type::Object) {
        problems.push_back("'network' must be an object");
        return;
    }
    const Json* theta = network ? network->find("theta") : nullptr;
    if (theta && theta->is_string()) {
        if (theta->text == "init") result.initialize = true;
        else problems.push_back("'network.theta' must be a list of matrices, or \"init\" for the seed's weights");
    } else if (theta) {
        read_matrices(*theta, "network.theta", Values::Weights, result.theta, problems);
    }
}

// "display" (state_json.h): its words are the App's to check; a member of the wrong type is ignored, said so.
void read_display(const Json& root, ImportedState& result) {
    const Json* display = root.find("display");
    if (!display) return;
    if (display->type != Json::Type::Object) {
        result.warnings.push_back("'display' is not an object; ignored");
        return;
    }
    Display out;
    for (const auto& [key, value] : display->members) {
        if (key == "tab" && value.is_string()) out.tab = value.text;
        else if (key == "surface" && value.is_string()) out.surface = value.text;
        else if (key == "presentation" && value.type == Json::Type::Bool) out.presentation = value.boolean;
        else if (key == "palette" && value.is_string()) out.palette = value.text;
        else result.warnings.push_back("'display." + key + "' is unknown or of the wrong type; ignored");
    }
    result.display = out;
}

}  // namespace

bool import_state(const std::string& text, ImportedState& out, std::vector<std::string>& problems) {
    problems.clear();
    if (text.size() > kMaxImportBytes) {
        problems.push_back("the file is larger than 16 MB");
        return refuse(problems);
    }
    Json root;
    std::string error;
    if (!parse_json(text, root, error)) {
        problems.push_back("not valid JSON: " + error);
        return refuse(problems);
    }
    const Json* config = root.type == Json::Type::Object ? root.find("config") : nullptr;
    if (!config || config->type != Json::Type::Object) {
        problems.push_back("the file has no 'config' object");
        return refuse(problems);
    }
    ImportedState result;
    result.config = out.config;  // fields the file leaves out keep the caller's values
    for (const ConfigProblem& p : read_config_json(*config, result.config)) {
        if (p.field) problems.push_back("config: '" + std::string(p.field->json) + "' " + p.text);
        else result.warnings.push_back("config: " + p.text);  // an unknown key: nothing else depends on it
    }
    if (const Json* lesson = root.find("lesson")) {
        if (lesson->is_number() && lesson->number == std::floor(lesson->number) && lesson->number >= 0 &&
            lesson->number <= 1000)
            result.lesson = static_cast<int>(lesson->number);
        else
            result.warnings.push_back("'lesson' is not a lesson number; ignored");
    }
    read_display(root, result);
    read_network(root, result, problems);
    if (const Json* training = root.find("training")) {
        ImportedRun run;
        if (read_run_json(*training, run, problems)) result.run = std::move(run);
        const Json* cursor = root.find("cursor");
        const Json* index = cursor && cursor->type == Json::Type::Object ? cursor->find("index") : nullptr;
        if (index && index->is_number() && index->number == std::floor(index->number) && index->number >= -1 &&
            index->number <= 1e7)
            result.cursor = static_cast<int>(index->number);
        else if (index)
            problems.push_back("'cursor.index' must be a whole number (−1: no step being traced)");
    }
    if (problems.empty() && result.initialize && result.run)
        problems.push_back("'network.theta' is \"init\" but the file has a 'training' state to go on from; "
                           "remove one of them");
    const bool has_weights = !result.theta.empty() || (result.run && !result.run->theta.empty());
    if (problems.empty() && !result.initialize && !has_weights)
        problems.push_back("the file has no weights (theta); to start from the seed's weights, write "
                           "\"network\": {\"theta\": \"init\"}");
    if (!problems.empty()) return refuse(problems);
    out = std::move(result);
    return true;
}

bool restore_state(const ImportedState& state, Stepper& stepper, std::vector<std::string>& problems) {
    problems.clear();
    Stepper trial(state.config);
    Session& session = trial.session();
    if (!state.theta.empty()) check_shapes(state.theta, session.network(), "network.theta", problems);
    if (state.run) check_run(*state.run, session, problems);
    if (!problems.empty()) return refuse(problems);

    if (!state.run) {
        // An older file (or a hand-written one): its weights are where a new run starts.
        if (!state.initialize) session.set_theta(flat(state.theta));
    } else {
        if (!state.run->initial_theta.empty()) session.set_theta(flat(state.run->initial_theta));
        if (!trial.resume(trainer_from(state, session), state.run->history, state.run->history_stride, state.cursor)) {
            problems.push_back("the training state does not fit the config's network");
            return refuse(problems);
        }
    }
    stepper = std::move(trial);
    return true;
}

}  // namespace lab

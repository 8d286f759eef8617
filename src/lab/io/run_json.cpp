#include "lab/io/run_json.h"

#include <cmath>

#include "core/limits.h"
#include "lab/io/report.h"

namespace lab {
namespace {

bool uses_velocity(core::OptimizerKind kind) {
    return kind == core::OptimizerKind::Momentum || kind == core::OptimizerKind::Adam;
}
bool uses_second(core::OptimizerKind kind) {
    return kind == core::OptimizerKind::Adam || kind == core::OptimizerKind::RMSProp;
}

std::string quoted(const std::string& where) { return "'" + where + "'"; }

// A whole number in [lo, hi] (JSON numbers are doubles: exact up to 2⁵³).
bool read_whole(const Json* value, const std::string& where, double lo, double hi, std::optional<long long>& out,
                std::vector<std::string>& problems) {
    if (!value) return true;
    if (!value->is_number() || value->number != std::floor(value->number) || value->number < lo || value->number > hi) {
        problems.push_back(quoted(where) + " must be a whole number from " + format_double(lo) + " to " +
                           format_double(hi));
        return false;
    }
    out = static_cast<long long>(value->number);
    return true;
}

// A 64-bit random state, written as a decimal string.
bool read_state(const Json* value, const std::string& where, std::optional<uint64_t>& out,
                std::vector<std::string>& problems) {
    if (!value) return true;
    uint64_t state = 0;
    bool ok = value->is_string() && !value->text.empty() && value->text.size() <= 20;
    for (const char c : ok ? value->text : std::string()) {
        const uint64_t digit = static_cast<uint64_t>(c - '0');
        if (c < '0' || c > '9' || state > (UINT64_MAX - digit) / 10) {
            ok = false;
            break;
        }
        state = state * 10 + digit;
    }
    if (!ok) {
        problems.push_back(quoted(where) + " must be a whole number from 0 to 2⁶⁴ − 1, written as a string");
        return false;
    }
    out = state;
    return true;
}

bool read_fraction(const Json* value, const std::string& where, std::optional<double>& out,
                   std::vector<std::string>& problems) {
    if (!value) return true;
    if (!value->is_number() || !(value->number >= 0.0 && value->number <= 1.0)) {
        problems.push_back(quoted(where) + " must be a number in [0, 1]");
        return false;
    }
    out = value->number;
    return true;
}

bool read_history(const Json& list, std::vector<EpochRecord>& out, std::vector<std::string>& problems) {
    if (list.type != Json::Type::Array || list.items.size() > kMaxHistory) {
        problems.push_back("'training.history' must be a list of at most " + std::to_string(kMaxHistory) +
                           " epoch records");
        return false;
    }
    for (size_t k = 0; k < list.items.size(); ++k) {
        const Json& item = list.items[k];
        const std::string where = "training.history[" + std::to_string(k) + "]";
        std::optional<long long> epoch;
        if (item.type != Json::Type::Object || !item.find("epoch")) {
            problems.push_back(quoted(where) + " must be an object with an 'epoch'");
            return false;
        }
        if (!read_whole(item.find("epoch"), where + ".epoch", 0, 9007199254740992.0, epoch, problems)) return false;
        EpochRecord record;
        record.epoch = *epoch;
        const std::pair<const char*, double EpochRecord::*> values[] = {
            {"train_loss", &EpochRecord::train_loss}, {"test_loss", &EpochRecord::test_loss},
            {"train_accuracy", &EpochRecord::train_accuracy}, {"test_accuracy", &EpochRecord::test_accuracy}};
        for (const auto& [key, member] : values) {
            const Json* value = item.find(key);
            if (!value || value->type == Json::Type::Null) {  // a non-finite loss is written as null
                record.*member = value ? NAN : 0.0;
                continue;
            }
            if (!value->is_number()) {
                problems.push_back(quoted(where + "." + key) + " must be a number");
                return false;
            }
            record.*member = value->number;
        }
        out.push_back(record);
    }
    return true;
}

}  // namespace

void write_run_json(const Stepper& stepper, JsonWriter& out) {
    const Session& session = stepper.session();
    const core::Trainer& trainer = stepper.resume_point();
    const core::OptimizerKind kind = session.config().train.optimizer.kind;
    out.begin_object();
    out.key("epoch").value(trainer.epoch);
    out.key("steps").value(trainer.steps);
    out.key("next_in_epoch").value(trainer.next_in_epoch);
    out.key("order").begin_array();
    for (int i : trainer.order) out.value(i);
    out.end_array();
    out.key("shuffle_rng").value(std::to_string(trainer.shuffle_rng.state()));
    out.key("dropout_rng").value(std::to_string(trainer.dropout_state));
    out.key("optimizer").begin_object();
    out.key("t").value(trainer.optimizer.steps);
    out.key("beta1_t").value(trainer.optimizer.beta1_t);
    out.key("beta2_t").value(trainer.optimizer.beta2_t);
    if (uses_velocity(kind)) {
        out.key("velocity");
        write_matrices(trainer.optimizer.velocity, out);
    }
    if (uses_second(kind)) {
        out.key("second");
        write_matrices(trainer.optimizer.second, out);
    }
    out.end_object();
    if (stepper.trace()) {
        out.key("theta");
        write_matrices(trainer.net.theta, out);
    }
    if (!session.initial_theta().empty()) {
        core::Network start = trainer.net;  // the shapes; the values are the starting point's
        size_t k = 0;
        for (core::Matrix& m : start.theta)
            for (double& w : m.v) w = session.initial_theta()[k++];
        out.key("initial_theta");
        write_matrices(start.theta, out);
    }
    out.key("history_stride").value(session.history_stride());
    out.key("history");
    write_history_json(session.history(), out);
    out.end_object();
}

bool read_matrices(const Json& list, const std::string& where, Values values, std::vector<core::Matrix>& out,
                   std::vector<std::string>& problems) {
    if (list.type != Json::Type::Array) {
        problems.push_back(quoted(where) + " must be a list of matrices");
        return false;
    }
    std::vector<core::Matrix> matrices;
    for (size_t l = 0; l < list.items.size(); ++l) {
        const Json& rows = list.items[l];
        const std::string at = where + "[" + std::to_string(l) + "]";
        if (rows.type != Json::Type::Array) {
            problems.push_back(quoted(at) + " must be a list of rows");
            return false;
        }
        core::Matrix m;
        for (size_t i = 0; i < rows.items.size(); ++i) {
            const Json& row = rows.items[i];
            const std::string row_at = at + "[" + std::to_string(i) + "]";
            if (row.type != Json::Type::Array) {
                problems.push_back(quoted(row_at) + " must be a list of numbers");
                return false;
            }
            if (i == 0) m.cols = static_cast<int>(row.items.size());
            if (static_cast<int>(row.items.size()) != m.cols) {
                problems.push_back(quoted(row_at) + " has " + std::to_string(row.items.size()) +
                                   " numbers; the rows before it have " + std::to_string(m.cols));
                return false;
            }
            for (size_t j = 0; j < row.items.size(); ++j) {
                const Json& w = row.items[j];
                const bool weight = values == Values::Weights;
                if (!w.is_number() || !std::isfinite(w.number) || (weight && std::fabs(w.number) > 1e6)) {
                    problems.push_back(quoted(row_at + "[" + std::to_string(j) + "]") + " must be a finite number" +
                                       (weight ? " within ±1e6" : ""));
                    return false;
                }
                m.v.push_back(w.number);
            }
            ++m.rows;
        }
        matrices.push_back(std::move(m));
    }
    out = std::move(matrices);
    return true;
}

bool read_run_json(const Json& training, ImportedRun& out, std::vector<std::string>& problems) {
    if (training.type != Json::Type::Object) {
        problems.push_back("'training' must be an object");
        return false;
    }
    const size_t before = problems.size();
    constexpr double kMaxCount = 9007199254740992.0;  // 2⁵³: every whole number up to it reads back exactly
    ImportedRun run;
    // Epochs: a step-decay schedule multiplies once per decay period of them in every step, so not 2⁵³.
    read_whole(training.find("epoch"), "training.epoch", 0, 1e9, run.epoch, problems);
    read_whole(training.find("steps"), "training.steps", 0, kMaxCount, run.steps, problems);
    std::optional<long long> next;
    if (read_whole(training.find("next_in_epoch"), "training.next_in_epoch", 0, core::kMaxPoints - 1, next, problems) &&
        next)
        run.next_in_epoch = static_cast<int>(*next);
    if (const Json* order = training.find("order")) {
        if (order->type != Json::Type::Array || order->items.size() > static_cast<size_t>(core::kMaxPoints)) {
            problems.push_back("'training.order' must be a list of at most " + std::to_string(core::kMaxPoints) +
                               " example indices");
        } else {
            for (size_t k = 0; k < order->items.size(); ++k) {
                std::optional<long long> index;
                if (!read_whole(&order->items[k], "training.order[" + std::to_string(k) + "]", 0,
                                core::kMaxPoints - 1, index, problems))
                    break;
                run.order.push_back(static_cast<int>(*index));
            }
        }
    }
    read_state(training.find("shuffle_rng"), "training.shuffle_rng", run.shuffle_state, problems);
    read_state(training.find("dropout_rng"), "training.dropout_rng", run.dropout_state, problems);
    if (const Json* optimizer = training.find("optimizer")) {
        if (optimizer->type != Json::Type::Object) {
            problems.push_back("'training.optimizer' must be an object");
        } else {
            read_whole(optimizer->find("t"), "training.optimizer.t", 0, kMaxCount, run.optimizer_t, problems);
            read_fraction(optimizer->find("beta1_t"), "training.optimizer.beta1_t", run.beta1_t, problems);
            read_fraction(optimizer->find("beta2_t"), "training.optimizer.beta2_t", run.beta2_t, problems);
            if (const Json* v = optimizer->find("velocity"))
                read_matrices(*v, "training.optimizer.velocity", Values::Finite, run.velocity, problems);
            if (const Json* s = optimizer->find("second"))
                read_matrices(*s, "training.optimizer.second", Values::Finite, run.second, problems);
        }
    }
    if (const Json* theta = training.find("theta")) read_matrices(*theta, "training.theta", Values::Weights, run.theta, problems);
    if (const Json* initial = training.find("initial_theta"))
        read_matrices(*initial, "training.initial_theta", Values::Weights, run.initial_theta, problems);
    std::optional<long long> stride;
    if (read_whole(training.find("history_stride"), "training.history_stride", 1, 1 << 30, stride, problems) && stride)
        run.history_stride = static_cast<int>(*stride);
    if (const Json* history = training.find("history")) read_history(*history, run.history, problems);
    if (problems.size() != before) return false;
    out = std::move(run);
    return true;
}

}  // namespace lab

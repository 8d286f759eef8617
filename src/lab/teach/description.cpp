#include "lab/teach/description.h"

#include <algorithm>
#include <cmath>

#include "lab/teach/confusion.h"
#include "lab/teach/notation.h"

namespace lab {
namespace {

std::string units(long long n, const char* one) { return std::to_string(n) + " " + one + (n == 1 ? "" : "s"); }

// "4", "4 and 2", "8, 8 and 4"
std::string listed(const std::vector<int>& sizes) {
    std::string out;
    for (size_t k = 0; k < sizes.size(); ++k)
        out += (k == 0 ? "" : k + 1 == sizes.size() ? " and " : ", ") + std::to_string(sizes[k]);
    return out;
}

const char* loss_label(core::Loss loss) {
    for (const core::LossInfo& info : core::kLosses)
        if (info.kind == loss) return info.label;
    return "?";
}

std::string percent(double share) { return std::isfinite(share) ? num(std::round(share * 1000.0) / 10.0) + "%" : "?"; }

bool is_classification(const core::Dataset& data) { return data.task != core::Task::Regression; }

std::string class_counts(const core::Dataset& data) {
    const int classes = data.task == core::Task::MulticlassClassification ? std::max(1, data.n_out) : 2;
    std::vector<int> counts(static_cast<size_t>(classes), 0);
    for (int i = 0; i < data.count(); ++i) {
        const int k = data.label(i);
        if (k >= 0 && k < classes) ++counts[static_cast<size_t>(k)];
    }
    std::string out;
    for (int k = 0; k < classes; ++k)
        out += (k ? ", " : "") + class_name(data, k) + ": " + std::to_string(counts[static_cast<size_t>(k)]);
    return out;
}

// The point the cursor's example is, from the trace's batch; "" without a trace.
std::string stepped_example(const Stepper& stepper) {
    const StepTrace* trace = stepper.trace();
    const TraceEvent* event = stepper.current_event();
    if (!trace || !event || trace->record.batch.empty()) return "";
    const int position = std::max(0, event->example);
    const int index = trace->record.batch[static_cast<size_t>(position)];
    const core::Dataset& train = stepper.session().train_set();
    std::vector<double> x(train.x_row(index), train.x_row(index) + train.n_in);
    // numbered as the step bar shows it (#112)
    std::string out = " Stepped example: training point " + std::to_string(index) + ", x = " + vec(x, 4);
    if (is_classification(train)) out += ", " + class_name(train, train.label(index));
    else out += ", y = " + num(train.y_row(index)[0]);
    return out + ".";
}

}  // namespace

std::string describe_network(const Stepper& stepper) {
    const Session& session = stepper.session();
    const core::Network& net = session.network();
    const core::TrainConfig& train = session.config().train;
    std::string out = units(net.sizes.front(), "input") + "; ";
    const std::vector<int> hidden(net.sizes.begin() + 1, net.sizes.end() - 1);
    if (hidden.empty()) out += "no hidden layer; ";
    else out += (hidden.size() == 1 ? "a hidden layer of " : "hidden layers of ") + listed(hidden) + " units, " +
                core::activation_info(net.hidden).label + "; ";
    out += units(net.sizes.back(), "output") + ", " + core::activation_info(net.output).label + ". ";
    const EpochRecord now = session.history().empty() ? EpochRecord{} : session.history().back();
    out += std::string("Loss ") + loss_label(train.loss) + ": training " + num(now.train_loss) + ", test " +
           num(now.test_loss) + ". Learning rate alpha " + num(train.optimizer.alpha) + ", batch " +
           std::to_string(train.batch_size) + ". Epoch " + std::to_string(session.epoch()) + ", " +
           units(session.steps(), "step") + ".";
    return out;
}

std::string describe_data(const Stepper& stepper) {
    const Session& session = stepper.session();
    const core::Dataset& train = session.train_set();
    std::string out = std::string("Data set ") + core::dataset_info(session.config().dataset).label + ": " +
                      units(train.count(), "training point");
    if (is_classification(train)) out += " (" + class_counts(train) + ")";
    out += " and " + units(session.test_set().count(), "test point") + ".";
    const EpochRecord now = session.history().empty() ? EpochRecord{} : session.history().back();
    if (is_classification(train))
        out += " Accuracy: training " + percent(now.train_accuracy) + ", test " + percent(now.test_accuracy) + ".";
    return out + stepped_example(stepper);
}

}  // namespace lab

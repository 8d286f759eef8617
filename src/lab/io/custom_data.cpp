#include "lab/io/custom_data.h"

#include <cmath>
#include <cstdlib>
#include <utility>

#include "core/limits.h"
#include "core/loss.h"
#include "lab/io/percent_encoding.h"

namespace lab {
namespace {

struct TaskName {
    core::Task task;
    const char* json;
    char letter;  // in links
};
constexpr TaskName kTaskNames[] = {
    {core::Task::BinaryClassification, "binary", 'b'},
    {core::Task::MulticlassClassification, "multiclass", 'm'},
    {core::Task::Regression, "regression", 'r'},
};

const TaskName& name_of(core::Task task) {
    for (const TaskName& t : kTaskNames)
        if (t.task == task) return t;
    return kTaskNames[0];
}

// What both forms read before the checks: the task, the class count (classification), and the rows.
struct Parts {
    core::Task task = core::Task::BinaryClassification;
    int inputs = 0;
    int classes = 2;
    std::vector<std::string> names;
    std::vector<double> x, y;
};

std::string range(int lo, int hi) { return "from " + std::to_string(lo) + " to " + std::to_string(hi); }

// The checks, then the data set. `where` prefixes each message: "'custom_data" or "'data'".
bool build(Parts p, const std::string& where, core::Dataset& out, std::string& problem) {
    const bool regression = p.task == core::Task::Regression;
    if (p.task == core::Task::BinaryClassification) p.classes = 2;
    const int rows = static_cast<int>(p.y.size());
    if (p.inputs < 1 || p.inputs > core::kMaxInputs)
        problem = where + ".inputs' must be a whole number " + range(1, core::kMaxInputs);
    else if (!regression && (p.classes < 2 || p.classes > core::kMaxUnits))
        problem = where + ".classes' must hold " + range(2, core::kMaxUnits) + " classes";
    else if (!p.names.empty() && static_cast<int>(p.names.size()) != p.classes)
        problem = where + ".classes' names " + std::to_string(p.names.size()) + " classes, the task needs " +
                  std::to_string(p.classes);
    else if (rows < 1 || rows > core::kMaxPoints)
        problem = where + ".y' must hold " + range(1, core::kMaxPoints) + " points, not " + std::to_string(rows);
    else if (p.x.size() != static_cast<size_t>(rows) * static_cast<size_t>(p.inputs))
        problem = where + ".x' must hold " + std::to_string(rows) + " × " + std::to_string(p.inputs) +
                  " numbers (a row of inputs for each y); it has " + std::to_string(p.x.size());
    for (size_t i = 0; problem.empty() && i < p.x.size(); ++i)
        if (!std::isfinite(p.x[i])) problem = where + ".x[" + std::to_string(i) + "]' must be a finite number";
    for (int i = 0; problem.empty() && i < rows; ++i) {
        const double v = p.y[static_cast<size_t>(i)];
        if (regression ? !std::isfinite(v) : !(v >= 0 && v < p.classes && v == std::floor(v)))
            problem = where + ".y[" + std::to_string(i) + "]' must be " +
                      (regression ? std::string("a finite number")
                                  : "a class index " + range(0, p.classes - 1));
    }
    if (!problem.empty()) return false;
    core::Dataset d;
    d.name = core::dataset_name(core::DatasetKind::Custom);
    d.task = p.task;
    d.n_in = p.inputs;
    d.n_out = p.task == core::Task::MulticlassClassification ? p.classes : 1;
    d.x = std::move(p.x);
    d.class_names = std::move(p.names);
    if (d.n_out == 1) {
        d.y = std::move(p.y);
    } else {
        d.y.assign(static_cast<size_t>(rows) * d.n_out, 0.0);
        for (int i = 0; i < rows; ++i) d.y[static_cast<size_t>(i) * d.n_out + static_cast<size_t>(p.y[i])] = 1.0;
    }
    out = std::move(d);
    return true;
}

bool read_numbers(const Json* list, std::vector<double>& out) {
    if (!list || list->type != Json::Type::Array) return false;
    for (const Json& item : list->items) {
        if (!item.is_number()) return false;
        out.push_back(item.number);
    }
    return true;
}

}  // namespace

void suit_task(core::Task task, LabConfig& c) {
    switch (task) {
        case core::Task::BinaryClassification:
            c.output_activation = core::Activation::Sigmoid;
            c.train.loss = core::Loss::BinaryCrossEntropy;
            break;
        case core::Task::MulticlassClassification:
            c.output_activation = core::Activation::Softmax;
            c.train.loss = core::Loss::SoftmaxCrossEntropy;
            break;
        case core::Task::Regression:
            c.output_activation = core::Activation::Linear;
            c.train.loss = core::Loss::MSE;
            break;
    }
}

double target_of(const core::Dataset& data, int i) {
    return data.task == core::Task::Regression ? data.y_row(i)[0] : static_cast<double>(data.label(i));
}

void write_custom_data(const core::Dataset& data, JsonWriter& out) {
    out.begin_object();
    out.key("task").value(name_of(data.task).json);
    out.key("inputs").value(data.n_in);
    if (!data.class_names.empty()) {
        out.key("classes").begin_array();
        for (const std::string& name : data.class_names) out.value(name);
        out.end_array();
    } else if (data.task == core::Task::MulticlassClassification) {
        out.key("classes").value(data.n_out);
    }
    out.key("x").numbers(data.x);
    std::vector<double> y;
    for (int i = 0; i < data.count(); ++i) y.push_back(target_of(data, i));
    out.key("y").numbers(y);
    out.end_object();
}

bool read_custom_data(const Json& value, core::Dataset& out, std::string& problem) {
    const std::string where = "'" + std::string(kCustomDataKey);
    if (value.type != Json::Type::Object) {
        problem = where + "' must be an object with task, inputs, x and y";
        return false;
    }
    Parts p;
    const Json* task = value.find("task");
    bool known = false;
    for (const TaskName& t : kTaskNames)
        if (task && task->is_string() && task->text == t.json) p.task = t.task, known = true;
    if (!known) {
        problem = where + ".task' must be binary, multiclass or regression";
        return false;
    }
    const Json* inputs = value.find("inputs");
    p.inputs = inputs && inputs->is_number() && inputs->number == std::floor(inputs->number) &&
                       std::fabs(inputs->number) < 1e6
                   ? static_cast<int>(inputs->number)
                   : 0;
    if (const Json* classes = value.find("classes")) {
        if (classes->is_number() && classes->number == std::floor(classes->number) && std::fabs(classes->number) < 1e6) {
            p.classes = static_cast<int>(classes->number);
        } else if (classes->type == Json::Type::Array) {
            for (const Json& name : classes->items) p.names.push_back(name.is_string() ? name.text : "?");
            p.classes = static_cast<int>(p.names.size());
            if (p.task == core::Task::Regression) p.names.clear();
        } else {
            problem = where + ".classes' must be a count or a list of class names";
            return false;
        }
    }
    if (!read_numbers(value.find("x"), p.x) || !read_numbers(value.find("y"), p.y)) {
        problem = where + ".x' and '" + std::string(kCustomDataKey) + ".y' must be lists of numbers";
        return false;
    }
    return build(std::move(p), where, out, problem);
}

bool custom_data_fits(const core::Dataset& data, std::string& problem) {
    Parts p;
    p.task = data.task;
    p.inputs = data.n_in;
    p.classes = data.task == core::Task::MulticlassClassification ? data.n_out : 2;
    p.names = data.class_names;
    p.x = data.x;
    const bool rows_whole = data.n_in > 0 && data.n_out > 0 && data.x.size() % static_cast<size_t>(data.n_in) == 0 &&
                            data.y.size() == static_cast<size_t>(data.count()) * static_cast<size_t>(data.n_out);
    if (!rows_whole || (data.task != core::Task::MulticlassClassification && data.n_out != 1)) {
        problem = "rows must hold n_in inputs and n_out targets";
        return false;
    }
    for (int i = 0; i < data.count(); ++i) p.y.push_back(target_of(data, i));
    core::Dataset unused;
    return build(std::move(p), "'" + std::string(kCustomDataKey), unused, problem);
}

std::string custom_data_link(const core::Dataset& data) {
    if (data.count() > core::kMaxLinkPoints || data.count() < 1) return "";
    std::string out(1, name_of(data.task).letter);
    out += ":" + std::to_string(data.n_in);
    if (data.task == core::Task::MulticlassClassification) out += ":" + std::to_string(data.n_out);
    for (int i = 0; i < data.count(); ++i) {
        out += '~';
        for (int k = 0; k < data.n_in; ++k) out += format_double(data.x_row(i)[k]) + ",";
        out += format_double(target_of(data, i));
    }
    return out;
}

bool read_custom_data_link(const std::string& text, core::Dataset& out, std::string& problem) {
    const std::string where = "'" + std::string(kCustomDataUrlKey);
    const std::vector<std::string> rows = split(text, '~');
    const std::vector<std::string> head = split(rows[0], ':');
    Parts p;
    bool ok = false;
    for (const TaskName& t : kTaskNames)
        if (head[0].size() == 1 && head[0][0] == t.letter) p.task = t.task, ok = true;
    const bool multiclass = p.task == core::Task::MulticlassClassification;
    double inputs = 0, classes = 2;
    ok = ok && head.size() == (multiclass ? 3u : 2u) && parse_link_number(head[1], inputs) &&
         (!multiclass || parse_link_number(head[2], classes));
    if (!ok || inputs != std::floor(inputs) || classes != std::floor(classes) || inputs > 1e6 || classes > 1e6) {
        problem = where + "' must begin with b:<inputs>, m:<inputs>:<classes> or r:<inputs>";
        return false;
    }
    p.inputs = static_cast<int>(inputs);
    p.classes = static_cast<int>(classes);
    if (rows.size() - 1 > static_cast<size_t>(core::kMaxLinkPoints)) {
        problem = where + "' holds " + std::to_string(rows.size() - 1) + " points; a link carries at most " +
                  std::to_string(core::kMaxLinkPoints) + " (a State JSON file any number)";
        return false;
    }
    for (size_t r = 1; r < rows.size(); ++r) {
        const std::vector<std::string> values = split(rows[r], ',');
        if (values.size() != static_cast<size_t>(p.inputs) + 1) {
            problem = where + "' point " + std::to_string(r) + " has " + std::to_string(values.size()) +
                      " numbers; each has " + std::to_string(p.inputs) + " inputs and its y";
            return false;
        }
        for (size_t k = 0; k < values.size(); ++k) {
            double v = 0.0;
            if (!parse_link_number(values[k], v)) {
                problem = where + "' point " + std::to_string(r) + ": '" + values[k].substr(0, 32) +
                          "' is not a number";
                return false;
            }
            (k + 1 < values.size() ? p.x : p.y).push_back(v);
        }
    }
    return build(std::move(p), where, out, problem);
}

}  // namespace lab

#include "lab/teach/confusion.h"

#include <algorithm>


namespace lab {

int Confusion::row_total(int truth) const {
    int sum = 0;
    for (int p = 0; p < classes; ++p) sum += at(truth, p);
    return sum;
}

int Confusion::correct() const {
    int sum = 0;
    for (int k = 0; k < classes; ++k) sum += at(k, k);
    return sum;
}

int Confusion::total() const {
    int sum = 0;
    for (int c : counts) sum += c;
    return sum;
}

Confusion confusion_matrix(const core::Dataset& data, const std::vector<int>& predicted) {
    Confusion result;
    if (data.task == core::Task::Regression || static_cast<int>(predicted.size()) != data.count()) return result;
    result.classes = data.task == core::Task::MulticlassClassification ? std::max(1, data.n_out) : 2;
    result.counts.assign(static_cast<size_t>(result.classes * result.classes), 0);
    for (int i = 0; i < data.count(); ++i) {
        const int truth = data.label(i), guess = predicted[static_cast<size_t>(i)];
        if (truth < 0 || truth >= result.classes || guess < 0 || guess >= result.classes) continue;
        ++result.counts[static_cast<size_t>(truth * result.classes + guess)];
    }
    return result;
}

std::string class_name(const core::Dataset& data, int k) {
    const size_t at = static_cast<size_t>(k);
    return at < data.class_names.size() && !data.class_names[at].empty() ? data.class_names[at]
                                                                          : "class " + std::to_string(k);
}

}  // namespace lab

// The confusion matrix of a classifier over a data set: for each true class, how many examples the network put in
// each class. Its diagonal is the accuracy; off the diagonal are the mistakes a student can name ("a 9 read as 4").
#pragma once
#include <string>
#include <vector>

#include "core/dataset.h"
#include "core/network.h"

namespace lab {

struct Confusion {
    int classes = 0;          // 0 for a regression: no classes to confuse
    std::vector<int> counts;  // classes × classes, row = true class, column = predicted class
    int at(int truth, int predicted) const {  // 0 outside the matrix (a regression has none)
        if (truth < 0 || truth >= classes || predicted < 0 || predicted >= classes) return 0;
        return counts[static_cast<size_t>(truth * classes + predicted)];
    }
    int row_total(int truth) const;
    int correct() const;  // the diagonal's sum
    int total() const;
};

// The examples of `data` counted by (label, predicted[i]); `predicted` as core::evaluate fills it, one class per
// example. A prediction outside the data's classes (a network whose outputs do not match them, never a session's
// own) is left out, so total() is then below the set's size; a regression (no predictions) gives no matrix.
Confusion confusion_matrix(const core::Dataset& data, const std::vector<int>& predicted);

// The name of class k: the data set's class name when it has one, else "class k".
std::string class_name(const core::Dataset& data, int k);

}  // namespace lab

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

// Every example of `data` through core::forward (on `scratch`), counted by (label, core::predicted_class). A network
// whose outputs do not match the data's classes (never the case for a session's own) has its out-of-range
// predictions left out, so total() is then below the set's size.
Confusion confusion_matrix(const core::Network& net, const core::Dataset& data, core::Cache& scratch);

// The name of class k: the data set's class name when it has one, else "class k".
std::string class_name(const core::Dataset& data, int k);

}  // namespace lab

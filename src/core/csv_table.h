// A student's CSV file in two steps: read it as a table (names, cells, the type of each column) for a preview, then
// make a data set of the columns the student picks — the features x and the label y, classification or regression.
// Every problem is named by line and column ("line 7, column 3 'width': 'abc' is not a number"), and a failed step
// leaves its output untouched. load_csv (dataset.h) is the fixed-layout reader for files whose last column is y.
#pragma once
#include <string>
#include <vector>

#include "dataset.h"

namespace core {

enum class ColumnType {
    Whole,   // every cell a whole number: a feature, a class label or a regression target
    Number,  // every cell a finite number: a feature or a regression target
    Text,    // some cell is not a number: a class label only ("setosa")
};

struct CsvTable {
    std::vector<std::string> names;   // the header row's, or "column 1", "column 2" … when the first row is numbers
    bool header = false;              // the first row was names
    std::vector<ColumnType> types;    // one per column
    std::vector<std::string> cells;   // row by row, names.size() a row, trimmed
    std::vector<int> lines;           // the file's line number of each row, for messages

    int columns() const { return static_cast<int>(names.size()); }
    int rows() const { return static_cast<int>(lines.size()); }
    const std::string& cell(int row, int column) const { return cells[static_cast<size_t>(row) * names.size() + column]; }
};

const char* column_type_name(ColumnType type);  // "whole numbers", "numbers", "text"

// Reads comma-separated text (or semicolon- or tab-separated: the separator the first line holds most of): blank lines and '#' comments skipped, CRLF and a UTF-8 byte-order mark accepted, a
// header row recognised by a cell that is not a number. Refuses a file that is not UTF-8 text (UTF-16, a NUL byte,
// invalid bytes), larger than kMaxCsvBytes, ragged (a row with another number of cells than the first), with more
// than kMaxCsvColumns columns or kMaxPoints rows, or with no data row. False: `errors` says why (one per bad line,
// at most 20 and a count of the rest) and `out` is untouched.
bool read_csv_table(const std::string& text, CsvTable& out, std::vector<std::string>& errors);

// Which columns make the data set (0-based indices into the table).
struct CsvChoice {
    std::vector<int> features;  // x₁ … x_n, 1 to kMaxInputs columns of numbers
    int label = -1;             // y
    bool regression = false;    // y a number; otherwise class labels (numbers or text), 2 to kMaxUnits classes
};

// The choice a table starts with (the preview's, and the CLI's --data): the first two number columns as features
// (what the data plot draws), the last column as the label, classification when it holds text or whole numbers.
CsvChoice default_choice(const CsvTable& table);

// The data set of the chosen columns. Classes are the label column's distinct values, in numeric order when all
// are numbers and in order of appearance otherwise; their texts become class_names. Two classes make a binary set
// (y ∈ {0, 1}), more a multiclass one (one-hot y). False: `errors` names each bad cell or choice, `out` untouched.
bool dataset_from_table(const CsvTable& table, const CsvChoice& choice, Dataset& out,
                        std::vector<std::string>& errors);

}  // namespace core

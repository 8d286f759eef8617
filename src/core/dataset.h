// Data sets: rows of inputs x (n_in values) and targets y (n_out values).
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace core {

enum class Task { BinaryClassification, MulticlassClassification, Regression };

struct Dataset {
    std::string name;
    int n_in = 0;
    int n_out = 0;
    Task task = Task::BinaryClassification;
    std::vector<double> x;           // count() rows of n_in
    std::vector<double> y;           // count() rows of n_out (binary: 0/1; multiclass: one-hot; regression: value)
    std::vector<std::string> class_names;  // optional, for multiclass

    int count() const { return n_in > 0 ? static_cast<int>(x.size()) / n_in : 0; }
    const double* x_row(int i) const { return x.data() + static_cast<size_t>(i) * n_in; }
    const double* y_row(int i) const { return y.data() + static_cast<size_t>(i) * n_out; }
    int label(int i) const;  // class index (binary: y ≥ 0.5 → 1)
    void append(const double* xi, const double* yi);
};

// The generators. `noise` is in [0, 0.5] as in TF Playground; every point is drawn from `seed` only.
enum class DatasetKind {
    Circle, Xor, Gaussian, Spiral, Moons,        // 2-D, two classes
    And, Or, XorGate, Nand,                      // the four logic-gate truth tables (4 points)
    Linear1D,                                    // y = w·x + b + noise, one input
    Plane2D,                                     // y = w₁x₁ + w₂x₂ + b + noise
    Spiral3,                                     // 2-D, three classes
    Iris,                                        // 150 × 4 features, 3 classes (shared/data)
    Digits,                                      // 1,797 × 64 pixels (0..16 scaled to 0..1), 10 classes
    Custom,                                      // the student's own (LabConfig::custom); alone, 4 starter points
};

// What a picker, the JSON, the URL and the CLI know of a data set. A picker's picture is the set itself:
// make_dataset(kind, a few hundred points, 0, any seed), plotted when `plane` says x is 2-D.
struct DatasetInfo {
    DatasetKind kind;
    const char* id;       // JSON, URL and CLI name
    const char* label;    // for pickers
    const char* about;    // one line for a picker's tooltip
    Task task;
    bool generated;       // drawn from points, noise and seed; otherwise fixed rows that ignore them
    bool plane;           // two inputs: the points can be drawn in the x₁x₂-plane
};

// The data-set table, in the order pickers list it. Everything else loops over it.
inline constexpr DatasetInfo kDatasets[] = {
    {DatasetKind::Circle, "circle", "Circle", "a disc inside a ring", Task::BinaryClassification, true, true},
    {DatasetKind::Xor, "xor", "XOR quadrants", "class 1 where x₁·x₂ > 0", Task::BinaryClassification, true, true},
    {DatasetKind::Gaussian, "gaussian", "Gaussian blobs", "two clouds around (2, 2) and (−2, −2)",
     Task::BinaryClassification, true, true},
    {DatasetKind::Spiral, "spiral", "Spiral", "two interleaved spiral arms", Task::BinaryClassification, true, true},
    {DatasetKind::Moons, "moons", "Two moons", "two interlocking half circles", Task::BinaryClassification, true,
     true},
    {DatasetKind::And, "and", "AND gate", "the truth table of x₁ ∧ x₂ (4 rows)", Task::BinaryClassification, false,
     true},
    {DatasetKind::Or, "or", "OR gate", "the truth table of x₁ ∨ x₂ (4 rows)", Task::BinaryClassification, false, true},
    {DatasetKind::XorGate, "xor_gate", "XOR gate", "the truth table of x₁ ⊕ x₂ (4 rows)",
     Task::BinaryClassification, false, true},
    {DatasetKind::Nand, "nand", "NAND gate", "the truth table of ¬(x₁ ∧ x₂) (4 rows)", Task::BinaryClassification,
     false, true},
    {DatasetKind::Linear1D, "linear1d", "Line (regression)", "y = 2x + 1 + noise", Task::Regression, true, false},
    {DatasetKind::Plane2D, "plane2d", "Plane (regression)", "y = 1.5x₁ − 2x₂ + 0.5 + noise", Task::Regression, true,
     true},
    {DatasetKind::Spiral3, "spiral3", "Spiral, 3 classes", "three interleaved spiral arms",
     Task::MulticlassClassification, true, true},
    {DatasetKind::Iris, "iris", "Iris", "150 flowers, 4 measurements, 3 species", Task::MulticlassClassification,
     false, false},
    {DatasetKind::Digits, "digits", "Digits", "1,797 handwritten 8 × 8 digits, 10 classes",
     Task::MulticlassClassification, false, false},
    {DatasetKind::Custom, "custom", "Your data…", "your own points: a CSV file, or clicks on the data plot",
     Task::BinaryClassification, false, true},
};

Dataset make_dataset(DatasetKind kind, int points, double noise, uint64_t seed);

// Shuffle with `seed` and split into train (the first train_fraction) and test.
void split_dataset(const Dataset& all, double train_fraction, uint64_t seed, Dataset& train, Dataset& test);

const DatasetInfo& dataset_info(DatasetKind kind);  // its row of kDatasets
const char* dataset_name(DatasetKind kind);         // its id: "circle", "xor_gate", ...
bool parse_dataset(const std::string& name, DatasetKind& out);  // an id, in any case; false if unknown

// CSV: each non-empty, non-'#' line holds n_in numbers then the target(s). Returns false and fills `errors`
// with one message per bad line ("line 7: column 3 'abc' is not a number") and keeps `out` untouched on failure.
struct CsvOptions {
    int n_in = -1;          // −1: all columns but the last are inputs
    Task task = Task::BinaryClassification;
    int classes = 0;        // multiclass: number of classes (0 = max label + 1)
    bool skip_header = false;
};
bool load_csv(const std::string& text, const CsvOptions& options, Dataset& out, std::vector<std::string>& errors);

}  // namespace core

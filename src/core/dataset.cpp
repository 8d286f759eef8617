// Dataset basics, the name table, the CSV loader and the train/test split. make_dataset is in dataset_make.cpp.
#include "dataset.h"

#include "vocabulary.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <string_view>
#include <utility>

#include "limits.h"
#include "rng.h"

namespace core {

// ---- Dataset ----------------------------------------------------------------------------------------------------

int Dataset::label(int i) const {
    const double* yi = y_row(i);
    if (task == Task::MulticlassClassification) {  // one-hot (or scores): the arg max
        int best = 0;
        for (int k = 1; k < n_out; ++k)
            if (yi[k] > yi[best]) best = k;
        return best;
    }
    // Binary: y ≥ 0.5 → 1. Regression has no classes; it gets the same threshold so that callers colouring points
    // by label still receive a valid index.
    return yi[0] >= 0.5 ? 1 : 0;
}

void Dataset::append(const double* xi, const double* yi) {
    x.insert(x.end(), xi, xi + n_in);
    y.insert(y.end(), yi, yi + n_out);
}

// ---- names ------------------------------------------------------------------------------------------------------

namespace {

bool equal_ignoring_case(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i])))
            return false;
    return true;
}

}  // namespace

const DatasetInfo& dataset_info(DatasetKind kind) {
    const DatasetInfo* info = entry_of(kDatasets, kind);
    return info ? *info : kDatasets[0];  // the fallback only for a value outside the enum
}

const char* dataset_name(DatasetKind kind) { return id_of(kDatasets, kind); }

bool parse_dataset(const std::string& name, DatasetKind& out) {
    for (const DatasetInfo& info : kDatasets) {
        if (equal_ignoring_case(name, info.id)) {
            out = info.kind;
            return true;
        }
    }
    return false;
}

// ---- CSV text helpers ---------------------------------------------------------------------------------------------

namespace {

constexpr int kMaxErrorMessages = 20;
constexpr int kMaxClasses = kMaxUnits;  // output units; also guards against a typo like "70000" allocating a huge one-hot row

std::string_view trim(std::string_view s) {
    const char* blanks = " \t\r\f\v";
    const size_t first = s.find_first_not_of(blanks);
    if (first == std::string_view::npos) return {};
    return s.substr(first, s.find_last_not_of(blanks) - first + 1);
}

std::vector<std::string_view> split_fields(std::string_view line) {
    std::vector<std::string_view> fields;
    size_t start = 0;
    for (;;) {
        const size_t comma = line.find(',', start);
        fields.push_back(trim(line.substr(start, comma == std::string_view::npos ? comma : comma - start)));
        if (comma == std::string_view::npos) return fields;
        start = comma + 1;
    }
}

// Calls visit(line_number, trimmed_line) for every line that is neither blank nor a '#' comment.
// '\n' ends a line; a '\r' before it (CRLF) is removed by trim. A UTF-8 byte-order mark is ignored.
template <typename Visit>
void for_each_content_line(std::string_view text, Visit visit) {
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    int number = 0;
    while (!text.empty()) {
        const size_t end = text.find('\n');
        const std::string_view line = trim(text.substr(0, end));
        text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
        ++number;
        if (!line.empty() && line[0] != '#') visit(number, line);
    }
}

// strtod alone accepts "1.5abc" (it stops at 'a'), so the whole field must be consumed.
bool parse_number(std::string_view field, double& value) {
    const std::string text(field);  // strtod needs a terminating NUL
    char* end = nullptr;
    value = std::strtod(text.c_str(), &end);
    return !text.empty() && end == text.c_str() + text.size();
}

// The field as shown in a message: quoted, and cut at 40 characters so that a stray binary line stays readable.
std::string quoted(std::string_view s) {
    constexpr size_t kShown = 40;
    return "'" + std::string(s.substr(0, kShown)) + (s.size() > kShown ? "...'" : "'");
}

// ---- CSV reader ---------------------------------------------------------------------------------------------------

// Accumulates the good rows; a line with any problem contributes one message and no row.
class CsvReader {
public:
    explicit CsvReader(const CsvOptions& options) : options_(options) {}

    void read_line(int number, std::string_view line) {
        if (targets_.size() >= static_cast<size_t>(kMaxPoints)) {  // one message, then the rest is not read
            if (!too_many_) add_error("line " + std::to_string(number) + ": more than " + std::to_string(kMaxPoints) +
                                      " data rows; at most " + std::to_string(kMaxPoints) + " data points are allowed");
            too_many_ = true;
            return;
        }
        std::string problem = parse_row(split_fields(line));
        if (!problem.empty()) add_error("line " + std::to_string(number) + ": " + problem);
        else if (first_line_ == 0) first_line_ = number;
    }

    void add_error(std::string message) {
        if (++error_count_ <= kMaxErrorMessages) errors_.push_back(std::move(message));
    }

    bool has_rows() const { return !targets_.empty(); }
    bool failed() const { return error_count_ > 0; }

    std::vector<std::string> take_errors() {
        if (error_count_ > kMaxErrorMessages)
            errors_.push_back("... and " + std::to_string(error_count_ - kMaxErrorMessages) + " more");
        return std::move(errors_);
    }

    Dataset build() const;

private:
    std::string parse_row(const std::vector<std::string_view>& fields);
    std::string check_column_count(int found) const;
    std::string check_label(double value, std::string_view text, int column) const;

    const CsvOptions& options_;
    int columns_ = 0;     // fixed by the first data line
    int first_line_ = 0;  // its line number, quoted in messages
    int error_count_ = 0;
    int max_label_ = -1;
    bool too_many_ = false;
    std::vector<std::string> errors_;
    std::vector<double> x_;        // rows of columns_ − 1 inputs
    std::vector<double> targets_;  // one per row: the label or the regression value
};

std::string CsvReader::check_column_count(int found) const {
    const std::string has = "has " + std::to_string(found) + " column" + (found == 1 ? "" : "s");
    if (options_.n_in > 0 && found != options_.n_in + 1)
        return has + ", expected " + std::to_string(options_.n_in + 1) + " (" + std::to_string(options_.n_in) +
               " inputs + 1 target)";
    if (found < 2) return has + ", expected at least 2 (inputs, then the target)";
    if (found - 1 > kMaxInputs)
        return has + ", more than " + std::to_string(kMaxInputs) + " inputs + 1 target (the limit is " +
               std::to_string(kMaxInputs) + " input features)";
    if (columns_ > 0 && found != columns_)
        return has + ", expected " + std::to_string(columns_) + " like line " + std::to_string(first_line_);
    return {};
}

std::string CsvReader::check_label(double value, std::string_view text, int column) const {
    const std::string where = "label in column " + std::to_string(column) + " " + quoted(text);
    if (value != std::floor(value)) return where + " is not an integer";
    if (value < 0) return where + " is negative";
    if (options_.task == Task::BinaryClassification && value > 1)
        return where + " must be 0 or 1 for binary classification";
    if (options_.classes > 0 && value >= options_.classes)
        return where + " is out of range for " + std::to_string(options_.classes) + " classes (0.." +
               std::to_string(options_.classes - 1) + ")";
    if (value >= kMaxClasses) return where + " exceeds the limit of " + std::to_string(kMaxClasses) + " classes";
    return {};
}

std::string CsvReader::parse_row(const std::vector<std::string_view>& fields) {
    const int found = static_cast<int>(fields.size());
    std::string problem = check_column_count(found);
    if (!problem.empty()) return problem;
    std::vector<double> row(fields.size());
    for (int c = 0; c < found; ++c) {
        const std::string column = "column " + std::to_string(c + 1);
        if (fields[c].empty()) return column + " is empty";
        if (!parse_number(fields[c], row[c])) return column + " " + quoted(fields[c]) + " is not a number";
        if (!std::isfinite(row[c])) return column + " " + quoted(fields[c]) + " is not a finite number";
    }
    const double target = row.back();
    if (options_.task != Task::Regression) {
        problem = check_label(target, fields.back(), found);
        if (!problem.empty()) return problem;
        max_label_ = std::max(max_label_, static_cast<int>(target));
    }
    columns_ = found;
    x_.insert(x_.end(), row.begin(), row.end() - 1);
    targets_.push_back(target);
    return {};
}

Dataset CsvReader::build() const {
    Dataset d;
    d.name = "csv";
    d.task = options_.task;
    d.n_in = columns_ - 1;
    d.x = x_;
    if (options_.task != Task::MulticlassClassification) {
        d.n_out = 1;
        d.y = targets_;  // binary 0/1 or the regression value
        return d;
    }
    d.n_out = options_.classes > 0 ? options_.classes : max_label_ + 1;
    d.y.assign(targets_.size() * d.n_out, 0.0);
    for (size_t i = 0; i < targets_.size(); ++i) d.y[i * d.n_out + static_cast<size_t>(targets_[i])] = 1.0;
    return d;
}

}  // namespace

bool load_csv(const std::string& text, const CsvOptions& options, Dataset& out, std::vector<std::string>& errors) {
    CsvReader reader(options);
    if (options.n_in == 0 || options.n_in < -1)
        reader.add_error("options: n_in must be -1 (all columns but the last) or at least 1, not " +
                         std::to_string(options.n_in));
    if (options.classes < 0 || options.classes > kMaxClasses)
        reader.add_error("options: classes must be 0 (from the labels) or from 1 to " + std::to_string(kMaxClasses) +
                         ", not " + std::to_string(options.classes));
    if (!reader.failed()) {
        bool header_pending = options.skip_header;
        for_each_content_line(text, [&](int number, std::string_view line) {
            if (header_pending) header_pending = false;
            else reader.read_line(number, line);
        });
        if (!reader.failed() && !reader.has_rows()) reader.add_error("no data rows (the file is empty)");
    }
    errors = reader.take_errors();
    if (!errors.empty()) return false;
    out = reader.build();
    return true;
}

// ---- split ----------------------------------------------------------------------------------------------------------

void split_dataset(const Dataset& all, double train_fraction, uint64_t seed, Dataset& train, Dataset& test) {
    const int n = all.count();
    std::vector<int> order(n);
    for (int i = 0; i < n; ++i) order[i] = i;
    Rng rng(seed);
    for (int i = n - 1; i > 0; --i) std::swap(order[i], order[rng.below(i + 1)]);  // Fisher–Yates (Durstenfeld)

    const double fraction = std::isnan(train_fraction) ? 0.5 : std::clamp(train_fraction, 0.0, 1.0);
    int n_train = static_cast<int>(std::lround(fraction * n));
    if (n >= 2) n_train = std::clamp(n_train, 1, n - 1);  // both halves non-empty

    // Fill copies first: `train` or `test` may be the same object as `all`.
    Dataset parts[2];
    for (Dataset& part : parts) {
        part.name = all.name;
        part.n_in = all.n_in;
        part.n_out = all.n_out;
        part.task = all.task;
        part.class_names = all.class_names;
    }
    for (int k = 0; k < n; ++k) parts[k < n_train ? 0 : 1].append(all.x_row(order[k]), all.y_row(order[k]));
    train = std::move(parts[0]);
    test = std::move(parts[1]);
}

}  // namespace core

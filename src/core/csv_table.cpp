#include "csv_table.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <string_view>

#include "limits.h"

namespace core {
namespace {

constexpr int kMaxMessages = 20;

std::string_view trim(std::string_view s) {
    const char* blanks = " \t\r\f\v";
    const size_t first = s.find_first_not_of(blanks);
    if (first == std::string_view::npos) return {};
    return s.substr(first, s.find_last_not_of(blanks) - first + 1);
}

bool is_number(const std::string& text, double& value) {
    char* end = nullptr;
    value = std::strtod(text.c_str(), &end);
    return !text.empty() && end == text.c_str() + text.size() && std::isfinite(value);
}

std::string quoted(std::string_view s) {  // cut, so that a stray binary line stays readable
    constexpr size_t kShown = 40;
    return "'" + std::string(s.substr(0, kShown)) + (s.size() > kShown ? "...'" : "'");
}

// The byte offset of the first byte that does not belong to well-formed UTF-8, or npos.
size_t bad_utf8_at(std::string_view s) {
    size_t i = 0;
    while (i < s.size()) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        const int extra = c < 0x80 ? 0 : (c >> 5) == 0x6 ? 1 : (c >> 4) == 0xE ? 2 : (c >> 3) == 0x1E ? 3 : -1;
        if (extra < 0 || (c >= 0xC0 && c < 0xC2) || c > 0xF4 || i + extra >= s.size() + (extra == 0 ? 1 : 0)) return i;
        for (int k = 1; k <= extra; ++k)
            if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return i;
        i += static_cast<size_t>(extra) + 1;
    }
    return std::string_view::npos;
}

// A spreadsheet saves "CSV" with commas, or semicolons where the comma is the decimal mark, or tabs (.tsv): the
// one of them the first line holds most of.
char separator_of(std::string_view line) {
    char best = ',';
    size_t most = 0;
    for (char c : {',', ';', '\t'}) {
        const size_t n = static_cast<size_t>(std::count(line.begin(), line.end(), c));
        if (n > most) best = c, most = n;
    }
    return best;
}

class Messages {
public:
    void add(std::string text) {
        if (++count_ <= kMaxMessages) list_.push_back(std::move(text));
    }
    bool any() const { return count_ > 0; }
    std::vector<std::string> take() {
        if (count_ > kMaxMessages) list_.push_back("... and " + std::to_string(count_ - kMaxMessages) + " more");
        return std::move(list_);
    }

private:
    int count_ = 0;
    std::vector<std::string> list_;
};

std::string where(int line, int column) {
    return "line " + std::to_string(line) + ", column " + std::to_string(column + 1);
}

std::string column_named(const CsvTable& table, int column) {
    return "column " + std::to_string(column + 1) + (table.header ? " " + quoted(table.names[column]) : "");
}

}  // namespace

const char* column_type_name(ColumnType type) {
    switch (type) {
        case ColumnType::Whole: return "whole numbers";
        case ColumnType::Number: return "numbers";
        case ColumnType::Text: return "text";
    }
    return "";
}

bool read_csv_table(const std::string& text, CsvTable& out, std::vector<std::string>& errors) {
    Messages messages;
    std::string_view rest(text);
    if (text.size() > kMaxCsvBytes) {
        messages.add("the file has " + std::to_string(text.size()) + " bytes; at most " +
                     std::to_string(kMaxCsvBytes) + " (" + std::to_string(kMaxCsvBytes >> 20) + " MB) are read");
    } else if (rest.substr(0, 2) == "\xFF\xFE" || rest.substr(0, 2) == "\xFE\xFF") {
        messages.add("the file is UTF-16 text; save it as UTF-8 (\"CSV UTF-8\") and load it again");
    }
    if (rest.substr(0, 3) == "\xEF\xBB\xBF") rest.remove_prefix(3);
    CsvTable table;
    int number = 0;
    const bool readable = !messages.any();
    char separator = 0;  // the first content line's
    while (readable && !rest.empty()) {
        const size_t end = rest.find('\n');
        const std::string_view raw = rest.substr(0, end);
        rest.remove_prefix(end == std::string_view::npos ? rest.size() : end + 1);
        ++number;
        const std::string_view line = trim(raw);
        if (line.empty() || line[0] == '#') continue;
        if (separator == 0) separator = separator_of(line);
        std::vector<std::string> fields;
        for (size_t start = 0;;) {
            const size_t comma = line.find(separator, start);
            fields.emplace_back(trim(line.substr(start, comma == std::string_view::npos ? comma : comma - start)));
            if (comma == std::string_view::npos) break;
            start = comma + 1;
        }
        const int found = static_cast<int>(fields.size());
        bool bad = false;
        for (int c = 0; c < found && !bad; ++c) {
            if (fields[c].find('\0') != std::string::npos) {
                messages.add(where(number, c) + ": a NUL byte; this is not a text file (or it is UTF-16)");
                bad = true;
            } else if (const size_t at = bad_utf8_at(fields[c]); at != std::string_view::npos) {
                messages.add(where(number, c) + ": not UTF-8 text (byte " + std::to_string(at + 1) +
                             " of the cell); save the file as UTF-8");
                bad = true;
            }
        }
        if (bad) continue;
        if (table.names.empty()) {  // the first row: names, or the first data row
            if (found > kMaxCsvColumns) {
                messages.add("line " + std::to_string(number) + ": " + std::to_string(found) + " columns; at most " +
                             std::to_string(kMaxCsvColumns) + " are read");
                break;
            }
            double value = 0.0;
            table.header = std::any_of(fields.begin(), fields.end(), [&](const std::string& f) {
                return !f.empty() && !is_number(f, value);
            }) && std::none_of(fields.begin(), fields.end(), [&](const std::string& f) { return is_number(f, value); });
            for (int c = 0; c < found; ++c)
                table.names.push_back(table.header && !fields[c].empty() ? fields[c] : "column " + std::to_string(c + 1));
            table.types.assign(static_cast<size_t>(found), ColumnType::Whole);
            if (table.header) continue;
        }
        if (found != table.columns()) {
            messages.add("line " + std::to_string(number) + ": " + std::to_string(found) + " cells, but the " +
                         (table.header ? "header has " : "first row has ") + std::to_string(table.columns()) +
                         " columns");
            continue;
        }
        if (table.rows() >= kMaxPoints) {
            messages.add("line " + std::to_string(number) + ": more than " + std::to_string(kMaxPoints) +
                         " data rows; at most " + std::to_string(kMaxPoints) + " points are allowed");
            break;
        }
        for (int c = 0; c < found; ++c) {
            if (fields[c].empty()) {
                messages.add(where(number, c) + " is empty");
                continue;
            }
            double value = 0.0;
            ColumnType& type = table.types[static_cast<size_t>(c)];
            if (!is_number(fields[c], value)) type = ColumnType::Text;
            else if (type == ColumnType::Whole && value != std::floor(value)) type = ColumnType::Number;
        }
        table.lines.push_back(number);
        for (std::string& f : fields) table.cells.push_back(std::move(f));
    }
    if (!messages.any() && table.rows() == 0)
        messages.add(table.header ? "the file has a header but no data rows" : "no data rows (the file is empty)");
    errors = messages.take();
    if (!errors.empty()) return false;
    out = std::move(table);
    return true;
}

CsvChoice default_choice(const CsvTable& table) {
    CsvChoice choice;
    choice.label = table.columns() - 1;
    for (int c = 0; c < choice.label && choice.features.size() < 2; ++c)
        if (table.types[static_cast<size_t>(c)] != ColumnType::Text) choice.features.push_back(c);
    choice.regression = choice.label >= 0 && table.types[static_cast<size_t>(choice.label)] == ColumnType::Number;
    return choice;
}

bool dataset_from_table(const CsvTable& table, const CsvChoice& choice, Dataset& out,
                        std::vector<std::string>& errors) {
    Messages messages;
    const int n_in = static_cast<int>(choice.features.size());
    if (n_in < 1 || n_in > kMaxInputs)
        messages.add("choose from 1 to " + std::to_string(kMaxInputs) + " feature columns, not " + std::to_string(n_in));
    if (choice.label < 0 || choice.label >= table.columns()) messages.add("choose the label column");
    for (int f : choice.features) {
        if (f < 0 || f >= table.columns()) messages.add("feature column " + std::to_string(f + 1) + " is not in the file");
        else if (f == choice.label) messages.add(column_named(table, f) + " cannot be a feature and the label");
    }
    if (messages.any()) {
        errors = messages.take();
        return false;
    }
    Dataset d;
    d.name = "custom";
    d.n_in = n_in;
    std::vector<double> row(static_cast<size_t>(n_in));
    for (int r = 0; r < table.rows(); ++r) {
        bool good = true;
        for (int k = 0; k < n_in; ++k) {
            const std::string& cell = table.cell(r, choice.features[static_cast<size_t>(k)]);
            if (!is_number(cell, row[static_cast<size_t>(k)])) {
                messages.add(where(table.lines[r], choice.features[static_cast<size_t>(k)]) + " " +
                             quoted(cell) + " is not a number (" +
                             column_named(table, choice.features[static_cast<size_t>(k)]) + " is a feature)");
                good = false;
            }
        }
        if (good) d.x.insert(d.x.end(), row.begin(), row.end());
    }
    std::vector<double> targets;
    if (choice.regression) {
        for (int r = 0; r < table.rows(); ++r) {
            double value = 0.0;
            if (!is_number(table.cell(r, choice.label), value))
                messages.add(where(table.lines[r], choice.label) + " " + quoted(table.cell(r, choice.label)) +
                             " is not a number (regression needs a numeric label)");
            targets.push_back(value);
        }
    } else {
        std::vector<std::string>& names = d.class_names;
        for (int r = 0; r < table.rows(); ++r) {
            const std::string& cell = table.cell(r, choice.label);
            if (std::find(names.begin(), names.end(), cell) == names.end()) names.push_back(cell);
        }
        if (table.types[static_cast<size_t>(choice.label)] != ColumnType::Text)
            std::sort(names.begin(), names.end(),
                      [](const std::string& a, const std::string& b) { return std::strtod(a.c_str(), nullptr) <
                                                                              std::strtod(b.c_str(), nullptr); });
        const int classes = static_cast<int>(names.size());
        if (classes < 2 || classes > kMaxUnits)
            messages.add(column_named(table, choice.label) + " has " + std::to_string(classes) +
                         (classes == 1 ? " label" : " different labels") + "; classification needs 2 to " + std::to_string(kMaxUnits) + " classes");
        for (int r = 0; r < table.rows(); ++r)
            targets.push_back(static_cast<double>(
                std::find(names.begin(), names.end(), table.cell(r, choice.label)) - names.begin()));
    }
    errors = messages.take();
    if (!errors.empty()) return false;
    const int classes = static_cast<int>(d.class_names.size());
    d.task = choice.regression ? Task::Regression
                               : classes == 2 ? Task::BinaryClassification : Task::MulticlassClassification;
    d.n_out = d.task == Task::MulticlassClassification ? classes : 1;
    if (d.task != Task::MulticlassClassification) {
        d.y = targets;
    } else {
        d.y.assign(targets.size() * static_cast<size_t>(classes), 0.0);
        for (size_t i = 0; i < targets.size(); ++i) d.y[i * classes + static_cast<size_t>(targets[i])] = 1.0;
    }
    out = std::move(d);
    return true;
}

}  // namespace core

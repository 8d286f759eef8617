// The CSV loader: valid files in their variations, and malformed files whose messages must name the line (and the
// column and text) while the output data set is left untouched.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "core/dataset.h"

using core::CsvOptions;
using core::Dataset;
using core::Task;

namespace {

// What `out` holds before each load; a failed load must leave it exactly so.
Dataset sentinel() {
    Dataset d;
    d.name = "before";
    d.n_in = 1;
    d.n_out = 1;
    d.task = Task::Regression;
    d.x = {42.0};
    d.y = {-1.0};
    d.class_names = {"kept"};
    return d;
}

bool is_sentinel(const Dataset& d) {
    const Dataset s = sentinel();
    return d.name == s.name && d.n_in == s.n_in && d.n_out == s.n_out && d.task == s.task && d.x == s.x &&
           d.y == s.y && d.class_names == s.class_names;
}

struct CsvResult {
    bool ok = false;
    Dataset out;
    std::vector<std::string> errors;
};

CsvResult load(const std::string& text, const CsvOptions& options = {}) {
    CsvResult r;
    r.out = sentinel();
    r.errors = {"stale message"};
    r.ok = core::load_csv(text, options, r.out, r.errors);
    return r;
}

CsvOptions options(Task task, int classes = 0, int n_in = -1, bool skip_header = false) {
    CsvOptions o;
    o.task = task;
    o.classes = classes;
    o.n_in = n_in;
    o.skip_header = skip_header;
    return o;
}

}  // namespace

TEST_CASE("csv: comments, blank lines, CRLF, spaces and a byte-order mark are accepted") {
    const CsvResult r = load("\xEF\xBB\xBF# two points\r\n\r\n  1.5 , -2e1,\t1 \r\n# middle\n0,0.25,0\r\n\n");
    REQUIRE(r.ok);
    CHECK(r.errors.empty());
    CHECK(r.out.count() == 2);
    CHECK(r.out.n_in == 2);
    CHECK(r.out.n_out == 1);
    CHECK(r.out.task == Task::BinaryClassification);
    CHECK(r.out.x == std::vector<double>{1.5, -20.0, 0.0, 0.25});
    CHECK(r.out.y == std::vector<double>{1.0, 0.0});
}

TEST_CASE("csv: header, regression, multiclass and a given n_in") {
    const CsvResult header = load("# note\nx,y,label\n1,2,1\n", options(Task::BinaryClassification, 0, -1, true));
    REQUIRE(header.ok);
    CHECK(header.out.x == std::vector<double>{1, 2});

    const CsvResult regression = load("1,2,3.5\n4,5,-6\n", options(Task::Regression));
    REQUIRE(regression.ok);
    CHECK((regression.out.n_out == 1 && regression.out.y == std::vector<double>{3.5, -6.0}));

    const CsvResult inferred = load("1,0\n2,3\n", options(Task::MulticlassClassification));
    REQUIRE(inferred.ok);
    CHECK(inferred.out.n_out == 4);  // max label 3 + 1
    CHECK(inferred.out.y == std::vector<double>{1, 0, 0, 0, 0, 0, 0, 1});
    CHECK((inferred.out.label(0) == 0 && inferred.out.label(1) == 3));

    const CsvResult given = load("1,0\n2,3\n", options(Task::MulticlassClassification, 5));
    REQUIRE(given.ok);
    CHECK((given.out.n_out == 5 && given.out.y.size() == 10));

    const CsvResult three_inputs = load("1,2,3,1\n", options(Task::BinaryClassification, 0, 3));
    REQUIRE(three_inputs.ok);
    CHECK(three_inputs.out.n_in == 3);
}

TEST_CASE("csv: each malformed input gives a message naming the line, and out is untouched") {
    struct Case {
        std::string text;
        CsvOptions options;
        std::string message;
    };
    const CsvOptions binary;
    const Case cases[] = {
        {"1,2,0\n1,abc,1\n", binary, "line 2: column 2 'abc' is not a number"},
        {"1,2,0\n1,2,3,1\n", binary, "line 2: has 4 columns, expected 3 like line 1"},
        {"1,2,0\n1,2\n", binary, "line 2: has 2 columns, expected 3 like line 1"},
        {"1,2,0.5\n", binary, "line 1: label in column 3 '0.5' is not an integer"},
        {"1,2,-1\n", binary, "line 1: label in column 3 '-1' is negative"},
        {"1,2,2\n", binary, "line 1: label in column 3 '2' must be 0 or 1 for binary classification"},
        {"1,2,3\n", options(Task::MulticlassClassification, 3),
         "line 1: label in column 3 '3' is out of range for 3 classes (0..2)"},
        {"1,5000\n", options(Task::MulticlassClassification),
         "line 1: label in column 2 '5000' exceeds the limit of 32 classes"},
        {"nan,1,0\n", binary, "line 1: column 1 'nan' is not a finite number"},
        {"1,-inf,0\n", binary, "line 1: column 2 '-inf' is not a finite number"},
        {"1,1e999,0\n", binary, "line 1: column 2 '1e999' is not a finite number"},
        {"1,,0\n", binary, "line 1: column 2 is empty"},
        {"1.5x,2,0\n", binary, "line 1: column 1 '1.5x' is not a number"},
        {"1 2,3,0\n", binary, "line 1: column 1 '1 2' is not a number"},
        {"1,2,abc\n", options(Task::Regression), "line 1: column 3 'abc' is not a number"},
        {"1," + std::string(50, 'z') + ",0\n", binary,
         "line 1: column 2 '" + std::string(40, 'z') + "...' is not a number"},  // long text is cut
        {"5\n", binary, "line 1: has 1 column, expected at least 2 (inputs, then the target)"},
        {"1,2,0\n", options(Task::BinaryClassification, 0, 3),
         "line 1: has 3 columns, expected 4 (3 inputs + 1 target)"},
        {"# c\r\n\r\n1,2,0\r\n1,2,x\r\n", binary, "line 4: column 3 'x' is not a number"},
        {"", binary, "no data rows (the file is empty)"},
        {"# only a comment\n\n   \r\n", binary, "no data rows (the file is empty)"},
        {"x,y,label\n", options(Task::BinaryClassification, 0, -1, true), "no data rows (the file is empty)"},
        {"1,2,0\n", options(Task::BinaryClassification, 0, 0),
         "options: n_in must be -1 (all columns but the last) or at least 1, not 0"},
        {"1,2,0\n", options(Task::MulticlassClassification, -2),
         "options: classes must be 0 (from the labels) or from 1 to 32, not -2"},
    };
    for (const Case& c : cases) {
        INFO("input: " << c.text);
        const CsvResult r = load(c.text, c.options);
        CHECK_FALSE(r.ok);
        REQUIRE(r.errors.size() == 1);
        CHECK(r.errors[0] == c.message);
        CHECK(is_sentinel(r.out));
    }
}

TEST_CASE("csv: one message per bad line, good lines in between still count for the column check") {
    const CsvResult r = load("1,2,0\nx,2,0\n1,2,1\n1,2,7\n1,2\n");
    CHECK_FALSE(r.ok);
    CHECK(r.errors == std::vector<std::string>{
                          "line 2: column 1 'x' is not a number",
                          "line 4: label in column 3 '7' must be 0 or 1 for binary classification",
                          "line 5: has 2 columns, expected 3 like line 1",
                      });
    CHECK(is_sentinel(r.out));
}

TEST_CASE("csv: at most 20 messages, then a count of the rest") {
    std::string text;
    for (int i = 0; i < 25; ++i) text += "1,bad,0\n";
    const CsvResult r = load(text);
    CHECK_FALSE(r.ok);
    REQUIRE(r.errors.size() == 21);
    CHECK(r.errors[0] == "line 1: column 2 'bad' is not a number");
    CHECK(r.errors[19] == "line 20: column 2 'bad' is not a number");
    CHECK(r.errors[20] == "... and 5 more");
    CHECK(is_sentinel(r.out));
}

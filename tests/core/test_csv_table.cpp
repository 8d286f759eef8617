// The CSV table reader and the column choice: every class of bad file is refused with a message naming the line
// and the column, and the output stays as it was.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "core/csv_table.h"
#include "core/limits.h"

using core::ColumnType;
using core::CsvChoice;
using core::CsvTable;
using core::Dataset;

namespace {

CsvTable table_of(const std::string& text) {
    CsvTable t;
    std::vector<std::string> errors;
    INFO(text);
    REQUIRE(core::read_csv_table(text, t, errors));
    return t;
}

// The first message for a refused file; the table passed in must stay as it was.
std::string refusal(const std::string& text) {
    CsvTable t;
    t.names = {"kept"};
    std::vector<std::string> errors;
    const bool ok = core::read_csv_table(text, t, errors);
    CHECK_FALSE(ok);
    CHECK((t.names == std::vector<std::string>{"kept"} && t.rows() == 0));
    return errors.empty() ? "" : errors[0];
}

}  // namespace

TEST_CASE("csv table: a header, column types and rows with their line numbers") {
    const CsvTable t = table_of("\xEF\xBB\xBF# flowers\r\nwidth, height ,species\r\n1.5,2,setosa\n\n3,4,virginica\n");
    CHECK(t.header);
    CHECK(t.names == std::vector<std::string>{"width", "height", "species"});
    CHECK(t.types == std::vector<ColumnType>{ColumnType::Number, ColumnType::Whole, ColumnType::Text});
    CHECK(t.rows() == 2);
    CHECK(t.lines == std::vector<int>{3, 5});
    CHECK(t.cell(1, 2) == "virginica");

    const CsvTable semicolons = table_of("x;y;class\n1.5;2;a\n");  // a spreadsheet's "CSV" where ',' is decimal
    CHECK(semicolons.names == std::vector<std::string>{"x", "y", "class"});
    CHECK(semicolons.cell(0, 0) == "1.5");
    const CsvTable tabs = table_of("1\t2\t0\n3\t4\t1\n");
    CHECK((tabs.columns() == 3 && tabs.rows() == 2));

    const CsvTable plain = table_of("1,2,0\n3,4,1\n");
    CHECK_FALSE(plain.header);
    CHECK(plain.names == std::vector<std::string>{"column 1", "column 2", "column 3"});
    CHECK(plain.rows() == 2);
}

TEST_CASE("csv table: each class of bad file names its line and column") {
    CHECK(refusal("") == "no data rows (the file is empty)");
    CHECK(refusal("a,b,c\n# nothing\n") == "the file has a header but no data rows");
    // encoding
    CHECK(refusal(std::string("\xFF\xFE" "1\0,\0" "2\0", 8)) ==
          "the file is UTF-16 text; save it as UTF-8 (\"CSV UTF-8\") and load it again");
    CHECK(refusal(std::string("1,2,0\n1,2\0,0\n", 13)) ==
          "line 2, column 2: a NUL byte; this is not a text file (or it is UTF-16)");
    CHECK(refusal("x,y,label\n1,2,caf\xE9\n") ==
          "line 2, column 3: not UTF-8 text (byte 4 of the cell); save the file as UTF-8");
    // ragged rows
    CHECK(refusal("x,y,label\n1,2,0\n1,2\n") == "line 3: 2 cells, but the header has 3 columns");
    CHECK(refusal("1,2,0\n1,2,0,4\n") == "line 2: 4 cells, but the first row has 3 columns");
    // empty cells
    CHECK(refusal("1,2,0\n1,,0\n") == "line 2, column 2 is empty");
    // too many columns, rows, bytes
    std::string wide;
    for (int c = 0; c <= core::kMaxCsvColumns; ++c) wide += (c ? ",1" : "1");
    CHECK(refusal(wide + "\n") == "line 1: 257 columns; at most 256 are read");
    std::string tall = "x,y\n";
    for (int r = 0; r <= core::kMaxPoints; ++r) tall += "1,0\n";
    CHECK(refusal(tall) == "line 10002: more than 10000 data rows; at most 10000 points are allowed");
    CHECK(refusal(std::string(core::kMaxCsvBytes + 1, '1')) ==
          "the file has 8388609 bytes; at most 8388608 (8 MB) are read");
}

TEST_CASE("csv table: at most 20 messages and a count of the rest") {
    std::string text = "1,2,0\n";
    for (int i = 0; i < 30; ++i) text += "1,2\n";
    CsvTable t;
    std::vector<std::string> errors;
    CHECK_FALSE(core::read_csv_table(text, t, errors));
    REQUIRE(errors.size() == 21);
    CHECK(errors.back() == "... and 10 more");
}

TEST_CASE("csv choice: classes from text labels, from numbers, and regression") {
    const CsvTable t = table_of("w,h,species,size\n1,2,b,0.5\n3,4,a,1.5\n5,6,c,2\n7,8,a,3\n");
    Dataset d;
    std::vector<std::string> errors;
    REQUIRE(core::dataset_from_table(t, CsvChoice{{0, 1}, 2, false}, d, errors));
    CHECK(d.task == core::Task::MulticlassClassification);
    CHECK(d.class_names == std::vector<std::string>{"b", "a", "c"});  // in order of appearance
    CHECK(d.n_in == 2);
    CHECK(d.n_out == 3);
    CHECK(d.x == std::vector<double>{1, 2, 3, 4, 5, 6, 7, 8});
    CHECK((d.label(0) == 0 && d.label(1) == 1 && d.label(2) == 2 && d.label(3) == 1));

    REQUIRE(core::dataset_from_table(t, CsvChoice{{1}, 3, true}, d, errors));
    CHECK(d.task == core::Task::Regression);
    CHECK((d.n_in == 1 && d.y == std::vector<double>{0.5, 1.5, 2, 3}));

    const CsvTable numbers = table_of("1,2,-1\n3,4,1\n5,6,1\n");
    REQUIRE(core::dataset_from_table(numbers, CsvChoice{{0, 1}, 2, false}, d, errors));
    CHECK(d.task == core::Task::BinaryClassification);
    CHECK(d.class_names == std::vector<std::string>{"-1", "1"});
    CHECK(d.y == std::vector<double>{0, 1, 1});
}

TEST_CASE("csv choice: non-numbers, bad choices and class counts are named; the data set stays") {
    const CsvTable t = table_of("w,h,species\n1,2,a\nx,4,b\n5,6,a\n");
    struct Case {
        CsvChoice choice;
        std::string message;
    };
    const Case cases[] = {
        {{{0, 1}, 2, false}, "line 3, column 1 'x' is not a number (column 1 'w' is a feature)"},
        {{{1}, 2, true}, "line 2, column 3 'a' is not a number (regression needs a numeric label)"},
        {{{}, 2, false}, "choose from 1 to 64 feature columns, not 0"},
        {{{1}, 7, false}, "choose the label column"},
        {{{1, 2}, 2, false}, "column 3 'species' cannot be a feature and the label"},
    };
    const CsvTable one_class = table_of("1,0\n2,0\n");
    for (const Case& c : cases) {
        Dataset d;
        d.name = "kept";
        std::vector<std::string> errors;
        CHECK_FALSE(core::dataset_from_table(t, c.choice, d, errors));
        REQUIRE_FALSE(errors.empty());
        CHECK(errors[0] == c.message);
        CHECK(d.name == "kept");
    }
    Dataset d;
    std::vector<std::string> errors;
    CHECK_FALSE(core::dataset_from_table(one_class, CsvChoice{{0}, 1, false}, d, errors));
    CHECK(errors.at(0) == "column 2 has 1 label; classification needs 2 to 32 classes");
}

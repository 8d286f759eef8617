// Data sets: the generators (determinism, shape, balance, geometry), the built-in files and the split.
// The CSV loader is tested in test_dataset_csv.cpp.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <utility>
#include <string>
#include <vector>

#include "core/dataset.h"

using core::Dataset;
using core::DatasetKind;
using core::Task;

namespace {

const DatasetKind kTwoClass2D[] = {DatasetKind::Circle, DatasetKind::Xor, DatasetKind::Gaussian, DatasetKind::Spiral,
                                   DatasetKind::Moons};

std::vector<int> class_counts(const Dataset& d, int classes) {
    std::vector<int> counts(classes, 0);
    for (int i = 0; i < d.count(); ++i) ++counts.at(d.label(i));
    return counts;
}

double radius(const Dataset& d, int i) { return std::hypot(d.x_row(i)[0], d.x_row(i)[1]); }

double column_mean(const Dataset& d, int c) {
    double sum = 0.0;
    for (int i = 0; i < d.count(); ++i) sum += d.x_row(i)[c];
    return sum / d.count();
}

double column_variance(const Dataset& d, int c, double mean) {
    double sum = 0.0;
    for (int i = 0; i < d.count(); ++i) sum += (d.x_row(i)[c] - mean) * (d.x_row(i)[c] - mean);
    return sum / d.count();
}

// Row i has x = {i, −i} and y = {i}: every row is distinct, so a split can be checked row by row.
Dataset numbered(int n) {
    Dataset d;
    d.name = "numbered";
    d.n_in = 2;
    d.n_out = 1;
    d.task = Task::Regression;
    d.class_names = {"a", "b"};
    for (int i = 0; i < n; ++i) {
        const double xi[2] = {double(i), double(-i)};
        const double yi = i;
        d.append(xi, &yi);
    }
    return d;
}

bool same(const Dataset& a, const Dataset& b) {
    return a.name == b.name && a.n_in == b.n_in && a.n_out == b.n_out && a.task == b.task && a.x == b.x &&
           a.y == b.y && a.class_names == b.class_names;
}

}  // namespace

TEST_CASE("generators: the same seed gives the same data, another seed other data") {
    for (const core::DatasetInfo& info : core::kDatasets) {
        if (!info.generated) continue;
        const DatasetKind kind = info.kind;
        INFO(info.id);
        const Dataset a = core::make_dataset(kind, 200, 0.2, 7);
        const Dataset b = core::make_dataset(kind, 200, 0.2, 7);
        const Dataset c = core::make_dataset(kind, 200, 0.2, 8);
        CHECK(a.x == b.x);
        CHECK(a.y == b.y);
        CHECK(a.x != c.x);
        CHECK(a.name == core::dataset_name(kind));
    }
}

TEST_CASE("2-D generators: size, balanced 0/1 labels, points in roughly [-6, 6]^2") {
    for (DatasetKind kind : kTwoClass2D) {
        for (int n : {4, 101, 500}) {
            INFO(core::dataset_name(kind) << " n=" << n);
            const Dataset quiet = core::make_dataset(kind, n, 0.0, 3);
            const Dataset noisy = core::make_dataset(kind, n, 0.5, 3);
            REQUIRE(noisy.count() == n);
            CHECK(noisy.n_in == 2);
            CHECK(noisy.n_out == 1);
            CHECK(noisy.task == Task::BinaryClassification);
            for (double v : noisy.y) CHECK((v == 0.0 || v == 1.0));
            CHECK(class_counts(noisy, 2) == std::vector<int>{(n + 1) / 2, n / 2});
            for (double v : quiet.x) CHECK(std::abs(v) <= 6.0);
            for (double v : noisy.x) CHECK(std::abs(v) <= 8.5);
        }
    }
}

TEST_CASE("points and noise are clamped") {
    CHECK(core::make_dataset(DatasetKind::Circle, 1, 0.1, 1).count() == 4);
    CHECK(core::make_dataset(DatasetKind::Spiral, 50000, 0.1, 1).count() == 10000);
    const Dataset max_noise = core::make_dataset(DatasetKind::Xor, 50, 0.5, 1);
    CHECK(core::make_dataset(DatasetKind::Xor, 50, 7.0, 1).x == max_noise.x);
    const Dataset no_noise = core::make_dataset(DatasetKind::Xor, 50, 0.0, 1);
    CHECK(core::make_dataset(DatasetKind::Xor, 50, -1.0, 1).x == no_noise.x);
    CHECK(core::make_dataset(DatasetKind::Xor, 50, std::nan(""), 1).x == no_noise.x);
}

TEST_CASE("circle: without noise the classes are separated by radius, with noise they overlap") {
    auto radius_gap = [](const Dataset& d) {  // {largest disc radius, smallest ring radius}
        double disc_max = 0.0, ring_min = 1e9;
        for (int i = 0; i < d.count(); ++i) {
            if (d.label(i) == 1) disc_max = std::max(disc_max, radius(d, i));
            else ring_min = std::min(ring_min, radius(d, i));
        }
        return std::make_pair(disc_max, ring_min);
    };
    const auto [disc_max, ring_min] = radius_gap(core::make_dataset(DatasetKind::Circle, 1000, 0.0, 11));
    CHECK(disc_max <= 2.5);
    CHECK(ring_min >= 3.5);
    const auto [noisy_disc_max, noisy_ring_min] = radius_gap(core::make_dataset(DatasetKind::Circle, 1000, 0.5, 11));
    CHECK(noisy_disc_max > noisy_ring_min);
}

TEST_CASE("xor: class 1 in quadrants I and III, a gap around the axes") {
    const Dataset d = core::make_dataset(DatasetKind::Xor, 400, 0.0, 5);
    for (int i = 0; i < d.count(); ++i) {
        const double x = d.x_row(i)[0], y = d.x_row(i)[1];
        CHECK(d.label(i) == (x * y > 0 ? 1 : 0));
        CHECK(std::abs(x) >= 0.3);
        CHECK(std::abs(y) >= 0.3);
    }
}

TEST_CASE("gaussian: blobs at (2, 2) and (-2, -2) whose variance grows with noise from 0.5 to 4") {
    for (double noise : {0.0, 0.5}) {
        const Dataset d = core::make_dataset(DatasetKind::Gaussian, 4000, noise, 9);
        for (int c = 0; c < 2; ++c) {
            Dataset part = d;
            part.x.clear();
            part.y.clear();
            for (int i = 0; i < d.count(); ++i)
                if (d.label(i) == c) part.append(d.x_row(i), d.y_row(i));
            const double mean = column_mean(part, 0);
            CHECK(mean == Approx(c == 1 ? 2.0 : -2.0).margin(0.15));
            CHECK(column_variance(part, 1, column_mean(part, 1)) == Approx(0.5 + 7 * noise).epsilon(0.1));
        }
    }
}

TEST_CASE("spiral: the two arms are point reflections of each other, radius up to 5") {
    const Dataset d = core::make_dataset(DatasetKind::Spiral, 300, 0.0, 2);
    for (int j = 0; j < 150; ++j) {
        CHECK(d.x_row(2 * j + 1)[0] == Approx(-d.x_row(2 * j)[0]).margin(1e-12));
        CHECK(d.x_row(2 * j + 1)[1] == Approx(-d.x_row(2 * j)[1]).margin(1e-12));
        CHECK(radius(d, 2 * j) == Approx(5.0 * j / 150).margin(1e-12));
    }
}

TEST_CASE("moons: without noise every point lies on its unit arc (before the ×4 map)") {
    const Dataset d = core::make_dataset(DatasetKind::Moons, 200, 0.0, 4);
    for (int i = 0; i < d.count(); ++i) {
        const double x = d.x_row(i)[0] / 4 + 0.5, y = d.x_row(i)[1] / 4 + 0.25;
        if (d.label(i) == 0) {
            CHECK(std::hypot(x, y) == Approx(1.0));
            CHECK(y >= -1e-12);
        } else {
            CHECK(std::hypot(1 - x, 0.5 - y) == Approx(1.0));
            CHECK(y <= 0.5 + 1e-12);
        }
    }
}

TEST_CASE("logic gates: the four rows of the truth table") {
    const std::vector<std::pair<DatasetKind, std::vector<double>>> tables = {
        {DatasetKind::And, {0, 0, 0, 1}},
        {DatasetKind::Or, {0, 1, 1, 1}},
        {DatasetKind::XorGate, {0, 1, 1, 0}},
        {DatasetKind::Nand, {1, 1, 1, 0}},
    };
    for (const auto& [kind, outputs] : tables) {
        INFO(core::dataset_name(kind));
        const Dataset d = core::make_dataset(kind, 500, 0.5, 42);  // points and noise are ignored
        CHECK(d.x == std::vector<double>{0, 0, 0, 1, 1, 0, 1, 1});
        CHECK(d.y == outputs);
        CHECK(d.task == Task::BinaryClassification);
    }
}

TEST_CASE("regression: linear1d is y = 2x + 1, plane2d is y = 1.5x1 - 2x2 + 0.5, plus N(0, noise^2)") {
    auto model = [](const Dataset& d, int i) {
        const double* x = d.x_row(i);
        return d.n_in == 1 ? 2 * x[0] + 1 : 1.5 * x[0] - 2 * x[1] + 0.5;
    };
    for (DatasetKind kind : {DatasetKind::Linear1D, DatasetKind::Plane2D}) {
        const Dataset exact = core::make_dataset(kind, 100, 0.0, 6);
        CHECK(exact.task == Task::Regression);
        CHECK(exact.n_in == (kind == DatasetKind::Linear1D ? 1 : 2));
        for (int i = 0; i < exact.count(); ++i) CHECK(exact.y_row(i)[0] == Approx(model(exact, i)));
        for (double v : exact.x) CHECK((v >= -1.0 && v <= 1.0));

        const Dataset noisy = core::make_dataset(kind, 5000, 0.3, 6);
        double squares = 0.0;
        for (int i = 0; i < noisy.count(); ++i) squares += std::pow(noisy.y_row(i)[0] - model(noisy, i), 2);
        CHECK(std::sqrt(squares / noisy.count()) == Approx(0.3).epsilon(0.05));
    }
}

TEST_CASE("spiral3: three balanced classes, one-hot targets, class names") {
    const Dataset d = core::make_dataset(DatasetKind::Spiral3, 300, 0.1, 8);
    CHECK(d.task == Task::MulticlassClassification);
    CHECK(d.n_out == 3);
    CHECK(d.class_names.size() == 3);
    CHECK(class_counts(d, 3) == std::vector<int>{100, 100, 100});
    for (int i = 0; i < d.count(); ++i) {
        CHECK(d.y_row(i)[0] + d.y_row(i)[1] + d.y_row(i)[2] == 1.0);
        CHECK(d.y_row(i)[d.label(i)] == 1.0);
    }
}

TEST_CASE("iris: 150 x 4 standardized features, 3 one-hot classes named from the header") {
    const Dataset d = core::make_dataset(DatasetKind::Iris, 4, 0.5, 1);
    REQUIRE(d.count() == 150);
    CHECK(d.n_in == 4);
    CHECK(d.n_out == 3);
    CHECK(d.class_names == std::vector<std::string>{"setosa", "versicolor", "virginica"});
    CHECK(class_counts(d, 3) == std::vector<int>{50, 50, 50});
    for (int c = 0; c < 4; ++c) {
        const double mean = column_mean(d, c);
        CHECK(mean == Approx(0.0).margin(1e-12));
        CHECK(column_variance(d, c, mean) == Approx(1.0));
    }
    CHECK(d.x_row(0)[0] == Approx((5.1 - 5.843333333) / 0.825301291));  // sepal length: mean 5.8433, sd 0.8253
    CHECK(same(d, core::make_dataset(DatasetKind::Iris, 1000, 0.0, 99)));
}

TEST_CASE("digits: 1797 x 64 pixels scaled to [0, 1], 10 classes") {
    const Dataset d = core::make_dataset(DatasetKind::Digits, 10, 0.3, 1);
    REQUIRE(d.count() == 1797);
    CHECK(d.n_in == 64);
    CHECK(d.n_out == 10);
    CHECK(d.class_names == std::vector<std::string>{"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"});
    double brightest = 0.0;
    for (double v : d.x) {
        CHECK((v >= 0.0 && v <= 1.0 && v * 16 == std::floor(v * 16)));
        brightest = std::max(brightest, v);
    }
    CHECK(brightest == 1.0);
    CHECK(d.x_row(0)[2] == 5.0 / 16);  // the file starts 0,0,5,13,…
    CHECK(d.label(0) == 0);
    CHECK(d.label(1) == 1);
    for (int count : class_counts(d, 10)) CHECK((count >= 170 && count <= 190));
}

TEST_CASE("split: sizes, every row exactly once, metadata copied, seeded shuffle") {
    const Dataset all = numbered(100);
    Dataset train, test;
    core::split_dataset(all, 0.7, 12, train, test);
    REQUIRE(train.count() == 70);
    REQUIRE(test.count() == 30);
    std::vector<int> seen(100, 0);
    for (const Dataset* part : {&train, &test})
        for (int i = 0; i < part->count(); ++i) ++seen.at(static_cast<int>(part->x_row(i)[0]));
    CHECK(seen == std::vector<int>(100, 1));
    CHECK(train.y_row(5)[0] == train.x_row(5)[0]);  // rows keep their targets
    CHECK(train.name == "numbered");
    CHECK((test.n_in == 2 && test.n_out == 1 && test.task == Task::Regression && test.class_names.size() == 2));

    bool moved = false;  // a shuffle, not the first 70 rows
    for (int i = 0; i < train.count(); ++i) moved = moved || train.x_row(i)[0] >= 70;
    CHECK(moved);

    Dataset train2, test2, train3, test3;
    core::split_dataset(all, 0.7, 12, train2, test2);
    core::split_dataset(all, 0.7, 13, train3, test3);
    CHECK(train2.x == train.x);
    CHECK(train3.x != train.x);
}

TEST_CASE("split: rounding and the at-least-one rule") {
    Dataset train, test;
    core::split_dataset(core::make_dataset(DatasetKind::Iris, 0, 0, 0), 0.8, 1, train, test);
    CHECK((train.count() == 120 && test.count() == 30));
    core::split_dataset(numbered(10), 0.0, 1, train, test);
    CHECK((train.count() == 1 && test.count() == 9));
    core::split_dataset(numbered(10), 1.0, 1, train, test);
    CHECK((train.count() == 9 && test.count() == 1));
    core::split_dataset(numbered(2), 0.5, 1, train, test);
    CHECK((train.count() == 1 && test.count() == 1));

    Dataset data = numbered(10);  // the output may be the input
    core::split_dataset(data, 0.5, 1, data, test);
    CHECK((data.count() == 5 && test.count() == 5));
}

TEST_CASE("Dataset::label and append") {
    Dataset d;
    d.n_in = 1;
    d.n_out = 3;
    d.task = Task::MulticlassClassification;
    const double x = 4.0, y[3] = {0.1, 0.7, 0.2};
    d.append(&x, y);
    CHECK((d.count() == 1 && d.x_row(0)[0] == 4.0 && d.y == std::vector<double>{0.1, 0.7, 0.2}));
    CHECK(d.label(0) == 1);

    Dataset b = numbered(0);
    b.task = Task::BinaryClassification;
    const double xb[2] = {0, 0}, y_low = 0.49, y_high = 0.5;
    b.append(xb, &y_low);
    b.append(xb, &y_high);
    CHECK((b.label(0) == 0 && b.label(1) == 1));
}

TEST_CASE("dataset names round-trip through parse_dataset") {
    for (const core::DatasetInfo& info : core::kDatasets) {
        DatasetKind parsed = DatasetKind::Circle;
        CHECK(core::parse_dataset(info.id, parsed));
        CHECK(parsed == info.kind);
        CHECK(std::string(core::dataset_name(info.kind)) == info.id);
    }
    DatasetKind out = DatasetKind::Moons;
    CHECK(core::parse_dataset("XOR_Gate", out));
    CHECK(out == DatasetKind::XorGate);
    CHECK_FALSE(core::parse_dataset("circles", out));
    CHECK_FALSE(core::parse_dataset("", out));
    CHECK(out == DatasetKind::XorGate);
    CHECK(std::string(core::dataset_name(DatasetKind::Linear1D)) == "linear1d");
}

TEST_CASE("the data-set table holds every kind once and says what make_dataset makes") {
    std::vector<std::string> ids;
    for (size_t k = 0; k < std::size(core::kDatasets); ++k) {
        const core::DatasetInfo& info = core::kDatasets[k];
        INFO(info.id);
        CHECK(static_cast<size_t>(info.kind) == k);  // the enum's order: each kind once, none missing
        CHECK(&core::dataset_info(info.kind) == &info);
        CHECK(std::find(ids.begin(), ids.end(), info.id) == ids.end());
        ids.push_back(info.id);
        CHECK(std::string(info.label).size() > 0);
        CHECK(std::string(info.about).size() > 0);
        const Dataset small = core::make_dataset(info.kind, 40, 0.1, 3);
        const Dataset large = core::make_dataset(info.kind, 60, 0.1, 3);
        CHECK(small.task == info.task);
        CHECK((small.n_in == 2) == info.plane);
        CHECK((small.count() != large.count()) == info.generated);
        CHECK(small.name == info.id);
    }
}

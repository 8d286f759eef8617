// make_dataset: TensorFlow Playground-style 2-D classification problems, the logic-gate truth tables, two small
// regression problems, and the embedded iris and digits files. All randomness comes from core::Rng and all
// trigonometry from core::det, so the same seed gives bit-identical points natively and in WASM.
//
// In the generated sets rows alternate between the classes (row i belongs to class i mod classes), so the classes
// are balanced to within one point and any prefix of the data is balanced too.
#include <algorithm>
#include <cmath>
#include <string>
#include <string_view>
#include <vector>

#include "dataset.h"
#include "detmath.h"
#include "embedded_data.h"
#include "rng.h"

namespace core {
namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr double kRadius = 5.0;  // the 2-D sets fill roughly [−6, 6]² (noise may push a few points past ±6)

struct Point {
    double x, y;
};

Dataset blank(int n_in, int n_out, Task task) {
    Dataset d;
    d.n_in = n_in;
    d.n_out = n_out;
    d.task = task;
    return d;
}

void add(Dataset& d, Point p, double target) {
    const double xi[2] = {p.x, p.y};
    d.append(xi, &target);
}

// How many of the rows 0..n−1 have i mod classes == c.
int rows_of_class(int n, int classes, int c) { return (n - c + classes - 1) / classes; }

Point on_circle(double r, double angle) { return {r * det::cos(angle), r * det::sin(angle)}; }

// Circle: class 1 is a disc of radius R/2, class 0 a ring from 0.7R to R (R = 5); the empty band 2.5..3.5
// separates them. Like Playground the radius (not the area) is uniform, so the disc is denser near the centre.
// Noise moves each coordinate by uniform(−R, R)·noise, up to ±2.5 at noise 0.5.
Dataset circle(int n, double noise, Rng& rng) {
    Dataset d = blank(2, 1, Task::BinaryClassification);
    for (int i = 0; i < n; ++i) {
        const int c = i % 2;
        const double r = c == 1 ? rng.uniform(0.0, 0.5 * kRadius) : rng.uniform(0.7 * kRadius, kRadius);
        Point p = on_circle(r, rng.uniform(0.0, 2 * kPi));
        p.x += rng.uniform(-kRadius, kRadius) * noise;
        p.y += rng.uniform(-kRadius, kRadius) * noise;
        add(d, p, c);
    }
    return d;
}

// XOR: class 1 fills quadrants I and III (x·y > 0), class 0 quadrants II and IV. Each coordinate's magnitude is
// uniform in [0.3, 5], leaving a gap of 0.3 either side of the axes; noise as for the circle.
Dataset xor_quadrants(int n, double noise, Rng& rng) {
    constexpr double kGap = 0.3;
    Dataset d = blank(2, 1, Task::BinaryClassification);
    for (int i = 0; i < n; ++i) {
        const int c = i % 2;
        const double sx = rng.below(2) == 0 ? -1.0 : 1.0;
        const double sy = c == 1 ? sx : -sx;
        Point p{sx * rng.uniform(kGap, kRadius), sy * rng.uniform(kGap, kRadius)};
        p.x += rng.uniform(-kRadius, kRadius) * noise;
        p.y += rng.uniform(-kRadius, kRadius) * noise;
        add(d, p, c);
    }
    return d;
}

// Two Gaussian blobs, class 1 around (2, 2) and class 0 around (−2, −2). Noise widens them: the variance goes
// linearly from 0.5 (noise 0) to 4 (noise 0.5), i.e. σ² = 0.5 + 7·noise.
Dataset gaussian(int n, double noise, Rng& rng) {
    Dataset d = blank(2, 1, Task::BinaryClassification);
    const double sd = std::sqrt(0.5 + 7.0 * noise);
    for (int i = 0; i < n; ++i) {
        const int c = i % 2;
        const double centre = c == 1 ? 2.0 : -2.0;
        const double px = centre + sd * rng.normal();
        const double py = centre + sd * rng.normal();
        add(d, {px, py}, c);
    }
    return d;
}

// Spiral arms: arm c starts at the centre and turns 1.75 times while its radius grows to R:
//   f = j / m (j-th of the arm's m points),  r = R·f,  t = 1.75·2π·f + 2π·c / arms,  (x, y) = (r sin t, r cos t),
// then each coordinate moves by uniform(−1, 1)·noise. With `one_hot` the target is a one-hot row of `arms` values.
Dataset spiral_arms(int n, int arms, bool one_hot, double noise, Rng& rng) {
    Dataset d = one_hot ? blank(2, arms, Task::MulticlassClassification) : blank(2, 1, Task::BinaryClassification);
    std::vector<double> target(static_cast<size_t>(d.n_out));
    for (int i = 0; i < n; ++i) {
        const int c = i % arms;
        const double f = static_cast<double>(i / arms) / rows_of_class(n, arms, c);
        const double r = kRadius * f;
        const double t = 1.75 * 2 * kPi * f + 2 * kPi * c / arms;
        const double px = r * det::sin(t) + rng.uniform(-1.0, 1.0) * noise;
        const double py = r * det::cos(t) + rng.uniform(-1.0, 1.0) * noise;
        const double xi[2] = {px, py};
        if (one_hot) {
            std::fill(target.begin(), target.end(), 0.0);
            target[c] = 1.0;
        } else {
            target[0] = c;
        }
        d.append(xi, target.data());
    }
    return d;
}

// Two moons (the shape of scikit-learn's make_moons): with t uniform in [0, π], class 0 is the upper arc
// (cos t, sin t) and class 1 the lower arc (1 − cos t, 0.5 − sin t). Both are mapped by X = 4(x − 0.5),
// Y = 4(y − 0.25) to [−6, 6] × [−3, 3]. Noise adds N(0, (2·noise)²) to each coordinate.
Dataset moons(int n, double noise, Rng& rng) {
    Dataset d = blank(2, 1, Task::BinaryClassification);
    for (int i = 0; i < n; ++i) {
        const int c = i % 2;
        const double t = rng.uniform(0.0, kPi);
        const Point arc = c == 0 ? Point{det::cos(t), det::sin(t)} : Point{1 - det::cos(t), 0.5 - det::sin(t)};
        const double px = 4 * (arc.x - 0.5) + 2 * noise * rng.normal();
        const double py = 4 * (arc.y - 0.25) + 2 * noise * rng.normal();
        add(d, {px, py}, c);
    }
    return d;
}

// The four rows (0,0), (0,1), (1,0), (1,1) with the gate's output as the target.
Dataset gate(bool (*output)(bool, bool)) {
    Dataset d = blank(2, 1, Task::BinaryClassification);
    for (int a = 0; a <= 1; ++a)
        for (int b = 0; b <= 1; ++b) add(d, {double(a), double(b)}, output(a, b) ? 1.0 : 0.0);
    return d;
}

// y = 2x + 1 + noise·N(0, 1), x uniform in [−1, 1] (so y spans about [−1, 3]).
Dataset linear1d(int n, double noise, Rng& rng) {
    constexpr double kW = 2.0, kB = 1.0;
    Dataset d = blank(1, 1, Task::Regression);
    for (int i = 0; i < n; ++i) {
        const double xi = rng.uniform(-1.0, 1.0);
        const double yi = kW * xi + kB + noise * rng.normal();
        d.append(&xi, &yi);
    }
    return d;
}

// y = 1.5·x₁ − 2·x₂ + 0.5 + noise·N(0, 1), x uniform in [−1, 1]².
Dataset plane2d(int n, double noise, Rng& rng) {
    constexpr double kW1 = 1.5, kW2 = -2.0, kB = 0.5;
    Dataset d = blank(2, 1, Task::Regression);
    for (int i = 0; i < n; ++i) {
        const double x1 = rng.uniform(-1.0, 1.0);
        const double x2 = rng.uniform(-1.0, 1.0);
        add(d, {x1, x2}, kW1 * x1 + kW2 * x2 + kB + noise * rng.normal());
    }
    return d;
}

// Iris's first line is "150,4,setosa,versicolor,virginica": the class names are the fields after the second.
std::vector<std::string> iris_class_names(std::string_view text) {
    std::string_view header = text.substr(0, text.find_first_of("\r\n"));
    std::vector<std::string> fields;
    for (size_t comma; (comma = header.find(',')) != std::string_view::npos; header.remove_prefix(comma + 1))
        fields.emplace_back(header.substr(0, comma));
    fields.emplace_back(header);
    if (fields.size() != 5) return {"setosa", "versicolor", "virginica"};
    return {fields.begin() + 2, fields.end()};
}

// z = (x − mean) / sd per column, with the population sd √(Σ(x − mean)² / n): the features (cm) differ in scale
// by ~4×, and equal scales let one learning rate suit every weight.
void standardize_columns(Dataset& d) {
    const int n = d.count();
    for (int c = 0; c < d.n_in && n > 0; ++c) {
        double sum = 0.0;
        for (int i = 0; i < n; ++i) sum += d.x_row(i)[c];
        const double mean = sum / n;
        double squares = 0.0;
        for (int i = 0; i < n; ++i) squares += (d.x_row(i)[c] - mean) * (d.x_row(i)[c] - mean);
        const double sd = std::sqrt(squares / n);
        for (int i = 0; i < n; ++i) {
            double& v = d.x[static_cast<size_t>(i) * d.n_in + c];
            v = sd > 0 ? (v - mean) / sd : 0.0;
        }
    }
}

// The embedded files are part of the build, so a parse failure is a build bug: the result is then an empty
// data set of the right shape rather than an exception (the WASM build may run without exceptions).
Dataset load_embedded(std::string_view text, int n_in, int classes, bool skip_header) {
    CsvOptions options;
    options.n_in = n_in;
    options.task = Task::MulticlassClassification;
    options.classes = classes;
    options.skip_header = skip_header;
    Dataset d;
    std::vector<std::string> errors;
    if (!load_csv(std::string(text), options, d, errors)) d = blank(n_in, classes, Task::MulticlassClassification);
    return d;
}

// Features standardized (see standardize_columns); the rows keep the file's order (50 of each class).
Dataset iris() {
    Dataset d = load_embedded(iris_csv(), 4, 3, true);
    standardize_columns(d);
    d.class_names = iris_class_names(iris_csv());
    return d;
}

// Pixels are 0..16 ink levels; dividing by 16 (exact: a power of two) puts them in [0, 1].
Dataset digits() {
    Dataset d = load_embedded(digits_csv(), 64, 10, false);
    for (double& v : d.x) v /= 16.0;
    for (int k = 0; k < 10; ++k) d.class_names.push_back(std::to_string(k));
    return d;
}

// Where "your data" starts before a file or a click: one point of each class on either side of x₁ = 0, so that a
// network can be built and the student's clicks add to something.
Dataset starter_points() {
    Dataset d = blank(2, 1, Task::BinaryClassification);
    add(d, {-3.0, 1.0}, 0.0);
    add(d, {3.0, -1.0}, 1.0);
    add(d, {-2.0, -2.0}, 0.0);
    add(d, {2.0, 2.0}, 1.0);
    return d;
}

Dataset generate(DatasetKind kind, int points, double noise, Rng& rng) {
    switch (kind) {
        case DatasetKind::Circle: return circle(points, noise, rng);
        case DatasetKind::Xor: return xor_quadrants(points, noise, rng);
        case DatasetKind::Gaussian: return gaussian(points, noise, rng);
        case DatasetKind::Spiral: return spiral_arms(points, 2, false, noise, rng);
        case DatasetKind::Moons: return moons(points, noise, rng);
        case DatasetKind::And: return gate([](bool a, bool b) { return a && b; });
        case DatasetKind::Or: return gate([](bool a, bool b) { return a || b; });
        case DatasetKind::XorGate: return gate([](bool a, bool b) { return a != b; });
        case DatasetKind::Nand: return gate([](bool a, bool b) { return !(a && b); });
        case DatasetKind::Linear1D: return linear1d(points, noise, rng);
        case DatasetKind::Plane2D: return plane2d(points, noise, rng);
        case DatasetKind::Spiral3: {
            Dataset d = spiral_arms(points, 3, true, noise, rng);
            d.class_names = {"arm A", "arm B", "arm C"};
            return d;
        }
        case DatasetKind::Iris: return iris();
        case DatasetKind::Digits: return digits();
        case DatasetKind::Custom: return starter_points();
    }
    return Dataset{};
}

}  // namespace

Dataset make_dataset(DatasetKind kind, int points, double noise, uint64_t seed) {
    points = std::clamp(points, 4, 10000);
    noise = std::isnan(noise) ? 0.0 : std::clamp(noise, 0.0, 0.5);
    Rng rng(seed);
    Dataset d = generate(kind, points, noise, rng);
    d.name = dataset_name(kind);
    return d;
}

}  // namespace core

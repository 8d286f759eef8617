// A dense row-major matrix of doubles: the only container the core needs for Θ and ∂J/∂Θ.
#pragma once
#include <cstddef>
#include <vector>

namespace core {

struct Matrix {
    int rows = 0;
    int cols = 0;
    std::vector<double> v;  // v[i * cols + j]

    Matrix() = default;
    Matrix(int r, int c, double fill = 0.0) : rows(r), cols(c), v(static_cast<std::size_t>(r) * c, fill) {}

    double& operator()(int i, int j) { return v[static_cast<std::size_t>(i) * cols + j]; }
    double operator()(int i, int j) const { return v[static_cast<std::size_t>(i) * cols + j]; }
    double* row(int i) { return v.data() + static_cast<std::size_t>(i) * cols; }
    const double* row(int i) const { return v.data() + static_cast<std::size_t>(i) * cols; }
    int size() const { return rows * cols; }
};

}  // namespace core

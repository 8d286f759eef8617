#include "lab/surface/surface_exact.h"

#include <cmath>

#include "core/detmath.h"

namespace lab {
namespace {

// core's loss floors probabilities at 1e−15 before the log (sigmoid(40) == 1 in double); the closed form
// does the same so that both describe one function, not two that differ where σ saturates.
constexpr double kMinProbability = 1e-15;
double floored_log(double p) { return core::det::log(p < kMinProbability ? kMinProbability : p); }

double hypothesis(ExactKind kind, double w, double b, double x) {
    const double z = w * x + b;
    return kind == ExactKind::Logistic ? core::det::sigmoid(z) : z;
}

// Means of x², x and 1 over the data: the entries of (1/m) Σ x̃ x̃ᵀ, x̃ = (x, 1).
struct Moments {
    double xx = 0.0, x = 0.0, y = 0.0, xy = 0.0;
};
Moments moments(const core::Dataset& data) {
    Moments s;
    const int m = data.count();
    if (m == 0) return s;
    for (int i = 0; i < m; ++i) {
        const double xi = data.x_row(i)[0], yi = data.y_row(i)[0];
        s.xx += xi * xi;
        s.x += xi;
        s.y += yi;
        s.xy += xi * yi;
    }
    s.xx /= m;
    s.x /= m;
    s.y /= m;
    s.xy /= m;
    return s;
}

}  // namespace

core::Network ExactProblem::network(double w, double b) const {
    const core::Activation g = kind == ExactKind::Logistic ? core::Activation::Sigmoid : core::Activation::Linear;
    core::Network net = core::make_network({1, 1}, g, g);
    net.theta[0](0, 0) = b;  // Θ₁₀: the bias weight
    net.theta[0](0, 1) = w;  // Θ₁₁: the weight on x
    return net;
}

ExactProblem make_exact_problem(ExactKind kind, const core::Dataset& source) {
    ExactProblem problem;
    problem.kind = kind;
    problem.data.name = source.name + (source.n_in > 1 ? " (x₁)" : "");
    problem.data.n_in = 1;
    problem.data.n_out = 1;
    problem.data.task = kind == ExactKind::Logistic ? core::Task::BinaryClassification : core::Task::Regression;
    for (int i = 0; i < source.count(); ++i) {
        double y = source.y_row(i)[0];
        if (kind == ExactKind::Logistic && source.n_out > 1) y = source.label(i) == 1 ? 1.0 : 0.0;
        problem.data.append(source.x_row(i), &y);
    }
    problem.config.loss = kind == ExactKind::Logistic ? core::Loss::BinaryCrossEntropy : core::Loss::MSE;
    problem.config.regularization = core::Regularization::None;
    problem.config.lambda = 0.0;
    problem.config.optimizer.kind = core::OptimizerKind::SGD;
    problem.config.batch_size = problem.data.count();
    return problem;
}

ExactProblem make_exact_problem(ExactKind kind, int points, double noise, uint64_t seed) {
    const core::DatasetKind source = kind == ExactKind::Logistic ? core::DatasetKind::Gaussian : core::DatasetKind::Linear1D;
    return make_exact_problem(kind, core::make_dataset(source, points, noise, seed));
}

double exact_loss(const ExactProblem& problem, double w, double b) {
    const core::Dataset& d = problem.data;
    const int m = d.count();
    if (m == 0) return 0.0;
    double sum = 0.0;
    for (int i = 0; i < m; ++i) {
        const double h = hypothesis(problem.kind, w, b, d.x_row(i)[0]);
        const double y = d.y_row(i)[0];
        if (problem.kind == ExactKind::Logistic) {
            sum -= y * floored_log(h) + (1.0 - y) * floored_log(1.0 - h);
        } else {
            sum += (h - y) * (h - y);
        }
    }
    return problem.kind == ExactKind::Logistic ? sum / m : sum / (2.0 * m);  // 1/m Σ CE,  1/(2m) Σ r²
}

void exact_gradient(const ExactProblem& problem, double w, double b, double& dJ_dw, double& dJ_db) {
    const core::Dataset& d = problem.data;
    const int m = d.count();
    dJ_dw = dJ_db = 0.0;
    if (m == 0) return;
    for (int i = 0; i < m; ++i) {
        const double x = d.x_row(i)[0];
        const double error = hypothesis(problem.kind, w, b, x) - d.y_row(i)[0];  // h − y: δ of the matched pair
        dJ_dw += error * x;
        dJ_db += error;
    }
    dJ_dw /= m;
    dJ_db /= m;
}

WeightPair least_squares(const ExactProblem& problem) {
    const Moments s = moments(problem.data);
    // Cramer's rule on the 2×2 system; det = x̄² − x̄·x̄ = the variance of x (0 only if every x is the same).
    const double det = s.xx - s.x * s.x;
    WeightPair best;
    if (det == 0.0) {
        best.b = s.y;
        return best;
    }
    best.w = (s.xy - s.x * s.y) / det;
    best.b = (s.xx * s.y - s.x * s.xy) / det;
    return best;
}

Curvature curvature(const ExactProblem& problem) {
    const Moments s = moments(problem.data);
    // Eigenvalues of the symmetric [[a, c], [c, d]]: (a + d)/2 ± sqrt(((a − d)/2)² + c²).
    const double a = s.xx, c = s.x, d = 1.0;
    const double mid = 0.5 * (a + d), half_gap = std::sqrt(0.25 * (a - d) * (a - d) + c * c);
    Curvature k;
    k.lambda_max = mid + half_gap;
    k.lambda_min = mid - half_gap;
    if (problem.kind == ExactKind::Logistic) {  // σ(1 − σ) ≤ ¼
        k.lambda_max *= 0.25;
        k.lambda_min *= 0.25;
        k.exact = false;
    }
    return k;
}

}  // namespace lab

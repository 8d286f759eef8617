#include "regularization.h"

#include <cmath>

namespace core {

double penalty_of(Regularization kind, const double* w, int n) {
    double R = 0.0;
    for (int k = 0; k < n; ++k) {
        if (kind == Regularization::L1) R += std::fabs(w[k]);
        if (kind == Regularization::L2) R += w[k] * w[k];
    }
    return R;
}

double penalty(Regularization kind, const std::vector<Matrix>& theta) {
    double R = 0.0;
    for (const Matrix& t : theta)
        for (int i = 0; i < t.rows; ++i) R += penalty_of(kind, t.row(i) + 1, t.cols - 1);  // skip column 0: the bias
    return R;
}

void add_penalty_gradient(Regularization kind, double lambda, const std::vector<Matrix>& theta,
                          std::vector<Matrix>& dtheta) {
    if (kind == Regularization::None || lambda == 0.0) return;
    for (size_t l = 0; l < theta.size(); ++l) {
        for (int i = 0; i < theta[l].rows; ++i) {
            for (int j = 1; j < theta[l].cols; ++j) {
                const double w = theta[l](i, j);
                // L1: ∂|w|/∂w = sign(w) (0 at w = 0);  L2: ∂(w²)/∂w = 2w
                const double dR = kind == Regularization::L1 ? (w > 0.0 ? 1.0 : (w < 0.0 ? -1.0 : 0.0)) : 2.0 * w;
                dtheta[l](i, j) += lambda * dR;
            }
        }
    }
}

std::string penalty_gradient_text(Regularization kind, double lambda, const std::string& w) {
    const RegularizationInfo* info = entry_of(kRegularizations, kind);
    if (!info || lambda <= 0.0) return "";
    std::string text = info->term;
    const size_t at = text.find("{w}");
    if (at != std::string::npos) text.replace(at, 3, w);
    return text;
}

}  // namespace core

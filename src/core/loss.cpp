#include "loss.h"

#include "detmath.h"

namespace core {
namespace {

double safe_log(double p) { return det::log(p < kMinProbability ? kMinProbability : p); }

int true_class(const double* y, int n) {
    int c = 0;
    for (int k = 1; k < n; ++k)
        if (y[k] > y[c]) c = k;
    return c;
}

}  // namespace

double loss_value(Loss loss, const double* a, const double* y, int n) {
    double J = 0.0;
    switch (loss) {
        case Loss::MSE:
            for (int k = 0; k < n; ++k) J += 0.5 * (a[k] - y[k]) * (a[k] - y[k]);
            return J;
        case Loss::BinaryCrossEntropy:
            // −y log a − (1−y) log(1−a). For the usual 0/1 labels one term is exactly ±0, so only the other log is
            // computed (the same bits as the full formula; a log is a training step's largest cost after tanh).
            for (int k = 0; k < n; ++k) {
                if (y[k] == 0.0) J -= safe_log(1.0 - a[k]);
                else if (y[k] == 1.0) J -= safe_log(a[k]);
                else J -= y[k] * safe_log(a[k]) + (1.0 - y[k]) * safe_log(1.0 - a[k]);
            }
            return J;
        case Loss::SoftmaxCrossEntropy:
            for (int k = 0; k < n; ++k)
                if (y[k] != 0.0) J -= y[k] * safe_log(a[k]);
            return J;
        case Loss::MulticlassHinge: {
            const int c = true_class(y, n);
            for (int j = 0; j < n; ++j) {
                if (j == c) continue;
                const double margin = a[j] - a[c] + 1.0;  // s_j − s_c + Δ, Δ = 1
                if (margin > 0.0) J += margin;
            }
            return J;
        }
    }
    return J;
}

void loss_gradient(Loss loss, const double* a, const double* y, int n, double* dJ_da) {
    switch (loss) {
        case Loss::MSE:
            for (int k = 0; k < n; ++k) dJ_da[k] = a[k] - y[k];
            return;
        case Loss::BinaryCrossEntropy:
            // ∂/∂a [−y log a − (1−y) log(1−a)] = (a − y) / (a (1 − a))
            for (int k = 0; k < n; ++k) {
                double p = a[k] < kMinProbability ? kMinProbability : a[k];
                p = p > 1.0 - kMinProbability ? 1.0 - kMinProbability : p;
                dJ_da[k] = (p - y[k]) / (p * (1.0 - p));
            }
            return;
        case Loss::SoftmaxCrossEntropy:
            for (int k = 0; k < n; ++k) dJ_da[k] = y[k] != 0.0 ? -y[k] / (a[k] < kMinProbability ? kMinProbability : a[k]) : 0.0;
            return;
        case Loss::MulticlassHinge: {
            // each violated margin adds +1 to ∂J/∂s_j and −1 to ∂J/∂s_c
            const int c = true_class(y, n);
            for (int k = 0; k < n; ++k) dJ_da[k] = 0.0;
            for (int j = 0; j < n; ++j) {
                if (j != c && a[j] - a[c] + 1.0 > 0.0) {
                    dJ_da[j] += 1.0;
                    dJ_da[c] -= 1.0;
                }
            }
            return;
        }
    }
}

}  // namespace core

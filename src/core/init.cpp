#include "init.h"

#include <cmath>

namespace core {

void initialize(Network& net, Init init, Rng& rng, double epsilon) {
    for (Matrix& theta : net.theta) {
        const int fan_in = theta.cols - 1;  // inputs to each unit, bias excluded
        const int fan_out = theta.rows;
        // Xavier: n = fan-in + fan-out; He: n = fan-in; both draw Θ = randn · sqrt(2 / n) (the lecture's form).
        const double n = init == Init::Xavier ? fan_in + fan_out : fan_in;
        const double scale = n > 0 ? std::sqrt(2.0 / n) : 0.0;
        for (int i = 0; i < theta.rows; ++i) {
            for (int j = 0; j < theta.cols; ++j) {
                double w = 0.0;
                switch (init) {
                    case Init::Zero: w = 0.0; break;
                    case Init::Uniform: w = rng.uniform(-epsilon, epsilon); break;
                    case Init::Xavier:
                    case Init::He: w = j == 0 ? 0.0 : rng.normal() * scale; break;  // biases start at 0
                }
                theta(i, j) = w;
            }
        }
    }
}

}  // namespace core

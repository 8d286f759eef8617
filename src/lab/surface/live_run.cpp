#include "lab/surface/live_run.h"

#include <cmath>

namespace lab {

void restart_with_alpha(Stepper& stepper, double alpha) {
    core::TrainConfig train = stepper.session().config().train;
    train.optimizer.alpha = alpha;
    stepper.update_training(train);
    stepper.reset();
}

bool restart_at(Stepper& stepper, double w, double b) {
    if (stepper.session().network().weight_count() != 2 || !std::isfinite(w) || !std::isfinite(b)) return false;
    if (!stepper.session().set_theta({b, w})) return false;  // Θ⁽¹⁾ row by row: [b  w]
    stepper.reset();
    return true;
}

}  // namespace lab

#include "lab/lessons/playground_slide.h"

namespace lab {

LabConfig playground_slide(const LabConfig& from) {
    LabConfig c = from;
    c.dataset = core::DatasetKind::Spiral;
    c.custom.reset();
    c.noise = 0.0;
    c.train_fraction = 0.5;
    c.features = core::kAllFeatures;
    c.hidden = {1};
    c.hidden_activation = core::Activation::Sigmoid;
    c.output_activation = core::Activation::Sigmoid;
    c.train.loss = core::Loss::BinaryCrossEntropy;
    c.train.regularization = core::Regularization::None;
    c.train.lambda = 0.0;
    c.train.dropout.rate = 0.0;
    c.train.optimizer.kind = core::OptimizerKind::SGD;
    c.train.optimizer.alpha = 0.03;
    c.train.batch_size = 10;
    return c;
}

}  // namespace lab

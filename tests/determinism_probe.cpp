// Prints a hash of the weights after 100 training steps for several configurations, and a hash of the
// deterministic math functions' outputs. The native and WASM builds must print exactly the same lines.
#include <cinttypes>
#include <cstdio>
#include <cstring>
#include <vector>

#include "core/activation.h"
#include "core/detmath.h"
#include "core/expression.h"
#include "core/rng.h"
#include "lab/lessons/lessons.h"
#include "lab/surface/surface.h"
#include "lab/teach/session.h"

namespace {

uint64_t mix(uint64_t hash, double value) {
    unsigned char bytes[sizeof(double)];
    std::memcpy(bytes, &value, sizeof value);
    for (unsigned char b : bytes) hash = (hash ^ b) * 1099511628211ULL;
    return hash;
}

}  // namespace

int main() {
    for (const char* id : {"xor", "softmax", "activations", "regularization", "hinge", "backprop", "digits"}) {
        lab::LabConfig config = lab::find_lesson(id)->config;
        if (std::strcmp(id, "regularization") == 0) config.train.dropout.rate = 0.2;  // masks must match too
        if (std::strcmp(id, "softmax") == 0) config.train.optimizer.kind = core::OptimizerKind::Adam;
        if (std::strcmp(id, "hinge") == 0) config.train.optimizer.kind = core::OptimizerKind::Momentum;
        lab::Session session(config);
        session.train_steps(100);
        std::printf("hash %s %016" PRIx64 " loss %.17g\n", id, core::weights_hash(session.network()),
                    session.current().train_loss);
    }
    for (core::Activation g : {core::Activation::GELU, core::Activation::Swish}) {  // det::erf and det::sigmoid
        lab::LabConfig config = lab::find_lesson("xor")->config;
        config.hidden_activation = g;
        lab::Session session(config);
        session.train_steps(100);
        std::printf("hash xor/%s %016" PRIx64 " loss %.17g\n", core::activation_name(g),
                    core::weights_hash(session.network()), session.current().train_loss);
    }
    {
        // the input features: x₁², x₁x₂, sin x₁ … computed before the network, sin through det::sin
        lab::LabConfig features = lab::find_lesson("backprop")->config;
        features.dataset = core::DatasetKind::Spiral;
        features.features = core::kAllFeatures;
        lab::Session session(features);
        session.train_steps(100);
        std::printf("hash features %016" PRIx64 " loss %.17g\n", core::weights_hash(session.network()),
                    session.current().train_loss);
    }
    {
        lab::LabConfig rmsprop = lab::find_lesson("backprop")->config;  // RMSProp's sqrt and division, on both targets
        rmsprop.train.optimizer.kind = core::OptimizerKind::RMSProp;
        lab::Session session(rmsprop);
        session.train_steps(100);
        std::printf("hash rmsprop %016" PRIx64 "\n", core::weights_hash(session.network()));
    }
    core::Rng rng(2024);
    uint64_t hash = 14695981039346656037ULL;
    for (int k = 0; k < 100000; ++k) {
        const double x = rng.uniform(-30.0, 30.0);
        hash = mix(hash, core::det::exp(x));
        hash = mix(hash, core::det::tanh(x));
        hash = mix(hash, core::det::log(x * x + 1e-9));
        hash = mix(hash, core::det::sin(x));
        hash = mix(hash, core::det::cos(x));
        hash = mix(hash, rng.normal());
    }
    std::printf("hash detmath %016" PRIx64 "\n", hash);
    uint64_t erf_hash = 14695981039346656037ULL;
    for (int k = 0; k < 100000; ++k) erf_hash = mix(erf_hash, core::det::erf(rng.uniform(-7.0, 7.0)));
    std::printf("hash erf %016" PRIx64 "\n", erf_hash);
    // the array functions (four lanes at a time natively with AVX2 or SSE2, f64x2 in WASM), over and past their
    // main paths' ranges
    std::vector<double> x(100003), y(x.size());
    for (double& value : x) value = rng.uniform(-800.0, 800.0);
    uint64_t array_hash = 14695981039346656037ULL;
    for (auto array : {core::det::exp_array, core::det::log_array, core::det::tanh_array, core::det::sigmoid_array}) {
        array(x.data(), y.data(), static_cast<int>(x.size()));
        for (double value : y) array_hash = mix(array_hash, value != value ? 0.0 : value);  // a NaN's bits are open
    }
    std::printf("hash detmath arrays %016" PRIx64 "\n", array_hash);
    // the graph tab's functions, values and gradients (det::sin/cos/pow, std::sqrt, division)
    uint64_t graph_hash = 14695981039346656037ULL;
    for (int k = 0; k < 2000; ++k) {
        core::ParsedExpression e;
        core::ExpressionError error;
        const std::vector<core::Assignment> at = {{"x", rng.uniform(-10.0, 10.0)}, {"y", rng.uniform(-10.0, 10.0)}};
        if (!core::parse_expression("sin(x) * cos(y) + sqrt(abs(x * y)) / (1 + x^2) + pow(abs(y), 0.3)", at, e, error))
            continue;
        for (const core::GraphNode& n : e.graph.nodes()) graph_hash = mix(mix(graph_hash, n.value), n.grad);
    }
    std::printf("hash graph %016" PRIx64 "\n", graph_hash);
    {  // the digits lesson's loss surface, sampled on the CPU (core::PlaneLoss): every cell's bits
        lab::Session session(lab::find_lesson("digits")->config);
        session.train_steps(100);
        lab::SurfaceSampler sampler;
        lab::SurfaceSpec spec;
        spec.resolution = 33;
        sampler.start(spec, session.network(), session.train_set(), session.trainer().config);
        sampler.advance(33 * 33);
        uint64_t surface_hash = 14695981039346656037ULL;
        for (double J : sampler.grid().values) surface_hash = mix(surface_hash, J);
        std::printf("hash surface digits %016" PRIx64 "\n", surface_hash);
    }
    return 0;
}

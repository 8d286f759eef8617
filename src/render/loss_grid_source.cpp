#include "render/loss_grid_source.h"

#include <string>

#include "render/activation_source.h"
#include "render/forward_source.h"

namespace render {
namespace {

std::string th(int k) { return "th" + std::to_string(k); }
std::string component(int k) { return std::string(1, "xyzw"[k % 4]); }

// Θ(u, v) as globals θ₀ … θ_{W−1}, filled 4 at a time from the three vectors in u_params.
std::string load_theta(int weights, int segment_texels) {
    std::string decl = "float", body = "void load_theta(float u, float v) {\n    vec4 t;\n";
    for (int k = 0; k < weights; ++k) decl += (k ? ", " : " ") + th(k);
    for (int t = 0; t < segment_texels; ++t) {
        body += "    t = param_texel(" + std::to_string(t) + ") + u * param_texel(" + std::to_string(segment_texels + t) +
                ") + v * param_texel(" + std::to_string(2 * segment_texels + t) + ");\n";
        for (int c = 0; c < 4 && 4 * t + c < weights; ++c) body += "    " + th(4 * t + c) + " = t." + component(c) + ";\n";
    }
    return decl + ";\n" + body + "}\n";
}

// x⁽ⁱ⁾ then y⁽ⁱ⁾ packed into texels e0, e1, …: the value at position k.
std::string example_value(int k) { return "e" + std::to_string(k / 4) + "." + component(k); }

std::string loss_code(const core::Network& net, const core::Dataset& data, const core::TrainConfig& config) {
    const int L = net.layer_count(), outputs = net.sizes.back();
    std::string code;
    auto z = [&](int i) { return unit_variable("z", L - 1, i); };
    auto a = [&](int i) { return unit_variable("a", L - 1, i); };
    auto y = [&](int i) { return example_value(data.n_in + i); };
    switch (config.loss) {
        case core::Loss::MSE:  // ½ Σ (a − y)²
            for (int i = 0; i < outputs; ++i)
                code += "    J += 0.5 * (" + a(i) + " - " + y(i) + ") * (" + a(i) + " - " + y(i) + ");\n";
            break;
        case core::Loss::BinaryCrossEntropy:
            for (int i = 0; i < outputs; ++i) code += "    J += binary_cross_entropy(" + z(i) + ", " + a(i) + ", " + y(i) + ");\n";
            break;
        case core::Loss::SoftmaxCrossEntropy:
            // −Σ y log a; with a softmax output log aᵢ = zᵢ − log Σ e^z (the shift by max z is inside log_sum_exp)
            for (int i = 0; i < outputs; ++i) {
                const std::string log_a = net.output == core::Activation::Softmax ? "max(" + z(i) + " - lse, -kMaxLogLoss)"
                                                                                  : "log(max(" + a(i) + ", 1e-15))";
                code += "    if (" + y(i) + " != 0.0) J -= " + y(i) + " * " + log_a + ";\n";
            }
            break;
        case core::Loss::MulticlassHinge: {
            // Σ_{j≠c} max(0, s_j − s_c + 1), c = the true class (the first largest y)
            code += "    int c = 0; float yc = " + y(0) + "; float sc = " + a(0) + ";\n";
            for (int i = 1; i < outputs; ++i)
                code += "    if (" + y(i) + " > yc) { c = " + std::to_string(i) + "; yc = " + y(i) + "; sc = " + a(i) + "; }\n";
            for (int i = 0; i < outputs; ++i)
                code += "    if (c != " + std::to_string(i) + ") J += max(0.0, " + a(i) + " - sc + 1.0);\n";
            break;
        }
    }
    return code;
}

std::string example_loss(const core::Network& net, const core::Dataset& data, const core::TrainConfig& config,
                         int example_texels) {
    std::string code = "float example_loss(int i) {\n";
    for (int t = 0; t < example_texels; ++t)
        code += "    vec4 e" + std::to_string(t) + " = example_texel(i * " + std::to_string(example_texels) + " + " +
                std::to_string(t) + ");\n";
    for (int j = 0; j < net.sizes[0]; ++j) code += "    float " + unit_variable("a", 0, j) + " = " + example_value(j) + ";\n";
    code += forward_source(net, th);
    return code + "    float J = 0.0;\n" + loss_code(net, data, config) + "    return J;\n}\n";
}

std::string penalty(const core::Network& net, const core::TrainConfig& config) {
    std::string code = "float penalty() {\n    float R = 0.0;\n";
    const bool on = config.lambda != 0.0 && config.regularization != core::Regularization::None;
    int k = 0;
    for (int l = 0; l + 1 < net.layer_count(); ++l)
        for (int i = 0; i < net.sizes[l + 1]; ++i) {
            ++k;  // the bias column is not penalized
            for (int j = 0; j < net.sizes[l]; ++j, ++k) {
                if (!on) continue;
                code += config.regularization == core::Regularization::L1 ? "    R += abs(" + th(k) + ");\n"
                                                                          : "    R += " + th(k) + " * " + th(k) + ";\n";
            }
        }
    return code + "    return R;\n}\n";
}

}  // namespace

std::string loss_grid_source(const core::Network& net, const core::Dataset& data, const core::TrainConfig& config,
                             int segment_texels, int example_texels) {
    // defined in shaders/loss_grid.frag, after this text
    const std::string prototypes =
        "vec4 param_texel(int t);\nvec4 example_texel(int t);\n"
        "float binary_cross_entropy(float z, float a, float y);\nconst float kMaxLogLoss = 34.538776;\n";
    return prototypes + layer_activations(net.hidden, net.output) + load_theta(net.weight_count(), segment_texels) + example_loss(net, data, config, example_texels) +
           penalty(net, config);
}

}  // namespace render

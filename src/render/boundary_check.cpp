#include "render/boundary_check.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <vector>

#include "core/init.h"
#include "core/train.h"
#include "render/boundary_renderer.h"

namespace render {
namespace {

struct Probe {
    const char* name;
    std::vector<int> sizes;
    core::Activation hidden, output;
    double epsilon;  // Θ ~ U[−ε, ε] from this seed: picked so that the boundary crosses the plot
    int seed;
    core::FeatureSet features = 0;  // the input layer: x, or these features of it (sizes[0] = their count)
};

constexpr core::FeatureSet kSquares = core::feature_bit(core::Feature::X1Squared) |
                                      core::feature_bit(core::Feature::X2Squared) |
                                      core::feature_bit(core::Feature::X1X2);

// Outputs: one sigmoid, one tanh (drawn from [−1, 1]), softmax and linear scores (arg-max class); hidden: all
// smooth and piecewise kinds, GELU and swish; 2-32-32-1 has 1,185 weights, more than
// BoundaryRenderer::kMaxUniformTexels · 4.
const Probe kProbes[] = {
    {"2-4-2-1 tanh/sigmoid", {2, 4, 2, 1}, core::Activation::Tanh, core::Activation::Sigmoid, 1.5, 1},
    {"2-5-5-1 sigmoid/tanh", {2, 5, 5, 1}, core::Activation::Sigmoid, core::Activation::Tanh, 3.0, 12},
    {"2-8-3 tanh/softmax", {2, 8, 3}, core::Activation::Tanh, core::Activation::Softmax, 1.5, 11},
    {"2-6-4-3 relu/linear", {2, 6, 4, 3}, core::Activation::ReLU, core::Activation::Linear, 1.5, 11},
    {"2-3-3-3-1 leaky-relu/sigmoid", {2, 3, 3, 3, 1}, core::Activation::LeakyReLU, core::Activation::Sigmoid, 1.5, 11},
    {"2-5-4-1 gelu/sigmoid", {2, 5, 4, 1}, core::Activation::GELU, core::Activation::Sigmoid, 3.0, 12},
    {"2-5-4-3 swish/softmax", {2, 5, 4, 3}, core::Activation::Swish, core::Activation::Softmax, 1.5, 11},
    {"2-32-32-1 tanh/sigmoid (texture)", {2, 32, 32, 1}, core::Activation::Tanh, core::Activation::Sigmoid, 1.5, 11},
    // the features computed in the shader: every one of them, and the quadratic ones alone
    {"7 features-6-1 tanh/sigmoid", {7, 6, 1}, core::Activation::Tanh, core::Activation::Sigmoid, 0.3, 9,
     core::kAllFeatures},
    {"x1sq,x2sq,x1x2-1 sigmoid", {3, 1}, core::Activation::Tanh, core::Activation::Sigmoid, 0.5, 5, kSquares},
};

// The class h_Θ(x) shows, or −1 where it is too close to call: one output is P(class 1) (tanh outputs mapped
// from [−1, 1]); several are scores whose arg-max wins, shown only if it leads clearly.
int expected_class(const core::Network& net, const std::vector<double>& a) {
    if (a.size() == 1) {
        const bool symmetric = core::activation_info(net.output).range == core::ValueRange::Symmetric;
        const double p = symmetric ? 0.5 * (a[0] + 1.0) : a[0];
        return p < 0.45 ? 0 : (p > 0.55 ? 1 : -1);
    }
    std::vector<double> sorted = a;
    std::sort(sorted.begin(), sorted.end(), std::greater<double>());
    const double chance = 1.0 / static_cast<double>(a.size());
    const double confidence = (sorted[0] - chance) / (1.0 - chance);  // the shader's colour strength
    if (confidence < 0.2 || sorted[0] - sorted[1] < 0.02) return -1;
    return static_cast<int>(std::max_element(a.begin(), a.end()) - a.begin());
}

}  // namespace

int colour_class(int red, int green, int blue) {
    if (red >= green && red >= blue) return 0;  // orange
    return blue >= green ? 1 : 2;               // blue, green
}

BoundaryCheck check_boundary(int size) {
    BoundaryCheck result;
    BoundaryRenderer renderer;
    if (!renderer.init(result.problem)) return result;
    PlotArea area;
    area.width = area.height = size;
    area.x_min = area.y_min = -6.0f;
    area.x_max = area.y_max = 6.0f;
    std::vector<unsigned char> pixels(static_cast<size_t>(size) * static_cast<size_t>(size) * 4);
    core::Cache cache;
    for (const Probe& probe : kProbes) {
        core::Network net = core::make_network(probe.sizes, probe.hidden, probe.output);
        core::Rng rng(static_cast<std::uint64_t>(probe.seed));
        core::initialize(net, core::Init::Uniform, rng, probe.epsilon);
        glDisable(GL_SCISSOR_TEST);
        glClearColor(0, 0, 0, 1);
        glClear(GL_COLOR_BUFFER_BIT);
        std::string error;
        if (!renderer.draw(net, area, error, {}, probe.features)) {
            result.problem = std::string(probe.name) + ": " + error;
            return result;
        }
        glPixelStorei(GL_PACK_ALIGNMENT, 1);
        glReadPixels(0, 0, size, size, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
        ++result.networks;
        int shown_per_class[3] = {0, 0, 0};  // of the clear-cut pixels, by the CPU's class
        for (int row = 0; row < size; ++row) {
            for (int col = 0; col < size; ++col) {
                // the pixel's centre, as the shader's v_unit sees it
                const double x[2] = {area.x_min + (area.x_max - area.x_min) * (col + 0.5) / size,
                                     area.y_min + (area.y_max - area.y_min) * (row + 0.5) / size};
                double phi[core::kFeatureCount];
                if (probe.features) core::feature_vector(probe.features, x[0], x[1], phi);
                core::forward(net, probe.features ? phi : x, cache);
                const int expected = expected_class(net, cache.a.back());
                if (expected < 0) continue;
                const unsigned char* p = &pixels[(static_cast<size_t>(row) * size + col) * 4];
                ++result.checked;
                ++shown_per_class[expected];
                const int shown = colour_class(p[0], p[1], p[2]);
                if (shown == expected) continue;
                if (++result.disagreeing == 1) {
                    char text[200];
                    std::snprintf(text, sizeof text, "%s: at x = (%.3f, %.3f) the CPU says class %d, the pixel "
                                  "(%d, %d, %d) shows class %d", probe.name, x[0], x[1], expected, p[0], p[1], p[2], shown);
                    result.problem = text;
                }
            }
        }
        // A probe that paints one class everywhere would not notice a shader reading Θ or x in the wrong order.
        const int total = shown_per_class[0] + shown_per_class[1] + shown_per_class[2];
        int classes_seen = 0;
        for (int count : shown_per_class) classes_seen += count * 20 >= total ? 1 : 0;  // at least 5% of the pixels
        if (classes_seen < 2 && result.problem.empty())
            result.problem = std::string(probe.name) + ": the boundary does not cross the plot (one class only)";
    }
    return result;
}

}  // namespace render

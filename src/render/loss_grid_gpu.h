// The loss surface evaluated on the GPU (shaders/loss_grid.*): one fragment per grid cell runs the network's forward
// pass over all m examples and writes J(Θ_c + u·d₁ + v·d₂) into a float render target, which is read back. The CPU
// sampler (lab::SurfaceSampler) stays the reference; this is ~100× faster, fast enough to follow training live.
//
// Needs float render targets: always there in GL 3.3; in WebGL2 only with EXT_color_buffer_float. Without them
// available() is false and notice() says why — the App then samples on the CPU.
#pragma once
#include <string>
#include <vector>

#include "core/dataset.h"
#include "core/network.h"
#include "core/train.h"
#include "lab/surface/surface_directions.h"
#include "render/shader_program.h"

namespace render {

class LossGridGpu {
public:
    static constexpr int kMaxLayers = 8;
    static constexpr int kMaxUnits = 32;
    static constexpr int kMaxWeights = 512;   // Θ(u, v) lives in registers
    static constexpr int kParamsWidth = 64;   // texels per row of u_params
    static constexpr int kExamplesWidth = 256;

    LossGridGpu() = default;
    LossGridGpu(const LossGridGpu&) = delete;
    LossGridGpu& operator=(const LossGridGpu&) = delete;
    ~LossGridGpu();

    // Creates the textures and checks that an RGBA32F target can be rendered to. Never fails hard: see available().
    void init();
    // After a lost GL context came back (app_gl_context.cpp): the old objects died with it; make new ones.
    void restore();
    bool available() const { return available_; }
    const std::string& notice() const { return notice_; }

    // Whether this network and data fit the shader; if not, `why` says what does not.
    static bool can_evaluate(const core::Network& net, const core::Dataset& data, std::string& why);

    // J over the n × n grid of offsets u, v ∈ [−span, span] (n odd), into `values` in the grid's layout
    // (values[r·n + k], row r along v). False with `error` when the program does not build or the inputs do not fit.
    // Leaves framebuffer 0 bound; the caller sets its viewport again.
    bool evaluate(const core::Network& centre, const lab::Direction& d1, const lab::Direction& d2, double span, int n,
                  const core::Dataset& data, const core::TrainConfig& config, std::vector<float>& values,
                  std::string& error);

private:
    static std::string shape_constants(const core::Network& net, const core::Dataset& data,
                                       const core::TrainConfig& config);
    void upload_params(const core::Network& centre, const lab::Direction& d1, const lab::Direction& d2);
    void upload_examples(const core::Dataset& data);
    bool resize_target(int n);

    ShaderProgram program_;
    std::string program_shape_;
    GLuint vertex_array_ = 0;
    GLuint params_texture_ = 0, examples_texture_ = 0, target_texture_ = 0, framebuffer_ = 0;
    int target_size_ = 0;
    bool available_ = false;
    std::string notice_;
    std::vector<float> staging_;
    std::vector<float> readback_;
};

}  // namespace render

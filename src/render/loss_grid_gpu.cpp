#include "render/loss_grid_gpu.h"

#include <algorithm>

#include "embedded_shaders.h"
#include "render/texture.h"
#include "render/loss_grid_source.h"

namespace render {
namespace {

// shaders/loss_grid.frag compares loss and penalty ids with core's declaration orders.
static_assert(static_cast<int>(core::Loss::MSE) == 0 && static_cast<int>(core::Loss::MulticlassHinge) == 3,
              "shaders/loss_grid.frag hard-codes core::Loss's order");
static_assert(static_cast<int>(core::Regularization::L1) == 1 && static_cast<int>(core::Regularization::L2) == 2,
              "shaders/loss_grid.frag hard-codes core::Regularization's order");

int segment_texels(const core::Network& net) { return (net.weight_count() + 3) / 4; }
int example_texels(const core::Dataset& data) { return (data.n_in + data.n_out + 3) / 4; }

}  // namespace

LossGridGpu::~LossGridGpu() {
    for (GLuint texture : {params_texture_, examples_texture_, target_texture_})
        if (texture) glDeleteTextures(1, &texture);
    if (framebuffer_) glDeleteFramebuffers(1, &framebuffer_);
    if (vertex_array_) glDeleteVertexArrays(1, &vertex_array_);
}

void LossGridGpu::restore() {
    program_.forget();
    program_shape_.clear();
    vertex_array_ = params_texture_ = examples_texture_ = target_texture_ = framebuffer_ = 0;
    target_size_ = 0;
    available_ = false;
    init();
}

void LossGridGpu::init() {
    glGenVertexArrays(1, &vertex_array_);
    params_texture_ = make_float_texture();
    examples_texture_ = make_float_texture();
    target_texture_ = make_float_texture();
    glGenFramebuffers(1, &framebuffer_);
    available_ = resize_target(33);
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    if (!available_)
        notice_ = "this browser/GPU cannot render into float textures (WebGL2's EXT_color_buffer_float is missing): "
                  "the surface is sampled on the CPU, a few rows per frame";
}

bool LossGridGpu::resize_target(int n) {
    glBindFramebuffer(GL_FRAMEBUFFER, framebuffer_);
    if (n == target_size_) return true;
    glBindTexture(GL_TEXTURE_2D, target_texture_);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA32F, n, n, 0, GL_RGBA, GL_FLOAT, nullptr);
    glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, target_texture_, 0);
    const bool complete = glCheckFramebufferStatus(GL_FRAMEBUFFER) == GL_FRAMEBUFFER_COMPLETE;
    target_size_ = complete ? n : 0;
    return complete;
}

bool LossGridGpu::can_evaluate(const core::Network& net, const core::Dataset& data, std::string& why) {
    if (net.layer_count() < 2 || net.layer_count() > kMaxLayers) {
        why = "the GPU surface handles 2 to " + std::to_string(kMaxLayers) + " layers";
        return false;
    }
    if (*std::max_element(net.sizes.begin(), net.sizes.end()) > kMaxUnits) {
        why = "the GPU surface handles layers of up to " + std::to_string(kMaxUnits) + " units";
        return false;
    }
    if (net.weight_count() > kMaxWeights) {
        why = "the GPU surface handles up to " + std::to_string(kMaxWeights) + " weights";
        return false;
    }
    if (data.count() == 0 || data.n_in != net.sizes.front() || data.n_out != net.sizes.back()) {
        why = "the data does not fit the network";
        return false;
    }
    return true;
}

std::string LossGridGpu::shape_constants(const core::Network& net, const core::Dataset& data,
                                         const core::TrainConfig& config) {
    auto constant = [](const char* name, int value) {
        return "const int " + std::string(name) + " = " + std::to_string(value) + ";\n";
    };
    const bool sigmoid = net.output == core::Activation::Sigmoid;
    return std::string("const bool kSigmoidOutput = ") + (sigmoid ? "true" : "false") + ";\n" +
           constant("kParamsWidth", kParamsWidth) + constant("kExamplesWidth", kExamplesWidth) +
           loss_grid_source(net, data, config, segment_texels(net), example_texels(data));
}

void LossGridGpu::upload_params(const core::Network& centre, const lab::Direction& d1, const lab::Direction& d2) {
    const size_t segment = static_cast<size_t>(segment_texels(centre)) * 4;
    staging_.assign(3 * segment, 0.0f);
    const std::vector<core::Matrix>* vectors[3] = {&centre.theta, &d1, &d2};
    for (size_t s = 0; s < 3; ++s) {
        size_t at = s * segment;
        for (const core::Matrix& m : *vectors[s])  // row-major, column 0 = bias: the order the shader reads
            for (double value : m.v) staging_[at++] = static_cast<float>(value);
    }
    const int texels = static_cast<int>(staging_.size() / 4);
    const int height = (texels + kParamsWidth - 1) / kParamsWidth;
    staging_.resize(static_cast<size_t>(kParamsWidth) * height * 4, 0.0f);
    upload_float_texture(params_texture_, kParamsWidth, height, staging_);
}

void LossGridGpu::upload_examples(const core::Dataset& data) {
    const int per_example = example_texels(data) * 4;
    const int texels = data.count() * per_example / 4;
    const int height = (texels + kExamplesWidth - 1) / kExamplesWidth;
    staging_.assign(static_cast<size_t>(kExamplesWidth) * height * 4, 0.0f);
    for (int i = 0; i < data.count(); ++i) {
        float* out = staging_.data() + static_cast<size_t>(i) * per_example;
        for (int k = 0; k < data.n_in; ++k) out[k] = static_cast<float>(data.x_row(i)[k]);
        for (int k = 0; k < data.n_out; ++k) out[data.n_in + k] = static_cast<float>(data.y_row(i)[k]);
    }
    upload_float_texture(examples_texture_, kExamplesWidth, height, staging_);
}

bool LossGridGpu::evaluate(const core::Network& centre, const lab::Direction& d1, const lab::Direction& d2,
                           double span, int n, const core::Dataset& data, const core::TrainConfig& config,
                           std::vector<float>& values, std::string& error) {
    if (!available_) {
        error = notice_;
        return false;
    }
    if (!can_evaluate(centre, data, error)) return false;
    if (d1.size() != centre.theta.size() || d2.size() != centre.theta.size() || n < 3) {
        error = "the plane does not fit the network";
        return false;
    }
    const std::string shape = shape_constants(centre, data, config);
    if (shape != program_shape_) {
        program_shape_ = shape;
        // The generated code goes in front of the fragment body only (the vertex stage has no definitions for its
        // prototypes).
        const std::string fragment = shape + "#line 1\n" + std::string(shaders::loss_grid_frag);
        if (!program_.build("loss_grid", shaders::loss_grid_vert, fragment, error)) return false;
    }
    if (!program_.valid()) {
        error = "the loss-grid shader did not build";
        return false;
    }
    upload_params(centre, d1, d2);
    upload_examples(data);
    if (!resize_target(n)) {
        glBindFramebuffer(GL_FRAMEBUFFER, 0);
        error = "could not make a " + std::to_string(n) + "² float render target";
        return false;
    }

    glViewport(0, 0, n, n);
    glDisable(GL_BLEND);
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_SCISSOR_TEST);
    glUseProgram(program_.id());
    glActiveTexture(GL_TEXTURE0);
    glBindTexture(GL_TEXTURE_2D, params_texture_);
    glActiveTexture(GL_TEXTURE1);
    glBindTexture(GL_TEXTURE_2D, examples_texture_);
    glUniform1i(program_.uniform("u_params"), 0);
    glUniform1i(program_.uniform("u_examples"), 1);
    glUniform1i(program_.uniform("u_count"), data.count());
    glUniform1i(program_.uniform("u_resolution"), n);
    glUniform1f(program_.uniform("u_span"), static_cast<float>(span));
    glUniform1f(program_.uniform("u_lambda"), static_cast<float>(config.lambda));
    glBindVertexArray(vertex_array_);
    glDrawArrays(GL_TRIANGLES, 0, 3);
    glBindVertexArray(0);
    glActiveTexture(GL_TEXTURE0);

    // RGBA/FLOAT is the read format every float colour buffer supports (WebGL2 included).
    readback_.resize(static_cast<size_t>(n) * n * 4);
    glPixelStorei(GL_PACK_ALIGNMENT, 4);
    glReadPixels(0, 0, n, n, GL_RGBA, GL_FLOAT, readback_.data());
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    values.resize(static_cast<size_t>(n) * n);
    for (size_t k = 0; k < values.size(); ++k) values[k] = readback_[4 * k];  // row 0 = bottom = v's first row
    return true;
}

}  // namespace render

#include "render/boundary_renderer.h"

#include <algorithm>

#include "embedded_shaders.h"
#include "lab/teach/divergence.h"
#include "render/texture.h"
#include "render/activation_source.h"
#include "render/forward_source.h"

namespace render {

BoundaryRenderer::~BoundaryRenderer() {
    if (image_framebuffer_) glDeleteFramebuffers(1, &image_framebuffer_);
    if (image_texture_) glDeleteTextures(1, &image_texture_);
    if (theta_texture_) glDeleteTextures(1, &theta_texture_);
    if (vertex_array_) glDeleteVertexArrays(1, &vertex_array_);
}

bool BoundaryRenderer::init(std::string& error) {
    if (!upscale_program_.build("boundary_upscale", shaders::boundary_vert, shaders::boundary_upscale_frag, error))
        return false;
    glGenVertexArrays(1, &vertex_array_);
    theta_texture_ = make_float_texture();  // for networks too large for the uniform array
    return true;
}

bool BoundaryRenderer::restore(std::string& error) {
    vertex_array_ = theta_texture_ = 0;
    texture_height_ = 0;
    image_texture_ = image_framebuffer_ = 0;  // died with the context: prepare_image makes new ones
    image_size_ = 0;
    upscale_program_.forget();
    program_.forget();
    program_shape_.clear();
    return init(error);
}

bool BoundaryRenderer::can_draw(const core::Network& net, core::FeatureSet features) {
    const int inputs = features ? core::feature_count(features) : 2;
    if (net.layer_count() < 2 || net.sizes.front() != inputs || net.layer_count() > kMaxLayers) return false;
    return std::all_of(net.sizes.begin(), net.sizes.end(), [](int s) { return s >= 1 && s <= kMaxUnits; });
}

int BoundaryRenderer::theta_texels(const core::Network& net) {
    size_t weights = 0;
    for (const core::Matrix& theta : net.theta) weights += theta.v.size();
    return static_cast<int>((weights + 3) / 4);
}

std::string BoundaryRenderer::shape_key(const core::Network& net, core::FeatureSet features) {
    std::string key = "features " + std::to_string(features) + ": ";
    for (int size : net.sizes) key += std::to_string(size) + ",";
    return key + " " + std::to_string(static_cast<int>(net.hidden)) + " " + std::to_string(static_cast<int>(net.output));
}

std::string BoundaryRenderer::generated_source(const core::Network& net, core::FeatureSet features) {
    const int texels = theta_texels(net), outputs = net.sizes.back();
    const bool symmetric = core::activation_info(net.output).range == core::ValueRange::Symmetric;
    std::string code = std::string("const bool kSymmetricOutput = ") + (symmetric ? "true" : "false") + ";\n" +
                       "const int kOutputs = " + std::to_string(outputs) + ";\n" +
                       "const int kTextureWidth = " + std::to_string(kTextureWidth) + ";\n";
    if (texels <= kMaxUniformTexels)
        code += "#define THETA_IN_UNIFORMS\nconst int kThetaTexels = " + std::to_string(texels) + ";\n";
    code += "vec4 theta_texel(int t);\n";  // defined in shaders/boundary.frag, after this text
    code += layer_activations(net.hidden, net.output);

    // h_Θ(x) for x = (x1, x2): each texel of Θ read once into w<t>, then the forward pass on scalars
    code += "void network_output(float x1, float x2, out float h[kOutputs]) {\n";
    for (int t = 0; t < texels; ++t)
        code += "    vec4 w" + std::to_string(t) + " = theta_texel(" + std::to_string(t) + ");\n";
    // a⁽¹⁾: the point, or φ(x₁, x₂) for each feature in table order (core/features.h)
    if (!features) code += "    float a0_0 = x1;\n    float a0_1 = x2;\n";
    int unit = 0;
    for (core::Feature f : core::feature_list(features))
        code += "    float " + unit_variable("a", 0, unit++) + " = " + core::feature_info(f).glsl + ";\n";
    code += forward_source(net, [](int k) { return "w" + std::to_string(k / 4) + "." + "xyzw"[k % 4]; });
    for (int i = 0; i < outputs; ++i)
        code += "    h[" + std::to_string(i) + "] = " + unit_variable("a", net.layer_count() - 1, i) + ";\n";
    return code + "}\n";
}

void BoundaryRenderer::upload_theta(const core::Network& net) {
    staging_.clear();
    for (const core::Matrix& theta : net.theta)  // row-major, column 0 = bias: the order the shader reads
        for (double w : theta.v) staging_.push_back(static_cast<float>(w));
    const int texels = static_cast<int>((staging_.size() + 3) / 4);
    const int height = std::max(1, (texels + kTextureWidth - 1) / kTextureWidth);
    staging_.resize(static_cast<size_t>(kTextureWidth) * height * 4, 0.0f);
    if (texels <= kMaxUniformTexels) {  // the program was built with THETA_IN_UNIFORMS (generated_source)
        glUniform4fv(program_.uniform("u_theta_vectors"), texels, staging_.data());
        return;
    }

    glBindTexture(GL_TEXTURE_2D, theta_texture_);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 4);
    if (height != texture_height_) {
        glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA32F, kTextureWidth, height, 0, GL_RGBA, GL_FLOAT, staging_.data());
        texture_height_ = height;
    } else {
        glTexSubImage2D(GL_TEXTURE_2D, 0, 0, 0, kTextureWidth, height, GL_RGBA, GL_FLOAT, staging_.data());
    }
}

int BoundaryRenderer::image_size(const PlotArea& area) {
    return std::max(1, std::min(kImageSize, std::max(area.width, area.height)));
}

bool BoundaryRenderer::prepare_image(int size) {
    if (size == image_size_) return true;
    if (!image_texture_) image_texture_ = make_clamped_texture(GL_LINEAR);  // bilinear: the upscale pass
    if (!image_framebuffer_) glGenFramebuffers(1, &image_framebuffer_);
    glBindTexture(GL_TEXTURE_2D, image_texture_);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, size, size, 0, GL_RGBA, GL_UNSIGNED_BYTE, nullptr);
    glBindFramebuffer(GL_FRAMEBUFFER, image_framebuffer_);
    glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, image_texture_, 0);
    const bool complete = glCheckFramebufferStatus(GL_FRAMEBUFFER) == GL_FRAMEBUFFER_COMPLETE;
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    image_size_ = complete ? size : 0;
    return complete;
}

bool BoundaryRenderer::draw(const core::Network& net, const PlotArea& area, std::string& error,
                             const PointStyle& classes, core::FeatureSet features) {
    if (!can_draw(net, features)) return true;
    const std::string shape = shape_key(net, features);
    if (shape != program_shape_) {
        program_shape_ = shape;
        // The generated code goes in front of the fragment body only (the vertex stage has no definitions for its
        // prototypes).
        const std::string fragment = generated_source(net, features) + "#line 1\n" + std::string(shaders::boundary_frag);
        if (!program_.build("boundary", shaders::boundary_vert, fragment, error)) return false;
    }
    if (!program_.valid() || !upscale_program_.valid() || area.width <= 0 || area.height <= 0) return true;
    int layer = 0, row = 0, column = 0;
    if (lab::find_non_finite_weight(net, layer, row, column)) return true;  // NaN would paint noise: leave it empty
    const int size = image_size(area);
    if (!prepare_image(size)) {
        error = "boundary: the framebuffer for the boundary image is incomplete";
        return false;
    }
    glDisable(GL_BLEND);
    glBindVertexArray(vertex_array_);
    glActiveTexture(GL_TEXTURE0);

    // 1. h_Θ(x) at size × size grid points, into the image
    glBindFramebuffer(GL_FRAMEBUFFER, image_framebuffer_);
    glViewport(0, 0, size, size);
    glUseProgram(program_.id());
    upload_theta(net);  // a uniform of program_, or the texture
    glBindTexture(GL_TEXTURE_2D, theta_texture_);
    glUniform1i(program_.uniform("u_theta"), 0);
    glUniform4f(program_.uniform("u_domain"), area.x_min, area.x_max, area.y_min, area.y_max);
    glUniform3fv(program_.uniform("u_class_colours"), 3, &classes.colours[0][0]);
    glDrawArrays(GL_TRIANGLES, 0, 3);
    glBindFramebuffer(GL_FRAMEBUFFER, 0);

    // 2. the image over the plot area, bilinear
    glViewport(area.x, area.y, area.width, area.height);
    glUseProgram(upscale_program_.id());
    glBindTexture(GL_TEXTURE_2D, image_texture_);
    glUniform1i(upscale_program_.uniform("u_image"), 0);
    glDrawArrays(GL_TRIANGLES, 0, 3);
    glBindVertexArray(0);
    return true;
}

}  // namespace render

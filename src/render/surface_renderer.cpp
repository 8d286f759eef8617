#include "render/surface_renderer.h"

#include <cmath>

#include "embedded_shaders.h"
#include "render/orbit_camera.h"
#include "render/texture.h"

namespace render {
namespace {

constexpr float kPendingMarker = -1e30f;  // shaders/surface_map.frag: "not computed yet" is anything below −1e29
const float kBackground[3] = {0.13f, 0.13f, 0.16f};

std::string joined(std::string_view a, std::string_view b, std::string_view c = {}) {
    return std::string(a) + "\n" + std::string(b) + "\n" + std::string(c);
}

}  // namespace

SurfaceRenderer::~SurfaceRenderer() {
    for (GLuint texture : {values_texture_, colour_texture_})
        if (texture) glDeleteTextures(1, &texture);
    if (depth_buffer_) glDeleteRenderbuffers(1, &depth_buffer_);
    if (framebuffer_) glDeleteFramebuffers(1, &framebuffer_);
    if (index_buffer_) glDeleteBuffers(1, &index_buffer_);
    if (vertex_array_) glDeleteVertexArrays(1, &vertex_array_);
}

bool SurfaceRenderer::restore(std::string& error) {
    map_program_.forget();
    mesh_program_.forget();
    vertex_array_ = index_buffer_ = values_texture_ = colour_texture_ = depth_buffer_ = framebuffer_ = 0;
    width_ = height_ = grid_n_ = mesh_n_ = index_count_ = 0;
    return init(error);
}

bool SurfaceRenderer::init(std::string& error) {
    // The shared snippets go in front of the bodies (uniforms and functions; the vertex stage needs no fwidth()).
    const std::string map_frag = joined(shaders::surface_scale_glsl, shaders::surface_colour_glsl, shaders::surface_map_frag);
    const std::string mesh_vert = joined(shaders::surface_scale_glsl, shaders::surface_mesh_vert);
    const std::string mesh_frag = joined(shaders::surface_scale_glsl, shaders::surface_colour_glsl, shaders::surface_mesh_frag);
    if (!map_program_.build("surface_map", shaders::surface_map_vert, map_frag, error)) return false;
    if (!mesh_program_.build("surface_mesh", mesh_vert, mesh_frag, error)) return false;

    glGenVertexArrays(1, &vertex_array_);
    glGenBuffers(1, &index_buffer_);
    values_texture_ = make_clamped_texture(GL_NEAREST);
    colour_texture_ = make_clamped_texture(GL_LINEAR);
    glGenRenderbuffers(1, &depth_buffer_);
    glGenFramebuffers(1, &framebuffer_);
    return true;
}

void SurfaceRenderer::set_grid(const lab::SurfaceGrid& grid, const lab::SurfaceScale& scale) {
    scale_ = scale;
    const int n = grid.resolution;
    if (n < 2) return;
    staging_.resize(static_cast<size_t>(n) * n);
    for (size_t k = 0; k < staging_.size(); ++k) {
        const double J = grid.values[k];
        staging_[k] = std::isfinite(J) ? static_cast<float>(J) : kPendingMarker;
    }
    glBindTexture(GL_TEXTURE_2D, values_texture_);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 4);
    if (n != grid_n_) {
        glTexImage2D(GL_TEXTURE_2D, 0, GL_R32F, n, n, 0, GL_RED, GL_FLOAT, staging_.data());
        grid_n_ = n;
    } else {
        glTexSubImage2D(GL_TEXTURE_2D, 0, 0, 0, n, n, GL_RED, GL_FLOAT, staging_.data());
    }
}

void SurfaceRenderer::resize(int width, int height) {
    if (width == width_ && height == height_) return;
    width_ = width, height_ = height;
    glBindTexture(GL_TEXTURE_2D, colour_texture_);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, width, height, 0, GL_RGBA, GL_UNSIGNED_BYTE, nullptr);
    glBindRenderbuffer(GL_RENDERBUFFER, depth_buffer_);
    glRenderbufferStorage(GL_RENDERBUFFER, GL_DEPTH_COMPONENT24, width, height);
    glBindFramebuffer(GL_FRAMEBUFFER, framebuffer_);
    glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, colour_texture_, 0);
    glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_DEPTH_ATTACHMENT, GL_RENDERBUFFER, depth_buffer_);
}

void SurfaceRenderer::begin(int width, int height) {
    resize(width, height);
    glBindFramebuffer(GL_FRAMEBUFFER, framebuffer_);
    glViewport(0, 0, width, height);
    glDisable(GL_BLEND);
    glDisable(GL_SCISSOR_TEST);
    glClearColor(kBackground[0], kBackground[1], kBackground[2], 1.0f);
    glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT);
    glActiveTexture(GL_TEXTURE0);
    glBindTexture(GL_TEXTURE_2D, values_texture_);
}

void SurfaceRenderer::set_scale_uniform(const ShaderProgram& program) const {
    glUniform3f(program.uniform("u_scale"), static_cast<float>(scale_.lo), static_cast<float>(scale_.hi),
                static_cast<float>(lab::kSurfaceScaleSharpness));
    glUniform1i(program.uniform("u_values"), 0);
}

void SurfaceRenderer::draw_map(int width, int height) {
    if (width <= 0 || height <= 0 || grid_n_ < 2) return;
    begin(width, height);
    glUseProgram(map_program_.id());
    set_scale_uniform(map_program_);
    glBindVertexArray(vertex_array_);
    glDrawArrays(GL_TRIANGLES, 0, 3);
    glBindVertexArray(0);
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
}

void SurfaceRenderer::build_mesh_indices(int n) {
    std::vector<GLuint> indices;
    indices.reserve(static_cast<size_t>(n - 1) * (n - 1) * 6);
    for (int r = 0; r + 1 < n; ++r)
        for (int k = 0; k + 1 < n; ++k) {
            const GLuint a = r * n + k, b = a + 1, c = a + n, d = c + 1;  // vertex id = r·n + k
            for (GLuint index : {a, b, d, a, d, c}) indices.push_back(index);
        }
    glBindVertexArray(vertex_array_);
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, index_buffer_);
    glBufferData(GL_ELEMENT_ARRAY_BUFFER, static_cast<GLsizeiptr>(indices.size() * sizeof(GLuint)), indices.data(),
                 GL_STATIC_DRAW);
    glBindVertexArray(0);
    index_count_ = static_cast<int>(indices.size());
    mesh_n_ = n;
}

void SurfaceRenderer::draw_mesh(int width, int height, const glm::mat4& view_projection) {
    if (width <= 0 || height <= 0 || grid_n_ < 2) return;
    if (mesh_n_ != grid_n_) build_mesh_indices(grid_n_);
    begin(width, height);
    glEnable(GL_DEPTH_TEST);
    glDepthFunc(GL_LESS);
    glUseProgram(mesh_program_.id());
    set_scale_uniform(mesh_program_);
    glUniformMatrix4fv(mesh_program_.uniform("u_view_projection"), 1, GL_FALSE, &view_projection[0][0]);
    glUniform1f(mesh_program_.uniform("u_height"), kSurfaceHeight);
    glBindVertexArray(vertex_array_);
    glDrawElements(GL_TRIANGLES, index_count_, GL_UNSIGNED_INT, nullptr);
    glBindVertexArray(0);
    glDisable(GL_DEPTH_TEST);
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
}

}  // namespace render

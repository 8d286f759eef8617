#include "render/points_renderer.h"

#include <cstddef>

#include "embedded_shaders.h"

namespace render {

PointsRenderer::~PointsRenderer() {
    if (buffer_) glDeleteBuffers(1, &buffer_);
    if (vertex_array_) glDeleteVertexArrays(1, &vertex_array_);
}

bool PointsRenderer::init(std::string& error) {
    if (!program_.build("points", shaders::points_vert, shaders::points_frag, error)) return false;
    glGenVertexArrays(1, &vertex_array_);
    glGenBuffers(1, &buffer_);
    glBindVertexArray(vertex_array_);
    glBindBuffer(GL_ARRAY_BUFFER, buffer_);
    auto attribute = [&](const char* name, int components, size_t offset) {
        const GLint location = glGetAttribLocation(program_.id(), name);
        if (location < 0) return;  // optimized away
        glEnableVertexAttribArray(static_cast<GLuint>(location));
        glVertexAttribPointer(static_cast<GLuint>(location), components, GL_FLOAT, GL_FALSE, sizeof(Vertex),
                              reinterpret_cast<const void*>(offset));
    };
    attribute("a_position", 2, offsetof(Vertex, x1));
    attribute("a_label", 1, offsetof(Vertex, label));
    attribute("a_is_test", 1, offsetof(Vertex, is_test));
    glBindVertexArray(0);
    return true;
}

bool PointsRenderer::restore(std::string& error) {
    vertex_array_ = buffer_ = 0;
    program_.forget();
    if (!init(error)) return false;
    glBindBuffer(GL_ARRAY_BUFFER, buffer_);
    glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(vertices_.size() * sizeof(Vertex)), vertices_.data(),
                 GL_STATIC_DRAW);
    return true;
}

void PointsRenderer::append(const core::Dataset& data, bool is_test) {
    if (data.n_in != 2) return;
    for (int i = 0; i < data.count(); ++i) {
        const double* x = data.x_row(i);
        vertices_.push_back({static_cast<float>(x[0]), static_cast<float>(x[1]), static_cast<float>(data.label(i)),
                             is_test ? 1.0f : 0.0f});
    }
}

void PointsRenderer::set_points(const core::Dataset& train, const core::Dataset& test) {
    vertices_.clear();
    append(train, false);
    append(test, true);
    glBindBuffer(GL_ARRAY_BUFFER, buffer_);
    glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(vertices_.size() * sizeof(Vertex)), vertices_.data(),
                 GL_STATIC_DRAW);
}

void PointsRenderer::draw(const PlotArea& area, float point_size_pixels, const PointStyle& style) {
    if (vertices_.empty() || area.width <= 0 || area.height <= 0) return;
    glViewport(area.x, area.y, area.width, area.height);
#ifdef GL_PROGRAM_POINT_SIZE
    glEnable(GL_PROGRAM_POINT_SIZE);  // desktop GL: let the shader set gl_PointSize (always on in GLES)
#endif
    glEnable(GL_BLEND);
    glBlendFunc(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA);
    glUseProgram(program_.id());
    glUniform4f(program_.uniform("u_domain"), area.x_min, area.x_max, area.y_min, area.y_max);
    glUniform1f(program_.uniform("u_point_size"), point_size_pixels);
    glUniform3fv(program_.uniform("u_class_colours"), 3, &style.colours[0][0]);
    glUniform1i(program_.uniform("u_shapes"), style.shapes ? 1 : 0);
    glBindVertexArray(vertex_array_);
    glDrawArrays(GL_POINTS, 0, static_cast<GLsizei>(vertices_.size()));
    glBindVertexArray(0);
    glDisable(GL_BLEND);
}

}  // namespace render

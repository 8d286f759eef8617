// The loss surface as a picture (shaders/surface_*): the 2-D map (colour scale + iso-lines) or the 3-D height field
// (lit mesh seen by an OrbitCamera), drawn into an offscreen texture that the panel shows with ImGui::Image and
// draws the paths, axes and legend over. Works the same in WebGL2, GLES 3 and GL 3.3 core.
#pragma once
#include <string>
#include <vector>

#include <glm/glm.hpp>

#include "lab/surface/surface.h"
#include "lab/surface/surface_lab.h"
#include "render/shader_program.h"

namespace render {

class SurfaceRenderer {
public:
    SurfaceRenderer() = default;
    SurfaceRenderer(const SurfaceRenderer&) = delete;
    SurfaceRenderer& operator=(const SurfaceRenderer&) = delete;
    ~SurfaceRenderer();

    bool init(std::string& error);  // builds both programs
    // After a lost GL context came back (app_gl_context.cpp): the old objects died with it; make new ones.
    bool restore(std::string& error);
    // The grid's values (not computed → a marker the shaders draw grey) and the colour scale.
    void set_grid(const lab::SurfaceGrid& grid, const lab::SurfaceScale& scale);
    // Renders into the offscreen texture, width × height framebuffer pixels. Leaves framebuffer 0 bound.
    void draw_map(int width, int height);
    void draw_mesh(int width, int height, const glm::mat4& view_projection);
    // The picture for ImGui::Image (bottom-up: show it with uv0 = (0, 1), uv1 = (1, 0)).
    unsigned int texture() const { return colour_texture_; }

private:
    void resize(int width, int height);
    void begin(int width, int height);
    void set_scale_uniform(const ShaderProgram& program) const;
    void build_mesh_indices(int n);

    ShaderProgram map_program_, mesh_program_;
    GLuint vertex_array_ = 0, index_buffer_ = 0;
    GLuint values_texture_ = 0, colour_texture_ = 0, depth_buffer_ = 0, framebuffer_ = 0;
    int width_ = 0, height_ = 0;
    int grid_n_ = 0, mesh_n_ = 0;
    int index_count_ = 0;
    lab::SurfaceScale scale_;
    std::vector<float> staging_;
};

}  // namespace render

// The decision boundary of a 2-input network, evaluated per pixel on the GPU (shaders/boundary.*).
// Θ is re-uploaded every frame into one float texture, so the picture follows training live. The program is
// specialized to the network's shape (layer sizes and activations as GLSL constants) and rebuilt when it changes.
#pragma once
#include <string>
#include <vector>

#include "core/network.h"
#include "render/plot_area.h"
#include "render/shader_program.h"

namespace render {

class BoundaryRenderer {
public:
    static constexpr int kMaxLayers = 8;
    static constexpr int kMaxUnits = 32;
    static constexpr int kTextureWidth = 64;  // texels per row of the weight texture

    BoundaryRenderer() = default;
    BoundaryRenderer(const BoundaryRenderer&) = delete;
    BoundaryRenderer& operator=(const BoundaryRenderer&) = delete;
    ~BoundaryRenderer();

    bool init(std::string& error);
    // After a lost GL context came back: the old objects died with it; create new ones (the next draw rebuilds the
    // program for the network's shape).
    bool restore(std::string& error);
    // Only networks with 2 inputs and within these limits have a boundary to draw.
    static bool can_draw(const core::Network& net);
    // Returns false (and says why) only if the specialized program fails to build.
    bool draw(const core::Network& net, const PlotArea& area, std::string& error);

private:
    static std::string shape_constants(const core::Network& net);
    void upload_theta(const core::Network& net);

    ShaderProgram program_;
    std::string program_shape_;  // the constants program_ was built with
    GLuint vertex_array_ = 0;    // empty, but core profiles need one bound to draw
    GLuint theta_texture_ = 0;
    int texture_height_ = 0;
    std::vector<float> staging_;  // Θ⁽¹⁾, Θ⁽²⁾, … row by row as floats, texture-shaped
};

}  // namespace render

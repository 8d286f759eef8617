// The decision boundary of a 2-input network, evaluated on the GPU (shaders/boundary.*) on a grid of at most
// kImageSize² points drawn into a texture, which shaders/boundary_upscale.frag then stretches over the plot.
// Θ is re-uploaded every frame (a uniform array, or a float texture for large networks), so the picture follows
// training live. The program holds the network's forward pass as straight-line GLSL (render/forward_source.h),
// generated for its shape and activations and rebuilt when they change.
#pragma once
#include <string>
#include <vector>

#include "core/features.h"
#include "core/network.h"
#include "render/plot_area.h"
#include "render/points_renderer.h"
#include "render/shader_program.h"

namespace render {

class BoundaryRenderer {
public:
    static constexpr int kMaxLayers = 8;
    static constexpr int kMaxUnits = 32;
    static constexpr int kTextureWidth = 64;  // texels per row of the weight texture
    // Grid points per side at most. Software WebGL (SwiftShader) spends microseconds per network evaluation, so
    // evaluating every pixel of a 740-pixel plot took over half a second per frame; 160² keeps it to a few ms.
    static constexpr int kImageSize = 160;
    // Θ as a uniform vec4 array when it fits (WebGL2 guarantees 224 fragment uniform vectors): SwiftShader reads a
    // uniform for the cost of a register, a texelFetch costs it an address computation and a sampler call per
    // weight. Larger networks (up to kMaxLayers × kMaxUnits) read Θ from the texture.
    static constexpr int kMaxUniformTexels = 200;

    BoundaryRenderer() = default;
    BoundaryRenderer(const BoundaryRenderer&) = delete;
    BoundaryRenderer& operator=(const BoundaryRenderer&) = delete;
    ~BoundaryRenderer();

    bool init(std::string& error);
    // After a lost GL context came back: the old objects died with it; create new ones (the next draw rebuilds the
    // program for the network's shape).
    bool restore(std::string& error);
    // Only networks of 2-D points within these limits have a boundary to draw: 2 inputs (x₁, x₂), or one per
    // feature of `features` (core/features.h), which the shader computes from the pixel's (x₁, x₂).
    static bool can_draw(const core::Network& net, core::FeatureSet features = 0);
    // Returns false (and says why) only if the specialized program fails to build.
    bool draw(const core::Network& net, const PlotArea& area, std::string& error, const PointStyle& classes = {},
              core::FeatureSet features = 0);
    // Grid points per side that draw() evaluates for this plot area.
    static int image_size(const PlotArea& area);

private:
    // What the program is specialized to: the layer sizes and the two activations ("2,4,2,1 3 2"); compared every
    // frame, so that the source below is generated only when the network's shape changes.
    static std::string shape_key(const core::Network& net, core::FeatureSet features);
    // The text in front of shaders/boundary.frag: constants, the features and the forward pass as straight-line GLSL.
    static std::string generated_source(const core::Network& net, core::FeatureSet features);
    static int theta_texels(const core::Network& net);  // vec4s that hold every Θ⁽ˡ⁾, bias first per row
    void upload_theta(const core::Network& net);

    bool prepare_image(int size);  // the texture the grid is drawn into, and its framebuffer

    ShaderProgram program_;
    ShaderProgram upscale_program_;
    std::string program_shape_;  // the shape_key() program_ was built for
    GLuint vertex_array_ = 0;    // empty, but core profiles need one bound to draw
    GLuint theta_texture_ = 0;
    int texture_height_ = 0;
    GLuint image_texture_ = 0;   // RGBA8, image_size_²: the boundary at grid resolution
    GLuint image_framebuffer_ = 0;
    int image_size_ = 0;
    std::vector<float> staging_;  // Θ⁽¹⁾, Θ⁽²⁾, … row by row as floats, texture-shaped
};

}  // namespace render

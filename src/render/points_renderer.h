// The data points over the boundary (shaders/points.*): train points filled, test points as rings.
#pragma once
#include <string>
#include <vector>

#include "core/dataset.h"
#include "render/plot_area.h"
#include "render/shader_program.h"

namespace render {

// How the classes look: their colours (RGB in 0..1; classes 3 and up take class 2's) and whether each has its own
// shape (class 0 a circle, 1 a square, 2 a triangle) besides its colour (ui/palette.h).
struct PointStyle {
    float colours[3][3] = {{0.961f, 0.576f, 0.133f}, {0.031f, 0.467f, 0.741f}, {0.227f, 0.639f, 0.306f}};
    bool shapes = false;
};

class PointsRenderer {
public:
    PointsRenderer() = default;
    PointsRenderer(const PointsRenderer&) = delete;
    PointsRenderer& operator=(const PointsRenderer&) = delete;
    ~PointsRenderer();

    bool init(std::string& error);
    // After a lost GL context came back: new GL objects, and the points uploaded again.
    bool restore(std::string& error);
    // Uploads the points of a 2-input data set pair; call again when the data changes.
    void set_points(const core::Dataset& train, const core::Dataset& test);
    void draw(const PlotArea& area, float point_size_pixels, const PointStyle& style = {});

private:
    struct Vertex {
        float x1, x2;
        float label;
        float is_test;
    };
    void append(const core::Dataset& data, bool is_test);

    ShaderProgram program_;
    GLuint vertex_array_ = 0;
    GLuint buffer_ = 0;
    std::vector<Vertex> vertices_;
};

}  // namespace render

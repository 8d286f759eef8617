// The data points over the boundary (shaders/points.*): train points filled, test points as rings.
#pragma once
#include <string>
#include <vector>

#include "core/dataset.h"
#include "render/plot_area.h"
#include "render/shader_program.h"

namespace render {

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
    void draw(const PlotArea& area, float point_size_pixels);

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

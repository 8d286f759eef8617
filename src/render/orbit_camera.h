// The 3-D surface's camera: it orbits the middle of the height field (drag = yaw/pitch, wheel/pinch = distance).
// GLM only (no GL), so the panel can project path points with the very matrix the mesh is drawn with.
//
// World space of the surface: the grid's square is x, z ∈ [−1, 1] (x along u, z = −v so that v grows away from
// the default view), height y = t · kSurfaceHeight with t the colour-scale parameter in [0, 1].
#pragma once
#include <algorithm>

#include <glm/glm.hpp>
#include <glm/gtc/matrix_transform.hpp>

#include "lab/surface/surface_view.h"

namespace render {

constexpr float kSurfaceHeight = 0.9f;

// The pose and its limits are lab::SurfaceCamera's (a link carries them as the surface view's words).
struct OrbitCamera {
    using Pose = lab::SurfaceCamera;
    float yaw = static_cast<float>(Pose{}.yaw);            // radians around the vertical axis
    float pitch = static_cast<float>(Pose{}.pitch);        // radians above the horizon
    float distance = static_cast<float>(Pose{}.distance);

    void rotate(float dx_pixels, float dy_pixels) {
        yaw -= dx_pixels * 0.01f;
        pitch = std::clamp(pitch + dy_pixels * 0.01f, static_cast<float>(Pose::kMinPitch), static_cast<float>(Pose::kMaxPitch));
    }
    void zoom(float factor) {
        distance = std::clamp(distance * factor, static_cast<float>(Pose::kMinDistance), static_cast<float>(Pose::kMaxDistance));
    }
    Pose pose() const { return {yaw, pitch, distance}; }
    void set_pose(const Pose& pose) {
        yaw = static_cast<float>(pose.yaw);
        pitch = std::clamp(static_cast<float>(pose.pitch), static_cast<float>(Pose::kMinPitch), static_cast<float>(Pose::kMaxPitch));
        distance = std::clamp(static_cast<float>(pose.distance), static_cast<float>(Pose::kMinDistance),
                              static_cast<float>(Pose::kMaxDistance));
    }

    glm::mat4 view_projection(float aspect) const {
        const glm::vec3 target(0.0f, 0.35f * kSurfaceHeight, 0.0f);
        const glm::vec3 eye = target + distance * glm::vec3(std::cos(pitch) * std::sin(yaw), std::sin(pitch),
                                                            std::cos(pitch) * std::cos(yaw));
        const glm::mat4 view = glm::lookAt(eye, target, glm::vec3(0.0f, 1.0f, 0.0f));
        return glm::perspective(glm::radians(35.0f), aspect > 0.0f ? aspect : 1.0f, 0.1f, 30.0f) * view;
    }
};

// (s, r) ∈ [0, 1]² across the grid (s along u, r along v) and height parameter t → world position.
inline glm::vec3 surface_world(float s, float r, float t) {
    return glm::vec3(2.0f * s - 1.0f, t * kSurfaceHeight, 1.0f - 2.0f * r);
}

}  // namespace render

// Shared by the surface shaders (prepended by SurfaceRenderer): the colour/height scale of lab::SurfaceScale,
//   t = log(1 + k·(J − J_lo)/(J_hi − J_lo)) / log(1 + k),   u_scale = (J_lo, J_hi, k)
uniform vec3 u_scale;  // J_lo, J_hi, k

float scale_t(float J) {
    float x = clamp((J - u_scale.x) / max(u_scale.y - u_scale.x, 1e-30), 0.0, 1.0);
    return log(1.0 + u_scale.z * x) / log(1.0 + u_scale.z);
}


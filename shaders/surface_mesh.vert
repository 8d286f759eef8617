// The 3-D height field: vertex (k, r) of the n × n grid (gl_VertexID = r·n + k from the index buffer) at
// x = 2k/(n − 1) − 1, z = 1 − 2r/(n − 1), height t(J)·kHeight; the normal from the neighbours' heights.
uniform sampler2D u_values;  // as in surface_map.frag
uniform mat4 u_view_projection;
uniform float u_height;

out float v_J;
out float v_pending;
out vec3 v_normal;

float height_at(ivec2 p, int n) {
    float J = texelFetch(u_values, clamp(p, ivec2(0), ivec2(n - 1)), 0).r;
    return J < -1e29 ? 0.0 : scale_t(J) * u_height;
}

void main() {
    int n = textureSize(u_values, 0).x;
    ivec2 p = ivec2(gl_VertexID % n, gl_VertexID / n);
    float step = 2.0 / float(n - 1);
    float J = texelFetch(u_values, p, 0).r;
    v_pending = J < -1e29 ? 1.0 : 0.0;
    v_J = J;
    float h = height_at(p, n);
    // central differences: ∂h/∂x and ∂h/∂z (z runs against r)
    float dx = (height_at(p + ivec2(1, 0), n) - height_at(p - ivec2(1, 0), n)) / (2.0 * step);
    float dz = -(height_at(p + ivec2(0, 1), n) - height_at(p - ivec2(0, 1), n)) / (2.0 * step);
    v_normal = normalize(vec3(-dx, 1.0, -dz));
    vec3 world = vec3(-1.0 + step * float(p.x), h, 1.0 - step * float(p.y));
    gl_Position = u_view_projection * vec4(world, 1.0);
}

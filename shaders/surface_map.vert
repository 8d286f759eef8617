// One triangle that covers the map's viewport; v_unit runs over [0, 1]² inside it (x along u, y along v).
out vec2 v_unit;

void main() {
    vec2 corner = vec2(float((gl_VertexID << 1) & 2), float(gl_VertexID & 2));
    v_unit = corner;
    gl_Position = vec4(corner * 2.0 - 1.0, 0.0, 1.0);
}

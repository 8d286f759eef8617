// Data points as round sprites: train points filled, test points as rings, coloured by class.
in vec2 a_position;   // x₁, x₂ in data coordinates
in float a_label;     // class index
in float a_is_test;   // 0 train, 1 test

uniform vec4 u_domain;  // as in boundary.frag
uniform float u_point_size;  // framebuffer pixels

flat out int v_label;
flat out int v_is_test;

void main() {
    vec2 unit = (a_position - u_domain.xz) / (u_domain.yw - u_domain.xz);
    gl_Position = vec4(unit * 2.0 - 1.0, 0.0, 1.0);
    gl_PointSize = u_point_size;
    v_label = int(a_label + 0.5);
    v_is_test = int(a_is_test + 0.5);
}

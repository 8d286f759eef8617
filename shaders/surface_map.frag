// The 2-D loss map: J from the grid texture (bilinear between the n × n grid nodes, which sit on the edges of the
// square), coloured by the scale of surface_colour.frag, with iso-lines. Cells not computed yet are grey.
uniform sampler2D u_values;  // R32F, n × n, row r along v; not computed = below −1e29

in vec2 v_unit;
out vec4 frag_colour;

const vec3 kPending = vec3(0.22, 0.22, 0.26);

float value_at(ivec2 p, int n) { return texelFetch(u_values, clamp(p, ivec2(0), ivec2(n - 1)), 0).r; }

void main() {
    int n = textureSize(u_values, 0).x;
    vec2 x = clamp(v_unit, 0.0, 1.0) * float(n - 1);
    ivec2 p = ivec2(min(floor(x), vec2(float(n - 2))));
    vec2 f = x - vec2(p);
    float a = value_at(p, n), b = value_at(p + ivec2(1, 0), n);
    float c = value_at(p + ivec2(0, 1), n), d = value_at(p + ivec2(1, 1), n);
    if (min(min(a, b), min(c, d)) < -1e29) { frag_colour = vec4(kPending, 1.0); return; }
    float J = mix(mix(a, b, f.x), mix(c, d, f.x), f.y);
    float t = scale_t(J);
    vec3 colour = colormap(t);
    colour = mix(colour, colour * 0.45, 0.8 * iso_line(t));
    frag_colour = vec4(colour, 1.0);
}

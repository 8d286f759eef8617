flat in int v_label;
flat in int v_is_test;
out vec4 frag_colour;

const vec3 kOrange = vec3(0.961, 0.576, 0.133);
const vec3 kBlue = vec3(0.031, 0.467, 0.741);
const vec3 kGreen = vec3(0.227, 0.639, 0.306);
const vec3 kEdge = vec3(0.15);

void main() {
    float r = length(gl_PointCoord * 2.0 - 1.0);  // 0 at the centre, 1 at the sprite's edge
    float pixel = fwidth(r);
    float coverage = 1.0 - smoothstep(1.0 - pixel, 1.0, r);  // anti-aliased outer edge
    if (coverage <= 0.0) discard;
    vec3 fill = v_label == 0 ? kOrange : (v_label == 1 ? kBlue : kGreen);
    vec3 colour;
    if (v_is_test == 1) {
        // test: a ring in the class colour with a dark edge, hollow inside
        if (r < 0.55) discard;
        colour = r > 0.85 ? kEdge : fill;
    } else {
        // train: filled, with a thin light edge
        colour = r > 0.8 ? vec3(1.0) : fill;
    }
    frag_colour = vec4(colour, coverage);
}

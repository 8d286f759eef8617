flat in int v_label;
flat in int v_is_test;
out vec4 frag_colour;

uniform vec3 u_class_colours[3];  // the palette's (ui/palette.h)
uniform int u_shapes;             // 1: class 0 a circle, 1 a square, 2 a triangle; 0: all circles
const vec3 kEdge = vec3(0.15);

// 0 at the sprite's centre, 1 on the outline of the class's shape: the rings below follow the shape.
float shape_distance(vec2 p, int label) {
    if (u_shapes == 0 || label == 0) return length(p);
    if (label == 1) return max(abs(p.x), abs(p.y)) * 1.12;  // a square a little smaller than the sprite
    vec2 q = vec2(p.x, -p.y + 0.2);  // y up, centred: a triangle standing on its base, corners at distance 1
    return max(-q.y, abs(q.x) * 0.866 + q.y * 0.5) * 2.0;
}

void main() {
    float r = shape_distance(gl_PointCoord * 2.0 - 1.0, v_label);  // 0 at the centre, 1 at the shape's edge
    float pixel = fwidth(r);
    float coverage = 1.0 - smoothstep(1.0 - pixel, 1.0, r);  // anti-aliased outer edge
    if (coverage <= 0.0) discard;
    vec3 fill = u_class_colours[min(v_label, 2)];
    // A dark outline about 1.3 pixels wide around every mark (and inside a test point's ring): the point stays
    // visible on a region of its own class's colour, on either theme and palette.
    float outline = 1.3 * pixel;
    vec3 colour = r > 1.0 - outline ? kEdge : fill;
    if (v_is_test == 1) {
        // test: a ring in the class colour, hollow inside, outlined on both sides
        if (r < 0.5) discard;
        if (r < 0.5 + outline) colour = kEdge;
    }
    frag_colour = vec4(colour, coverage);
}

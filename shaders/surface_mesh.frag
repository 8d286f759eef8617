// The height field's colour: the map's colour and iso-lines, lit by one light from above (two-sided Lambert).
in float v_J;
in float v_pending;
in vec3 v_normal;
out vec4 frag_colour;

const vec3 kLight = vec3(0.36, 0.86, 0.36);  // normalized, from above and in front

void main() {
    if (v_pending > 0.5) { frag_colour = vec4(0.22, 0.22, 0.26, 1.0); return; }
    float t = scale_t(v_J);
    vec3 colour = colormap(t);
    colour = mix(colour, colour * 0.45, 0.7 * iso_line(t));
    float light = 0.4 + 0.6 * abs(dot(normalize(v_normal), kLight));
    frag_colour = vec4(colour * light, 1.0);
}

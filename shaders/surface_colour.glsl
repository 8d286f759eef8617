// Shared by shaders/surface_map.frag and surface_mesh.frag (prepended by SurfaceRenderer, after
// surface_scale.glsl): a perceptually ordered colormap (dark violet → blue → green → yellow, viridis' anchor colours
// every 0.1 of t) and iso-lines at every 0.1 of t, i.e. at the legend's J values.
vec3 colormap(float t) {
    vec3 anchors[11] = vec3[11](
        vec3(0.267, 0.005, 0.329), vec3(0.283, 0.141, 0.458), vec3(0.254, 0.265, 0.530), vec3(0.207, 0.372, 0.553),
        vec3(0.164, 0.471, 0.558), vec3(0.128, 0.567, 0.551), vec3(0.135, 0.659, 0.518), vec3(0.267, 0.749, 0.441),
        vec3(0.478, 0.821, 0.318), vec3(0.741, 0.873, 0.150), vec3(0.993, 0.906, 0.144));
    float x = clamp(t, 0.0, 1.0) * 10.0;
    int i = min(int(x), 9);
    return mix(anchors[i], anchors[i + 1], x - float(i));
}

// 1 on an iso-line of t (every 0.1), fading to 0 over about a pixel.
float iso_line(float t) {
    float level = t * 10.0;
    float distance = abs(fract(level + 0.5) - 0.5) / max(fwidth(level), 1e-6);
    return 1.0 - smoothstep(0.6, 1.6, distance);
}

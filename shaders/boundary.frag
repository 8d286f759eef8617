// The decision boundary: the network's forward pass h_Θ(x) for the input x under this pixel, in float.
//   z⁽ˡ⁺¹⁾ = Θ⁽ˡ⁾ a⁽ˡ⁾,  a⁽ˡ⁺¹⁾ = g(z⁽ˡ⁺¹⁾),  a⁽¹⁾ = x = (x₁, x₂), or the features φ(x₁, x₂) (core/features.h)
// Colour as in TF Playground: orange for class 0 (output 0), blue for class 1, light grey at 0.5.
//
// The renderer prepends (BoundaryRenderer::generated_source): kSymmetricOutput (the output g lives in [−1, 1]),
// kOutputs, kTextureWidth, g_hidden(z) and g_output(z) from core's activation table (render/activation_source.h),
// and the network's forward pass as straight-line code (render/forward_source.h):
//   void network_output(float x1, float x2, out float h[kOutputs])
// It reads Θ⁽¹⁾, Θ⁽²⁾, … (row by row, each row bias first, 4 weights per vec4) through theta_texel(t): from the
// uniform array u_theta_vectors when the renderer defined THETA_IN_UNIFORMS (small networks: a uniform read is far
// cheaper than a texelFetch in software renderers), else from the RGBA32F texture u_theta.

uniform vec4 u_domain;  // x₁ from .x to .y, x₂ from .z to .w
#ifdef THETA_IN_UNIFORMS
uniform vec4 u_theta_vectors[kThetaTexels];
vec4 theta_texel(int t) { return u_theta_vectors[t]; }
#else
uniform sampler2D u_theta;
vec4 theta_texel(int t) { return texelFetch(u_theta, ivec2(t % kTextureWidth, t / kTextureWidth), 0); }
#endif

in vec2 v_unit;
out vec4 frag_colour;

uniform vec3 u_class_colours[3];  // the palette's classes 0, 1, 2 (ui/palette.h): orange, blue, green by default
const vec3 kMiddle = vec3(0.910, 0.918, 0.922);  // #e8eaeb

vec3 class_colour(int k) { return k < 3 ? u_class_colours[k] : vec3(0.5); }

void main() {
    float a[kOutputs];  // h_Θ(x)
    network_output(mix(u_domain.x, u_domain.y, v_unit.x), mix(u_domain.z, u_domain.w, v_unit.y), a);

    const int n_out = kOutputs;
    vec3 colour;
    if (n_out == 1) {
        // one output: P(class 1); tanh and sign outputs live in [−1, 1]
        float p = clamp(kSymmetricOutput ? 0.5 * (a[0] + 1.0) : a[0], 0.0, 1.0);
        float t = 2.0 * p - 1.0;
        colour = t < 0.0 ? mix(kMiddle, u_class_colours[0], -t) : mix(kMiddle, u_class_colours[1], t);
    } else {
        // several outputs: the arg-max class, stronger the more confident
        int best = 0;
        for (int i = 1; i < n_out; ++i) if (a[i] > a[best]) best = i;
        float chance = 1.0 / float(n_out);
        float confidence = clamp((a[best] - chance) / (1.0 - chance), 0.0, 1.0);
        colour = mix(kMiddle, class_colour(best), confidence);
    }
    // Lighter than the points' own colours so that the points stand out (as Playground does).
    frag_colour = vec4(mix(colour, kMiddle, 0.25), 1.0);
}

// The decision boundary: the network's forward pass h_Θ(x) for the input x under this pixel, in float.
//   z⁽ˡ⁺¹⁾ = Θ⁽ˡ⁾ a⁽ˡ⁾,  a⁽ˡ⁺¹⁾ = g(z⁽ˡ⁺¹⁾),  a⁽¹⁾ = x = (x₁, x₂)
// Colour as in TF Playground: orange for class 0 (output 0), blue for class 1, light grey at 0.5.
//
// The renderer prepends (BoundaryRenderer::generated_source): kHiddenActivation, kOutputActivation, kOutputs,
// kTextureWidth, and the network's forward pass as straight-line code (render/forward_source.h):
//   void network_output(float x1, float x2, out float h[kOutputs])
// It reads Θ⁽¹⁾, Θ⁽²⁾, … (row by row, each row bias first, 4 weights per vec4) through theta_texel(t): from the
// uniform array u_theta_vectors when the renderer defined THETA_IN_UNIFORMS (small networks: a uniform read is far
// cheaper than a texelFetch in software renderers), else from the RGBA32F texture u_theta.

// core::Activation, in its declaration order
const int kStep = 0; const int kSign = 1; const int kSigmoid = 2; const int kTanh = 3;
const int kReLU = 4; const int kLeakyReLU = 5; const int kLinear = 6; const int kSoftmax = 7;

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

const vec3 kOrange = vec3(0.961, 0.576, 0.133);  // #f59322
const vec3 kBlue = vec3(0.031, 0.467, 0.741);    // #0877bd
const vec3 kGreen = vec3(0.227, 0.639, 0.306);
const vec3 kMiddle = vec3(0.910, 0.918, 0.922);  // #e8eaeb

float activate(int g, float z) {
    if (g == kStep) return z >= 0.0 ? 1.0 : 0.0;
    if (g == kSign) return z >= 0.0 ? 1.0 : -1.0;
    if (g == kSigmoid) return 1.0 / (1.0 + exp(-z));
    if (g == kTanh) { float e = exp(-2.0 * abs(z)); return sign(z) * (1.0 - e) / (1.0 + e); }  // no overflow
    if (g == kReLU) return max(z, 0.0);
    if (g == kLeakyReLU) return z >= 0.0 ? z : 0.01 * z;
    return z;  // linear (a softmax output is computed in network_output)
}

vec3 class_colour(int k) { return k == 0 ? kOrange : (k == 1 ? kBlue : (k == 2 ? kGreen : vec3(0.5))); }

float g_hidden(float z) { return activate(kHiddenActivation, z); }
float g_output(float z) { return activate(kOutputActivation, z); }

void main() {
    float a[kOutputs];  // h_Θ(x)
    network_output(mix(u_domain.x, u_domain.y, v_unit.x), mix(u_domain.z, u_domain.w, v_unit.y), a);

    const int n_out = kOutputs;
    vec3 colour;
    if (n_out == 1) {
        // one output: P(class 1); tanh and sign outputs live in [−1, 1]
        bool symmetric = kOutputActivation == kTanh || kOutputActivation == kSign;
        float p = clamp(symmetric ? 0.5 * (a[0] + 1.0) : a[0], 0.0, 1.0);
        float t = 2.0 * p - 1.0;
        colour = t < 0.0 ? mix(kMiddle, kOrange, -t) : mix(kMiddle, kBlue, t);
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

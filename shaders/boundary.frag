// The decision boundary: the network's forward pass h_Θ(x) for the input x under this pixel, in float.
//   z⁽ˡ⁺¹⁾ = Θ⁽ˡ⁾ a⁽ˡ⁾,  a⁽ˡ⁺¹⁾ = g(z⁽ˡ⁺¹⁾),  a⁽¹⁾ = x = (x₁, x₂)
// Colour as in TF Playground: orange for class 0 (output 0), blue for class 1, light grey at 0.5.
//
// The renderer prepends the network's shape as constants (see BoundaryRenderer::shape_constants):
//   kLayerCount (L), kSizes[kMaxLayers] (s_1 .. s_L), kMaxUnits, kHiddenActivation, kOutputActivation,
//   kTextureWidth (texels per row of u_theta).
// With every loop bound a constant, the compiler unrolls the whole pass and keeps a and z in registers; with
// bounds from uniforms, software renderers (llvmpipe, SwiftShader) ran it ~10× slower.
//
// u_theta (RGBA32F) holds Θ⁽¹⁾, Θ⁽²⁾, … row by row, each row bias first, packed 4 weights per texel.

// core::Activation, in its declaration order
const int kStep = 0; const int kSign = 1; const int kSigmoid = 2; const int kTanh = 3;
const int kReLU = 4; const int kLeakyReLU = 5; const int kLinear = 6; const int kSoftmax = 7;

uniform sampler2D u_theta;
uniform vec4 u_domain;  // x₁ from .x to .y, x₂ from .z to .w

in vec2 v_unit;
out vec4 frag_colour;

const vec3 kOrange = vec3(0.961, 0.576, 0.133);  // #f59322
const vec3 kBlue = vec3(0.031, 0.467, 0.741);    // #0877bd
const vec3 kGreen = vec3(0.227, 0.639, 0.306);
const vec3 kMiddle = vec3(0.910, 0.918, 0.922);  // #e8eaeb

// The k-th weight of the packed sequence (k is a constant after unrolling, so this folds to one fetch per texel).
float theta(int k) {
    int texel = k / 4;
    return texelFetch(u_theta, ivec2(texel % kTextureWidth, texel / kTextureWidth), 0)[k % 4];
}

float activate(int g, float z) {
    if (g == kStep) return z >= 0.0 ? 1.0 : 0.0;
    if (g == kSign) return z >= 0.0 ? 1.0 : -1.0;
    if (g == kSigmoid) return 1.0 / (1.0 + exp(-z));
    if (g == kTanh) { float e = exp(-2.0 * abs(z)); return sign(z) * (1.0 - e) / (1.0 + e); }  // no overflow
    if (g == kReLU) return max(z, 0.0);
    if (g == kLeakyReLU) return z >= 0.0 ? z : 0.01 * z;
    return z;  // linear (softmax is applied to the whole layer below)
}

vec3 class_colour(int k) { return k == 0 ? kOrange : (k == 1 ? kBlue : (k == 2 ? kGreen : vec3(0.5))); }

void main() {
    float a[kMaxUnits];
    float z[kMaxUnits];
    a[0] = mix(u_domain.x, u_domain.y, v_unit.x);
    a[1] = mix(u_domain.z, u_domain.w, v_unit.y);

    int k = 0;  // position in the packed weights
    for (int l = 0; l + 1 < kLayerCount; ++l) {
        bool is_output = l + 2 == kLayerCount;
        int g = is_output ? kOutputActivation : kHiddenActivation;
        float z_max = -1e30;
        for (int i = 0; i < kSizes[l + 1]; ++i) {
            float sum = theta(k++);  // bias: a₀ = 1
            for (int j = 0; j < kSizes[l]; ++j) sum += theta(k++) * a[j];
            z[i] = sum;
            z_max = max(z_max, sum);
        }
        if (g == kSoftmax) {
            float total = 0.0;
            for (int i = 0; i < kSizes[l + 1]; ++i) { a[i] = exp(z[i] - z_max); total += a[i]; }
            for (int i = 0; i < kSizes[l + 1]; ++i) a[i] /= total;
        } else {
            for (int i = 0; i < kSizes[l + 1]; ++i) a[i] = activate(g, z[i]);
        }
    }

    int n_out = kSizes[kLayerCount - 1];
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

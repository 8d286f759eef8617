// The loss surface on the GPU: one texel (column k, row r) of the n × n grid is
//   J(u, v) = (1/m) Σᵢ J(h_Θ(x⁽ⁱ⁾), y⁽ⁱ⁾) + λ R(Θ),   Θ = Θ_c + u·d₁ + v·d₂,   u = span·(k − c)/c, v = span·(r − c)/c
// with c = (n − 1)/2 — the CPU sampler's grid (src/lab/surface/surface.h), computed in float instead of double.
//
// Prepended by LossGridGpu: constants kSigmoidOutput (the output g is the sigmoid), kParamsWidth, kExamplesWidth,
// g_hidden(z) and g_output(z) from core's activation table (render/activation_source.h), and the network's forward
// pass as straight-line code (render/loss_grid_source.h): load_theta(u, v), example_loss(i), penalty().
// u_params (RGBA32F) holds Θ_c, d₁, d₂ (each Θ⁽¹⁾, Θ⁽²⁾, … row by row, bias first, 4 per texel);
// u_examples (RGBA32F) example after example, x then y.

uniform sampler2D u_params;
uniform sampler2D u_examples;
uniform int u_count;        // m
uniform int u_resolution;   // n
uniform float u_span;
uniform float u_lambda;

out vec4 frag_value;

vec4 param_texel(int t) { return texelFetch(u_params, ivec2(t % kParamsWidth, t / kParamsWidth), 0); }
vec4 example_texel(int t) { return texelFetch(u_examples, ivec2(t % kExamplesWidth, t / kExamplesWidth), 0); }

// −log σ(z) = log(1 + e^(−z)) without overflow, floored like core's log at −log 1e−15.
float minus_log_sigmoid(float z) { return min(max(-z, 0.0) + log(1.0 + exp(-abs(z))), kMaxLogLoss); }

// −[y log a + (1 − y) log(1 − a)]; after a sigmoid computed from z, exact where σ(z) rounds to 1 in float.
float binary_cross_entropy(float z, float a, float y) {
    if (kSigmoidOutput) return y * minus_log_sigmoid(z) + (1.0 - y) * minus_log_sigmoid(-z);
    return -(y * log(max(a, 1e-15)) + (1.0 - y) * log(max(1.0 - a, 1e-15)));
}

void main() {
    float c = float(u_resolution - 1) * 0.5;
    vec2 cell = floor(gl_FragCoord.xy);  // (k, r)
    load_theta(u_span * (cell.x - c) / c, u_span * (cell.y - c) / c);
    float total = 0.0;
    for (int i = 0; i < u_count; ++i) total += example_loss(i);
    frag_value = vec4(total / float(u_count) + u_lambda * penalty(), 0.0, 0.0, 1.0);
}

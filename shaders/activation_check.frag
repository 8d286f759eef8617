// g(z) on the GPU at the points z = kZ[k] (render/activation_check.cpp): pixel k holds the 32 bits of g(kZ[k]) as
// four bytes, least significant in red, so the value comes back exactly through an RGBA8 target (which every
// WebGL2 renders into, unlike float targets). g_hidden, kPoints and kZ are prepended, g from core's table.
out vec4 frag_colour;

void main() {
    uint bits = floatBitsToUint(g_hidden(kZ[min(int(gl_FragCoord.x), kPoints - 1)]));
    frag_colour = vec4(uvec4(bits, bits >> 8u, bits >> 16u, bits >> 24u) & 0xffu) / 255.0;
}

#include "render/activation_source.h"

#include <cstdio>

namespace render {

std::string activation_constants() {
    char text[64];
    std::snprintf(text, sizeof text, "const float kLeakySlope = %#.9g;\n", core::kLeakySlope);
    return text;
}

std::string activation_function(const char* name, core::Activation g) {
    const char* body = core::activation_info(g).glsl;
    return std::string("float ") + name + "(float z) { " + (body ? body : "return z;") + " }\n";
}

std::string layer_activations(core::Activation hidden, core::Activation output) {
    return activation_constants() + activation_function("g_hidden", hidden) + activation_function("g_output", output);
}

}  // namespace render

#include "render/forward_source.h"

namespace render {

std::string unit_variable(const char* stem, int layer, int unit) {
    return std::string(stem) + std::to_string(layer) + "_" + std::to_string(unit);
}

std::string forward_source(const core::Network& net, const std::function<std::string(int)>& weight) {
    std::string code;
    int k = 0;  // position in Θ
    for (int l = 0; l + 1 < net.layer_count(); ++l) {
        const bool output = l + 2 == net.layer_count();
        const int units = net.sizes[l + 1];
        auto z = [&](int i) { return unit_variable("z", l + 1, i); };
        auto a = [&](int i) { return unit_variable("a", l + 1, i); };
        for (int i = 0; i < units; ++i) {
            std::string sum = weight(k++);  // the bias: a₀ = 1
            for (int j = 0; j < net.sizes[l]; ++j) sum += " + " + weight(k++) + " * " + unit_variable("a", l, j);
            code += "    float " + z(i) + " = " + sum + ";\n";
        }
        if (output && net.output == core::Activation::Softmax) {
            std::string top = z(0);
            for (int i = 1; i < units; ++i) top = "max(" + top + ", " + z(i) + ")";
            code += "    float zmax = " + top + ";\n    float sum_exp = 0.0;\n";
            for (int i = 0; i < units; ++i) code += "    sum_exp += exp(" + z(i) + " - zmax);\n";
            code += "    float lse = zmax + log(sum_exp);\n";
            for (int i = 0; i < units; ++i) code += "    float " + a(i) + " = exp(" + z(i) + " - lse);\n";
        } else {
            const char* g = output ? "g_output" : "g_hidden";
            for (int i = 0; i < units; ++i) code += "    float " + a(i) + " = " + g + "(" + z(i) + ");\n";
        }
    }
    return code;
}

}  // namespace render

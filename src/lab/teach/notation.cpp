#include "lab/teach/notation.h"

#include <cmath>
#include <cstdio>

namespace lab {
namespace {

const char* const kSubDigits[] = {"₀", "₁", "₂", "₃", "₄", "₅", "₆", "₇", "₈", "₉"};
const char* const kSupDigits[] = {"⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"};

std::string digits(int n, const char* const table[]) {
    if (n < 0) return "-" + digits(-n, table);
    std::string out;
    const std::string plain = std::to_string(n);
    for (char c : plain) out += table[c - '0'];
    return out;
}

}  // namespace

std::string subscript(int n) { return digits(n, kSubDigits); }

std::string layer_index(int lecture_layer) { return "⁽" + digits(lecture_layer, kSupDigits) + "⁾"; }

std::string indexed(const std::string& symbol, const std::vector<int>& indices, int lecture_layer) {
    bool wide = false;
    for (int i : indices) wide = wide || i >= 10;
    std::string out = symbol;
    for (size_t k = 0; k < indices.size(); ++k) {
        if (wide && k > 0) out += "‚";  // a low comma keeps Θ₁‚₁₂ readable
        out += subscript(indices[k]);
    }
    if (lecture_layer > 0) out += layer_index(lecture_layer);
    return out;
}

std::string num(double value, int digits) {
    if (std::isnan(value)) return "NaN";
    if (std::isinf(value)) return value > 0 ? "∞" : "−∞";
    char text[40];
    const double magnitude = std::fabs(value);
    if (magnitude != 0.0 && (magnitude < 1e-4 || magnitude >= 1e6))
        std::snprintf(text, sizeof text, "%.*e", digits - 1, magnitude);
    else
        std::snprintf(text, sizeof text, "%.*g", digits, magnitude);
    std::string out = text;
    const size_t e = out.find('e');
    if (e != std::string::npos) {  // 1.200e-07 → 1.2e−7
        std::string mantissa = out.substr(0, e), exponent = out.substr(e + 1);
        while (mantissa.find('.') != std::string::npos && (mantissa.back() == '0' || mantissa.back() == '.'))
            mantissa.pop_back();
        const bool negative_exponent = exponent[0] == '-';
        exponent = exponent.substr(1);
        while (exponent.size() > 1 && exponent[0] == '0') exponent.erase(0, 1);
        out = mantissa + "e" + (negative_exponent ? "−" : "") + exponent;
    }
    const bool negative = value < 0.0 && out != "0";
    return negative ? "−" + out : out;
}

std::string factor(double value, int digits) {
    return value < 0.0 ? "(" + num(value, digits) + ")" : num(value, digits);
}

std::string vec(const std::vector<double>& values, size_t limit) {
    std::string out = "(";
    for (size_t k = 0; k < values.size() && k < limit; ++k) out += (k ? ", " : "") + num(values[k]);
    if (values.size() > limit) out += ", …";
    return out + ")";
}

}  // namespace lab

// Text in the lecture's notation: sub- and superscripts, numbers as the slides print them.
#pragma once
#include <string>
#include <vector>

namespace lab {

std::string subscript(int n);                  // 12 → "₁₂"
std::string layer_index(int lecture_layer);    // 2 → "⁽²⁾"
// A symbol with indices, e.g. indexed("Θ", {1, 0}, 1) → "Θ₁₀⁽¹⁾"; two-digit indices are separated by a comma.
std::string indexed(const std::string& symbol, const std::vector<int>& indices, int lecture_layer);
// 4 significant digits (or `digits`), a true minus sign (−), no exponent for ordinary magnitudes: −0.3185, 12.5,
// 1.2e−7; trailing zeros dropped.
std::string num(double value, int digits = 4);
// num() wrapped in parentheses when negative, for products: (−0.5)
std::string factor(double value, int digits = 4);
// "(1, 0.3, −0.2)"; more than `limit` values: the first ones, then "…"
std::string vec(const std::vector<double>& values, size_t limit = 5);

}  // namespace lab

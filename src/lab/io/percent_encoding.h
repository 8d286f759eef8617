// Percent-encoding of the URL state's values (url_state.h): UTF-8 bytes as %XX, except A–Z a–z 0–9 - _ . ~ and
// the separators the URL codec writes literally (, : ( ) *). '+' stays a plus sign (not a space, as in forms).
#pragma once
#include <string>

namespace lab {

std::string percent_encode(const std::string& text);
bool percent_decode(const std::string& text, std::string& out);  // false on a '%' without two hex digits

}  // namespace lab

// Percent-encoding of the URL state's values (url_state.h): UTF-8 bytes as %XX, except A–Z a–z 0–9 - _ . ~ and
// the separators the URL codec writes literally (, : ( ) *). '+' stays a plus sign (not a space, as in forms).
#pragma once
#include <string>
#include <vector>

namespace lab {

std::string percent_encode(const std::string& text);
bool percent_decode(const std::string& text, std::string& out);  // false on a '%' without two hex digits

// The pieces of a link's value between separators ("a,b,,c" → "a", "b", "", "c"; "" → one empty piece).
std::vector<std::string> split(const std::string& text, char separator);
// A number in a link: plain decimal of at most 64 characters (no "nan", "inf", hex or spaces, which strtod would
// accept), finite.
bool parse_link_number(const std::string& text, double& out);

}  // namespace lab

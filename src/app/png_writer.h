// A minimal PNG writer (8-bit RGBA, filtered rows, deflate of our own: app/deflate.h) for --screenshot and the PNG
// export: our own code, no image library.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace app {

// The PNG file's bytes; empty if `rgba` does not hold height rows of width × 4 bytes.
std::vector<uint8_t> encode_png(int width, int height, const std::vector<uint8_t>& rgba);

// `rgba` holds height rows of width × 4 bytes, top row first.
bool write_png(const std::string& path, int width, int height, const std::vector<uint8_t>& rgba, std::string& error);

}  // namespace app

// PNG = signature + chunks (length, type, data, CRC-32). The image data (IDAT) is a zlib stream (app/deflate.h) of
// the scanlines, each preceded by the filter type that predicts it best from its neighbours.
#include "app/png_writer.h"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <fstream>

#include "app/deflate.h"

namespace app {
namespace {

uint32_t crc32(const uint8_t* data, size_t n, uint32_t crc = 0) {
    static const std::array<uint32_t, 256> table = [] {
        std::array<uint32_t, 256> t{};
        for (uint32_t i = 0; i < 256; ++i) {
            uint32_t c = i;
            for (int k = 0; k < 8; ++k) c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;  // reflected polynomial
            t[i] = c;
        }
        return t;
    }();
    crc = ~crc;
    for (size_t i = 0; i < n; ++i) crc = table[(crc ^ data[i]) & 0xFF] ^ (crc >> 8);
    return ~crc;
}

void put_u32(std::vector<uint8_t>& out, uint32_t v) {  // big-endian, as PNG and zlib want
    for (int shift = 24; shift >= 0; shift -= 8) out.push_back(static_cast<uint8_t>(v >> shift));
}

void put_chunk(std::vector<uint8_t>& out, const char type[4], const std::vector<uint8_t>& data) {
    put_u32(out, static_cast<uint32_t>(data.size()));
    const size_t type_at = out.size();
    out.insert(out.end(), type, type + 4);
    out.insert(out.end(), data.begin(), data.end());
    put_u32(out, crc32(out.data() + type_at, 4 + data.size()));  // CRC covers type and data
}

int paeth(int left, int up, int up_left) {
    const int p = left + up - up_left, pa = std::abs(p - left), pb = std::abs(p - up), pc = std::abs(p - up_left);
    return pa <= pb && pa <= pc ? left : pb <= pc ? up : up_left;
}

// One scanline filtered with PNG filter `type` (0 none, 1 sub, 2 up, 3 average, 4 Paeth) against the row above
// (`up`, all zeros for the first row); 4 bytes a pixel.
void filter_row(int type, const uint8_t* row, const uint8_t* up, size_t bytes, uint8_t* out) {
    for (size_t i = 0; i < bytes; ++i) {
        const int a = i >= 4 ? row[i - 4] : 0, b = up[i], c = i >= 4 ? up[i - 4] : 0;
        const int predictor = type == 1 ? a : type == 2 ? b : type == 3 ? (a + b) / 2 : type == 4 ? paeth(a, b, c) : 0;
        out[i] = static_cast<uint8_t>(row[i] - predictor);
    }
}

}  // namespace

std::vector<uint8_t> encode_png(int width, int height, const std::vector<uint8_t>& rgba) {
    const size_t row_bytes = static_cast<size_t>(width) * 4;
    if (width <= 0 || height <= 0 || rgba.size() != row_bytes * static_cast<size_t>(height)) return {};
    // Each row with the filter that leaves the smallest residues (the sum of |byte| as signed): PNG's usual guess.
    std::vector<uint8_t> raw((row_bytes + 1) * static_cast<size_t>(height));
    const std::vector<uint8_t> zeros(row_bytes, 0);
    std::vector<uint8_t> trial(row_bytes);
    for (int y = 0; y < height; ++y) {
        const uint8_t* row = rgba.data() + static_cast<size_t>(y) * row_bytes;
        const uint8_t* up = y > 0 ? row - row_bytes : zeros.data();
        uint8_t* out = raw.data() + static_cast<size_t>(y) * (row_bytes + 1);
        long best = -1;
        for (int type = 0; type <= 4; ++type) {
            filter_row(type, row, up, row_bytes, trial.data());
            long cost = 0;
            for (uint8_t v : trial) cost += std::abs(static_cast<int8_t>(v));
            if (best >= 0 && cost >= best) continue;
            best = cost;
            out[0] = static_cast<uint8_t>(type);
            std::copy(trial.begin(), trial.end(), out + 1);
        }
    }
    std::vector<uint8_t> header;
    put_u32(header, static_cast<uint32_t>(width));
    put_u32(header, static_cast<uint32_t>(height));
    header.insert(header.end(), {8, 6, 0, 0, 0});  // 8 bits, colour type 6 (RGBA), deflate, adaptive filters, no interlace

    std::vector<uint8_t> png = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    put_chunk(png, "IHDR", header);
    put_chunk(png, "IDAT", zlib_compress(raw));
    put_chunk(png, "IEND", {});
    return png;
}

bool write_png(const std::string& path, int width, int height, const std::vector<uint8_t>& rgba, std::string& error) {
    const std::vector<uint8_t> png = encode_png(width, height, rgba);
    if (png.empty()) {
        error = "bad image size";
        return false;
    }
    std::ofstream file(path, std::ios::binary);
    file.write(reinterpret_cast<const char*>(png.data()), static_cast<std::streamsize>(png.size()));
    if (!file) {
        error = "cannot write " + path;
        return false;
    }
    return true;
}

}  // namespace app

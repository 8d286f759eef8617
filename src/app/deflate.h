// A small deflate compressor (RFC 1951) for the PNG writer: LZ77 matches found through hash chains, coded with
// deflate's fixed Huffman codes (no code tables to send). Screenshots of the lab — wide flat backgrounds, repeated
// glyphs — shrink to a few per cent of their raw size; no zlib, no download at build time.
#pragma once
#include <cstdint>
#include <vector>

namespace app {

// `raw` as a zlib stream (RFC 1950): header, one fixed-Huffman deflate block, Adler-32.
std::vector<uint8_t> zlib_compress(const std::vector<uint8_t>& raw);

}  // namespace app

#include "app/deflate.h"

#include <algorithm>
#include <array>

namespace app {
namespace {

constexpr int kWindow = 32768;     // the farthest back a match may reach
constexpr int kMinMatch = 3, kMaxMatch = 258;
constexpr int kHashBits = 15;
constexpr int kChainDepth = 24;    // candidates tried per position: the speed/size trade
constexpr int kGoodEnough = 64;    // a match this long ends the search

// Length codes 257…285 and distance codes 0…29: the first value of each and its extra bits (RFC 1951, 3.2.5).
constexpr std::array<int, 29> kLengthBase = {3,  4,  5,  6,  7,  8,  9,  10, 11,  13,  15,  17,  19,  23, 27,
                                             31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258};
constexpr std::array<int, 29> kLengthExtra = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2,
                                              2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0};
constexpr std::array<int, 30> kDistanceBase = {1,    2,    3,    4,    5,    7,     9,     13,    17,  25,
                                               33,   49,   65,   97,   129,  193,   257,   385,   513, 769,
                                               1025, 1537, 2049, 3073, 4097, 6145,  8193,  12289, 16385, 24577};
constexpr std::array<int, 30> kDistanceExtra = {0, 0, 0, 0, 1, 1, 2, 2,  3,  3,  4,  4,  5,  5,  6,
                                                6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13};

// Deflate packs bits from the least significant end of each byte; Huffman codes go in most significant bit first.
class BitWriter {
public:
    explicit BitWriter(std::vector<uint8_t>& out) : out_(out) {}
    void bits(uint32_t value, int count) {
        buffer_ |= value << filled_;
        filled_ += count;
        while (filled_ >= 8) {
            out_.push_back(static_cast<uint8_t>(buffer_ & 0xFF));
            buffer_ >>= 8;
            filled_ -= 8;
        }
    }
    void code(uint32_t code, int length) {  // a Huffman code, reversed into deflate's bit order
        uint32_t reversed = 0;
        for (int k = 0; k < length; ++k) reversed |= ((code >> k) & 1u) << (length - 1 - k);
        bits(reversed, length);
    }
    void flush() {
        if (filled_ > 0) out_.push_back(static_cast<uint8_t>(buffer_ & 0xFF));
        buffer_ = 0, filled_ = 0;
    }

private:
    std::vector<uint8_t>& out_;
    uint32_t buffer_ = 0;
    int filled_ = 0;
};

// The fixed literal/length code (RFC 1951, 3.2.6): 0–143 in 8 bits, 144–255 in 9, 256–279 in 7, 280–287 in 8.
void put_symbol(BitWriter& out, int symbol) {
    if (symbol < 144) out.code(0x30 + symbol, 8);
    else if (symbol < 256) out.code(0x190 + symbol - 144, 9);
    else if (symbol < 280) out.code(symbol - 256, 7);
    else out.code(0xC0 + symbol - 280, 8);
}

void put_match(BitWriter& out, int length, int distance) {
    const int l = static_cast<int>(std::upper_bound(kLengthBase.begin(), kLengthBase.end(), length) - kLengthBase.begin()) - 1;
    put_symbol(out, 257 + l);
    out.bits(static_cast<uint32_t>(length - kLengthBase[l]), kLengthExtra[l]);
    const int d = static_cast<int>(std::upper_bound(kDistanceBase.begin(), kDistanceBase.end(), distance) - kDistanceBase.begin()) - 1;
    out.code(static_cast<uint32_t>(d), 5);  // fixed distance codes: 5 bits each
    out.bits(static_cast<uint32_t>(distance - kDistanceBase[d]), kDistanceExtra[d]);
}

uint32_t hash3(const uint8_t* p) {
    return ((static_cast<uint32_t>(p[0]) << 16 | static_cast<uint32_t>(p[1]) << 8 | p[2]) * 2654435761u) >> (32 - kHashBits);
}

uint32_t adler32(const std::vector<uint8_t>& data) {
    uint32_t a = 1, b = 0;
    for (uint8_t byte : data) {
        a = (a + byte) % 65521;
        b = (b + a) % 65521;
    }
    return (b << 16) | a;
}

}  // namespace

std::vector<uint8_t> zlib_compress(const std::vector<uint8_t>& raw) {
    std::vector<uint8_t> z = {0x78, 0x01};  // deflate, 32 K window, no preset dictionary; (0x7801 % 31 == 0)
    BitWriter out(z);
    out.bits(1, 1);  // BFINAL: the only block
    out.bits(1, 2);  // BTYPE 01: fixed Huffman codes
    const int n = static_cast<int>(raw.size());
    std::vector<int> head(size_t{1} << kHashBits, -1), previous(kWindow, -1);  // chains of positions by hash
    const auto insert = [&](int at) {
        const uint32_t h = hash3(&raw[static_cast<size_t>(at)]);
        previous[static_cast<size_t>(at % kWindow)] = head[h];
        head[h] = at;
    };
    int at = 0;
    while (at < n) {
        int best_length = 0, best_distance = 0;
        if (at + kMinMatch <= n) {
            const int longest = std::min(kMaxMatch, n - at);
            int candidate = head[hash3(&raw[static_cast<size_t>(at)])];
            for (int tries = 0; candidate >= 0 && at - candidate <= kWindow && tries < kChainDepth; ++tries) {
                int length = 0;
                while (length < longest && raw[static_cast<size_t>(candidate + length)] == raw[static_cast<size_t>(at + length)])
                    ++length;
                if (length > best_length) best_length = length, best_distance = at - candidate;
                if (length >= kGoodEnough) break;
                candidate = previous[static_cast<size_t>(candidate % kWindow)];
            }
        }
        if (best_length >= kMinMatch) {
            put_match(out, best_length, best_distance);
            for (int k = 0; k < best_length; ++k, ++at)
                if (at + kMinMatch <= n) insert(at);
        } else {
            put_symbol(out, raw[static_cast<size_t>(at)]);
            if (at + kMinMatch <= n) insert(at);
            ++at;
        }
    }
    put_symbol(out, 256);  // end of block
    out.flush();
    const uint32_t adler = adler32(raw);
    for (int shift = 24; shift >= 0; shift -= 8) z.push_back(static_cast<uint8_t>(adler >> shift));
    return z;
}

}  // namespace app

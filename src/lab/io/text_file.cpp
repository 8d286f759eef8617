#include "lab/io/text_file.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>
#include <system_error>
#include <vector>

namespace lab {
namespace {

struct CloseFile {
    void operator()(std::FILE* file) const { std::fclose(file); }
};

std::string reason(int error_number) { return error_number ? std::strerror(error_number) : "read error"; }

}  // namespace

bool read_text_file(const std::string& path, size_t limit, std::string& text, std::string& error) {
    std::error_code status;
    if (std::filesystem::is_directory(path, status)) {
        error = path + ": is a directory";
        return false;
    }
    errno = 0;
    const std::unique_ptr<std::FILE, CloseFile> file(std::fopen(path.c_str(), "rb"));
    if (!file) {
        error = path + ": cannot read: " + reason(errno);
        return false;
    }
    // Chunk by chunk up to limit + 1 bytes: one byte past the limit proves the file too large, whatever its
    // size claims to be (devices and FIFOs claim none).
    std::string bytes;
    std::vector<char> chunk(64 * 1024);
    while (bytes.size() <= limit) {
        const size_t want = std::min(chunk.size(), limit + 1 - bytes.size());
        errno = 0;
        const size_t got = std::fread(chunk.data(), 1, want, file.get());
        bytes.append(chunk.data(), got);
        if (got < want) {
            if (std::ferror(file.get())) {
                error = path + ": cannot read: " + reason(errno);
                return false;
            }
            break;  // the end of the file
        }
    }
    if (bytes.size() > limit) {
        error = path + ": larger than the " + size_text(limit) + " limit";
        return false;
    }
    text = std::move(bytes);
    return true;
}

std::string size_text(size_t bytes) {
    constexpr size_t kMB = size_t{1} << 20;
    char text[48];
    if (bytes >= kMB && bytes % kMB == 0) {
        std::snprintf(text, sizeof text, "%zu MB", bytes / kMB);
        return text;
    }
    if (bytes >= kMB) {
        std::snprintf(text, sizeof text, "%.1f MB", static_cast<double>(bytes) / static_cast<double>(kMB));
        return text;
    }
    std::string digits = std::to_string(bytes);  // below a megabyte exactly, with thousands separated: "4,000 bytes"
    for (size_t k = digits.size(); k > 3; k -= 3) digits.insert(k - 3, ",");
    return digits + " bytes";
}

std::string too_large_message(const std::string& what, size_t bytes, size_t limit) {
    return what + " is " + size_text(bytes) + "; the limit is " + size_text(limit);
}

}  // namespace lab

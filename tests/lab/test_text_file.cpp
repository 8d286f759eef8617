// The one bounded reader of named text files (lab/io/text_file.h): never more than the limit + 1 bytes from
// anything, and a refusal that names the file and the reason.
#include <catch2/catch.hpp>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>

#include "lab/io/text_file.h"

namespace {

// A fresh directory of its own under the system's temporary one, removed at the end of the test.
struct TempDir {
    std::filesystem::path path;
    TempDir() {
        path = std::filesystem::temp_directory_path() / ("bplab_text_file_" + std::to_string(std::chrono::steady_clock::now().time_since_epoch().count()));
        std::filesystem::create_directories(path);
    }
    ~TempDir() {
        std::error_code ignored;
        std::filesystem::remove_all(path, ignored);
    }
    std::string write(const std::string& name, const std::string& bytes) const {
        const std::string file = (path / name).string();
        std::ofstream(file, std::ios::binary) << bytes;
        return file;
    }
};

}  // namespace

TEST_CASE("read_text_file reads a file within its limit, byte for byte", "[text_file]") {
    TempDir dir;
    const std::string bytes = std::string("{\"alpha\": 0.5}\n") + '\0' + "\xef\xbb\xbf";
    const std::string file = dir.write("ok.json", bytes);
    std::string text = "old", error;
    REQUIRE(lab::read_text_file(file, 1000, text, error));
    CHECK(text == bytes);
    CHECK(error.empty());
    // exactly at the limit is within it
    const std::string full = dir.write("full.json", std::string(1000, ' '));
    REQUIRE(lab::read_text_file(full, 1000, text, error));
    CHECK(text.size() == 1000u);
    const std::string empty = dir.write("empty.json", "");
    REQUIRE(lab::read_text_file(empty, 1000, text, error));
    CHECK(text.empty());
}

TEST_CASE("read_text_file refuses a file over the limit, a directory, a device without end and a missing file",
          "[text_file]") {
    TempDir dir;
    std::string text = "kept", error;
    const std::string big = dir.write("big.json", std::string(1001, ' '));
    CHECK_FALSE(lab::read_text_file(big, 1000, text, error));
    CHECK(error == big + ": larger than the 1,000 bytes limit");
    CHECK(text == "kept");

    CHECK(lab::read_text_file(big, 16u << 20, text, error));  // the same file within 16 MB
    CHECK(text.size() == 1001u);
    text = "kept";

    CHECK_FALSE(lab::read_text_file(dir.path.string(), 1000, text, error));
    CHECK(error == dir.path.string() + ": is a directory");
    CHECK(text == "kept");

    const std::string missing = (dir.path / "missing.json").string();
    CHECK_FALSE(lab::read_text_file(missing, 1000, text, error));
    CHECK(error == missing + ": cannot read: No such file or directory");

    // /dev/zero never ends: the reader stops one byte past the limit
    if (std::filesystem::exists("/dev/zero")) {
        CHECK_FALSE(lab::read_text_file("/dev/zero", 1u << 20, text, error));
        CHECK(error == "/dev/zero: larger than the 1 MB limit");
        CHECK(text == "kept");
    }
}

TEST_CASE("sizes in messages read as the limits are written", "[text_file]") {
    CHECK(lab::size_text(16u << 20) == "16 MB");
    CHECK(lab::size_text(20000000) == "19.1 MB");
    CHECK(lab::size_text(4000) == "4,000 bytes");
    CHECK(lab::size_text(999999) == "999,999 bytes");
    CHECK(lab::size_text(80) == "80 bytes");
    CHECK(lab::too_large_message("the file", 20u << 20, 16u << 20) == "the file is 20 MB; the limit is 16 MB");
}

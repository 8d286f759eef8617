// Replays every input of the committed fuzz corpus (tests/fuzz/corpus/<target>/) and every crash the fuzzers found
// (tests/fuzz/regressions/<target>/, kept after the fix) through the same entry points the libFuzzer targets use
// (tests/fuzz/fuzz_entries.h). A regression traps or trips a sanitizer, so these run in every ctest, natively, under
// node and in the ASan build. scripts/fuzz.sh finds new ones.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "../fuzz/fuzz_entries.h"

namespace {

namespace fs = std::filesystem;
using Entry = void (*)(const uint8_t*, size_t);

int replay(const std::string& target, Entry entry) {
    int count = 0;
    for (const char* folder : {"corpus", "regressions"}) {
        const fs::path dir = fs::path(BPLAB_SOURCE_DIR) / "tests" / "fuzz" / folder / target;
        if (!fs::is_directory(dir)) continue;
        std::vector<fs::path> files;
        for (const fs::directory_entry& e : fs::directory_iterator(dir))
            if (e.is_regular_file() && e.path().filename().string()[0] != '.') files.push_back(e.path());
        std::sort(files.begin(), files.end());
        for (const fs::path& file : files) {
            std::ifstream in(file, std::ios::binary);
            std::stringstream bytes;
            bytes << in.rdbuf();
            const std::string data = bytes.str();
            INFO(file.string());
            entry(reinterpret_cast<const uint8_t*>(data.data()), data.size());
            ++count;
        }
    }
    return count;
}

}  // namespace

TEST_CASE("fuzz corpus and regressions replay cleanly: URL state", "[fuzz]") { REQUIRE(replay("url_state", fuzz::url_state) > 0); }
TEST_CASE("fuzz corpus and regressions replay cleanly: JSON import", "[fuzz]") { REQUIRE(replay("json_import", fuzz::json_import) > 0); }
TEST_CASE("fuzz corpus and regressions replay cleanly: CSV", "[fuzz]") { REQUIRE(replay("csv", fuzz::csv) > 0); }
TEST_CASE("fuzz corpus and regressions replay cleanly: expressions", "[fuzz]") { REQUIRE(replay("expression", fuzz::expression) > 0); }

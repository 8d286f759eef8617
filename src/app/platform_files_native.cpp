#include <filesystem>
#include <fstream>

#include "app/platform_files.h"

namespace app {

bool save_file(const std::string& name, const std::string&, const std::vector<uint8_t>& bytes, std::string& message) {
    std::error_code ignored;
    const std::filesystem::path path = std::filesystem::current_path(ignored) / name;
    std::ofstream file(path, std::ios::binary);
    file.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
    if (!file) {
        message = "could not write " + path.string();
        return false;
    }
    message = "wrote " + path.string();
    return true;
}

std::string ask_for_data_file() { return "drop a .csv file on the window (or start with --data FILE.csv)"; }

std::string ask_for_import_file() { return "drop a .json state file on the window (or start with --import FILE)"; }

}  // namespace app

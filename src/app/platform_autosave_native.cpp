#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <system_error>

#include "app/autosave.h"
#include "app/platform_autosave.h"

namespace app {
namespace {

// $XDG_CONFIG_HOME/backprop-lab, or $HOME/.config/backprop-lab; empty when neither is set.
std::filesystem::path autosave_directory() {
    const char* config = std::getenv("XDG_CONFIG_HOME");
    if (config && *config) return std::filesystem::path(config) / "backprop-lab";
    const char* home = std::getenv("HOME");
    if (home && *home) return std::filesystem::path(home) / ".config" / "backprop-lab";
    return {};
}

}  // namespace

bool write_autosave(const std::string& text, std::string& error) {
    const std::filesystem::path directory = autosave_directory();
    if (directory.empty()) {
        error = "neither XDG_CONFIG_HOME nor HOME is set: nowhere to keep the autosave";
        return false;
    }
    std::error_code failure;
    std::filesystem::create_directories(directory, failure);
    const std::filesystem::path path = directory / "autosave.json", temporary = directory / "autosave.json.tmp";
    {
        std::ofstream file(temporary, std::ios::binary | std::ios::trunc);
        file.write(text.data(), static_cast<std::streamsize>(text.size()));
        file.flush();
        if (!file) {
            error = "could not write " + temporary.string();
            return false;
        }
    }
    std::filesystem::rename(temporary, path, failure);  // atomic on one file system: old or new, never half
    if (failure) {
        error = "could not replace " + path.string() + ": " + failure.message();
        return false;
    }
    return true;
}

bool read_autosave(std::string& text, std::string& error) {
    const std::filesystem::path directory = autosave_directory();
    if (directory.empty()) return false;
    const std::filesystem::path path = directory / "autosave.json";
    std::error_code failure;
    if (!std::filesystem::is_regular_file(path, failure)) return false;
    // Never more than a saved session can be: a larger file is refused before anything is read.
    const std::uintmax_t size = std::filesystem::file_size(path, failure);
    if (failure || size > kMaxSavedSessionBytes) {
        error = path.string() + (failure ? ": " + failure.message() : " is larger than a saved session can be");
        return false;
    }
    std::ifstream file(path, std::ios::binary);
    text.assign(static_cast<size_t>(size), '\0');
    file.read(text.data(), static_cast<std::streamsize>(text.size()));
    text.resize(static_cast<size_t>(std::max<std::streamsize>(0, file.gcount())));
    if (file.bad()) {
        error = "could not read " + path.string();
        return false;
    }
    return true;
}

bool autosave_restore_requested() { return false; }

bool start_card_dismissed() {
    const std::filesystem::path directory = autosave_directory();
    std::error_code failure;
    return !directory.empty() && std::filesystem::exists(directory / "start-card-dismissed", failure);
}

bool remember_start_card_dismissed(std::string& error) {
    const std::filesystem::path directory = autosave_directory();
    std::error_code failure;
    if (!directory.empty()) {
        std::filesystem::create_directories(directory, failure);
        std::ofstream file(directory / "start-card-dismissed", std::ios::trunc);
        if (file << "dismissed\n") return true;
    }
    error = "nowhere to remember that the start card was dismissed: it will show again";
    return false;
}

}  // namespace app

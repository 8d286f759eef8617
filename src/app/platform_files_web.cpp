#include <emscripten.h>

#include "app/platform_files.h"

namespace app {

bool save_file(const std::string& name, const std::string& mime, const std::vector<uint8_t>& bytes, std::string& message) {
    // Module.bplabDownload (web/shell.html) copies the bytes into a Blob before this returns.
    const int ok = EM_ASM_INT({ return Module.bplabDownload(UTF8ToString($0), UTF8ToString($1), HEAPU8.subarray($2, $2 + $3)) ? 1 : 0; },
                              name.c_str(), mime.c_str(), bytes.data(), static_cast<int>(bytes.size()));
    message = ok ? "downloaded " + name : "the browser refused the download of " + name;
    return ok != 0;
}

std::string ask_for_import_file() {
    EM_ASM({ Module.bplabPickImport(); });
    return "choose a .json state file";
}

std::string ask_for_data_file() {
    EM_ASM({ Module.bplabPickData(); });
    return "choose a .csv file";
}

}  // namespace app

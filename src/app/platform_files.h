// Handing an exported file to the user: in the browser a download (a Blob and an <a download>, web/shell.html), on
// the desktop a file in the current directory. One declaration, two implementations (platform_files_web.cpp,
// platform_files_native.cpp; the build picks one).
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace app {

// `name` is a plain file name ("backprop_lab_state.json"). Returns false with `message` saying why on failure; on
// success `message` says where the file went.
bool save_file(const std::string& name, const std::string& mime, const std::vector<uint8_t>& bytes,
               std::string& message);

// Import: in the browser opens the file picker (its file goes to bplab.importState); on the desktop there is no
// picker, so the message says how (drop the file on the window, or --import FILE). Returns that message.
std::string ask_for_import_file();

// The same for a CSV data file (its text goes to bplab.loadCsv; on the desktop: drop it, or --data FILE.csv).
std::string ask_for_data_file();

}  // namespace app

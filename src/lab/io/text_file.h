// Reading a text file the user named — a state or config file on the command line, a file dropped on the window —
// without trusting what it is: at most `limit` + 1 bytes are read from a regular file, a device (/dev/zero never
// ends), a FIFO or anything else, so a huge or endless file costs at most the limit, and a directory is refused by
// name instead of reading as empty text. Every native path that reads such a file goes through read_text_file.
#pragma once
#include <cstddef>
#include <string>

namespace lab {

// The file's bytes in `text`, or false with `error` saying why, naming the file:
//   "FILE: is a directory", "FILE: larger than the 16 MB limit", "FILE: cannot read: <the system's reason>".
// On failure `text` is left as it was.
bool read_text_file(const std::string& path, size_t limit, std::string& text, std::string& error);

// "16 MB", "1.3 MB", "4,000 bytes": a size as messages state it (1 MB = 2²⁰ bytes, as the limits are).
std::string size_text(size_t bytes);

// The message for a text over its limit: "the file is 20.0 MB; the limit is 16 MB" (what = "the file").
std::string too_large_message(const std::string& what, size_t bytes, size_t limit);

}  // namespace lab

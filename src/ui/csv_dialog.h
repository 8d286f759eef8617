// "Your data": a window to bring a CSV file in — pasted text, a picked file or a dropped one — with a preview of
// the first rows (column names and detected types), the choice of the feature columns and the label column, and
// classification or regression. "Use this data" hands the choice to the App, which makes the data set; a file or
// a choice with problems lists them here, named by line and column, and the lab behind stays as it was.
#pragma once
#include <string>
#include <vector>

#include "core/csv_table.h"

namespace ui {

struct CsvDialogState {
    bool open = false;
    bool has_table = false;           // a file was read: the preview and the choice show
    core::CsvTable table;
    core::CsvChoice choice;
    std::string source;               // "flowers.csv", "pasted text"
    std::vector<std::string> problems;  // of the last read or the last "Use this data"
    int click_classes = 0;            // classes a click on the plot can add (0: the data set takes no clicks)
    int add_class = 0;                // the class a click adds
    std::vector<char> paste = std::vector<char>(64 * 1024, '\0');  // the paste box's text, NUL-terminated
};

struct CsvDialogActions {
    bool read_paste = false;  // read the paste box's text as a file
    bool pick_file = false;   // the file picker (browser); natively the message says to drop the file
    bool use = false;         // make the data set of state.choice
    bool close = false;
};

// Draws the window when state.open; the checkboxes and radio buttons change state.choice in place.
CsvDialogActions csv_dialog(CsvDialogState& state, float screen_width, float screen_height);

}  // namespace ui

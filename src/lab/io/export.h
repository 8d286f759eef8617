// Export and import: the trace as CSV (for handouts and spreadsheets), and the whole state as JSON that can be
// loaded back (state_json writes it; import_state reads it).
#pragma once
#include <string>
#include <vector>

#include "lab/io/config.h"
#include "lab/teach/trace.h"

namespace lab {

// index,phase,example,layer,unit,formula,numbers,result — layer and unit in the lecture's 1-based numbering.
std::string trace_csv(const StepTrace& trace);

struct ImportedState {
    LabConfig config;
    std::vector<double> theta;  // Θ⁽¹⁾ row by row, then Θ⁽²⁾ …; empty if the file has no weights
    int lesson = 0;
};

// Reads a state written by state_json (or any object with "config" and optionally "network": {"theta": …}).
// Problems are named ("network.theta[1][0][2] is not a number"); on any problem `out` is untouched and false
// returned. A weight count that does not fit the config is found later, by Session::set_theta.
bool import_state(const std::string& text, ImportedState& out, std::vector<std::string>& problems);

}  // namespace lab

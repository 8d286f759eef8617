// Export and import: the trace as CSV (for handouts and spreadsheets), and the whole state as JSON that can be
// loaded back (state_json writes it; import_state reads it).
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "lab/io/config.h"
#include "lab/io/run_json.h"
#include "lab/io/state_json.h"
#include "lab/teach/stepper.h"
#include "lab/teach/trace.h"

namespace lab {

// index,phase,example,layer,unit,formula,numbers,result — layer and unit in the lecture's 1-based numbering.
std::string trace_csv(const StepTrace& trace);

// A state file as read (import_state), before it is checked against the network its config implies.
// Members of the file, all optional but "config" and the weights (older files have only "config", "lesson" and
// "network"): "lesson"; "network": {"theta": [Θ⁽¹⁾, …]} or {"theta": "init"} (fresh weights from the config's
// seed); "training" (run_json.h), which makes the import a continuation; "cursor": {"index": k} (with "training").
struct ImportedState {
    LabConfig config;
    int lesson = 0;
    bool initialize = false;             // "theta": "init"
    std::vector<core::Matrix> theta;     // network.theta as the file has it
    std::optional<ImportedRun> run;      // "training"
    int cursor = -1;                     // "cursor.index", honoured with "training" only
    std::optional<Display> display;      // "display": the words as written; the App checks them as a link's
    std::vector<std::string> warnings;   // what was ignored while the rest imports ("unknown field 'foo' ignored")
};

// Reads a state written by state_json. Problems are named ("'network.theta[1][0][2]' must be a finite number");
// on any problem `out` is untouched, false returned and the first problem begins "nothing imported: ".
bool import_state(const std::string& text, ImportedState& out, std::vector<std::string>& problems);

// The imported state as a lab: a stepper of its config whose every Θ⁽ˡ⁾ must have the shape the config implies
// (units of layer l + 1 × units of layer l + 1 for the bias), resumed from the file's training state and cursor.
// On a problem `stepper` is untouched, false returned and the first problem begins "nothing imported: ".
bool restore_state(const ImportedState& state, Stepper& stepper, std::vector<std::string>& problems);

}  // namespace lab

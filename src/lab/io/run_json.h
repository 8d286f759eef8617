// The run's state in an exported state file ("training"): everything the next training step depends on besides
// the config and the data, so that an imported state trains on bit for bit as the exported one would have.
//
//   "training": {
//     "epoch": 27, "steps": 540,            counters (epochs completed, updates made)
//     "next_in_epoch": 20,                  where the next mini-batch starts in "order"
//     "order": [3, 0, 7, …],                this epoch's shuffled example order (training-set indices)
//     "shuffle_rng": "…", "dropout_rng": "…",   the random states, as decimal strings (64 bits exceed a JSON number)
//     "optimizer": {"t": 540, "beta1_t": …, "beta2_t": …, "velocity": [Θ-shaped], "second": [Θ-shaped]},
//     "theta": [Θ⁽¹⁾, …],                    only while a step is traced: the Θ that step started from
//     "initial_theta": [Θ⁽¹⁾, …],            only when the run did not start from the seed's weights (a preset, edits)
//     "history_stride": 1, "history": [{"epoch": 0, "train_loss": …}, …]   the loss curve so far
//   }
//
// While a step is traced, every counter describes the state before that step and the file's "cursor.index" says
// which event was shown: importing traces the step again (training is deterministic) and puts the cursor there.
// Every member is optional when reading (older files have no "training" at all); a missing one takes the value a
// fresh run of the config has.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/matrix.h"
#include "lab/io/json.h"
#include "lab/teach/stepper.h"

namespace lab {

void write_run_json(const Stepper& stepper, JsonWriter& out);

// "training" as read, its shapes not yet checked against a network (restore_state does that).
struct ImportedRun {
    std::optional<long long> epoch, steps, optimizer_t;
    std::optional<int> next_in_epoch;
    std::vector<int> order;                          // empty: a fresh run's order
    std::optional<uint64_t> shuffle_state, dropout_state;
    std::optional<double> beta1_t, beta2_t;
    std::vector<core::Matrix> velocity, second;      // empty: zeros
    std::vector<core::Matrix> theta, initial_theta;  // empty: not in the file
    std::vector<EpochRecord> history;
    int history_stride = 1;
};

// Reads the "training" object; a problem is named by its path ("'training.order[3]' must be a whole number …").
bool read_run_json(const Json& training, ImportedRun& out, std::vector<std::string>& problems);

// A list of matrices (lists of rows of numbers) as written by write_matrices; `where` names it in messages. Each
// value must be finite and, for weights, within ±1e6 (as a typed weight). Rows of unequal length are a problem.
enum class Values { Weights, Finite };
bool read_matrices(const Json& list, const std::string& where, Values values, std::vector<core::Matrix>& out,
                   std::vector<std::string>& problems);

}  // namespace lab

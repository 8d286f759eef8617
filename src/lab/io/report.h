// JSON reports of a session: the network's weights, one example's forward/backward values, the loss history and a
// gradient check. The CLI prints them; the page's state uses the same writers, so both agree to the last digit.
#pragma once
#include <vector>

#include "core/gradcheck.h"
#include "lab/io/json.h"
#include "lab/teach/session.h"

namespace lab {

// [[Θ⁽¹⁾ row 1, row 2, …], [Θ⁽²⁾ rows …], …]: a list of matrices, each a list of rows.
void write_matrices(const std::vector<core::Matrix>& matrices, JsonWriter& out);
// {"sizes":[…],"hidden_activation":…,"output_activation":…,"theta":[Θ⁽¹⁾ rows, …]}
void write_network_json(const core::Network& net, JsonWriter& out);
// For training example i of the session, after forward + backward:
// {"index":i,"x":[…],"y":[…],"loss":J,"layers":[{"l":1,"a":[…]},{"l":2,"z":[…],"a":[…],"delta":[…]},…],
//  "dtheta":[…]}   — dtheta is this example's ∂J/∂Θ (λ-terms included).
void write_example_json(const Session& session, int i, JsonWriter& out);
// [{"epoch":0,"train_loss":…,"test_loss":…,"train_accuracy":…,"test_accuracy":…},…]
void write_history_json(const std::vector<EpochRecord>& history, JsonWriter& out);
// {"difference":"central","h":…,"max_relative_error":…,"entries":[{"layer":1,"i":…,"j":…,…},…]}
void write_gradcheck_json(const std::vector<core::GradCheckEntry>& entries, double h, core::Difference difference,
                          JsonWriter& out);

}  // namespace lab

// Opening a lesson or a shared link in a Stepper, and capturing the current state as a link.
#pragma once
#include <string>
#include <vector>

#include "lab/lessons/lessons.h"
#include "lab/teach/stepper.h"
#include "lab/io/url_state.h"

namespace lab {

// The lesson's config and preset weights, untrained.
void load_lesson(Stepper& stepper, const Lesson& lesson);

// Rebuilds what a link describes: the config, the lesson's preset Θ, the weight edits on the initial weights,
// `steps` training updates, and the cursor on the next step's trace. Returns notices for what could not apply.
std::vector<std::string> apply_url_state(const UrlState& state, Stepper& stepper);

// The same in parts, so that a long replay of training can run over many frames while the page stays responsive:
//     LinkReplay replay = start_link(state, stepper, notices, edits_applied);  // untrained, edits applied
//     while (!replay.finished(stepper)) replay_steps(replay, stepper, n);     // n of the link's steps at a time
//     finish_link(replay, stepper, notices);                                   // divergence notice, cursor
// Training is deterministic and each step is the same whatever the slicing, so the result is bit-identical to
// apply_url_state's.
struct LinkReplay {
    long long total = 0;  // the link's training steps
    long long done = 0;   // replayed so far
    int cursor = -1;      // the step-trace event to open when the replay is done; −1 = none
    // All steps done, or training diverged (it stops there).
    bool finished(const Stepper& stepper) const { return done >= total || !stepper.session().can_step(); }
};
// `stepper` must be new for the link's config (Stepper(state.config), or after replace_session(state.config)).
// `edits_applied` counts the weight edits that fit the network; each one that does not has a notice.
LinkReplay start_link(const UrlState& state, Stepper& stepper, std::vector<std::string>& notices, int& edits_applied);
void replay_steps(LinkReplay& replay, Stepper& stepper, long long steps);  // at most `steps` more
void finish_link(const LinkReplay& replay, Stepper& stepper, std::vector<std::string>& notices);
// What the progress bar says: "Replaying the link's 1,000,000 training steps — 120,000 done (12 %)".
std::string replay_progress_text(const LinkReplay& replay);
// What a cancelled (or interrupted) replay leaves, in a notice: the steps it got to, and that they are kept.
std::string replay_stopped_notice(const LinkReplay& replay);

// The link for the stepper's state. Edits are the starting weights that differ from the lesson's; if a weight was
// typed during training, the link starts from the current weights instead (steps = 0, `restarted` set), since a
// replay could not reach them.
UrlState capture_url_state(const Stepper& stepper, int lesson, bool& restarted);

}  // namespace lab

#include "lab/lessons/lesson_state.h"

#include <algorithm>

namespace lab {
namespace {

// The starting weights a config and lesson give before any edit (initializer, then the lesson's preset).
std::vector<double> lesson_start(const LabConfig& config, const Lesson* lesson) {
    Session fresh(config);
    if (lesson && !lesson->preset_theta.empty()) fresh.set_theta(lesson->preset_theta);
    return flat_theta(fresh.network());
}

std::vector<WeightEdit> differences(const core::Network& shape, const std::vector<double>& from,
                                    const std::vector<double>& to) {
    std::vector<WeightEdit> edits;
    size_t k = 0;
    for (size_t l = 0; l < shape.theta.size(); ++l)
        for (int i = 0; i < shape.theta[l].rows; ++i)
            for (int j = 0; j < shape.theta[l].cols; ++j, ++k)
                if (k < from.size() && k < to.size() && from[k] != to[k])
                    edits.push_back({static_cast<int>(l), i, j, to[k]});
    return edits;
}

}  // namespace

void load_lesson(Stepper& stepper, const Lesson& lesson) {
    stepper.replace_session(lesson.config);
    if (!lesson.preset_theta.empty()) {
        stepper.session().set_theta(lesson.preset_theta);
        stepper.reset();
    }
}

std::vector<std::string> apply_url_state(const UrlState& state, Stepper& stepper) {
    std::vector<std::string> notices;
    int edits_applied = 0;
    stepper.replace_session(state.config);
    LinkReplay replay = start_link(state, stepper, notices, edits_applied);
    replay_steps(replay, stepper, replay.total);
    finish_link(replay, stepper, notices);
    return notices;
}

LinkReplay start_link(const UrlState& state, Stepper& stepper, std::vector<std::string>& notices, int& edits_applied) {
    const Lesson* lesson = find_lesson(std::to_string(state.lesson));
    core::Network start = stepper.session().network();
    if (lesson && !lesson->preset_theta.empty() &&
        static_cast<int>(lesson->preset_theta.size()) == start.weight_count()) {
        size_t k = 0;
        for (core::Matrix& theta : start.theta)
            for (double& w : theta.v) w = lesson->preset_theta[k++];
    }
    const std::vector<std::string> refused = apply_weight_edits(state.edits, start);  // one notice per edit refused
    edits_applied = static_cast<int>(state.edits.size() - refused.size());
    notices.insert(notices.end(), refused.begin(), refused.end());
    stepper.session().set_theta(flat_theta(start));
    stepper.reset();
    LinkReplay replay;
    replay.total = std::clamp(state.steps, 0LL, kMaxUrlSteps);
    replay.cursor = state.cursor;
    return replay;
}

void replay_steps(LinkReplay& replay, Stepper& stepper, long long steps) {
    const long long n = std::min(steps, replay.total - replay.done);
    if (n <= 0 || !stepper.session().can_step()) return;
    const long long before = stepper.session().steps();
    stepper.run_steps(static_cast<int>(n));  // n ≤ kMaxUrlSteps fits an int
    replay.done += stepper.session().steps() - before;  // fewer when training diverged: it stops there
}

void finish_link(const LinkReplay& replay, Stepper& stepper, std::vector<std::string>& notices) {
    const Divergence& diverged = stepper.session().divergence();
    if (diverged.happened())  // the link's settings blow up: training stops there and the App shows the banner
        notices.push_back("'steps': " + divergence_summary(diverged) + " " + divergence_cause(diverged));
    if (replay.cursor >= 0 && diverged.happened()) {
        notices.push_back("'cursor' ignored: training is paused where it diverged");
    } else if (replay.cursor >= 0) {
        stepper.next_event();  // opens the trace of the next step at event 0
        const int last = static_cast<int>(stepper.trace()->events.size()) - 1;
        if (replay.cursor > last)
            notices.push_back("'cursor' " + std::to_string(replay.cursor) + " is past this step's last event (" +
                              std::to_string(last) + "); shown at the last event");
        for (int k = 0; k < std::min(replay.cursor, last); ++k) stepper.next_event();
    }
}

std::string replay_progress_text(const LinkReplay& replay) {
    const long long percent = replay.total > 0 ? replay.done * 100 / replay.total : 100;
    // the count as well: a long replay sits below 1 % for a while, and a moving number shows it is alive
    return "Replaying the link's " + digits_grouped(replay.total) + " training steps — " + digits_grouped(replay.done) +
           " done (" + std::to_string(percent) + " %)";
}

std::string replay_stopped_notice(const LinkReplay& replay) {
    return "The link's replay stopped at step " + digits_grouped(replay.done) + " of " + digits_grouped(replay.total) +
           "; the lab keeps what was trained so far" + (replay.cursor >= 0 ? " (no step trace opened)." : ".");
}

UrlState capture_url_state(const Stepper& stepper, int lesson_number, bool& restarted) {
    const Session& session = stepper.session();
    UrlState state = lesson_state(lesson_number);
    const Lesson* lesson = find_lesson(std::to_string(state.lesson));
    state.config = session.config();
    const std::vector<double> start = lesson_start(state.config, lesson);
    restarted = session.edited_during_training();
    if (restarted) {  // replaying cannot reach these weights: start from them
        state.edits = differences(session.network(), start, flat_theta(session.network()));
        state.steps = 0;
        state.cursor = -1;
        return state;
    }
    const std::vector<double>& initial = session.initial_theta();
    if (!initial.empty()) state.edits = differences(session.network(), start, initial);
    // With a trace open, the trace's step is the one after the `steps` replayed ones.
    state.steps = stepper.trace() ? session.steps() - 1 : session.steps();
    state.cursor = stepper.trace() ? stepper.cursor() : -1;
    return state;
}

}  // namespace lab

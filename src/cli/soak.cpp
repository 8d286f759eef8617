#include "soak.h"

#include <chrono>
#include <cmath>
#include <cstdio>
#include <fstream>

#include "lab/teach/divergence.h"
#include "lab/lessons/lesson_state.h"
#include "lab/lessons/lessons.h"
#include "lab/teach/stepper.h"

namespace cli {
namespace {

// Resident set size in KiB (Linux: /proc/self/statm, second field, in pages); −1 where it cannot be read.
long resident_kb() {
    std::ifstream statm("/proc/self/statm");
    long size_pages = 0, resident_pages = 0;
    if (!(statm >> size_pages >> resident_pages)) return -1;
    return resident_pages * 4;  // 4 KiB pages on every Linux we build for
}

double seconds_since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

bool finite_network(const core::Network& net) {
    int layer = 0, row = 0, column = 0;
    return !lab::find_non_finite_weight(net, layer, row, column);
}

// One line of figures; true when memory stayed flat.
bool report(const char* phase, long start_kb, long end_kb, double seconds, const std::string& detail) {
    const long growth = end_kb - start_kb;
    const bool flat = start_kb >= 0 && end_kb >= 0 && growth <= kAllowedGrowthKb;
    std::printf("%s: RSS start %ld KiB, end %ld KiB (growth %+ld KiB, allowed %ld); %s; %.1f s\n", phase, start_kb,
                end_kb, growth, kAllowedGrowthKb, detail.c_str(), seconds);
    return flat;
}

}  // namespace

int soak(long long steps, long long switches, const std::string& lesson_name) {
    bool ok = true;
    const lab::Lesson* lesson = lab::find_lesson(lesson_name.empty() ? "xor" : lesson_name);
    if (!lesson) {
        std::fprintf(stderr, "bplab: no lesson '%s' (run 'bplab lessons' for the list)\n", lesson_name.c_str());
        return 2;
    }

    // ---- 1. a million steps -------------------------------------------------------------------------------------
    if (steps > 0) {
        lab::Stepper stepper(lesson->config);
        lab::load_lesson(stepper, *lesson);
        stepper.run_steps(lab::Stepper::kTimelineSteps + 1000);  // warm up: the timeline's ring is full
        stepper.next_batch();
        const long start_kb = resident_kb();
        const auto clock = std::chrono::steady_clock::now();
        constexpr int kChunk = 10000;
        long long done = 0;
        while (done < steps && stepper.session().can_step()) {
            const int n = static_cast<int>(std::min<long long>(kChunk - 1, steps - done - 1));
            if (n > 0) stepper.run_steps(n);
            stepper.next_batch();  // one traced step per chunk: the trace's allocations come and go
            done += n + 1;
        }
        const lab::EpochRecord now = stepper.session().current();
        const bool finite = std::isfinite(now.train_loss) && std::isfinite(now.test_loss) &&
                            finite_network(stepper.session().network()) && stepper.session().can_step();
        char detail[512];
        std::snprintf(detail, sizeof detail,
                      "%lld steps of lesson %d (%s), epoch %lld, train loss %.6g, accuracy %.1f%%, history %zu "
                      "records, %s",
                      done, lesson->number, lesson->id.c_str(), stepper.session().epoch(), now.train_loss,
                      100.0 * now.train_accuracy, stepper.session().history().size(),
                      finite ? "no NaN" : "NOT FINITE");
        if (!stepper.session().can_step())
            std::printf("training diverged: %s\n", lab::divergence_message(stepper.session().divergence()).c_str());
        ok = report("soak training", start_kb, resident_kb(), seconds_since(clock), detail) && ok && finite;
    }

    // ---- 2. lesson switches and resets ----------------------------------------------------------------------------
    if (switches > 0) {
        const std::vector<lab::Lesson>& all = lab::lessons();
        lab::Stepper stepper(all.front().config);
        auto one_switch = [&](long long k) {
            lab::load_lesson(stepper, all[static_cast<size_t>(k) % all.size()]);
            stepper.run_steps(3);
            stepper.next_event();
            stepper.next_layer();
            stepper.reset();
        };
        for (size_t k = 0; k < 2 * all.size(); ++k) one_switch(static_cast<long long>(k));  // warm up
        const long start_kb = resident_kb();
        const auto clock = std::chrono::steady_clock::now();
        bool finite = true;
        for (long long k = 0; k < switches; ++k) {
            one_switch(k);
            finite = finite && finite_network(stepper.session().network());
        }
        const std::string detail = std::to_string(switches) + " lesson switches and resets over all " +
                                   std::to_string(all.size()) + " lessons, " + (finite ? "no NaN" : "NOT FINITE");
        ok = report("soak switches", start_kb, resident_kb(), seconds_since(clock), detail) && ok && finite;
    }
    std::printf("soak: %s\n", ok ? "ok (memory flat, no NaN)" : "FAILED");
    return ok ? 0 : 1;
}

}  // namespace cli

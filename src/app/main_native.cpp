// The desktop build: setup → loop → cleanup. Flags: --lesson ID, --state LINK (a URL hash), --width/--height
// (window size), --steps N (train N updates before the first frame), --events N (then step N events), --frames N
// (stop after N frames), --screenshot FILE (with --frames: write frame N as a PNG, then exit), --state-json FILE,
// --import FILE (a state JSON written by "State JSON" or bplab.exportState()); --check-surface N and
// --check-boundary N compare a GPU pass with the CPU's and exit (tests/app_surface.sh, tests/app_boundary.sh);
// --check-activations compares the shaders' g(z) with core's (tests/app_activations.sh). --autosave on|off: keep
// the session in the config directory and offer it at the next start (app/autosave.h); on by default except in
// scripted runs (--frames, --screenshot, a check), so tests never touch the user's saved session.
#define SDL_MAIN_HANDLED  // our main() is a plain main on every desktop platform we build for
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include "app/app.h"
#include "app/platform.h"
#include "app/png_writer.h"
#include "lab/lessons/lessons.h"
#include "lab/io/url_state.h"
#include "render/activation_check.h"
#include "render/boundary_check.h"
#include "surface_gpu.h"

namespace {

struct Options {
    int width = 1280;
    int height = 800;
    long frames = 0;  // 0 = run until the window is closed
    long steps = 0;   // training updates before the first frame
    long events = 0;  // then cursor moves (screenshots of a phase of a step)
    std::string screenshot;
    std::string lesson = lab::default_lesson().id;
    std::string surface;  // the loss-surface view, as SurfaceHost::set_view reads it
    std::string state;  // a link's state string ("lesson=16&alpha=0.1"); "" = none
    std::string state_json;  // write the state JSON (as the page's bplab.state()) here after the last frame
    long check_surface = 0;  // > 0: compare the GPU loss grid with the CPU sampler at this resolution, then quit
    long check_boundary = 0;  // > 0: compare the GPU decision boundary with the CPU's forward pass on N × N, then quit
    bool check_activations = false;  // compare every activation's GLSL g(z) with core's, then quit
    std::string import_file;
    std::string data_file;  // --data FILE.csv: the data set "custom" with the preview's columns
    std::string autosave;  // "on", "off", or "" = on unless the run is scripted
    bool lesson_given = false;  // --lesson: like a link, it takes precedence over the saved session
};

void print_usage(std::FILE* to) {
    std::fprintf(to,
                 "usage: backprop_lab [--lesson ID] [--state LINK] [--width W] [--height H] [--steps N] [--events N]\n"
                 "                    [--frames N] [--screenshot FILE.png] [--state-json FILE] [--surface VIEW]\n"
                 "                    [--import STATE.json] [--data FILE.csv] [--check-surface N] [--check-boundary N]\n"
                 "                    [--check-activations] [--autosave on|off]\n"
                 "  --lesson ID             lesson number or id (default 16, backprop; see bplab lessons)\n"
                 "  --state LINK            open a link's state: the part after '#' of the page's URL, e.g.\n"
                 "                          'lesson=16&alpha=0.1&hidden=4,4&steps=20&cursor=3' (Copy link / L prints it)\n"
                 "  --state-json FILE       after the last frame, write the state as JSON (the page's bplab.state())\n"
                 "  --width W, --height H   window size in pixels (default 1280 x 800)\n"
                 "  --steps N               train N updates before the first frame\n"
                 "  --events N              then step N events through the next step's trace\n"
                 "  --frames N              quit after N frames\n"
                 "  --screenshot FILE.png   save frame N (default N = 60) as a PNG, then quit\n"
                 "  --surface VIEW          the loss-surface panel, e.g. 3d or exact,race or picked,n=96\n"
                 "  --check-surface N       compare the GPU loss surface (N x N) with the CPU's, print, quit\n"
                 "  --check-boundary N      compare the GPU decision boundary (N x N) with the CPU's, print, quit\n"
                 "  --check-activations     compare every activation g(z) on the GPU with the CPU's, print, quit\n"

                 "  --import STATE.json     start from a saved state (config and weights); dropping the file on\n"
                 "                          the window does the same\n"
                 "  --data FILE.csv         your own data: the first two number columns are x, the last column y\n"
                 "  --autosave on|off       keep the session in $XDG_CONFIG_HOME/backprop-lab/autosave.json and offer\n"
                 "                          it at the next start (default: on, off with --frames or --screenshot)\n");
}

bool parse_positive(const char* text, long max, long& out) {
    char* end = nullptr;
    const long value = std::strtol(text, &end, 10);
    if (end == text || *end != '\0' || value <= 0 || value > max) return false;
    out = value;
    return true;
}

// Returns false on anything it does not understand; main then prints the usage and exits with 2.
bool parse_options(int argc, char** argv, Options& options) {
    for (int i = 1; i < argc; ++i) {
        const char* flag = argv[i];
        const char* value = i + 1 < argc ? argv[i + 1] : nullptr;
        long number = 0;
        if (!std::strcmp(flag, "--check-activations")) {
            options.check_activations = true;
            continue;  // the one flag without a value
        }
        if (!std::strcmp(flag, "--screenshot") && value && *value) {
            options.screenshot = value;
        } else if (!std::strcmp(flag, "--surface") && value && *value) {
            options.surface = value;
        } else if (!std::strcmp(flag, "--check-surface") && value && parse_positive(value, 128, number)) {
            options.check_surface = number;
        } else if (!std::strcmp(flag, "--check-boundary") && value && parse_positive(value, 256, number)) {
            options.check_boundary = number;
        } else if (!std::strcmp(flag, "--import") && value && *value) {
            options.import_file = value;
        } else if (!std::strcmp(flag, "--data") && value && *value) {
            options.data_file = value;
        } else if (!std::strcmp(flag, "--frames") && value && parse_positive(value, 100000000, number)) {
            options.frames = number;
        } else if (!std::strcmp(flag, "--steps") && value && parse_positive(value, 10000000, number)) {
            options.steps = number;
        } else if (!std::strcmp(flag, "--events") && value && parse_positive(value, 10000000, number)) {
            options.events = number;
        } else if (!std::strcmp(flag, "--state-json") && value && *value) {
            options.state_json = value;
        } else if (!std::strcmp(flag, "--state") && value) {
            // Checked here, strictly: on the command line a bad field is a typo to fix, not a link to salvage.
            lab::UrlState state;
            const std::vector<std::string> notices = lab::decode(value, state);
            for (const std::string& notice : notices) std::fprintf(stderr, "backprop_lab: --state: %s\n", notice.c_str());
            if (!notices.empty()) return false;
            options.state = value;
        } else if (!std::strcmp(flag, "--lesson") && value && lab::find_lesson(value)) {
            options.lesson = value;
            options.lesson_given = true;
        } else if (!std::strcmp(flag, "--autosave") && value && (!std::strcmp(value, "on") || !std::strcmp(value, "off"))) {
            options.autosave = value;
        } else if (!std::strcmp(flag, "--width") && value && parse_positive(value, 16384, number)) {
            options.width = static_cast<int>(number);
        } else if (!std::strcmp(flag, "--height") && value && parse_positive(value, 16384, number)) {
            options.height = static_cast<int>(number);
        } else if (!std::strcmp(flag, "--lesson") && value) {
            std::fprintf(stderr, "backprop_lab: no lesson '%s' (bplab lessons lists them)\n", value);
            return false;
        } else {
            std::fprintf(stderr, "backprop_lab: bad argument '%s'%s\n", flag, value ? "" : " (missing value?)");
            return false;
        }
        ++i;  // every flag takes one value
    }
    if (!options.screenshot.empty() && options.frames == 0) options.frames = 60;
    return true;
}

// GPU vs CPU loss surface (bench/surface_gpu.h) for both kinds of plane; 0 if they agree to float precision.
int check_surface(long resolution) {
    int status = 0;
    for (const lab::SurfaceMode mode : {lab::SurfaceMode::RandomDirections, lab::SurfaceMode::PickedWeights}) {
        double absolute = 0.0;
        const double relative = bench::surface_gpu_vs_cpu(mode, static_cast<int>(resolution), absolute);
        const bool ok = relative >= 0.0 && relative < 1e-5;
        std::printf("surface %s %ld: GPU vs CPU max relative difference %.3g (absolute %.3g): %s\n",
                    mode == lab::SurfaceMode::RandomDirections ? "random" : "picked", resolution, relative, absolute,
                    ok ? "ok" : "TOO LARGE (or no GPU)");
        if (!ok) status = 1;
    }
    return status;
}

// GPU vs CPU g(z) for every activation (render::check_activations); 0 if all agree to float precision.
int check_activations() {
    const render::ActivationCheck check = render::check_activations();
    const bool ok = check.activations > 0 && check.disagreeing == 0 && check.problem.empty();
    std::printf("activations: %d evaluated on the GPU, %d values compared with core's g, %d disagree, worst %.3g "
                "(tolerance %g): %s\n", check.activations, check.values, check.disagreeing, check.worst,
                render::kActivationTolerance,
                ok ? "ok" : check.problem.empty() ? "failed" : check.problem.c_str());
    return ok ? 0 : 1;
}

// GPU vs CPU decision boundary (render::check_boundary); 0 if every clear-cut pixel shows the CPU's class.
int check_boundary(long size) {
    const render::BoundaryCheck check = render::check_boundary(static_cast<int>(size));
    const bool ok = check.networks > 0 && check.checked > 0 && check.disagreeing == 0 && check.problem.empty();
    std::printf("boundary %ld: %d networks, %d pixels compared with the CPU's forward pass, %d disagree: %s\n", size,
                check.networks, check.checked, check.disagreeing, ok ? "ok" : check.problem.c_str());
    return ok ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc == 2 && (!std::strcmp(argv[1], "--help") || !std::strcmp(argv[1], "-h"))) {
        print_usage(stdout);
        return 0;
    }
    Options options;
    if (!parse_options(argc, argv, options)) {
        print_usage(stderr);
        return 2;
    }

    // setup
    app::Platform platform;
    std::string error;
    app::WindowOptions window;
    window.width = options.width;
    window.height = options.height;
    if (!app::platform_init(window, platform, error)) {
        std::fprintf(stderr, "backprop_lab: %s\n", error.c_str());
        return 1;
    }
    int status = 0;
    {
        app::App lab_app(platform.window, *lab::find_lesson(options.lesson));
        if (!lab_app.init(error)) {
            std::fprintf(stderr, "backprop_lab: %s\n", error.c_str());
            status = 1;
        }
        if (status == 0 && !options.state.empty()) {
            for (const std::string& notice : lab_app.open_link(options.state))  // e.g. a weight edit off the shape
                std::fprintf(stderr, "backprop_lab: --state: %s\n", notice.c_str());
        }
        if (status == 0 && !options.import_file.empty() && !lab_app.import_state_file(options.import_file)) {
            std::fprintf(stderr, "backprop_lab: %s\n", lab_app.files_message().c_str());
            status = 2;
        }
        if (status == 0 && !options.data_file.empty() &&
            !(lab_app.load_csv_file(options.data_file) && lab_app.use_csv(lab_app.data_dialog().choice).empty())) {
            for (const std::string& problem : lab_app.data_dialog().problems)
                std::fprintf(stderr, "backprop_lab: %s\n", problem.c_str());
            status = 2;
        }
        // What the command line opened is in place: the saved session is offered next to it, never lost to it.
        const bool scripted = options.frames > 0 || !options.screenshot.empty() || options.check_surface > 0 ||
                              options.check_boundary > 0 || options.check_activations;
        const bool autosave = options.autosave == "on" || (options.autosave.empty() && !scripted);
        if (status == 0 && autosave)
            lab_app.start_autosave(options.lesson_given || !options.state.empty() || !options.import_file.empty() ||
                                       !options.data_file.empty(),
                                   false);
        // --steps and --events act on the link's state: its replay first (else it runs over the frames, as in the page)
        if (options.steps > 0 || options.events > 0) lab_app.finish_replay();
        ui::StepActions train;  // --steps and --events act on what was opened, as the student would
        train.go_to_step = options.steps;
        if (options.steps > 0) lab_app.apply(train);
        ui::StepActions next_event;
        next_event.step = ui::StepKind::Event;
        for (long k = 0; k < options.events; ++k) lab_app.apply(next_event);
        if (status == 0 && !options.surface.empty() &&
            !lab_app.set_surface_view(options.surface, error)) {
            std::fprintf(stderr, "backprop_lab: %s\n", error.c_str());
            status = 2;
        }

        // a check only: no frames
        const bool checking = options.check_surface > 0 || options.check_boundary > 0 || options.check_activations;
        if (status == 0 && options.check_surface > 0) status = check_surface(options.check_surface);
        if (status == 0 && options.check_boundary > 0) status = check_boundary(options.check_boundary);
        if (status == 0 && options.check_activations) status = check_activations();


        // loop. Render on demand (app/frame_demand.h): with nothing to draw, sleep until input comes (the timeout
        // asks again for what runs by itself, e.g. an autosave falling due); scripted runs draw every frame.
        const auto wait_for_work = [&] {
            while (options.frames == 0 && !lab_app.wants_frame()) SDL_WaitEventTimeout(nullptr, 250);
            return true;
        };
        for (long frame = 1; status == 0 && !checking && wait_for_work() && lab_app.frame(); ++frame) {
            if (frame == options.frames) {
                if (!options.screenshot.empty()) {
                    // read before the swap: afterwards the back buffer's content is undefined
                    int width = 0, height = 0;
                    const std::vector<uint8_t> pixels = lab_app.read_pixels(width, height);
                    if (!app::write_png(options.screenshot, width, height, pixels, error)) {
                        std::fprintf(stderr, "backprop_lab: %s\n", error.c_str());
                        status = 1;
                    } else {
                        std::printf("wrote %s (%d x %d) after %ld frames\n", options.screenshot.c_str(), width,
                                    height, frame);
                    }
                }
                break;
            }
            SDL_GL_SwapWindow(platform.window);
        }
        if (autosave) lab_app.save_session_now();  // on quit: the last changes too
        if (status == 0 && !options.state_json.empty()) {
            std::FILE* out = std::fopen(options.state_json.c_str(), "w");
            const std::string json = lab_app.state_json();
            if (!out || std::fwrite(json.data(), 1, json.size(), out) != json.size()) {
                std::fprintf(stderr, "backprop_lab: cannot write %s\n", options.state_json.c_str());
                status = 1;
            }
            if (out) std::fclose(out);
        }
    }  // the App's GL objects go before the context

    // cleanup
    app::platform_shutdown(platform);
    return status;
}

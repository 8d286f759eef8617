// The browser build: the same App, driven by the browser's animation frames instead of a loop, plus the
// functions behind the page's JS API (window.bplab in web/shell.html).
#include <emscripten.h>
#include <emscripten/html5.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <string>
#include <vector>

#include "app/a11y_view.h"
#include "app/app.h"
#include "app/platform.h"
#include "app/platform_autosave.h"
#include "core/limits.h"
#include "lab/io/json.h"
#include "lab/io/text_file.h"
#include "lab/io/url_state.h"
#include "lab/lessons/lessons.h"
#include "render/activation_check.h"
#include "render/boundary_check.h"
#include "surface_gpu.h"

// The sanitized page (scripts/test_sanitized.sh): a page never exits, so LeakSanitizer's check at exit runs only when
// the module aborts (the crash banner's tests abort it on purpose), and then it lists what SDL's window and event
// handlers still hold — not leaks of a running lab.
#if defined(__has_feature)
#if __has_feature(address_sanitizer)
extern "C" const char* __asan_default_options() { return "detect_leaks=0"; }
#endif
#endif

namespace {

// What the page holds on to: the App, plus room for the text the JS API returns.
struct WebApp {
    app::App app;
    std::string state_text;  // bplab_state_json()'s result; valid until its next call
    std::string file_text;   // the export and import functions' result; valid until the next of them
    std::string frame_text;  // bplab_frame_times_json()'s result
    int crash_kind = 0;      // bplab_test_crash: how the next frame fails (0: it does not)
    double ticks = 0;        // the browser's animation frames the loop has seen, drawn or not (the watchdog's count)
    bool asleep = false;     // the loop paused itself: nothing to draw until input or the JS API wakes it
};

// The kinds of text the JS API passes in, each with its limit in bytes. The page measures every string against
// these (bplab_text_limits) before it copies it to the wasm heap; the functions below measure again (strnlen, never
// past limit + 1) before they make a std::string, so no text over its limit reaches the App.
struct TextKind {
    const char* name;  // as the page names it
    const char* what;  // as a refusal names it: "the file is 20.0 MB; the limit is 16 MB"
    size_t limit;
};
constexpr TextKind kStateText{"state", "the file", core::kMaxStateFileBytes};
constexpr TextKind kExpressionText{"expression", "the expression", core::kMaxExpressionBytes};
constexpr TextKind kLinkText{"link", "the link", static_cast<size_t>(core::kMaxLinkLength)};
constexpr TextKind kNameText{"name", "the name", core::kMaxNameBytes};
constexpr TextKind kCsvText{"csv", "the CSV file", core::kMaxCsvBytes};
constexpr const TextKind* kTextKinds[] = {&kStateText, &kExpressionText, &kLinkText, &kNameText, &kCsvText};

// `text` as a string when it is within the kind's limit; nothing when it is longer (or null).
std::optional<std::string> bounded(const char* text, const TextKind& kind) {
    if (!text) return std::nullopt;
    const size_t length = strnlen(text, kind.limit + 1);
    if (length > kind.limit) return std::nullopt;
    return std::string(text, length);
}

// The C side reads no further than limit + 1 bytes, so it can say "larger", not how large.
std::string too_large(const TextKind& kind) {
    return std::string(kind.what) + " is larger than the " + lab::size_text(kind.limit) + " limit";
}

// bplab_test_crash's failures, as the page meets them when a bug strikes.
void crash(int kind) {
    if (kind == 1) __builtin_trap();
    if (kind == 2) std::printf("%d\n", *reinterpret_cast<volatile int*>(uintptr_t{0xfffffff0}));
    if (kind == 3) std::abort();
}

// A list of strings as a JSON array in `slot` (a WebApp member that keeps it until that slot's next answer).
const char* answer_list(std::string& slot, const std::vector<std::string>& items) {
    lab::JsonWriter out;
    out.begin_array();
    for (const std::string& item : items) out.value(item);
    out.end_array();
    slot = out.str();
    return slot.c_str();
}

// Every animation frame of the browser; the App draws only when it has something to show (render on demand,
// app/frame_demand.h). With nothing to show and nothing due later, the loop stops asking for animation frames
// (even an empty one keeps the browser's frame machinery busy) until bplab_request_frames: input to the page
// (web/shell.html listens) or a call of the JS API.
void run_frame(void* web) {
    WebApp& page = *static_cast<WebApp*>(web);
    ++page.ticks;
    if (page.crash_kind != 0) crash(page.crash_kind);
    if (!page.app.wants_frame()) {
        if (page.app.quiet_until_input()) {
            page.asleep = true;
            emscripten_pause_main_loop();
        }
        return;
    }
    page.app.frame();  // the browser presents the frame itself
    // Start-up time for scripts/bench.sh: performance.now() counts from the navigation's start.
    if (page.app.frame_timer().frames() == 1) EM_ASM({ Module.bplabFirstFrameMs = performance.now(); });
}

// Frames again for a while (render on demand), and the loop back if it slept.
void wake(WebApp& page) {
    page.app.request_frames();
    if (!page.asleep) return;
    page.asleep = false;
    emscripten_resume_main_loop();
}

// WebGL context loss (App::gl_context_lost): returning true makes Emscripten call preventDefault(), which is how a
// page tells the browser that it will rebuild its GL objects and wants the context back.
EM_BOOL on_context_lost(int, const void*, void* web) {
    static_cast<WebApp*>(web)->app.gl_context_lost();
    return EM_TRUE;
}
EM_BOOL on_context_restored(int, const void*, void* web) {
    // WebGL extensions belong to the context instance: Emscripten enabled these when it created the context, and the
    // restored one starts with none (the loss surface renders into float textures).
    const EMSCRIPTEN_WEBGL_CONTEXT_HANDLE context = emscripten_webgl_get_current_context();
    for (const char* extension : {"EXT_color_buffer_float", "EXT_color_buffer_half_float", "OES_texture_float_linear",
                                  "EXT_float_blend"})
        emscripten_webgl_enable_extension(context, extension);
    wake(*static_cast<WebApp*>(web));  // everything is drawn again
    std::string error;
    if (!static_cast<WebApp*>(web)->app.gl_context_restored(error)) {
        std::fprintf(stderr, "backprop_lab: %s\n", error.c_str());
        EM_ASM({ Module.bplabFailed(UTF8ToString($0)); }, error.c_str());
    }
    return EM_TRUE;
}

}  // namespace

int main() {
    app::Platform platform;
    std::string error;
    if (!app::platform_init({}, platform, error)) {
        std::fprintf(stderr, "backprop_lab: %s\n", error.c_str());
        EM_ASM({ Module.bplabFailed(UTF8ToString($0)); }, error.c_str());
        return 1;
    }
    // On the heap and never freed: the page lives as long as the app, and main() returns (unwinds) into the
    // browser's event loop, so nothing on main's stack may be used by later frames.
    auto* web = new WebApp{app::App(platform.window, lab::default_lesson()), {}, {}, {}};
    if (!web->app.init(error)) {
        std::fprintf(stderr, "backprop_lab: %s\n", error.c_str());
        EM_ASM({ Module.bplabFailed(UTF8ToString($0)); }, error.c_str());
        return 1;
    }
    // The page's JS keeps this address and passes it to the functions below: no C++ global needed.
    emscripten_set_webglcontextlost_callback("#canvas", web, EM_TRUE, on_context_lost);
    emscripten_set_webglcontextrestored_callback("#canvas", web, EM_TRUE, on_context_restored);
    EM_ASM({ Module.bplabReady($0); }, web);
    // The link in the URL is open now. A lab inside another page (a slide's iframe) is a demo: it neither offers
    // nor overwrites the student's own saved session.
    const bool autosave = !EM_ASM_INT({ return window.self !== window.top ? 1 : 0; });
    if (autosave)
        web->app.start_autosave(EM_ASM_INT({ return location.hash.length > 1 ? 1 : 0; }) != 0,
                                app::autosave_restore_requested());
    EM_ASM({ if (Module.bplabAutosaveReady) Module.bplabAutosaveReady($0, $1); }, web, autosave ? 1 : 0);
    emscripten_set_main_loop_arg(run_frame, web, 0, 1);
    return 0;
}

// ---- the JS API; each takes the address the page got from Module.bplabReady ----------------------------------------
extern "C" {

EMSCRIPTEN_KEEPALIVE double bplab_train_loss(WebApp* web) { return web->app.session().current().train_loss; }

EMSCRIPTEN_KEEPALIVE double bplab_test_loss(WebApp* web) { return web->app.session().current().test_loss; }

// A double: JS numbers hold any epoch count we reach, and a 64-bit return would need BigInt.
EMSCRIPTEN_KEEPALIVE double bplab_epoch(WebApp* web) { return static_cast<double>(web->app.session().epoch()); }

EMSCRIPTEN_KEEPALIVE const char* bplab_state_json(WebApp* web) {
    web->state_text = web->app.state_json();
    return web->state_text.c_str();
}

// {"frames": frames started so far, "ms": [the latest frame-to-frame times, oldest first]}
EMSCRIPTEN_KEEPALIVE const char* bplab_frame_times_json(WebApp* web) {
    const app::FrameTimer& timer = web->app.frame_timer();
    lab::JsonWriter out;
    out.begin_object();
    out.key("frames").value(timer.frames());
    out.key("ms").begin_array();
    for (double ms : timer.recent_ms()) out.value(ms);
    out.end_array();
    out.end_object();
    web->frame_text = out.str();
    return web->frame_text.c_str();
}

// The kinds bplab.step takes, as a JSON array (ui/step_bar.cpp's table).
EMSCRIPTEN_KEEPALIVE const char* bplab_step_kinds(WebApp* web) {
    return answer_list(web->state_text, ui::step_kind_names());
}

// The JS API validates `kind` first (and throws); this answers 0 for an unknown kind all the same.
EMSCRIPTEN_KEEPALIVE int bplab_step(WebApp* web, const char* kind) {
    ui::StepActions actions;
    const std::optional<std::string> name = bounded(kind, kNameText);
    if (!name || !ui::parse_step_kind(*name, actions.step)) return 0;
    web->app.apply(actions);
    return 1;
}

// playing: 0 pause, 1 play. mode: "" (keep), "train" or "events"; 0 for any other mode.
EMSCRIPTEN_KEEPALIVE int bplab_set_playing(WebApp* web, int playing, const char* mode) {
    ui::StepActions actions;
    const std::string wanted = bounded(mode, kNameText).value_or("");
    if (wanted == "train" || wanted == "events") {
        actions.set_mode = true;
        actions.mode = wanted == "train" ? ui::PlayMode::Train : ui::PlayMode::Step;
    } else if (!wanted.empty()) {
        return 0;
    }
    actions.toggle_play = web->app.playing() != (playing != 0);
    web->app.apply(actions);
    return 1;
}

// The timeline: back to an earlier step (within the last Stepper::kTimelineSteps) or forward again up to the newest
// reached; the step is clamped into that range. Returns the step count now.
EMSCRIPTEN_KEEPALIVE double bplab_go_to_step(WebApp* web, double step) {
    const lab::Stepper& stepper = web->app.stepper();
    const long long now = stepper.session().steps();
    const long long first = now - stepper.timeline_length();
    const long long last = std::max(web->app.timeline_last(), now);
    if (!std::isfinite(step)) return static_cast<double>(now);  // the JS API refuses it first; never cast a NaN
    ui::StepActions actions;
    actions.go_to_step = std::clamp(static_cast<long long>(std::clamp(step, -1e15, 1e15)), first, last);
    web->app.apply(actions);
    return static_cast<double>(stepper.session().steps());
}

// The loss-surface panel (SurfaceHost::set_view's words, e.g. "3d" or "exact,race"); 0 and a console message on a
// word it does not know.
EMSCRIPTEN_KEEPALIVE int bplab_surface_view(WebApp* web, const char* spec) {
    const std::optional<std::string> words = bounded(spec, kNameText);
    std::string error = words ? "" : too_large(kNameText);
    if (words && web->app.set_surface_view(*words, error)) return 1;
    std::fprintf(stderr, "backprop_lab: %s\n", error.c_str());
    return 0;
}

// GPU vs CPU loss surface over one grid (bench/surface_gpu.h): {"relative": …, "absolute": …} (−1 without the
// GPU). mode 0 picked, 1 random.
EMSCRIPTEN_KEEPALIVE const char* bplab_surface_compare(WebApp* web, int mode, int resolution) {
    double absolute = 0.0;
    const double relative = bench::surface_gpu_vs_cpu(
        mode == 0 ? lab::SurfaceMode::PickedWeights : lab::SurfaceMode::RandomDirections, resolution, absolute);
    lab::JsonWriter out;
    out.begin_object();
    out.key("relative").value(relative).key("absolute").value(absolute);
    out.end_object();
    web->state_text = out.str();
    return web->state_text.c_str();
}

// GPU vs CPU decision boundary (render::check_boundary) on size × size:
// {"networks": …, "checked": …, "disagreeing": …, "problem": "…"}. Draws over the canvas until the next frame.
EMSCRIPTEN_KEEPALIVE const char* bplab_check_boundary(WebApp* web, int size) {
    const render::BoundaryCheck check = render::check_boundary(size);
    lab::JsonWriter out;
    out.begin_object();
    out.key("networks").value(check.networks);
    out.key("checked").value(check.checked);
    out.key("disagreeing").value(check.disagreeing);
    out.key("problem").value(check.problem);
    out.end_object();
    web->state_text = out.str();
    return web->state_text.c_str();
}

// GPU vs core g(z) for every activation (render::check_activations):
// {"activations": …, "values": …, "disagreeing": …, "worst": …, "problem": "…"}.
EMSCRIPTEN_KEEPALIVE const char* bplab_check_activations(WebApp* web) {
    const render::ActivationCheck check = render::check_activations();
    lab::JsonWriter out;
    out.begin_object();
    out.key("activations").value(check.activations);
    out.key("values").value(check.values);
    out.key("disagreeing").value(check.disagreeing);
    out.key("worst").value(check.worst);
    out.key("problem").value(check.problem);
    out.end_object();
    web->state_text = out.str();
    return web->state_text.c_str();
}

// ---- lessons and links (app_lecture.cpp) ----

// A link's state (location.hash, with or without '#'); returns the notices as a JSON array of strings.
EMSCRIPTEN_KEEPALIVE const char* bplab_open_link(WebApp* web, const char* hash) {
    if (const std::optional<std::string> link = bounded(hash, kLinkText))
        return answer_list(web->state_text, web->app.open_link(*link));
    return answer_list(web->state_text, {too_large(kLinkText) + "; nothing changed"});
}


// The notices of a link the page refused for its length (over the "link" text limit; nothing changes), as a JSON
// array of strings.
EMSCRIPTEN_KEEPALIVE const char* bplab_refuse_long_link(WebApp* web, double length) {
    return answer_list(web->state_text, web->app.refuse_long_link(length));
}

// Cancel of a link's replay (App::open_link): 1 when one was running, 0 otherwise.
EMSCRIPTEN_KEEPALIVE int bplab_cancel_replay(WebApp* web) { return web->app.cancel_replay() ? 1 : 0; }

// The state as a link's hash (no '#'); copy = 1 also puts it in the address bar and the clipboard.
EMSCRIPTEN_KEEPALIVE const char* bplab_link(WebApp* web, int copy) {
    if (copy) web->app.copy_link();
    web->state_text = web->app.link();
    return web->state_text.c_str();
}

// By number ("3") or id ("xor"); 0 when there is no such lesson.
EMSCRIPTEN_KEEPALIVE int bplab_open_lesson(WebApp* web, const char* number_or_id) {
    const std::optional<std::string> name = bounded(number_or_id, kNameText);
    const lab::Lesson* lesson = name ? lab::find_lesson(*name) : nullptr;
    if (!lesson) return 0;
    web->app.open_lesson(*lesson);
    return 1;
}

// scale ≤ 0 keeps the current text scale; the JS API checks the range first.
EMSCRIPTEN_KEEPALIVE void bplab_set_projector(WebApp* web, int on, double scale) {
    web->app.set_presentation(on != 0, static_cast<float>(scale));
}

EMSCRIPTEN_KEEPALIVE void bplab_set_light_theme(WebApp* web, int light) { web->app.set_light_theme(light != 0); }

// The page's prefers-reduced-motion (web/shell.html).
EMSCRIPTEN_KEEPALIVE void bplab_set_reduced_motion(WebApp* web, int on) { web->app.set_reduced_motion(on != 0); }

// Θ⁽ˡ⁾ᵢⱼ := value in the lecture's numbering (l ≥ 1, i ≥ 1, j ≥ 0 with j = 0 the bias); 0 if refused.
EMSCRIPTEN_KEEPALIVE int bplab_edit_weight(WebApp* web, int l, int i, int j, double value) {
    return web->app.edit_weight(l - 1, i - 1, j, value) ? 1 : 0;
}

// 1 when training had diverged and the last finite state is back, 0 when there was nothing to restore.
EMSCRIPTEN_KEEPALIVE int bplab_restore_last_finite(WebApp* web) {
    if (web->app.session().can_step()) return 0;
    web->app.restore_last_finite();
    return 1;
}

EMSCRIPTEN_KEEPALIVE void bplab_reset(WebApp* web) {
    ui::StepActions actions;
    actions.reset = true;
    web->app.apply(actions);
}

// ---- the computational graph, the network area's tabs and the digits pad (bplab.graph…, openTab, digits…) ----

// 1 when both texts parse (the graph is replaced, nothing stepped); 0 otherwise (state().graph.error says why).
EMSCRIPTEN_KEEPALIVE int bplab_set_graph(WebApp* web, const char* expression, const char* variables) {
    const std::optional<std::string> e = bounded(expression, kExpressionText), v = bounded(variables, kExpressionText);
    if (!e || !v) {  // the page refuses these first, with the message
        std::fprintf(stderr, "backprop_lab: graph not changed: %s\n", too_large(kExpressionText).c_str());
        return 0;
    }
    return web->app.set_graph(*e, *v) ? 1 : 0;
}

EMSCRIPTEN_KEEPALIVE void bplab_step_graph(WebApp* web, int direction) { web->app.step_graph(direction); }

// Predict, then reveal (app_predict.cpp): the mode; a prediction as typed ("" when taken, else why not); a reveal.
EMSCRIPTEN_KEEPALIVE void bplab_set_predict(WebApp* web, int on) { web->app.set_predict(on != 0); }

EMSCRIPTEN_KEEPALIVE const char* bplab_predict(WebApp* web, const char* text) {
    const std::optional<std::string> value = bounded(text, kNameText);
    web->state_text = value ? web->app.predict(*value) : too_large(kNameText) + "; nothing changed";
    return web->state_text.c_str();
}

EMSCRIPTEN_KEEPALIVE int bplab_reveal(WebApp* web) { return web->app.reveal() ? 1 : 0; }

// The network area's tabs openTab may name, as a JSON array (app/panel_table.h).
EMSCRIPTEN_KEEPALIVE const char* bplab_tab_names(WebApp* web) {
    web->state_text = app::network_tab_names_json();
    return web->state_text.c_str();
}

// name: one of bplab_tab_names(); 0 for any other.
EMSCRIPTEN_KEEPALIVE int bplab_open_tab(WebApp* web, const char* name) {
    app::PanelId tab;
    const std::optional<std::string> tab_name = bounded(name, kNameText);
    return tab_name && app::parse_panel(*tab_name, tab) && web->app.open_tab(tab) ? 1 : 0;
}

// Paints at (x, y) in pad units (0..8 across, row 0 at the top); x < 0 clears the pad.
EMSCRIPTEN_KEEPALIVE void bplab_digits_paint(WebApp* web, double x, double y) {
    if (x < 0) web->app.digits_pad().pad.clear();
    else web->app.digits_pad().pad.paint(x, y);
}

// ---- export and import (bplab.exportState, exportTraceCsv, importState, exportPng) ----

EMSCRIPTEN_KEEPALIVE const char* bplab_export_state(WebApp* web) {
    web->file_text = web->app.export_state();
    return web->file_text.c_str();
}

EMSCRIPTEN_KEEPALIVE const char* bplab_export_trace_csv(WebApp* web) {
    web->file_text = web->app.export_trace_csv();
    return web->file_text.c_str();
}

// The problems as a JSON list of strings; [] when the state was imported.
EMSCRIPTEN_KEEPALIVE const char* bplab_import_state(WebApp* web, const char* text) {
    if (const std::optional<std::string> state = bounded(text, kStateText))
        return answer_list(web->file_text, web->app.import_state(*state));
    const std::string problem = too_large(kStateText);
    web->app.refuse_import(problem);
    return answer_list(web->file_text, {problem});
}

// place: "" or "lab" the whole lab, or a panel's name (network, data, surface, equation, …); 0 for another name.
EMSCRIPTEN_KEEPALIVE int bplab_export_png(WebApp* web, const char* place) {
    const std::optional<std::string> name = bounded(place, kNameText);
    return name && web->app.request_png(*name) ? 1 : 0;
}

// ---- the student's own data (bplab.loadCsv, useCsv, editPoint, dataDialog) ----

// The problems as a JSON list, named by line and column; [] when the preview shows the file.
EMSCRIPTEN_KEEPALIVE const char* bplab_load_csv(WebApp* web, const char* text, const char* source) {
    const std::optional<std::string> csv = bounded(text, kCsvText);
    if (!csv) return answer_list(web->file_text, {too_large(kCsvText)});
    return answer_list(web->file_text, web->app.load_csv(*csv, bounded(source, kNameText).value_or("the file")));
}

// {"features": [0, 1], "label": 2, "regression": false}; a member left out keeps the preview's choice.
EMSCRIPTEN_KEEPALIVE const char* bplab_use_csv(WebApp* web, const char* choice_json) {
    core::CsvChoice choice = web->app.data_dialog().choice;
    lab::Json json;
    std::string error;
    if (!lab::parse_json(bounded(choice_json, kNameText).value_or(""), json, error))
        return answer_list(web->file_text, {"the choice is not JSON: " + error});
    if (const lab::Json* features = json.find("features")) {
        choice.features.clear();
        for (const lab::Json& f : features->items) choice.features.push_back(f.is_number() ? static_cast<int>(f.number) : -1);
    }
    if (const lab::Json* label = json.find("label")) choice.label = label->is_number() ? static_cast<int>(label->number) : -1;
    if (const lab::Json* regression = json.find("regression")) choice.regression = regression->boolean;
    return answer_list(web->file_text, web->app.use_csv(choice));
}

EMSCRIPTEN_KEEPALIVE int bplab_edit_point(WebApp* web, double x1, double x2, int label, int remove) {
    return web->app.edit_point(x1, x2, label, remove != 0) ? 1 : 0;
}

// {"open", "source", "columns": [{"name", "type"}], "rows", "choice": {…}, "problems": […]}
EMSCRIPTEN_KEEPALIVE const char* bplab_data_dialog(WebApp* web) {
    const ui::CsvDialogState& d = web->app.data_dialog();
    lab::JsonWriter out;
    out.begin_object();
    out.key("open").value(d.open);
    out.key("source").value(d.source);
    out.key("columns").begin_array();
    for (int c = 0; d.has_table && c < d.table.columns(); ++c)
        out.begin_object().key("name").value(d.table.names[c]).key("type").value(core::column_type_name(d.table.types[c])).end_object();
    out.end_array();
    out.key("rows").value(d.has_table ? d.table.rows() : 0);
    out.key("choice").begin_object().key("features").begin_array();
    for (int f : d.choice.features) out.value(f);
    out.end_array().key("label").value(d.choice.label).key("regression").value(d.choice.regression).end_object();
    out.key("problems").begin_array();
    for (const std::string& p : d.problems) out.value(p);
    out.end_array();
    out.end_object();
    web->file_text = out.str();
    return web->file_text.c_str();
}

// ---- autosave and the crash banner (web/shell.html's autosave block) ----

// Page hide: the state now, if anything changed since the last write.
EMSCRIPTEN_KEEPALIVE void bplab_autosave_now(WebApp* web) { web->app.save_session_now(); }

// The restore prompt's answers: the import's problems as a JSON list ([] = restored), and dismissal.
EMSCRIPTEN_KEEPALIVE const char* bplab_restore_session(WebApp* web) {
    return answer_list(web->file_text, web->app.restore_saved_session());
}

EMSCRIPTEN_KEEPALIVE void bplab_dismiss_session(WebApp* web) { web->app.dismiss_saved_session(); }

// The frame loop's ticks, drawn or not: the page's watchdog sees the loop stop (frameTimes().frames counts those drawn).
EMSCRIPTEN_KEEPALIVE double bplab_frames(WebApp* web) { return web->ticks; }

// Render on demand: the JS API changed something (web/shell.html asks after every call), so frames are drawn again
// for a while.
EMSCRIPTEN_KEEPALIVE void bplab_request_frames(WebApp* web) { wake(*web); }

// 1 while the loop sleeps on purpose (the watchdog does not count that as a stop).
EMSCRIPTEN_KEEPALIVE int bplab_asleep(WebApp* web) { return web->asleep ? 1 : 0; }

// For the crash banner's browser test only: the module fails as a real bug makes it fail — 1 a trap
// ("unreachable"), 2 a read far outside the heap ("memory access out of bounds"), 3 abort() — in the next frame,
// so that the frame loop itself dies.
EMSCRIPTEN_KEEPALIVE void bplab_test_crash(WebApp* web, int kind) { web->crash_kind = kind; }

// A file the page refused before reading it (larger than its limit): the export panel says so, as for an import.
EMSCRIPTEN_KEEPALIVE void bplab_refuse_import(WebApp* web, const char* problem) {
    web->app.refuse_import(bounded(problem, kNameText).value_or("the file is too large"));
}

// ---- the accessibility layer (web/shell.html's accessibility block; app/a11y_view.h) ----

EMSCRIPTEN_KEEPALIVE const char* bplab_a11y_json(WebApp* web) {
    web->state_text = app::a11y_view_json(web->app);
    return web->state_text.c_str();
}

// ---- a phone's touch targets, as drawn (app/app_touch.cpp); read-only: it does not wake the frame loop ----

EMSCRIPTEN_KEEPALIVE const char* bplab_touch_targets(WebApp* web) {
    web->state_text = web->app.touch_targets_json();
    return web->state_text.c_str();
}

// The class colours by id (ui/palette.h: "standard", "cb"); 0 for an unknown id.
EMSCRIPTEN_KEEPALIVE int bplab_set_palette(WebApp* web, const char* id) {
    ui::Palette palette;
    const std::optional<std::string> name = bounded(id, kNameText);
    if (!name || !ui::parse_palette(*name, palette)) return 0;
    web->app.set_palette(palette);
    return 1;
}

// A setting by its config-field key and a JSON value: "" when applied, else why not.
EMSCRIPTEN_KEEPALIVE const char* bplab_set_config(WebApp* web, const char* key, const char* json_value) {
    const std::optional<std::string> k = bounded(key, kNameText), v = bounded(json_value, kNameText);
    web->state_text = k && v ? web->app.set_config_field(*k, *v) : too_large(kNameText);
    return web->state_text.c_str();
}

// ---- text limits (web/shell.html's withTexts) ----

// {"state": {"index": 0, "limit": 16777216}, "expression": …, "link": …, "name": …}
EMSCRIPTEN_KEEPALIVE const char* bplab_text_limits(WebApp* web) {
    lab::JsonWriter out;
    out.begin_object();
    for (size_t k = 0; k < std::size(kTextKinds); ++k) {
        out.key(kTextKinds[k]->name).begin_object();
        out.key("index").value(static_cast<int>(k));
        out.key("limit").value(static_cast<long long>(kTextKinds[k]->limit));
        out.end_object();
    }
    out.end_object();
    web->state_text = out.str();
    return web->state_text.c_str();
}

// The refusal of a text of `bytes` bytes of kind `index` (as bplab_text_limits numbers them): "the file is
// 20.0 MB; the limit is 16 MB".
EMSCRIPTEN_KEEPALIVE const char* bplab_text_too_large(WebApp* web, int index, double bytes) {
    const int last = static_cast<int>(std::size(kTextKinds)) - 1;
    const TextKind& kind = *kTextKinds[static_cast<size_t>(std::clamp(index, 0, last))];
    web->state_text = lab::too_large_message(kind.what, static_cast<size_t>(std::clamp(bytes, 0.0, 1e15)), kind.limit);
    return web->state_text.c_str();
}

}  // extern "C"

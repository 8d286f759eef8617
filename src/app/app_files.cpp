// The App's export and import: the canvas as PNG, the step trace as CSV, the network and state as JSON, and that
// JSON read back (config first, then the weights; on any problem nothing changes and the problems are named).
#include "app/app.h"
#include "app/platform_files.h"
#include "core/limits.h"
#include "lab/io/export.h"
#include "lab/io/state_json.h"
#include "lab/io/text_file.h"
#include "lab/surface/surface_view.h"
#include "ui/palette.h"

namespace app {
namespace {

std::vector<uint8_t> bytes_of(const std::string& text) { return std::vector<uint8_t>(text.begin(), text.end()); }

// Every problem, in one line for the export panel; on success, what was ignored.
std::string import_message(const std::vector<std::string>& problems, const std::vector<std::string>& warnings) {
    const std::vector<std::string>& said = problems.empty() ? warnings : problems;
    std::string message = problems.empty() ? "imported the state" : "";
    for (size_t k = 0; k < said.size(); ++k) message += (k || problems.empty() ? "; " : "") + said[k];
    return message;
}

}  // namespace

std::string App::export_state() const {
    lab::StateExtras extras;
    extras.lesson = lesson_ ? lesson_->number : 0;
    extras.caption = lesson_ ? lesson_->caption : "";
    extras.playing = playing_;
    extras.with_run = true;
    extras.display = display();
    return lab::state_json(stepper_, extras);
}

lab::Display App::display() const {
    return {panel_name(network_tab_), lab::surface_view_words(surface_.view()), lecture_.presentation,
            ui::palette_info(lecture_.palette).id};
}

void App::apply_display(const lab::Display& display, std::vector<std::string>& warnings) {
    if (display.presentation != lecture_.presentation) lecture_.set_presentation(display.presentation);
    if (!display.palette.empty() && !ui::parse_palette(display.palette, lecture_.palette))
        warnings.push_back("'display.palette': no palette '" + display.palette + "' (palettes: " + ui::palette_ids() +
                           "); the colours stay as they were");
    std::string error;
    if (!display.surface.empty() && !surface_.set_view(display.surface + ",closed", session(), error))
        warnings.push_back("'display.surface': " + error + "; the lesson's view is shown");
    PanelId tab = PanelId::Network;
    if (display.tab.empty()) return;
    if (parse_panel(display.tab, tab) && panel_info(tab).network_tab) {
        lecture_.select_tabs.insert(lecture_.select_tabs.begin(), tab);  // before the lesson's own
        network_tab_ = tab;
    } else {
        warnings.push_back("'display.tab': no tab '" + display.tab + "' (tabs: " + network_tab_names() + "); ignored");
    }
}

// Only the step being traced has events; with none traced the file is the header line alone.
std::string App::export_trace_csv() const {
    const lab::StepTrace* trace = stepper_.trace();
    return lab::trace_csv(trace ? *trace : lab::StepTrace{});
}

std::vector<std::string> App::import_state(const std::string& text) {
    std::vector<std::string> warnings;
    std::vector<std::string> problems = try_import(text, warnings);
    files_message_ = import_message(problems, warnings);
    show_import_refusal(problems);
    return problems;
}

// A refused file is said where the student is looking — the notice bar over the top of the screen, as a refused
// link is — besides the export panel's line, which may be below the fold of the controls.
void App::show_import_refusal(const std::vector<std::string>& problems) {
    if (problems.empty()) {
        if (lecture_.notices_title == kImportRefusedTitle) lecture_.notices.clear();  // an earlier refusal is old news
        return;
    }
    lecture_.notices = problems;
    lecture_.notices_title = kImportRefusedTitle;
}

// lab::restore_state replaces the stepper only when everything fits, so a refusal leaves the lab as it was.
std::vector<std::string> App::try_import(const std::string& text, std::vector<std::string>& warnings) {
    lab::ImportedState imported;
    imported.config = session().config();  // fields the file leaves out keep their current values
    std::vector<std::string> problems;
    if (!lab::import_state(text, imported, problems) || !lab::restore_state(imported, stepper_, problems))
        return problems;
    warnings = imported.warnings;
    replay_.reset();  // the import replaces whatever a link's replay had trained
    if (const lab::Lesson* lesson = lab::find_lesson(std::to_string(imported.lesson))) lesson_ = lesson;
    session_replaced();
    open_lesson_views();
    if (imported.display) apply_display(*imported.display, warnings);
    return problems;
}

void App::refuse_import(const std::string& problem) {
    files_message_ = import_message({problem}, {});
    show_import_refusal({"nothing imported: " + problem});
}

bool App::import_state_file(const std::string& path) {
    std::string text, error;
    if (!lab::read_text_file(path, core::kMaxStateFileBytes, text, error)) {
        refuse_import(error);
        return false;
    }
    const bool ok = import_state(text).empty();
    files_message_ = path + ": " + files_message_;
    return ok;
}

void App::apply_files(const ui::ExportActions& actions) {
    if (actions.png) request_png(actions.png_place);  // the next frame, drawn clean (app_png.cpp)
    if (actions.csv) save_file("backprop_lab_trace.csv", "text/csv", bytes_of(export_trace_csv()), files_message_);
    if (actions.json) save_file("backprop_lab_state.json", "application/json", bytes_of(export_state()), files_message_);
    if (actions.import) files_message_ = ask_for_import_file();
}

}  // namespace app

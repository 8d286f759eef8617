// The student's own data (app.h): a CSV file read into the "Your data" window's preview, the chosen columns made
// the lab's data set ("custom"), and points added or removed by clicking on the data plot. A file or a choice with
// problems changes nothing of the lab: the problems show in the window and the notice bar.
#include <cctype>
#include <cmath>
#include <memory>

#include <imgui.h>

#include "app/app.h"
#include "app/platform_files.h"
#include "core/limits.h"
#include "lab/io/custom_data.h"
#include "lab/io/text_file.h"

namespace app {
namespace {

constexpr const char* kCsvRefusedTitle = "The data was not loaded; the lab is as it was:";

bool ends_with_csv(const std::string& path) {
    if (path.size() < 4) return false;
    std::string tail = path.substr(path.size() - 4);
    for (char& ch : tail) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    return tail == ".csv" || tail == ".txt" || tail == ".tsv";
}

}  // namespace

bool is_data_file(const std::string& path) { return ends_with_csv(path); }

void App::open_data_dialog() { csv_.open = true; }

void App::show_data_problems(const std::vector<std::string>& problems) {
    csv_.problems = problems;
    csv_.open = true;
    if (problems.empty()) {
        if (lecture_.notices_title == kCsvRefusedTitle) lecture_.notices.clear();
        return;
    }
    lecture_.notices = problems;
    lecture_.notices_title = kCsvRefusedTitle;
}

std::vector<std::string> App::load_csv(const std::string& text, const std::string& source) {
    core::CsvTable table;
    std::vector<std::string> problems;
    if (core::read_csv_table(text, table, problems)) {
        csv_.table = std::move(table);
        csv_.has_table = true;
        csv_.choice = core::default_choice(csv_.table);
        csv_.source = source;
    }
    for (std::string& p : problems) p = source + ": " + p;
    show_data_problems(problems);
    return problems;
}

bool App::load_csv_file(const std::string& path) {
    std::string text, error;
    if (!lab::read_text_file(path, core::kMaxCsvBytes, text, error)) {
        show_data_problems({error});
        return false;
    }
    return load_csv(text, path).empty();
}

std::vector<std::string> App::use_csv(const core::CsvChoice& choice) {
    std::vector<std::string> problems;
    core::Dataset data;
    if (!csv_.has_table) problems.push_back("no CSV file has been read yet");
    else if (core::dataset_from_table(csv_.table, choice, data, problems)) use_points(std::move(data), true);
    csv_.choice = choice;
    show_data_problems(problems);
    if (problems.empty()) csv_.open = false;
    return problems;
}

// A new session on these points, the rest of the config kept (with an output layer that suits them when new_task).
void App::use_points(core::Dataset data, bool new_task) {
    stop_replay();
    lab::LabConfig c = session().config();
    if (new_task) lab::suit_task(data.task, c);
    c.dataset = core::DatasetKind::Custom;
    c.custom = std::make_shared<const core::Dataset>(std::move(data));
    stepper_.replace_session(c);
    session_replaced();
}

bool App::edit_point(double x1, double x2, int label, bool remove) {
    const lab::LabConfig& c = session().config();
    if (c.dataset != core::DatasetKind::Custom || !std::isfinite(x1) || !std::isfinite(x2)) return false;
    core::Dataset data = c.custom ? *c.custom : core::make_dataset(core::DatasetKind::Custom, 0, 0.0, 0);
    if (data.n_in != 2 || data.task == core::Task::Regression) return false;  // clicks are for 2-D classes only
    if (remove) {
        if (data.count() <= 2) return false;
        int nearest = 0;
        double best = INFINITY;
        for (int i = 0; i < data.count(); ++i) {
            const double dx = data.x_row(i)[0] - x1, dy = data.x_row(i)[1] - x2, d = dx * dx + dy * dy;
            if (d < best) best = d, nearest = i;
        }
        data.x.erase(data.x.begin() + 2 * nearest, data.x.begin() + 2 * nearest + 2);
        data.y.erase(data.y.begin() + static_cast<long>(nearest) * data.n_out,
                     data.y.begin() + static_cast<long>(nearest + 1) * data.n_out);
    } else {
        const int classes = data.task == core::Task::BinaryClassification ? 2 : data.n_out;
        if (label < 0 || label >= classes || data.count() >= core::kMaxPoints) return false;
        const double xi[2] = {x1, x2};
        std::vector<double> yi(static_cast<size_t>(data.n_out), 0.0);
        if (data.n_out == 1) yi[0] = label;
        else yi[static_cast<size_t>(label)] = 1.0;
        data.append(xi, yi.data());
    }
    use_points(std::move(data), false);
    return true;
}

// Between the panels and ImGui::Render: the window, then what it asked for.
void App::draw_data_dialog() {
    const ImVec2 screen = ImGui::GetIO().DisplaySize;
    const core::Dataset& data = session().train_points();
    const bool clickable = session().config().dataset == core::DatasetKind::Custom && data.n_in == 2 &&
                           data.task != core::Task::Regression;
    csv_.click_classes = !clickable ? 0 : data.task == core::Task::BinaryClassification ? 2 : data.n_out;
    const ui::CsvDialogActions actions = ui::csv_dialog(csv_, screen.x, screen.y);
    if (actions.close) csv_.open = false;
    if (actions.read_paste) load_csv(csv_.paste.data(), "the pasted text");
    if (actions.pick_file) csv_.problems = {ask_for_data_file()};
    if (actions.use) use_csv(csv_.choice);
    click_on_plot();
}

// A click on the plot of a custom 2-D data set adds a point of the dialog's class there; shift-click (a long press
// on touch, which SDL reports as a held left button) removes the nearest one.
void App::click_on_plot() {
    const ImGuiIO& io = ImGui::GetIO();
    const ui::DataPlot& p = plot_screen_;
    if (p.size <= 0 || session().config().dataset != core::DatasetKind::Custom) return;
    const ImVec2 m = io.MousePos;
    const bool inside = m.x >= p.left && m.x <= p.left + p.size && m.y >= p.top && m.y <= p.top + p.size;
    if (!inside || ImGui::IsAnyItemHovered() || ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId)) return;
    const bool long_press = ImGui::IsMouseDown(ImGuiMouseButton_Left) &&
                            io.MouseDownDuration[ImGuiMouseButton_Left] >= 0.6f && !long_press_done_;
    const bool click = ImGui::IsMouseReleased(ImGuiMouseButton_Left) && !long_press_done_ &&
                       io.MouseDragMaxDistanceSqr[ImGuiMouseButton_Left] < 25.0f;
    if (ImGui::IsMouseClicked(ImGuiMouseButton_Left)) long_press_done_ = false;
    if (!click && !long_press) return;
    const double x1 = plot_.x_min + (m.x - p.left) / p.size * (plot_.x_max - plot_.x_min);
    const double x2 = plot_.y_max - (m.y - p.top) / p.size * (plot_.y_max - plot_.y_min);
    if (long_press) long_press_done_ = true;
    edit_point(std::round(x1 * 100.0) / 100.0, std::round(x2 * 100.0) / 100.0, csv_.add_class,
               io.KeyShift || long_press);
}

}  // namespace app

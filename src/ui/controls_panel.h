// The controls: data set, architecture and training settings, at least as rich as TF Playground's, on one screen
// at 1280 × 800. In view: the data sets as thumbnails, noise and train share, g of the hidden and output layers,
// α, the optimizer, the batch size, the regularization (λ, dropout) — what the lecture's lessons turn — and the
// buttons to the rest: "More…" (points and data seed, initialization and seed, loss, the optimizer's own
// hyper-parameters, the schedule) and "Export…". The architecture is changed on the network view (+ and −).
// Reads the current configuration and returns the one the user asked for; the App applies it.
#pragma once
#include <string>
#include <vector>

#include "lab/io/config.h"
#include "ui/dataset_thumbnails.h"
#include "ui/export_panel.h"
#include "ui/palette.h"

namespace ui {

struct ControlsActions {
    bool rebuild = false;  // data, architecture, initialization or seed changed: a new session from `config`
    bool retune = false;   // only training settings changed: the same weights go on with `config.train`
    lab::LabConfig config;
    bool open_data = false;  // "Your data…" chosen again: the window to load a CSV file or paste one (csv_dialog.h)
    ExportActions files;     // the "Export…" popup's buttons
};

struct ControlsView {
    const lab::LabConfig& current;
    int train_count;                  // bounds the batch-size slider
    const std::string& files_message;  // the last export's or import's result, in the "Export…" popup
    Palette palette = Palette::Standard;
};

// What the controls keep between frames: the data-set thumbnails, made once.
struct ControlsState {
    std::vector<DatasetThumbnail> thumbnails;
};

// Draws into the current ImGui window.
ControlsActions controls_panel(const ControlsView& view, ControlsState& state);

}  // namespace ui

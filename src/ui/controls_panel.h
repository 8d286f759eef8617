// The controls: data set, architecture and training settings, at least as rich as TF Playground's.
// Reads the current configuration and returns the one the user asked for; the App applies it.
#pragma once

#include "lab/io/config.h"

namespace ui {

struct ControlsActions {
    bool rebuild = false;  // data, architecture, initialization or seed changed: a new session from `config`
    bool retune = false;   // only training settings changed: the same weights go on with `config.train`
    lab::LabConfig config;
    bool open_data = false;  // "Your data…": the window to load a CSV file or paste one (csv_dialog.h)
};

// Draws into the current ImGui window. `train_count` bounds the batch-size slider.
ControlsActions controls_panel(const lab::LabConfig& current, int train_count);

}  // namespace ui

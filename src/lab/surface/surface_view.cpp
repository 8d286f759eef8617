#include "lab/surface/surface_view.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "lab/io/json.h"

namespace lab {
namespace {

constexpr double kExactSpan = 4.5;  // the exact problems' plane: half-width around the optimum

// key=value words: the number, if the value is a whole finite number literal.
bool number_of(const std::string& value, double& number) {
    if (value.empty()) return false;
    char* end = nullptr;
    number = std::strtod(value.c_str(), &end);
    return end && *end == '\0' && std::isfinite(number);
}

// "a:b" or "a:b:c": `count` finite numbers.
bool numbers_of(const std::string& value, int count, double* out) {
    size_t at = 0;
    for (int k = 0; k < count; ++k) {
        const size_t colon = k + 1 < count ? value.find(':', at) : value.size();
        if (colon == std::string::npos || !number_of(value.substr(at, colon - at), out[k])) return false;
        at = colon + 1;
    }
    return true;
}

bool weight_of(const std::string& value, WeightRef& weight) {
    double index[3] = {0, 0, 0};
    if (!numbers_of(value, 3, index)) return false;
    for (double k : index)
        if (k < 0 || k > 9999 || k != std::floor(k)) return false;
    weight = {static_cast<int>(index[0]), static_cast<int>(index[1]), static_cast<int>(index[2])};
    return true;
}

std::string weight_text(const WeightRef& w) {
    return std::to_string(w.layer) + ":" + std::to_string(w.i) + ":" + std::to_string(w.j);
}

std::string rounded(double value) {  // a camera angle or distance: 4 significant digits are plenty for a view
    char text[32];
    std::snprintf(text, sizeof text, "%.4g", value);
    return text;
}

}  // namespace

bool parse_surface_view(const std::string& words, SurfaceView& view, std::string& error) {
    SurfaceSettings& s = view.settings;
    view.open = true;
    size_t at = 0;
    while (at <= words.size()) {
        const size_t comma = std::min(words.find(',', at), words.size());
        const std::string word = words.substr(at, comma - at);
        at = comma + 1;
        if (word.empty()) continue;
        const size_t equals = word.find('=');
        const std::string key = word.substr(0, equals);
        const std::string value = equals == std::string::npos ? "" : word.substr(equals + 1);
        double number = 0.0, start[2] = {0, 0};
        const bool numeric = number_of(value, number);
        const bool was_exact = s.mode == SurfaceMode::ExactTwoParameter;
        if (word == "open" || word == "closed") view.open = word == "open";
        else if (word == "cpu" || word == "gpu") view.force_cpu = word == "cpu";
        else if (word == "2d" || word == "3d") view.three_d = word == "3d";
        else if (word == "random") s.mode = SurfaceMode::RandomDirections;
        else if (word == "picked") s.mode = SurfaceMode::PickedWeights;
        else if (word == "exact") s.mode = SurfaceMode::ExactTwoParameter;
        else if (word == "regression" || word == "logistic") {
            s.mode = SurfaceMode::ExactTwoParameter;
            s.exact = word == "logistic" ? ExactKind::Logistic : ExactKind::LinearRegression;
        } else if (word == "rate") s.experiment = ExactExperiment::LearningRate;
        else if (word == "batches") s.experiment = ExactExperiment::Batches;
        else if (word == "race") s.experiment = ExactExperiment::OptimizerRace;
        else if (word == "live" || word == "simulated") s.live = word == "live";
        else if (word == "small") view.alpha_preset = RatePreset::TooSmall;
        else if (word == "good") view.alpha_preset = RatePreset::Good;
        else if (word == "large") view.alpha_preset = RatePreset::TooLarge;
        else if (key == "n" && numeric && number >= 32 && number <= 128) s.resolution = static_cast<int>(number);
        else if (key == "span" && numeric && number > 0) s.span = number;
        else if (key == "seed" && numeric && number >= 1) s.seed = static_cast<uint64_t>(number);
        else if (key == "alpha" && numeric && number >= 0 && number <= 1e6) s.alpha = number, view.alpha_preset.reset();
        else if (key == "start" && numbers_of(value, 2, start) && std::fabs(start[0]) <= 1e6 && std::fabs(start[1]) <= 1e6)
            s.w0 = start[0], s.b0 = start[1];
        else if (key == "u" && weight_of(value, s.first)) {}
        else if (key == "v" && weight_of(value, s.second)) {}
        else if (key == "yaw" && numeric && std::fabs(number) <= 1e3) view.camera.yaw = number;
        else if (key == "pitch" && numeric && number >= SurfaceCamera::kMinPitch && number <= SurfaceCamera::kMaxPitch)
            view.camera.pitch = number;
        else if (key == "dist" && numeric && number >= SurfaceCamera::kMinDistance &&
                 number <= SurfaceCamera::kMaxDistance)
            view.camera.distance = number;
        else {
            error = "surface view: unknown or bad word '" + word + "'";
            return false;
        }
        if (!was_exact && s.mode == SurfaceMode::ExactTwoParameter && key != "span") s.span = kExactSpan;
    }
    return true;
}

std::string surface_view_words(const SurfaceView& view) {
    const SurfaceSettings& s = view.settings;
    std::string words;
    auto add = [&words](const std::string& word) { words += (words.empty() ? "" : ",") + word; };
    switch (s.mode) {
        case SurfaceMode::RandomDirections: add("random"), add("seed=" + std::to_string(s.seed)); break;
        case SurfaceMode::PickedWeights: add("picked"), add("u=" + weight_text(s.first)), add("v=" + weight_text(s.second)); break;
        case SurfaceMode::ExactTwoParameter:
            add(s.exact == ExactKind::Logistic ? "logistic" : "regression");
            add(s.experiment == ExactExperiment::OptimizerRace ? "race"
                : s.experiment == ExactExperiment::Batches    ? "batches"
                                                               : "rate");
            if (s.experiment == ExactExperiment::LearningRate) add(s.live ? "live" : "simulated");
            if (s.experiment == ExactExperiment::LearningRate) add("alpha=" + format_double(s.alpha));
            add("start=" + format_double(s.w0) + ":" + format_double(s.b0));
            break;
    }
    add("n=" + std::to_string(s.resolution));
    add("span=" + format_double(s.span));
    add(view.three_d ? "3d" : "2d");
    if (view.three_d) {
        add("yaw=" + rounded(std::remainder(view.camera.yaw, 2.0 * 3.141592653589793)));  // the same direction
        add("pitch=" + rounded(view.camera.pitch));
        add("dist=" + rounded(view.camera.distance));
    }
    return words;
}

}  // namespace lab

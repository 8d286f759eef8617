#include "lab/surface/surface_view.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

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
        double number = 0.0;
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
        else if (word == "small") view.alpha_preset = RatePreset::TooSmall;
        else if (word == "good") view.alpha_preset = RatePreset::Good;
        else if (word == "large") view.alpha_preset = RatePreset::TooLarge;
        else if (key == "n" && numeric && number >= 32 && number <= 128) s.resolution = static_cast<int>(number);
        else if (key == "span" && numeric && number > 0) s.span = number;
        else if (key == "seed" && numeric && number >= 1) s.seed = static_cast<uint64_t>(number);
        else {
            error = "surface view: unknown or bad word '" + word + "'";
            return false;
        }
        if (!was_exact && s.mode == SurfaceMode::ExactTwoParameter && key != "span") s.span = kExactSpan;
    }
    return true;
}

}  // namespace lab

#include "lab/surface/surface_lab.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>

namespace lab {
namespace {

constexpr size_t kMaxPathPoints = 4000;  // beyond this the live path keeps every other point
const double kNaN = std::numeric_limits<double>::quiet_NaN();

std::string alpha_label(const char* name, double alpha) {
    char text[64];
    std::snprintf(text, sizeof text, "%s  α = %.3g", name, alpha);
    return text;
}

// The exact problem's own 1→1 network: Θ⁽¹⁾ = [b  w] with the problem's output g.
bool is_problem_network(const core::Network& net, ExactKind kind) {
    const core::Activation g = kind == ExactKind::Logistic ? core::Activation::Sigmoid : core::Activation::Linear;
    return net.sizes == std::vector<int>{1, 1} && net.output == g;
}

}  // namespace

double SurfaceScale::t(double J) const {
    if (!(hi > lo)) return 0.5;
    const double x = std::clamp((J - lo) / (hi - lo), 0.0, 1.0);
    return std::log1p(kSurfaceScaleSharpness * x) / std::log1p(kSurfaceScaleSharpness);
}

double SurfaceScale::J(double t) const {
    const double x = std::expm1(t * std::log1p(kSurfaceScaleSharpness)) / kSurfaceScaleSharpness;
    return lo + x * (hi - lo);
}

bool SurfaceLab::start_sampler(const core::Network& centre) {
    SurfaceSpec spec;
    spec.mode = settings_.mode;
    spec.resolution = settings_.resolution;
    spec.span = settings_.span;
    spec.first = settings_.first;
    spec.second = settings_.second;
    spec.direction_seed = settings_.seed;
    const core::Dataset& data = exact() ? problem_.data : data_;
    const core::TrainConfig& config = exact() ? problem_.config : config_;
    if (!sampler_.start(spec, centre, data, config)) {
        error_ = sampler_.error();
        return false;
    }
    centre_ = centre;
    d1_ = sampler_.direction(1);  // picked/exact mode: unit directions along the two weights
    d2_ = sampler_.direction(2);
    grid_ = sampler_.grid();
    return true;
}

bool SurfaceLab::configure(const SurfaceSettings& settings, const core::Network& live, const core::Dataset& data,
                           const core::TrainConfig& config) {
    const SurfaceSettings previous = settings_;
    settings_ = settings;
    error_.clear();
    if (exact()) {
        const bool was_following = follows_;
        follows_ = settings.live && settings.experiment == ExactExperiment::LearningRate &&
                   is_problem_network(live, settings.exact) && data.n_in >= 1 && data.count() > 0;
        const bool same_problem = previous.mode == SurfaceMode::ExactTwoParameter && previous.exact == settings.exact &&
                                  problem_.data.count() > 0 && !was_following;
        if (follows_) problem_ = make_exact_problem(settings.exact, data);  // the session's J(w, b)
        else if (!same_problem) problem_ = make_exact_problem(settings.exact);
        // The view is centred on the optimum: the least-squares line, or for the (convex) logistic unit the end of
        // a long full-batch descent at the good rate.
        WeightPair best = least_squares(problem_);
        if (problem_.kind == ExactKind::Logistic) {
            DescentSpec long_run = learning_rate_preset(problem_, RatePreset::Good, 0.0, 0.0);
            long_run.steps = 3000;
            const DescentPath run = descend(problem_, long_run);
            best = {run.points.back().w, run.points.back().b};
        }
        if (!start_sampler(problem_.network(best.w, best.b))) {
            settings_ = previous;
            follows_ = was_following;
            return false;
        }
        thetas_.clear();
        if (follows_) {
            descents_.assign(1, DescentPath{});
            last_recorded_steps_ = -1;  // the session's count is not known here: the next record() goes on
            record_exact(live, -1, config.optimizer);
        } else {
            compute_exact_paths();
        }
        return true;
    }
    data_ = data;
    config_ = config;
    if (!start_sampler(live)) {
        settings_ = previous;
        return false;
    }
    clear_path();
    record(live, 0);
    return true;
}

bool SurfaceLab::pick_weight(const WeightRef& weight, int axis, const core::Network& live,
                             const core::Dataset& data, const core::TrainConfig& config) {
    SurfaceSettings s = settings_;
    if (s.mode != SurfaceMode::PickedWeights) {
        s.mode = SurfaceMode::PickedWeights;
        s.span = 1.0;
    }
    const int which = axis == 0 || axis == 1 ? axis : next_pick_axis_;
    WeightRef& target = which == 0 ? s.first : s.second;
    WeightRef& other = which == 0 ? s.second : s.first;
    if (other.layer == weight.layer && other.i == weight.i && other.j == weight.j) other = target;  // swap
    target = weight;
    if (!configure(s, live, data, config)) return false;
    next_pick_axis_ = 1 - which;
    return true;
}

bool SurfaceLab::recentre(const core::Network& live) {
    if (exact()) return true;
    if (!start_sampler(live)) return false;
    reproject();
    return true;
}

bool SurfaceLab::advance_cpu(int budget) {
    if (!sampler_.started()) return true;
    const bool done = sampler_.advance(budget);
    grid_ = sampler_.grid();
    return done;
}

void SurfaceLab::set_values(const std::vector<float>& values) {
    const size_t cells = static_cast<size_t>(grid_.resolution) * grid_.resolution;
    if (values.size() != cells) return;
    grid_.min_index = -1;
    for (size_t k = 0; k < cells; ++k) {
        const double J = values[k];
        grid_.values[k] = std::isfinite(J) ? J : kNaN;
        if (!std::isfinite(J)) continue;
        if (grid_.min_index < 0) grid_.min = grid_.max = J;
        if (grid_.min_index < 0 || J < grid_.min) {
            grid_.min = J;
            grid_.min_index = static_cast<int>(k);
        }
        grid_.max = std::max(grid_.max, J);
    }
    grid_.computed = static_cast<int>(cells);
}

void SurfaceLab::record(const core::Network& live, long long steps, const core::OptimizerConfig& optimizer) {
    if (follows()) record_exact(live, steps, optimizer);
    if (exact() || !sampler_.started() || steps == last_recorded_steps_) return;
    if (steps < last_recorded_steps_) thetas_.clear();  // the session was reset: a new path
    last_recorded_steps_ = steps;
    std::vector<double> flat = flatten(live.theta);
    if (!thetas_.empty() && flat.size() != thetas_.front().size()) thetas_.clear();  // a new network shape
    thetas_.push_back(std::move(flat));
    if (thetas_.size() > kMaxPathPoints) {  // thin out the old part: keep every other point, and the newest
        std::vector<std::vector<double>> kept;
        for (size_t k = 0; k < thetas_.size(); k += 2) kept.push_back(std::move(thetas_[k]));
        if (thetas_.size() % 2 == 0) kept.push_back(std::move(thetas_.back()));
        thetas_ = std::move(kept);
    }
    reproject();
}

// The followed run's path: (w, b) and J after each step the session made (a step seen only by its count: several
// steps between two calls draw as one segment). A non-finite weight ends the path at the last finite point.
void SurfaceLab::record_exact(const core::Network& live, long long steps, const core::OptimizerConfig& optimizer) {
    if (descents_.empty() || !is_problem_network(live, problem_.kind)) return;
    if (steps >= 0 && steps == last_recorded_steps_) return;
    DescentPath& path = descents_[0];
    if (steps >= 0 && steps < last_recorded_steps_) path.points.clear();  // the run was restarted
    // the first count after configure() or restart_run(): their point is this one unless training moved it since
    const bool first_count = steps >= 0 && last_recorded_steps_ < 0;
    if (steps >= 0) last_recorded_steps_ = steps;
    path.optimizer = optimizer.kind;
    path.alpha = optimizer.alpha;
    const double w = weight_w(live), b = weight_b(live);
    const bool same_point = !path.points.empty() && path.points.back().w == w && path.points.back().b == b;
    if (first_count && same_point) {
        reveal();  // the legend's α
        return;
    }
    if (std::isfinite(w) && std::isfinite(b)) {  // a point per update, also where the step changed nothing
        path.points.push_back({w, b, exact_loss(problem_, w, b), 0});
        if (path.points.size() > kMaxPathPoints) {  // thin out the old part, as the network modes' path
            std::vector<PathPoint> kept;
            for (size_t k = 0; k < path.points.size(); k += 2) kept.push_back(path.points[k]);
            if (path.points.size() % 2 == 0) kept.push_back(path.points.back());
            path.points = std::move(kept);
        }
    }
    shown_steps_ = total_steps();
    reveal();
}

bool SurfaceLab::restart_run(const core::Network& live, const core::OptimizerConfig& optimizer) {
    if (!follows() || descents_.empty() || !is_problem_network(live, problem_.kind)) return false;
    descents_[0].points.clear();
    last_recorded_steps_ = -1;
    record_exact(live, -1, optimizer);
    return true;
}

void SurfaceLab::clear_path() {
    thetas_.clear();
    last_recorded_steps_ = -1;
    shown_.clear();
}

void SurfaceLab::reproject() {
    if (exact()) return;
    shown_.assign(1, ShownPath{});
    shown_[0].label = "training";
    for (const std::vector<double>& theta : thetas_) {
        PlanePoint p;
        if (sampler_.project(theta, p.u, p.v)) shown_[0].points.push_back(p);
    }
}

void SurfaceLab::compute_exact_paths() {
    descents_.clear();
    DescentSpec spec;
    spec.w0 = settings_.w0;
    spec.b0 = settings_.b0;
    spec.steps = settings_.steps;
    const double good = preset_alpha(problem_, RatePreset::Good);
    spec.optimizer.alpha = settings_.alpha > 0.0 ? settings_.alpha : good;
    switch (settings_.experiment) {
        case ExactExperiment::LearningRate:
            descents_.push_back(descend(problem_, spec));
            break;
        case ExactExperiment::Batches:
            for (BatchKind kind : {BatchKind::Full, BatchKind::MiniBatch, BatchKind::Stochastic}) {
                spec.batch = kind;
                spec.batch_size = 10;
                descents_.push_back(descend(problem_, spec));
            }
            break;
        case ExactExperiment::OptimizerRace: {
            RaceAlphas alphas = default_race_alphas(problem_);
            for (size_t k = 0; k < kRaceSize; ++k)  // the α slider sets SGD's
                if (settings_.alpha > 0.0 && core::kOptimizers[k].kind == core::OptimizerKind::SGD)
                    alphas[k] = settings_.alpha;
            for (const DescentPath& path : optimizer_race(problem_, spec, alphas)) descents_.push_back(path);
            break;
        }
    }
    shown_steps_ = 0;
    reveal();
}

void SurfaceLab::reveal() {
    shown_.clear();
    for (const DescentPath& path : descents_) {
        ShownPath shown;
        if (follows_) {
            shown.label = alpha_label(("the network · " + std::string(core::optimizer_name(path.optimizer))).c_str(),
                                      path.alpha);
        } else if (settings_.experiment == ExactExperiment::Batches) {
            shown.label = std::string(batch_kind_name(path.batch)) + (path.batch == BatchKind::MiniBatch ? " (k = 10)" : "");
        } else {
            shown.label = alpha_label(core::optimizer_name(path.optimizer), path.alpha);
        }
        const size_t count = std::min(path.points.size(), static_cast<size_t>(shown_steps_) + 1);
        for (size_t k = 0; k < count; ++k) {
            shown.points.push_back({path.points[k].w, path.points[k].b});
            shown.J.push_back(path.points[k].J);
        }
        shown_.push_back(std::move(shown));
    }
}

void SurfaceLab::set_start(double w, double b) {
    if (!exact() || follows_ || !std::isfinite(w) || !std::isfinite(b)) return;
    settings_.w0 = w;
    settings_.b0 = b;
    compute_exact_paths();
}

void SurfaceLab::animate(int steps) {
    if (!exact() || follows_ || steps <= 0) return;
    const int before = shown_steps_;
    shown_steps_ = std::min(total_steps(), shown_steps_ + steps);
    if (shown_steps_ != before) reveal();
}

int SurfaceLab::total_steps() const {
    int longest = 0;
    for (const DescentPath& path : descents_) longest = std::max(longest, static_cast<int>(path.points.size()) - 1);
    return longest;
}

std::string SurfaceLab::banner() const {
    for (const DescentPath& path : descents_)
        if (path.diverged && shown_steps_ >= path.diverged_at_step) return path.status;
    return "";
}

SurfaceScale SurfaceLab::scale() const {
    SurfaceScale s;
    if (grid_.min_index < 0) return s;
    s.lo = grid_.min;
    s.hi = grid_.max > grid_.min ? grid_.max : grid_.min + 1.0;
    return s;
}

bool SurfaceLab::current_point(PlanePoint& out) const {
    if ((exact() && !follows_) || shown_.empty() || shown_[0].points.empty()) return false;
    out = shown_[0].points.back();
    return true;
}

double SurfaceLab::J_at(double u, double v) const {
    const int n = grid_.resolution;
    if (n < 2) return kNaN;
    const double x = (u - grid_.axis_u.front()) / (grid_.axis_u.back() - grid_.axis_u.front()) * (n - 1);
    const double y = (v - grid_.axis_v.front()) / (grid_.axis_v.back() - grid_.axis_v.front()) * (n - 1);
    if (!(x >= 0.0 && y >= 0.0 && x <= n - 1 && y <= n - 1)) return kNaN;
    const int k = std::min(static_cast<int>(x), n - 2), r = std::min(static_cast<int>(y), n - 2);
    const double fx = x - k, fy = y - r;
    const double bottom = grid_.at(r, k) * (1 - fx) + grid_.at(r, k + 1) * fx;
    const double top = grid_.at(r + 1, k) * (1 - fx) + grid_.at(r + 1, k + 1) * fx;
    return bottom * (1 - fy) + top * fy;
}

}  // namespace lab

// Input features (core/features.h): each φ, the transform of a data set, backprop against finite differences with
// every feature fed in, the step trace's names, and "features" through JSON, links and their refusals.
#include <catch2/catch.hpp>

#include <cmath>
#include <string>
#include <vector>

#include "core/detmath.h"
#include "core/features.h"
#include "core/gradcheck.h"
#include "core/init.h"
#include "lab/io/config_fields.h"
#include "lab/io/config_io.h"
#include "lab/io/url_state.h"
#include "lab/lessons/lessons.h"
#include "lab/lessons/playground_slide.h"
#include "lab/teach/session.h"
#include "ui/neuron_thumbnails.h"

using namespace core;

namespace {

lab::LabConfig spiral_with(FeatureSet features) {
    lab::LabConfig c;
    c.dataset = DatasetKind::Spiral;
    c.points = 120;
    c.hidden = {3};
    c.features = features;
    return c;
}

std::string features_json(const lab::LabConfig& c) {
    lab::JsonWriter out;
    lab::write_field(*lab::find_config_field("features"), c, out);
    return out.str();
}

}  // namespace

TEST_CASE("each feature is its formula of (x1, x2), sin through det::sin", "[features]") {
    const double x1 = -1.75, x2 = 0.625;
    const double expected[] = {x1, x2, x1 * x1, x2 * x2, x1 * x2, det::sin(x1), det::sin(x2)};
    REQUIRE(kFeatureCount == 7);
    for (int k = 0; k < kFeatureCount; ++k) {
        INFO(kFeatures[k].id);
        REQUIRE(kFeatures[k].phi(x1, x2) == expected[k]);
        REQUIRE(static_cast<int>(kFeatures[k].kind) == k);  // bit k of a FeatureSet is row k
        REQUIRE(kFeatures[k].reads_x2 == (kFeatures[k].phi(x1, 3.0) != kFeatures[k].phi(x1, -2.0)));
    }
    REQUIRE(std::fabs(det::sin(x1) - std::sin(x1)) < 1e-15);
}

TEST_CASE("a data set's rows become feature vectors in table order; targets and points stay", "[features]") {
    const Dataset points = make_dataset(DatasetKind::Xor, 40, 0.1, 3);
    const FeatureSet set = feature_bit(Feature::SinX2) | feature_bit(Feature::X1) | feature_bit(Feature::X1X2);
    const Dataset phi = with_features(points, set);
    REQUIRE(phi.n_in == 3);
    REQUIRE(phi.count() == points.count());
    REQUIRE(phi.y == points.y);
    for (int i = 0; i < points.count(); ++i) {
        const double* x = points.x_row(i);
        REQUIRE(phi.x_row(i)[0] == x[0]);
        REQUIRE(phi.x_row(i)[1] == x[0] * x[1]);
        REQUIRE(phi.x_row(i)[2] == det::sin(x[1]));
    }
    // the raw choice, other widths and an empty choice leave the data as they are
    REQUIRE(applied_features(kRawInputs, 2) == 0);
    REQUIRE(applied_features(set, 1) == 0);
    REQUIRE(applied_features(set, 64) == 0);
    REQUIRE(applied_features(0, 2) == 0);
    REQUIRE(applied_features(set, 2) == set);
    REQUIRE(applied_features(feature_bit(Feature::X2), 2) == feature_bit(Feature::X2));  // x₂ alone is a choice
}

TEST_CASE("backprop agrees with finite differences with every feature fed in", "[features][gradcheck]") {
    lab::LabConfig c = spiral_with(kAllFeatures);
    c.hidden = {4, 3};
    const lab::Session session(c);
    REQUIRE(session.features() == kAllFeatures);
    REQUIRE(session.network().sizes.front() == 7);
    REQUIRE(session.train_set().n_in == 7);
    REQUIRE(session.train_points().n_in == 2);
    const std::vector<GradCheckEntry> entries =
        gradient_check(session.network(), c.train, session.train_set(), {0, 1, 2, 3, 4}, 1e-5, Difference::Central);
    REQUIRE(entries.size() == static_cast<size_t>(session.network().weight_count()));
    int input_weights = 0;
    for (const GradCheckEntry& e : entries) {
        INFO("Θ" << e.layer + 1 << " " << e.i << "," << e.j << ": " << e.analytic << " vs " << e.numeric);
        REQUIRE(e.relative_error < 1e-6);
        input_weights += e.layer == 0 && e.j > 0 ? 1 : 0;
    }
    REQUIRE(input_weights == 4 * 7);  // every feature's weights were checked
}

TEST_CASE("training with features: the session's points stay the plane's, the trace names the features",
          "[features][trace]") {
    const FeatureSet set = feature_bit(Feature::X1Squared) | feature_bit(Feature::X1X2) | feature_bit(Feature::SinX2);
    lab::Session session(spiral_with(set));
    const lab::Session raw(spiral_with(kRawInputs));
    REQUIRE(raw.features() == 0);
    REQUIRE(session.train_points().x == raw.train_set().x);  // the same points, the same split
    const lab::StepTrace trace = session.traced_step();
    const lab::TraceEvent& first = trace.events.front();
    REQUIRE(first.phase == lab::Phase::Forward);
    REQUIRE(first.layer == 1);
    INFO(first.formula);
    REQUIRE(first.formula.find("x₁²") != std::string::npos);
    REQUIRE(first.formula.find("x₁x₂") != std::string::npos);
    REQUIRE(first.formula.find(" sin x₂") != std::string::npos);
    // a⁽¹⁾ of the traced example is its feature vector
    const int index = trace.record.batch.front();
    const double* x = session.train_points().x_row(index);
    const std::vector<double>& a1 = trace.record.caches.front().a.front();
    REQUIRE(a1 == std::vector<double>{x[0] * x[0], x[0] * x[1], det::sin(x[1])});
    // the raw inputs keep the lecture's a⁽¹⁾ names
    lab::Session plain(spiral_with(kRawInputs));
    REQUIRE(plain.traced_step().events.front().formula.find("a₁⁽¹⁾") != std::string::npos);
}

TEST_CASE("features through JSON, links and their refusals", "[features][config][url]") {
    const lab::UrlState lesson = lab::lesson_state(lab::default_lesson().number);
    REQUIRE(lesson.config.features == kRawInputs);  // every existing lesson and link: x₁, x₂

    lab::UrlState state;
    REQUIRE(lab::decode("lesson=16&feat=x1,x2,x1x2", state).empty());
    REQUIRE(state.config.features == (kRawInputs | feature_bit(Feature::X1X2)));
    REQUIRE(features_json(state.config) == "[\"x1\",\"x2\",\"x1x2\"]");
    const std::string link = lab::encode(state);
    REQUIRE(link.find("&feat=x1,x2,x1x2") != std::string::npos);

    lab::Json object;
    std::string error;
    REQUIRE(lab::parse_json("{\"features\": [\"sinx1\", \"x2sq\"]}", object, error));
    lab::LabConfig c;
    REQUIRE(lab::apply_config_json(object, c).empty());
    REQUIRE(c.features == (feature_bit(Feature::SinX1) | feature_bit(Feature::X2Squared)));

    // a malformed feat= is named, and nothing changes
    for (const char* bad : {"x1,cube", "", "x3", "none", "x1,x1,x1,x1,x1,x1,x1,x1"}) {
        INFO(bad);
        lab::UrlState before;
        REQUIRE(lab::decode("lesson=16&alpha=0.5", before).empty());
        lab::UrlState after;
        const std::vector<std::string> notices = lab::decode(std::string("lesson=16&alpha=0.5&feat=") + bad, after);
        REQUIRE(notices.size() == 1);
        REQUIRE(notices[0].find("'feat' must be a list of 1 to 7 of x1, x2, x1sq, x2sq, x1x2, sinx1, sinx2") !=
                std::string::npos);
        REQUIRE(lab::config_to_json(after.config) == lab::config_to_json(before.config));
    }
}

TEST_CASE("the lecture's Playground slide: the spiral, every feature, one sigmoid neuron", "[features][lessons]") {
    const lab::LabConfig c = lab::playground_slide(lab::default_lesson().config);
    REQUIRE(c.dataset == DatasetKind::Spiral);
    REQUIRE(c.features == kAllFeatures);
    REQUIRE(c.hidden == std::vector<int>{1});
    REQUIRE(c.hidden_activation == Activation::Sigmoid);
    REQUIRE(c.train.optimizer.alpha == 0.03);
    REQUIRE(c.train.batch_size == 10);
    std::vector<std::string> problems;
    lab::checked_config(c, c, &problems);
    REQUIRE(problems.empty());
    const lab::Session session(c);
    REQUIRE(session.network().sizes == std::vector<int>{7, 1, 1});
}

TEST_CASE("a click toggles one feature, and the last one stays on", "[features]") {
    REQUIRE(toggled(kRawInputs, Feature::X1X2) == (kRawInputs | feature_bit(Feature::X1X2)));
    REQUIRE(toggled(kRawInputs, Feature::X1) == feature_bit(Feature::X2));
    REQUIRE(toggled(feature_bit(Feature::SinX2), Feature::SinX2) == feature_bit(Feature::SinX2));
}

TEST_CASE("the input layer's thumbnails are the features over the plane", "[features][thumbnails]") {
    const FeatureSet set = feature_bit(Feature::X2Squared) | feature_bit(Feature::SinX1);
    core::Network net = make_network({2, 3, 1}, Activation::Tanh, Activation::Sigmoid);
    Rng rng(4);
    initialize(net, Init::Uniform, rng, 1.0);
    const lab::PlaneExtent plane{-4.0, 4.0};
    ui::NeuronThumbnails images;
    ui::compute_thumbnails(net, plane, 8, images, set);
    REQUIRE(images.res == 8);
    const int row = 2, col = 5;
    const double x1 = plane.to_plane((col + 0.5) / 8), x2 = plane.to_plane((row + 0.5) / 8);
    REQUIRE((*images.image(0, 0))[row * 8 + col] == static_cast<float>(x2 * x2));
    REQUIRE((*images.image(0, 1))[row * 8 + col] == static_cast<float>(det::sin(x1)));
    ui::NeuronThumbnails raw;
    ui::compute_thumbnails(net, plane, 8, raw, kRawInputs | feature_bit(Feature::X1X2));  // 3 features, 2 inputs
    REQUIRE(raw.res == 0);  // a network of another width gets no images rather than wrong ones
}

// Lesson 6's small multiples (lab/teach/capacity.h): three networks of 3, 6 and 20 hidden units on the same data.
#include <catch2/catch.hpp>

#include "lab/lessons/lessons.h"
#include "lab/teach/capacity.h"

using namespace lab;

namespace {

constexpr int kCapacityEpochs = 100;  // the comparison's horizon

const LabConfig& lesson_six() {
    const Lesson* lesson = find_lesson("architecture");
    REQUIRE(lesson != nullptr);
    REQUIRE(lesson->number == 6);
    return lesson->config;
}

}  // namespace

TEST_CASE("lesson 6's three runs have 3, 6 and 20 hidden units and learn the lesson's data", "[capacity]") {
    CapacityComparison runs(lesson_six());
    const Session lesson(lesson_six());
    REQUIRE(CapacityComparison::size() == 3);
    for (size_t k = 0; k < runs.size(); ++k) {
        const core::Network& net = runs.run(k).network();
        REQUIRE(net.sizes == std::vector<int>{2, kCapacityUnits[k], 1});
        CHECK(runs.hidden_units(k) == kCapacityUnits[k]);
        // the same training and test points as the lesson's own session, and its training settings
        CHECK(runs.run(k).train_set().x == lesson.train_set().x);
        CHECK(runs.run(k).train_set().y == lesson.train_set().y);
        CHECK(runs.run(k).test_set().x == lesson.test_set().x);
        CHECK(runs.run(k).config().seed == lesson.config().seed);
        CHECK(runs.run(k).config().init == lesson.config().init);
        CHECK(runs.run(k).config().train.optimizer.alpha == lesson.config().train.optimizer.alpha);
        CHECK(runs.run(k).config().train.batch_size == lesson.config().train.batch_size);
    }
    // the 3-unit run is the lesson's own network, weight for weight
    CHECK(runs.run(0).network().theta[0].v == lesson.network().theta[0].v);
}

TEST_CASE("the three runs advance together and start again together", "[capacity]") {
    CapacityComparison runs(lesson_six());
    runs.train_steps(40);
    for (size_t k = 0; k < runs.size(); ++k) CHECK(runs.run(k).steps() == 40);
    CHECK(runs.steps() == 40);
    const std::vector<double> trained = runs.run(2).network().theta[0].v;
    runs.reset();
    CHECK(runs.steps() == 0);
    CHECK(runs.run(2).network().theta[0].v != trained);
    runs.refresh(plane_extent(runs.run(0).train_set()), 8);
    CHECK(runs.caption(0).rfind("3 hidden units · J = ", 0) == 0);
    CHECK(runs.caption(2).find("· epoch 0") != std::string::npos);
    CHECK(runs.record(1).train_loss == runs.run(1).current().train_loss);
}

TEST_CASE("on lesson 6's data 20 hidden units reach a lower training loss than 3", "[capacity]") {
    CapacityComparison runs(lesson_six());
    const int steps_per_epoch = (runs.run(0).train_set().count() + 9) / 10;
    runs.train_steps(kCapacityEpochs * steps_per_epoch);
    const double J3 = runs.run(0).current().train_loss, J6 = runs.run(1).current().train_loss,
                 J20 = runs.run(2).current().train_loss;
    INFO("J after " << runs.run(0).epoch() << " epochs: 3 units " << J3 << ", 6 units " << J6 << ", 20 units " << J20);
    CHECK(runs.run(0).epoch() == kCapacityEpochs);
    CHECK(J20 < 0.8 * J3);
    CHECK(J6 < J3);
}

TEST_CASE("the boundaries are each run's output over the plane, recomputed after training", "[capacity]") {
    CapacityComparison runs(lesson_six());
    const PlaneExtent extent = plane_extent(runs.run(0).train_set());
    runs.refresh(extent, 16);
    REQUIRE(runs.boundary_resolution() == 16);
    std::vector<double> expected;
    for (size_t k = 0; k < runs.size(); ++k) {
        evaluate_unit_grid(runs.run(k).network(), 2, 0, extent, 16, expected);
        CHECK(runs.boundary(k) == expected);
    }
    const std::vector<double> before = runs.boundary(2);
    runs.train_steps(25);
    runs.refresh(extent, 16);
    CHECK(runs.boundary(2) != before);
}

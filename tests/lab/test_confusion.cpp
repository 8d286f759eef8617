#include <catch2/catch.hpp>

#include "core/init.h"
#include "core/train.h"
#include "lab/teach/confusion.h"
#include "lab/lessons/lessons.h"
#include "lab/teach/session.h"

using namespace lab;

TEST_CASE("the confusion matrix counts (true, predicted) and its diagonal is the accuracy", "[confusion]") {
    Session session(find_lesson("digits")->config);
    REQUIRE(session.train_steps(200) == 200);
    core::Batch scratch;
    std::vector<int> predicted;
    const core::Evaluation e =
        core::evaluate(session.network(), session.config().train.loss, session.test_set(), scratch, &predicted);
    const Confusion c = confusion_matrix(session.test_set(), predicted);
    REQUIRE(c.classes == 10);
    CHECK(c.total() == session.test_set().count());
    int row_3_predicted_5 = 0;  // a cell counts exactly its (true, predicted) pairs
    for (int i = 0; i < session.test_set().count(); ++i)
        row_3_predicted_5 += session.test_set().label(i) == 3 && predicted[static_cast<size_t>(i)] == 5;
    CHECK(c.at(3, 5) == row_3_predicted_5);
    CHECK(static_cast<double>(c.correct()) / c.total() == Approx(e.accuracy));
    int label_3 = 0;  // a row holds every example of its true class
    for (int i = 0; i < session.test_set().count(); ++i) label_3 += session.test_set().label(i) == 3;
    CHECK(c.row_total(3) == label_3);
    CHECK(c.correct() > c.total() / 2);  // 200 steps teach the digits well beyond chance
}

TEST_CASE("a binary set has two classes; a regression has none", "[confusion]") {
    core::Dataset d;
    d.n_in = 1;
    d.n_out = 1;
    const double xs[3] = {-1.0, 1.0, 2.0}, ys[3] = {0.0, 1.0, 0.0};
    for (int i = 0; i < 3; ++i) d.append(&xs[i], &ys[i]);
    core::Network net = core::make_network({1, 1}, core::Activation::Tanh, core::Activation::Sigmoid);
    net.theta[0](0, 1) = 5.0;  // h(x) = sigmoid(5x): class 1 for x > 0
    core::Batch scratch;
    std::vector<int> predicted;
    core::evaluate(net, core::Loss::BinaryCrossEntropy, d, scratch, &predicted);
    const Confusion c = confusion_matrix(d, predicted);
    REQUIRE(c.classes == 2);
    CHECK(c.at(0, 0) == 1);  // x = −1, label 0
    CHECK(c.at(1, 1) == 1);  // x = 1, label 1
    CHECK(c.at(0, 1) == 1);  // x = 2, label 0, read as 1
    CHECK(c.at(1, 0) == 0);
    CHECK(class_name(d, 1) == "class 1");  // no names: numbered
    d.class_names = {"no", "yes"};
    CHECK(class_name(d, 1) == "yes");
    d.task = core::Task::Regression;
    core::evaluate(net, core::Loss::MSE, d, scratch, &predicted);
    CHECK(predicted.empty());  // a regression has no classes to predict
    const Confusion none = confusion_matrix(d, predicted);
    CHECK(none.classes == 0);
    CHECK(none.at(0, 0) == 0);  // nothing to read, and no read outside the empty matrix
}

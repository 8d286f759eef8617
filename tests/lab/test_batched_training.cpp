// The batched path (core/batch.h: the mini-batch as matrices) against the textbook one (forward() and backward()
// example by example, what train_step does when the step trace records): the same weights, bit for bit, for every
// lesson's configuration, and the same evaluation.
#include <catch2/catch.hpp>

#include <cstring>
#include <string>

#include "core/train.h"
#include "lab/lessons/lessons.h"
#include "lab/teach/heatmap.h"
#include "lab/teach/session.h"

namespace {

bool same_bits(double a, double b) { return std::memcmp(&a, &b, sizeof a) == 0; }

// Trains two copies of `start` for `steps` steps, one by each path; returns false (and says where) if the
// weights or a step's loss ever differ in a bit.
bool paths_agree(const core::Trainer& start, const core::Dataset& train, int steps, std::string& where) {
    core::Trainer batched = start, reference = start;
    core::StepRecord record;
    for (int k = 0; k < steps; ++k) {
        const double loss_batched = core::train_step(batched, train);
        const double loss_reference = core::train_step(reference, train, &record);
        if (!same_bits(loss_batched, loss_reference)) {
            where = "the loss of step " + std::to_string(k);
            return false;
        }
    }
    if (core::weights_hash(batched.net) != core::weights_hash(reference.net)) {
        where = "the weights after " + std::to_string(steps) + " steps";
        return false;
    }
    where = "the dropout masks' random state";
    return batched.dropout_state == reference.dropout_state;
}

}  // namespace

TEST_CASE("every lesson trains to the same bits by the batched path and example by example", "[batch]") {
    for (const lab::Lesson& lesson : lab::lessons()) {
        const lab::Session session(lesson.config);
        std::string where;
        INFO("lesson " << lesson.number << " (" << lesson.id << ")");
        const bool agree = paths_agree(session.trainer(), session.train_set(), 1000, where);
        INFO(where);
        CHECK(agree);
    }
}

TEST_CASE("the batched path keeps the bits with dropout, long batches and every loss pairing", "[batch]") {
    struct Variant {
        const char* name;
        core::DatasetKind data;
        core::Activation hidden, output;
        core::Loss loss;
        double dropout;
        int batch_size;  // above kBatchColumns: the batch goes through in blocks
    };
    const Variant variants[] = {
        {"tanh/sigmoid bce, dropout", core::DatasetKind::Spiral, core::Activation::Tanh, core::Activation::Sigmoid,
         core::Loss::BinaryCrossEntropy, 0.3, 10},
        {"relu/sigmoid mse (not matched), 150 a batch", core::DatasetKind::Circle, core::Activation::ReLU, core::Activation::Sigmoid,
         core::Loss::MSE, 0.0, 150},
        {"gelu/softmax hinge", core::DatasetKind::Spiral3, core::Activation::GELU, core::Activation::Softmax, core::Loss::MulticlassHinge, 0.0, 7},
        {"swish/tanh mse, dropout, full batch", core::DatasetKind::Xor, core::Activation::Swish, core::Activation::Tanh, core::Loss::MSE, 0.5,
         100000},
        {"sigmoid/linear mse", core::DatasetKind::Plane2D, core::Activation::Sigmoid, core::Activation::Linear, core::Loss::MSE, 0.0, 1},
    };
    for (const Variant& v : variants) {
        lab::LabConfig config = lab::default_lesson().config;
        config.dataset = v.data;
        config.hidden_activation = v.hidden;
        config.output_activation = v.output;
        config.train.loss = v.loss;
        config.train.dropout.rate = v.dropout;
        config.train.batch_size = v.batch_size;
        const lab::Session session(config);
        REQUIRE(session.trainer().net.output == v.output);  // the configuration was taken as it is
        REQUIRE(session.trainer().config.dropout.rate == v.dropout);
        std::string where;
        INFO(v.name);
        const bool agree = paths_agree(session.trainer(), session.train_set(), 300, where);
        INFO(where);
        CHECK(agree);
    }
}

TEST_CASE("evaluation by blocks of examples equals the forward pass example by example", "[batch]") {
    for (const lab::Lesson& lesson : lab::lessons()) {
        lab::Session session(lesson.config);
        session.train_steps(50);
        const core::Network& net = session.network();
        const core::Dataset& data = session.test_set();
        const core::Loss loss = session.config().train.loss;
        core::Batch scratch;
        std::vector<int> predicted;
        const core::Evaluation batched = core::evaluate(net, loss, data, scratch, &predicted);

        core::Cache cache;
        double sum = 0.0;
        bool classes_agree = true;
        for (int i = 0; i < data.count(); ++i) {
            const std::vector<double>& out = core::forward(net, data.x_row(i), cache);
            sum += core::loss_value(loss, out.data(), data.y_row(i), static_cast<int>(out.size()));
            if (!predicted.empty() && predicted[static_cast<size_t>(i)] != core::predicted_class(out)) classes_agree = false;
        }
        INFO("lesson " << lesson.number << " (" << lesson.id << ")");
        CHECK(same_bits(batched.loss, data.count() > 0 ? sum / data.count() : 0.0));
        CHECK(classes_agree);
    }
}

TEST_CASE("the CPU decision boundary by blocks equals the forward pass point by point", "[batch]") {
    lab::Session session(lab::default_lesson().config);
    session.train_steps(100);
    const core::Network& net = session.network();
    const lab::PlaneExtent extent = lab::plane_extent(session.train_set());
    const int res = 70;  // one full block and a short one per row
    for (int layer = 1; layer < net.layer_count(); ++layer) {
        std::vector<double> grid;
        lab::evaluate_unit_grid(net, layer, 0, extent, res, grid);
        core::Cache cache;
        bool agree = grid.size() == static_cast<size_t>(res * res);
        for (int row = 0; row < res && agree; ++row)
            for (int col = 0; col < res && agree; ++col) {
                const double x[2] = {extent.to_plane((col + 0.5) / res), extent.to_plane((row + 0.5) / res)};
                core::forward(net, x, cache);
                agree = same_bits(grid[static_cast<size_t>(row * res + col)], cache.a[static_cast<size_t>(layer)][0]);
            }
        INFO("layer " << layer);
        CHECK(agree);
    }
}

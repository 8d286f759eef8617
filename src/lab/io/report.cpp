#include "lab/io/report.h"

#include <algorithm>

#include "lab/teach/differences.h"

namespace lab {

void write_matrices(const std::vector<core::Matrix>& matrices, JsonWriter& out) {
    out.begin_array();
    for (const core::Matrix& m : matrices) {
        out.begin_array();
        for (int i = 0; i < m.rows; ++i) out.numbers(std::vector<double>(m.row(i), m.row(i) + m.cols));
        out.end_array();
    }
    out.end_array();
}

void write_network_json(const core::Network& net, JsonWriter& out) {
    out.begin_object();
    out.key("sizes").begin_array();
    for (int s : net.sizes) out.value(s);
    out.end_array();
    out.key("hidden_activation").value(core::activation_name(net.hidden));
    out.key("output_activation").value(core::activation_name(net.output));
    out.key("theta");
    write_matrices(net.theta, out);
    out.end_object();
}

void write_example_json(const Session& session, int i, JsonWriter& out) {
    const core::Dataset& data = session.train_set();
    const core::Network& net = session.network();
    const core::TrainConfig& config = session.config().train;
    core::Cache cache;
    std::vector<core::Matrix> unused = core::zeros_like(net.theta);
    core::forward(net, data.x_row(i), cache);
    core::backward(net, data.y_row(i), config.loss, cache, unused);
    const std::vector<core::Matrix> dtheta = core::analytic_gradient(net, config, data, {i});

    out.begin_object();
    out.key("index").value(i);
    out.key("x").numbers(std::vector<double>(data.x_row(i), data.x_row(i) + data.n_in));
    out.key("y").numbers(std::vector<double>(data.y_row(i), data.y_row(i) + data.n_out));
    out.key("loss").value(cache.loss);
    out.key("layers").begin_array();
    for (int l = 0; l < net.layer_count(); ++l) {
        out.begin_object();
        out.key("l").value(l + 1);  // the lecture's 1-based layer number
        if (l > 0) out.key("z").numbers(cache.z[static_cast<size_t>(l)]);
        out.key("a").numbers(cache.a[static_cast<size_t>(l)]);
        if (l > 0) out.key("delta").numbers(cache.delta[static_cast<size_t>(l)]);
        out.end_object();
    }
    out.end_array();
    out.key("dtheta");
    write_matrices(dtheta, out);
    out.end_object();
}

void write_history_json(const std::vector<EpochRecord>& history, JsonWriter& out) {
    out.begin_array();
    for (const EpochRecord& r : history) {
        out.begin_object();
        out.key("epoch").value(r.epoch);
        out.key("train_loss").value(r.train_loss);
        out.key("test_loss").value(r.test_loss);
        out.key("train_accuracy").value(r.train_accuracy);
        out.key("test_accuracy").value(r.test_accuracy);
        out.end_object();
    }
    out.end_array();
}

void write_gradcheck_json(const std::vector<core::GradCheckEntry>& entries, double h, core::Difference difference,
                          JsonWriter& out) {
    double worst = 0.0;
    for (const core::GradCheckEntry& e : entries) worst = std::max(worst, e.relative_error);
    out.begin_object();
    out.key("difference").value(difference_info(difference).name);
    out.key("h").value(h);
    out.key("max_relative_error").value(worst);
    out.key("entries").begin_array();
    for (const core::GradCheckEntry& e : entries) {
        out.begin_object();
        out.key("layer").value(e.layer + 1);
        out.key("i").value(e.i + 1);  // unit i of layer l+1 (1-based, as on the slides)
        out.key("j").value(e.j);      // 0 = bias unit
        out.key("analytic").value(e.analytic);
        out.key("numeric").value(e.numeric);
        out.key("relative_error").value(e.relative_error);
        out.end_object();
    }
    out.end_array();
    out.end_object();
}

}  // namespace lab

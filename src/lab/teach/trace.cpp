#include "lab/teach/trace.h"

#include "lab/teach/notation.h"

namespace lab {
namespace {

// Lecture numbering: code layer l is layer l + 1 on the slides, code unit i is unit i + 1, the bias unit is 0.
std::string a_sym(int layer, int unit) { return indexed("a", {unit + 1}, layer + 1); }
std::string z_sym(int layer, int unit) { return indexed("z", {unit + 1}, layer + 1); }
std::string d_sym(int layer, int unit) { return indexed("δ", {unit + 1}, layer + 1); }
std::string theta_sym(int l, int row, int column) { return indexed("Θ", {row + 1, column}, l + 1); }
std::string theta_row_sym(int l, int row) { return "Θ" + subscript(row + 1) + "ⱼ" + layer_index(l + 1); }

// An event of `phase` at a node (Forward, δ: layer and unit; Gradient, Update: l of Θ⁽ˡ⁺¹⁾ and its row), with its
// result; the callers add the formula and the numbers.
TraceEvent event_at(Phase phase, int example, int layer, int unit, double result) {
    TraceEvent e;
    e.phase = phase;
    e.example = example;
    e.layer = layer;
    e.unit = unit;
    e.result = result;
    return e;
}

constexpr int kMaxTerms = 4;  // a sum with more terms is shown as its first ones and "…"

// Dropout's factors for a unit: m (1 kept, 0 dropped) and 1/(1 − p), from the cache's mask (0 or 1/(1 − p)).
void set_dropout_factors(TraceEvent& e, const std::vector<double>& mask, int unit, double p) {
    if (mask.empty()) return;
    e.dropout_m = mask[static_cast<size_t>(unit)] != 0.0 ? 1.0 : 0.0;
    e.dropout_rescale = 1.0 / (1.0 - p);
}

// " · m₆ / (1 − p)" and " · 1 / (1 − 0.5)": the formula's and the numbers' dropout factors
std::string dropout_symbols(int unit) { return " · m" + subscript(unit + 1) + " / (1 − p)"; }
std::string dropout_numbers(const TraceEvent& e, double p) {
    return " · " + num(e.dropout_m) + " / (1 − " + num(p) + ")";
}

// The input a_unit⁽¹⁾ as a factor of Θ: "a₁⁽¹⁾" for the raw x, or the feature it holds ("x₁²", " sin x₂").
std::string input_factor(core::FeatureSet features, int unit) {
    if (!features) return a_sym(0, unit);
    const std::string label = core::feature_info(core::feature_list(features)[static_cast<size_t>(unit)]).label;
    return label.rfind("sin", 0) == 0 ? " " + label : label;
}

TraceEvent forward_event(const core::Network& net, const core::Cache& cache, int example, int layer, int unit,
                         double p, core::FeatureSet features) {
    const core::Matrix& theta = net.theta[static_cast<size_t>(layer - 1)];
    const std::vector<double>& a_in = cache.a[static_cast<size_t>(layer - 1)];
    const double z = cache.z[static_cast<size_t>(layer)][static_cast<size_t>(unit)];
    const double a = cache.a[static_cast<size_t>(layer)][static_cast<size_t>(unit)];
    const core::Activation g = net.activation_of(layer);
    const int inputs = static_cast<int>(a_in.size());

    // z = Θᵢ₀ + Σⱼ Θᵢⱼ aⱼ
    std::string sym = z_sym(layer, unit) + " = " + theta_sym(layer - 1, unit, 0);
    std::string nums = z_sym(layer, unit) + " = " + num(theta(unit, 0));
    for (int j = 0; j < inputs && j < kMaxTerms; ++j) {
        sym += " + " + theta_sym(layer - 1, unit, j + 1) + (layer == 1 ? input_factor(features, j) : a_sym(layer - 1, j));
        nums += " + " + factor(theta(unit, j + 1)) + "·" + factor(a_in[static_cast<size_t>(j)]);  // 0.5·0.2, not 0.50.2
    }
    if (inputs > kMaxTerms) {
        sym += " + … (" + std::to_string(inputs + 1) + " terms)";
        nums += " + …";
    }
    nums += " = " + num(z);
    const std::string name = core::activation_name(g);
    TraceEvent e = event_at(Phase::Forward, example, layer, unit, a);
    set_dropout_factors(e, cache.dropout_mask[static_cast<size_t>(layer)], unit, p);
    if (g == core::Activation::Softmax) {  // an output layer: never dropped
        sym += ",   " + a_sym(layer, unit) + " = e^" + z_sym(layer, unit) + " / Σₖ e^" + indexed("z", {}, layer + 1) + "ₖ";
        nums += ",   " + a_sym(layer, unit) + " = " + num(a);
    } else if (e.dropout_m < 0) {
        sym += ",   " + a_sym(layer, unit) + " = " + name + "(" + z_sym(layer, unit) + ")";
        nums += ",   " + a_sym(layer, unit) + " = " + name + "(" + num(z) + ") = " + num(a);
    } else {  // a = g(z) · m / (1 − p): g(z) shown on its own, then the mask and the rescale
        const double g_z = core::activate(g, z);
        sym += ",   " + a_sym(layer, unit) + " = " + name + "(" + z_sym(layer, unit) + ")" + dropout_symbols(unit);
        nums += ",   " + a_sym(layer, unit) + " = " + name + "(" + num(z) + ")" + dropout_numbers(e, p) + " = " +
                num(g_z) + " · " + num(e.dropout_m) + " · " + num(e.dropout_rescale) + " = " + num(a);
    }
    e.formula = sym;
    e.numbers = nums;
    return e;
}

TraceEvent loss_event(core::Loss loss, const core::Cache& cache, const double* y, int example, int out_layer) {
    const std::vector<double>& a = cache.a.back();
    const std::string aL = indexed("a", {}, out_layer + 1);
    TraceEvent e = event_at(Phase::Loss, example, out_layer, 0, cache.loss);
    switch (loss) {
        case core::Loss::MSE:
            e.formula = "J = ½ Σₖ (" + aL + "ₖ − yₖ)²";
            e.numbers = a.size() == 1 ? "J = ½ (" + num(a[0]) + " − " + num(y[0]) + ")²" : "J = ½ Σₖ (…)²";
            break;
        case core::Loss::BinaryCrossEntropy:
            e.formula = "J = −[y log " + aL + " + (1 − y) log(1 − " + aL + ")]";
            e.numbers = a.size() == 1 ? "J = −[" + num(y[0]) + " log " + num(a[0]) + " + " + num(1.0 - y[0]) + " log " +
                                            num(1.0 - a[0]) + "]"
                                      : "J = −Σₖ [yₖ log aₖ + …]";
            break;
        case core::Loss::SoftmaxCrossEntropy: {
            int c = 0;
            for (size_t k = 1; k < a.size(); ++k)
                if (y[k] > y[c]) c = static_cast<int>(k);
            e.formula = "J = −log " + aL + "_y  (the probability of the true class)";
            e.numbers = "J = −log " + num(a[static_cast<size_t>(c)]);
            break;
        }
        case core::Loss::MulticlassHinge:
            e.formula = "J = Σ_{j≠y} max(0, s_j − s_y + 1)";
            e.numbers = "J = Σ_{j≠y} max(0, …)";
            break;
    }
    e.numbers += " = " + num(cache.loss);
    return e;
}

TraceEvent output_delta_event(const core::Network& net, core::Loss loss, const core::Cache& cache, const double* y,
                              int example, int unit) {
    const int L = net.layer_count() - 1;
    const size_t k = static_cast<size_t>(unit);
    const double a = cache.a[static_cast<size_t>(L)][k];
    const double z = cache.z[static_cast<size_t>(L)][k];
    const double d = cache.delta[static_cast<size_t>(L)][k];
    TraceEvent e = event_at(Phase::OutputDelta, example, L, unit, d);
    const std::string ds = d_sym(L, unit);
    if (core::is_matched_pair(net.output, loss)) {
        e.formula = ds + " = " + a_sym(L, unit) + " − y" + subscript(unit + 1);
        e.numbers = ds + " = " + num(a) + " − " + num(y[unit]) + " = " + num(d);
    } else if (net.output == core::Activation::Softmax) {
        e.formula = ds + " = " + a_sym(L, unit) + " (∂J/∂" + a_sym(L, unit) + " − Σₖ ∂J/∂aₖ aₖ)";
        e.numbers = ds + " = " + num(a) + " · (" + num(cache.dJ_da[k]) + " − …) = " + num(d);
    } else {
        const double g_prime = core::activate_derivative(net.output, z, a);
        e.formula = ds + " = ∂J/∂" + a_sym(L, unit) + " · g′(" + z_sym(L, unit) + ")";
        e.numbers = ds + " = " + factor(cache.dJ_da[k]) + " · " + factor(g_prime) + " = " + num(d);
    }
    return e;
}

TraceEvent hidden_delta_event(const core::Network& net, const core::Cache& cache, int example, int layer, int unit,
                              double p) {
    const core::Matrix& theta = net.theta[static_cast<size_t>(layer)];  // Θ⁽ˡ⁾ maps this layer to the next
    const std::vector<double>& d_next = cache.delta[static_cast<size_t>(layer + 1)];
    const size_t j = static_cast<size_t>(unit);
    const double z = cache.z[static_cast<size_t>(layer)][j];
    const std::vector<double>& mask = cache.dropout_mask[static_cast<size_t>(layer)];
    const double a_plain = mask.empty() ? cache.a[static_cast<size_t>(layer)][j] : core::activate(net.hidden, z);
    const double g_prime = core::activate_derivative(net.hidden, z, a_plain);
    const double d = cache.delta[static_cast<size_t>(layer)][j];

    // δⱼ⁽ˡ⁾ = (Σᵢ Θᵢⱼ⁽ˡ⁾ δᵢ⁽ˡ⁺¹⁾) g′(zⱼ⁽ˡ⁾)
    std::string sum_sym, sum_num;
    for (int i = 0; i < theta.rows && i < kMaxTerms; ++i) {
        sum_sym += (i ? " + " : "") + theta_sym(layer, i, unit + 1) + d_sym(layer + 1, i);
        sum_num += (i ? " + " : "") + factor(theta(i, unit + 1)) + "·" + factor(d_next[static_cast<size_t>(i)]);
    }
    if (theta.rows > kMaxTerms) {
        sum_sym += " + …";
        sum_num += " + …";
    }
    TraceEvent e = event_at(Phase::HiddenDelta, example, layer, unit, d);
    e.formula = d_sym(layer, unit) + " = (" + sum_sym + ") · g′(" + z_sym(layer, unit) + ")";
    e.numbers = d_sym(layer, unit) + " = (" + sum_num + ") · " + factor(g_prime);
    set_dropout_factors(e, mask, unit, p);
    if (e.dropout_m >= 0) {  // δ = (…) · g′(z) · m / (1 − p): a dropped unit passes nothing back
        e.formula += dropout_symbols(unit);
        e.numbers += dropout_numbers(e, p);
    }
    e.numbers += " = " + num(d);
    return e;
}

std::vector<double> row_of(const core::Matrix& m, int i) { return std::vector<double>(m.row(i), m.row(i) + m.cols); }

TraceEvent gradient_event(const StepTrace& trace, const core::TrainConfig& config, int l, int row) {
    const core::StepRecord& r = trace.record;
    const size_t m = r.batch.size();
    TraceEvent e = event_at(Phase::Gradient, -1, l, row, r.dtheta[static_cast<size_t>(l)](row, 0));
    e.values = row_of(r.dtheta[static_cast<size_t>(l)], row);
    const std::string lhs = "∂J/∂" + theta_row_sym(l, row);
    const std::string product = "aⱼ" + layer_index(l + 1) + " " + d_sym(l + 1, row);
    e.formula = lhs + " = " + (m == 1 ? product : "(1/m) Σ " + product);
    const std::string penalty = core::penalty_gradient_text(config.regularization, config.lambda, theta_row_sym(l, row));
    if (!penalty.empty()) e.formula += penalty + "  (j ≥ 1)";
    if (m == 1) {
        // a₀ = 1 (the bias unit), then the activations of layer l
        std::vector<double> a = {1.0};
        const std::vector<double>& acts = r.caches[0].a[static_cast<size_t>(l)];
        a.insert(a.end(), acts.begin(), acts.end());
        e.numbers = lhs + " = " + vec(a) + " · " + factor(r.caches[0].delta[static_cast<size_t>(l + 1)][static_cast<size_t>(row)]);
    } else {
        e.numbers = lhs + " = mean over " + std::to_string(m) + " examples";
    }
    e.numbers += " = " + vec(e.values);
    return e;
}

std::string with_theta_as(std::string rule, const std::string& w) {
    const std::string theta = "Θ";
    for (size_t at = rule.find(theta); at != std::string::npos; at = rule.find(theta, at + w.size()))
        rule.replace(at, theta.size(), w);
    return rule;
}

TraceEvent update_event(const StepTrace& trace, const core::OptimizerConfig& optimizer, int l, int row) {
    const core::StepRecord& r = trace.record;
    const std::vector<double> before = row_of(trace.before.theta[static_cast<size_t>(l)], row);
    const std::vector<double> after = row_of(trace.after.theta[static_cast<size_t>(l)], row);
    TraceEvent e = event_at(Phase::Update, -1, l, row, after[0]);
    e.values = row_of(r.applied[static_cast<size_t>(l)], row);
    const std::string w = theta_row_sym(l, row);
    // The optimizer's rule from its table row, written for this row of Θ: Θ becomes Θᵢⱼ⁽ˡ⁾.
    e.formula = with_theta_as(core::optimizer_info(optimizer.kind).formula, w) + ",   g = ∂J/∂" + w;
    if (optimizer.kind == core::OptimizerKind::SGD)  // the plain rule's numbers fit on a line: show α and g
        e.numbers = w + " := " + vec(before) + " − " + num(r.alpha) + " · " +
                    vec(row_of(r.dtheta[static_cast<size_t>(l)], row));
    else
        e.numbers = w + " := " + vec(before) + " + ΔΘ " + vec(e.values);
    e.numbers += " = " + vec(after);
    return e;
}

}  // namespace

StepTrace trace_step(core::Trainer& trainer, const core::Dataset& train, core::FeatureSet features) {
    StepTrace trace;
    trace.before = trainer.net;
    core::train_step(trainer, train, &trace.record);
    trace.after = trainer.net;
    const core::Network& net = trace.before;  // every forward/backward value was computed with Θ_before
    const int L = net.layer_count();
    const core::TrainConfig& config = trainer.config;

    for (size_t e = 0; e < trace.record.batch.size(); ++e) {
        const core::Cache& cache = trace.record.caches[e];
        const double* y = train.y_row(trace.record.batch[e]);
        const int example = static_cast<int>(e);
        for (int l = 1; l < L; ++l)
            for (int i = 0; i < net.sizes[static_cast<size_t>(l)]; ++i)
                trace.events.push_back(forward_event(net, cache, example, l, i, config.dropout.rate, features));
        trace.events.push_back(loss_event(config.loss, cache, y, example, L - 1));
        for (int i = 0; i < net.sizes.back(); ++i)
            trace.events.push_back(output_delta_event(net, config.loss, cache, y, example, i));
        for (int l = L - 2; l >= 1; --l)
            for (int j = 0; j < net.sizes[static_cast<size_t>(l)]; ++j)
                trace.events.push_back(hidden_delta_event(net, cache, example, l, j, config.dropout.rate));
    }
    for (int l = L - 2; l >= 0; --l)
        for (int i = 0; i < net.theta[static_cast<size_t>(l)].rows; ++i)
            trace.events.push_back(gradient_event(trace, config, l, i));
    for (int l = L - 2; l >= 0; --l)
        for (int i = 0; i < net.theta[static_cast<size_t>(l)].rows; ++i)
            trace.events.push_back(update_event(trace, config.optimizer, l, i));
    return trace;
}

core::Network apply_updates(const StepTrace& trace) {
    core::Network net = trace.before;
    for (const TraceEvent& e : trace.events) {
        if (e.phase != Phase::Update) continue;
        double* w = net.theta[static_cast<size_t>(e.layer)].row(e.unit);
        for (size_t j = 0; j < e.values.size(); ++j) w[j] += e.values[j];
    }
    return net;
}

const char* phase_name(Phase phase) {
    for (const PhaseEntry& entry : kPhases)
        if (entry.phase == phase) return entry.name;
    return "?";
}

}  // namespace lab

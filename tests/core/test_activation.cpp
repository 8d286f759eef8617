// The activation table: every entry's g′ against a central difference of its g, its id through parse and name,
// the columns the rest of the lab relies on, and GELU and swish through a whole network's gradient check.
#include <catch2/catch.hpp>

#include <cmath>
#include <cstdio>
#include <set>
#include <string>

#include "core/activation.h"
#include "core/gradcheck.h"
#include "core/init.h"

using namespace core;

TEST_CASE("every scalar activation's g′ matches a central difference of its g", "[activation]") {
    const double h = 1e-5;
    int checked = 0;
    for (const ActivationInfo& info : kActivationTable) {
        if (info.whole_layer) continue;  // softmax: its Jacobian is checked through the network (test_gradients)
        // z from −8 to 8 in steps of 0.01, shifted by 0.003 so that no z comes within h of a kink or jump at 0
        for (int k = -800; k <= 800; ++k) {
            const double z = k * 0.01 + 0.003;
            const double numeric = (info.g(z + h) - info.g(z - h)) / (2 * h);
            const double analytic = info.g_prime(z, info.g(z));
            INFO(info.id << " at z = " << z << ": g′ " << analytic << ", central difference " << numeric);
            REQUIRE(std::fabs(analytic - numeric) <= 1e-8 * (1.0 + std::fabs(numeric)));
            ++checked;
        }
    }
    REQUIRE(checked == 1601 * (kActivationCount - 1));  // all but softmax
}

TEST_CASE("activation ids round-trip through parse and name, in the enum's order", "[activation]") {
    std::set<std::string> ids;
    for (int k = 0; k < kActivationCount; ++k) {
        const ActivationInfo& info = kActivationTable[k];
        INFO("entry " << k << " " << info.id);
        REQUIRE(static_cast<int>(info.kind) == k);  // activation_info indexes the table by the enum
        REQUIRE(&activation_info(info.kind) == &info);
        REQUIRE(ids.insert(info.id).second);
        Activation parsed = info.kind == Activation::Tanh ? Activation::Sigmoid : Activation::Tanh;
        REQUIRE(parse_activation(info.id, parsed));
        REQUIRE(parsed == info.kind);
        REQUIRE(std::string(activation_name(parsed)) == info.id);
        REQUIRE(activation_ids().find(info.id) != std::string::npos);
    }
    Activation untouched = Activation::ReLU;
    for (const char* bad : {"", "Tanh", "gelu ", "soft_max", "relu6"}) {
        REQUIRE_FALSE(parse_activation(bad, untouched));
        REQUIRE(untouched == Activation::ReLU);
    }
}

TEST_CASE("the table's columns: uses, formulas, shader bodies", "[activation]") {
    int hidden = 0, output = 0;
    for (const ActivationInfo& info : kActivationTable) {
        INFO(info.id);
        hidden += info.hidden ? 1 : 0;
        output += info.output ? 1 : 0;
        REQUIRE((info.hidden || info.output));
        REQUIRE(std::string(info.label).size() > 0);
        // a whole-layer g has no g(z) of one z: no GLSL body, and not for hidden layers (their units are separate)
        REQUIRE((info.glsl == nullptr) == info.whole_layer);
        if (info.whole_layer) {
            REQUIRE_FALSE(info.hidden);
            continue;
        }
        REQUIRE(std::string(info.formula).rfind("g(z) = ", 0) == 0);
        REQUIRE(std::string(info.derivative).rfind("g′(z) = ", 0) == 0);
        REQUIRE(std::string(info.glsl).find("return") != std::string::npos);
        // the colour range holds what g gives
        for (double z : {-50.0, -2.0, -0.1, 0.0, 0.1, 2.0, 50.0}) {
            const double a = info.g(z);
            if (info.range == ValueRange::Unit) REQUIRE((a >= 0.0 && a <= 1.0));
            if (info.range == ValueRange::Symmetric) REQUIRE((a >= -1.0 && a <= 1.0));
        }
        // flat g (step, sign) and only those claim to give no gradient
        const bool flat = info.g_prime(1.5, info.g(1.5)) == 0.0 && info.g_prime(-1.5, info.g(-1.5)) == 0.0;
        REQUIRE(flat == !info.gives_gradient);
    }
    REQUIRE(hidden >= 1);
    REQUIRE(output >= 1);
    char slope[32];  // the leaky formulas show core's slope
    std::snprintf(slope, sizeof slope, "%g", kLeakySlope);
    REQUIRE(std::string(activation_info(Activation::LeakyReLU).formula).find(slope) != std::string::npos);
    REQUIRE(std::string(activation_info(Activation::LeakyReLU).derivative).find(slope) != std::string::npos);
    REQUIRE(activation_info(Activation::Sign).g(0.0) == 0.0);  // what the shaders' sign(0) must agree with
}

TEST_CASE("GELU is z Φ(z) and swish z σ(z)", "[activation]") {
    for (int k = -1000; k <= 1000; ++k) {
        const double z = k * 0.01;
        INFO("z = " << z);
        const double gelu = 0.5 * z * (1.0 + std::erf(z / std::sqrt(2.0)));
        REQUIRE(std::fabs(activate(Activation::GELU, z) - gelu) <= 4e-16 * (1.0 + std::fabs(z)));
        const double swish = z / (1.0 + std::exp(-z));
        REQUIRE(std::fabs(activate(Activation::Swish, z) - swish) <= 4e-16 * (1.0 + std::fabs(z)));
    }
    REQUIRE(activate(Activation::GELU, 0.0) == 0.0);
    REQUIRE(activate(Activation::GELU, 40.0) == 40.0);  // Φ rounds to 1
    REQUIRE(activate(Activation::GELU, -40.0) == 0.0);
    REQUIRE(activate(Activation::Swish, -800.0) == 0.0);  // e^800 overflows to inf: z / inf, not NaN
    REQUIRE(activate_derivative(Activation::GELU, 0.0, 0.0) == 0.5);  // Φ(0)
    REQUIRE(activate_derivative(Activation::Swish, 0.0, 0.0) == 0.5);  // σ(0)
}

TEST_CASE("GELU and swish hidden layers pass the whole-network gradient check", "[activation][gradients]") {
    for (Activation hidden : {Activation::GELU, Activation::Swish}) {
        for (Loss loss : {Loss::BinaryCrossEntropy, Loss::MSE}) {
            const Activation output = loss == Loss::MSE ? Activation::Linear : Activation::Sigmoid;
            Network net = make_network({2, 5, 4, 1}, hidden, output);
            Rng rng(41);
            initialize(net, Init::Uniform, rng, 1.2);
            Dataset data;
            data.n_in = 2;
            data.n_out = 1;
            for (int i = 0; i < 6; ++i) {
                const double x[2] = {rng.uniform(-2.0, 2.0), rng.uniform(-2.0, 2.0)};
                const double y[1] = {loss == Loss::MSE ? rng.uniform(-1.0, 1.0) : static_cast<double>(i % 2)};
                data.append(x, y);
            }
            TrainConfig config;
            config.loss = loss;
            const auto entries = gradient_check(net, config, data, {0, 1, 2, 3, 4, 5}, 1e-5, Difference::Central);
            REQUIRE(entries.size() == static_cast<size_t>(net.weight_count()));
            for (const GradCheckEntry& e : entries) {
                INFO(activation_name(hidden) << " Θ(" << e.layer + 1 << ")[" << e.i << "," << e.j << "] analytic "
                     << e.analytic << " numeric " << e.numeric);
                if (std::fmax(std::fabs(e.analytic), std::fabs(e.numeric)) > 1e-3)
                    REQUIRE(e.relative_error < 1e-7);
                else
                    REQUIRE(std::fabs(e.analytic - e.numeric) < 1e-10);
            }
        }
    }
}

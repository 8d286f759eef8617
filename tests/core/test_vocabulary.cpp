#include <catch2/catch.hpp>

#include <set>
#include <string>

#include "core/init.h"
#include "core/loss.h"
#include "core/optimizer.h"
#include "core/regularization.h"

using namespace core;

namespace {

// Every id parses back to its own kind, name(kind) gives the id, ids are distinct and every entry can be shown.
template <typename Entry, size_t N, typename Name, typename Parse>
void check_round_trip(const Entry (&table)[N], Name name, Parse parse) {
    std::set<std::string> ids;
    for (const Entry& entry : table) {
        INFO("id " << entry.id);
        decltype(entry.kind) parsed{};
        REQUIRE(parse(entry.id, parsed));
        REQUIRE(parsed == entry.kind);
        REQUIRE(std::string(name(entry.kind)) == entry.id);
        REQUIRE(std::string(entry.label) != "");
        REQUIRE(std::string(entry.formula) != "");
        REQUIRE(ids.insert(entry.id).second);
    }
    decltype(table[0].kind) untouched = table[N - 1].kind;
    REQUIRE_FALSE(parse("no such id", untouched));
    REQUIRE(untouched == table[N - 1].kind);
    REQUIRE(id_list(table).find(table[N - 1].id) != std::string::npos);
}

}  // namespace

TEST_CASE("every vocabulary's ids round-trip through parse and name", "[vocabulary]") {
    check_round_trip(kOptimizers, optimizer_name, parse_optimizer);
    check_round_trip(kSchedules, schedule_name, parse_schedule);
    check_round_trip(kLosses, loss_name, parse_loss);
    check_round_trip(kInits, init_name, parse_init);
    check_round_trip(kRegularizations, regularization_name, parse_regularization);
}

TEST_CASE("each optimizer's hyper-parameters are in the table, with a default inside its range", "[vocabulary]") {
    const OptimizerConfig defaults;
    for (const HyperParameter& p : kHyperParameters) {
        INFO("hyper-parameter " << p.id);
        REQUIRE(p.lo < p.hi);
        REQUIRE(p.fallback >= p.lo);
        REQUIRE(p.fallback <= p.hi);
        REQUIRE(defaults.*p.field == p.fallback);
        REQUIRE(hyper_parameter(p.field) == &p);
    }
    for (const OptimizerInfo& info : kOptimizers)
        for (auto field : info.uses) {
            INFO("optimizer " << info.id);
            if (field) REQUIRE(hyper_parameter(field) != nullptr);
        }
    REQUIRE(hyper_parameter(&OptimizerConfig::alpha) == nullptr);  // α is every optimizer's, not a hyper-parameter
}

TEST_CASE("a penalty's λ-term in ∂J/∂Θ comes from its table row, and only with λ > 0", "[vocabulary]") {
    REQUIRE(core::penalty_gradient_text(core::Regularization::L2, 0.1, "Θ₁₂⁽¹⁾") == " + 2λΘ₁₂⁽¹⁾");
    REQUIRE(core::penalty_gradient_text(core::Regularization::L1, 0.1, "w") == " + λ sign(w)");
    REQUIRE(core::penalty_gradient_text(core::Regularization::L2, 0.0, "w").empty());
    REQUIRE(core::penalty_gradient_text(core::Regularization::None, 0.1, "w").empty());
}

#include <catch2/catch.hpp>

#include "lab/lessons/lessons.h"
#include "lab/lessons/worked_examples.h"

using lab::worked_example;

namespace {
bool contains(const std::vector<std::string>& lines, const std::string& text) {
    for (const std::string& line : lines)
        if (line.find(text) != std::string::npos) return true;
    return false;
}
}  // namespace

TEST_CASE("the lessons show the lecture's numbers as LESSONS.md prints them", "[lessons]") {
    const auto gates = worked_example("logic-gates");
    REQUIRE(contains(gates, "h(0,0) = g(−30) ≈ 0, h(0,1) = g(−10) ≈ 0, h(1,0) = g(−10) ≈ 0, h(1,1) = g(10) ≈ 1"));
    REQUIRE(contains(gates, "h(0,0) = g(−10) ≈ 0, h(0,1) = g(10) ≈ 1, h(1,0) = g(10) ≈ 1, h(1,1) = g(30) ≈ 1"));
    REQUIRE(contains(worked_example("softmax"), "e^z: 164.0, 24.5, 0.18, 0.13"));
    REQUIRE(contains(worked_example("softmax"), "0.87, 0.13, 0.00, 0.00"));
    const auto hinge = worked_example("hinge");
    // LESSONS.md's formatting: every score to one decimal ("2.0", not "2"), L₂ = 0, L₃ as its two violations
    REQUIRE(contains(hinge, "example 1 (cat): 3.2, 5.1, −1.7 → L₁ = 2.9"));
    REQUIRE(contains(hinge, "example 2 (car): 1.3, 4.9, 2.0 → L₂ = 0"));
    REQUIRE(!contains(hinge, "L₂ = 0.0"));
    REQUIRE(contains(hinge, "example 3 (frog): 2.2, 2.5, −3.1 → L₃ = 6.3 + 6.6 = 12.9"));
    REQUIRE(contains(hinge, "L = (2.9 + 0 + 12.9)/3 = 15.8/3 = 5.27  (the slide rounds to 5.3)"));
    REQUIRE(contains(worked_example("regularization"), "R(Θ₁) = 1 > R(Θ₂) = 0.25"));
    REQUIRE(contains(worked_example("cross-entropy"), "−log 0.13 ≈ 2.04"));
    REQUIRE(contains(worked_example("gradient-check"), "= −2.5"));
    const auto graph = worked_example("computational-graph");
    REQUIRE(contains(graph, "q = 3, f = −12"));
    REQUIRE(contains(graph, "∂f/∂z = q = 3,  ∂f/∂q = z = −4"));
    REQUIRE(contains(graph, "∂f/∂x = ∂f/∂q · ∂q/∂x = −4,  ∂f/∂y = −4"));
    REQUIRE(worked_example("perceptron").empty());
    REQUIRE(worked_example("no-such-lesson").empty());
}

TEST_CASE("worked numbers are keyed by lesson id: the lessons that have them are exactly the lecture's seven",
          "[lessons]") {
    std::vector<std::string> with_numbers;
    for (const lab::Lesson& lesson : lab::lessons())
        if (!worked_example(lesson.id).empty()) with_numbers.push_back(lesson.id);
    REQUIRE(with_numbers == std::vector<std::string>{"logic-gates", "softmax", "hinge", "regularization",
                                                     "cross-entropy", "gradient-check", "computational-graph"});
    REQUIRE(lab::default_lesson().id == "backprop");
}

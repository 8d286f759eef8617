// Lesson 12: one difference quotient per choice (lab/teach/differences.h), the same in the lesson's formula and
// caption, the lecture's −2.5 line and the gradient check panel's formula line.
#include <catch2/catch.hpp>

#include "lab/lessons/lessons.h"
#include "lab/lessons/worked_examples.h"
#include "lab/teach/differences.h"
#include "lab/teach/gradcheck_run.h"

namespace {
bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }
}  // namespace

TEST_CASE("each difference choice has its own formula and name", "[differences]") {
    CHECK(std::string(lab::difference_formula(core::Difference::Forward)) == "(J(Θ + h) − J(Θ)) / h");
    CHECK(std::string(lab::difference_formula(core::Difference::Central)) == "(J(Θ + h) − J(Θ − h)) / 2h");
    CHECK(std::string(lab::difference_info(core::Difference::Central).name) == "central");
    lab::GradCheckRun run;
    for (const lab::DifferenceInfo& choice : lab::kDifferences) {
        run.central = choice.kind == core::Difference::Central;
        CHECK(lab::difference(run) == choice.kind);
        CHECK(has(lab::numeric_formula_line(run), std::string("numeric = ") + choice.formula));
    }
}

TEST_CASE("lesson 12 names the lecture's forward quotient in its formula, caption, worked line and panel",
          "[differences][lessons]") {
    const lab::Lesson& lesson = *lab::find_lesson("12");
    REQUIRE(lesson.id == "gradient-check");
    REQUIRE(lesson.difference == core::Difference::Forward);  // the lecture's (L(Θ + h) − L(Θ)) / h
    const std::string forward = lab::difference_formula(core::Difference::Forward);
    const std::string central = lab::difference_formula(core::Difference::Central);
    CHECK(has(lesson.formula, "∂J/∂Θ ≈ " + forward));
    CHECK_FALSE(has(lesson.formula, central));
    CHECK(has(lesson.caption, forward));
    const std::vector<std::string> worked = lab::worked_example(lesson.id);
    bool line = false;
    for (const std::string& text : worked) line |= has(text, "dΘ ≈ " + forward + " = (1.25322 − 1.25347) / 0.0001 = −2.5");
    CHECK(line);
    // the panel as the lesson opens it: the App sets run.central from the lesson's difference
    lab::GradCheckRun run;
    run.central = lesson.difference == core::Difference::Central;
    CHECK(has(lab::numeric_formula_line(run), forward));
    CHECK_FALSE(has(lab::numeric_formula_line(run), central));
}

TEST_CASE("lessons other than 12 leave the gradient check on central differences", "[differences][lessons]") {
    for (const lab::Lesson& lesson : lab::lessons())
        if (lesson.id != "gradient-check") CHECK(lesson.difference == core::Difference::Central);
}

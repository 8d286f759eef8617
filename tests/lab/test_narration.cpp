#include <catch2/catch.hpp>

#include <regex>

#include "lab/lessons/lessons.h"
#include "lab/teach/narration.h"
#include "lab/teach/notation.h"
#include "lab/teach/description.h"
#include "lab/teach/session.h"

using namespace lab;

namespace {

// The numbers of a text as notation.h's num() writes them: −0.146, 12, 1.2e−7.
std::vector<std::string> numbers_in(const std::string& text) {
    static const std::regex number("(−)?[0-9]+(\\.[0-9]+)?(e−?[0-9]+)?");
    std::vector<std::string> out;
    for (auto it = std::sregex_iterator(text.begin(), text.end(), number); it != std::sregex_iterator(); ++it)
        out.push_back(it->str());
    return out;
}

// Every number of `numbers` is in `sentence`, in the same order and the same digits.
bool says_every_number(const std::string& numbers, const std::string& sentence) {
    size_t from = 0;
    for (const std::string& n : numbers_in(numbers)) {
        const size_t at = sentence.find(n, from);
        if (at == std::string::npos) return false;
        from = at + n.size();
    }
    return true;
}

TraceEvent forward_example() {
    TraceEvent e;
    e.phase = Phase::Forward;
    e.example = 0;
    e.layer = 1;
    e.unit = 2;
    e.numbers = "z₃⁽²⁾ = 0 + (−0.146)·(−0.818) + 0.689·(−4.29) = −2.84,   a₃⁽²⁾ = tanh(−2.84) = −0.993";
    e.result = -0.993;
    return e;
}

}  // namespace

TEST_CASE("a forward event is read out as the lecture says it, at both verbosities", "[narration]") {
    const TraceEvent e = forward_example();
    CHECK(narrate(e, 1, Verbosity::Formula) ==
          "Forward pass, layer 2, unit 3: z equals 0 plus −0.146 times −0.818 plus 0.689 times −4.29 equals −2.84; "
          "a equals tanh of −2.84 equals −0.993");
    CHECK(narrate(e, 1, Verbosity::Result) == "Forward pass, layer 2, unit 3: a equals −0.993");
    CHECK(narrate(e, 4, Verbosity::Result) == "Forward pass, example 1 of 4, layer 2, unit 3: a equals −0.993");
}

TEST_CASE("the symbols and operators of each kind of event become words", "[narration]") {
    CHECK(spoken("δ₁⁽³⁾ = 0.7311 − 1 = −0.2689") == "delta equals 0.7311 minus 1 equals −0.2689");
    CHECK(spoken("J = ½ (0.7311 − 1)² = 0.03615") == "J equals one half of 0.7311 minus 1 squared equals 0.03615");
    CHECK(spoken("Θ₁ⱼ⁽²⁾ := (0.1, −0.2) − 0.5 · (0.3, 0.4) = (−0.05, −0.4)") ==
          "Theta becomes 0.1, −0.2 minus 0.5 times 0.3, 0.4 equals −0.05, −0.4");
    CHECK(spoken("∂J/∂Θ₁ⱼ⁽²⁾ = (1, 0.5) · (−0.3) = (−0.3, −0.15)") ==
          "dJ by d Theta equals 1, 0.5 times −0.3 equals −0.3, −0.15");
}

TEST_CASE("every event of every lesson's step is narrated with its own numbers", "[narration]") {
    for (const Lesson& lesson : lessons()) {
        Session session(lesson.config);
        const StepTrace trace = session.traced_step();
        const int batch = static_cast<int>(trace.record.batch.size());
        bool seen[6] = {};
        for (const TraceEvent& e : trace.events) {
            seen[static_cast<int>(e.phase)] = true;
            const std::string formula = narrate(e, batch, Verbosity::Formula);
            const std::string result = narrate(e, batch, Verbosity::Result);
            INFO("lesson " << lesson.number << ": " << e.numbers << "\n→ " << formula << "\n→ " << result);
            REQUIRE(formula.rfind(event_place(e, batch) + ": ", 0) == 0);
            REQUIRE(says_every_number(e.numbers, formula));
            REQUIRE(result.find(num(e.result)) != std::string::npos);  // the result panel's digits
            REQUIRE(result.size() <= formula.size());
            for (const char* notation : {"=", "·", "⁽", "₁", "(", ")", "[", "]"}) {
                REQUIRE(formula.find(notation) == std::string::npos);
                REQUIRE(result.find(notation) == std::string::npos);
            }
        }
        for (const PhaseEntry& phase : kPhases) {
            INFO("lesson " << lesson.number << " " << phase.name);
            // a network without hidden layers has no hidden δ
            if (phase.phase != Phase::HiddenDelta) REQUIRE(seen[static_cast<int>(phase.phase)]);
        }
    }
}

TEST_CASE("an event's place names its layer and unit, or its Θ and row, in the lecture's numbering", "[narration]") {
    TraceEvent e;
    e.phase = Phase::HiddenDelta;
    e.layer = 1;
    e.unit = 0;
    CHECK(event_place(e, 1) == "Hidden delta, layer 2, unit 1");
    e.phase = Phase::Gradient;
    e.example = -1;
    e.layer = 0;
    e.unit = 2;
    CHECK(event_place(e, 10) == "Gradient, Theta 1, row 3");  // the batch's events have no example
    e.phase = Phase::Update;
    CHECK(event_place(e, 1) == "Update, Theta 1, row 3");
    e.phase = Phase::Loss;
    e.example = 1;
    CHECK(event_place(e, 2) == "Loss, example 2 of 2");
}

TEST_CASE("the network and the data are described with the panels' numbers", "[narration]") {
    Stepper stepper(find_lesson("backprop")->config);
    stepper.run_steps(30);
    const std::string before = describe_data(stepper);
    CHECK(before.find("Stepped example") == std::string::npos);  // nothing traced yet
    stepper.next_event();
    const EpochRecord now = stepper.session().history().back();
    const std::string network = describe_network(stepper);
    INFO(network);
    CHECK(network.rfind("2 inputs; hidden layers of 4 and 2 units, tanh; 1 output, sigmoid.", 0) == 0);
    CHECK(network.find("training " + num(now.train_loss) + ", test " + num(now.test_loss)) != std::string::npos);
    CHECK(network.find("31 steps") != std::string::npos);
    const std::string data = describe_data(stepper);
    INFO(data);
    CHECK(data.rfind("Data set Circle: 250 training points (class 0: ", 0) == 0);
    const int index = stepper.trace()->record.batch[0];
    CHECK(data.find("Stepped example: training point " + std::to_string(index) + ", x = (") != std::string::npos);
}

// Predict, then reveal: the lecture polls its class. With the mode on, the value the cursor's event (or graph step)
// computes is hidden until the student types a prediction — or the lecturer reveals it to the room — and then the
// value, the error and the formula with its numbers are shown; a running score per kind of value.
//
// What is asked: a forward event asks z, then a; a δ event its δ; a gradient event ∂J/∂Θᵢ₁ (the row's first weight,
// ∂J/∂Θᵢ₀ when the row has none); an update event the new Θᵢ₁; a graph step the node's value (forward) or ∂f/∂node
// (backward; not the seed ∂f/∂f = 1). The loss asks nothing.
// What counts: a prediction is scored once, on the question it answers; a reveal without one is not scored.
// The tolerance: within 5 % of the true value, or within 0.01 of it (near 0 a percentage says nothing).
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "lab/io/json.h"
#include "lab/lessons/graph_lesson.h"
#include "lab/teach/trace.h"

namespace lab {

enum class Asked { Z, A, Delta, Gradient, Theta, GraphValue, GraphGradient };

// The kinds of value a question asks for, in the score's order, with the name the score line and the JS API use.
struct AskedEntry {
    Asked kind;
    const char* name;
};
inline constexpr AskedEntry kAsked[] = {{Asked::Z, "z"},          {Asked::A, "a"},
                                        {Asked::Delta, "δ"},      {Asked::Gradient, "∂J/∂Θ"},
                                        {Asked::Theta, "Θ"},      {Asked::GraphValue, "value"},
                                        {Asked::GraphGradient, "∂f/∂"}};
inline constexpr int kAskedCount = static_cast<int>(sizeof kAsked / sizeof kAsked[0]);
const char* asked_name(Asked kind);

inline constexpr double kRelativeTolerance = 0.05;
inline constexpr double kAbsoluteTolerance = 0.01;
inline constexpr const char* kToleranceText = "within 5 % or 0.01";
// |predicted − truth| ≤ max(5 % of |truth|, 0.01)
bool within_tolerance(double predicted, double truth);

// "  −0.25 " → −0.25 (a true minus sign and surrounding spaces accepted); false for anything else or a non-finite
// number.
bool parse_prediction(const std::string& text, double& out);

// The numbers' text with what a question asks for hidden: each clause's result from its second " = " on (its
// substitution stays), "?" in its place; the clauses before `keep_clauses` stay whole.
// "z = 0.1 + 0.2·1 = 0.3,   a = tanh(0.3) = 0.29" → (0) "z = 0.1 + 0.2·1 = ?,   a = ?"  (1) "…,   a = tanh(0.3) = ?"
std::string masked_numbers(const std::string& numbers, int keep_clauses);

struct Question {
    Asked kind = Asked::A;
    std::string symbol;   // "δ₁⁽³⁾", "∂J/∂Θ₁₁⁽²⁾", "q", "∂f/∂x"
    double truth = 0.0;
    std::string masked;   // the numbers with this value hidden
};

// Where the cursor is: the trace (steps counted with the traced one, the event's index) or the graph (its step),
// and what is computed there, for the views: the event's phase, example, layer and unit, or the graph node.
struct Place {
    bool graph = false;
    long long step = 0;
    int index = -1;
    Phase phase = Phase::Forward;
    int example = -1, layer = -1, unit = -1;  // graph: unit = the node
    bool backward = false;                    // graph: a gradient step
    bool operator==(const Place& o) const { return graph == o.graph && step == o.step && index == o.index; }
    bool after(const Place& o) const { return step != o.step ? step > o.step : index > o.index; }  // same source
};
Place trace_place(const StepTrace& trace, int cursor, long long steps);
Place graph_place(const GraphLesson& graph);

// The questions the event at `cursor` asks, in order (none for the loss).
std::vector<Question> trace_questions(const StepTrace& trace, int cursor);
// The question the graph's current step asks (none before the first step and for the seed).
std::vector<Question> graph_questions(const GraphLesson& graph);

struct Outcome {
    Question question;
    bool predicted = false;  // false: revealed to the room without a prediction
    double value = 0.0;      // the prediction
    double absolute_error = 0.0;
    double relative_error = 0.0;  // |error| / |truth|; infinite for a truth of 0
    bool within = false;
};

struct Tally {
    int within = 0;
    int tries = 0;
};

class Prediction {
public:
    bool on() const { return on_; }
    // Off: nothing hidden, stepping free; the score stays. On: from the next place on — `here`, already shown, is not
    // asked.
    void set_on(bool on, const Place& here);

    // The cursor is at `place`, which asks `questions`. A place beyond the furthest one asked asks its first
    // question; the place asked last stays as it was (going back and forward again hides again what is not
    // revealed); a place behind it asks nothing (it was seen). The trace and the graph keep their own places: a
    // δ hidden in the trace stays hidden while the graph tab steps.
    void arrive(const Place& place, std::vector<Question> questions);
    void forget_places();        // a reset, a new session: every place can be asked again
    void forget_graph_places();  // a new graph: its places
    void new_lesson();     // forget_places, and the score from zero

    bool pending() const;              // a value is hidden now
    const Question* question() const;  // the hidden one, or nullptr
    const Question* hidden_question(bool graph) const;  // the trace's or the graph's, wherever the cursor is now
    // The trace's hidden δ, ∂J/∂Θ or updated Θ, or nullptr: what a table of one example's gradients (the gradient
    // check) would give away.
    const Question* hidden_gradient() const;
    // A prediction for the hidden value (the text as typed): "" when it was taken (scored and revealed), else why
    // not — a malformed number, or nothing to predict — and nothing changes.
    std::string predict(const std::string& text);
    std::string predict(double value);
    bool reveal();  // the value to the room, unscored; false when nothing is hidden
    // The last prediction or reveal, while the cursor is still where it was made.
    const Outcome* outcome() const;
    const Tally& tally(Asked kind) const { return tallies_[static_cast<int>(kind)]; }
    std::string score_text() const;  // "z: 3/4, δ: 1/2 within 5 % or 0.01"; "" before the first prediction

    // For the views: is this trace node's value (forward z and a, or its δ) / this Θ row's ∂J/∂Θ or update / this
    // graph node's value or gradient the hidden one?
    bool hides(Phase phase, int example, int layer, int unit) const;
    bool hides_graph(int node, bool backward) const;

private:
    struct Slot {  // the trace's or the graph's
        bool here = false;             // its cursor is at `asked`
        std::optional<Place> asked;    // the furthest place asked
        std::vector<Question> questions;
        size_t next = 0;               // questions[next] is hidden (next == size: all answered)
        std::optional<Outcome> outcome;
        bool hiding(bool on) const { return on && here && next < questions.size(); }
    };
    void answer(bool predicted, double value);
    const Slot& now() const { return slots_[graph_now_ ? 1 : 0]; }

    bool on_ = false;
    bool graph_now_ = false;  // the last place arrived at is the graph's
    Slot slots_[2];           // the trace's, the graph's
    Tally tallies_[kAskedCount];
};

// The page state's "predict": on, pending, what is asked (symbol and masked numbers, never the value), the last
// outcome, the score text and the tallies per kind, the tolerance rule (prediction_json.cpp).
void write_prediction_json(const Prediction& prediction, JsonWriter& out);

// The event as the views may tell it: its numbers masked while `prediction` hides its value (the narration, the
// accessibility layer), else as it is.
TraceEvent shown_event(const TraceEvent& event, const Prediction* prediction);

// The network the views draw while an update is hidden: Θ_before plus the updates before the cursor's.
core::Network network_before_event(const StepTrace& trace, int cursor);

}  // namespace lab

#include "lab/teach/prediction.h"

#include <cmath>
#include <cstdlib>
#include <limits>

#include "lab/teach/notation.h"

namespace lab {
namespace {

constexpr const char* kClauseBreak = ",   ";  // the trace's separator between z and a
constexpr const char* kEquals = " = ";

// One clause with its result hidden: "lhs = substitution = ?" (from its second " = " on), or "lhs = ?".
std::string masked_clause(const std::string& clause) {
    const size_t first = clause.find(kEquals);
    if (first == std::string::npos) return clause;
    const size_t second = clause.find(kEquals, first + 3);
    return clause.substr(0, second == std::string::npos ? first : second) + " = ?";
}

// "lhs = ?": a clause whose every number follows from a hidden one
std::string unknown_clause(const std::string& clause) {
    const size_t first = clause.find(kEquals);
    return first == std::string::npos ? clause : clause.substr(0, first) + " = ?";
}

Question question(Asked kind, const std::string& symbol, double truth, const std::string& masked) {
    Question q;
    q.kind = kind;
    q.symbol = symbol;
    q.truth = truth;
    q.masked = masked;
    return q;
}

bool is_node_phase(Phase p) { return p != Phase::Gradient && p != Phase::Update; }

}  // namespace

const char* asked_name(Asked kind) {
    for (const AskedEntry& entry : kAsked)
        if (entry.kind == kind) return entry.name;
    return "?";
}

bool within_tolerance(double predicted, double truth) {
    if (!std::isfinite(predicted) || !std::isfinite(truth)) return false;
    // the bound itself counts: 1.05 for 1 is within 5 %, whatever the last bit of 1.05 − 1 says
    const double bound = std::fmax(kRelativeTolerance * std::fabs(truth), kAbsoluteTolerance);
    return std::fabs(predicted - truth) <= bound * (1.0 + 1e-12);
}

bool parse_prediction(const std::string& text, double& out) {
    std::string plain;
    for (size_t k = 0; k < text.size(); ++k) {
        if (text.compare(k, 3, "−") == 0) {  // U+2212, as the lab prints it
            plain += '-';
            k += 2;
        } else {
            plain += text[k];
        }
    }
    const size_t begin = plain.find_first_not_of(" \t");
    const size_t end = plain.find_last_not_of(" \t");
    if (begin == std::string::npos) return false;
    plain = plain.substr(begin, end - begin + 1);
    if (plain.find_first_not_of("+-.0123456789eE") != std::string::npos) return false;  // no "nan", "inf", hex
    char* stop = nullptr;
    const double value = std::strtod(plain.c_str(), &stop);
    if (stop != plain.c_str() + plain.size() || !std::isfinite(value)) return false;
    out = value;
    return true;
}

std::string masked_numbers(const std::string& numbers, int keep_clauses) {
    std::string out;
    size_t at = 0;
    for (int clause = 0; at <= numbers.size(); ++clause) {
        size_t end = numbers.find(kClauseBreak, at);
        if (end == std::string::npos) end = numbers.size();
        const std::string text = numbers.substr(at, end - at);
        if (!out.empty()) out += kClauseBreak;
        out += clause < keep_clauses ? text : clause == keep_clauses ? masked_clause(text) : unknown_clause(text);
        at = end + std::string(kClauseBreak).size();
    }
    return out;
}

std::vector<Question> trace_questions(const StepTrace& trace, int cursor) {
    if (cursor < 0 || cursor >= static_cast<int>(trace.events.size())) return {};
    const TraceEvent& e = trace.events[static_cast<size_t>(cursor)];
    const int l = e.layer + 1, unit = e.unit + 1;
    switch (e.phase) {
        case Phase::Forward: {
            const core::Cache& cache = trace.record.caches[static_cast<size_t>(e.example)];
            const double z = cache.z[static_cast<size_t>(e.layer)][static_cast<size_t>(e.unit)];
            return {question(Asked::Z, indexed("z", {unit}, l), z, masked_numbers(e.numbers, 0)),
                    question(Asked::A, indexed("a", {unit}, l), e.result, masked_numbers(e.numbers, 1))};
        }
        case Phase::Loss: return {};
        case Phase::OutputDelta:
        case Phase::HiddenDelta:
            return {question(Asked::Delta, indexed("δ", {unit}, l), e.result, masked_numbers(e.numbers, 0))};
        case Phase::Gradient:
        case Phase::Update: {
            const int column = e.values.size() > 1 ? 1 : 0;  // the first weight; the bias when there is none
            const std::string theta = indexed("Θ", {unit, column}, l);
            if (e.phase == Phase::Gradient)
                return {question(Asked::Gradient, "∂J/∂" + theta, e.values[static_cast<size_t>(column)],
                                 masked_numbers(e.numbers, 0))};
            const double after = trace.after.theta[static_cast<size_t>(e.layer)](e.unit, column);
            return {question(Asked::Theta, "new " + theta, after, masked_numbers(e.numbers, 0))};
        }
    }
    return {};
}

std::vector<Question> graph_questions(const GraphLesson& graph) {
    const GraphStep* step = graph.current();
    if (!step) return {};
    const core::ParsedExpression& e = graph.parsed();
    const std::string name = e.nodes[static_cast<size_t>(step->node)].name;
    const core::GraphNode& node = e.graph.node(step->node);
    if (!step->backward) return {question(Asked::GraphValue, name, node.value, masked_numbers(step->numbers, 0))};
    if (step->node == e.output) return {};  // ∂f/∂f = 1 is given
    const std::string f = e.nodes[static_cast<size_t>(e.output)].name;
    return {question(Asked::GraphGradient, "∂" + f + "/∂" + name, node.grad, masked_numbers(step->numbers, 0))};
}

Place trace_place(const StepTrace& trace, int cursor, long long steps) {
    Place p;
    p.step = steps;
    p.index = cursor;
    if (cursor >= 0 && cursor < static_cast<int>(trace.events.size())) {
        const TraceEvent& e = trace.events[static_cast<size_t>(cursor)];
        p.phase = e.phase;
        p.example = e.example;
        p.layer = e.layer;
        p.unit = e.unit;
    }
    return p;
}

Place graph_place(const GraphLesson& graph) {
    Place p;
    p.graph = true;
    p.index = graph.cursor();
    if (const GraphStep* step = graph.current()) {
        p.unit = step->node;
        p.backward = step->backward;
    }
    return p;
}

void Prediction::set_on(bool on, const Place& here) {
    if (on && !on_) {
        forget_places();
        slots_[here.graph ? 1 : 0].asked = here;
    }
    on_ = on;
}

void Prediction::arrive(const Place& place, std::vector<Question> questions) {
    graph_now_ = place.graph;
    Slot& slot = slots_[place.graph ? 1 : 0];
    if (slot.asked && place == *slot.asked) {
        slot.here = true;
        return;
    }
    const bool beyond = !slot.asked || place.after(*slot.asked);
    if (!on_ || !beyond || questions.empty()) {
        slot.here = false;
        return;
    }
    slot.asked = place;
    slot.questions = std::move(questions);
    slot.next = 0;
    slot.here = true;
    slot.outcome.reset();
}

void Prediction::forget_places() {
    slots_[0] = Slot{};
    slots_[1] = Slot{};
}

void Prediction::forget_graph_places() { slots_[1] = Slot{}; }

void Prediction::new_lesson() {
    forget_places();
    for (Tally& t : tallies_) t = Tally{};
}

bool Prediction::pending() const { return now().hiding(on_); }

const Question* Prediction::question() const { return pending() ? &now().questions[now().next] : nullptr; }

const Question* Prediction::hidden_question(bool graph) const {
    const Slot& slot = slots_[graph ? 1 : 0];
    return slot.hiding(on_) ? &slot.questions[slot.next] : nullptr;
}

const Question* Prediction::hidden_gradient() const {
    const Question* asked = hidden_question(false);
    const bool gradient = asked && (asked->kind == Asked::Delta || asked->kind == Asked::Gradient ||
                                    asked->kind == Asked::Theta);
    return gradient ? asked : nullptr;
}

const Outcome* Prediction::outcome() const { return now().here && now().outcome ? &*now().outcome : nullptr; }

std::string Prediction::predict(const std::string& text) {
    double value = 0.0;
    if (!pending()) return "nothing to predict: the value is already shown";
    if (!parse_prediction(text, value))
        return "'" + text + "' is not a number: type one like 0.25 or -1.3";
    answer(true, value);
    return "";
}

std::string Prediction::predict(double value) {
    if (!pending()) return "nothing to predict: the value is already shown";
    if (!std::isfinite(value)) return "the prediction must be a finite number";
    answer(true, value);
    return "";
}

bool Prediction::reveal() {
    if (!pending()) return false;
    answer(false, std::numeric_limits<double>::quiet_NaN());
    return true;
}

void Prediction::answer(bool predicted, double value) {
    Slot& slot = slots_[graph_now_ ? 1 : 0];
    Outcome o;
    o.question = slot.questions[slot.next];
    o.predicted = predicted;
    o.value = value;
    if (predicted) {
        const double truth = o.question.truth;
        o.absolute_error = std::fabs(value - truth);
        o.relative_error = truth != 0.0 ? o.absolute_error / std::fabs(truth) : std::numeric_limits<double>::infinity();
        o.within = within_tolerance(value, truth);
        Tally& t = tallies_[static_cast<int>(o.question.kind)];
        ++t.tries;
        if (o.within) ++t.within;
    }
    slot.outcome = o;
    ++slot.next;
}

std::string Prediction::score_text() const {
    std::string out;
    for (const AskedEntry& entry : kAsked) {
        const Tally& t = tally(entry.kind);
        if (t.tries == 0) continue;
        out += (out.empty() ? "" : ", ") + std::string(entry.name) + ": " + std::to_string(t.within) + "/" +
               std::to_string(t.tries);
    }
    return out.empty() ? out : out + " " + kToleranceText;
}

bool Prediction::hides(Phase phase, int example, int layer, int unit) const {
    const Slot& trace = slots_[0];
    if (!trace.hiding(on_)) return false;
    const Place& p = *trace.asked;
    return p.phase == phase && p.layer == layer && p.unit == unit && (!is_node_phase(phase) || p.example == example);
}

bool Prediction::hides_graph(int node, bool backward) const {
    const Slot& graph = slots_[1];
    return graph.hiding(on_) && graph.asked->unit == node && graph.asked->backward == backward;
}

TraceEvent shown_event(const TraceEvent& event, const Prediction* prediction) {
    TraceEvent shown = event;
    if (prediction && prediction->hides(event.phase, event.example, event.layer, event.unit)) {
        shown.numbers = prediction->hidden_question(false)->masked;
        shown.result = std::numeric_limits<double>::quiet_NaN();
        shown.values.clear();
    }
    return shown;
}

core::Network network_before_event(const StepTrace& trace, int cursor) {
    core::Network net = trace.before;
    for (int k = 0; k < cursor && k < static_cast<int>(trace.events.size()); ++k) {
        const TraceEvent& e = trace.events[static_cast<size_t>(k)];
        if (e.phase != Phase::Update) continue;
        double* w = net.theta[static_cast<size_t>(e.layer)].row(e.unit);
        for (size_t j = 0; j < e.values.size(); ++j) w[j] += e.values[j];
    }
    return net;
}

}  // namespace lab

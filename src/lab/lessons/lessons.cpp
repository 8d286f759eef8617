#include "lab/lessons/lessons.h"

#include "lab/teach/differences.h"

namespace lab {
namespace {

using core::Activation;
using core::DatasetKind;
using core::Init;
using core::Loss;

LabConfig base(DatasetKind dataset, std::vector<int> hidden, Activation hidden_g, Activation output_g, Loss loss,
               double alpha, int batch_size) {
    LabConfig c;
    c.dataset = dataset;
    c.hidden = std::move(hidden);
    c.hidden_activation = hidden_g;
    c.output_activation = output_g;
    c.train.loss = loss;
    c.train.optimizer.alpha = alpha;
    c.train.batch_size = batch_size;
    return c;
}

std::vector<Lesson> build_lessons() {
    std::vector<Lesson> all;
    auto add = [&all](std::string id, std::string title, std::string caption, std::string formula, LabConfig config,
                      std::vector<std::string> panels) {
        Lesson lesson;
        lesson.number = static_cast<int>(all.size()) + 1;
        lesson.id = std::move(id);
        lesson.title = std::move(title);
        lesson.caption = std::move(caption);
        lesson.formula = std::move(formula);
        lesson.config = std::move(config);
        lesson.panels = std::move(panels);
        all.push_back(std::move(lesson));
        return &all.back();
    };
    const Activation S = Activation::Sigmoid, T = Activation::Tanh, Lin = Activation::Linear, Soft = Activation::Softmax;

    LabConfig perceptron = base(DatasetKind::Gaussian, {}, T, Activation::Step, Loss::MSE, 0.01, 1);
    perceptron.init = Init::Zero;
    add("perceptron", "Perceptron: a linear threshold unit",
        "One unit weighs its inputs, adds a bias and fires when the sum is not negative. On linearly separable points "
        "the perceptron rule moves the line until every point is on its side.",
        "h(x) = step(Θᵀx),  Θ := Θ − α (h(x) − y) x", perceptron, {"network", "data", "equation"});

    LabConfig gate = base(DatasetKind::And, {}, T, S, Loss::BinaryCrossEntropy, 0.5, 4);
    Lesson* and_gate = add("logic-gates", "A logistic unit as a logic gate",
        "With Θ = (−30, 20, 20) a single sigmoid unit computes AND: only x₁ = x₂ = 1 gives a positive z. "
        "Θ = (−10, 20, 20) gives OR.",
        "h(x) = g(Θ₀ + Θ₁x₁ + Θ₂x₂),  AND: Θ = (−30, 20, 20)", gate,
        {"network", "data", "equation"});
    and_gate->preset_theta = {-30.0, 20.0, 20.0};

    LabConfig x = base(DatasetKind::XorGate, {2}, T, S, Loss::BinaryCrossEntropy, 0.5, 4);
    x.init = Init::Uniform;
    x.init_epsilon = 1.0;
    x.seed = 5;  // XOR with two hidden units has local minima; this seed reaches 100% in about 130 epochs
    add("xor", "XOR needs a hidden layer",
        "No single line separates XOR's ones from its zeros. Two hidden units each draw a line; the output unit "
        "combines them.",
        "a⁽²⁾ = g(Θ⁽¹⁾a⁽¹⁾),  h_Θ(x) = g(Θ⁽²⁾a⁽²⁾)", x, {"network", "data", "equation", "loss"});

    add("softmax", "Softmax turns scores into probabilities",
        "Exponentiate each class score and divide by the sum: the outputs are positive and add up to one.",
        "P(k | x) = e^zₖ / Σⱼ e^zⱼ", base(DatasetKind::Spiral3, {8}, T, Soft, Loss::SoftmaxCrossEntropy, 0.1, 10),
        {"network", "data", "equation"});

    LabConfig deep = base(DatasetKind::Spiral, {6, 6, 6, 6}, S, S, Loss::BinaryCrossEntropy, 0.1, 10);
    add("activations", "Activation functions and their problems",
        "Step gives no gradient; sigmoid and tanh saturate, so gradients shrink layer by layer; a ReLU whose input "
        "stays negative is dead; leaky ReLU keeps a small slope.",
        "g′_sigmoid = g(1 − g),  g′_tanh = 1 − g²,  g′_ReLU = 1[z > 0]", deep,
        {"network", "gradients", "gallery", "equation"});

    add("architecture", "Architecture: inputs, hidden units, outputs",
        "Input units are the features, output units the classes; more hidden units draw more complex boundaries.",
        "s₁ = features, s_L = classes", base(DatasetKind::Circle, {3}, T, S, Loss::BinaryCrossEntropy, 0.03, 10),
        {"capacity", "network", "data"});  // the slide: 3, 6 and 20 hidden units side by side

    LabConfig zero = base(DatasetKind::Circle, {4}, T, S, Loss::BinaryCrossEntropy, 0.1, 10);
    zero.init = Init::Zero;
    add("initialization", "Weight initialization breaks symmetry",
        "With all weights zero every hidden unit computes the same thing and receives the same update: they stay "
        "identical forever. Random initialization breaks the symmetry.",
        "Θ = randn · sqrt(2 / n),  Xavier: n = fan-in + fan-out,  He: n = fan-in", zero, {"network", "data"});

    add("forward", "Forward propagation",
        "Each layer takes the previous activations with a bias unit, weighs them and applies g, up to the output.",
        "a⁽¹⁾ = x,  z⁽ˡ⁺¹⁾ = Θ⁽ˡ⁾a⁽ˡ⁾,  a⁽ˡ⁺¹⁾ = g(z⁽ˡ⁺¹⁾),  h_Θ(x) = a⁽ᴸ⁾",
        base(DatasetKind::Circle, {3, 3}, T, S, Loss::BinaryCrossEntropy, 0.03, 10), {"network", "equation"});

    add("hinge", "Multiclass hinge (SVM) loss",
        "The correct class's score should beat every other score by a margin of 1; each violation adds to the loss.",
        "Lᵢ = Σ (j ≠ yᵢ) max(0, sⱼ − s(yᵢ) + 1)",
        base(DatasetKind::Spiral3, {}, T, Lin, Loss::MulticlassHinge, 0.01, 10), {"network", "data", "equation"});

    LabConfig reg = base(DatasetKind::Spiral, {8, 8}, T, S, Loss::BinaryCrossEntropy, 0.03, 10);
    reg.noise = 0.3;
    reg.train.regularization = core::Regularization::L2;
    reg.train.lambda = 0.001;
    reg.train.dropout.rate = 0.2;  // the mask shows in the network view: crossed-out units, the kept ones ×1.25
    add("regularization", "Regularization",
        "Adding λR(Θ) to the loss prefers small, spread-out weights and fights overfitting on noisy data. "
        "L2 prefers Θ₂ = [.25, .25, .25, .25] (R = 0.25) over Θ₁ = [1, 0, 0, 0] (R = 1). Dropout drops each hidden "
        "unit with probability p on every training example (m = 0) and scales the kept ones (m = 1) by 1/(1 − p).",
        "J = (1/m) Σ Lᵢ + λ R(Θ),  R_L2 = Σ Θ²,  R_L1 = Σ |Θ|,  dropout: a = g(z) · m / (1 − p)", reg,
        {"network", "data", "loss"});

    add("cross-entropy", "Softmax cross-entropy",
        "The loss is the negative log of the probability given to the correct class: scores 3.2, 5.1, −1.7 give "
        "P(cat) = 0.13 and L = 2.04.",
        "Lᵢ = −log( e^s(yᵢ) / Σⱼ e^sⱼ )",
        base(DatasetKind::Spiral3, {8}, T, Soft, Loss::SoftmaxCrossEntropy, 0.1, 10), {"network", "data", "equation"});

    // The lecture's quotient is the forward one; the panel offers the central one beside it.
    const std::string forward = difference_formula(core::Difference::Forward);
    Lesson* check = add("gradient-check", "Numerical vs analytic gradient",
        "Nudge one weight by h and watch the loss: " + forward + " approximates the derivative. Backprop's "
        "analytic gradient must agree; the central " + difference_formula(core::Difference::Central) +
        " agrees more closely.",
        "∂J/∂Θ ≈ " + forward + ",  rel. error = |a − n| / max(|a|, |n|)",
        base(DatasetKind::Circle, {3}, T, S, Loss::BinaryCrossEntropy, 0.03, 10), {"network", "gradcheck"});
    check->difference = core::Difference::Forward;

    Lesson* descent = add("gradient-descent", "Gradient descent on a loss surface",
        "For y = w·x + b the loss over (w, b) is a bowl; each step moves against the gradient. Too small a learning "
        "rate crawls, too large a one diverges.",
        "Θ⁽τ⁺¹⁾ = Θ⁽τ⁾ − η ∇E(Θ⁽τ⁾)", base(DatasetKind::Linear1D, {}, T, Lin, Loss::MSE, 0.1, 100),
        {"surface", "data", "loss"});
    // The lecture's lab 7: J(w, b) of the two-parameter linear regression is the exact surface (no projection), with
    // the learning-rate experiment's too small / right / too large α acting on the network itself (live): its
    // (w, b) is the marker, its run the path, its h(x) the data place's line. It starts where the lecture's paths
    // do, (w, b) = (−2, −2): Θ⁽¹⁾ = [b  w].
    descent->surface_view = "exact,regression,rate,live";
    descent->preset_theta = {-2.0, -2.0};

    add("mini-batch", "Batch, mini-batch and stochastic gradient descent",
        "The full batch gives the true gradient but one step per epoch; single examples give noisy, cheap steps; "
        "mini-batches sit between. An epoch is one full pass over the training data.",
        "Θ := Θ − α (1/m) Σ (i in batch) ∇Lᵢ", base(DatasetKind::Gaussian, {2}, T, S, Loss::BinaryCrossEntropy, 0.03, 10),
        {"data", "loss"});

    add("computational-graph", "Backprop on a computational graph",
        "f(x, y, z) = (x + y)z at x = −2, y = 5, z = −4: q = 3, f = −12. Going back, each node multiplies its local "
        "gradient by the upstream one: ∂f/∂z = 3, ∂f/∂q = −4, ∂f/∂x = ∂f/∂y = −4.",
        "∂f/∂x = ∂f/∂q · ∂q/∂x", base(DatasetKind::XorGate, {2}, T, S, Loss::BinaryCrossEntropy, 0.5, 4),
        {"graph"});

    add("backprop", "Backprop through the MLP",
        "The output error δ⁽ᴸ⁾ = a⁽ᴸ⁾ − y flows back through Θᵀ and g′ to every hidden unit; each weight's gradient "
        "is the activation it multiplies times the δ it feeds.",
        "δ⁽ˡ⁾ = (Θ⁽ˡ⁾)ᵀδ⁽ˡ⁺¹⁾ ⊙ g′(z⁽ˡ⁾),  ∂J/∂Θᵢⱼ⁽ˡ⁾ = aⱼ⁽ˡ⁾δᵢ⁽ˡ⁺¹⁾",
        base(DatasetKind::Circle, {4, 2}, T, S, Loss::BinaryCrossEntropy, 0.03, 10),
        {"network", "equation", "data", "loss"});

    LabConfig digits = base(DatasetKind::Digits, {16}, T, Soft, Loss::SoftmaxCrossEntropy, 0.1, 10);
    digits.train_fraction = 0.7;
    add("digits", "Draw a digit",
        "A 64-16-10 network learns 8×8 handwritten digits; draw one and watch the activations and the two best "
        "guesses.",
        "P(digit | x) = softmax(Θ⁽²⁾ g(Θ⁽¹⁾x))", digits, {"digits", "network", "loss"});
    return all;
}

}  // namespace

const std::vector<Lesson>& lessons() {
    static const std::vector<Lesson> all = build_lessons();  // immutable after first use
    return all;
}

const Lesson& default_lesson() { return *find_lesson("backprop"); }

const Lesson* find_lesson(const std::string& number_or_id) {
    for (const Lesson& lesson : lessons())
        if (lesson.id == number_or_id || std::to_string(lesson.number) == number_or_id) return &lesson;
    return nullptr;
}

}  // namespace lab

#include <catch2/catch.hpp>

#include <iterator>
#include <string>
#include <vector>

#include "core/activation.h"
#include "core/rng.h"
#include "lab/io/config_io.h"
#include "lab/io/url_state.h"

using namespace lab;

namespace {

template <typename Enum, typename Parse>
Enum pick(core::Rng& rng, std::initializer_list<const char*> names, Parse parse) {
    Enum value{};
    const char* name = names.begin()[rng.below(static_cast<int>(names.size()))];
    REQUIRE(parse(name, value));
    return value;
}

template <typename Entry, size_t N>
auto pick_entry(core::Rng& rng, const Entry (&table)[N]) {
    return table[rng.below(static_cast<int>(N))].kind;
}

// A valid configuration with every field drawn at random (full-precision doubles included).
LabConfig random_config(core::Rng& rng) {
    LabConfig c;
    c.dataset = core::kDatasets[rng.below(static_cast<int>(std::size(core::kDatasets)))].kind;
    c.points = 4 + rng.below(kMaxPoints - 3);
    c.noise = rng.uniform(0.0, 0.5);
    c.train_fraction = rng.uniform(0.1, 0.9);
    c.data_seed = rng.next_u64() % 4294967296ull;
    c.hidden.resize(static_cast<size_t>(rng.below(kMaxHiddenLayers + 1)));
    for (int& units : c.hidden) units = 1 + rng.below(kMaxUnits);
    std::vector<core::Activation> hidden_kinds;  // every g the table allows in a hidden layer
    for (const core::ActivationInfo& info : core::kActivationTable)
        if (info.hidden) hidden_kinds.push_back(info.kind);
    c.hidden_activation = hidden_kinds[static_cast<size_t>(rng.below(static_cast<int>(hidden_kinds.size())))];
    c.output_activation = pick<core::Activation>(rng, {"sigmoid", "softmax", "linear", "tanh"}, core::parse_activation);
    c.init = pick_entry(rng, core::kInits);
    c.init_epsilon = rng.uniform(0.0, 10.0);
    c.seed = rng.next_u64() % 4294967296ull;
    c.train.loss = pick_entry(rng, core::kLosses);
    c.train.regularization = pick_entry(rng, core::kRegularizations);
    c.train.lambda = rng.uniform(0.0, 10.0);
    c.train.dropout.rate = rng.uniform(0.0, 0.9);
    c.train.optimizer.kind = pick_entry(rng, core::kOptimizers);
    c.train.optimizer.alpha = rng.uniform(1e-6, 10.0);
    for (const core::HyperParameter& p : core::kHyperParameters) c.train.optimizer.*p.field = rng.uniform(p.lo, p.hi);
    c.train.optimizer.schedule = pick_entry(rng, core::kSchedules);
    c.train.optimizer.decay_every = 1 + rng.below(1000000);
    c.train.optimizer.decay_factor = rng.uniform(0.0, 1.0);
    c.train.batch_size = 1 + rng.below(kMaxPoints);
    return c;
}

void require_same(const UrlState& a, const UrlState& b) {
    REQUIRE(a.lesson == b.lesson);
    REQUIRE(config_to_json(a.config) == config_to_json(b.config));
    REQUIRE(a.steps == b.steps);
    REQUIRE(a.cursor == b.cursor);
    REQUIRE(a.edits.size() == b.edits.size());
    for (size_t i = 0; i < a.edits.size(); ++i) {
        REQUIRE(a.edits[i].layer == b.edits[i].layer);
        REQUIRE(a.edits[i].row == b.edits[i].row);
        REQUIRE(a.edits[i].col == b.edits[i].col);
        REQUIRE(a.edits[i].value == b.edits[i].value);  // bit for bit: shortest round-trip formatting
    }
    REQUIRE(a.hidden_panels == b.hidden_panels);
    REQUIRE(a.presentation == b.presentation);
    REQUIRE(a.theme == b.theme);
    REQUIRE(a.expression == b.expression);
    REQUIRE(a.variables == b.variables);
    REQUIRE(a.tab == b.tab);
    REQUIRE(a.surface == b.surface);
}

bool any_contains(const std::vector<std::string>& notices, const std::string& part) {
    for (const std::string& n : notices)
        if (n.find(part) != std::string::npos) return true;
    return false;
}

}  // namespace

TEST_CASE("a lesson's own state encodes as just its number", "[url]") {
    for (const Lesson& lesson : lessons()) {
        const UrlState state = lesson_state(lesson.number);
        REQUIRE(encode(state) == "lesson=" + std::to_string(lesson.number));
        UrlState back;
        REQUIRE(decode(encode(state), back).empty());
        require_same(state, back);
    }
    UrlState state;
    REQUIRE(decode("", state).empty());
    require_same(state, lesson_state(default_lesson().number));
    REQUIRE(decode("#lesson=xor", state).empty());  // ids work too, and a leading '#' is skipped
    REQUIRE(state.lesson == 3);
    REQUIRE(config_to_json(state.config) == config_to_json(find_lesson("xor")->config));
}

TEST_CASE("only changed fields are written, short and readable", "[url]") {
    UrlState state = lesson_state(16);
    state.config.noise = 0.1;
    state.config.hidden = {8, 8};
    state.config.train.optimizer.alpha = 0.01;
    state.steps = 120;
    state.cursor = 37;
    state.edits = {{0, 1, 0, 2.5}};
    state.hidden_panels = {"data", "loss"};
    state.presentation = true;
    REQUIRE(encode(state) == "lesson=16&noise=0.1&hidden=8,8&alpha=0.01&steps=120&cursor=37&w=0:1:0:2.5"
                             "&hide=data,loss&proj=1");
    state = lesson_state(16);
    state.config.hidden.clear();
    state.expression = "(x + y) * z & #%=";
    state.variables = "x = −2";
    REQUIRE(encode(state) == "lesson=16&hidden=none&expr=(x%20%2B%20y)%20*%20z%20%26%20%23%25%3D"
                             "&vars=x%20%3D%20%E2%88%922");
    UrlState back;
    REQUIRE(decode(encode(state), back).empty());
    require_same(state, back);
}

TEST_CASE("encode then decode gives the same state, for every lesson and random states", "[url]") {
    core::Rng rng(7);
    for (int trial = 0; trial < 400; ++trial) {
        const Lesson& lesson = lessons()[static_cast<size_t>(trial) % lessons().size()];
        UrlState state = lesson_state(lesson.number);
        if (trial >= static_cast<int>(lessons().size())) state.config = random_config(rng);
        state.steps = rng.below(3) ? rng.below(static_cast<int>(kMaxUrlSteps) + 1) : 0;
        state.cursor = rng.below(1000) - 1;
        for (int k = rng.below(5); k > 0; --k)
            state.edits.push_back(
                {rng.below(7), rng.below(32), rng.below(65), rng.uniform(-kMaxEditedWeight, kMaxEditedWeight)});
        if (rng.below(2)) state.hidden_panels = {"network", "loss-curve", "data_2"};
        state.presentation = rng.below(2) == 1;
        state.theme = rng.below(2) ? "light" : "";
        if (rng.below(2)) state.expression = "max(x, y) ÷ exp(−z) + 1e-3 & \"q\" % 100";
        if (rng.below(2)) state.variables = "x = -2,\ny = 5; z = 1e-9";
        if (rng.below(2)) state.tab = rng.below(2) ? "surface" : "graph";
        if (rng.below(2)) state.surface = "logistic,race,start=1.5:-0.25,n=96,span=3,3d,yaw=2.5,pitch=1.2,dist=4";
        const std::string hash = encode(state);
        INFO(hash);
        UrlState back;
        const std::vector<std::string> notices = decode("#" + hash, back);
        REQUIRE(notices.empty());
        require_same(state, back);
        for (char c : hash) REQUIRE((c > 0x20 && c < 0x7F && c != '#' && c != '+' && c != ' '));
    }
}

TEST_CASE("bad fields are named in a notice; the others still apply", "[url]") {
    const std::string long_expression(5000, 'x');
    const struct { std::string hash; const char* notice; } cases[] = {
        {"foo=1", "unknown field 'foo' ignored"},
        {"alpha=abc", "'alpha' must be a number in [0, 10]"},
        {"alpha=inf", "'alpha' must be a number"},
        {"alpha=0x10", "'alpha' must be a number"},
        {"alpha=%201", "'alpha' must be a number"},
        {"alpha=11", "'alpha' must be a number in [0, 10]"},
        {"hidden=4,,2", "'hidden' must be a list of at most 6 layer sizes"},
        {"hidden=99", "'hidden' must be a list"},
        {"hidden=1,2,3,4,5,6,7", "'hidden' must be a list"},
        {"hidden=four", "'hidden' must be a list"},
        {"lesson=99", "'lesson' must be a lesson number from 1 to 17"},
        {"lesson=0", "'lesson' must be a lesson number"},
        {"lesson=", "'lesson' must be a lesson number"},
        {"seed=-1", "'seed' must be a whole number from 0 to 4294967295"},
        {"seed=1.5", "'seed' must be a whole number"},
        {"ds=mnist", "'ds' must be one of circle, xor"},
        {"dataset=mnist", "'dataset' must be one of"},
        {"act=softmax", "'act' softmax is only for the output layer"},
        {"opt=adamw", "'opt' must be one of sgd, momentum, adam"},
        {"noise=0.9", "'noise' must be a number in [0, 0.5]"},
        {"batch=0", "'batch' must be a whole number from 1 to 10000"},
        {"w=garbage", "'w': 1 of 1 ignored (first: 'garbage'); each edit is layer:row:col:value"},
        {"w=0:0:0:1e7", "'w': 1 of 1 ignored"},
        {"w=0:0:0:nan,0:0:1:1", "'w': 1 of 2 ignored"},
        {"w=0:0:0", "layer:row:col:value"},
        {"w=-1:0:0:1", "'w': 1 of 1"},
        {"alpha=%zz", "'alpha' is not valid percent-encoding"},
        {"alpha=0.1%", "'alpha' is not valid percent-encoding"},
        {"alpha=%4", "'alpha' is not valid percent-encoding"},
        {"%G1=3", "field name '%G1' is not valid percent-encoding"},
        {"points", "'points' has no value"},
        {"steps=-5", "'steps' must be a whole number from 0 to 1000000"},
        {"steps=1e12", "'steps' must be a whole number"},
        {"cursor=-2", "'cursor' must be a whole number from -1"},
        {"proj=maybe", "'proj' must be 1 or 0"},
        {"theme=Dark%20Mode", "'theme' must be a short id"},
        {"tab=Loss%20surface", "'tab' must be a short id"},
        {"tab=", "'tab' must be a short id"},
        {"surf=3d,wobbly", "'surf': surface view: unknown or bad word 'wobbly'; ignored"},
        {"surf=pitch%3D2", "'surf': surface view: unknown or bad word 'pitch=2'"},
        {"surf=" + std::string(500, 'n'), "'surf': longer than 400 characters"},
        {"hide=data,Loss!", "'hide': 1 of 2 ignored (first: 'Loss!'); panels are ids"},
        {"expr=" + long_expression, "'expr' is longer than 1000 characters"},
        {"alpha=0.1&alpha=0.2", "'alpha' is given more than once; the last one is used"},
        {"\xff\xfe=1", "unknown field '?\?' ignored"},
        {std::string("ds=circle\0&x", 12), "unknown field 'x'"},
    };
    REQUIRE(sizeof cases / sizeof cases[0] >= 20);
    for (const auto& c : cases) {
        INFO("hash: " << c.hash);
        UrlState state;
        const std::vector<std::string> notices = decode("dseed=77&" + c.hash + "&eps=0.25", state);
        REQUIRE(any_contains(notices, c.notice));
        REQUIRE(state.config.data_seed == 77);  // the good fields around the bad one still apply
        REQUIRE(state.config.init_epsilon == 0.25);
    }
    UrlState state;
    REQUIRE(decode("alpha=0.1&alpha=0.2", state).size() == 1);
    REQUIRE(state.config.train.optimizer.alpha == 0.2);  // the last one wins
    REQUIRE(decode("lesson=3&lesson=nope&alpha=0.2", state).size() == 2);  // repeated, then unknown: default lesson
    REQUIRE(state.lesson == default_lesson().number);
    REQUIRE(state.config.train.optimizer.alpha == 0.2);
    REQUIRE(decode("alpha=abc&lesson=3", state).size() == 1);  // the lesson applies first, wherever it is
    REQUIRE(state.lesson == 3);
    REQUIRE(config_to_json(state.config) == config_to_json(find_lesson("3")->config));
    const std::vector<std::string> notices =
        decode("alpha=0.5&" + std::string(static_cast<size_t>(core::kMaxLinkLength), 'x'), state);
    REQUIRE(any_contains(notices, "the link is 1,048,586 bytes long (UTF-8); a link may have at most 1,048,576"));
    require_same(state, lesson_state(default_lesson().number));  // too long: ignored as a whole
}

TEST_CASE("a link carries the network area's tab and the loss-surface view; focus=1 is the page's", "[url]") {
    UrlState state = lesson_state(13);
    state.tab = "surface";
    state.surface = "regression,race,start=1:-3,n=64,span=4.5,3d,yaw=0.5,pitch=0.8,dist=4";
    const std::string hash = encode(state);
    REQUIRE(hash == "lesson=13&tab=surface&surf=regression,race,start%3D1:-3,n%3D64,span%3D4.5,3d,yaw%3D0.5,"
                    "pitch%3D0.8,dist%3D4");
    DecodedLink link = decode_link(hash + "&focus=1");
    REQUIRE(link.notices.empty());
    require_same(state, link.state);
    REQUIRE(link.applied == std::vector<std::string>{"lesson", "tab", "surf"});
    // focus alone is no link to open (nothing happens); a bad one is named
    REQUIRE(decode_link("focus=1").empty);
    REQUIRE(decode_link("#focus=1&").notices.empty());
    REQUIRE(decode_link("focus=yes&lesson=3").notices == std::vector<std::string>{"'focus' must be 1 or 0; ignored"});
}

TEST_CASE("the brief's example link decodes; act and hidden_activation are one field", "[url]") {
    UrlState state;
    const std::vector<std::string> repeated = {"'lesson' is given more than once; the last one is used",
                                               "'hidden_activation' is given more than once; the last one is used"};
    REQUIRE(decode("lesson=16&ds=circle&noise=0.1&hidden=4,2&act=tanh&out=sigmoid&loss=bce&alpha=0.03&batch=10&seed=1"
                   "&cursor=37&w=1:0:0:2.5&hide=data,loss&proj=1&lesson=07&hidden_activation=relu",
                   state) == repeated);
    REQUIRE(state.lesson == 7);
    REQUIRE(state.config.noise == 0.1);
    REQUIRE(state.config.hidden_activation == core::Activation::ReLU);
    REQUIRE(state.cursor == 37);
    REQUIRE(state.edits.size() == 1);
    REQUIRE(state.edits[0].layer == 1);
    REQUIRE(state.edits[0].value == 2.5);
    REQUIRE(state.hidden_panels == std::vector<std::string>{"data", "loss"});
}

TEST_CASE("weight edits are checked against the network's shape", "[url]") {
    core::Network net = core::make_network({2, 3, 1}, core::Activation::Tanh, core::Activation::Sigmoid);
    const std::vector<WeightEdit> edits = {{0, 2, 2, 1.5}, {1, 0, 3, -2.0}, {1, 1, 0, 7.0}, {2, 0, 0, 1.0}, {0, 0, 3, 1.0}};
    const std::vector<std::string> notices = apply_weight_edits(edits, net);
    REQUIRE(net.theta[0](2, 2) == 1.5);  // Θ⁽¹⁾ is 3 × 3
    REQUIRE(net.theta[1](0, 3) == -2.0); // Θ⁽²⁾ is 1 × 4
    REQUIRE(notices.size() == 3);
    REQUIRE(notices[0] == "'w' edit 3 (1:1:0) ignored: theta[1] is 1 x 4");
    REQUIRE(notices[1] == "'w' edit 4 (2:0:0) ignored: the network has 2 weight matrices");
}

TEST_CASE("percent-encoding and random hashes", "[url]") {
    std::string out;
    REQUIRE(percent_decode("a%20b%2Bc+d%e2%88%92", out));
    REQUIRE(out == "a b+c+d−");
    REQUIRE(percent_encode(out) == "a%20b%2Bc%2Bd%E2%88%92");
    for (const char* bad : {"%", "%2", "%zz", "a%g0"}) REQUIRE_FALSE(percent_decode(bad, out));
    core::Rng rng(3);
    const char alphabet[] = "=&%,:#-.0123456789abcdehilnoprstwxz";
    for (int trial = 0; trial < 3000; ++trial) {
        std::string hash;
        for (int n = rng.below(60); n > 0; --n)
            hash += trial % 3 ? alphabet[rng.below(sizeof alphabet - 1)] : static_cast<char>(rng.next_u64() & 0xFF);
        UrlState state;
        decode(hash, state);
        UrlState back;
        decode(encode(state), back);  // whatever got in must survive its own round trip
        require_same(state, back);
    }
}

#include <catch2/catch.hpp>

#include "lab/io/config_io.h"
#include "lab/io/json.h"

using namespace lab;

TEST_CASE("JSON round trip of nested values", "[json]") {
    JsonWriter w;
    w.begin_object().key("a").value(1.5).key("list").begin_array().value(1).value("two\n\"q\"").value(true).end_array();
    w.key("empty").begin_object().end_object().key("tiny").value(0.1 + 0.2).end_object();
    Json j;
    std::string error;
    REQUIRE(parse_json(w.str(), j, error));
    REQUIRE(j.find("a")->number == 1.5);
    REQUIRE(j.find("list")->items.size() == 3);
    REQUIRE(j.find("list")->items[1].text == "two\n\"q\"");
    REQUIRE(j.find("list")->items[2].boolean);
    REQUIRE(j.find("tiny")->number == 0.1 + 0.2);  // shortest round-trip formatting keeps every bit
    REQUIRE(j.find("missing") == nullptr);
    REQUIRE(format_double(0.1) == "0.1");
}

TEST_CASE("a writer takes another writer's finished value and writes an unfinished one as null", "[json]") {
    JsonWriter inner;
    inner.begin_object().key("x").value(2).key("list").numbers({1, 2}).end_object();
    JsonWriter open;
    open.begin_array().value(1);
    JsonWriter out;
    out.begin_object().key("inner").value(inner).key("open").value(open).key("empty").value(JsonWriter{});
    out.key("after").value(true).end_object();
    REQUIRE(out.str() == R"({"inner":{"x":2,"list":[1,2]},"open":null,"empty":null,"after":true})");
    JsonWriter list;
    list.begin_array().value(inner).value(inner).end_array();
    Json j;
    std::string error;
    REQUIRE(parse_json(list.str(), j, error));
    REQUIRE(j.items.size() == 2);
    REQUIRE(j.items[1].find("x")->number == 2);
}

TEST_CASE("malformed JSON gives a message with line and column", "[json]") {
    const char* bad[] = {"", "{", "[1,", "{\"a\" 1}", "{\"a\":}", "[1 2]", "tru", "\"open", "{\"a\":1,}", "01x",
                         "[1e999]", "{\"a\":1} x", "\"\\q\"", "{a:1}", "[\"\\u12G4\"]"};
    for (const char* text : bad) {
        Json j;
        j.type = Json::Type::Number;
        j.number = 7;
        std::string error;
        INFO("input: " << text);
        REQUIRE_FALSE(parse_json(text, j, error));
        REQUIRE(error.find("line 1, column") == 0);
        REQUIRE(j.number == 7);  // untouched on failure
    }
    std::string deep(100, '[');
    Json j;
    std::string error;
    REQUIRE_FALSE(parse_json(deep, j, error));
    REQUIRE(error.find("nesting") != std::string::npos);
    REQUIRE_FALSE(parse_json("{\n  \"a\": 1,\n  \"b\" 2\n}", j, error));
    REQUIRE(error.find("line 3") == 0);
}

TEST_CASE("strict JSON: no hex, no leading zeros, no duplicate keys; what RFC 8259 allows still reads", "[json]") {
    const char* refused[][2] = {
        {"[0x1p-3]", "line 1, column 2: hexadecimal numbers are not JSON"},
        {"[00.1]", "line 1, column 2: a number may not start with 0 followed by digits"},
        {"[01]", "line 1, column 2: a number may not start with 0"},
        {"[-012]", "line 1, column 2: a number may not start with 0"},
        {"[1.]", "a digit must follow the decimal point"},
        {"[.5]", "unexpected character '.'"},
        {"[1e]", "digits must follow the exponent"},
        {"[+1]", "unexpected character '+'"},
        {"[-]", "malformed number"},
        {"{\n  \"alpha\": 1,\n  \"seed\": 2,\n    \"alpha\": 3\n}", "line 4, column 5: duplicate key 'alpha'"},
        {"{\"a\": {\"b\": 1, \"b\": 1}}", "duplicate key 'b'"},
    };
    for (const auto& [text, message] : refused) {
        Json j;
        std::string error;
        INFO("input: " << text);
        REQUIRE_FALSE(parse_json(text, j, error));
        REQUIRE(error.find(message) != std::string::npos);
    }
    const char* accepted[][2] = {{"[0]", "0"}, {"[-0.5]", "-0.5"}, {"[1e-05]", "1e-05"}, {"[2E+3]", "2000"},
                                 {"[10.25]", "10.25"}, {"[0.001e3]", "1"}};
    for (const auto& [text, value] : accepted) {
        Json j;
        std::string error;
        INFO("input: " << text);
        REQUIRE(parse_json(text, j, error));
        REQUIRE(j.items.size() == 1);
        REQUIRE(format_double(j.items[0].number) == value);
    }
    Json j;
    std::string error;
    REQUIRE(parse_json("{\"a\": {\"x\": 1}, \"b\": {\"x\": 2}}", j, error));  // the same key in two objects is fine
    REQUIRE(j.find("b")->find("x")->number == 2);
}

TEST_CASE("a UTF-8 byte order mark at the start is skipped; anywhere else it is refused", "[json]") {
    Json j;
    std::string error;
    REQUIRE(parse_json("\xEF\xBB\xBF{\"alpha\": 0.5}", j, error));
    REQUIRE(j.find("alpha")->number == 0.5);
    REQUIRE_FALSE(parse_json("{\"alpha\": \xEF\xBB\xBF" "0.5}", j, error));
    REQUIRE(error.find("line 1, column 11: unexpected character") == 0);
}

TEST_CASE("config JSON round trip", "[config]") {
    LabConfig config;
    config.dataset = core::DatasetKind::Spiral;
    config.hidden = {8, 8, 3};
    config.train.optimizer.kind = core::OptimizerKind::Adam;
    config.train.optimizer.alpha = 0.003;
    config.train.regularization = core::Regularization::L1;
    config.train.lambda = 0.01;
    config.seed = 77;
    Json j;
    std::string error;
    REQUIRE(parse_json(config_to_json(config), j, error));
    LabConfig back;
    REQUIRE(apply_config_json(j, back).empty());
    REQUIRE(config_to_json(back) == config_to_json(config));
}

TEST_CASE("bad config fields are named, keep their old value, and the rest applies", "[config]") {
    Json j;
    std::string error;
    REQUIRE(parse_json(R"({"alpha": -1, "hidden": [4, 99], "loss": "cross", "seed": 1.5, "colour": "red",
                          "noise": 0.2, "batch_size": 0, "hidden_activation": "softmax", "dataset": "moons"})",
                       j, error));
    LabConfig config;
    const LabConfig before = config;
    const std::vector<std::string> problems = apply_config_json(j, config);
    auto mentions = [&](const std::string& word) {
        for (const std::string& p : problems)
            if (p.find(word) != std::string::npos) return true;
        return false;
    };
    REQUIRE(mentions("'alpha'"));
    REQUIRE(mentions("'hidden'"));
    REQUIRE(mentions("'loss'"));
    REQUIRE(mentions("'seed'"));
    REQUIRE(mentions("'colour'"));
    REQUIRE(mentions("'batch_size'"));
    REQUIRE(mentions("'hidden_activation'"));
    REQUIRE(config.train.optimizer.alpha == before.train.optimizer.alpha);
    REQUIRE(config.hidden == before.hidden);
    REQUIRE(config.noise == 0.2);                          // the good fields still apply
    REQUIRE(config.dataset == core::DatasetKind::Moons);
    REQUIRE(config.hidden_activation == core::Activation::Tanh);
}

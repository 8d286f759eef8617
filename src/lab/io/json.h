// A small JSON reader and writer: the CLI prints JSON, configs and exported states are JSON.
// Reading never throws; a syntax error comes back as a message naming the position and what was expected.
#pragma once
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace lab {

struct Json {
    enum class Type { Null, Bool, Number, String, Array, Object };
    Type type = Type::Null;
    bool boolean = false;
    double number = 0.0;
    std::string text;
    std::vector<Json> items;                 // Array
    std::vector<std::pair<std::string, Json>> members;  // Object, in document order

    const Json* find(const std::string& key) const;  // Object member or nullptr
    bool is_number() const { return type == Type::Number; }
    bool is_string() const { return type == Type::String; }
};

// Parses `text`; on failure returns false and sets `error` ("line 3, column 7: expected ':' after a key").
bool parse_json(const std::string& text, Json& out, std::string& error);

// Writing: a tiny builder that keeps commas and nesting right.
class JsonWriter {
public:
    JsonWriter& begin_object();
    JsonWriter& end_object();
    JsonWriter& begin_array();
    JsonWriter& end_array();
    JsonWriter& key(const std::string& name);
    JsonWriter& value(double number);       // shortest text that reads back to the same double; NaN/inf → null
    JsonWriter& value(long long number);
    JsonWriter& value(int number) { return value(static_cast<long long>(number)); }
    JsonWriter& value(bool flag);
    JsonWriter& value_null();
    JsonWriter& value(const std::string& text);
    JsonWriter& value(const char* text) { return value(std::string(text)); }
    JsonWriter& numbers(const std::vector<double>& values);  // an array of numbers
    // The value another writer built, as this writer's next value. It must be complete (every object and array
    // closed); an incomplete one is written as null, so that this writer's text stays valid JSON.
    JsonWriter& value(const JsonWriter& built);
    const std::string& str() const { return out_; }

private:
    void separate();
    std::string out_;
    std::vector<bool> first_;  // per open container: nothing written in it yet
    bool after_key_ = false;
};

std::string format_double(double value);  // "%.17g", shortened when fewer digits read back the same

}  // namespace lab

// The config-field table (lab/io/config_fields.h): consistent in itself, and every field — whatever rows it
// grows — round-trips through JSON and links and refuses values outside its range by name.
#include <catch2/catch.hpp>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "lab/io/config_fields.h"
#include "lab/io/config_io.h"
#include "lab/io/url_state.h"

using namespace lab;

namespace {

std::string field_json(const ConfigField& field, const LabConfig& config) {
    JsonWriter out;
    write_field(field, config, out);
    return out.str();
}

std::vector<std::string> names_of(const ConfigField& field) {
    std::vector<std::string> names(1);
    for (char c : field.names()) {
        if (c == ',') names.emplace_back();
        else if (c != ' ') names.back() += c;
    }
    return names;
}

// Sets the field of `config` to an in-range value other than its present one; false if the field allows no other.
bool change(const ConfigField& field, LabConfig& config) {
    const std::string before = field_json(field, config);
    switch (field.kind) {
        case FieldKind::Number:
        case FieldKind::Integer:
            for (double t : {0.37, 0.61, 1.0, 0.0}) {
                double value = field.lo + (field.hi - field.lo) * t;
                if (field.kind == FieldKind::Integer) value = static_cast<double>(static_cast<long long>(value));
                field.set_number(config, value);
                if (field_json(field, config) != before) return true;
            }
            return false;
        case FieldKind::Choice:
            for (const std::string& name : names_of(field)) {
                // softmax is a name the activation fields know, refused for hidden layers by a rule across fields
                if (std::string(field.json) == "hidden_activation" && name == "softmax") continue;
                if (name != field.name(config)) return field.set_name(config, name);
            }
            return false;
        case FieldKind::Sizes: {
            std::vector<int> sizes;
            for (int k = 0; k < field.max_items; ++k) sizes.push_back(static_cast<int>(k % 2 ? field.lo : field.hi));
            field.set_sizes(config, sizes);
            return field_json(field, config) != before;
        }
        case FieldKind::Set: {  // the last two of the table's words
            const std::vector<std::string> names = names_of(field);
            return field.set_words(config, {names[names.size() - 2], names.back()}) &&
                   field_json(field, config) != before;
        }
    }
    return false;
}

// Values the field must refuse, as JSON text and as link text.
struct Bad {
    std::string json, url;
};
std::vector<Bad> bad_values(const ConfigField& field) {
    const std::string above = format_double(field.hi + 1 + (field.hi - field.lo)), below = format_double(field.lo - 1);
    switch (field.kind) {
        case FieldKind::Number: return {{above, above}, {below, below}, {"\"x\"", "x"}};
        case FieldKind::Integer: {
            const std::string half = format_double(field.lo + 0.5);
            return {{above, above}, {below, below}, {half, half}, {"\"7\"", "seven"}};
        }
        case FieldKind::Choice: return {{"\"no_such_name\"", "no_such_name"}, {"3", "3"}};
        case FieldKind::Sizes: {
            std::string many = "1";
            for (int k = 0; k < field.max_items; ++k) many += ",1";
            return {{"[" + many + "]", many}, {"[" + above + "]", above}, {"[" + below + "]", below}, {"4", "x"}};
        }
        case FieldKind::Set: {
            std::string many = names_of(field).front(), many_json = "\"" + many + "\"";
            for (int k = 0; k < field.max_items; ++k) many += "," + names_of(field).front(), many_json += ",\"x1\"";
            return {{"[\"no_such_name\"]", "no_such_name"}, {"[]", "none"}, {"[" + many_json + "]", many},
                    {"[3]", "3"}, {"\"x1\"", "x1,"}};
        }
    }
    return {};
}

// Another field the same config can change alongside `field`, to show that the rest still applies.
const ConfigField& neighbour(const ConfigField& field) {
    const std::vector<ConfigField>& fields = config_fields();
    return &field == &fields.front() ? fields.back() : fields.front();
}

bool contains(const std::vector<std::string>& messages, const std::string& part) {
    for (const std::string& m : messages)
        if (m.find(part) != std::string::npos) return true;
    return false;
}

}  // namespace

TEST_CASE("the config-field table: distinct keys and labels and ranges that hold their defaults", "[config][fields]") {
    const std::vector<ConfigField>& fields = config_fields();
    REQUIRE(fields.size() >= 20);
    std::set<std::string> json_keys, url_keys;
    const LabConfig defaults;
    for (const ConfigField& field : fields) {
        INFO(field.json);
        REQUIRE(json_keys.insert(field.json).second);
        REQUIRE(url_keys.insert(field.url).second);
        REQUIRE(std::string(field.label).size() > 0);
        REQUIRE(find_config_field(field.json) == &field);
        REQUIRE(find_config_field(field.url) == &field);  // no URL key is another field's JSON key
        REQUIRE(field.lo <= field.hi);
        switch (field.kind) {
            case FieldKind::Number:
            case FieldKind::Integer:
                REQUIRE((field.number && field.set_number));
                REQUIRE(field.number(defaults) >= field.lo);
                REQUIRE(field.number(defaults) <= field.hi);
                break;
            case FieldKind::Choice: {
                REQUIRE((field.name && field.set_name && field.names));
                const std::vector<std::string> names = names_of(field);
                REQUIRE(names.size() >= 2);
                REQUIRE(std::find(names.begin(), names.end(), field.name(defaults)) != names.end());
                break;
            }
            case FieldKind::Sizes:
                REQUIRE((field.sizes && field.set_sizes && field.max_items > 0));
                REQUIRE(field.sizes(defaults).size() <= static_cast<size_t>(field.max_items));
                for (int units : field.sizes(defaults)) REQUIRE((units >= field.lo && units <= field.hi));
                break;
            case FieldKind::Set:
                REQUIRE((field.words && field.set_words && field.names && field.max_items > 0));
                REQUIRE(!field.words(defaults).empty());
                break;
        }
        // the default reads back through the field's own rule
        Json value;
        std::string error;
        REQUIRE(parse_json(field_json(field, defaults), value, error));
        LabConfig copy;
        REQUIRE(read_field(field, value, copy) == "");
    }
    // config JSON holds exactly the table's fields, in its order
    Json object;
    std::string error;
    REQUIRE(parse_json(config_to_json(defaults), object, error));
    REQUIRE(object.members.size() == fields.size());
    for (size_t k = 0; k < fields.size(); ++k) REQUIRE(object.members[k].first == fields[k].json);
    std::vector<std::string> problems;
    checked_config(defaults, defaults, &problems);
    REQUIRE(problems.empty());
}

TEST_CASE("every field: a changed value survives config -> JSON -> config and config -> link -> config",
          "[config][fields][url]") {
    for (const ConfigField& field : config_fields()) {
        INFO(field.json);
        UrlState state = lesson_state(default_lesson().number);
        REQUIRE(change(field, state.config));
        REQUIRE(field_json(field, state.config) != field_json(field, lesson_state(default_lesson().number).config));

        Json object;
        std::string error;
        REQUIRE(parse_json(config_to_json(state.config), object, error));
        LabConfig from_json = lesson_state(default_lesson().number).config;
        REQUIRE(apply_config_json(object, from_json).empty());
        REQUIRE(field_json(field, from_json) == field_json(field, state.config));
        REQUIRE(config_to_json(from_json) == config_to_json(state.config));

        const std::string link = encode(state);
        REQUIRE(link.find(std::string("&") + field.url + "=") != std::string::npos);  // only this field differs
        REQUIRE(link.find('&', link.find('&') + 1) == std::string::npos);
        UrlState from_link;
        REQUIRE(decode(link, from_link).empty());
        REQUIRE(config_to_json(from_link.config) == config_to_json(state.config));

        // the JSON key works in a link too
        const size_t amp = link.find('&'), eq = link.find('=', amp);
        const std::string long_link = link.substr(0, amp + 1) + field.json + link.substr(eq);
        UrlState from_long;
        REQUIRE(decode(long_link, from_long).empty());
        REQUIRE(config_to_json(from_long.config) == config_to_json(state.config));
    }
}

TEST_CASE("every field: a value outside its rule is refused by name and the rest of the config still applies",
          "[config][fields][url][untrusted]") {
    for (const ConfigField& field : config_fields()) {
        const ConfigField& other = neighbour(field);
        UrlState good = lesson_state(default_lesson().number);
        REQUIRE(change(other, good.config));
        const LabConfig& changed = good.config;
        Json other_value;
        std::string error;
        REQUIRE(parse_json(field_json(other, changed), other_value, error));
        for (const Bad& bad : bad_values(field)) {
            INFO(field.json << " = " << bad.json);
            // JSON: {"<field>": bad, "<other>": a good new value}
            Json object;
            REQUIRE(parse_json("{\"" + std::string(field.json) + "\": " + bad.json + "}", object, error));
            object.members.emplace_back(other.json, other_value);
            LabConfig config = lesson_state(default_lesson().number).config;
            const std::string before = field_json(field, config);
            const std::vector<std::string> problems = apply_config_json(object, config);
            REQUIRE(problems == std::vector<std::string>{"'" + std::string(field.json) + "' " + field_rule(field)});
            REQUIRE(field_json(field, config) == before);
            REQUIRE(field_json(other, config) == field_json(other, changed));

            // link: <other>=good&<field>=bad
            UrlState state;
            const std::string link = encode(good) + "&" + field.url + "=" + bad.url;
            INFO(link);
            const std::vector<std::string> notices = decode(link, state);
            REQUIRE(notices.size() == 1);
            REQUIRE(contains(notices, "'" + std::string(field.url) + "' " + field_rule(field)));
            REQUIRE(field_json(field, state.config) == before);
            REQUIRE(field_json(other, state.config) == field_json(other, changed));
        }
    }
}

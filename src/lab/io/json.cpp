#include "lab/io/json.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <unordered_set>

namespace lab {

const Json* Json::find(const std::string& key) const {
    for (const auto& member : members)
        if (member.first == key) return &member.second;
    return nullptr;
}

namespace {

class Parser {
public:
    explicit Parser(const std::string& text) : s_(text) {}

    bool parse(Json& out, std::string& error) {
        if (s_.compare(0, 3, "\xEF\xBB\xBF") == 0) pos_ = 3;  // a UTF-8 byte order mark, as some editors save
        skip_space();
        if (!parse_value(out, 0)) {
            error = error_;
            return false;
        }
        skip_space();
        if (pos_ != s_.size()) {
            fail("unexpected text after the JSON value");
            error = error_;
            return false;
        }
        return true;
    }

private:
    static constexpr int kMaxDepth = 64;  // deeper nesting is refused instead of overflowing the stack

    bool fail(const std::string& what) {
        size_t line = 1, column = 1;
        for (size_t k = 0; k < pos_ && k < s_.size(); ++k) {
            if (s_[k] == '\n') {
                ++line;
                column = 1;
            } else {
                ++column;
            }
        }
        error_ = "line " + std::to_string(line) + ", column " + std::to_string(column) + ": " + what;
        return false;
    }
    void skip_space() {
        while (pos_ < s_.size() && (s_[pos_] == ' ' || s_[pos_] == '\t' || s_[pos_] == '\n' || s_[pos_] == '\r')) ++pos_;
    }
    bool literal(const char* word) {
        size_t n = 0;
        while (word[n]) ++n;
        if (s_.compare(pos_, n, word) != 0) return false;
        pos_ += n;
        return true;
    }

    bool parse_value(Json& out, int depth) {
        if (depth > kMaxDepth) return fail("nesting deeper than 64 levels");
        if (pos_ >= s_.size()) return fail("expected a value, found the end of the text");
        const char c = s_[pos_];
        if (c == '{') return parse_object(out, depth);
        if (c == '[') return parse_array(out, depth);
        if (c == '"') {
            out.type = Json::Type::String;
            return parse_string(out.text);
        }
        if (literal("true")) { out.type = Json::Type::Bool; out.boolean = true; return true; }
        if (literal("false")) { out.type = Json::Type::Bool; out.boolean = false; return true; }
        if (literal("null")) { out.type = Json::Type::Null; return true; }
        if (c == '-' || (c >= '0' && c <= '9')) return parse_number(out);
        return fail(std::string("unexpected character '") + c + "'");
    }

    bool digit_at(size_t k) const { return k < s_.size() && s_[k] >= '0' && s_[k] <= '9'; }
    size_t digits_from(size_t k) const {
        while (digit_at(k)) ++k;
        return k;
    }

    // RFC 8259: -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)? — no hex, no leading zeros, no bare dot.
    bool parse_number(Json& out) {
        size_t end = pos_ + (s_[pos_] == '-' ? 1 : 0);
        if (!digit_at(end)) return fail("malformed number");
        if (s_[end] == '0' && end + 1 < s_.size() && (s_[end + 1] == 'x' || s_[end + 1] == 'X'))
            return fail("hexadecimal numbers are not JSON; write the number in decimal");
        if (s_[end] == '0' && digit_at(end + 1)) return fail("a number may not start with 0 followed by digits");
        end = digits_from(end);
        if (end < s_.size() && s_[end] == '.') {
            if (!digit_at(end + 1)) return fail("malformed number: a digit must follow the decimal point");
            end = digits_from(end + 1);
        }
        if (end < s_.size() && (s_[end] == 'e' || s_[end] == 'E')) {
            ++end;
            if (end < s_.size() && (s_[end] == '+' || s_[end] == '-')) ++end;
            if (!digit_at(end)) return fail("malformed number: digits must follow the exponent's e");
            end = digits_from(end);
        }
        const std::string span = s_.substr(pos_, end - pos_);
        char* parsed_end = nullptr;
        const double value = std::strtod(span.c_str(), &parsed_end);
        if (parsed_end != span.c_str() + span.size()) return fail("malformed number");
        if (!std::isfinite(value)) return fail("number too large");
        pos_ = end;
        out.type = Json::Type::Number;
        out.number = value;
        return true;
    }

    bool parse_string(std::string& out) {
        ++pos_;  // opening quote
        out.clear();
        while (pos_ < s_.size()) {
            const char c = s_[pos_++];
            if (c == '"') return true;
            if (static_cast<unsigned char>(c) < 0x20) return fail("control character inside a string");
            if (c != '\\') {
                out += c;
                continue;
            }
            if (pos_ >= s_.size()) break;
            const char e = s_[pos_++];
            switch (e) {
                case '"': out += '"'; break;
                case '\\': out += '\\'; break;
                case '/': out += '/'; break;
                case 'b': out += '\b'; break;
                case 'f': out += '\f'; break;
                case 'n': out += '\n'; break;
                case 'r': out += '\r'; break;
                case 't': out += '\t'; break;
                case 'u': {
                    if (pos_ + 4 > s_.size()) return fail("short \\u escape");
                    unsigned code = 0;
                    for (int k = 0; k < 4; ++k) {
                        const char h = s_[pos_++];
                        code <<= 4;
                        if (h >= '0' && h <= '9') code |= static_cast<unsigned>(h - '0');
                        else if (h >= 'a' && h <= 'f') code |= static_cast<unsigned>(h - 'a' + 10);
                        else if (h >= 'A' && h <= 'F') code |= static_cast<unsigned>(h - 'A' + 10);
                        else return fail("bad hex digit in \\u escape");
                    }
                    // UTF-8 encode (surrogate pairs are kept as two 3-byte sequences: enough for our files)
                    if (code < 0x80) {
                        out += static_cast<char>(code);
                    } else if (code < 0x800) {
                        out += static_cast<char>(0xC0 | (code >> 6));
                        out += static_cast<char>(0x80 | (code & 0x3F));
                    } else {
                        out += static_cast<char>(0xE0 | (code >> 12));
                        out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
                        out += static_cast<char>(0x80 | (code & 0x3F));
                    }
                    break;
                }
                default: return fail(std::string("unknown escape \\") + e);
            }
        }
        return fail("unterminated string");
    }

    bool parse_array(Json& out, int depth) {
        out.type = Json::Type::Array;
        ++pos_;
        skip_space();
        if (pos_ < s_.size() && s_[pos_] == ']') { ++pos_; return true; }
        while (true) {
            skip_space();
            out.items.emplace_back();
            if (!parse_value(out.items.back(), depth + 1)) return false;
            skip_space();
            if (pos_ < s_.size() && s_[pos_] == ',') { ++pos_; continue; }
            if (pos_ < s_.size() && s_[pos_] == ']') { ++pos_; return true; }
            return fail("expected ',' or ']' in an array");
        }
    }

    bool parse_object(Json& out, int depth) {
        out.type = Json::Type::Object;
        ++pos_;
        skip_space();
        if (pos_ < s_.size() && s_[pos_] == '}') { ++pos_; return true; }
        std::unordered_set<std::string> keys;  // a second value for a key would silently win: refused
        while (true) {
            skip_space();
            if (pos_ >= s_.size() || s_[pos_] != '"') return fail("expected a quoted key");
            const size_t key_at = pos_;
            std::string key;
            if (!parse_string(key)) return false;
            if (!keys.insert(key).second) {
                pos_ = key_at;
                return fail("duplicate key '" + key + "'");
            }
            skip_space();
            if (pos_ >= s_.size() || s_[pos_] != ':') return fail("expected ':' after a key");
            ++pos_;
            skip_space();
            Json value;
            if (!parse_value(value, depth + 1)) return false;
            out.members.emplace_back(std::move(key), std::move(value));
            skip_space();
            if (pos_ < s_.size() && s_[pos_] == ',') { ++pos_; continue; }
            if (pos_ < s_.size() && s_[pos_] == '}') { ++pos_; return true; }
            return fail("expected ',' or '}' in an object");
        }
    }

    const std::string& s_;
    size_t pos_ = 0;
    std::string error_;
};

}  // namespace

bool parse_json(const std::string& text, Json& out, std::string& error) {
    Json result;
    Parser parser(text);
    if (!parser.parse(result, error)) return false;
    out = std::move(result);
    return true;
}

std::string format_double(double value) {
    if (!std::isfinite(value)) return "null";
    char buffer[32];
    for (int digits = 15; digits <= 17; ++digits) {  // the fewest digits that read back to the same double
        std::snprintf(buffer, sizeof buffer, "%.*g", digits, value);
        if (std::strtod(buffer, nullptr) == value) break;
    }
    return buffer;
}

void JsonWriter::separate() {
    if (after_key_) {
        after_key_ = false;
        return;
    }
    if (!first_.empty()) {
        if (!first_.back()) out_ += ',';
        first_.back() = false;
    }
}

JsonWriter& JsonWriter::begin_object() { separate(); out_ += '{'; first_.push_back(true); return *this; }
JsonWriter& JsonWriter::end_object() { out_ += '}'; first_.pop_back(); return *this; }
JsonWriter& JsonWriter::begin_array() { separate(); out_ += '['; first_.push_back(true); return *this; }
JsonWriter& JsonWriter::end_array() { out_ += ']'; first_.pop_back(); return *this; }

JsonWriter& JsonWriter::key(const std::string& name) {
    value(name);
    out_ += ':';
    after_key_ = true;
    return *this;
}

JsonWriter& JsonWriter::value(double number) { separate(); out_ += format_double(number); return *this; }
JsonWriter& JsonWriter::value(long long number) { separate(); out_ += std::to_string(number); return *this; }
JsonWriter& JsonWriter::value(bool flag) { separate(); out_ += flag ? "true" : "false"; return *this; }
JsonWriter& JsonWriter::value_null() { separate(); out_ += "null"; return *this; }

JsonWriter& JsonWriter::value(const std::string& text) {
    separate();
    out_ += '"';
    for (const char c : text) {
        switch (c) {
            case '"': out_ += "\\\""; break;
            case '\\': out_ += "\\\\"; break;
            case '\n': out_ += "\\n"; break;
            case '\r': out_ += "\\r"; break;
            case '\t': out_ += "\\t"; break;
            default:
                if (static_cast<unsigned char>(c) < 0x20) {
                    char escaped[8];
                    std::snprintf(escaped, sizeof escaped, "\\u%04x", c);
                    out_ += escaped;
                } else {
                    out_ += c;
                }
        }
    }
    out_ += '"';
    return *this;
}

JsonWriter& JsonWriter::value(const JsonWriter& built) {
    const bool complete = !built.out_.empty() && built.first_.empty() && !built.after_key_;
    if (!complete) return value_null();
    separate();
    out_ += built.out_;
    return *this;
}

JsonWriter& JsonWriter::numbers(const std::vector<double>& values) {
    begin_array();
    for (double v : values) value(v);
    return end_array();
}

}  // namespace lab

#include "expression_reader.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace core {
namespace expression_reader {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_name_char(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || is_digit(c); }

// The character at `pos` as a message shows it: character 'é', control character 0x00, byte 0xFF (not UTF-8).
std::string describe_char(const std::string& text, size_t pos) {
    const unsigned char c = static_cast<unsigned char>(text[pos]);
    char hex[8];
    std::snprintf(hex, sizeof hex, "0x%02X", c);
    if (c < 0x20 || c == 0x7F) return std::string("control character ") + hex;
    const size_t length = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    bool valid = length > 0 && pos + length <= text.size();
    for (size_t i = 1; valid && i < length; ++i) valid = is_continuation(text[pos + i]);
    return valid ? "character '" + text.substr(pos, length) + "'" : std::string("byte ") + hex + " (not UTF-8)";
}

}  // namespace

bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

int column_of(const std::string& text, size_t offset) {
    int column = 1;
    for (size_t i = 0; i < offset && i < text.size(); ++i) column += is_continuation(text[i]) ? 0 : 1;
    return column;
}

Token lex_at(const std::string& text, size_t pos, bool lines_separate) {
    while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\t' || text[pos] == '\r' ||
                                 (text[pos] == '\n' && !lines_separate)))
        ++pos;
    Token t;
    t.begin = t.end = t.start = pos;
    auto symbol = [&](Tok kind, size_t bytes) { t.kind = kind; t.end = pos + bytes; return t; };
    auto bad = [&](Problem problem, size_t at) { t.kind = Tok::Bad; t.problem = problem; t.begin = at; return t; };
    if (pos >= text.size()) return t;
    const char c = text[pos];
    if (is_digit(c) || (c == '.' && pos + 1 < text.size() && is_digit(text[pos + 1]))) {
        size_t p = pos;
        while (p < text.size() && is_digit(text[p])) ++p;
        if (p < text.size() && text[p] == '.')
            for (++p; p < text.size() && is_digit(text[p]);) ++p;
        if (p < text.size() && (text[p] == 'e' || text[p] == 'E')) {
            size_t q = p + 1;
            if (q < text.size() && (text[q] == '+' || text[q] == '-')) ++q;
            if (q >= text.size() || !is_digit(text[q])) return bad(Problem::Exponent, q);
            for (p = q; p < text.size() && is_digit(text[p]);) ++p;
        }
        if (p < text.size() && text[p] == '.') return bad(Problem::Dot, p);
        t.end = p;
        t.number = std::strtod(text.substr(pos, p - pos).c_str(), nullptr);  // digits, '.' and 'e' only
        return std::isfinite(t.number) ? symbol(Tok::Number, p - pos) : bad(Problem::TooLarge, pos);
    }
    if (is_name_char(c)) {  // not a digit (taken above), so a name starts here
        size_t p = pos;
        while (p < text.size() && is_name_char(text[p])) ++p;
        return symbol(Tok::Name, p - pos);
    }
    const char ascii[] = "+-*/^(),=;\n";
    const Tok kinds[] = {Tok::Plus,   Tok::Minus,  Tok::Times, Tok::Divide, Tok::Power,    Tok::LParen,
                         Tok::RParen, Tok::Comma,  Tok::Assign, Tok::Separator, Tok::Separator};
    for (size_t i = 0; i + 1 < sizeof ascii; ++i)
        if (c == ascii[i]) return symbol(kinds[i], 1);
    // the lecture's symbols: × and · multiply, ÷ divides, − (U+2212) subtracts
    if (text.compare(pos, 2, "\xC3\x97") == 0 || text.compare(pos, 2, "\xC2\xB7") == 0) return symbol(Tok::Times, 2);
    if (text.compare(pos, 2, "\xC3\xB7") == 0) return symbol(Tok::Divide, 2);
    if (text.compare(pos, 3, "\xE2\x88\x92") == 0) return symbol(Tok::Minus, 3);
    return bad(Problem::Character, pos);
}

bool Reader::fail(size_t offset, const std::string& why) const {
    error_.offset = offset;
    error_.column = column_of(text_, offset);
    error_.message = column(offset) + ": " + why;
    return false;
}

bool Reader::fail_expected(const std::string& what) const {
    const Token& t = tok_;
    const std::string number = "'" + slice(t.start, t.problem == Problem::TooLarge ? t.end : t.begin) + "'";
    switch (t.problem) {
        case Problem::Character: return fail(t.begin, "unexpected " + describe_char(text_, t.begin));
        case Problem::Exponent: return fail(t.begin, "expected the exponent's digits in " + number);
        case Problem::Dot: return fail(t.begin, "unexpected '.' after the number " + number);
        case Problem::TooLarge: return fail(t.begin, "number too large: " + number);
        case Problem::None: break;
    }
    const std::string after = prev_.kind == Tok::End ? "" : " after " + quoted(prev_);
    const std::string found = t.kind == Tok::End ? ", but the text ends" : ", found " + quoted(t);
    return fail(t.begin, "expected " + what + after + found);
}

bool Reader::check_length() const {
    size_t offset = 0;
    for (int chars = 0; offset < text_.size(); ++offset)
        if (!is_continuation(text_[offset]) && ++chars > kMaxExpressionLength)
            return fail(offset, "too long: at most " + std::to_string(kMaxExpressionLength) + " characters");
    return true;
}

}  // namespace expression_reader
}  // namespace core

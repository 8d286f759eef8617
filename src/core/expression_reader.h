// The expression parser's tokens and its Reader: the token stream of a typed expression or variable list, with
// the error messages that name the column and what was found (core/expression.cpp parses on top of it).
// Internal to core: the UI and lab use core/expression.h.
#pragma once
#include <cstddef>
#include <string>

#include "expression.h"

namespace core {
namespace expression_reader {

enum class Tok { End, Number, Name, Plus, Minus, Times, Divide, Power, LParen, RParen, Comma, Assign, Separator, Bad };
enum class Problem { None, Character, Exponent, Dot, TooLarge };  // why a token is Bad

struct Token {
    Tok kind = Tok::End;
    size_t begin = 0, end = 0;  // byte span; for Bad, `begin` is where the problem is
    size_t start = 0;           // where the token began (to quote a bad number)
    double number = 0.0;
    Problem problem = Problem::None;
};

bool is_continuation(char c);  // a UTF-8 continuation byte

// Columns count code points: every byte that does not continue a UTF-8 sequence starts a new character.
int column_of(const std::string& text, size_t offset);

// A pure function of the position, so the parser can look one token further without lexer state.
// In a variable list a newline ends an item (`lines_separate`); in an expression it is white space.
Token lex_at(const std::string& text, size_t pos, bool lines_separate);

// The token stream and the error messages, shared by the expression and the variable-list parsers.
class Reader {
public:
    Reader(const std::string& text, bool lines_separate, ExpressionError& error)
        : text_(text), lines_(lines_separate), error_(error), tok_(lex_at(text, 0, lines_separate)) {}
    const Token& tok() const { return tok_; }
    Tok kind() const { return tok_.kind; }
    Tok next_kind() const { return lex_at(text_, tok_.end, lines_).kind; }
    void advance() { prev_ = tok_; tok_ = lex_at(text_, tok_.end, lines_); }
    std::string slice(size_t begin, size_t end) const { return text_.substr(begin, end - begin); }
    std::string quoted(const Token& t) const {
        return t.kind == Tok::End ? "the end" : "'" + slice(t.begin, t.end) + "'";
    }
    std::string column(size_t offset) const { return "column " + std::to_string(column_of(text_, offset)); }

    bool fail(size_t offset, const std::string& why) const;  // fills the error; returns false
    // What is wrong with a bad token, or "expected <what> after '+', found ')'".
    bool fail_expected(const std::string& what) const;
    bool check_length() const;  // at most kMaxExpressionLength characters

private:
    const std::string& text_;
    bool lines_;
    ExpressionError& error_;
    Token tok_, prev_;
};

}  // namespace expression_reader
}  // namespace core

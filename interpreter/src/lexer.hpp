// Lexer: Python source text to tokens, with INDENT/DEDENT and implicit line joining.
#pragma once
#include <string>
#include <vector>

namespace gilpy {

enum class Tok { Name, Int, Float, String, Bytes, Newline, Indent, Dedent, Op, End };

struct Token {
  Tok kind;
  std::string text;  // identifier, operator, number text, or decoded string contents
  int line;          // 1-based source line
  int col;           // 0-based column
};

// A syntax error found by the lexer, parser or compiler (a C++ error, not a Python one:
// it is reported by the caller as `File "x.py", line N` + message).
struct SyntaxErr {
  int line;
  std::string msg;
};

std::vector<Token> tokenize(const std::string& src);

}  // namespace gilpy

// Lexer: Python source text to tokens, with INDENT/DEDENT and implicit line joining.
// Strings are decoded here (escapes, adjacent literals are joined by the parser).
#include "lexer.hpp"

#include <cstring>

#include "runtime/float_format.hpp"

namespace gilpy {
namespace {

bool is_ident_start(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (unsigned char)c >= 0x80;
}
bool is_ident(char c) {
  return is_ident_start(c) || (c >= '0' && c <= '9');
}

void append_utf8(std::string& out, unsigned cp) { out += utf8_encode(cp); }

int hexval(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

class Lexer {
 public:
  explicit Lexer(const std::string& s) : src_(s) {}

  std::vector<Token> run() {
    indents_.push_back(0);
    bool at_line_start = true;
    while (pos_ < src_.size()) {
      if (at_line_start && depth_ != 0) at_line_start = false;
      if (at_line_start && depth_ == 0) {
        // Measure indentation; blank and comment-only lines do not count.
        int col = 0;
        size_t p = pos_;
        while (p < src_.size() && (src_[p] == ' ' || src_[p] == '\t' || src_[p] == '\f')) {
          col = src_[p] == '\t' ? (col / 8 + 1) * 8 : col + 1;
          p++;
        }
        if (p >= src_.size()) {
          pos_ = p;
          break;
        }
        if (src_[p] == '\n' || src_[p] == '#' || src_[p] == '\r' ||
            (src_[p] == '\\' && p + 1 < src_.size() && src_[p + 1] == '\n')) {
          pos_ = p;
          if (src_[p] == '#') skip_comment();
          if (pos_ < src_.size() && src_[pos_] == '\r') pos_++;
          if (pos_ < src_.size() && src_[pos_] == '\\') pos_ += 1;
          if (pos_ < src_.size() && src_[pos_] == '\n') {
            pos_++;
            line_++;
            line_start_ = pos_;
          }
          continue;
        }
        pos_ = p;
        if (col > indents_.back()) {
          indents_.push_back(col);
          push(Tok::Indent, "");
        } else {
          while (col < indents_.back()) {
            indents_.pop_back();
            push(Tok::Dedent, "");
          }
          if (col != indents_.back()) error("unindent does not match any outer indentation level");
        }
        at_line_start = false;
      }
      char c = src_[pos_];
      if (c == '\n') {
        pos_++;
        if (depth_ == 0) push(Tok::Newline, "");
        line_++;
        line_start_ = pos_;
        at_line_start = true;
        continue;
      }
      if (c == ' ' || c == '\t' || c == '\r' || c == '\f') {
        pos_++;
        continue;
      }
      if (c == '#') {
        skip_comment();
        continue;
      }
      if (c == '\\') {
        if (pos_ + 1 < src_.size() && src_[pos_ + 1] == '\n') {
          pos_ += 2;
          line_++;
          line_start_ = pos_;
          continue;
        }
        if (pos_ + 2 < src_.size() && src_[pos_ + 1] == '\r' && src_[pos_ + 2] == '\n') {
          pos_ += 3;
          line_++;
          line_start_ = pos_;
          continue;
        }
        error("unexpected character after line continuation character");
      }
      if (is_ident_start(c)) {
        size_t start = pos_;
        while (pos_ < src_.size() && is_ident(src_[pos_])) pos_++;
        std::string word = src_.substr(start, pos_ - start);
        // String prefixes.
        if (pos_ < src_.size() && (src_[pos_] == '\'' || src_[pos_] == '"') && word.size() <= 2) {
          std::string w;
          for (char ch : word) w += char(ch | 0x20);
          if (w == "r" || w == "b" || w == "br" || w == "rb" || w == "u") {
            lex_string(w.find('r') != std::string::npos, w.find('b') != std::string::npos);
            continue;
          }
          if (w == "f" || w == "rf" || w == "fr") error("f-strings are not supported");
        }
        push(Tok::Name, word, start);
        continue;
      }
      if ((c >= '0' && c <= '9') ||
          (c == '.' && pos_ + 1 < src_.size() && src_[pos_ + 1] >= '0' && src_[pos_ + 1] <= '9')) {
        lex_number();
        continue;
      }
      if (c == '\'' || c == '"') {
        lex_string(false, false);
        continue;
      }
      lex_op();
    }
    if (depth_ == 0 && !toks_.empty() && toks_.back().kind != Tok::Newline &&
        toks_.back().kind != Tok::Dedent && toks_.back().kind != Tok::Indent)
      push(Tok::Newline, "");
    if (depth_ != 0) error("unexpected EOF while parsing");
    while (indents_.size() > 1) {
      indents_.pop_back();
      push(Tok::Dedent, "");
    }
    push(Tok::End, "");
    return std::move(toks_);
  }

 private:
  [[noreturn]] void error(const std::string& msg) { throw SyntaxErr{line_, msg}; }

  void push(Tok k, std::string text, size_t start = std::string::npos) {
    int col = int((start == std::string::npos ? pos_ : start) - line_start_);
    toks_.push_back(Token{k, std::move(text), line_, col});
  }

  void skip_comment() {
    while (pos_ < src_.size() && src_[pos_] != '\n') pos_++;
  }

  void lex_number() {
    size_t start = pos_;
    int line = line_;
    auto digits = [&](auto ok) {
      while (pos_ < src_.size() && (ok(src_[pos_]) || src_[pos_] == '_')) {
        if (src_[pos_] == '_' && (pos_ + 1 >= src_.size() || !ok(src_[pos_ + 1])))
          error("invalid decimal literal");
        pos_++;
      }
    };
    auto dec = [](char ch) { return ch >= '0' && ch <= '9'; };
    if (src_[pos_] == '0' && pos_ + 1 < src_.size() && strchr("xXoObB", src_[pos_ + 1]) &&
        src_[pos_ + 1] != 0) {
      char k = char(src_[pos_ + 1] | 0x20);
      pos_ += 2;
      size_t body = pos_;
      if (k == 'x') digits([](char ch) { return hexval(ch) >= 0; });
      if (k == 'o') digits([](char ch) { return ch >= '0' && ch <= '7'; });
      if (k == 'b') digits([](char ch) { return ch == '0' || ch == '1'; });
      if (pos_ == body) error("invalid number literal");
      if (pos_ < src_.size() && is_ident(src_[pos_])) error("invalid number literal");
      std::string t;
      for (size_t i = start; i < pos_; i++)
        if (src_[i] != '_') t += src_[i];
      toks_.push_back(Token{Tok::Int, t, line, int(start - line_start_)});
      return;
    }
    bool is_float = false;
    digits(dec);
    if (pos_ < src_.size() && src_[pos_] == '.') {
      is_float = true;
      pos_++;
      digits(dec);
    }
    if (pos_ < src_.size() && (src_[pos_] == 'e' || src_[pos_] == 'E')) {
      size_t save = pos_;
      pos_++;
      if (pos_ < src_.size() && (src_[pos_] == '+' || src_[pos_] == '-')) pos_++;
      if (pos_ < src_.size() && dec(src_[pos_])) {
        is_float = true;
        digits(dec);
      } else {
        pos_ = save;
      }
    }
    if (pos_ < src_.size() && (src_[pos_] == 'j' || src_[pos_] == 'J'))
      error("complex numbers are not supported");
    if (pos_ < src_.size() && is_ident(src_[pos_])) error("invalid decimal literal");
    std::string t;
    for (size_t i = start; i < pos_; i++)
      if (src_[i] != '_') t += src_[i];
    if (!is_float && t.size() > 1 && t[0] == '0') {
      for (char ch : t)
        if (ch != '0') error("leading zeros in decimal integer literals are not permitted");
    }
    toks_.push_back(Token{is_float ? Tok::Float : Tok::Int, t, line, int(start - line_start_)});
  }

  void lex_string(bool raw, bool bytes) {
    size_t start = pos_;
    int line = line_;
    char q = src_[pos_];
    bool triple = pos_ + 2 < src_.size() && src_[pos_ + 1] == q && src_[pos_ + 2] == q;
    pos_ += triple ? 3 : 1;
    std::string out;
    for (;;) {
      if (pos_ >= src_.size()) {
        line_ = line;
        error(triple ? "unterminated triple-quoted string literal" : "unterminated string literal");
      }
      char c = src_[pos_];
      if (c == q) {
        if (!triple) {
          pos_++;
          break;
        }
        if (pos_ + 2 < src_.size() && src_[pos_ + 1] == q && src_[pos_ + 2] == q) {
          pos_ += 3;
          break;
        }
        out += c;
        pos_++;
        continue;
      }
      if (c == '\n') {
        if (!triple) error("unterminated string literal");
        out += c;
        pos_++;
        line_++;
        line_start_ = pos_;
        continue;
      }
      if (c == '\\') {
        if (pos_ + 1 >= src_.size()) error("unterminated string literal");
        char e = src_[pos_ + 1];
        if (raw) {
          out += c;
          out += e;
          if (e == '\n') {
            line_++;
            line_start_ = pos_ + 2;
          }
          pos_ += 2;
          continue;
        }
        pos_ += 2;
        switch (e) {
          case '\n':
            line_++;
            line_start_ = pos_;
            break;
          case 'n':
            out += '\n';
            break;
          case 't':
            out += '\t';
            break;
          case 'r':
            out += '\r';
            break;
          case '\\':
            out += '\\';
            break;
          case '\'':
            out += '\'';
            break;
          case '"':
            out += '"';
            break;
          case 'a':
            out += '\a';
            break;
          case 'b':
            out += '\b';
            break;
          case 'f':
            out += '\f';
            break;
          case 'v':
            out += '\v';
            break;
          case '0':
          case '1':
          case '2':
          case '3':
          case '4':
          case '5':
          case '6':
          case '7': {
            unsigned v = unsigned(e - '0');
            for (int k = 0; k < 2 && pos_ < src_.size() && src_[pos_] >= '0' && src_[pos_] <= '7';
                 k++)
              v = v * 8 + unsigned(src_[pos_++] - '0');
            if (bytes)
              out += char(v & 0xFF);
            else
              append_utf8(out, v);
            break;
          }
          case 'x':
          case 'u':
          case 'U': {
            int n = e == 'x' ? 2 : e == 'u' ? 4 : 8;
            if (bytes && e != 'x') {
              out += '\\';
              out += e;
              break;
            }
            unsigned v = 0;
            for (int k = 0; k < n; k++) {
              if (pos_ >= src_.size() || hexval(src_[pos_]) < 0) error("truncated \\xXX escape");
              v = v * 16 + unsigned(hexval(src_[pos_++]));
            }
            if (v > 0x10FFFF) error("illegal Unicode character");
            if (bytes)
              out += char(v);
            else
              append_utf8(out, v);
            break;
          }
          default:
            out += '\\';
            out += e;
        }
        continue;
      }
      out += c;
      pos_++;
    }
    toks_.push_back(Token{bytes ? Tok::Bytes : Tok::String, out, line, int(start - line_start_)});
  }

  void lex_op() {
    static const char* three[] = {"**=", "//=", ">>=", "<<=", "...", nullptr};
    static const char* two[] = {"**", "//", "<<", ">>", "<=", ">=", "==", "!=", "->", "+=",
                                "-=", "*=", "/=", "%=", "&=", "|=", "^=", ":=", "@=", nullptr};
    for (const char** p = three; *p; p++)
      if (src_.compare(pos_, 3, *p) == 0) {
        push(Tok::Op, *p);
        pos_ += 3;
        return;
      }
    for (const char** p = two; *p; p++)
      if (src_.compare(pos_, 2, *p) == 0) {
        push(Tok::Op, *p);
        pos_ += 2;
        return;
      }
    char c = src_[pos_];
    if (!strchr("+-*/%&|^~<>()[]{},:;.=@", c) || c == 0) {
      error(std::string("invalid character '") + c + "'");
    }
    if (c == '(' || c == '[' || c == '{') depth_++;
    if (c == ')' || c == ']' || c == '}') {
      if (depth_ == 0) error(std::string("unmatched '") + c + "'");
      depth_--;
    }
    push(Tok::Op, std::string(1, c));
    pos_++;
  }

  const std::string& src_;
  size_t pos_ = 0;
  size_t line_start_ = 0;
  int line_ = 1;
  int depth_ = 0;  // bracket nesting: newlines inside brackets are ignored
  std::vector<int> indents_;
  std::vector<Token> toks_;
};

}  // namespace

std::vector<Token> tokenize(const std::string& src) {
  return Lexer(src).run();
}

}  // namespace gilpy

// The recursive-descent parser's class, shared by parser.cpp (statements) and
// parser_expr.cpp (expressions). Internal to the parser: use parse() (ast.hpp).
#pragma once
#include <string>
#include <vector>

#include "ast.hpp"
#include "lexer.hpp"
#include "object.hpp"

namespace gilpy::detail {

class Parser {
 public:
  Parser(std::vector<Token> toks, Ast& ast) : t_(std::move(toks)), ast_(ast) {}

  Node* file();

 private:
  // ---- token helpers ----
  const Token& cur() const { return t_[pos_]; }
  bool at(Tok k) const { return cur().kind == k; }
  bool at_op(const char* s) const { return cur().kind == Tok::Op && cur().text == s; }
  bool at_kw(const char* s) const { return cur().kind == Tok::Name && cur().text == s; }
  bool accept_op(const char* s);
  bool accept_kw(const char* s);
  void expect_op(const char* s);
  void expect_kw(const char* s);
  std::string name();
  int line() const { return cur().line; }
  [[noreturn]] void error(const std::string& msg) {
    if (at(Tok::Indent) && msg == "invalid syntax")
      throw SyntaxErr{cur().line, "unexpected indent"};
    throw SyntaxErr{cur().line, msg};
  }
  Node* make(NK k, int ln) { return ast_.make(k, ln); }
  void enter() {
    if (++depth_ > 200) error("too many nested parentheses");
  }
  struct Guard {
    Parser* p;
    ~Guard() { p->depth_--; }
  };

  // ---- statements ----
  void statement(std::vector<Node*>& out);

  void simple_stmts(std::vector<Node*>& out);

  std::vector<Node*> block();

  Node* small_stmt();

  std::string describe(Node* e);

  void check_target(Node* t, bool del);

  std::string dotted_name();

  Node* if_stmt();
  Node* while_stmt();
  Node* for_stmt();
  Node* try_stmt();
  Node* with_stmt();
  Node* decorated();
  Node* funcdef(std::vector<Node*> decos);
  std::vector<Node*> params(const char* close);
  Node* classdef(std::vector<Node*> decos);

  // ---- expressions ----
  Node* namedexpr();

  Node* testlist_star();
  Node* testlist() { return testlist_star(); }
  bool ends_list() const;
  Node* exprlist();
  Node* star_expr();
  Node* yield_expr();

  Node* test();
  Node* test_nocond();
  Node* lambdef(bool cond);
  Node* or_test();
  Node* and_test();
  Node* not_test();
  Node* comparison();
  Node* binary(Node* (Parser::*sub)(), std::initializer_list<std::pair<const char*, int>> ops);
  Node* expr() { return binary(&Parser::xor_expr, {{"|", kOr}}); }
  Node* xor_expr() { return binary(&Parser::and_expr, {{"^", kXor}}); }
  Node* and_expr() { return binary(&Parser::shift_expr, {{"&", kAnd}}); }
  Node* shift_expr() { return binary(&Parser::arith, {{"<<", kLShift}, {">>", kRShift}}); }
  Node* arith() { return binary(&Parser::term, {{"+", kAdd}, {"-", kSub}}); }
  Node* term();
  Node* factor();
  Node* power();
  Node* atom_expr();
  void arglist(Node* call);
  Node* subscriptlist();
  Node* subscript();
  void comp_for(std::vector<Node*>& gens);
  Node* atom();

  std::vector<Token> t_;
  Ast& ast_;
  size_t pos_ = 0;
  int depth_ = 0;  // recursion guard: deep nesting is a SyntaxError, never a crash
};

}  // namespace gilpy::detail

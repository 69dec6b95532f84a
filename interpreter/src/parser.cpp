// Parser: tokens to AST by recursive descent over Python's grammar (the subset of
// shared/specs/workloads.md §4.1). Errors are SyntaxErr with the offending line.
#include <set>

#include "ast.hpp"
#include "lexer.hpp"
#include "object.hpp"

namespace gilpy {
namespace {

const std::set<std::string> kKeywords = {
    "False", "None",     "True",  "and",    "as",   "assert", "async",  "await",    "break",
    "class", "continue", "def",   "del",    "elif", "else",   "except", "finally",  "for",
    "from",  "global",   "if",    "import", "in",   "is",     "lambda", "nonlocal", "not",
    "or",    "pass",     "raise", "return", "try",  "while",  "with",   "yield"};

class Parser {
 public:
  Parser(std::vector<Token> toks, Ast& ast) : t_(std::move(toks)), ast_(ast) {}

  Node* file() {
    Node* m = ast_.make(NK::Module, 1);
    while (!at(Tok::End)) {
      if (at(Tok::Newline)) {
        pos_++;
        continue;
      }
      if (at(Tok::Indent)) error("unexpected indent");
      statement(m->a);
    }
    return m;
  }

 private:
  // ---- token helpers ----
  const Token& cur() const { return t_[pos_]; }
  bool at(Tok k) const { return cur().kind == k; }
  bool at_op(const char* s) const { return cur().kind == Tok::Op && cur().text == s; }
  bool at_kw(const char* s) const { return cur().kind == Tok::Name && cur().text == s; }
  bool accept_op(const char* s) {
    if (!at_op(s)) return false;
    pos_++;
    return true;
  }
  bool accept_kw(const char* s) {
    if (!at_kw(s)) return false;
    pos_++;
    return true;
  }
  void expect_op(const char* s) {
    if (!accept_op(s)) {
      if (at(Tok::Newline) || at(Tok::End)) error(std::string("expected '") + s + "'");
      error("invalid syntax");
    }
  }
  void expect_kw(const char* s) {
    if (!accept_kw(s)) error("invalid syntax");
  }
  std::string name() {
    if (!at(Tok::Name) || kKeywords.count(cur().text)) error("invalid syntax");
    return t_[pos_++].text;
  }
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
  void statement(std::vector<Node*>& out) {
    enter();
    Guard g{this};
    if (at(Tok::Name)) {
      const std::string& w = cur().text;
      if (w == "if") return out.push_back(if_stmt());
      if (w == "while") return out.push_back(while_stmt());
      if (w == "for") return out.push_back(for_stmt());
      if (w == "try") return out.push_back(try_stmt());
      if (w == "with") return out.push_back(with_stmt());
      if (w == "def") return out.push_back(funcdef({}));
      if (w == "class") return out.push_back(classdef({}));
    }
    if (at_op("@")) return out.push_back(decorated());
    simple_stmts(out);
  }

  void simple_stmts(std::vector<Node*>& out) {
    for (;;) {
      out.push_back(small_stmt());
      if (!accept_op(";")) break;
      if (at(Tok::Newline)) break;
    }
    if (!at(Tok::Newline)) error("invalid syntax");
    pos_++;
  }

  std::vector<Node*> block() {
    std::vector<Node*> body;
    expect_op(":");
    if (at(Tok::Newline)) {
      pos_++;
      if (!at(Tok::Indent)) error("expected an indented block");
      pos_++;
      while (!at(Tok::Dedent) && !at(Tok::End)) statement(body);
      if (at(Tok::Dedent)) pos_++;
    } else {
      simple_stmts(body);
    }
    return body;
  }

  Node* small_stmt() {
    int ln = line();
    if (accept_kw("pass")) return make(NK::Pass, ln);
    if (accept_kw("break")) return make(NK::Break, ln);
    if (accept_kw("continue")) return make(NK::Continue, ln);
    if (accept_kw("return")) {
      Node* n = make(NK::Return, ln);
      if (!at(Tok::Newline) && !at_op(";")) n->x = testlist_star();
      return n;
    }
    if (accept_kw("raise")) {
      Node* n = make(NK::Raise, ln);
      if (!at(Tok::Newline) && !at_op(";")) {
        n->x = test();
        if (accept_kw("from")) n->y = test();
      }
      return n;
    }
    if (at_kw("global") || at_kw("nonlocal")) {
      Node* n = make(at_kw("global") ? NK::Global : NK::Nonlocal, ln);
      pos_++;
      do n->names.push_back(name());
      while (accept_op(","));
      return n;
    }
    if (accept_kw("del")) {
      Node* n = make(NK::Del, ln);
      Node* t = exprlist();
      if (t->kind == NK::Tuple && !t->s.empty())
        n->a = t->a;
      else
        n->a.push_back(t);
      for (Node* e : n->a) check_target(e, true);
      return n;
    }
    if (accept_kw("assert")) {
      Node* n = make(NK::Assert, ln);
      n->x = test();
      if (accept_op(",")) n->y = test();
      return n;
    }
    if (accept_kw("import")) {
      Node* n = make(NK::Import, ln);
      do {
        n->names.push_back(dotted_name());
        n->names2.push_back(accept_kw("as") ? name() : "");
      } while (accept_op(","));
      return n;
    }
    if (accept_kw("from")) {
      Node* n = make(NK::ImportFrom, ln);
      if (at_op(".")) error("relative imports are not supported");
      n->s = dotted_name();
      expect_kw("import");
      if (at_op("*")) error("'import *' is not supported");
      bool paren = accept_op("(");
      do {
        if (paren && at_op(")")) break;
        n->names.push_back(name());
        n->names2.push_back(accept_kw("as") ? name() : "");
      } while (accept_op(","));
      if (paren) expect_op(")");
      return n;
    }
    // Expression statement, assignment or augmented assignment.
    Node* first = at_kw("yield") ? yield_expr() : testlist_star();
    static const char* aug[] = {
        "+=", "-=", "*=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^=", "@=", nullptr};
    static const int aug_op[] = {kAdd,    kSub,    kMul, kTrueDiv, kFloorDiv, kMod,   kPow,
                                 kLShift, kRShift, kAnd, kOr,      kXor,      kMatMul};
    for (int i = 0; aug[i]; i++) {
      if (at_op(aug[i])) {
        pos_++;
        if (first->kind != NK::Name && first->kind != NK::Attribute && first->kind != NK::Subscript)
          throw SyntaxErr{
              ln, "'" + describe(first) + "' is an illegal expression for augmented assignment"};
        Node* n = make(NK::AugAssign, ln);
        n->x = first;
        n->op = aug_op[i];
        n->y = at_kw("yield") ? yield_expr() : testlist();
        return n;
      }
    }
    if (at_op(":")) error("annotations are not supported");
    if (at_op("=")) {
      Node* n = make(NK::Assign, ln);
      n->a.push_back(first);
      Node* value = nullptr;
      while (accept_op("=")) {
        value = at_kw("yield") ? yield_expr() : testlist_star();
        if (at_op("=")) n->a.push_back(value);
      }
      n->x = value;
      for (Node* t : n->a) check_target(t, false);
      return n;
    }
    Node* n = make(NK::ExprStmt, ln);
    n->x = first;
    return n;
  }

  std::string describe(Node* e) {
    switch (e->kind) {
      case NK::Call:
        return "function call";
      case NK::Const:
        return e->op == 0 ? "None" : e->op == 1 ? "True" : e->op == 2 ? "False" : "ellipsis";
      case NK::Int:
      case NK::Float:
      case NK::Str:
      case NK::Bytes:
        return "literal";
      case NK::BinOp:
      case NK::UnaryOp:
        return "expression";
      case NK::Compare:
        return "comparison";
      case NK::Lambda:
        return "lambda";
      case NK::Tuple:
        return "tuple";
      case NK::List:
        return "list";
      default:
        return "expression";
    }
  }

  void check_target(Node* t, bool del) {
    switch (t->kind) {
      case NK::Name:
        if (t->s == "__debug__") throw SyntaxErr{t->line, "cannot assign to __debug__"};
        return;
      case NK::Attribute:
      case NK::Subscript:
        return;
      case NK::Tuple:
      case NK::List:
        for (Node* e : t->a) check_target(e, del);
        return;
      case NK::Starred:
        if (del) break;
        throw SyntaxErr{t->line, "starred assignment targets are not supported"};
      default:
        break;
    }
    throw SyntaxErr{t->line,
                    std::string("cannot ") + (del ? "delete " : "assign to ") + describe(t)};
  }

  std::string dotted_name() {
    std::string s = name();
    while (accept_op(".")) s += "." + name();
    return s;
  }

  Node* if_stmt() {
    Node* n = make(NK::If, line());
    pos_++;  // if / elif
    n->x = namedexpr();
    n->a = block();
    if (at_kw("elif")) {
      n->b.push_back(if_stmt());
    } else if (accept_kw("else")) {
      n->b = block();
    }
    return n;
  }
  Node* while_stmt() {
    Node* n = make(NK::While, line());
    pos_++;
    n->x = namedexpr();
    n->a = block();
    if (accept_kw("else")) n->b = block();
    return n;
  }
  Node* for_stmt() {
    Node* n = make(NK::For, line());
    pos_++;
    n->x = exprlist();
    check_target(n->x, false);
    expect_kw("in");
    n->y = testlist();
    n->a = block();
    if (accept_kw("else")) n->b = block();
    return n;
  }
  Node* try_stmt() {
    Node* n = make(NK::Try, line());
    pos_++;
    n->a = block();
    while (at_kw("except")) {
      Node* h = make(NK::ExceptHandler, line());
      pos_++;
      if (!at_op(":")) {
        h->x = test();
        if (accept_kw("as"))
          h->s = name();
        else if (accept_op(","))
          error("multiple exception types must be parenthesized");
      }
      h->a = block();
      n->b.push_back(h);
    }
    if (!n->b.empty() && accept_kw("else")) n->c = block();
    if (accept_kw("finally")) n->d = block();
    if (n->b.empty() && n->d.empty()) error("expected 'except' or 'finally' block");
    return n;
  }
  Node* with_stmt() {
    Node* n = make(NK::With, line());
    pos_++;
    do {
      Node* item = make(NK::WithItem, line());
      item->x = test();
      if (accept_kw("as")) {
        item->y = expr();
        check_target(item->y, false);
      }
      n->a.push_back(item);
    } while (accept_op(","));
    n->b = block();
    return n;
  }
  Node* decorated() {
    std::vector<Node*> decos;
    while (accept_op("@")) {
      decos.push_back(namedexpr());
      if (!at(Tok::Newline)) error("invalid syntax");
      pos_++;
    }
    if (at_kw("def")) return funcdef(decos);
    if (at_kw("class")) return classdef(decos);
    error("invalid syntax");
  }
  Node* funcdef(std::vector<Node*> decos) {
    Node* n = make(NK::FunctionDef, line());
    pos_++;
    n->s = name();
    n->c = std::move(decos);
    expect_op("(");
    n->a = params(")");
    expect_op(")");
    if (accept_op("->")) error("annotations are not supported");
    n->b = block();
    return n;
  }
  std::vector<Node*> params(const char* close) {
    std::vector<Node*> out;
    std::set<std::string> seen;
    bool seen_default = false, seen_star = false, seen_kwargs = false;
    while (!at_op(close)) {
      Node* p = make(NK::Arg, line());
      if (seen_kwargs) error("arguments cannot follow var-keyword argument");
      if (accept_op("**")) {
        p->op = 2;
        seen_kwargs = true;
      } else if (accept_op("*")) {
        if (seen_star) error("* argument may appear only once");
        if (at_op(",") || at_op(close)) error("keyword-only parameters are not supported");
        p->op = 1;
        seen_star = true;
      } else if (seen_star) {
        error("keyword-only parameters are not supported");
      }
      p->s = name();
      if (at_op(":") && std::string(close) == ")") error("annotations are not supported");
      if (!seen.insert(p->s).second)
        error("duplicate argument '" + p->s + "' in function definition");
      if (p->op == 0 && accept_op("=")) {
        p->x = test();
        seen_default = true;
      } else if (p->op == 0 && seen_default) {
        error("non-default argument follows default argument");
      }
      out.push_back(p);
      if (!accept_op(",")) break;
    }
    return out;
  }
  Node* classdef(std::vector<Node*> decos) {
    Node* n = make(NK::ClassDef, line());
    pos_++;
    n->s = name();
    n->c = std::move(decos);
    if (accept_op("(")) {
      while (!at_op(")")) {
        if (at(Tok::Name) && t_[pos_ + 1].kind == Tok::Op && t_[pos_ + 1].text == "=")
          error("class keywords are not supported");
        n->a.push_back(test());
        if (!accept_op(",")) break;
      }
      expect_op(")");
    }
    n->b = block();
    return n;
  }

  // ---- expressions ----
  Node* namedexpr() {
    Node* e = test();
    if (at_op(":=")) error("the walrus operator is not supported");
    return e;
  }

  Node* testlist_star() {  // testlist_star_expr: tuples without parentheses, starred allowed
    int ln = line();
    Node* first = at_op("*") ? star_expr() : test();
    if (!at_op(",")) return first;
    Node* t = make(NK::Tuple, ln);
    t->s = "bare";
    t->a.push_back(first);
    while (accept_op(",")) {
      if (ends_list()) break;
      t->a.push_back(at_op("*") ? star_expr() : test());
    }
    return t;
  }
  Node* testlist() { return testlist_star(); }
  bool ends_list() const {
    return at(Tok::Newline) || at_op("=") || at_op(")") || at_op("]") || at_op("}") || at_op(":") ||
           at_op(";") || at_kw("in") || at(Tok::End) ||
           (cur().kind == Tok::Op && cur().text.size() >= 2 && cur().text.back() == '=' &&
            cur().text != "==" && cur().text != "<=" && cur().text != ">=" && cur().text != "!=");
  }
  Node* exprlist() {
    int ln = line();
    Node* first = at_op("*") ? star_expr() : expr();
    if (!at_op(",")) return first;
    Node* t = make(NK::Tuple, ln);
    t->s = "bare";
    t->a.push_back(first);
    while (accept_op(",")) {
      if (ends_list()) break;
      t->a.push_back(at_op("*") ? star_expr() : expr());
    }
    return t;
  }
  Node* star_expr() {
    Node* n = make(NK::Starred, line());
    expect_op("*");
    n->x = expr();
    return n;
  }
  Node* yield_expr() {
    int ln = line();
    expect_kw("yield");
    if (accept_kw("from")) {
      Node* n = make(NK::YieldFrom, ln);
      n->x = test();
      return n;
    }
    Node* n = make(NK::Yield, ln);
    if (!at(Tok::Newline) && !at_op(")") && !at_op(";") && !at_op("=") && !at_op("]") &&
        !at_op("}"))
      n->x = testlist_star();
    return n;
  }

  Node* test() {
    enter();
    Guard g{this};
    if (at_kw("lambda")) return lambdef(true);
    Node* e = or_test();
    if (at_kw("if")) {
      int ln = line();
      pos_++;
      Node* n = make(NK::IfExp, ln);
      n->y = e;
      n->x = or_test();
      expect_kw("else");
      n->z = test();
      return n;
    }
    return e;
  }
  Node* test_nocond() {
    if (at_kw("lambda")) return lambdef(false);
    return or_test();
  }
  Node* lambdef(bool cond) {
    Node* n = make(NK::Lambda, line());
    pos_++;
    n->a = params(":");
    expect_op(":");
    n->x = cond ? test() : test_nocond();
    return n;
  }
  Node* or_test() {
    Node* e = and_test();
    if (!at_kw("or")) return e;
    Node* n = make(NK::BoolOp, e->line);
    n->op = 1;
    n->a.push_back(e);
    while (accept_kw("or")) n->a.push_back(and_test());
    return n;
  }
  Node* and_test() {
    Node* e = not_test();
    if (!at_kw("and")) return e;
    Node* n = make(NK::BoolOp, e->line);
    n->op = 0;
    n->a.push_back(e);
    while (accept_kw("and")) n->a.push_back(not_test());
    return n;
  }
  Node* not_test() {
    if (at_kw("not")) {
      enter();
      Guard g{this};
      Node* n = make(NK::UnaryOp, line());
      pos_++;
      n->op = kNot;
      n->x = not_test();
      return n;
    }
    return comparison();
  }
  Node* comparison() {
    Node* e = expr();
    Node* n = nullptr;
    for (;;) {
      int op = -1;
      if (at_op("<"))
        op = kLt;
      else if (at_op("<="))
        op = kLe;
      else if (at_op("=="))
        op = kEq;
      else if (at_op("!="))
        op = kNe;
      else if (at_op(">"))
        op = kGt;
      else if (at_op(">="))
        op = kGe;
      else if (at_kw("in"))
        op = 10;
      else if (at_kw("is"))
        op = 12;
      else if (at_kw("not") && t_[pos_ + 1].kind == Tok::Name && t_[pos_ + 1].text == "in") {
        op = 11;
        pos_++;
      }
      if (op < 0) break;
      pos_++;
      if (op == 12 && accept_kw("not")) op = 13;
      if (!n) {
        n = make(NK::Compare, e->line);
        n->x = e;
      }
      n->ops.push_back(op);
      n->a.push_back(expr());
    }
    return n ? n : e;
  }
  Node* binary(Node* (Parser::*sub)(), std::initializer_list<std::pair<const char*, int>> ops) {
    Node* e = (this->*sub)();
    for (;;) {
      int op = -1;
      for (auto& [s, o] : ops)
        if (at_op(s)) op = o;
      if (op < 0) return e;
      int ln = line();
      pos_++;
      Node* n = make(NK::BinOp, ln);
      n->op = op;
      n->x = e;
      n->y = (this->*sub)();
      e = n;
    }
  }
  Node* expr() { return binary(&Parser::xor_expr, {{"|", kOr}}); }
  Node* xor_expr() { return binary(&Parser::and_expr, {{"^", kXor}}); }
  Node* and_expr() { return binary(&Parser::shift_expr, {{"&", kAnd}}); }
  Node* shift_expr() { return binary(&Parser::arith, {{"<<", kLShift}, {">>", kRShift}}); }
  Node* arith() { return binary(&Parser::term, {{"+", kAdd}, {"-", kSub}}); }
  Node* term() {
    return binary(&Parser::factor,
                  {{"*", kMul}, {"/", kTrueDiv}, {"//", kFloorDiv}, {"%", kMod}, {"@", kMatMul}});
  }
  Node* factor() {
    int op = -1;
    if (at_op("-"))
      op = kNeg;
    else if (at_op("+"))
      op = kPos;
    else if (at_op("~"))
      op = kInvert;
    if (op >= 0) {
      enter();
      Guard g{this};
      Node* n = make(NK::UnaryOp, line());
      pos_++;
      n->op = op;
      n->x = factor();
      return n;
    }
    return power();
  }
  Node* power() {
    Node* e = atom_expr();
    if (at_op("**")) {
      enter();
      Guard g{this};
      Node* n = make(NK::BinOp, line());
      pos_++;
      n->op = kPow;
      n->x = e;
      n->y = factor();
      return n;
    }
    return e;
  }
  Node* atom_expr() {
    if (at_kw("await")) error("await is not supported");
    Node* e = atom();
    for (;;) {
      int ln = line();
      if (accept_op("(")) {
        enter();
        Guard g{this};
        Node* n = make(NK::Call, ln);
        n->x = e;
        arglist(n);
        expect_op(")");
        e = n;
      } else if (accept_op("[")) {
        enter();
        Guard g{this};
        Node* n = make(NK::Subscript, ln);
        n->x = e;
        n->y = subscriptlist();
        expect_op("]");
        e = n;
      } else if (accept_op(".")) {
        Node* n = make(NK::Attribute, ln);
        n->x = e;
        n->s = name();
        e = n;
      } else {
        return e;
      }
    }
  }
  void arglist(Node* call) {
    bool seen_kw = false;
    while (!at_op(")")) {
      int ln = line();
      if (accept_op("**")) {
        Node* k = make(NK::Keyword, ln);
        k->x = test();
        call->b.push_back(k);
        seen_kw = true;
      } else if (accept_op("*")) {
        Node* s = make(NK::Starred, ln);
        s->x = test();
        if (seen_kw) error("iterable argument unpacking follows keyword argument unpacking");
        call->a.push_back(s);
      } else if (at(Tok::Name) && t_[pos_ + 1].kind == Tok::Op && t_[pos_ + 1].text == "=") {
        Node* k = make(NK::Keyword, ln);
        k->s = name();
        pos_++;
        k->x = test();
        for (Node* o : call->b)
          if (o->s == k->s) throw SyntaxErr{ln, "keyword argument repeated: " + k->s};
        call->b.push_back(k);
        seen_kw = true;
      } else {
        Node* e = test();
        if (at_kw("for")) {
          Node* g = make(NK::GenExp, ln);
          g->x = e;
          comp_for(g->a);
          if (!call->a.empty() || !call->b.empty() || at_op(",")) {
            if (!(at_op(",") && t_[pos_ + 1].kind == Tok::Op && t_[pos_ + 1].text == ")" &&
                  call->a.empty() && call->b.empty()))
              error("Generator expression must be parenthesized");
          }
          e = g;
        } else if (at_op("=")) {
          error("expression cannot contain assignment, perhaps you meant \"==\"?");
        }
        if (seen_kw) error("positional argument follows keyword argument");
        call->a.push_back(e);
      }
      if (!accept_op(",")) break;
    }
  }
  Node* subscriptlist() {
    int ln = line();
    Node* first = subscript();
    if (!at_op(",")) return first;
    Node* t = make(NK::Tuple, ln);
    t->a.push_back(first);
    while (accept_op(",")) {
      if (at_op("]")) break;
      t->a.push_back(subscript());
    }
    return t;
  }
  Node* subscript() {
    int ln = line();
    Node* lo = nullptr;
    if (!at_op(":")) {
      lo = test();
      if (!at_op(":")) return lo;
    }
    Node* s = make(NK::Slice, ln);
    s->x = lo;
    expect_op(":");
    if (!at_op(":") && !at_op("]") && !at_op(",")) s->y = test();
    if (accept_op(":")) {
      if (!at_op("]") && !at_op(",")) s->z = test();
    }
    return s;
  }
  void comp_for(std::vector<Node*>& gens) {
    while (at_kw("for")) {
      if (at_kw("async")) error("async comprehensions are not supported");
      Node* c = make(NK::Comprehension, line());
      pos_++;
      c->x = exprlist();
      check_target(c->x, false);
      expect_kw("in");
      c->y = or_test();
      while (at_kw("if")) {
        pos_++;
        c->a.push_back(test_nocond());
      }
      gens.push_back(c);
    }
  }
  Node* atom() {
    int ln = line();
    const Token& tk = cur();
    switch (tk.kind) {
      case Tok::Int: {
        Node* n = make(NK::Int, ln);
        n->s = tk.text;
        pos_++;
        return n;
      }
      case Tok::Float: {
        Node* n = make(NK::Float, ln);
        n->f = strtod(tk.text.c_str(), nullptr);
        pos_++;
        return n;
      }
      case Tok::String:
      case Tok::Bytes: {
        Node* n = make(tk.kind == Tok::String ? NK::Str : NK::Bytes, ln);
        while (at(Tok::String) || at(Tok::Bytes)) {
          if ((cur().kind == Tok::Bytes) != (n->kind == NK::Bytes))
            error("cannot mix bytes and nonbytes literals");
          n->s += cur().text;
          pos_++;
        }
        return n;
      }
      case Tok::Name: {
        const std::string& w = tk.text;
        if (w == "None" || w == "True" || w == "False") {
          Node* n = make(NK::Const, ln);
          n->op = w == "None" ? 0 : w == "True" ? 1 : 2;
          pos_++;
          return n;
        }
        Node* n = make(NK::Name, ln);
        n->s = name();
        return n;
      }
      case Tok::Op:
        break;
      default:
        error("invalid syntax");
    }
    if (accept_op("...")) {
      Node* n = make(NK::Const, ln);
      n->op = 3;
      return n;
    }
    if (accept_op("(")) {
      enter();
      Guard g{this};
      if (accept_op(")")) return make(NK::Tuple, ln);
      if (at_kw("yield")) {
        Node* y = yield_expr();
        expect_op(")");
        return y;
      }
      Node* first = at_op("*") ? star_expr() : namedexpr();
      if (at_kw("for")) {
        Node* gexp = make(NK::GenExp, ln);
        gexp->x = first;
        comp_for(gexp->a);
        expect_op(")");
        return gexp;
      }
      if (accept_op(")")) {
        if (first->kind == NK::Starred) error("cannot use starred expression here");
        if (first->kind == NK::Tuple) first->s = "";  // parenthesised
        return first;
      }
      Node* t = make(NK::Tuple, ln);
      t->a.push_back(first);
      while (accept_op(",")) {
        if (at_op(")")) break;
        t->a.push_back(at_op("*") ? star_expr() : test());
      }
      expect_op(")");
      return t;
    }
    if (accept_op("[")) {
      enter();
      Guard g{this};
      Node* l = make(NK::List, ln);
      if (accept_op("]")) return l;
      Node* first = at_op("*") ? star_expr() : namedexpr();
      if (at_kw("for")) {
        Node* c = make(NK::ListComp, ln);
        c->x = first;
        comp_for(c->a);
        expect_op("]");
        return c;
      }
      l->a.push_back(first);
      while (accept_op(",")) {
        if (at_op("]")) break;
        l->a.push_back(at_op("*") ? star_expr() : test());
      }
      expect_op("]");
      return l;
    }
    if (accept_op("{")) {
      enter();
      Guard g{this};
      Node* d = make(NK::Dict, ln);
      if (accept_op("}")) return d;
      if (accept_op("**")) {
        d->a.push_back(nullptr);
        d->b.push_back(expr());
      } else {
        Node* k = at_op("*") ? star_expr() : test();
        if (k->kind != NK::Starred && accept_op(":")) {
          Node* v = test();
          if (at_kw("for")) {
            Node* c = make(NK::DictComp, ln);
            c->x = k;
            c->y = v;
            comp_for(c->a);
            expect_op("}");
            return c;
          }
          d->a.push_back(k);
          d->b.push_back(v);
        } else {
          // A set display or comprehension.
          if (at_kw("for")) {
            Node* c = make(NK::SetComp, ln);
            c->x = k;
            comp_for(c->a);
            expect_op("}");
            return c;
          }
          Node* s = make(NK::Set, ln);
          s->a.push_back(k);
          while (accept_op(",")) {
            if (at_op("}")) break;
            s->a.push_back(at_op("*") ? star_expr() : test());
          }
          expect_op("}");
          return s;
        }
      }
      while (accept_op(",")) {
        if (at_op("}")) break;
        if (accept_op("**")) {
          d->a.push_back(nullptr);
          d->b.push_back(expr());
          continue;
        }
        d->a.push_back(test());
        expect_op(":");
        d->b.push_back(test());
      }
      expect_op("}");
      return d;
    }
    error("invalid syntax");
  }

  std::vector<Token> t_;
  Ast& ast_;
  size_t pos_ = 0;
  int depth_ = 0;  // recursion guard: deep nesting is a SyntaxError, never a crash
};

}  // namespace

std::unique_ptr<Ast> parse(const std::string& src) {
  auto ast = std::make_unique<Ast>();
  Parser p(tokenize(src), *ast);
  ast->root = p.file();
  return ast;
}

}  // namespace gilpy

// Parser: tokens to AST by recursive descent over Python's grammar (the subset of
// shared/specs/workloads.md §4.1): statements here, expressions in parser_expr.cpp.
// Errors are SyntaxErr with the offending line.
#include <set>

#include "parser_impl.hpp"

namespace gilpy {
namespace detail {
namespace {

const std::set<std::string> kKeywords = {
    "False", "None",     "True",  "and",    "as",   "assert", "async",  "await",    "break",
    "class", "continue", "def",   "del",    "elif", "else",   "except", "finally",  "for",
    "from",  "global",   "if",    "import", "in",   "is",     "lambda", "nonlocal", "not",
    "or",    "pass",     "raise", "return", "try",  "while",  "with",   "yield"};

}  // namespace

Node* Parser::file() {
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

bool Parser::accept_op(const char* s) {
  if (!at_op(s)) return false;
  pos_++;
  return true;
}

bool Parser::accept_kw(const char* s) {
  if (!at_kw(s)) return false;
  pos_++;
  return true;
}

void Parser::expect_op(const char* s) {
  if (!accept_op(s)) {
    if (at(Tok::Newline) || at(Tok::End)) error(std::string("expected '") + s + "'");
    error("invalid syntax");
  }
}

void Parser::expect_kw(const char* s) {
  if (!accept_kw(s)) error("invalid syntax");
}

std::string Parser::name() {
  if (!at(Tok::Name) || kKeywords.count(cur().text)) error("invalid syntax");
  return t_[pos_++].text;
}

void Parser::statement(std::vector<Node*>& out) {
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

void Parser::simple_stmts(std::vector<Node*>& out) {
  for (;;) {
    out.push_back(small_stmt());
    if (!accept_op(";")) break;
    if (at(Tok::Newline)) break;
  }
  if (!at(Tok::Newline)) error("invalid syntax");
  pos_++;
}

std::vector<Node*> Parser::block() {
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

Node* Parser::small_stmt() {
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

std::string Parser::describe(Node* e) {
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

void Parser::check_target(Node* t, bool del) {
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
  throw SyntaxErr{t->line, std::string("cannot ") + (del ? "delete " : "assign to ") + describe(t)};
}

std::string Parser::dotted_name() {
  std::string s = name();
  while (accept_op(".")) s += "." + name();
  return s;
}

Node* Parser::if_stmt() {
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

Node* Parser::while_stmt() {
  Node* n = make(NK::While, line());
  pos_++;
  n->x = namedexpr();
  n->a = block();
  if (accept_kw("else")) n->b = block();
  return n;
}

Node* Parser::for_stmt() {
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

Node* Parser::try_stmt() {
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

Node* Parser::with_stmt() {
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

Node* Parser::decorated() {
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

Node* Parser::funcdef(std::vector<Node*> decos) {
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

std::vector<Node*> Parser::params(const char* close) {
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

Node* Parser::classdef(std::vector<Node*> decos) {
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

}  // namespace detail

std::unique_ptr<Ast> parse(const std::string& src) {
  auto ast = std::make_unique<Ast>();
  detail::Parser p(tokenize(src), *ast);
  ast->root = p.file();
  return ast;
}

}  // namespace gilpy

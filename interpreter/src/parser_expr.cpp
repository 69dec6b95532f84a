// Parser, expressions: test, or/and/not, comparisons, binary operators by precedence,
// atoms, calls, subscripts, comprehensions, lambdas (grammar of parser.cpp's header).
#include "parser_impl.hpp"

namespace gilpy::detail {

Node* Parser::namedexpr() {
  Node* e = test();
  if (at_op(":=")) error("the walrus operator is not supported");
  return e;
}

Node* Parser::testlist_star() {
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

bool Parser::ends_list() const {
  return at(Tok::Newline) || at_op("=") || at_op(")") || at_op("]") || at_op("}") || at_op(":") ||
         at_op(";") || at_kw("in") || at(Tok::End) ||
         (cur().kind == Tok::Op && cur().text.size() >= 2 && cur().text.back() == '=' &&
          cur().text != "==" && cur().text != "<=" && cur().text != ">=" && cur().text != "!=");
}

Node* Parser::exprlist() {
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

Node* Parser::star_expr() {
  Node* n = make(NK::Starred, line());
  expect_op("*");
  n->x = expr();
  return n;
}

Node* Parser::yield_expr() {
  int ln = line();
  expect_kw("yield");
  if (accept_kw("from")) {
    Node* n = make(NK::YieldFrom, ln);
    n->x = test();
    return n;
  }
  Node* n = make(NK::Yield, ln);
  if (!at(Tok::Newline) && !at_op(")") && !at_op(";") && !at_op("=") && !at_op("]") && !at_op("}"))
    n->x = testlist_star();
  return n;
}

Node* Parser::test() {
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

Node* Parser::test_nocond() {
  if (at_kw("lambda")) return lambdef(false);
  return or_test();
}

Node* Parser::lambdef(bool cond) {
  Node* n = make(NK::Lambda, line());
  pos_++;
  n->a = params(":");
  expect_op(":");
  n->x = cond ? test() : test_nocond();
  return n;
}

Node* Parser::or_test() {
  Node* e = and_test();
  if (!at_kw("or")) return e;
  Node* n = make(NK::BoolOp, e->line);
  n->op = 1;
  n->a.push_back(e);
  while (accept_kw("or")) n->a.push_back(and_test());
  return n;
}

Node* Parser::and_test() {
  Node* e = not_test();
  if (!at_kw("and")) return e;
  Node* n = make(NK::BoolOp, e->line);
  n->op = 0;
  n->a.push_back(e);
  while (accept_kw("and")) n->a.push_back(not_test());
  return n;
}

Node* Parser::not_test() {
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

Node* Parser::comparison() {
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

Node* Parser::binary(Node* (Parser::*sub)(),
                     std::initializer_list<std::pair<const char*, int>> ops) {
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

Node* Parser::term() {
  return binary(&Parser::factor,
                {{"*", kMul}, {"/", kTrueDiv}, {"//", kFloorDiv}, {"%", kMod}, {"@", kMatMul}});
}

Node* Parser::factor() {
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

Node* Parser::power() {
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

Node* Parser::atom_expr() {
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

void Parser::arglist(Node* call) {
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

Node* Parser::subscriptlist() {
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

Node* Parser::subscript() {
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

void Parser::comp_for(std::vector<Node*>& gens) {
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

Node* Parser::atom() {
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

}  // namespace gilpy::detail

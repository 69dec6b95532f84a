// Symbol tables: a walk that records bindings and uses per scope, then resolution of
// free variables through enclosing function scopes (class scopes are skipped, as in Python).
#include "symtable.hpp"

#include <algorithm>

#include "lexer.hpp"

namespace gilpy {

Sym Scope::lookup(const std::string& n) const {
  auto it = syms.find(n);
  if (it != syms.end()) return it->second;
  if (type == ScopeType::Function) return Sym::GlobalImplicit;
  return Sym::Name;
}

namespace {

class Builder {
 public:
  explicit Builder(SymbolTable& t) : t_(t) {}

  Scope* new_scope(ScopeType type, Node* n, Scope* parent, std::string name) {
    t_.scopes.push_back(std::make_unique<Scope>());
    Scope* s = t_.scopes.back().get();
    s->type = type;
    s->node = n;
    s->parent = parent;
    s->name = std::move(name);
    if (parent) parent->children.push_back(s);
    t_.by_node[n] = s;
    return s;
  }

  void bind(Scope* s, const std::string& n, int line) {
    if (s->globals.count(n) == 0 && s->nonlocals.count(n) == 0) s->assigned.insert(n);
    (void)line;
  }
  void use(Scope* s, const std::string& n) { s->used.insert(n); }

  void stmts(Scope* s, const std::vector<Node*>& body) {
    for (Node* n : body) stmt(s, n);
  }

  void target(Scope* s, Node* t) {
    switch (t->kind) {
      case NK::Name:
        bind(s, t->s, t->line);
        break;
      case NK::Tuple:
      case NK::List:
        for (Node* e : t->a) target(s, e);
        break;
      case NK::Starred:
        target(s, t->x);
        break;
      default:
        expr(s, t);
        break;  // attribute/subscript: their parts are reads
    }
  }

  void function(Scope* s, Node* n, const std::string& name, const std::vector<Node*>& params) {
    for (Node* p : params)
      if (p->x) expr(s, p->x);  // defaults are evaluated in the enclosing scope
    Scope* f = new_scope(ScopeType::Function, n, s, name);
    for (Node* p : params) {
      f->params.push_back(p->s);
      f->assigned.insert(p->s);
    }
    if (n->kind == NK::Lambda) {
      expr(f, n->x);
    } else {
      stmts(f, n->b);
    }
  }

  void stmt(Scope* s, Node* n) {
    switch (n->kind) {
      case NK::ExprStmt:
        expr(s, n->x);
        break;
      case NK::Assign:
        expr(s, n->x);
        for (Node* t : n->a) target(s, t);
        break;
      case NK::AugAssign:
        expr(s, n->y);
        if (n->x->kind == NK::Name) {
          use(s, n->x->s);
          bind(s, n->x->s, n->line);
        } else {
          expr(s, n->x);
        }
        break;
      case NK::Del:
        for (Node* t : n->a) target(s, t);
        break;
      case NK::Return:
        if (s->type != ScopeType::Function) throw SyntaxErr{n->line, "'return' outside function"};
        if (n->x) expr(s, n->x);
        break;
      case NK::Raise:
        if (n->x) expr(s, n->x);
        if (n->y) expr(s, n->y);
        break;
      case NK::Global:
      case NK::Nonlocal:
        for (auto& name : n->names) {
          if (s->assigned.count(name) || s->used.count(name))
            throw SyntaxErr{n->line, "name '" + name + "' is used prior to " +
                                         (n->kind == NK::Global ? "global" : "nonlocal") +
                                         " declaration"};
          if (n->kind == NK::Global) {
            s->globals.insert(name);
          } else {
            if (s->type != ScopeType::Function)
              throw SyntaxErr{n->line, "nonlocal declaration not allowed at module level"};
            s->nonlocals.insert(name);
          }
        }
        break;
      case NK::If:
      case NK::While:
        expr(s, n->x);
        stmts(s, n->a);
        stmts(s, n->b);
        break;
      case NK::For:
        expr(s, n->y);
        target(s, n->x);
        stmts(s, n->a);
        stmts(s, n->b);
        break;
      case NK::Try:
        stmts(s, n->a);
        for (Node* h : n->b) {
          if (h->x) expr(s, h->x);
          if (!h->s.empty()) bind(s, h->s, h->line);
          stmts(s, h->a);
        }
        stmts(s, n->c);
        stmts(s, n->d);
        break;
      case NK::With:
        for (Node* it : n->a) {
          expr(s, it->x);
          if (it->y) target(s, it->y);
        }
        stmts(s, n->b);
        break;
      case NK::FunctionDef:
        for (Node* d : n->c) expr(s, d);
        function(s, n, n->s, n->a);
        bind(s, n->s, n->line);
        break;
      case NK::ClassDef: {
        for (Node* d : n->c) expr(s, d);
        for (Node* b : n->a) expr(s, b);
        Scope* c = new_scope(ScopeType::Class, n, s, n->s);
        stmts(c, n->b);
        bind(s, n->s, n->line);
        break;
      }
      case NK::Import:
        for (size_t i = 0; i < n->names.size(); i++) {
          const std::string& full = n->names[i];
          bind(s, n->names2[i].empty() ? full.substr(0, full.find('.')) : n->names2[i], n->line);
        }
        break;
      case NK::ImportFrom:
        for (size_t i = 0; i < n->names.size(); i++)
          bind(s, n->names2[i].empty() ? n->names[i] : n->names2[i], n->line);
        break;
      case NK::Assert:
        expr(s, n->x);
        if (n->y) expr(s, n->y);
        break;
      default:
        break;
    }
  }

  void comprehension(Scope* s, Node* n, const char* name) {
    expr(s, n->a[0]->y);  // the first iterable is evaluated outside
    Scope* c = new_scope(ScopeType::Function, n, s, name);
    c->params.push_back(".0");
    c->assigned.insert(".0");
    if (n->kind == NK::GenExp) c->generator = true;
    for (size_t i = 0; i < n->a.size(); i++) {
      Node* g = n->a[i];
      if (i > 0) expr(c, g->y);
      target(c, g->x);
      for (Node* cond : g->a) expr(c, cond);
    }
    expr(c, n->x);
    if (n->y) expr(c, n->y);
  }

  void expr(Scope* s, Node* n) {
    if (!n) return;
    if (++depth_ > 2000) throw SyntaxErr{n->line, "too many nested expressions"};
    struct Leave {
      int& d;
      ~Leave() { d--; }
    } leave{depth_};
    switch (n->kind) {
      case NK::Name:
        use(s, n->s);
        break;
      case NK::Lambda:
        function(s, n, "<lambda>", n->a);
        break;
      case NK::ListComp:
        comprehension(s, n, "<listcomp>");
        break;
      case NK::SetComp:
        comprehension(s, n, "<setcomp>");
        break;
      case NK::DictComp:
        comprehension(s, n, "<dictcomp>");
        break;
      case NK::GenExp:
        comprehension(s, n, "<genexpr>");
        break;
      case NK::Yield:
      case NK::YieldFrom:
        if (s->type != ScopeType::Function) throw SyntaxErr{n->line, "'yield' outside function"};
        if (s->node->kind == NK::ListComp || s->node->kind == NK::SetComp ||
            s->node->kind == NK::DictComp || s->node->kind == NK::GenExp)
          throw SyntaxErr{n->line, "'yield' inside list comprehension"};
        s->generator = true;
        expr(s, n->x);
        break;
      case NK::Call:
        // Zero-argument super() reads the __class__ cell and the first parameter.
        if (n->x->kind == NK::Name && n->x->s == "super" && n->a.empty() && n->b.empty() &&
            s->type == ScopeType::Function) {
          use(s, "__class__");
          if (!s->params.empty()) use(s, s->params[0]);
        }
        expr(s, n->x);
        for (Node* e : n->a) expr(s, e);
        for (Node* e : n->b) expr(s, e);
        break;
      default:
        expr(s, n->x);
        expr(s, n->y);
        expr(s, n->z);
        for (Node* e : n->a) expr(s, e);
        for (Node* e : n->b) expr(s, e);
        break;
    }
  }

 private:
  SymbolTable& t_;
  int depth_ = 0;  // expression nesting (bounded: no input may overflow the C++ stack)
};

void add_unique(std::vector<std::string>& v, const std::string& n) {
  if (std::find(v.begin(), v.end(), n) == v.end()) v.push_back(n);
}

// Does scope s bind name n as a variable visible to nested functions?
bool binds(Scope* s, const std::string& n) {
  if (s->type == ScopeType::Class) return false;
  if (s->type == ScopeType::Module) return false;
  return s->assigned.count(n) && !s->globals.count(n) && !s->nonlocals.count(n);
}

// Make n free in s and every scope up to (not including) its binder; returns false when
// no enclosing function binds it.
bool make_free(Scope* s, const std::string& n) {
  Scope* binder = nullptr;
  for (Scope* p = s->parent; p; p = p->parent) {
    if (n == "__class__" && p->type == ScopeType::Class) {
      binder = p;
      break;
    }
    if (p->type == ScopeType::Function && (binds(p, n) || p->nonlocals.count(n))) {
      if (p->nonlocals.count(n)) {
        make_free(p, n);
      }
      binder = p;
      break;
    }
    if (p->type == ScopeType::Function && p->globals.count(n)) return false;
  }
  if (!binder) return false;
  for (Scope* p = s; p != binder; p = p->parent) {
    add_unique(p->freevars, n);
    if (p->type != ScopeType::Class) p->syms[n] = Sym::Free;
  }
  if (binder->type == ScopeType::Class) {
    binder->needs_class_cell = true;
    add_unique(binder->cellvars, n);
  } else if (!binder->nonlocals.count(n)) {
    add_unique(binder->cellvars, n);
    binder->syms[n] = Sym::Cell;
  }
  return true;
}

void resolve(Scope* s) {
  if (s->type == ScopeType::Function) {
    for (auto& p : s->params) add_unique(s->locals, p);
    for (auto& n : s->assigned)
      if (!s->globals.count(n) && !s->nonlocals.count(n)) {
        add_unique(s->locals, n);
        if (!s->syms.count(n)) s->syms[n] = Sym::Local;
      }
    for (auto& n : s->globals) s->syms[n] = Sym::GlobalExplicit;
    for (auto& n : s->nonlocals)
      if (!make_free(s, n))
        throw SyntaxErr{s->node->line, "no binding for nonlocal '" + n + "' found"};
    for (auto& n : s->used)
      if (!s->syms.count(n) && !make_free(s, n)) s->syms[n] = Sym::GlobalImplicit;
  } else if (s->type == ScopeType::Class) {
    for (auto& n : s->globals) s->syms[n] = Sym::GlobalExplicit;
    for (auto& n : s->used)
      if (!s->assigned.count(n) && !s->globals.count(n)) {
        // A class body reads enclosing function variables through their cells.
        bool found = false;
        for (Scope* p = s->parent; p; p = p->parent)
          if (p->type == ScopeType::Function && binds(p, n)) found = true;
        if (found && make_free(s, n)) s->syms[n] = Sym::Free;
      }
  } else {
    for (auto& n : s->globals) s->syms[n] = Sym::GlobalExplicit;
  }
  for (Scope* c : s->children) resolve(c);
}

}  // namespace

std::unique_ptr<SymbolTable> build_symtable(Node* module) {
  auto t = std::make_unique<SymbolTable>();
  Builder b(*t);
  t->module = b.new_scope(ScopeType::Module, module, nullptr, "<module>");
  b.stmts(t->module, module->a);
  resolve(t->module);
  return t;
}

}  // namespace gilpy

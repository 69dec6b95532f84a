// Compiler: AST to code objects.
//
// Design note. One Unit per scope (module, function, lambda, comprehension, class body)
// emits 32-bit instructions into its CodeObject. Jumps hold absolute instruction indices;
// a backward jump is emitted as JUMP_BACKWARD (an eval-breaker check point, CPython 3.11
// policy) and a forward one as JUMP_FORWARD (no check). Exceptions use a block stack at
// run time (SETUP_EXCEPT/SETUP_FINALLY/POP_BLOCK, as CPython <= 3.10), and `finally` bodies
// are emitted once per exit path (normal, exceptional, and each return/break/continue that
// crosses them), as CPython >= 3.9 does. The value-stack size is computed afterwards by a
// flow analysis over the finished code (stack_depth()).
#include "compiler.hpp"

#include <cstring>

#include "errors.hpp"
#include "lexer.hpp"
#include "objects/int.hpp"
#include "symtable.hpp"

namespace gilpy {
namespace {

struct FBlock {
  enum Kind { While, For, TryExcept, TryFinally, Handler, FinallyHandler, With } kind;
  Node* node;                      // the try statement (for its finally body)
  int continue_target = -1;        // loops
  std::vector<int> break_patches;  // loops: jumps to patch to the loop end
};

struct Unit {
  Scope* scope;
  CodeObject* code;
  std::vector<FBlock> fblocks;
  int line = 1;
};

int stack_effect(int op, uint32_t arg, bool jump) {
  switch (op) {
    case BUILD_SLICE:
      return 1 - int(arg);
    case BUILD_TUPLE:
    case BUILD_LIST:
    case BUILD_SET:
      return 1 - int(arg);
    case BUILD_MAP:
      return 1 - 2 * int(arg);
    case UNPACK_SEQUENCE:
      return int(arg) - 1;
    case CALL:
      return -int(arg);
    case CALL_KW:
      return -int(arg) - 1;
    case CALL_METHOD:
      return -int(arg) - 1;
    case CALL_METHOD_KW:
      return -int(arg) - 2;
    case CALL_EX:
      return arg ? -2 : -1;
    case MAKE_FUNCTION:
      return -((arg & 1) ? 1 : 0) - ((arg & 8) ? 1 : 0);
    case RAISE:
      return -int(arg == 2 ? 2 : arg);
    case FOR_ITER:
      return jump ? -1 : 1;
    case SEND:
      return jump ? -1 : 0;
    case JUMP_IF_FALSE_OR_POP:
    case JUMP_IF_TRUE_OR_POP:
      return jump ? 0 : -1;
    case SETUP_EXCEPT:
    case SETUP_FINALLY:
      return jump ? 1 : 0;
    default:
      break;
  }
  static const int effects[] = {
#define OP(name, eff, jeff, doc) eff,
#include "opcodes.def"
#undef OP
  };
  return effects[op];
}

bool is_jump(int op) {
  switch (op) {
    case JUMP_FORWARD:
    case JUMP_BACKWARD:
    case POP_JUMP_IF_FALSE:
    case POP_JUMP_IF_TRUE:
    case JUMP_IF_FALSE_OR_POP:
    case JUMP_IF_TRUE_OR_POP:
    case FOR_ITER:
    case SEND:
    case SETUP_EXCEPT:
    case SETUP_FINALLY:
      return true;
    default:
      return false;
  }
}

// Maximum stack depth by a worklist over the control-flow graph.
int stack_depth(const CodeObject* co) {
  size_t n = co->code.size();
  std::vector<int> depth(n, -1);
  std::vector<size_t> work{0};
  depth[0] = 0;
  int maxd = 0;
  while (!work.empty()) {
    size_t i = work.back();
    work.pop_back();
    int d = depth[i];
    for (;;) {
      if (i >= n) break;
      uint32_t w = co->code[i];
      int op = instr_op(w);
      uint32_t arg = instr_arg(w);
      if (is_jump(op)) {
        int jd = d + stack_effect(op, arg, true);
        if (jd > maxd) maxd = jd;
        if (arg < n && depth[arg] < jd) {
          depth[arg] = jd;
          work.push_back(arg);
        }
      }
      d += stack_effect(op, arg, false);
      if (d > maxd) maxd = d;
      if (maxd > 100000 || d < 0)
        throw SyntaxErr{co->lines.empty() ? 1 : co->lines[i],
                        "internal compiler error: unbalanced stack"};
      if (op == JUMP_FORWARD || op == JUMP_BACKWARD || op == RETURN_VALUE || op == RERAISE ||
          op == RAISE)
        break;
      i++;
      if (i < n) {
        if (depth[i] >= d) break;
        depth[i] = d;
      }
    }
  }
  return maxd + 2;
}

class Compiler {
 public:
  Compiler(SymbolTable& st, const std::string& filename) : st_(st), filename_(intern(filename)) {}

  CodeObject* module(Node* m) {
    enter(st_.module, "<module>", m->line);
    for (Node* s : m->a) stmt(s);
    emit(LOAD_CONST, konst(Value::none()));
    emit(RETURN_VALUE);
    return leave();
  }

 private:
  // ---- units ----
  Unit& u() { return units_.back(); }
  CodeObject* co() { return u().code; }

  void enter(Scope* s, const std::string& name, int line) {
    CodeObject* c = new CodeObject();
    pins_.push_back(Value::from_obj(c));
    c->name = intern(name);
    c->filename = filename_;
    c->firstline = line;
    for (auto& v : s->locals) c->varnames.push_back(intern(v));
    for (auto& v : s->cellvars) c->cellvars.push_back(intern(v));
    for (auto& v : s->freevars) c->freevars.push_back(intern(v));
    for (auto& v : s->cellvars) {
      int idx = -1;
      for (size_t i = 0; i < s->params.size(); i++)
        if (s->params[i] == v) idx = int(i);
      c->cell_arg.push_back(idx);
    }
    if (s->type == ScopeType::Function) c->flags |= kCoFunction;
    if (s->type == ScopeType::Class) c->flags |= kCoClassBody;
    if (s->generator) c->flags |= kCoGenerator;
    units_.push_back(Unit{s, c, {}, line});
    if (s->type == ScopeType::Function) emit(RESUME, 0);
  }

  CodeObject* leave() {
    CodeObject* c = co();
    if (c->code.size() >= (1u << 24)) throw SyntaxErr{u().line, "code too large"};
    c->stacksize = stack_depth(c);
    units_.pop_back();
    return c;
  }

  int emit(int op, uint32_t arg = 0) {
    if (arg >= (1u << 24)) throw SyntaxErr{u().line, "too many constants or names"};
    co()->code.push_back(make_instr(op, arg));
    co()->lines.push_back(u().line);
    return int(co()->code.size()) - 1;
  }
  int here() const { return int(units_.back().code->code.size()); }
  void patch(int at, int target) {
    uint32_t& w = co()->code[size_t(at)];
    w = make_instr(instr_op(w), uint32_t(target));
  }
  void jump_to(int target) {
    emit(target <= here() ? JUMP_BACKWARD : JUMP_FORWARD, uint32_t(target));
  }

  uint32_t konst(Value v) {
    auto& cs = co()->consts;
    for (size_t i = 0; i < cs.size(); i++) {
      Value c = cs[i];
      if (c.bits == v.bits) return uint32_t(i);
      if (is_type(c, rt().str_type) && is_type(v, rt().str_type) &&
          as<StrObject>(c)->s == as<StrObject>(v)->s)
        return uint32_t(i);
    }
    cs.push_back(v);
    return uint32_t(cs.size() - 1);
  }
  uint32_t name_index(const std::string& n) {
    StrObject* s = intern(n);
    auto& ns = co()->names;
    for (size_t i = 0; i < ns.size(); i++)
      if (ns[i] == s) return uint32_t(i);
    ns.push_back(s);
    return uint32_t(ns.size() - 1);
  }
  uint32_t local_index(const std::string& n) {
    auto& vs = co()->varnames;
    for (size_t i = 0; i < vs.size(); i++)
      if (vs[i]->s == n) return uint32_t(i);
    vs.push_back(intern(n));
    return uint32_t(vs.size() - 1);
  }
  uint32_t cell_index(const std::string& n) {
    auto& c = co()->cellvars;
    for (size_t i = 0; i < c.size(); i++)
      if (c[i]->s == n) return uint32_t(i);
    auto& f = co()->freevars;
    for (size_t i = 0; i < f.size(); i++)
      if (f[i]->s == n) return uint32_t(c.size() + i);
    throw SyntaxErr{u().line, "internal: no cell for '" + n + "'"};
  }

  // ---- names ----
  enum Ctx { Load, Store, Del };
  void name_op(const std::string& n, Ctx ctx) {
    Scope* s = u().scope;
    Sym sym = s->lookup(n);
    if (s->type == ScopeType::Class && sym == Sym::Free && ctx != Load) sym = Sym::Name;
    if (s->type == ScopeType::Class && n == "__class__" && ctx == Load) sym = Sym::Name;
    switch (sym) {
      case Sym::Local:
        emit(ctx == Load ? LOAD_FAST : ctx == Store ? STORE_FAST : DELETE_FAST, local_index(n));
        break;
      case Sym::Cell:
      case Sym::Free:
        if (ctx == Del)
          throw SyntaxErr{u().line,
                          "cannot delete variable '" + n + "' referenced in nested scope"};
        emit(ctx == Load ? LOAD_DEREF : STORE_DEREF, cell_index(n));
        break;
      case Sym::GlobalExplicit:
      case Sym::GlobalImplicit:
        emit(ctx == Load    ? LOAD_GLOBAL
             : ctx == Store ? STORE_GLOBAL
                            : DELETE_GLOBAL,
             name_index(n));
        break;
      case Sym::Name:
        if (s->type == ScopeType::Module)
          emit(ctx == Load    ? LOAD_GLOBAL
               : ctx == Store ? STORE_GLOBAL
                              : DELETE_GLOBAL,
               name_index(n));
        else
          emit(ctx == Load ? LOAD_NAME : ctx == Store ? STORE_NAME : DELETE_NAME, name_index(n));
        break;
    }
  }

  // ---- statements ----
  void stmts(const std::vector<Node*>& body) {
    for (Node* s : body) stmt(s);
  }

  void stmt(Node* n) {
    u().line = n->line;
    switch (n->kind) {
      case NK::ExprStmt:
        if (n->x->kind == NK::Str || n->x->kind == NK::Int || n->x->kind == NK::Float ||
            n->x->kind == NK::Const)
          break;
        expr(n->x);
        emit(POP_TOP);
        break;
      case NK::Assign:
        expr(n->x);
        for (size_t i = 0; i < n->a.size(); i++) {
          if (i + 1 < n->a.size()) emit(DUP_TOP);
          store(n->a[i]);
        }
        break;
      case NK::AugAssign:
        aug_assign(n);
        break;
      case NK::Del:
        for (Node* t : n->a) del(t);
        break;
      case NK::Pass:
        break;
      case NK::Break:
      case NK::Continue:
        break_continue(n);
        break;
      case NK::Return:
        if (co()->flags & kCoGenerator) {
          if (n->x)
            expr(n->x);
          else
            emit(LOAD_CONST, konst(Value::none()));
        } else if (n->x) {
          expr(n->x);
        } else {
          emit(LOAD_CONST, konst(Value::none()));
        }
        unwind_all(true);
        u().line = n->line;
        emit(RETURN_VALUE);
        break;
      case NK::Raise:
        if (!n->x) {
          emit(RAISE, 0);
        } else if (n->y) {
          expr(n->x);
          expr(n->y);
          emit(RAISE, 2);
        } else {
          expr(n->x);
          emit(RAISE, 1);
        }
        break;
      case NK::Global:
      case NK::Nonlocal:
        break;
      case NK::If:
        if_stmt(n);
        break;
      case NK::While:
        while_stmt(n);
        break;
      case NK::For:
        for_stmt(n);
        break;
      case NK::Try:
        try_stmt(n);
        break;
      case NK::With:
        with_stmt(n, 0);
        break;
      case NK::FunctionDef:
        for (Node* d : n->c) expr(d);
        make_function(n, n->s, n->a);
        for (size_t i = 0; i < n->c.size(); i++) emit(CALL, 1);
        name_op(n->s, Store);
        break;
      case NK::ClassDef:
        class_def(n);
        break;
      case NK::Import:
        for (size_t i = 0; i < n->names.size(); i++) {
          const std::string& full = n->names[i];
          emit(IMPORT_NAME, name_index(full));
          if (!n->names2[i].empty()) {
            name_op(n->names2[i], Store);
          } else {
            // `import a.b` binds a; a.b is already loaded as its attribute.
            if (full.find('.') != std::string::npos) {
              emit(POP_TOP);
              emit(IMPORT_NAME, name_index(full.substr(0, full.find('.'))));
            }
            name_op(full.substr(0, full.find('.')), Store);
          }
        }
        break;
      case NK::ImportFrom:
        emit(IMPORT_NAME, name_index(n->s));
        for (size_t i = 0; i < n->names.size(); i++) {
          emit(IMPORT_FROM, name_index(n->names[i]));
          name_op(n->names2[i].empty() ? n->names[i] : n->names2[i], Store);
        }
        emit(POP_TOP);
        break;
      case NK::Assert: {
        expr(n->x);
        int j = emit(POP_JUMP_IF_TRUE);
        emit(LOAD_ASSERTION_ERROR);
        if (n->y) {
          expr(n->y);
          emit(CALL, 1);
        }
        emit(RAISE, 1);
        patch(j, here());
        break;
      }
      default:
        throw SyntaxErr{n->line, "invalid syntax"};
    }
  }

  void store(Node* t) {
    switch (t->kind) {
      case NK::Name:
        name_op(t->s, Store);
        break;
      case NK::Attribute:
        expr(t->x);
        emit(STORE_ATTR, name_index(t->s));
        break;
      case NK::Subscript:
        expr(t->x);
        expr(t->y);
        emit(STORE_SUBSCR);
        break;
      case NK::Tuple:
      case NK::List:
        emit(UNPACK_SEQUENCE, uint32_t(t->a.size()));
        for (Node* e : t->a) store(e);
        break;
      default:
        throw SyntaxErr{t->line, "cannot assign to expression"};
    }
  }

  void del(Node* t) {
    switch (t->kind) {
      case NK::Name:
        name_op(t->s, Del);
        break;
      case NK::Attribute:
        expr(t->x);
        emit(DELETE_ATTR, name_index(t->s));
        break;
      case NK::Subscript:
        expr(t->x);
        expr(t->y);
        emit(DELETE_SUBSCR);
        break;
      case NK::Tuple:
      case NK::List:
        for (Node* e : t->a) del(e);
        break;
      default:
        throw SyntaxErr{t->line, "cannot delete expression"};
    }
  }

  void aug_assign(Node* n) {
    Node* t = n->x;
    switch (t->kind) {
      case NK::Name:
        name_op(t->s, Load);
        expr(n->y);
        emit(INPLACE_OP, uint32_t(n->op));
        name_op(t->s, Store);
        break;
      case NK::Attribute:
        expr(t->x);
        emit(DUP_TOP);
        emit(LOAD_ATTR, name_index(t->s));
        expr(n->y);
        emit(INPLACE_OP, uint32_t(n->op));
        emit(ROT_TWO);
        emit(STORE_ATTR, name_index(t->s));
        break;
      case NK::Subscript:
        expr(t->x);
        expr(t->y);
        emit(DUP_TOP_TWO);
        emit(BINARY_SUBSCR);
        expr(n->y);
        emit(INPLACE_OP, uint32_t(n->op));
        emit(ROT_THREE);
        emit(STORE_SUBSCR);
        break;
      default:
        throw SyntaxErr{n->line, "illegal expression for augmented assignment"};
    }
  }

  void if_stmt(Node* n) {
    int jf = cond_jump(n->x, false);
    stmts(n->a);
    if (!n->b.empty()) {
      int je = emit(JUMP_FORWARD);
      patch(jf, here());
      stmts(n->b);
      patch(je, here());
    } else {
      patch(jf, here());
    }
  }

  // Emit a test that jumps when the condition equals `when`; returns the jump to patch.
  int cond_jump(Node* test, bool when) {
    if (test->kind == NK::UnaryOp && test->op == kNot) return cond_jump(test->x, !when);
    expr(test);
    return emit(when ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE);
  }

  void while_stmt(Node* n) {
    int top = here();
    bool forever =
        (n->x->kind == NK::Const && n->x->op == 1) || (n->x->kind == NK::Int && n->x->s != "0");
    int jf = forever ? -1 : cond_jump(n->x, false);
    u().fblocks.push_back(FBlock{FBlock::While, n, top, {}});
    stmts(n->a);
    u().line = n->line;
    jump_to(top);
    FBlock fb = std::move(u().fblocks.back());
    u().fblocks.pop_back();
    if (jf >= 0) patch(jf, here());
    stmts(n->b);
    for (int p : fb.break_patches) patch(p, here());
  }

  void for_stmt(Node* n) {
    expr(n->y);
    emit(GET_ITER);
    int top = here();
    int jf = emit(FOR_ITER);
    u().fblocks.push_back(FBlock{FBlock::For, n, top, {}});
    store(n->x);
    stmts(n->a);
    u().line = n->line;
    jump_to(top);
    FBlock fb = std::move(u().fblocks.back());
    u().fblocks.pop_back();
    patch(jf, here());
    stmts(n->b);
    for (int p : fb.break_patches) patch(p, here());
  }

  void break_continue(Node* n) {
    bool is_break = n->kind == NK::Break;
    auto& fbs = u().fblocks;
    int loop = -1;
    for (int i = int(fbs.size()) - 1; i >= 0; i--)
      if (fbs[size_t(i)].kind == FBlock::While || fbs[size_t(i)].kind == FBlock::For) {
        loop = i;
        break;
      }
    if (loop < 0)
      throw SyntaxErr{n->line,
                      is_break ? "'break' outside loop" : "'continue' not properly in loop"};
    unwind_to(loop + 1, false);
    u().line = n->line;
    if (is_break) {
      if (fbs[size_t(loop)].kind == FBlock::For) emit(POP_TOP);
      fbs[size_t(loop)].break_patches.push_back(emit(JUMP_FORWARD));
    } else {
      jump_to(fbs[size_t(loop)].continue_target);
    }
  }

  // Leave the fblocks above index `keep` (innermost first), running finally bodies.
  void unwind_to(size_t keep, bool for_return) {
    auto& fbs = u().fblocks;
    std::vector<FBlock> saved;
    while (fbs.size() > keep) {
      FBlock fb = fbs.back();
      fbs.pop_back();
      switch (fb.kind) {
        case FBlock::While:
          break;
        case FBlock::For:
          if (!for_return) emit(POP_TOP);
          break;
        case FBlock::TryExcept:
          emit(POP_BLOCK);
          break;
        case FBlock::TryFinally:
          emit(POP_BLOCK);
          stmts(fb.node->d);
          break;
        case FBlock::Handler:
          emit(POP_EXCEPT);
          break;
        case FBlock::FinallyHandler:
          emit(POP_EXCEPT);
          if (!for_return) emit(POP_TOP);
          break;
        case FBlock::With:
          emit(POP_BLOCK);
          if (for_return) emit(ROT_THREE);
          with_exit_normal();
          emit(POP_TOP);
          break;
      }
      saved.push_back(fb);
    }
    for (auto it = saved.rbegin(); it != saved.rend(); ++it) fbs.push_back(*it);
  }
  void unwind_all(bool for_return) { unwind_to(0, for_return); }

  void try_stmt(Node* n) {
    if (!n->d.empty()) {
      int setup = emit(SETUP_FINALLY);
      u().fblocks.push_back(FBlock{FBlock::TryFinally, n, -1, {}});
      if (!n->b.empty())
        try_except(n);
      else
        stmts(n->a);
      u().fblocks.pop_back();
      emit(POP_BLOCK);
      stmts(n->d);
      int jend = emit(JUMP_FORWARD);
      patch(setup, here());
      u().fblocks.push_back(FBlock{FBlock::FinallyHandler, n, -1, {}});
      stmts(n->d);
      u().fblocks.pop_back();
      emit(RERAISE);
      patch(jend, here());
    } else {
      try_except(n);
    }
  }

  void try_except(Node* n) {
    int setup = emit(SETUP_EXCEPT);
    u().fblocks.push_back(FBlock{FBlock::TryExcept, n, -1, {}});
    stmts(n->a);
    u().fblocks.pop_back();
    emit(POP_BLOCK);
    stmts(n->c);
    std::vector<int> ends{emit(JUMP_FORWARD)};
    patch(setup, here());
    for (Node* h : n->b) {
      u().line = h->line;
      int jnext = -1;
      if (h->x) {
        expr(h->x);
        emit(CHECK_EXC_MATCH);
        jnext = emit(POP_JUMP_IF_FALSE);
      }
      if (!h->s.empty())
        name_op(h->s, Store);
      else
        emit(POP_TOP);
      u().fblocks.push_back(FBlock{FBlock::Handler, h, -1, {}});
      stmts(h->a);
      u().fblocks.pop_back();
      emit(POP_EXCEPT);
      ends.push_back(emit(JUMP_FORWARD));
      if (jnext >= 0)
        patch(jnext, here());
      else
        break;
    }
    emit(RERAISE);
    for (int e : ends) patch(e, here());
  }

  // with: mgr.__enter__() result stored; the exit method kept on the stack. Compiled as
  // try/finally calling __exit__(None, None, None) (the exceptional path passes the
  // exception triple and swallows it when __exit__ returns true).
  void with_stmt(Node* n, size_t item) {
    if (item == n->a.size()) {
      stmts(n->b);
      return;
    }
    Node* it = n->a[item];
    expr(it->x);
    emit(DUP_TOP);
    emit(LOAD_METHOD, name_index("__exit__"));  // [mgr, exit, self]
    emit(ROT_THREE);                            // [self, mgr, exit]
    emit(ROT_THREE);                            // [exit, self, mgr]
    emit(LOAD_METHOD, name_index("__enter__"));
    emit(CALL_METHOD, 0);  // [exit, self, value]
    if (it->y)
      store(it->y);
    else
      emit(POP_TOP);
    int setup = emit(SETUP_FINALLY);
    u().fblocks.push_back(FBlock{FBlock::With, n, -1, {}});
    with_stmt(n, item + 1);
    u().fblocks.pop_back();
    emit(POP_BLOCK);
    with_exit_normal();
    emit(POP_TOP);
    int jend = emit(JUMP_FORWARD);
    patch(setup, here());  // [exit, self, exc]
    emit(WITH_EXCEPT);     // [exit, self, exc, swallow]
    int jok = emit(POP_JUMP_IF_TRUE);
    emit(RERAISE);
    patch(jok, here());
    emit(POP_TOP);
    emit(POP_TOP);
    emit(POP_TOP);
    emit(POP_EXCEPT);
    patch(jend, here());
  }
  void with_exit_normal() {  // [exit, self] -> call exit(None, None, None), result on stack
    emit(DUP_TOP_TWO);
    emit(LOAD_CONST, konst(Value::none()));
    emit(LOAD_CONST, konst(Value::none()));
    emit(LOAD_CONST, konst(Value::none()));
    emit(CALL_METHOD, 3);
    emit(POP_TOP);
    emit(POP_TOP);  // drop self; exit stays as the "result" popped by the caller
  }

  void make_function(Node* n, const std::string& name, const std::vector<Node*>& params) {
    Scope* s = st_.by_node.at(n);
    uint32_t flags = 0;
    int ndef = 0;
    for (Node* p : params)
      if (p->x) {
        expr(p->x);
        ndef++;
      }
    if (ndef) {
      emit(BUILD_TUPLE, uint32_t(ndef));
      flags |= 1;
    }
    enter(s, name, n->line);
    CodeObject* c = co();
    for (Node* p : params) {
      if (p->op == 0) c->argcount++;
      if (p->op == 1) c->flags |= kCoVarArgs;
      if (p->op == 2) c->flags |= kCoVarKw;
    }
    if (n->kind == NK::Lambda) {
      u().line = n->line;
      expr(n->x);
      if (!(c->flags & kCoGenerator))
        emit(RETURN_VALUE);
      else {
        emit(POP_TOP);
        emit(LOAD_CONST, konst(Value::none()));
        emit(RETURN_VALUE);
      }
    } else {
      stmts(n->b);
      emit(LOAD_CONST, konst(Value::none()));
      emit(RETURN_VALUE);
    }
    leave();
    closure_and_make(c, flags);
  }

  void closure_and_make(CodeObject* c, uint32_t flags) {
    if (!c->freevars.empty()) {
      for (StrObject* f : c->freevars) emit(LOAD_CLOSURE, cell_index(f->s));
      emit(BUILD_TUPLE, uint32_t(c->freevars.size()));
      flags |= 8;
    }
    emit(LOAD_CONST, konst(Value::from_obj(c)));
    emit(MAKE_FUNCTION, flags);
  }

  void class_def(Node* n) {
    for (Node* d : n->c) expr(d);
    emit(LOAD_BUILD_CLASS);
    Scope* s = st_.by_node.at(n);
    enter(s, n->s, n->line);
    CodeObject* c = co();
    stmts(n->b);
    if (s->needs_class_cell)
      emit(LOAD_CLOSURE, cell_index("__class__"));
    else
      emit(LOAD_CONST, konst(Value::none()));
    emit(RETURN_VALUE);
    leave();
    u().line = n->line;
    closure_and_make(c, 0);
    emit(LOAD_CONST, konst(Value::from_obj(intern(n->s))));
    for (Node* b : n->a) expr(b);
    emit(CALL, uint32_t(2 + n->a.size()));
    for (size_t i = 0; i < n->c.size(); i++) emit(CALL, 1);
    name_op(n->s, Store);
  }

  void comprehension(Node* n) {
    Scope* s = st_.by_node.at(n);
    const char* name = n->kind == NK::ListComp   ? "<listcomp>"
                       : n->kind == NK::SetComp  ? "<setcomp>"
                       : n->kind == NK::DictComp ? "<dictcomp>"
                                                 : "<genexpr>";
    enter(s, name, n->line);
    CodeObject* c = co();
    c->argcount = 1;
    if (n->kind == NK::ListComp) emit(BUILD_LIST, 0);
    if (n->kind == NK::SetComp) emit(BUILD_SET, 0);
    if (n->kind == NK::DictComp) emit(BUILD_MAP, 0);
    comp_loop(n, 0);
    if (n->kind == NK::GenExp) emit(LOAD_CONST, konst(Value::none()));
    emit(RETURN_VALUE);
    leave();
    u().line = n->line;
    closure_and_make(c, 0);
    expr(n->a[0]->y);
    emit(GET_ITER);
    emit(CALL, 1);
  }

  void comp_loop(Node* n, size_t gi) {
    Node* g = n->a[gi];
    u().line = g->line;
    if (gi == 0)
      emit(LOAD_FAST, local_index(".0"));
    else {
      expr(g->y);
      emit(GET_ITER);
    }
    int top = here();
    int jf = emit(FOR_ITER);
    store(g->x);
    std::vector<int> skips;
    for (Node* cond : g->a) skips.push_back(cond_jump(cond, false));
    if (gi + 1 < n->a.size()) {
      comp_loop(n, gi + 1);
    } else {
      uint32_t depth = uint32_t(n->a.size() + 1);
      switch (n->kind) {
        case NK::ListComp:
          expr(n->x);
          emit(LIST_APPEND, depth);
          break;
        case NK::SetComp:
          expr(n->x);
          emit(SET_ADD, depth);
          break;
        case NK::DictComp:
          expr(n->x);
          expr(n->y);
          emit(MAP_ADD, depth);
          break;
        default:
          expr(n->x);
          emit(YIELD_VALUE);
          emit(RESUME, 1);
          emit(POP_TOP);
          break;
      }
    }
    for (int j : skips) patch(j, top);
    jump_to(top);
    // Conditions that fail jump straight back to FOR_ITER (a backward jump: check point).
    for (int j : skips) {
      (void)j;
    }
    patch(jf, here());
  }

  // ---- expressions ----
  void expr(Node* n) {
    // Left-deep chains (a+a+...+a, a.b.c...) are built iteratively by the parser; bound
    // the recursion here so no input can overflow the C++ stack.
    if (++depth_ > kMaxDepth) throw SyntaxErr{n->line, "too many nested expressions"};
    int saved = u().line;
    u().line = n->line;
    expr_inner(n);
    u().line = saved;
    depth_--;
  }
  static constexpr int kMaxDepth = 2000;
  int depth_ = 0;

  void expr_inner(Node* n) {
    switch (n->kind) {
      case NK::Name:
        name_op(n->s, Load);
        break;
      case NK::Const:
        emit(LOAD_CONST,
             konst(n->op == 0 || n->op == 3 ? Value::none() : Value::boolean(n->op == 1)));
        break;
      case NK::Int:
        emit(LOAD_CONST, konst(int_from_literal(n->s)));
        break;
      case NK::Float:
        emit(LOAD_CONST, konst(Value::from_double(n->f)));
        break;
      case NK::Str:
        emit(LOAD_CONST, konst(Value::from_obj(intern(n->s))));
        break;
      case NK::Bytes:
        emit(LOAD_CONST, konst(Value::from_obj(intern(n->s))));
        break;
      case NK::BinOp:
        expr(n->x);
        expr(n->y);
        emit(BINARY_OP, uint32_t(n->op));
        break;
      case NK::UnaryOp:
        expr(n->x);
        emit(n->op == kNeg      ? UNARY_NEGATIVE
             : n->op == kPos    ? UNARY_POSITIVE
             : n->op == kInvert ? UNARY_INVERT
                                : UNARY_NOT);
        break;
      case NK::BoolOp: {
        std::vector<int> ends;
        for (size_t i = 0; i < n->a.size(); i++) {
          expr(n->a[i]);
          if (i + 1 < n->a.size())
            ends.push_back(emit(n->op == 0 ? JUMP_IF_FALSE_OR_POP : JUMP_IF_TRUE_OR_POP));
        }
        for (int e : ends) patch(e, here());
        break;
      }
      case NK::Compare:
        compare(n);
        break;
      case NK::Call:
        call(n);
        break;
      case NK::Attribute:
        expr(n->x);
        emit(LOAD_ATTR, name_index(n->s));
        break;
      case NK::Subscript:
        expr(n->x);
        expr(n->y);
        emit(BINARY_SUBSCR);
        break;
      case NK::Slice: {
        auto part = [&](Node* p) {
          if (p)
            expr(p);
          else
            emit(LOAD_CONST, konst(Value::none()));
        };
        part(n->x);
        part(n->y);
        if (n->z) {
          expr(n->z);
          emit(BUILD_SLICE, 3);
        } else {
          emit(BUILD_SLICE, 2);
        }
        break;
      }
      case NK::Tuple:
      case NK::List:
      case NK::Set:
        sequence(n);
        break;
      case NK::Dict: {
        bool simple = true;
        for (Node* k : n->a)
          if (!k) simple = false;
        if (simple && n->a.size() < 256) {
          for (size_t i = 0; i < n->a.size(); i++) {
            expr(n->a[i]);
            expr(n->b[i]);
          }
          emit(BUILD_MAP, uint32_t(n->a.size()));
        } else {
          emit(BUILD_MAP, 0);
          for (size_t i = 0; i < n->a.size(); i++) {
            if (n->a[i]) {
              expr(n->a[i]);
              expr(n->b[i]);
              emit(MAP_ADD, 1);
            } else {
              expr(n->b[i]);
              emit(DICT_MERGE, 1);
            }
          }
        }
        break;
      }
      case NK::ListComp:
      case NK::SetComp:
      case NK::DictComp:
      case NK::GenExp:
        comprehension(n);
        break;
      case NK::Lambda:
        make_function(n, "<lambda>", n->a);
        break;
      case NK::IfExp: {
        int jf = cond_jump(n->x, false);
        expr(n->y);
        int je = emit(JUMP_FORWARD);
        patch(jf, here());
        expr(n->z);
        patch(je, here());
        break;
      }
      case NK::Yield:
        if (n->x)
          expr(n->x);
        else
          emit(LOAD_CONST, konst(Value::none()));
        emit(YIELD_VALUE);
        emit(RESUME, 1);
        break;
      case NK::YieldFrom: {
        expr(n->x);
        emit(GET_ITER);
        emit(LOAD_CONST, konst(Value::none()));
        int top = here();
        int js = emit(SEND);
        emit(YIELD_VALUE);
        emit(JUMP_BACKWARD, uint32_t(top));  // CPython uses JUMP_BACKWARD_NO_INTERRUPT here
        patch(js, here());
        break;
      }
      case NK::Starred:
        throw SyntaxErr{n->line, "can't use starred expression here"};
      default:
        throw SyntaxErr{n->line, "invalid syntax"};
    }
  }

  void sequence(Node* n) {
    bool starred = false;
    for (Node* e : n->a)
      if (e->kind == NK::Starred) starred = true;
    if (!starred) {
      for (Node* e : n->a) expr(e);
      emit(n->kind == NK::Tuple  ? BUILD_TUPLE
           : n->kind == NK::List ? BUILD_LIST
                                 : BUILD_SET,
           uint32_t(n->a.size()));
      return;
    }
    if (n->kind == NK::Set) throw SyntaxErr{n->line, "starred set displays are not supported"};
    emit(BUILD_LIST, 0);
    for (Node* e : n->a) {
      if (e->kind == NK::Starred) {
        expr(e->x);
        emit(LIST_EXTEND, 1);
      } else {
        expr(e);
        emit(LIST_APPEND, 1);
      }
    }
    if (n->kind == NK::Tuple) emit(LIST_TO_TUPLE);
  }

  void compare(Node* n) {
    expr(n->x);
    auto op = [&](int o) {
      if (o < 10)
        emit(COMPARE_OP, uint32_t(o));
      else if (o == 10 || o == 11)
        emit(CONTAINS_OP, uint32_t(o - 10));
      else
        emit(IS_OP, uint32_t(o - 12));
    };
    if (n->a.size() == 1) {
      expr(n->a[0]);
      op(n->ops[0]);
      return;
    }
    std::vector<int> cleanups;
    for (size_t i = 0; i < n->a.size(); i++) {
      expr(n->a[i]);
      if (i + 1 < n->a.size()) {
        emit(DUP_TOP);
        emit(ROT_THREE);
        op(n->ops[i]);
        cleanups.push_back(emit(JUMP_IF_FALSE_OR_POP));
      } else {
        op(n->ops[i]);
      }
    }
    int je = emit(JUMP_FORWARD);
    for (int c : cleanups) patch(c, here());
    emit(ROT_TWO);
    emit(POP_TOP);
    patch(je, here());
  }

  void call(Node* n) {
    // Zero-argument super() becomes super(__class__, <first parameter>).
    if (n->x->kind == NK::Name && n->x->s == "super" && n->a.empty() && n->b.empty() &&
        u().scope->type == ScopeType::Function && !u().scope->params.empty() &&
        u().scope->lookup("__class__") == Sym::Free) {
      name_op("super", Load);
      name_op("__class__", Load);
      name_op(u().scope->params[0], Load);
      emit(CALL, 2);
      return;
    }
    bool complex = false;
    for (Node* a : n->a)
      if (a->kind == NK::Starred) complex = true;
    for (Node* k : n->b)
      if (k->s.empty()) complex = true;
    if (complex) {
      expr(n->x);
      emit(BUILD_LIST, 0);
      for (Node* a : n->a) {
        if (a->kind == NK::Starred) {
          expr(a->x);
          emit(LIST_EXTEND, 1);
        } else {
          expr(a);
          emit(LIST_APPEND, 1);
        }
      }
      emit(LIST_TO_TUPLE);
      if (!n->b.empty()) {
        emit(BUILD_MAP, 0);
        for (Node* k : n->b) {
          if (k->s.empty()) {
            expr(k->x);
            emit(DICT_MERGE, 1);
          } else {
            emit(LOAD_CONST, konst(Value::from_obj(intern(k->s))));
            expr(k->x);
            emit(MAP_ADD, 1);
          }
        }
        emit(CALL_EX, 1);
      } else {
        emit(CALL_EX, 0);
      }
      return;
    }
    bool method = n->x->kind == NK::Attribute;
    if (method) {
      expr(n->x->x);
      u().line = n->x->line;
      emit(LOAD_METHOD, name_index(n->x->s));
    } else {
      expr(n->x);
    }
    for (Node* a : n->a) expr(a);
    for (Node* k : n->b) expr(k->x);
    uint32_t total = uint32_t(n->a.size() + n->b.size());
    u().line = n->line;
    if (!n->b.empty()) {
      std::vector<Value> names;
      for (Node* k : n->b) names.push_back(Value::from_obj(intern(k->s)));
      emit(LOAD_CONST, konst(new_tuple(std::move(names))));
      emit(method ? CALL_METHOD_KW : CALL_KW, total);
    } else {
      emit(method ? CALL_METHOD : CALL, total);
    }
  }

  SymbolTable& st_;
  StrObject* filename_;
  std::vector<Unit> units_;
  std::vector<Value> pins_;  // code objects under construction (no GC runs while compiling)
};

}  // namespace

CodeObject* compile_source(const std::string& src, const std::string& filename) {
  auto ast = parse(src);
  auto st = build_symtable(ast->root);
  Compiler c(*st, filename);
  return c.module(ast->root);
}

}  // namespace gilpy

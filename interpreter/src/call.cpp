// Call machinery: frames, argument binding, generators, running module code.
#include <cstdlib>

#include "errors.hpp"
#include "names.hpp"
#include "vm.hpp"

namespace gilpy {

// ---- frames ----
// Frames of the common sizes are recycled through small free lists (one per slot count).
namespace {
constexpr int kPooledSlots = 64;
std::vector<Frame*> frame_pool[kPooledSlots + 1];
}  // namespace

Frame* frame_new(CodeObject* code, FunctionObject* func, DictObject* globals, DictObject* locals) {
  int nslots = code->nlocals() + code->ncells() + code->stacksize;
  Frame* f;
  if (nslots <= kPooledSlots && !frame_pool[nslots].empty()) {
    f = frame_pool[nslots].back();
    frame_pool[nslots].pop_back();
  } else {
    f = static_cast<Frame*>(std::malloc(sizeof(Frame) + sizeof(Value) * size_t(nslots)));
    if (!f) throw std::bad_alloc();
  }
  f->code = code;
  f->func = func;
  f->globals = globals;
  f->locals = locals;
  f->back = nullptr;
  f->ip = code->code.data();
  f->gen = nullptr;
  f->entry = false;
  f->nblocks = 0;
  f->nslots = nslots;
  int nl = code->nlocals() + code->ncells();
  for (int i = 0; i < nl; i++) f->slots[i] = Value::null();
  f->sp = f->slots + nl;
  return f;
}

void frame_free(Frame* f) {
  if (f->nslots <= kPooledSlots && frame_pool[f->nslots].size() < 64) {
    frame_pool[f->nslots].push_back(f);
    return;
  }
  std::free(f);
}

int Frame::line() const {
  ptrdiff_t i = ip - code->code.data() - 1;
  if (i < 0) i = 0;
  if (size_t(i) >= code->lines.size()) return code->firstline;
  return code->lines[size_t(i)];
}

// ---- argument binding ----

[[noreturn]] static void arg_error(FunctionObject* fn, const std::string& msg) {
  raisef(rt().TypeError, "{}() {}", fn->name->s, msg);
}

Frame* bind_frame(FunctionObject* fn, const Args& args) {
  CodeObject* co = fn->code;
  int argc = co->argcount;
  Frame* f = frame_new(co, fn, fn->globals, nullptr);
  Value* locals = f->slots;
  int n = args.n;
  try {
    if (!args.kwnames && n == argc && !(co->flags & (kCoVarArgs | kCoVarKw))) {
      for (int i = 0; i < n; i++) locals[i] = args.v[i];
    } else {
      if (n > argc && !(co->flags & kCoVarArgs)) {
        int ndef = fn->defaults ? int(fn->defaults->items.size()) : 0;
        std::string takes =
            ndef ? fmt::format("from {} to {}", argc - ndef, argc) : std::to_string(argc);
        arg_error(fn, fmt::format("takes {} positional argument{} but {} {} given", takes,
                                  argc == 1 && !ndef ? "" : "s", n, n == 1 ? "was" : "were"));
      }
      int ncopy = n < argc ? n : argc;
      for (int i = 0; i < ncopy; i++) locals[i] = args.v[i];
      int next = argc;
      if (co->flags & kCoVarArgs) {
        std::vector<Value> extra;
        for (int i = argc; i < n; i++) extra.push_back(args.v[i]);
        locals[next++] = new_tuple(std::move(extra));
      }
      DictObject* kwdict = nullptr;
      if (co->flags & kCoVarKw) {
        kwdict = new DictObject();
        locals[next] = Value::from_obj(kwdict);
      }
      int nkw = args.nkw();
      for (int k = 0; k < nkw; k++) {
        StrObject* name = as<StrObject>(args.kwnames->items[size_t(k)]);
        Value v = args.v[n + k];
        int idx = -1;
        for (int i = 0; i < argc; i++)
          if (co->varnames[size_t(i)] == name || co->varnames[size_t(i)]->s == name->s) {
            idx = i;
            break;
          }
        if (idx < 0) {
          if (!kwdict) arg_error(fn, "got an unexpected keyword argument '" + name->s + "'");
          kwdict->set(Value::from_obj(name), v);
          continue;
        }
        if (!locals[idx].is_null())
          arg_error(fn, "got multiple values for argument '" + name->s + "'");
        locals[idx] = v;
      }
      int ndef = fn->defaults ? int(fn->defaults->items.size()) : 0;
      std::vector<std::string> missing;
      for (int i = 0; i < argc; i++) {
        if (!locals[i].is_null()) continue;
        int d = i - (argc - ndef);
        if (d >= 0)
          locals[i] = fn->defaults->items[size_t(d)];
        else
          missing.push_back("'" + co->varnames[size_t(i)]->s + "'");
      }
      if (!missing.empty()) {
        std::string list;
        for (size_t i = 0; i < missing.size(); i++) {
          if (i) list += i + 1 == missing.size() ? (missing.size() > 2 ? ", and " : " and ") : ", ";
          list += missing[i];
        }
        arg_error(fn, fmt::format("missing {} required positional argument{}: {}", missing.size(),
                                  missing.size() == 1 ? "" : "s", list));
      }
    }
  } catch (...) {
    frame_free(f);
    throw;
  }
  if (co->ncells()) {
    Value* cells = f->cells();
    size_t nc = co->cellvars.size();
    for (size_t i = 0; i < nc; i++) {
      auto* c = new CellObject();
      if (co->cell_arg[i] >= 0) c->v = locals[co->cell_arg[i]];
      cells[i] = Value::from_obj(c);
    }
    for (size_t j = 0; j < co->freevars.size(); j++) cells[nc + j] = fn->closure->items[j];
  }
  return f;
}

Value call_function(FunctionObject* fn, const Args& args) {
  Frame* f = bind_frame(fn, args);
  if (fn->code->flags & kCoGenerator) {
    auto* g = new GeneratorObject(f, fn->name);
    return Value::from_obj(g);
  }
  return eval_frame(f);
}

// ---- generators ----

GeneratorObject::GeneratorObject(Frame* f, StrObject* n)
    : Object(rt().generator_type), frame(f), name(n) {
  f->gen = this;
}
GeneratorObject::~GeneratorObject() {
  if (frame) frame_free(frame);
}
void GeneratorObject::trace() {
  mark(name);
  if (frame) frame_trace(frame);
}

Value gen_send(GeneratorObject* g, Value v, bool& done) {
  if (g->finished) {
    done = true;
    return Value::none();
  }
  if (g->running) raise(rt().ValueError, "generator already executing");
  Frame* f = g->frame;
  if (f->ip != f->code->code.data()) {
    *f->sp++ = v;
  } else if (!v.is_none()) {
    raise(rt().TypeError, "can't send non-None value to a just-started generator");
  }
  ThreadState* t = ts();
  g->running = true;
  Value r;
  try {
    r = eval_frame(f);
  } catch (PyError& e) {
    g->running = false;
    g->finished = true;
    g->frame = nullptr;
    frame_free(f);
    if (isinstance(e.exc, rt().StopIteration))
      raise(rt().RuntimeError, "generator raised StopIteration");
    throw;
  }
  g->running = false;
  if (t->yielded) {
    t->yielded = false;
    done = false;
    return r;
  }
  g->finished = true;
  g->frame = nullptr;
  frame_free(f);
  done = true;
  return r;
}

Value run_code(CodeObject* code, DictObject* globals) {
  Frame* f = frame_new(code, nullptr, globals, globals);
  return eval_frame(f);
}

}  // namespace gilpy

// The eval loop: dispatch only (call machinery in call.cpp, protocols in ops.cpp).
//
// Design note.
// * Dispatch is computed goto over a table generated from opcodes.def (a `switch` when
//   GILPY_NO_COMPUTED_GOTO is defined). Instructions are 32-bit words: opcode | arg << 8.
// * Values are NaN-boxed (value.hpp); BINARY_OP, COMPARE_OP and subscripts have inline
//   paths for small ints, doubles and lists before falling back to the generic protocols.
// * Python-to-Python calls do not recurse in C++: CALL pushes the callee's frame and the
//   loop continues in it (as CPython 3.11). A frame marked `entry` returns to C++: the
//   entry frame of this invocation, a generator being resumed, a callback from native code.
// * Check points, CPython 3.10+/3.11 policy (gil-spec §3.4): RESUME (function entry and
//   generator resumption), JUMP_BACKWARD, POP_JUMP_IF_* when the taken jump goes backward,
//   and after calls into native code (except the fast builtins len, isinstance, type and
//   list.append, as 3.11's specialised forms). A check point polls the one eval-breaker
//   word of the runtime; when any bit is set, handle_eval_breaker() runs the requests
//   (collection now; the GIL's drop request later). Nothing else in the loop looks at it.
// * Python exceptions are C++ PyError throws caught once per loop iteration boundary;
//   the handler walks the frame's block stack (SETUP_EXCEPT/SETUP_FINALLY) and then the
//   caller frames, appending traceback entries.
#include <cmath>
#include <stdexcept>

#include "errors.hpp"
#include "gil/gil_policy.hpp"
#include "names.hpp"
#include "objects/int.hpp"
#include "runtime/int_ops.hpp"
#include "vm.hpp"

namespace gilpy {

const char* const kOpcodeNames[] = {
#define OP(name, eff, jeff, doc) #name,
#include "opcodes.def"
#undef OP
};

Value import_module(StrObject* name);  // modules/registry.cpp
void list_extend(ListObject* l, Value it);
Value build_class_builtin();  // builtins.cpp
bool builtin_needs_no_check(Value callable);

namespace {

[[noreturn]] void name_error(StrObject* n) {
  raisef(rt().NameError, "name '{}' is not defined", n->s);
}

bool exc_matches(Value exc, Value type) {
  if (is_kind(type, Kind::Tuple)) {
    for (Value t : as<TupleObject>(type)->items)
      if (exc_matches(exc, t)) return true;
    return false;
  }
  if (!is_kind(type, Kind::Type) || !as<TypeObject>(type)->is_subtype(rt().BaseException))
    raise(rt().TypeError, "catching classes that do not inherit from BaseException is not allowed");
  return isinstance(exc, as<TypeObject>(type));
}

Value call_ex(Value fn, Value argt, Value kwd) {
  std::vector<Value> buf = as<TupleObject>(argt)->items;
  int n = int(buf.size());
  TupleObject* kwnames = nullptr;
  if (!kwd.is_null()) {
    std::vector<Value> names_;
    for (auto& e : as<DictObject>(kwd)->map.entries) {
      if (e.key.is_null()) continue;
      if (!is_kind(e.key, Kind::Str)) raise(rt().TypeError, "keywords must be strings");
      names_.push_back(e.key);
      buf.push_back(e.value);
    }
    if (!names_.empty()) kwnames = as<TupleObject>(new_tuple(std::move(names_)));
  }
  Pin pin(kwnames ? Value::from_obj(kwnames) : Value::none());
  return call(fn, Args{buf.data(), n, kwnames});
}

void dict_merge(DictObject* d, Value src) {
  if (is_kind(src, Kind::Dict)) {
    for (auto& e : as<DictObject>(src)->map.entries)
      if (!e.key.is_null()) d->map.set_hashed(e.key, e.hash, e.value);
    return;
  }
  Value keys = get_attr_opt(src, intern("keys"));
  if (keys.is_null()) raisef(rt().TypeError, "'{}' object is not a mapping", type_name(src));
  for (Value k : to_vector(call0(keys))) d->set(k, get_item(src, k));
}

// UNPACK_SEQUENCE for any iterable: writes the n items to out[0..n) (first on top).
void unpack_slow(Value s, uint32_t n, Value* out) {
  Value holder = new_list({});  // pinned: the iterator may run Python code (and the GC)
  Pin pin0(holder);
  std::vector<Value>& items = as<ListObject>(holder)->items;
  Value it = get_iter(s);
  Pin pin(it);
  Value v;
  while (iter_next(it, v)) {
    items.push_back(v);
    if (items.size() > n) break;
  }
  if (items.size() > n) raisef(rt().ValueError, "too many values to unpack (expected {})", n);
  if (items.size() < n)
    raisef(rt().ValueError, "not enough values to unpack (expected {}, got {})", n, items.size());
  for (uint32_t i = 0; i < n; i++) out[i] = items[n - 1 - i];
}

}  // namespace

Value eval_frame(Frame* entry) {
  ThreadState* const t = ts();
  Runtime& R = rt();
  std::atomic<uint32_t>* const breaker = t->eval_breaker;
  entry->entry = true;
  entry->back = t->frame;
  if (t->native_depth >= R.recursion_limit + 50 || t->depth >= R.recursion_limit) {
    if (!entry->gen) frame_free(entry);
    raise(R.RecursionError, "maximum recursion depth exceeded");
  }
  t->native_depth++;
  t->depth++;
  t->frame = entry;

  Frame* f = entry;
  CodeObject* co;
  const uint32_t* code_base;
  const uint32_t* ip;
  Value* sp;
  Value* locals;
  Value* cells;
  const Value* consts;
  uint32_t instr;

#define LOAD_FRAME()                \
  do {                              \
    co = f->code;                   \
    code_base = co->code.data();    \
    ip = f->ip;                     \
    sp = f->sp;                     \
    locals = f->slots;              \
    cells = locals + co->nlocals(); \
    consts = co->consts.data();     \
  } while (0)
#define SAVE_FRAME() \
  do {               \
    f->ip = ip;      \
    f->sp = sp;      \
  } while (0)
#define ARG (instr >> 8)
#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define CHECK_EVAL_BREAKER()                                                  \
  do {                                                                        \
    if (__builtin_expect(breaker->load(std::memory_order_relaxed) != 0, 0)) { \
      SAVE_FRAME();                                                           \
      handle_eval_breaker(t);                                                 \
    }                                                                         \
  } while (0)

  // Policy 39: a check point before every instruction that is not a fast one, except right
  // before SETUP_FINALLY/SETUP_EXCEPT (as 3.6-3.9's loop-top skip rule, gil-spec §3.2).
#define GIL_CHECK39()                                                         \
  do {                                                                        \
    if (__builtin_expect(breaker->load(std::memory_order_relaxed) != 0, 0) && \
        !gil::no_check_before(instr & 0xFF)) {                                \
      SAVE_FRAME();                                                           \
      handle_eval_breaker(t);                                                 \
    }                                                                         \
  } while (0)
  // Policy 27: the shared ticker counts ticking instructions; at zero the holder handles the
  // eval breaker and releases and re-takes the lock (2.7 skips this before SETUP_FINALLY).
#define GIL_TICK27()                                                                     \
  do {                                                                                   \
    if (__builtin_expect(--gil::ticker < 0, 0) && !gil::no_check_before(instr & 0xFF)) { \
      SAVE_FRAME();                                                                      \
      if (breaker->load(std::memory_order_relaxed) != 0) handle_eval_breaker(t);         \
      gil::tick27(t);                                                                    \
    }                                                                                    \
  } while (0)

#ifndef GILPY_NO_COMPUTED_GOTO
  static const void* const dispatch_table[] = {
#define OP(name, eff, jeff, doc) &&L_##name,
#include "opcodes.def"
#undef OP
  };
  // Policies 39 and 27 (gil_policy.hpp): opcodes that are check points go through a stub
  // first; policy 310 uses the plain table and pays nothing.
  static const void* const dispatch_table_39[] = {
#define OP(name, eff, jeff, doc) gil::fast_opcode(name) ? &&L_##name : &&L_CHECK39,
#include "opcodes.def"
#undef OP
  };
  static const void* const dispatch_table_27[] = {
#define OP(name, eff, jeff, doc) gil::fast_opcode(name) ? &&L_##name : &&L_TICK27,
#include "opcodes.def"
#undef OP
  };
  const gil::Policy policy = gil::config().policy;
  const void* const* const dispatch = policy == gil::Policy::k310  ? dispatch_table
                                      : policy == gil::Policy::k39 ? dispatch_table_39
                                                                   : dispatch_table_27;
#define TARGET(op) L_##op:
#define DISPATCH()                \
  do {                            \
    instr = *ip++;                \
    goto* dispatch[instr & 0xFF]; \
  } while (0)
#else
  const gil::Policy policy = gil::config().policy;
#define TARGET(op) case op:
#define DISPATCH() goto dispatch_top
#endif

  LOAD_FRAME();
  Value exc;
  bool reraise;
  // Shared by the CALL family (declared here: labels may not jump past initialisations).
  Value callable;
  Value* args;
  int nargs;
  TupleObject* kwnames;
  Value* call_base;
  for (;;) {
    try {
#ifndef GILPY_NO_COMPUTED_GOTO
      DISPATCH();
#else
    dispatch_top:
      instr = *ip++;
      if (policy == gil::Policy::k39 && !gil::fast_opcode(instr & 0xFF)) GIL_CHECK39();
      if (policy == gil::Policy::k27 && !gil::fast_opcode(instr & 0xFF)) GIL_TICK27();
      switch (instr & 0xFF) {
#endif
#ifndef GILPY_NO_COMPUTED_GOTO
    L_CHECK39:
      GIL_CHECK39();
      goto* dispatch_table[instr & 0xFF];
    L_TICK27:
      GIL_TICK27();
      goto* dispatch_table[instr & 0xFF];
#endif
      TARGET(NOP) DISPATCH();
      TARGET(GEN_START) DISPATCH();
      TARGET(SETUP_ANNOTATIONS) DISPATCH();
      TARGET(RESUME) {
        CHECK_EVAL_BREAKER();
        DISPATCH();
      }
      TARGET(POP_TOP) {
        sp--;
        DISPATCH();
      }
      TARGET(ROT_TWO) {
        Value a = sp[-1];
        sp[-1] = sp[-2];
        sp[-2] = a;
        DISPATCH();
      }
      TARGET(ROT_THREE) {
        Value a = sp[-1];
        sp[-1] = sp[-2];
        sp[-2] = sp[-3];
        sp[-3] = a;
        DISPATCH();
      }
      TARGET(ROT_FOUR) {
        Value a = sp[-1];
        sp[-1] = sp[-2];
        sp[-2] = sp[-3];
        sp[-3] = sp[-4];
        sp[-4] = a;
        DISPATCH();
      }
      TARGET(DUP_TOP) {
        Value a = TOP();
        PUSH(a);
        DISPATCH();
      }
      TARGET(DUP_TOP_TWO) {
        Value a = sp[-2], b = sp[-1];
        PUSH(a);
        PUSH(b);
        DISPATCH();
      }
      TARGET(LOAD_CONST) {
        PUSH(consts[ARG]);
        DISPATCH();
      }
      TARGET(LOAD_FAST) {
        Value v = locals[ARG];
        if (__builtin_expect(v.is_null(), 0))
          raisef(R.UnboundLocalError,
                 "cannot access local variable '{}' where it is not associated with a value",
                 co->varnames[ARG]->s);
        PUSH(v);
        DISPATCH();
      }
      TARGET(STORE_FAST) {
        locals[ARG] = POP();
        DISPATCH();
      }
      TARGET(DELETE_FAST) {
        if (locals[ARG].is_null())
          raisef(R.UnboundLocalError,
                 "cannot access local variable '{}' where it is not associated with a value",
                 co->varnames[ARG]->s);
        locals[ARG] = Value::null();
        DISPATCH();
      }
      TARGET(LOAD_DEREF) {
        Value v = as<CellObject>(cells[ARG])->v;
        if (v.is_null()) {
          size_t nc = co->cellvars.size();
          StrObject* n = ARG < nc ? co->cellvars[ARG] : co->freevars[ARG - nc];
          if (ARG < nc)
            raisef(R.UnboundLocalError,
                   "cannot access local variable '{}' where it is not associated with a value",
                   n->s);
          raisef(R.NameError,
                 "cannot access free variable '{}' where it is not associated with a value in "
                 "enclosing scope",
                 n->s);
        }
        PUSH(v);
        DISPATCH();
      }
      TARGET(STORE_DEREF) {
        as<CellObject>(cells[ARG])->v = POP();
        DISPATCH();
      }
      TARGET(LOAD_CLOSURE) {
        PUSH(cells[ARG]);
        DISPATCH();
      }
      TARGET(LOAD_GLOBAL) {
        StrObject* n = co->names[ARG];
        Value v = f->globals->get_str(n);
        if (v.is_null()) {
          v = R.builtins->get_str(n);
          if (v.is_null()) name_error(n);
        }
        PUSH(v);
        DISPATCH();
      }
      TARGET(STORE_GLOBAL) {
        StrObject* n = co->names[ARG];
        f->globals->map.set_hashed(Value::from_obj(n), py_hash(Value::from_obj(n)), POP());
        DISPATCH();
      }
      TARGET(DELETE_GLOBAL) {
        if (!f->globals->map.erase(Value::from_obj(co->names[ARG]))) name_error(co->names[ARG]);
        DISPATCH();
      }
      TARGET(LOAD_NAME) {
        StrObject* n = co->names[ARG];
        Value v = f->locals ? f->locals->get_str(n) : Value::null();
        if (v.is_null()) v = f->globals->get_str(n);
        if (v.is_null()) v = R.builtins->get_str(n);
        if (v.is_null()) name_error(n);
        PUSH(v);
        DISPATCH();
      }
      TARGET(STORE_NAME) {
        StrObject* n = co->names[ARG];
        (f->locals ? f->locals : f->globals)->set(Value::from_obj(n), POP());
        DISPATCH();
      }
      TARGET(DELETE_NAME) {
        if (!(f->locals ? f->locals : f->globals)->map.erase(Value::from_obj(co->names[ARG])))
          name_error(co->names[ARG]);
        DISPATCH();
      }
      TARGET(LOAD_ATTR) {
        Value obj = TOP();
        StrObject* n = co->names[ARG];
        if (is_kind(obj, Kind::Instance)) {
          Value v = as<InstanceObject>(obj)->dict->get_str(n);
          if (!v.is_null() && !is_kind(obj.obj()->type->lookup(n), Kind::Property)) {
            TOP() = v;
            DISPATCH();
          }
        }
        SAVE_FRAME();
        TOP() = get_attr(obj, n);
        DISPATCH();
      }
      TARGET(STORE_ATTR) {
        Value obj = sp[-1];
        Value v = sp[-2];
        if (is_kind(obj, Kind::Instance)) {
          // Rebinding an attribute the instance already has: update it in place. (A class
          // property shadowing it would have kept it out of the instance dict.)
          HashMap::Entry* e = as<InstanceObject>(obj)->dict->map.find_str(co->names[ARG]);
          if (e) {
            e->value = v;
            sp -= 2;
            DISPATCH();
          }
        }
        SAVE_FRAME();
        set_attr(obj, co->names[ARG], v);
        sp -= 2;
        DISPATCH();
      }
      TARGET(DELETE_ATTR) {
        Value obj = POP();
        del_attr(obj, co->names[ARG]);
        DISPATCH();
      }
      TARGET(LOAD_METHOD) {
        Value obj = TOP();
        StrObject* n = co->names[ARG];
        TypeObject* ty = type_of(obj);
        if (ty->kind == Kind::Instance) {
          Value m = ty->lookup(n);
          if (is_kind(m, Kind::Function) && as<InstanceObject>(obj)->dict->get_str(n).is_null()) {
            TOP() = m;
            PUSH(obj);
            DISPATCH();
          }
        } else if (ty->builtin && ty->kind != Kind::Type && ty->kind != Kind::Module &&
                   ty->kind != Kind::Super) {
          Value m = ty->lookup(n);
          if (is_kind(m, Kind::Builtin) && as<BuiltinObject>(m)->self.is_null()) {
            TOP() = m;
            PUSH(obj);
            DISPATCH();
          }
        }
        SAVE_FRAME();
        TOP() = get_attr(obj, n);
        PUSH(Value::null());
        DISPATCH();
      }
      TARGET(BINARY_SUBSCR) {
        Value c = sp[-2], k = sp[-1];
        if (k.is_small() && is_type(c, R.list_type)) {
          auto& items = as<ListObject>(c)->items;
          int64_t i = k.as_small();
          if (i < 0) i += int64_t(items.size());
          if (i >= 0 && i < int64_t(items.size())) {
            sp--;
            TOP() = items[size_t(i)];
            DISPATCH();
          }
        }
        SAVE_FRAME();
        Value r = get_item(c, k);
        sp--;
        TOP() = r;
        DISPATCH();
      }
      TARGET(STORE_SUBSCR) {
        Value k = sp[-1], c = sp[-2], v = sp[-3];
        if (k.is_small() && is_type(c, R.list_type)) {
          auto& items = as<ListObject>(c)->items;
          int64_t i = k.as_small();
          if (i < 0) i += int64_t(items.size());
          if (i >= 0 && i < int64_t(items.size())) {
            items[size_t(i)] = v;
            sp -= 3;
            DISPATCH();
          }
        }
        SAVE_FRAME();
        set_item(c, k, v);
        sp -= 3;
        DISPATCH();
      }
      TARGET(DELETE_SUBSCR) {
        Value k = sp[-1], c = sp[-2];
        SAVE_FRAME();
        del_item(c, k);
        sp -= 2;
        DISPATCH();
      }
      TARGET(BUILD_SLICE) {
        Value step = ARG == 3 ? POP() : Value::none();
        Value stop = POP();
        Value start = TOP();
        TOP() = Value::from_obj(new SliceObject(start, stop, step));
        DISPATCH();
      }
      TARGET(BINARY_OP)
      TARGET(INPLACE_OP) {
        Value a = sp[-2], b = sp[-1];
        Value r;
        uint32_t op = ARG;
        if (a.is_small() && b.is_small()) {
          int64_t x = a.as_small(), y = b.as_small(), z;
          switch (op) {
            case kAdd:
              z = x + y;
              goto int_result;
            case kSub:
              z = x - y;
              goto int_result;
            case kMul:
              if (__builtin_mul_overflow(x, y, &z)) goto slow;
              goto int_result;
            case kFloorDiv:
              if (y == 0) goto slow;
              z = *python_floor_div(x, y);
              goto int_result;
            case kMod:
              if (y == 0) goto slow;
              z = python_floor_mod(x, y);
              goto int_result;
            case kTrueDiv:
              if (y == 0 || std::llabs(x) >= (int64_t(1) << 53) ||
                  std::llabs(y) >= (int64_t(1) << 53))
                goto slow;
              r = Value::from_double(double(x) / double(y));
              goto done;
            case kAnd:
              z = x & y;
              goto int_result;
            case kOr:
              z = x | y;
              goto int_result;
            case kXor:
              z = x ^ y;
              goto int_result;
            default:
              goto slow;
          }
        int_result:
          r = Value::int_fits(z) ? Value::from_small(z) : new_int(z);
          goto done;
        }
        if (a.is_double() || b.is_double()) {
          double x, y;
          if (a.is_double())
            x = a.as_double();
          else if (a.is_small())
            x = double(a.as_small());
          else
            goto slow;
          if (b.is_double())
            y = b.as_double();
          else if (b.is_small())
            y = double(b.as_small());
          else
            goto slow;
          switch (op) {
            case kAdd:
              r = Value::from_double(x + y);
              goto done;
            case kSub:
              r = Value::from_double(x - y);
              goto done;
            case kMul:
              r = Value::from_double(x * y);
              goto done;
            case kTrueDiv:
              if (y == 0) goto slow;
              r = Value::from_double(x / y);
              goto done;
            default:
              goto slow;
          }
        }
      slow:
        SAVE_FRAME();
        r = (instr & 0xFF) == INPLACE_OP ? inplace_op(int(op), a, b) : binary_op(int(op), a, b);
      done:
        sp--;
        TOP() = r;
        DISPATCH();
      }
      TARGET(UNARY_NEGATIVE) {
        Value a = TOP();
        if (a.is_double())
          TOP() = Value::from_double(-a.as_double());
        else if (a.is_small())
          TOP() = new_int(-a.as_small());
        else {
          SAVE_FRAME();
          TOP() = unary_op(kNeg, a);
        }
        DISPATCH();
      }
      TARGET(UNARY_POSITIVE) {
        SAVE_FRAME();
        TOP() = unary_op(kPos, TOP());
        DISPATCH();
      }
      TARGET(UNARY_INVERT) {
        SAVE_FRAME();
        TOP() = unary_op(kInvert, TOP());
        DISPATCH();
      }
      TARGET(UNARY_NOT) {
        Value a = TOP();
        TOP() = Value::boolean(a.is_bool() ? !a.is_true() : !truthy(a));
        DISPATCH();
      }
      TARGET(COMPARE_OP) {
        Value a = sp[-2], b = sp[-1];
        bool res;
        if (a.is_small() && b.is_small()) {
          int64_t x = a.as_small(), y = b.as_small();
          switch (ARG) {
            case kLt:
              res = x < y;
              break;
            case kLe:
              res = x <= y;
              break;
            case kEq:
              res = x == y;
              break;
            case kNe:
              res = x != y;
              break;
            case kGt:
              res = x > y;
              break;
            default:
              res = x >= y;
              break;
          }
        } else if (a.is_double() && b.is_double()) {
          double x = a.as_double(), y = b.as_double();
          switch (ARG) {
            case kLt:
              res = x < y;
              break;
            case kLe:
              res = x <= y;
              break;
            case kEq:
              res = x == y;
              break;
            case kNe:
              res = x != y;
              break;
            case kGt:
              res = x > y;
              break;
            default:
              res = x >= y;
              break;
          }
        } else {
          SAVE_FRAME();
          Value r = compare(int(ARG), a, b);
          sp--;
          TOP() = r;
          DISPATCH();
        }
        sp--;
        TOP() = Value::boolean(res);
        DISPATCH();
      }
      TARGET(IS_OP) {
        Value b = POP();
        bool same = TOP() == b;
        TOP() = Value::boolean(ARG ? !same : same);
        DISPATCH();
      }
      TARGET(CONTAINS_OP) {
        Value c = sp[-1], item = sp[-2];
        SAVE_FRAME();
        bool in = contains(c, item);
        sp--;
        TOP() = Value::boolean(ARG ? !in : in);
        DISPATCH();
      }
      TARGET(JUMP_FORWARD) {
        ip = code_base + ARG;
        DISPATCH();
      }
      TARGET(JUMP_BACKWARD) {
        ip = code_base + ARG;
        CHECK_EVAL_BREAKER();
        DISPATCH();
      }
      TARGET(POP_JUMP_IF_FALSE) {
        Value v = POP();
        bool jump = v.is_bool() ? !v.is_true() : !truthy(v);
        if (jump) {
          const uint32_t* target = code_base + ARG;
          bool back = target < ip;
          ip = target;
          if (back) CHECK_EVAL_BREAKER();
        }
        DISPATCH();
      }
      TARGET(POP_JUMP_IF_TRUE) {
        Value v = POP();
        bool jump = v.is_bool() ? v.is_true() : truthy(v);
        if (jump) {
          const uint32_t* target = code_base + ARG;
          bool back = target < ip;
          ip = target;
          if (back) CHECK_EVAL_BREAKER();
        }
        DISPATCH();
      }
      TARGET(JUMP_IF_FALSE_OR_POP) {
        if (!truthy(TOP()))
          ip = code_base + ARG;
        else
          sp--;
        DISPATCH();
      }
      TARGET(JUMP_IF_TRUE_OR_POP) {
        if (truthy(TOP()))
          ip = code_base + ARG;
        else
          sp--;
        DISPATCH();
      }
      TARGET(GET_ITER) {
        SAVE_FRAME();
        TOP() = get_iter(TOP());
        DISPATCH();
      }
      TARGET(FOR_ITER) {
        Value it = TOP();
        Value v;
        bool more;
        SAVE_FRAME();
        if (is_kind(it, Kind::Iter)) {
          auto* io = as<IterObject>(it);
          more = io->next(io, v);
        } else if (is_kind(it, Kind::Generator)) {
          bool fin;
          v = gen_send(as<GeneratorObject>(it), Value::none(), fin);
          more = !fin;
        } else {
          more = iter_next(it, v);
        }
        if (more) {
          PUSH(v);
        } else {
          sp--;
          ip = code_base + ARG;
        }
        DISPATCH();
      }
      TARGET(BUILD_TUPLE) {
        uint32_t n = ARG;
        Value tv = new_tuple(std::vector<Value>(sp - n, sp));
        sp -= n;
        PUSH(tv);
        DISPATCH();
      }
      TARGET(BUILD_LIST) {
        uint32_t n = ARG;
        Value lv = new_list(std::vector<Value>(sp - n, sp));
        sp -= n;
        PUSH(lv);
        DISPATCH();
      }
      TARGET(BUILD_SET) {
        uint32_t n = ARG;
        auto* s = new SetObject(false);
        Value* base = sp - n;
        *sp++ = Value::from_obj(s);  // on the stack while hashing (user __hash__ may collect)
        SAVE_FRAME();
        for (Value* p = base; p < base + n; p++) s->map.set(*p, Value::none());
        base[0] = Value::from_obj(s);
        sp = base + 1;
        DISPATCH();
      }
      TARGET(BUILD_MAP) {
        uint32_t n = ARG;
        auto* d = new DictObject();
        Value* base = sp - 2 * n;
        *sp++ = Value::from_obj(d);  // on the stack while hashing (user __hash__ may collect)
        SAVE_FRAME();
        for (Value* p = base; p < base + 2 * n; p += 2) d->set(p[0], p[1]);
        base[0] = Value::from_obj(d);
        sp = base + 1;
        DISPATCH();
      }
      TARGET(LIST_APPEND) {
        Value v = POP();
        as<ListObject>(sp[-int(ARG)])->items.push_back(v);
        DISPATCH();
      }
      TARGET(SET_ADD) {
        Value v = POP();
        SAVE_FRAME();
        as<SetObject>(sp[-int(ARG)])->map.set(v, Value::none());
        DISPATCH();
      }
      TARGET(MAP_ADD) {
        Value v = POP();
        Value k = POP();
        SAVE_FRAME();
        as<DictObject>(sp[-int(ARG)])->set(k, v);
        DISPATCH();
      }
      TARGET(LIST_EXTEND) {
        Value v = sp[-1];
        SAVE_FRAME();
        list_extend(as<ListObject>(sp[-1 - int(ARG)]), v);
        sp--;
        DISPATCH();
      }
      TARGET(LIST_TO_TUPLE) {
        TOP() = new_tuple(as<ListObject>(TOP())->items);
        DISPATCH();
      }
      TARGET(DICT_MERGE) {
        Value v = sp[-1];
        SAVE_FRAME();
        dict_merge(as<DictObject>(sp[-1 - int(ARG)]), v);
        sp--;
        DISPATCH();
      }
      TARGET(UNPACK_SEQUENCE) {
        Value s = TOP();
        uint32_t n = ARG;
        const std::vector<Value>* items = nullptr;
        if (is_type(s, R.tuple_type))
          items = &as<TupleObject>(s)->items;
        else if (is_type(s, R.list_type))
          items = &as<ListObject>(s)->items;
        if (items && items->size() == n) {
          sp--;
          for (uint32_t i = n; i > 0; i--) PUSH((*items)[i - 1]);
          DISPATCH();
        }
        SAVE_FRAME();
        unpack_slow(s, n, sp - 1);
        sp += int(n) - 1;
        DISPATCH();
      }
      {
        TARGET(CALL) {
          nargs = int(ARG);
          call_base = sp - nargs - 1;
          callable = call_base[0];
          args = call_base + 1;
          kwnames = nullptr;
          goto do_call;
        }
        TARGET(CALL_KW) {
          kwnames = as<TupleObject>(sp[-1]);
          int total = int(ARG);
          nargs = total - int(kwnames->items.size());
          call_base = sp - total - 2;
          callable = call_base[0];
          args = call_base + 1;
          goto do_call;
        }
        TARGET(CALL_METHOD) {
          nargs = int(ARG);
          call_base = sp - nargs - 2;
          callable = call_base[0];
          kwnames = nullptr;
          if (call_base[1].is_null()) {
            args = call_base + 2;
          } else {
            args = call_base + 1;
            nargs++;
          }
          goto do_call;
        }
        TARGET(CALL_METHOD_KW) {
          kwnames = as<TupleObject>(sp[-1]);
          int total = int(ARG);
          nargs = total - int(kwnames->items.size());
          call_base = sp - total - 3;
          callable = call_base[0];
          if (call_base[1].is_null()) {
            args = call_base + 2;
          } else {
            args = call_base + 1;
            nargs++;
          }
          goto do_call;
        }
      do_call:
        if (is_kind(callable, Kind::Function) &&
            !(as<FunctionObject>(callable)->code->flags & kCoGenerator)) {
          // Python-to-Python call: no C++ recursion; the callee's RESUME is the check point.
          auto* fn = as<FunctionObject>(callable);
          SAVE_FRAME();
          Frame* nf = bind_frame(fn, Args{args, nargs, kwnames});
          if (t->depth >= R.recursion_limit) {
            frame_free(nf);
            raise(R.RecursionError, "maximum recursion depth exceeded");
          }
          sp = call_base;
          SAVE_FRAME();
          nf->back = f;
          t->depth++;
          t->frame = nf;
          f = nf;
          LOAD_FRAME();
          DISPATCH();
        }
        if (is_kind(callable, Kind::Method) &&
            is_kind(as<MethodObject>(callable)->fn, Kind::Function)) {
          // Bound method stored in a variable: put self in the slot before the arguments.
          auto* m = as<MethodObject>(callable);
          auto* fn = as<FunctionObject>(m->fn);
          if (!(fn->code->flags & kCoGenerator)) {
            args[-1] = m->self;
            SAVE_FRAME();
            Frame* nf = bind_frame(fn, Args{args - 1, nargs + 1, kwnames});
            if (t->depth >= R.recursion_limit) {
              frame_free(nf);
              raise(R.RecursionError, "maximum recursion depth exceeded");
            }
            sp = call_base;
            SAVE_FRAME();
            nf->back = f;
            t->depth++;
            t->frame = nf;
            f = nf;
            LOAD_FRAME();
            DISPATCH();
          }
        }
        if (is_kind(callable, Kind::Builtin)) {
          // Native call: a bound receiver goes into the slot before the arguments.
          auto* b = as<BuiltinObject>(callable);
          bool check = b->check_after;
          NativeFn fn = b->fn;
          if (!b->self.is_null()) {
            args[-1] = b->self;
            args--;
            nargs++;
          }
          SAVE_FRAME();
          Value r = fn(Args{args, nargs, kwnames});
          sp = call_base;
          PUSH(r);
          if (check) CHECK_EVAL_BREAKER();
          DISPATCH();
        }
        {
          SAVE_FRAME();
          Value r = call(callable, Args{args, nargs, kwnames});
          sp = call_base;
          PUSH(r);
          if (!is_kind(callable, Kind::Builtin) || as<BuiltinObject>(callable)->check_after)
            CHECK_EVAL_BREAKER();
          DISPATCH();
        }
      }
      TARGET(CALL_EX) {
        Value kw = ARG & 1 ? sp[-1] : Value::null();
        Value argt = ARG & 1 ? sp[-2] : sp[-1];
        Value fn = ARG & 1 ? sp[-3] : sp[-2];
        SAVE_FRAME();
        Value r = call_ex(fn, argt, kw);
        sp -= (ARG & 1) ? 3 : 2;
        PUSH(r);
        CHECK_EVAL_BREAKER();
        DISPATCH();
      }
      TARGET(MAKE_FUNCTION) {
        auto* code = as<CodeObject>(POP());
        Value closure = ARG & 8 ? POP() : Value::null();
        Value defaults = ARG & 1 ? POP() : Value::null();
        auto* fn = new FunctionObject(code, f->globals);
        if (!closure.is_null()) fn->closure = as<TupleObject>(closure);
        if (!defaults.is_null()) fn->defaults = as<TupleObject>(defaults);
        PUSH(Value::from_obj(fn));
        DISPATCH();
      }
      TARGET(LOAD_BUILD_CLASS) {
        PUSH(build_class_builtin());
        DISPATCH();
      }
      TARGET(RETURN_VALUE) {
        Value r = POP();
        t->depth--;
        if (f->entry) {
          t->frame = f->back;
          t->native_depth--;
          if (!f->gen)
            frame_free(f);
          else
            SAVE_FRAME();
          return r;
        }
        Frame* back = f->back;
        frame_free(f);
        f = back;
        t->frame = f;
        LOAD_FRAME();
        PUSH(r);
        DISPATCH();
      }
      TARGET(YIELD_VALUE) {
        Value r = POP();
        SAVE_FRAME();
        t->yielded = true;
        t->depth--;
        t->native_depth--;
        t->frame = f->back;
        return r;
      }
      TARGET(SEND) {
        Value v = sp[-1], sub = sp[-2];
        Value r;
        bool fin;
        SAVE_FRAME();
        if (is_kind(sub, Kind::Generator)) {
          r = gen_send(as<GeneratorObject>(sub), v, fin);
        } else if (v.is_none()) {
          fin = !iter_next(sub, r);
          if (fin) r = Value::none();
        } else {
          r = call1(get_attr(sub, intern("send")), v);
          fin = false;
        }
        if (fin) {
          sp -= 2;
          PUSH(r);
          ip = code_base + ARG;
        } else {
          sp[-1] = r;
        }
        DISPATCH();
      }
      TARGET(SETUP_EXCEPT)
      TARGET(SETUP_FINALLY) {
        if (f->nblocks >= kMaxBlocks) raise(R.RuntimeError, "too many nested blocks");
        f->blocks[f->nblocks++] = Block{ARG, uint32_t(sp - f->stack_base()), 0, kBlockSetup};
        DISPATCH();
      }
      TARGET(POP_BLOCK) {
        f->nblocks--;
        DISPATCH();
      }
      TARGET(POP_EXCEPT) {
        Block& b = f->blocks[--f->nblocks];
        t->exc_stack.resize(b.exc_depth);
        DISPATCH();
      }
      TARGET(RAISE) {
        SAVE_FRAME();
        if (ARG == 0) {
          if (t->exc_stack.empty()) raise(R.RuntimeError, "No active exception to reraise");
          throw PyError{t->exc_stack.back()};
        }
        if (ARG == 2) {
          Value cause = POP();
          Value e = POP();
          if (is_kind(e, Kind::Type)) e = call0(e);
          if (is_kind(cause, Kind::Type)) cause = call0(cause);
          if (is_kind(e, Kind::Exception)) as<ExceptionObject>(e)->cause = cause;
          raise_exc(e);
        }
        raise_exc(POP());
      }
      TARGET(RERAISE) {
        Value e = POP();
        throw PyError{e, true};
      }
      TARGET(CHECK_EXC_MATCH) {
        Value type = TOP();
        TOP() = Value::boolean(exc_matches(sp[-2], type));
        DISPATCH();
      }
      TARGET(WITH_EXCEPT) {
        Value e = sp[-1], self = sp[-2], exit = sp[-3];
        SAVE_FRAME();
        Value a[4] = {self, Value::from_obj(type_of(e)), e, Value::none()};
        Value r = self.is_null() ? call(exit, Args{a + 1, 3}) : call(exit, Args{a, 4});
        PUSH(r);
        DISPATCH();
      }
      TARGET(LOAD_ASSERTION_ERROR) {
        PUSH(Value::from_obj(R.AssertionError));
        DISPATCH();
      }
      TARGET(IMPORT_NAME) {
        SAVE_FRAME();
        PUSH(import_module(co->names[ARG]));
        DISPATCH();
      }
      TARGET(IMPORT_FROM) {
        Value mod = TOP();
        StrObject* n = co->names[ARG];
        Value v = get_attr_opt(mod, n);
        if (v.is_null())
          raisef(R.ImportError, "cannot import name '{}' from '{}'", n->s,
                 is_kind(mod, Kind::Module) ? as<ModuleObject>(mod)->name->s : "?");
        PUSH(v);
        DISPATCH();
      }
#ifdef GILPY_NO_COMPUTED_GOTO
      default:
        fatal(__FILE__, __LINE__, "bad opcode");
    }
#endif
  }
  catch (PyError& e) {
    exc = e.exc;
    reraise = e.reraise;
  }
  catch (std::bad_alloc&) {
    exc = make_exception(R.MemoryError, "");
    reraise = false;
  }
  catch (std::domain_error& e) {  // numeric runtime (runtime/README.md): error type -> Python
    exc = make_exception(R.ZeroDivisionError, e.what());
    reraise = false;
  }
  catch (std::invalid_argument& e) {
    exc = make_exception(R.ValueError, e.what());
    reraise = false;
  }
  catch (std::overflow_error& e) {
    exc = make_exception(R.OverflowError, e.what());
    reraise = false;
  }
  catch (std::out_of_range& e) {
    exc = make_exception(R.IndexError, e.what());
    reraise = false;
  }
  // Unwind: find a handler in this frame, else leave it and try the caller.
  for (;;) {
    if (is_kind(exc, Kind::Exception) && !reraise) {
      f->ip = ip;
      as<ExceptionObject>(exc)->traceback.push_back(TracebackEntry{co, f->line()});
    }
    reraise = false;
    bool handled = false;
    while (f->nblocks > 0) {
      Block b = f->blocks[--f->nblocks];
      if (b.kind == kBlockHandler) {
        t->exc_stack.resize(b.exc_depth);
        continue;
      }
      sp = f->stack_base() + b.level;
      f->blocks[f->nblocks++] = Block{0, b.level, uint32_t(t->exc_stack.size()), kBlockHandler};
      t->exc_stack.push_back(exc);
      PUSH(exc);
      ip = code_base + b.handler;
      handled = true;
      break;
    }
    if (handled) break;
    t->depth--;
    Frame* back = f->back;
    bool was_entry = f->entry;
    t->frame = back;
    if (!f->gen) frame_free(f);
    if (was_entry) {
      t->native_depth--;
      throw PyError{exc};
    }
    f = back;
    LOAD_FRAME();
  }
}
}

}  // namespace gilpy

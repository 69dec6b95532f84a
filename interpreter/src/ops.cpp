// Generic protocols on numbers and containers: truth, hashing, equality, ordering,
// arithmetic dispatch (fast paths live in vm.cpp; this is the general path).
#include <cmath>

#include "errors.hpp"
#include "names.hpp"
#include "objects/int.hpp"
#include "runtime/int_ops.hpp"
#include "runtime/math_lib.hpp"
#include "vm.hpp"

namespace gilpy {

namespace {
Names g_names;
}
const Names& names() {
  return g_names;
}
const char* const kBinOpSymbols[kBinOpCount] = {"+",  "-",  "*", "/", "//", "%", "**",
                                                "<<", ">>", "&", "|", "^",  "@"};

void init_names() {
#define GILPY_INIT(n) g_names.n = intern(#n);
  GILPY_NAMES(GILPY_INIT)
#undef GILPY_INIT
  static const char* base[kBinOpCount] = {"add", "sub", "mul",    "truediv", "floordiv",
                                          "mod", "pow", "lshift", "rshift",  "and",
                                          "or",  "xor", "matmul"};
  for (int i = 0; i < kBinOpCount; i++) {
    g_names.binop[i] = intern(std::string("__") + base[i] + "__");
    g_names.rbinop[i] = intern(std::string("__r") + base[i] + "__");
    g_names.ibinop[i] = intern(std::string("__i") + base[i] + "__");
  }
}

bool is_int(Value v) {
  return v.is_small() || v.is_bool() || is_kind(v, Kind::Int);
}

bool is_intlike_small(Value v, int64_t& out) {
  if (v.is_small()) {
    out = v.as_small();
    return true;
  }
  if (v.is_bool()) {
    out = v.is_true() ? 1 : 0;
    return true;
  }
  return false;
}

int64_t to_index(Value v) {
  int64_t i;
  if (is_intlike_small(v, i)) return i;
  if (is_kind(v, Kind::Int)) {
    const BigInt& b = as<IntObject>(v)->v;
    if (b.fits_int64()) return b.to_int64();
    raisef(rt().IndexError, "cannot fit 'int' into an index-sized integer");
  }
  raisef(rt().TypeError, "'{}' object cannot be interpreted as an integer", type_name(v));
}

double to_double(Value v) {
  if (v.is_double()) return v.as_double();
  if (is_int(v)) return int_to_double(v);
  raisef(rt().TypeError, "must be real number, not {}", type_name(v));
}

static Value call_method(Value self, StrObject* name, Value* args, int n, bool& found) {
  Value m = type_of(self)->lookup(name);
  found = !m.is_null();
  if (!found) return Value::null();
  Value buf[4];
  buf[0] = self;
  for (int i = 0; i < n; i++) buf[i + 1] = args[i];
  if (is_kind(m, Kind::Function) || is_kind(m, Kind::Builtin)) return call(m, Args{buf, n + 1});
  Value bound = get_attr(self, name);
  return call(bound, Args{args, n});
}

bool truthy(Value v) {
  if (v.is_bool()) return v.is_true();
  if (v.is_none()) return false;
  if (v.is_small()) return v.as_small() != 0;
  if (v.is_double()) return v.as_double() != 0.0;
  Object* o = v.obj();
  switch (o->type->kind) {
    case Kind::Str:
      return !static_cast<StrObject*>(o)->s.empty();
    case Kind::List:
      return !static_cast<ListObject*>(o)->items.empty();
    case Kind::Tuple:
      return !static_cast<TupleObject*>(o)->items.empty();
    case Kind::Dict:
      return static_cast<DictObject*>(o)->map.size() != 0;
    case Kind::Set:
    case Kind::FrozenSet:
      return static_cast<SetObject*>(o)->map.size() != 0;
    case Kind::Int:
      return !static_cast<IntObject*>(o)->v.is_zero();
    case Kind::Range:
      return static_cast<RangeObject*>(o)->length() != 0;
    case Kind::Instance:
    case Kind::Exception: {
      bool found;
      Value r = call_method(v, names().__bool__, nullptr, 0, found);
      if (found) {
        if (!r.is_bool())
          raisef(rt().TypeError, "__bool__ should return bool, returned {}", type_name(r));
        return r.is_true();
      }
      r = call_method(v, names().__len__, nullptr, 0, found);
      if (found) return to_index(r) != 0;
      return true;
    }
    default:
      return true;
  }
}

int64_t py_hash(Value v) {
  if (v.is_small()) return python_hash_int64(v.as_small());
  if (v.is_double()) return python_hash_double(v.as_double());
  if (v.is_bool()) return v.is_true() ? 1 : 0;
  if (v.is_none()) return 0xFCA86420;
  Object* o = v.obj();
  switch (o->type->kind) {
    case Kind::Str: {
      auto* s = static_cast<StrObject*>(o);
      if (s->hash == -1) {
        // FNV-1a; CPython randomises str hashes, so no output may depend on them.
        uint64_t h = 1469598103934665603ull;
        for (unsigned char c : s->s) h = (h ^ c) * 1099511628211ull;
        int64_t r = int64_t(h >> 1);
        if (r == -1) r = -2;
        s->hash = r;
      }
      return s->hash;
    }
    case Kind::Int:
      return as<IntObject>(v)->v.python_hash();
    case Kind::Tuple: {
      // As CPython's tuplehash (xxHash-style lanes).
      uint64_t acc = 2870177450012600261ull;
      for (Value e : static_cast<TupleObject*>(o)->items) {
        uint64_t lane = uint64_t(py_hash(e));
        acc += lane * 14029467366897019727ull;
        acc = (acc << 31) | (acc >> 33);
        acc *= 11400714785074694791ull;
      }
      acc += static_cast<TupleObject*>(o)->items.size() ^ (2870177450012600261ull ^ 3527539ull);
      int64_t r = int64_t(acc);
      return r == -1 ? 1546275796 : r;
    }
    case Kind::FrozenSet: {
      uint64_t h = 0;
      for (auto& e : static_cast<SetObject*>(o)->map.entries)
        if (!e.key.is_null()) h ^= uint64_t(e.hash) * 0x9E3779B97F4A7C15ull;
      return int64_t(h >> 1);
    }
    case Kind::List:
    case Kind::Dict:
    case Kind::Set:
      raisef(rt().TypeError, "unhashable type: '{}'", o->type->name);
    case Kind::Instance:
    case Kind::Exception: {
      Value h = o->type->lookup(names().__hash__);
      if (h.is_none()) raisef(rt().TypeError, "unhashable type: '{}'", o->type->name);
      if (!h.is_null()) {
        Value r = call1(h, v);
        return int_hash(r);
      }
      if (!o->type->lookup(names().__eq__).is_null() && o->type->builtin == false) {
        // A class defining __eq__ without __hash__ is unhashable.
        for (TypeObject* t = o->type; t && !t->builtin; t = t->base)
          if (!t->dict->get_str(names().__eq__).is_null())
            raisef(rt().TypeError, "unhashable type: '{}'", o->type->name);
      }
      return int64_t(reinterpret_cast<uintptr_t>(o) >> 4);
    }
    default:
      return int64_t(reinterpret_cast<uintptr_t>(o) >> 4);
  }
}

static int num_cmp(Value a, Value b) {  // both numbers; NaN handled by the caller
  bool ai = is_int(a), bi = is_int(b);
  if (ai && bi) return int_cmp(a, b);
  if (!ai && !bi) {
    double x = a.as_double(), y = b.as_double();
    return x < y ? -1 : x > y ? 1 : 0;
  }
  // int vs float, exactly.
  bool swap = !ai;
  Value iv = ai ? a : b;
  double f = ai ? b.as_double() : a.as_double();
  int r;
  int64_t small;
  if (is_intlike_small(iv, small)) {
    double d = double(small);
    r = d < f ? -1 : d > f ? 1 : 0;
  } else if (std::isinf(f)) {
    r = f > 0 ? -1 : 1;
  } else {
    double fl = std::floor(f);
    BigInt bf = BigInt::from_double(fl);
    BigInt bv = int_to_big(iv);
    auto c = bv <=> bf;
    r = c < 0 ? -1 : c > 0 ? 1 : (f > fl ? -1 : 0);
  }
  return swap ? -r : r;
}

static bool is_num(Value v) {
  return v.is_double() || is_int(v);
}
static bool is_nan(Value v) {
  return v.is_double() && std::isnan(v.as_double());
}

static int seq_cmp(const std::vector<Value>& a, const std::vector<Value>& b, int op, bool& decided,
                   bool& result) {
  size_t n = std::min(a.size(), b.size());
  for (size_t i = 0; i < n; i++) {
    if (a[i] == b[i] && !is_nan(a[i])) continue;
    if (!py_eq(a[i], b[i])) {
      if (op == kEq) {
        decided = true;
        result = false;
        return 0;
      }
      if (op == kNe) {
        decided = true;
        result = true;
        return 0;
      }
      decided = true;
      result = compare_bool(op, a[i], b[i]);
      return 0;
    }
  }
  decided = false;
  return a.size() < b.size() ? -1 : a.size() > b.size() ? 1 : 0;
}

static bool cmp_result(int op, int c) {
  switch (op) {
    case kLt:
      return c < 0;
    case kLe:
      return c <= 0;
    case kEq:
      return c == 0;
    case kNe:
      return c != 0;
    case kGt:
      return c > 0;
    default:
      return c >= 0;
  }
}

static const char* cmp_sym(int op) {
  static const char* s[] = {"<", "<=", "==", "!=", ">", ">="};
  return s[op];
}

Value compare(int op, Value a, Value b) {
  if (is_num(a) && is_num(b)) {
    if (is_nan(a) || is_nan(b)) return Value::boolean(op == kNe);
    return Value::boolean(cmp_result(op, num_cmp(a, b)));
  }
  TypeObject* ta = type_of(a);
  TypeObject* tb = type_of(b);
  if (ta->kind == Kind::Str && tb->kind == Kind::Str)
    return Value::boolean(cmp_result(op, as<StrObject>(a)->s.compare(as<StrObject>(b)->s)));
  if ((ta->kind == Kind::Tuple && tb->kind == Kind::Tuple) ||
      (ta->kind == Kind::List && tb->kind == Kind::List)) {
    auto& x = ta->kind == Kind::Tuple ? as<TupleObject>(a)->items : as<ListObject>(a)->items;
    auto& y = tb->kind == Kind::Tuple ? as<TupleObject>(b)->items : as<ListObject>(b)->items;
    if ((op == kEq || op == kNe) && x.size() != y.size()) return Value::boolean(op == kNe);
    bool decided, result;
    int c = seq_cmp(x, y, op, decided, result);
    if (decided) return Value::boolean(result);
    return Value::boolean(cmp_result(op, c));
  }
  // User-defined rich comparisons: the reflected method of the right operand when the
  // left one has none or returns NotImplemented.
  static const int reflect[] = {kGt, kGe, kEq, kNe, kLt, kLe};
  StrObject* const cmp_names[] = {names().__lt__, names().__le__, names().__eq__,
                                  names().__ne__, names().__gt__, names().__ge__};
  auto user = [&](Value x, Value y, int o, bool& ok) -> Value {
    ok = false;
    TypeObject* t = type_of(x);
    if (t->builtin) return Value::null();
    Value m = t->lookup(cmp_names[o]);
    if (m.is_null()) return Value::null();
    Value r = call2(m, x, y);
    if (r == rt().not_implemented) return Value::null();
    ok = true;
    return r;
  };
  bool ok;
  Value r = user(a, b, op, ok);
  if (ok) return r;
  r = user(b, a, reflect[op], ok);
  if (ok) return r;
  if (op == kNe) {
    r = user(a, b, kEq, ok);
    if (ok) return Value::boolean(!truthy(r));
  }
  if (ta->kind == Kind::Set || ta->kind == Kind::FrozenSet) {
    if (tb->kind == Kind::Set || tb->kind == Kind::FrozenSet) {
      auto& x = as<SetObject>(a)->map;
      auto& y = as<SetObject>(b)->map;
      auto subset = [](const HashMap& p, const HashMap& q) {
        if (p.size() > q.size()) return false;
        for (auto& e : p.entries)
          if (!e.key.is_null() && !q.find(e.key, e.hash)) return false;
        return true;
      };
      switch (op) {
        case kEq:
          return Value::boolean(x.size() == y.size() && subset(x, y));
        case kNe:
          return Value::boolean(!(x.size() == y.size() && subset(x, y)));
        case kLe:
          return Value::boolean(subset(x, y));
        case kLt:
          return Value::boolean(x.size() < y.size() && subset(x, y));
        case kGe:
          return Value::boolean(subset(y, x));
        default:
          return Value::boolean(y.size() < x.size() && subset(y, x));
      }
    }
  }
  if (ta->kind == Kind::Dict && tb->kind == Kind::Dict && (op == kEq || op == kNe)) {
    auto& x = as<DictObject>(a)->map;
    auto& y = as<DictObject>(b)->map;
    bool eq = x.size() == y.size();
    if (eq)
      for (auto& e : x.entries) {
        if (e.key.is_null()) continue;
        auto* f = y.find(e.key, e.hash);
        if (!f || !py_eq(e.value, f->value)) {
          eq = false;
          break;
        }
      }
    return Value::boolean(op == kEq ? eq : !eq);
  }
  if (ta->kind == Kind::Range && tb->kind == Kind::Range && (op == kEq || op == kNe)) {
    auto* x = as<RangeObject>(a);
    auto* y = as<RangeObject>(b);
    int64_t lx = x->length(), ly = y->length();
    bool eq = lx == ly && (lx == 0 || (x->start == y->start && (lx == 1 || x->step == y->step)));
    return Value::boolean(op == kEq ? eq : !eq);
  }
  if (op == kEq) return Value::boolean(a == b);
  if (op == kNe) return Value::boolean(a != b);
  raisef(rt().TypeError, "'{}' not supported between instances of '{}' and '{}'", cmp_sym(op),
         ta->name, tb->name);
}

bool compare_bool(int op, Value a, Value b) {
  return truthy(compare(op, a, b));
}

bool py_eq(Value a, Value b) {
  if (a == b) return !is_nan(a);
  if (a.is_small() && b.is_small()) return false;
  if (is_type(a, rt().str_type) && is_type(b, rt().str_type)) {
    auto* x = as<StrObject>(a);
    auto* y = as<StrObject>(b);
    if (x->interned && y->interned) return false;
    return x->s == y->s;
  }
  return truthy(compare(kEq, a, b));
}

// ---- arithmetic ----

static Value float_op(int op, double a, double b) {
  switch (op) {
    case kAdd:
      return Value::from_double(a + b);
    case kSub:
      return Value::from_double(a - b);
    case kMul:
      return Value::from_double(a * b);
    case kTrueDiv:
      if (b == 0) raise(rt().ZeroDivisionError, "float division by zero");
      return Value::from_double(a / b);
    case kFloorDiv:
      return Value::from_double(float_floor_div(a, b));
    case kMod:
      return Value::from_double(float_mod(a, b));
    case kPow:
      return Value::from_double(float_pow(a, b));
    default:
      return Value::null();
  }
}

Value str_mod(Value fmt, Value args);       // objects/str_format.cpp
Value seq_repeat(Value seq, Value n);       // objects/list.cpp
Value seq_concat(Value a, Value b);         // objects/list.cpp
Value set_binop(int op, Value a, Value b);  // objects/set.cpp

Value binary_op(int op, Value a, Value b) {
  bool an = is_num(a), bn = is_num(b);
  if (an && bn) {
    if (is_int(a) && is_int(b)) return int_binop(op, a, b);
    if (op <= kPow) {
      if (op == kPow && is_int(a) && b.is_double())
        return float_op(op, int_to_double(a), b.as_double());
      return float_op(op, to_double(a), to_double(b));
    }
  } else {
    TypeObject* ta = type_of(a);
    TypeObject* tb = type_of(b);
    Kind ka = ta->kind, kb = tb->kind;
    if (op == kAdd && ka == kb && (ka == Kind::Str || ka == Kind::List || ka == Kind::Tuple) &&
        ta->builtin && tb->builtin)
      return seq_concat(a, b);
    if (op == kMul && (ka == Kind::Str || ka == Kind::List || ka == Kind::Tuple) && is_int(b))
      return seq_repeat(a, b);
    if (op == kMul && (kb == Kind::Str || kb == Kind::List || kb == Kind::Tuple) && is_int(a))
      return seq_repeat(b, a);
    if (op == kMod && ka == Kind::Str) return str_mod(a, b);
    if (op == kMul && ta->builtin && tb->builtin &&
        (ka == Kind::Str || ka == Kind::List || ka == Kind::Tuple || kb == Kind::Str ||
         kb == Kind::List || kb == Kind::Tuple))
      raisef(rt().TypeError, "can't multiply sequence by non-int of type '{}'",
             (ka == Kind::Str || ka == Kind::List || ka == Kind::Tuple) ? tb->name : ta->name);
    if ((ka == Kind::Set || ka == Kind::FrozenSet) && (kb == Kind::Set || kb == Kind::FrozenSet)) {
      Value r = set_binop(op, a, b);
      if (!r.is_null()) return r;
    }
    if (!ta->builtin) {
      Value m = ta->lookup(names().binop[op]);
      if (!m.is_null()) {
        Value r = call2(m, a, b);
        if (r != rt().not_implemented) return r;
      }
    }
    if (!tb->builtin) {
      Value m = tb->lookup(names().rbinop[op]);
      if (!m.is_null()) {
        Value r = call2(m, b, a);
        if (r != rt().not_implemented) return r;
      }
    }
  }
  if (op == kPow)
    raisef(rt().TypeError, "unsupported operand type(s) for ** or pow(): '{}' and '{}'",
           type_name(a), type_name(b));
  raisef(rt().TypeError, "unsupported operand type(s) for {}: '{}' and '{}'", kBinOpSymbols[op],
         type_name(a), type_name(b));
}

void list_extend(ListObject* l, Value it);  // objects/list.cpp

Value inplace_op(int op, Value a, Value b) {
  TypeObject* ta = type_of(a);
  if (ta->kind == Kind::List && ta->builtin) {
    if (op == kAdd) {
      list_extend(as<ListObject>(a), b);
      return a;
    }
  }
  if (!ta->builtin) {
    Value m = ta->lookup(names().ibinop[op]);
    if (!m.is_null()) {
      Value r = call2(m, a, b);
      if (r != rt().not_implemented) return r;
    }
  }
  if ((ta->kind == Kind::Set) && (op == kOr || op == kAnd || op == kSub || op == kXor) &&
      (is_kind(b, Kind::Set) || is_kind(b, Kind::FrozenSet))) {
    Value r = set_binop(op, a, b);
    auto* s = as<SetObject>(a);
    s->map = as<SetObject>(r)->map;
    return a;
  }
  return binary_op(op, a, b);
}

Value unary_op(int op, Value a) {
  if (op == kNot) return Value::boolean(!truthy(a));
  if (a.is_double()) {
    double d = a.as_double();
    if (op == kNeg) return Value::from_double(-d);
    if (op == kPos) return a;
  } else if (is_int(a)) {
    if (op == kNeg) return int_neg(a);
    if (op == kPos) return a.is_bool() ? Value::from_small(a.is_true()) : a;
    if (op == kInvert) return int_invert(a);
  } else {
    TypeObject* t = type_of(a);
    StrObject* n = op == kNeg ? names().__neg__ : op == kPos ? names().__pos__ : names().__invert__;
    Value m = t->lookup(n);
    if (!m.is_null()) return call1(m, a);
  }
  static const char* sym[] = {"unary -", "unary +", "unary ~"};
  raisef(rt().TypeError, "bad operand type for {}: '{}'", sym[op], type_name(a));
}

}  // namespace gilpy

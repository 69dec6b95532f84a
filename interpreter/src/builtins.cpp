// The builtins module: functions (print, len, min, sorted, ...) and the built-in names.
#include <cmath>
#include <cstdio>

#include "code.hpp"
#include "names.hpp"
#include "native.hpp"
#include "objects/int.hpp"
#include "runtime/float_format.hpp"
#include "runtime/math_lib.hpp"
#include "thread_state.hpp"
#include "vm.hpp"

namespace gilpy {

void sort_values(std::vector<Value>& items, Value key, bool reverse);
Value import_module(StrObject* name);  // modules/registry.cpp
std::string format_value(Value v, const std::string& spec);
void write_stdout(const std::string& s);  // modules/sys.cpp
Value sys_stdout_object();

[[noreturn]] void raise_stop_iteration(Value v) {
  auto* e = new ExceptionObject(rt().StopIteration);
  Value ev = Value::from_obj(e);
  e->args = as<TupleObject>(new_tuple(v.is_none() ? std::vector<Value>{} : std::vector<Value>{v}));
  throw PyError{ev};
}

namespace {

Value b_print(const Args& a) {
  Value sepv = a.kw("sep"), endv = a.kw("end"), filev = a.kw("file"), flushv = a.kw("flush");
  std::string sep = sepv.is_null() || sepv.is_none() ? " " : arg_str(sepv, "print")->s;
  std::string end = endv.is_null() || endv.is_none() ? "\n" : arg_str(endv, "print")->s;
  std::string out;
  for (int i = 0; i < a.n; i++) {
    if (i) out += sep;
    out += str(a.v[i]);
  }
  out += end;
  if (filev.is_null() || filev.is_none() || filev == sys_stdout_object()) {
    write_stdout(out);
    if (!flushv.is_null() && truthy(flushv)) std::fflush(stdout);
  } else {
    call1(get_attr(filev, intern("write")), new_str(out));
  }
  return Value::none();
}

Value b_len(const Args& a) {
  check_args(a, "len", 1, 1);
  return new_int(py_len(a.v[0]));
}

Value b_repr(const Args& a) {
  check_args(a, "repr", 1, 1);
  return new_str(repr(a.v[0]));
}

Value b_abs(const Args& a) {
  check_args(a, "abs", 1, 1);
  Value v = a.v[0];
  if (v.is_double()) return Value::from_double(std::fabs(v.as_double()));
  if (is_int(v)) return int_abs(v);
  Value m = type_of(v)->lookup(names().__abs__);
  if (!m.is_null()) return call1(m, v);
  raisef(rt().TypeError, "bad operand type for abs(): '{}'", type_name(v));
}

Value minmax(const Args& a, bool is_max) {
  const char* name = is_max ? "max" : "min";
  Value key = a.kw("key"), deflt = a.kw("default");
  if (a.n == 0) raisef(rt().TypeError, "{} expected at least 1 argument, got 0", name);
  ListObject* items =
      as<ListObject>(new_list(a.n == 1 ? to_vector(a.v[0]) : std::vector<Value>(a.v, a.v + a.n)));
  Pin pin(Value::from_obj(items));
  if (items->items.empty()) {
    if (!deflt.is_null()) return deflt;
    raisef(rt().ValueError, "{}() arg is an empty sequence", name);
  }
  bool has_key = !key.is_null() && !key.is_none();
  Value best = items->items[0];
  Value best_key = has_key ? call1(key, best) : best;
  Pin pin2(best_key);
  for (size_t i = 1; i < items->items.size(); i++) {
    Value v = items->items[i];
    Value k = has_key ? call1(key, v) : v;
    if (compare_bool(is_max ? kGt : kLt, k, best_key)) {
      best = v;
      best_key = k;
      ts()->pins.back() = k;
    }
  }
  return best;
}
Value b_min(const Args& a) {
  return minmax(a, false);
}
Value b_max(const Args& a) {
  return minmax(a, true);
}

Value b_sum(const Args& a) {
  check_args(a, "sum", 1, 2, true);
  Value acc = a.n > 1 ? a.v[1] : a.kw("start");
  if (acc.is_null()) acc = Value::from_small(0);
  if (is_kind(acc, Kind::Str))
    raise(rt().TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
  Value it = get_iter(a.v[0]);
  Pin pin(it);
  Pin pin2(acc);
  Value v;
  while (iter_next(it, v)) {
    if (acc.is_double() && v.is_double())
      acc = Value::from_double(acc.as_double() + v.as_double());
    else
      acc = binary_op(kAdd, acc, v);
    ts()->pins.back() = acc;
  }
  return acc;
}

Value b_sorted(const Args& a) {
  check_args(a, "sorted", 1, 1, true);
  Value l = new_list(to_vector(a.v[0]));
  Pin pin(l);
  Value rev = a.kw("reverse");
  std::vector<Value> work = as<ListObject>(l)->items;
  sort_values(work, a.kw("key"), !rev.is_null() && truthy(rev));
  as<ListObject>(l)->items = std::move(work);
  return l;
}

bool isinstance_any(Value v, Value cls, const char* fname) {
  if (is_kind(cls, Kind::Tuple)) {
    for (Value c : as<TupleObject>(cls)->items)
      if (isinstance_any(v, c, fname)) return true;
    return false;
  }
  if (!is_kind(cls, Kind::Type))
    raisef(rt().TypeError, "{}() arg 2 must be a type, a tuple of types, or a union", fname);
  return isinstance(v, as<TypeObject>(cls));
}
Value b_isinstance(const Args& a) {
  check_args(a, "isinstance", 2, 2);
  return Value::boolean(isinstance_any(a.v[0], a.v[1], "isinstance"));
}
Value b_issubclass(const Args& a) {
  check_args(a, "issubclass", 2, 2);
  if (!is_kind(a.v[0], Kind::Type)) raise(rt().TypeError, "issubclass() arg 1 must be a class");
  auto test = [&](Value c) {
    if (!is_kind(c, Kind::Type))
      raise(rt().TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
    return as<TypeObject>(a.v[0])->is_subtype(as<TypeObject>(c));
  };
  if (is_kind(a.v[1], Kind::Tuple)) {
    for (Value c : as<TupleObject>(a.v[1])->items)
      if (test(c)) return Value::boolean(true);
    return Value::boolean(false);
  }
  return Value::boolean(test(a.v[1]));
}

Value b_id(const Args& a) {
  check_args(a, "id", 1, 1);
  if (a.v[0].is_obj()) return new_int(int64_t(reinterpret_cast<uintptr_t>(a.v[0].obj())));
  return new_int(int64_t(a.v[0].bits >> 4));
}
Value b_hash(const Args& a) {
  check_args(a, "hash", 1, 1);
  return new_int(py_hash(a.v[0]));
}

Value b_ord(const Args& a) {
  check_args(a, "ord", 1, 1);
  if (!is_kind(a.v[0], Kind::Str))
    raisef(rt().TypeError, "ord() expected string of length 1, but {} found", type_name(a.v[0]));
  const std::string& s = as<StrObject>(a.v[0])->s;
  if (s.empty()) raise(rt().TypeError, "ord() expected a character, but string of length 0 found");
  unsigned char c = (unsigned char)s[0];
  if (s.size() == 1) return Value::from_small(c);
  int n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
  if (int(s.size()) != n)
    raisef(rt().TypeError, "ord() expected a character, but string of length {} found", s.size());
  uint32_t cp = c & (0xFF >> (n + 1));
  for (int i = 1; i < n; i++) cp = (cp << 6) | ((unsigned char)s[size_t(i)] & 0x3F);
  return Value::from_small(cp);
}
Value b_chr(const Args& a) {
  check_args(a, "chr", 1, 1);
  int64_t cp = to_index(a.v[0]);
  if (cp < 0 || cp > 0x10FFFF) raise(rt().ValueError, "chr() arg not in range(0x110000)");
  return new_str(utf8_encode(cp));
}

Value b_divmod(const Args& a) {
  check_args(a, "divmod", 2, 2);
  Value q = binary_op(kFloorDiv, a.v[0], a.v[1]);
  Pin pin(q);
  Value r = binary_op(kMod, a.v[0], a.v[1]);
  return new_tuple({q, r});
}

Value b_iter(const Args& a) {
  check_args(a, "iter", 1, 1);
  return get_iter(a.v[0]);
}
Value b_next(const Args& a) {
  check_args(a, "next", 1, 2);
  Value it = a.v[0];
  if (!is_kind(it, Kind::Iter) && !is_kind(it, Kind::Generator) &&
      type_of(it)->lookup(names().__next__).is_null())
    raisef(rt().TypeError, "'{}' object is not an iterator", type_name(it));
  Value v;
  if (is_kind(it, Kind::Generator)) {
    bool done;
    v = gen_send(as<GeneratorObject>(it), Value::none(), done);
    if (!done) return v;
    if (a.n > 1) return a.v[1];
    raise_stop_iteration(v);
  }
  if (iter_next(it, v)) return v;
  if (a.n > 1) return a.v[1];
  raise_exc(Value::from_obj(rt().StopIteration));
}

Value b_getattr(const Args& a) {
  check_args(a, "getattr", 2, 3);
  StrObject* n = intern(arg_str(a.v[1], "getattr")->s);
  if (a.n == 3) {
    try {
      return get_attr(a.v[0], n);
    } catch (PyError& e) {
      if (!isinstance(e.exc, rt().AttributeError)) throw;
      return a.v[2];
    }
  }
  return get_attr(a.v[0], n);
}
Value b_setattr(const Args& a) {
  check_args(a, "setattr", 3, 3);
  set_attr(a.v[0], intern(arg_str(a.v[1], "setattr")->s), a.v[2]);
  return Value::none();
}
Value b_delattr(const Args& a) {
  check_args(a, "delattr", 2, 2);
  del_attr(a.v[0], intern(arg_str(a.v[1], "delattr")->s));
  return Value::none();
}
Value b_hasattr(const Args& a) {
  check_args(a, "hasattr", 2, 2);
  try {
    return Value::boolean(!get_attr_opt(a.v[0], intern(arg_str(a.v[1], "hasattr")->s)).is_null());
  } catch (PyError& e) {
    if (!isinstance(e.exc, rt().AttributeError)) throw;
    return Value::boolean(false);
  }
}

Value b_all(const Args& a) {
  check_args(a, "all", 1, 1);
  Value it = get_iter(a.v[0]);
  Pin pin(it);
  Value v;
  while (iter_next(it, v))
    if (!truthy(v)) return Value::boolean(false);
  return Value::boolean(true);
}
Value b_any(const Args& a) {
  check_args(a, "any", 1, 1);
  Value it = get_iter(a.v[0]);
  Pin pin(it);
  Value v;
  while (iter_next(it, v))
    if (truthy(v)) return Value::boolean(true);
  return Value::boolean(false);
}

Value b_round(const Args& a) {
  check_args(a, "round", 1, 2, true);
  Value x = a.v[0];
  Value nd = a.n > 1 ? a.v[1] : a.kw("ndigits");
  if (is_int(x)) {
    if (nd.is_null() || nd.is_none()) return x.is_bool() ? Value::from_small(x.is_true()) : x;
    int64_t n = to_index(nd);
    if (n >= 0) return x;
    Value p = int_binop(kPow, Value::from_small(10), Value::from_small(-n));
    Pin pin(p);
    Value q = int_binop(kFloorDiv, x, p), r = int_binop(kMod, x, p);
    Pin pin2(q), pin3(r);
    Value twice = int_binop(kMul, r, Value::from_small(2));
    int c = int_cmp(twice, p);
    if (c > 0 || (c == 0 && !int_is_zero(int_binop(kAnd, q, Value::from_small(1)))))
      q = int_binop(kAdd, q, Value::from_small(1));
    return int_binop(kMul, q, p);
  }
  if (!x.is_double()) {
    Value m = type_of(x)->lookup(intern("__round__"));
    if (!m.is_null()) return nd.is_null() ? call1(m, x) : call2(m, x, nd);
    raisef(rt().TypeError, "type {} doesn't define __round__ method", type_name(x));
  }
  double d = x.as_double();
  if (nd.is_null() || nd.is_none()) {
    if (std::isnan(d)) raise(rt().ValueError, "cannot convert float NaN to integer");
    if (std::isinf(d)) raise(rt().OverflowError, "cannot convert float infinity to integer");
    return int_from_double(std::nearbyint(d));
  }
  return Value::from_double(float_round(d, to_index(nd)));
}

Value b_pow(const Args& a) {
  check_args(a, "pow", 2, 3);
  if (a.n == 3 && !a.v[2].is_none()) {
    if (!is_int(a.v[0]) || !is_int(a.v[1]) || !is_int(a.v[2]))
      raise(rt().TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
    BigInt m = int_to_big(a.v[2]);
    if (m.is_zero()) raise(rt().ValueError, "pow() 3rd argument cannot be 0");
    if (int_sign(a.v[1]) < 0)
      raise(rt().ValueError, "pow() negative exponent with modulus is not supported");
    return int_from_big(BigInt::pow_mod(int_to_big(a.v[0]), int_to_big(a.v[1]), m));
  }
  return binary_op(kPow, a.v[0], a.v[1]);
}

Value b_callable(const Args& a) {
  check_args(a, "callable", 1, 1);
  Value v = a.v[0];
  if (!v.is_obj()) return Value::boolean(false);
  Kind k = v.obj()->type->kind;
  if (k == Kind::Function || k == Kind::Builtin || k == Kind::Method || k == Kind::Type)
    return Value::boolean(true);
  return Value::boolean(!v.obj()->type->lookup(names().__call__).is_null() &&
                        !v.obj()->type->builtin);
}

Value radix(const Args& a, int base, const char* prefix) {
  check_args(a, prefix, 1, 1);
  if (!is_int(a.v[0]))
    raisef(rt().TypeError, "'{}' object cannot be interpreted as an integer", type_name(a.v[0]));
  BigInt b = int_to_big(a.v[0]);
  std::string s = b.abs().to_string(base);
  return new_str((b.is_negative() ? "-" : "") + std::string(prefix) + s);
}
Value b_bin(const Args& a) {
  return radix(a, 2, "0b");
}
Value b_oct(const Args& a) {
  return radix(a, 8, "0o");
}
Value b_hex(const Args& a) {
  return radix(a, 16, "0x");
}

Value b_format(const Args& a) {
  check_args(a, "format", 1, 2);
  return new_str(format_value(a.v[0], a.n > 1 ? arg_str(a.v[1], "format")->s : ""));
}

Value b_globals(const Args&) {
  return Value::from_obj(ts()->frame->globals);
}
Value b_vars(const Args& a) {
  check_args(a, "vars", 1, 1);
  return get_attr(a.v[0], names().__dict__);
}

Value b_build_class(const Args& a) {
  return build_class(a);
}

}  // namespace

Value b_import(const Args& a) {
  check_args(a, "__import__", 1, 5, true);
  return import_module(intern(arg_str(a.v[0], "__import__")->s));
}

Value build_class_builtin() {
  static Value v = [] {
    static Value root = Value::from_obj(new BuiltinObject("__build_class__", b_build_class));
    gc_add_root(&root);
    return root;
  }();
  return v;
}

void init_int_type();
void init_float_type();
void init_str_type();
void init_list_type();
void init_tuple_type();
void init_dict_type();
void init_set_type();
void init_range_type();
void init_function_types();
void init_type_types();
void init_iter_builtins(DictObject* b);
void init_names();

void init_types_and_builtins() {
  init_names();
  init_int_type();
  init_float_type();
  init_str_type();
  init_list_type();
  init_tuple_type();
  init_dict_type();
  init_set_type();
  init_range_type();
  init_function_types();
  init_type_types();
  Runtime& r = rt();
  DictObject* b = r.builtins;
  init_iter_builtins(b);
  add_function(b, "print", b_print);
  add_function(b, "len", b_len, false);
  add_function(b, "repr", b_repr);
  add_function(b, "abs", b_abs);
  add_function(b, "min", b_min);
  add_function(b, "max", b_max);
  add_function(b, "sum", b_sum);
  add_function(b, "sorted", b_sorted);
  add_function(b, "isinstance", b_isinstance, false);
  add_function(b, "issubclass", b_issubclass);
  add_function(b, "id", b_id);
  add_function(b, "hash", b_hash);
  add_function(b, "ord", b_ord);
  add_function(b, "chr", b_chr);
  add_function(b, "divmod", b_divmod);
  add_function(b, "iter", b_iter);
  add_function(b, "next", b_next);
  add_function(b, "getattr", b_getattr);
  add_function(b, "setattr", b_setattr);
  add_function(b, "delattr", b_delattr);
  add_function(b, "hasattr", b_hasattr);
  add_function(b, "all", b_all);
  add_function(b, "any", b_any);
  add_function(b, "round", b_round);
  add_function(b, "pow", b_pow);
  add_function(b, "callable", b_callable);
  add_function(b, "bin", b_bin);
  add_function(b, "oct", b_oct);
  add_function(b, "hex", b_hex);
  add_function(b, "format", b_format);
  add_function(b, "globals", b_globals);
  add_function(b, "vars", b_vars);
  set_name(b, "__build_class__", build_class_builtin());
  add_function(b, "__import__", b_import);
  TypeObject* types[] = {r.type_type,  r.object_type,   r.int_type,         r.bool_type,
                         r.float_type, r.str_type,      r.list_type,        r.tuple_type,
                         r.dict_type,  r.set_type,      r.frozenset_type,   r.range_type,
                         r.slice_type, r.property_type, r.classmethod_type, r.staticmethod_type,
                         r.super_type};
  for (TypeObject* t : types) set_name(b, t->name.c_str(), Value::from_obj(t));
  set_name(b, "None", Value::none());
  set_name(b, "True", Value::boolean(true));
  set_name(b, "False", Value::boolean(false));
  set_name(b, "NotImplemented", r.not_implemented);
  set_name(b, "Ellipsis", Value::none());
  set_name(b, "__debug__", Value::boolean(true));
}

}  // namespace gilpy

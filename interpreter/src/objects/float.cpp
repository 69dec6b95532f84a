// float: IEEE doubles stored in the Value itself; repr, constructor and methods.
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "native.hpp"
#include "objects/int.hpp"
#include "runtime/float_format.hpp"

namespace gilpy {

// repr() of a float: the runtime's exact CPython layout.
std::string float_repr_str(double d) {
  return float_repr(d);
}

namespace {

Value float_ctor(const Args& a) {
  check_args(a, "float", 0, 1);
  if (a.n == 0) return Value::from_double(0.0);
  Value v = a.v[0];
  if (v.is_double()) return v;
  if (is_int(v)) return Value::from_double(int_to_double(v));
  if (is_kind(v, Kind::Str)) {
    auto d = parse_float(as<StrObject>(v)->s);
    if (!d) raisef(rt().ValueError, "could not convert string to float: {}", repr(v));
    return Value::from_double(*d);
  }
  Value m = type_of(v)->lookup(intern("__float__"));
  if (!m.is_null()) return call1(m, v);
  raisef(rt().TypeError, "float() argument must be a string or a real number, not '{}'",
         type_name(v));
}

Value float_is_integer(const Args& a) {
  double d = a.v[0].as_double();
  return Value::boolean(std::isfinite(d) && d == std::floor(d));
}

Value float_hex(const Args& a) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%a", a.v[0].as_double());
  return new_str(buf);
}

Value float_as_integer_ratio(const Args& a) {
  double d = a.v[0].as_double();
  if (std::isinf(d)) raise(rt().OverflowError, "cannot convert Infinity to integer ratio");
  if (std::isnan(d)) raise(rt().ValueError, "cannot convert NaN to integer ratio");
  int e;
  double m = std::frexp(d, &e);
  for (int i = 0; i < 300 && m != std::floor(m); i++) {
    m *= 2.0;
    e--;
  }
  BigInt num = BigInt::from_double(m), den(1);
  if (e > 0)
    num = num << uint64_t(e);
  else
    den = den << uint64_t(-e);
  return new_tuple({int_from_big(num), int_from_big(den)});
}

}  // namespace

void init_float_type() {
  TypeObject* t = rt().float_type;
  t->ctor = float_ctor;
  add_method(t, "is_integer", float_is_integer);
  add_method(t, "hex", float_hex);
  add_method(t, "as_integer_ratio", float_as_integer_ratio);
}

}  // namespace gilpy

// int: the general (slow) path. Small ints are handled inline by the VM; this file
// handles bools, mixed sizes and overflow into BigInt (runtime/bigint.hpp).
#include "objects/int.hpp"

#include <cmath>

#include "errors.hpp"
#include "native.hpp"
#include "runtime/int_ops.hpp"

namespace gilpy {

IntObject::IntObject(BigInt b) : Object(rt().int_type), v(std::move(b)) {}

Value int_from_big(BigInt b) {
  if (b.fits_int64()) {
    int64_t i = b.to_int64();
    if (Value::int_fits(i)) return Value::from_small(i);
  }
  return Value::from_obj(new IntObject(std::move(b)));
}

Value new_int(int64_t i) {
  if (Value::int_fits(i)) return Value::from_small(i);
  return Value::from_obj(new IntObject(BigInt(i)));
}

BigInt int_to_big(Value v) {
  int64_t i;
  if (is_intlike_small(v, i)) return BigInt(i);
  return as<IntObject>(v)->v;
}

Value int_from_literal(const std::string& text) {
  auto b = BigInt::parse(text, 0);
  if (!b) throw PyError{make_exception(rt().ValueError, "bad literal")};
  return int_from_big(*b);
}

Value int_from_string(std::string_view s, int base) {
  std::string_view t = s;
  while (!t.empty() && isspace((unsigned char)t.front())) t.remove_prefix(1);
  while (!t.empty() && isspace((unsigned char)t.back())) t.remove_suffix(1);
  auto b = BigInt::parse(t, base);
  if (!b)
    raisef(rt().ValueError, "invalid literal for int() with base {}: '{}'", base, std::string(s));
  return int_from_big(*b);
}

Value int_from_double(double d) {
  if (std::isinf(d)) raise(rt().OverflowError, "cannot convert float infinity to integer");
  if (std::isnan(d)) raise(rt().ValueError, "cannot convert float NaN to integer");
  double t = std::trunc(d);
  if (std::fabs(t) < 9.0e15) return new_int(int64_t(t));
  return int_from_big(BigInt::from_double(t));
}

double int_to_double(Value v) {
  int64_t i;
  if (is_intlike_small(v, i)) return double(i);
  double d = as<IntObject>(v)->v.to_double();
  if (std::isinf(d)) raise(rt().OverflowError, "int too large to convert to float");
  return d;
}

int int_cmp(Value a, Value b) {
  int64_t x, y;
  if (is_intlike_small(a, x) && is_intlike_small(b, y)) return x < y ? -1 : x > y ? 1 : 0;
  auto c = int_to_big(a) <=> int_to_big(b);
  return c < 0 ? -1 : c > 0 ? 1 : 0;
}

std::string int_repr(Value v) {
  int64_t i;
  if (is_intlike_small(v, i)) return std::to_string(i);
  const BigInt& b = as<IntObject>(v)->v;
  if (b.bit_length() > 14300) {
    std::string s = b.to_string();
    if (s.size() - (s[0] == '-') > 4300)
      raise(rt().ValueError,
            "Exceeds the limit (4300 digits) for integer string conversion; use "
            "sys.set_int_max_str_digits() to increase the limit");
    return s;
  }
  return b.to_string();
}

int64_t int_hash(Value v) {
  int64_t i;
  if (is_intlike_small(v, i)) return python_hash_int64(i);
  if (is_kind(v, Kind::Int)) return as<IntObject>(v)->v.python_hash();
  raise(rt().TypeError, "__hash__ method should return an integer");
}

bool int_is_zero(Value v) {
  int64_t i;
  if (is_intlike_small(v, i)) return i == 0;
  return as<IntObject>(v)->v.is_zero();
}
int int_sign(Value v) {
  int64_t i;
  if (is_intlike_small(v, i)) return i < 0 ? -1 : i > 0;
  return as<IntObject>(v)->v.sign();
}

Value int_neg(Value v) {
  int64_t i;
  if (is_intlike_small(v, i)) return new_int(-i);
  return int_from_big(-as<IntObject>(v)->v);
}
Value int_invert(Value v) {
  int64_t i;
  if (is_intlike_small(v, i)) return new_int(~i);
  return int_from_big(~as<IntObject>(v)->v);
}
Value int_abs(Value v) {
  return int_sign(v) < 0 ? int_neg(v) : (v.is_bool() ? new_int(v.is_true()) : v);
}

static Value big_binop(int op, const BigInt& a, const BigInt& b) {
  switch (op) {
    case kAdd:
      return int_from_big(a + b);
    case kSub:
      return int_from_big(a - b);
    case kMul:
      return int_from_big(a * b);
    case kFloorDiv:
    case kMod: {
      if (b.is_zero())
        raise(rt().ZeroDivisionError,
              op == kMod ? "integer modulo by zero" : "integer division or modulo by zero");
      BigInt q, r;
      BigInt::floor_divmod(a, b, q, r);
      return int_from_big(op == kMod ? r : q);
    }
    case kTrueDiv:
      if (b.is_zero()) raise(rt().ZeroDivisionError, "division by zero");
      return Value::from_double(BigInt::true_divide(a, b));
    case kPow: {
      if (b.is_negative()) {
        if (a.is_zero()) raise(rt().ZeroDivisionError, "0.0 cannot be raised to a negative power");
        double x = a.to_double(), y = b.to_double();
        return Value::from_double(std::pow(x, y));
      }
      if (!b.fits_int64()) {
        if (a.is_zero() || a == BigInt(1)) return int_from_big(a);
        raise(rt().OverflowError, "exponent too large");
      }
      return int_from_big(BigInt::pow(a, uint64_t(b.to_int64())));
    }
    case kLShift:
    case kRShift: {
      if (b.is_negative()) raise(rt().ValueError, "negative shift count");
      if (!b.fits_int64() || b.to_int64() > (int64_t(1) << 40)) {
        if (op == kRShift) return Value::from_small(a.is_negative() ? -1 : 0);
        if (a.is_zero()) return Value::from_small(0);
        raise(rt().OverflowError, "too many digits in integer");
      }
      uint64_t n = uint64_t(b.to_int64());
      return int_from_big(op == kLShift ? a << n : a >> n);
    }
    case kAnd:
      return int_from_big(a & b);
    case kOr:
      return int_from_big(a | b);
    case kXor:
      return int_from_big(a ^ b);
    default:
      raisef(rt().TypeError, "unsupported operand type(s) for @: 'int' and 'int'");
  }
}

Value int_binop(int op, Value a, Value b) {
  int64_t x, y, r;
  if (is_intlike_small(a, x) && is_intlike_small(b, y)) {
    switch (op) {
      case kAdd:
        return new_int(x + y);  // 48-bit operands cannot overflow int64
      case kSub:
        return new_int(x - y);
      case kMul:
        if (!__builtin_mul_overflow(x, y, &r)) return new_int(r);
        break;
      case kFloorDiv:
        if (y == 0) raise(rt().ZeroDivisionError, "integer division or modulo by zero");
        return new_int(*python_floor_div(x, y));
      case kMod:
        if (y == 0) raise(rt().ZeroDivisionError, "integer modulo by zero");
        return new_int(python_floor_mod(x, y));
      case kTrueDiv:
        if (y == 0) raise(rt().ZeroDivisionError, "division by zero");
        if (std::llabs(x) < (int64_t(1) << 53) && std::llabs(y) < (int64_t(1) << 53))
          return Value::from_double(double(x) / double(y));
        break;
      case kAnd:
        return new_int(x & y);
      case kOr:
        return new_int(x | y);
      case kXor:
        return new_int(x ^ y);
      case kRShift:
        if (y < 0) raise(rt().ValueError, "negative shift count");
        return new_int(y >= 63 ? (x < 0 ? -1 : 0) : x >> y);
      case kLShift:
        if (y < 0) raise(rt().ValueError, "negative shift count");
        if (y < 16 && x >= -(int64_t(1) << 46) && x < (int64_t(1) << 46)) return new_int(x << y);
        break;
      case kPow:
        if (y < 0) break;
        if (y == 0) return Value::from_small(1);
        {
          int64_t acc = 1, base = x;
          int64_t e = y;
          bool ok = true;
          while (e > 0 && ok) {
            if (e & 1) ok = !__builtin_mul_overflow(acc, base, &acc);
            e >>= 1;
            if (e > 0 && ok) ok = !__builtin_mul_overflow(base, base, &base);
          }
          if (ok) return new_int(acc);
        }
        break;
      default:
        break;
    }
  }
  return big_binop(op, int_to_big(a), int_to_big(b));
}

}  // namespace gilpy

namespace gilpy {
namespace {

Value int_ctor(const Args& a) {
  check_args(a, "int", 0, 2, true);
  if (a.n == 0) return Value::from_small(0);
  Value v = a.v[0];
  Value basev = a.n > 1 ? a.v[1] : a.kw("base");
  if (!basev.is_null()) {
    if (!is_kind(v, Kind::Str))
      raise(rt().TypeError, "int() can't convert non-string with explicit base");
    return int_from_string(as<StrObject>(v)->s, int(to_index(basev)));
  }
  if (v.is_small()) return v;
  if (v.is_bool()) return Value::from_small(v.is_true());
  if (is_kind(v, Kind::Int)) return v;
  if (v.is_double()) return int_from_double(v.as_double());
  if (is_kind(v, Kind::Str)) return int_from_string(as<StrObject>(v)->s, 10);
  Value m = type_of(v)->lookup(intern("__int__"));
  if (m.is_null()) m = type_of(v)->lookup(intern("__index__"));
  if (!m.is_null()) return call1(m, v);
  raisef(rt().TypeError,
         "int() argument must be a string, a bytes-like object or a real number, not '{}'",
         type_name(v));
}

Value int_bit_length(const Args& a) {
  int64_t i;
  if (is_intlike_small(a.v[0], i)) {
    uint64_t u = i < 0 ? uint64_t(-i) : uint64_t(i);
    return Value::from_small(u ? 64 - __builtin_clzll(u) : 0);
  }
  return new_int(int64_t(as<IntObject>(a.v[0])->v.bit_length()));
}

Value int_conjugate(const Args& a) {
  return a.v[0].is_bool() ? Value::from_small(a.v[0].is_true()) : a.v[0];
}

Value bool_ctor(const Args& a) {
  check_args(a, "bool", 0, 1);
  return Value::boolean(a.n && truthy(a.v[0]));
}

}  // namespace

void init_int_type() {
  rt().int_type->ctor = int_ctor;
  rt().bool_type->ctor = bool_ctor;
  add_method(rt().int_type, "bit_length", int_bit_length);
  add_method(rt().int_type, "conjugate", int_conjugate);
}

}  // namespace gilpy

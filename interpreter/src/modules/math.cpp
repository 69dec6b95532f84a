// The math module: thin wrappers over the platform libm (as CPython, so the bits match).
#include <cerrno>
#include <cmath>

#include "native.hpp"
#include "objects/int.hpp"

namespace gilpy {
namespace {

double arg_d(const Args& a, int i, const char* name) {
  check_args(a, name, i + 1, 8);
  return to_double(a.v[i]);
}

[[noreturn]] void domain() {
  raise(rt().ValueError, "math domain error");
}

Value ret(double r, double x, bool domain_check = true) {
  if (std::isnan(r) && !std::isnan(x) && domain_check) domain();
  if (std::isinf(r) && std::isfinite(x)) raise(rt().OverflowError, "math range error");
  return Value::from_double(r);
}

#define MATH1(NAME, EXPR)         \
  Value m_##NAME(const Args& a) { \
    check_args(a, #NAME, 1, 1);   \
    double x = to_double(a.v[0]); \
    return ret(EXPR, x);          \
  }
MATH1(sin, std::sin(x))
MATH1(cos, std::cos(x))
MATH1(tan, std::tan(x))
MATH1(asin, std::asin(x))
MATH1(acos, std::acos(x))
MATH1(atan, std::atan(x))
MATH1(sinh, std::sinh(x))
MATH1(cosh, std::cosh(x))
MATH1(tanh, std::tanh(x))
MATH1(exp, std::exp(x))
MATH1(fabs, std::fabs(x))
MATH1(log10, x <= 0 ? (domain(), 0.0) : std::log10(x))
MATH1(log2, x <= 0 ? (domain(), 0.0) : std::log2(x))
MATH1(degrees, x*(180.0 / M_PI))
MATH1(radians, x*(M_PI / 180.0))

Value m_sqrt(const Args& a) {
  check_args(a, "sqrt", 1, 1);
  double x = to_double(a.v[0]);
  if (x < 0) domain();
  return Value::from_double(std::sqrt(x));
}

double log_of(Value v) {
  if (is_int(v) && !v.is_small() && !v.is_bool()) {
    BigInt b = int_to_big(v);
    if (b.sign() <= 0) domain();
    int64_t e;
    double m = b.to_double_scaled(&e);
    return std::log(m) + double(e) * std::log(2.0);
  }
  double x = to_double(v);
  if (x <= 0) domain();
  return std::log(x);
}
Value m_log(const Args& a) {
  check_args(a, "log", 1, 2);
  double r = log_of(a.v[0]);
  if (a.n == 2) r /= log_of(a.v[1]);
  return Value::from_double(r);
}

Value to_int_result(double r) {
  return int_from_double(r);
}
Value m_floor(const Args& a) {
  check_args(a, "floor", 1, 1);
  if (is_int(a.v[0])) return a.v[0].is_bool() ? Value::from_small(a.v[0].is_true()) : a.v[0];
  return to_int_result(std::floor(to_double(a.v[0])));
}
Value m_ceil(const Args& a) {
  check_args(a, "ceil", 1, 1);
  if (is_int(a.v[0])) return a.v[0].is_bool() ? Value::from_small(a.v[0].is_true()) : a.v[0];
  return to_int_result(std::ceil(to_double(a.v[0])));
}
Value m_trunc(const Args& a) {
  check_args(a, "trunc", 1, 1);
  if (is_int(a.v[0])) return a.v[0];
  return to_int_result(std::trunc(to_double(a.v[0])));
}
Value m_pow(const Args& a) {
  check_args(a, "pow", 2, 2);
  double x = to_double(a.v[0]), y = to_double(a.v[1]);
  if (x == 0 && y < 0) domain();
  if (x < 0 && std::isfinite(y) && y != std::floor(y)) domain();
  double r = std::pow(x, y);
  if (std::isinf(r) && std::isfinite(x) && std::isfinite(y))
    raise(rt().OverflowError, "math range error");
  return Value::from_double(r);
}
Value m_atan2(const Args& a) {
  check_args(a, "atan2", 2, 2);
  return Value::from_double(std::atan2(to_double(a.v[0]), to_double(a.v[1])));
}
Value m_hypot(const Args& a) {
  double acc = 0;
  if (a.n == 2) return Value::from_double(std::hypot(to_double(a.v[0]), to_double(a.v[1])));
  for (int i = 0; i < a.n; i++) acc = std::hypot(acc, to_double(a.v[i]));
  return Value::from_double(acc);
}
Value m_fmod(const Args& a) {
  check_args(a, "fmod", 2, 2);
  double x = to_double(a.v[0]), y = to_double(a.v[1]);
  if (y == 0 && !std::isnan(x)) domain();
  return Value::from_double(std::fmod(x, y));
}
Value m_copysign(const Args& a) {
  check_args(a, "copysign", 2, 2);
  return Value::from_double(std::copysign(to_double(a.v[0]), to_double(a.v[1])));
}
Value m_isnan(const Args& a) {
  return Value::boolean(std::isnan(arg_d(a, 0, "isnan")));
}
Value m_isinf(const Args& a) {
  return Value::boolean(std::isinf(arg_d(a, 0, "isinf")));
}
Value m_isfinite(const Args& a) {
  return Value::boolean(std::isfinite(arg_d(a, 0, "isfinite")));
}
Value m_modf(const Args& a) {
  double ip;
  double fp = std::modf(arg_d(a, 0, "modf"), &ip);
  return new_tuple({Value::from_double(fp), Value::from_double(ip)});
}
Value m_gcd(const Args& a) {
  Value acc = Value::from_small(0);
  for (int i = 0; i < a.n; i++) {
    Value x = int_abs(acc), y = int_abs(a.v[i]);
    while (!int_is_zero(y)) {
      Value r = int_binop(kMod, x, y);
      x = y;
      y = r;
    }
    acc = x;
  }
  return acc;
}
Value m_factorial(const Args& a) {
  check_args(a, "factorial", 1, 1);
  if (!is_int(a.v[0])) raise(rt().TypeError, "'float' object cannot be interpreted as an integer");
  int64_t n = to_index(a.v[0]);
  if (n < 0) raise(rt().ValueError, "factorial() not defined for negative values");
  BigInt r(1);
  for (int64_t i = 2; i <= n; i++) r *= BigInt(i);
  return int_from_big(r);
}
Value m_isclose(const Args& a) {
  check_args(a, "isclose", 2, 2, true);
  double x = to_double(a.v[0]), y = to_double(a.v[1]);
  Value rt_ = a.kw("rel_tol"), at = a.kw("abs_tol");
  double rel = rt_.is_null() ? 1e-9 : to_double(rt_), ab = at.is_null() ? 0.0 : to_double(at);
  if (x == y) return Value::boolean(true);
  if (std::isinf(x) || std::isinf(y)) return Value::boolean(false);
  double d = std::fabs(y - x);
  return Value::boolean(d <= std::fabs(rel * y) || d <= std::fabs(rel * x) || d <= ab);
}

}  // namespace

ModuleObject* make_math_module() {
  auto* m = new ModuleObject(intern("math"));
  DictObject* d = m->dict;
  set_name(d, "pi", Value::from_double(M_PI));
  set_name(d, "e", Value::from_double(M_E));
  set_name(d, "tau", Value::from_double(2 * M_PI));
  set_name(d, "inf", Value::from_double(INFINITY));
  set_name(d, "nan", Value::from_double(NAN));
  add_function(d, "sin", m_sin);
  add_function(d, "cos", m_cos);
  add_function(d, "tan", m_tan);
  add_function(d, "asin", m_asin);
  add_function(d, "acos", m_acos);
  add_function(d, "atan", m_atan);
  add_function(d, "sinh", m_sinh);
  add_function(d, "cosh", m_cosh);
  add_function(d, "tanh", m_tanh);
  add_function(d, "exp", m_exp);
  add_function(d, "fabs", m_fabs);
  add_function(d, "log10", m_log10);
  add_function(d, "log2", m_log2);
  add_function(d, "degrees", m_degrees);
  add_function(d, "radians", m_radians);
  add_function(d, "sqrt", m_sqrt);
  add_function(d, "log", m_log);
  add_function(d, "floor", m_floor);
  add_function(d, "ceil", m_ceil);
  add_function(d, "trunc", m_trunc);
  add_function(d, "pow", m_pow);
  add_function(d, "atan2", m_atan2);
  add_function(d, "hypot", m_hypot);
  add_function(d, "fmod", m_fmod);
  add_function(d, "copysign", m_copysign);
  add_function(d, "isnan", m_isnan);
  add_function(d, "isinf", m_isinf);
  add_function(d, "isfinite", m_isfinite);
  add_function(d, "modf", m_modf);
  add_function(d, "gcd", m_gcd);
  add_function(d, "factorial", m_factorial);
  add_function(d, "isclose", m_isclose);
  return m;
}

}  // namespace gilpy

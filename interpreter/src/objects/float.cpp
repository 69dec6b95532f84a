// float: IEEE doubles stored in the Value itself; repr, constructor and methods.
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "native.hpp"
#include "objects/int.hpp"

namespace gilpy {

// Shortest round-trip repr with CPython's layout (exponent when exp < -4 or >= 16).
// Stop-gap until gilpy-numeric's float_repr() lands; it keeps the same contract.
std::string float_repr_str(double d) {
  if (std::isnan(d)) return "nan";
  if (std::isinf(d)) return d > 0 ? "inf" : "-inf";
  if (d == 0) return std::signbit(d) ? "-0.0" : "0.0";
  char buf[40];
  int prec = 1;
  for (; prec <= 17; prec++) {
    std::snprintf(buf, sizeof buf, "%.*e", prec - 1, d);
    if (std::strtod(buf, nullptr) == d) break;
  }
  // buf: [-]D.DDDDe[+-]XX
  std::string s(buf);
  bool neg = s[0] == '-';
  if (neg) s = s.substr(1);
  size_t epos = s.find('e');
  int exp = std::atoi(s.c_str() + epos + 1);
  std::string digits;
  for (size_t i = 0; i < epos; i++)
    if (s[i] != '.') digits += s[i];
  while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
  std::string out;
  if (exp < -4 || exp >= 16) {
    out = digits.substr(0, 1);
    if (digits.size() > 1) out += "." + digits.substr(1);
    char eb[16];
    std::snprintf(eb, sizeof eb, "e%c%02d", exp < 0 ? '-' : '+', std::abs(exp));
    out += eb;
  } else if (exp < 0) {
    out = "0." + std::string(size_t(-exp - 1), '0') + digits;
  } else if (size_t(exp) + 1 >= digits.size()) {
    out = digits + std::string(size_t(exp) + 1 - digits.size(), '0') + ".0";
  } else {
    out = digits.substr(0, size_t(exp) + 1) + "." + digits.substr(size_t(exp) + 1);
  }
  return neg ? "-" + out : out;
}

namespace {

Value float_ctor(const Args& a) {
  check_args(a, "float", 0, 1);
  if (a.n == 0) return Value::from_double(0.0);
  Value v = a.v[0];
  if (v.is_double()) return v;
  if (is_int(v)) return Value::from_double(int_to_double(v));
  if (is_kind(v, Kind::Str)) {
    std::string s = as<StrObject>(v)->s;
    size_t b = 0, e = s.size();
    while (b < e && isspace((unsigned char)s[b])) b++;
    while (e > b && isspace((unsigned char)s[e - 1])) e--;
    std::string t = s.substr(b, e - b);
    std::string low;
    for (char c : t) low += char(tolower((unsigned char)c));
    std::string u = low;
    if (!u.empty() && (u[0] == '+' || u[0] == '-')) u = u.substr(1);
    if (u == "inf" || u == "infinity" || u == "nan") {
      double r = u == "nan" ? NAN : INFINITY;
      return Value::from_double(low[0] == '-' ? -r : r);
    }
    std::string clean;
    for (size_t i = 0; i < t.size(); i++) {
      if (t[i] == '_' && i > 0 && i + 1 < t.size() && isdigit((unsigned char)t[i - 1]) && isdigit((unsigned char)t[i + 1])) continue;
      clean += t[i];
    }
    bool ok = !clean.empty();
    for (char c : clean)
      if (!(isdigit((unsigned char)c) || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-')) ok = false;
    char* end = nullptr;
    double d = ok ? std::strtod(clean.c_str(), &end) : 0;
    if (!ok || !end || *end) raisef(rt().ValueError, "could not convert string to float: {}", repr(v));
    return Value::from_double(d);
  }
  Value m = type_of(v)->lookup(intern("__float__"));
  if (!m.is_null()) return call1(m, v);
  raisef(rt().TypeError, "float() argument must be a string or a real number, not '{}'", type_name(v));
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
  if (e > 0) num = num << uint64_t(e);
  else den = den << uint64_t(-e);
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

// The digits-and-layout core of float formatting: fixed, exponent, general and repr
// styles with CPython's rules for trailing zeros, the decimal point and exponents.
//
// Design note. glibc's snprintf rounds the exact binary value half-to-even at any
// precision, as CPython's own dtoa does, so it supplies the digits: "%.*f" and "%.*e"
// are used as they are. The general style is laid out here from "%.*e" digits
// because CPython's format() without a type moves to exponent form one decimal
// place earlier than C's %g (to keep room for ".0"), which snprintf cannot express.
#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "runtime/float_format.hpp"
#include "runtime/format_internal.hpp"

namespace gilpy::format_detail {

namespace {

std::string c_format(const char* fmt, int precision, double value) {
  int n = std::snprintf(nullptr, 0, fmt, precision, value);
  std::string out(static_cast<size_t>(n) + 1, '\0');
  std::snprintf(out.data(), out.size(), fmt, precision, value);
  out.resize(static_cast<size_t>(n));
  return out;
}

std::string exponent_suffix(int exp10, bool upper) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%c%c%02d", upper ? 'E' : 'e', exp10 < 0 ? '-' : '+',
                std::abs(exp10));
  return buf;
}

// General style: `precision` significant digits, positional unless the decimal
// exponent is < -4 or too large for the digits (>= precision, or >= precision - 1
// with add_dot_zero); trailing zeros dropped unless alternate.
std::string general(double value, int precision, bool alternate, bool add_dot_zero, bool upper) {
  if (precision == 0) precision = 1;
  std::string sci = c_format("%.*e", precision - 1, value);  // "d.ddde+XX"
  size_t e_pos = sci.find('e');
  std::string digits;
  for (size_t i = 0; i < e_pos; ++i) {
    if (sci[i] != '.') digits.push_back(sci[i]);
  }
  int exp10 = std::atoi(sci.c_str() + e_pos + 1);
  int point = exp10 + 1;  // digits before the decimal point
  bool use_exp = point <= -4 || point > (add_dot_zero ? precision - 1 : precision);
  if (!alternate) {
    size_t last = digits.find_last_not_of('0');
    digits.resize(last == std::string::npos ? 1 : last + 1);
  }
  auto n = static_cast<int>(digits.size());
  std::string out;
  if (use_exp) {
    out.push_back(digits[0]);
    if (n > 1 || alternate) out += "." + digits.substr(1);
    return out + exponent_suffix(exp10, upper);
  }
  if (point <= 0) {
    out = "0." + std::string(-point, '0') + digits;
  } else if (point >= n) {
    out = digits + std::string(point - n, '0');
    if (alternate) {
      out.push_back('.');
    } else if (add_dot_zero) {
      out += ".0";
    }
  } else {
    out = digits.substr(0, point) + "." + digits.substr(point);
  }
  return out;
}

}  // namespace

std::string float_body(double value, char style, int precision, bool alternate, bool add_dot_zero) {
  bool upper = std::isupper(static_cast<unsigned char>(style)) != 0;
  if (std::isnan(value)) return upper ? "NAN" : "nan";
  if (std::isinf(value)) return upper ? "INF" : "inf";
  switch (std::tolower(static_cast<unsigned char>(style))) {
    case 'f':
      return c_format(alternate ? "%#.*f" : "%.*f", precision, value);
    case 'e': {
      std::string s = c_format(alternate ? "%#.*e" : "%.*e", precision, value);
      if (upper) std::transform(s.begin(), s.end(), s.begin(), ::toupper);
      return s;
    }
    case 'g':
      return general(value, precision, alternate, add_dot_zero, upper);
    default: {  // 'r'
      std::string s = float_repr(value);
      if (alternate && s.find('.') == std::string::npos) s.insert(s.find('e'), ".");
      return s;
    }
  }
}

bool rounds_to_zero(const std::string& body) {
  for (char c : body) {
    if (c == 'e' || c == 'E') break;
    if (c >= '1' && c <= '9') return false;
    if (c == 'n' || c == 'N' || c == 'i' || c == 'I') return false;  // nan, inf
  }
  return true;
}

}  // namespace gilpy::format_detail

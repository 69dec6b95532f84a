// repr(float) and float(str) as CPython 3.11, plus the UTF-8 helpers shared by the
// formatting files.
//
// Design note. std::to_chars(double) without a precision gives the shortest digit
// string that reads back to the same double, choosing the closest one when several
// are equally short; that is the digit string of CPython's repr (David Gay's
// dtoa mode 0). Only the layout differs, so float_repr() takes the digits and the
// decimal exponent from the scientific form and lays them out as
// PyOS_double_to_string's 'r' mode does: positional for -4 <= exponent < 16.
// std::from_chars is correctly rounded too; parse_float() checks Python's grammar
// (underscores, inf/nan words) itself and hands it only clean digits.
#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <stdexcept>
#include <system_error>

#include "runtime/float_format.hpp"

namespace gilpy {

std::string float_repr(double value) {
  if (std::isnan(value)) return "nan";
  if (std::isinf(value)) return value > 0 ? "inf" : "-inf";
  char buf[64];
  auto res = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::scientific);
  std::string_view sci(buf, res.ptr - buf);  // "-1.2345e+05", "5e-324"
  std::string out;
  if (sci.front() == '-') {
    out.push_back('-');
    sci.remove_prefix(1);
  }
  size_t e_pos = sci.find('e');
  std::string digits;
  for (char c : sci.substr(0, e_pos)) {
    if (c != '.') digits.push_back(c);
  }
  int exp10 = std::atoi(std::string(sci.substr(e_pos + 1)).c_str());
  if (value == 0.0) exp10 = 0;
  auto n = static_cast<int>(digits.size());
  if (exp10 >= -4 && exp10 < 16) {
    int point = exp10 + 1;  // digits before the decimal point
    if (point <= 0) {
      out += "0." + std::string(-point, '0') + digits;
    } else if (point >= n) {
      out += digits + std::string(point - n, '0') + ".0";
    } else {
      out += digits.substr(0, point) + "." + digits.substr(point);
    }
    return out;
  }
  out.push_back(digits[0]);
  if (n > 1) out += "." + digits.substr(1);
  char exp_buf[16];
  std::snprintf(exp_buf, sizeof exp_buf, "e%c%02d", exp10 < 0 ? '-' : '+', std::abs(exp10));
  return out + exp_buf;
}

static bool is_py_space(char c) {
  return c == ' ' || (c >= '\t' && c <= '\r');
}

static bool equals_ignore_case(std::string_view a, std::string_view lower) {
  if (a.size() != lower.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) != lower[i]) return false;
  }
  return true;
}

// Appends a run of digits with single underscores between them; false if the run
// is malformed. An empty run is allowed (the caller decides).
static bool take_digits(std::string_view s, size_t& pos, std::string& out) {
  bool prev_digit = false;
  while (pos < s.size()) {
    char c = s[pos];
    if (c >= '0' && c <= '9') {
      out.push_back(c);
      prev_digit = true;
    } else if (c == '_') {
      if (!prev_digit || pos + 1 >= s.size() ||
          !std::isdigit(static_cast<unsigned char>(s[pos + 1]))) {
        return false;
      }
      prev_digit = false;
    } else {
      break;
    }
    ++pos;
  }
  return true;
}

std::optional<double> parse_float(std::string_view text) {
  size_t begin = 0, end = text.size();
  while (begin < end && is_py_space(text[begin])) ++begin;
  while (end > begin && is_py_space(text[end - 1])) --end;
  std::string_view s = text.substr(begin, end - begin);
  bool negative = false;
  if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
    negative = s[0] == '-';
    s.remove_prefix(1);
  }
  if (equals_ignore_case(s, "inf") || equals_ignore_case(s, "infinity")) {
    return negative ? -INFINITY : INFINITY;
  }
  if (equals_ignore_case(s, "nan")) return negative ? -NAN : NAN;
  std::string clean;
  size_t pos = 0;
  if (!take_digits(s, pos, clean)) return std::nullopt;
  size_t int_digits = clean.size();
  size_t frac_digits = 0;
  if (pos < s.size() && s[pos] == '.') {
    clean.push_back('.');
    ++pos;
    size_t before = clean.size();
    if (!take_digits(s, pos, clean)) return std::nullopt;
    frac_digits = clean.size() - before;
  }
  if (int_digits + frac_digits == 0) return std::nullopt;
  if (pos < s.size() && (s[pos] == 'e' || s[pos] == 'E')) {
    clean.push_back('e');
    ++pos;
    if (pos < s.size() && (s[pos] == '+' || s[pos] == '-')) clean.push_back(s[pos++]);
    size_t before = clean.size();
    if (!take_digits(s, pos, clean) || clean.size() == before) return std::nullopt;
  }
  if (pos != s.size()) return std::nullopt;
  double value = 0.0;
  auto res = std::from_chars(clean.data(), clean.data() + clean.size(), value);
  if (res.ec == std::errc::result_out_of_range) {
    // from_chars leaves the value alone; strtod gives +-HUGE_VAL or the rounded tiny
    // value, which is what CPython returns (inf for 1e400, 0.0 for 1e-400).
    value = std::strtod(clean.c_str(), nullptr);
  } else if (res.ec != std::errc() || res.ptr != clean.data() + clean.size()) {
    return std::nullopt;
  }
  return negative ? -value : value;
}

std::string utf8_encode(int64_t cp) {
  if (cp < 0 || cp > 0x10FFFF) throw std::overflow_error("%c arg not in range(0x110000)");
  std::string out;
  auto u = static_cast<uint32_t>(cp);
  if (u < 0x80) {
    out.push_back(static_cast<char>(u));
  } else if (u < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (u >> 6)));
    out.push_back(static_cast<char>(0x80 | (u & 0x3F)));
  } else if (u < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (u >> 12)));
    out.push_back(static_cast<char>(0x80 | ((u >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (u & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (u >> 18)));
    out.push_back(static_cast<char>(0x80 | ((u >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((u >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (u & 0x3F)));
  }
  return out;
}

size_t utf8_length(std::string_view text) {
  return static_cast<size_t>(std::count_if(text.begin(), text.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

}  // namespace gilpy

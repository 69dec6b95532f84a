// BigInt conversions: text in any base (Python int() rules), text out, doubles in
// and out with CPython's correct rounding, int / int, and CPython's int hash.
//
// Design note. Every int -> double path rounds once: it gathers more than 53
// significant bits plus a "sticky" bit that records whether anything below them was
// non-zero, then rounds half-to-even by hand, so the result equals rounding the
// exact value (what CPython's PyLong_AsDouble and long_true_divide guarantee).
#include <bit>
#include <cfloat>
#include <cmath>
#include <stdexcept>

#include "runtime/bigint_mag.hpp"

namespace gilpy {

using Limb = BigInt::Limb;

namespace {

bool is_space(char c) {
  return c == ' ' || (c >= '\t' && c <= '\r');
}

int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

// Largest power of base that fits in a limb, and its exponent.
void chunk_for_base(int base, Limb* power, int* digits) {
  uint64_t p = base;
  int d = 1;
  while (p * base <= 0xFFFFFFFFULL) {
    p *= base;
    ++d;
  }
  *power = static_cast<Limb>(p);
  *digits = d;
}

// Rounds the positive integer `bits` (which holds more than `keep` significant bits,
// with any lower non-zero bits already folded into bit 0) to `keep` bits, half to
// even, and returns it scaled so that its value is the result * 2**(dropped bits).
uint64_t round_half_even(uint64_t bits, int drop) {
  if (drop <= 0) return bits;
  if (drop >= 64) return 0;  // below half of the smallest unit (callers ensure)
  uint64_t kept = bits >> drop;
  uint64_t rest = bits & ((uint64_t{1} << drop) - 1);
  uint64_t half = uint64_t{1} << (drop - 1);
  if (rest > half || (rest == half && (kept & 1U))) ++kept;
  return kept;
}

}  // namespace

std::optional<BigInt> BigInt::parse(std::string_view text, int base) {
  size_t begin = 0, end = text.size();
  while (begin < end && is_space(text[begin])) ++begin;
  while (end > begin && is_space(text[end - 1])) --end;
  std::string_view s = text.substr(begin, end - begin);
  bool negative = false;
  if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
    negative = s[0] == '-';
    s.remove_prefix(1);
  }
  if (base != 0 && (base < 2 || base > 36)) return std::nullopt;
  bool prefixed = false;
  if (s.size() >= 2 && s[0] == '0') {
    char p = static_cast<char>(s[1] | 0x20);
    int prefix_base = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
    if (prefix_base != 0 && (base == 0 || base == prefix_base)) {
      base = prefix_base;
      prefixed = true;
      s.remove_prefix(2);
    }
  }
  bool decimal_detect = base == 0;
  if (base == 0) base = 10;
  // Digits with single underscores between them; after a prefix one may lead.
  std::string digits;
  digits.reserve(s.size());
  bool prev_digit = false;
  if (s.empty()) return std::nullopt;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == '_') {
      // Only between digits, or right after a prefix: "0x_1f" is valid, "_1" is not.
      if (!prev_digit && !(prefixed && i == 0)) return std::nullopt;
      prev_digit = false;
      continue;
    }
    if (digit_value(c) >= base) return std::nullopt;
    digits.push_back(c);
    prev_digit = true;
  }
  if (!prev_digit) return std::nullopt;  // empty, or a trailing underscore
  // Base 0 forbids leading zeros on a non-zero decimal ("010" is an error).
  if (decimal_detect && !prefixed && digits[0] == '0' &&
      digits.find_first_not_of('0') != std::string::npos) {
    return std::nullopt;
  }
  Limb power;
  int chunk;
  chunk_for_base(base, &power, &chunk);
  Mag m;
  size_t first = digits.size() % chunk;
  if (first == 0) first = chunk;
  for (size_t pos = 0; pos < digits.size();) {
    size_t len = pos == 0 ? first : chunk;
    Limb value = 0, scale = 1;
    for (size_t k = 0; k < len; ++k) {
      value = value * base + digit_value(digits[pos + k]);
      scale *= base;
    }
    m = mag::mul_limb(m, scale);
    mag::add_limb_in_place(m, value);
    pos += len;
  }
  return BigIntAccess::make(std::move(m), negative);
}

std::string BigInt::to_string(int base) const {
  if (base < 2 || base > 36) throw std::invalid_argument("base must be in 2..36");
  static constexpr char kDigits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
  if (mag_.empty()) return "0";
  std::string out;  // least significant digit first
  if (std::has_single_bit(static_cast<unsigned>(base))) {
    int width = std::countr_zero(static_cast<unsigned>(base));
    uint64_t bits = bit_length();
    for (uint64_t pos = 0; pos < bits; pos += width) {
      unsigned d = 0;
      for (int k = 0; k < width && pos + k < bits; ++k) {
        uint64_t bit = pos + k;
        d |= ((mag_[bit / 32] >> (bit % 32)) & 1U) << k;
      }
      out.push_back(kDigits[d]);
    }
  } else {
    // Peel off chunks of `chunk` digits with one-limb divisions: quadratic in the
    // limb count, about 1 ms for 10 000 decimal digits.
    Limb power;
    int chunk;
    chunk_for_base(base, &power, &chunk);
    Mag m = mag_;
    while (!m.empty()) {
      Limb rem = mag::divmod_limb_in_place(m, power);
      for (int k = 0; k < chunk && (rem != 0 || !m.empty()); ++k) {
        out.push_back(kDigits[rem % base]);
        rem /= base;
      }
    }
  }
  if (neg_) out.push_back('-');
  return std::string(out.rbegin(), out.rend());
}

BigInt BigInt::from_double(double value) {
  int exp;
  double frac = std::frexp(std::trunc(value), &exp);  // value = frac * 2**exp
  if (frac == 0.0) return BigInt();
  bool negative = frac < 0;
  // 53 significant bits as an integer, then shift into place.
  auto mant = static_cast<uint64_t>(std::ldexp(std::fabs(frac), 53));
  BigInt m = from_uint64(mant);
  m = exp >= 53 ? m << static_cast<uint64_t>(exp - 53) : m >> static_cast<uint64_t>(53 - exp);
  return negative ? -m : m;
}

// The top 64 bits of |x| (bit 63 set) with a sticky bit for everything below, and
// the shift they were taken at: |x| ~= top * 2**shift.
static uint64_t top_bits_sticky(const Mag& m, int64_t* shift) {
  uint64_t n = mag::bit_length(m);
  if (n <= 64) {
    *shift = 0;
    uint64_t v = m[0];
    if (m.size() > 1) v |= uint64_t{m[1]} << 32;
    return v;
  }
  Mag top = mag::shift_right(m, n - 64);
  uint64_t v = top[0] | (uint64_t{top[1]} << 32);
  if (mag::any_low_bits(m, n - 64)) v |= 1;
  *shift = static_cast<int64_t>(n - 64);
  return v;
}

double BigInt::to_double() const {
  if (mag_.empty()) return 0.0;
  int64_t shift;
  uint64_t top = top_bits_sticky(mag_, &shift);
  int drop = std::max(0, 64 - std::countl_zero(top) - DBL_MANT_DIG);
  uint64_t kept = round_half_even(top, drop);
  int64_t exp2 = shift + drop;
  if (exp2 > DBL_MAX_EXP) throw std::overflow_error("int too large to convert to float");
  double r = std::ldexp(static_cast<double>(kept), static_cast<int>(exp2));
  if (std::isinf(r)) throw std::overflow_error("int too large to convert to float");
  return neg_ ? -r : r;
}

double BigInt::to_double_scaled(int64_t* exponent) const {
  if (mag_.empty()) {
    *exponent = 0;
    return 0.0;
  }
  int64_t shift;
  uint64_t top = top_bits_sticky(mag_, &shift);
  int drop = std::max(0, 64 - std::countl_zero(top) - DBL_MANT_DIG);
  uint64_t kept = round_half_even(top, drop);
  int e;
  double m = std::frexp(static_cast<double>(kept), &e);
  *exponent = e + shift + drop;
  return neg_ ? -m : m;
}

double BigInt::true_divide(const BigInt& a, const BigInt& b) {
  if (b.is_zero()) throw std::domain_error("division by zero");
  bool negative = a.neg_ != b.neg_;
  if (a.bit_length() <= DBL_MANT_DIG && b.bit_length() <= DBL_MANT_DIG) {
    // Both exact as doubles: one IEEE division rounds correctly.
    auto fa = static_cast<double>(a.abs().low_uint64());
    auto fb = static_cast<double>(b.abs().low_uint64());
    double r = fa / fb;
    return negative ? -r : r;
  }
  if (a.is_zero()) return negative ? -0.0 : 0.0;
  auto na = static_cast<int64_t>(a.bit_length());
  auto nb = static_cast<int64_t>(b.bit_length());
  int64_t diff = na - nb;  // |a/b| is in [2**(diff-1), 2**(diff+1))
  if (diff > DBL_MAX_EXP) {
    throw std::overflow_error("integer division result too large for a float");
  }
  // Scale so the integer quotient carries at least 55 bits (53 + guard + round), or
  // enough for the subnormal range; a sticky bit records an inexact division.
  int64_t shift = std::max<int64_t>(diff, DBL_MIN_EXP) - DBL_MANT_DIG - 2;
  Mag x;
  bool inexact = false;
  if (shift < 0) {
    x = mag::shift_left(a.mag_, static_cast<uint64_t>(-shift));
  } else {
    x = mag::shift_right(a.mag_, static_cast<uint64_t>(shift));
    inexact = mag::any_low_bits(a.mag_, static_cast<uint64_t>(shift));
  }
  Mag qm, rm;
  mag::divmod(x, b.mag_, qm, rm);
  uint64_t q = qm.empty() ? 0 : qm[0];
  if (qm.size() > 1) q |= uint64_t{qm[1]} << 32;
  if (inexact || !rm.empty()) q |= 1;
  // The result is q * 2**shift; keep 53 bits, fewer when it lands below DBL_MIN.
  int qbits = 64 - std::countl_zero(q);
  int64_t lead_exp = qbits - 1 + shift;  // exponent of the leading bit
  int64_t precision = DBL_MANT_DIG;
  if (lead_exp < DBL_MIN_EXP - 1) precision -= (DBL_MIN_EXP - 1) - lead_exp;
  int drop = static_cast<int>(std::max<int64_t>(0, qbits - precision));
  uint64_t kept = round_half_even(q, drop);
  double r = std::ldexp(static_cast<double>(kept), static_cast<int>(shift + drop));
  if (std::isinf(r)) throw std::overflow_error("integer division result too large for a float");
  return negative ? -r : r;
}

int64_t BigInt::python_hash() const {
  constexpr uint64_t kModulus = (uint64_t{1} << 61) - 1;
  unsigned __int128 acc = 0;
  for (size_t i = mag_.size(); i-- > 0;) {
    acc = ((acc << 32) | mag_[i]) % kModulus;
  }
  auto h = static_cast<int64_t>(acc);
  if (neg_) h = -h;
  return h == -1 ? -2 : h;
}

}  // namespace gilpy

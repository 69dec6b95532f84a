// BigInt arithmetic with Python semantics: signs, floor division, arithmetic shifts
// and bitwise operators on an infinite two's complement. Magnitude kernels live in
// bigint_mag.cpp; text and float conversions in bigint_convert.cpp.
//
// Design note. The value is sign + magnitude (neg_, mag_), normalised so that zero
// has an empty magnitude and is never negative; defaulted == is then exact equality.
// Bitwise operators materialise both operands as two's complement limb vectors one
// limb wider than the larger magnitude (the extra limb is all sign bits), combine
// them limb by limb, and read the sign back from the top bit: this is exactly
// Python's "infinitely many sign bits" model.
#include <algorithm>
#include <stdexcept>
#include <utility>

#include "runtime/bigint_mag.hpp"

namespace gilpy {

using Limb = BigInt::Limb;
using Wide = BigInt::WideLimb;

BigInt::BigInt(int64_t value) {
  uint64_t m = value < 0 ? 0 - static_cast<uint64_t>(value) : static_cast<uint64_t>(value);
  *this = from_uint64(m);
  neg_ = value < 0;
}

BigInt BigInt::from_uint64(uint64_t value) {
  Mag m{static_cast<Limb>(value), static_cast<Limb>(value >> 32)};
  return BigInt(std::move(m), false);
}

BigInt BigInt::from_limbs(std::span<const Limb> limbs, bool negative) {
  return BigInt(Mag(limbs.begin(), limbs.end()), negative);
}

void BigInt::normalize() {
  mag::trim(mag_);
  if (mag_.empty()) neg_ = false;
}

bool BigInt::fits_int64() const {
  if (mag_.size() > 2) return false;
  uint64_t m = low_uint64();
  if (neg_) m = 0 - m;  // back to the magnitude
  return neg_ ? m <= (uint64_t{1} << 63) : m < (uint64_t{1} << 63);
}

int64_t BigInt::to_int64() const {
  return static_cast<int64_t>(low_uint64());
}

uint64_t BigInt::low_uint64() const {
  uint64_t m = 0;
  if (!mag_.empty()) m = mag_[0];
  if (mag_.size() > 1) m |= uint64_t{mag_[1]} << 32;
  return neg_ ? 0 - m : m;
}

BigInt BigInt::abs() const {
  return BigInt(mag_, false);
}

uint64_t BigInt::bit_length() const {
  return mag::bit_length(mag_);
}

BigInt BigInt::operator-() const {
  return BigInt(mag_, !neg_);
}

BigInt BigInt::operator~() const {
  return -(*this + BigInt(1));
}

// a + b where b's sign is given separately, so subtraction shares the code.
static BigInt add_signed(const BigInt& a, const Mag& bm, bool bneg) {
  const Mag& am = BigIntAccess::mag(a);
  bool aneg = a.is_negative();
  if (aneg == bneg) return BigIntAccess::make(mag::add(am, bm), aneg);
  int c = mag::compare(am, bm);
  if (c == 0) return BigInt();
  if (c > 0) return BigIntAccess::make(mag::sub(am, bm), aneg);
  return BigIntAccess::make(mag::sub(bm, am), bneg);
}

BigInt operator+(const BigInt& a, const BigInt& b) {
  return add_signed(a, b.mag_, b.neg_);
}

BigInt operator-(const BigInt& a, const BigInt& b) {
  return add_signed(a, b.mag_, b.is_zero() ? false : !b.neg_);
}

BigInt operator*(const BigInt& a, const BigInt& b) {
  return BigInt(mag::mul(a.mag_, b.mag_), a.neg_ != b.neg_);
}

BigInt operator/(const BigInt& a, const BigInt& b) {
  BigInt q, r;
  BigInt::floor_divmod(a, b, q, r);
  return q;
}

BigInt operator%(const BigInt& a, const BigInt& b) {
  BigInt q, r;
  BigInt::floor_divmod(a, b, q, r);
  return r;
}

std::strong_ordering operator<=>(const BigInt& a, const BigInt& b) {
  if (a.neg_ != b.neg_) return a.neg_ ? std::strong_ordering::less : std::strong_ordering::greater;
  int c = mag::compare(a.mag_, b.mag_);
  if (a.neg_) c = -c;
  return c < 0 ? std::strong_ordering::less
               : (c > 0 ? std::strong_ordering::greater : std::strong_ordering::equal);
}

void BigInt::floor_divmod(const BigInt& a, const BigInt& b, BigInt& q, BigInt& r) {
  if (b.is_zero()) throw std::domain_error("integer division or modulo by zero");
  Mag qm, rm;
  mag::divmod(a.mag_, b.mag_, qm, rm);
  bool rem_nonzero = !rm.empty();
  BigInt quot(std::move(qm), a.neg_ != b.neg_);
  BigInt rem(std::move(rm), a.neg_);
  // Truncated -> floor: when the signs differ and the division is inexact, the
  // quotient moves down by one and the remainder takes the divisor's sign.
  if (rem_nonzero && a.neg_ != b.neg_) {
    quot = quot - BigInt(1);
    rem = rem + b;
  }
  q = std::move(quot);
  r = std::move(rem);
}

BigInt BigInt::pow(const BigInt& base, uint64_t exponent) {
  BigInt result(1);
  BigInt square = base;
  while (exponent != 0) {
    if (exponent & 1U) result = result * square;
    exponent >>= 1;
    if (exponent != 0) square = square * square;
  }
  return result;
}

// Extended Euclid: the inverse of a modulo m (m > 0), or nullopt.
static std::optional<BigInt> mod_inverse(const BigInt& a, const BigInt& m) {
  BigInt old_r = a % m, r = m;
  BigInt old_s(1), s(0);
  while (!r.is_zero()) {
    BigInt q, rem;
    BigInt::floor_divmod(old_r, r, q, rem);
    old_r = std::exchange(r, rem);
    old_s = std::exchange(s, old_s - q * s);
  }
  if (old_r != BigInt(1)) return std::nullopt;
  return old_s % m;
}

BigInt BigInt::pow_mod(const BigInt& base, const BigInt& exponent, const BigInt& modulus) {
  if (modulus.is_zero()) throw std::invalid_argument("pow() 3rd argument cannot be 0");
  BigInt m = modulus.abs();
  BigInt b = base % m;
  BigInt e = exponent;
  if (e.is_negative()) {
    auto inverse = mod_inverse(b, m);
    if (!inverse) throw std::invalid_argument("base is not invertible for the given modulus");
    b = *inverse;
    e = -e;
  }
  BigInt result = m == BigInt(1) ? BigInt(0) : BigInt(1);
  for (uint64_t bit = e.bit_length(); bit-- > 0;) {
    result = (result * result) % m;
    if ((e.mag_[bit / 32] >> (bit % 32)) & 1U) result = (result * b) % m;
  }
  // Python: the result has the sign of the modulus.
  if (modulus.is_negative() && !result.is_zero()) result = result - m;
  return result;
}

BigInt operator<<(const BigInt& a, uint64_t count) {
  return BigInt(mag::shift_left(a.mag_, count), a.neg_);
}

BigInt operator>>(const BigInt& a, uint64_t count) {
  Mag q = mag::shift_right(a.mag_, count);
  // Floor for negatives: -(|a| >> k) - 1 when bits were shifted out.
  if (a.neg_ && mag::any_low_bits(a.mag_, count)) mag::add_limb_in_place(q, 1);
  return BigInt(std::move(q), a.neg_);
}

// Two's complement of x in exactly n limbs (n > size of the magnitude).
static Mag to_twos(const BigInt& x, size_t n) {
  Mag t(BigIntAccess::mag(x));
  t.resize(n, 0);
  if (x.is_negative()) {
    for (Limb& l : t) l = ~l;
    Wide carry = 1;
    for (size_t i = 0; i < n && carry != 0; ++i) {
      Wide s = Wide{t[i]} + carry;
      t[i] = static_cast<Limb>(s);
      carry = s >> 32;
    }
  }
  return t;
}

static BigInt from_twos(Mag t) {
  bool negative = !t.empty() && (t.back() >> 31) != 0;
  if (negative) {
    for (Limb& l : t) l = ~l;
    mag::add_limb_in_place(t, 1);
  }
  return BigIntAccess::make(std::move(t), negative);
}

template <typename Op>
static BigInt bitwise(const BigInt& a, const BigInt& b, Op op) {
  size_t n = std::max(a.magnitude().size(), b.magnitude().size()) + 1;
  Mag ta = to_twos(a, n), tb = to_twos(b, n);
  for (size_t i = 0; i < n; ++i) ta[i] = op(ta[i], tb[i]);
  return from_twos(std::move(ta));
}

BigInt operator&(const BigInt& a, const BigInt& b) {
  return bitwise(a, b, [](Limb x, Limb y) { return x & y; });
}

BigInt operator|(const BigInt& a, const BigInt& b) {
  return bitwise(a, b, [](Limb x, Limb y) { return x | y; });
}

BigInt operator^(const BigInt& a, const BigInt& b) {
  return bitwise(a, b, [](Limb x, Limb y) { return x ^ y; });
}

}  // namespace gilpy

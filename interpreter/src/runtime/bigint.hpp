// BigInt: the arbitrary-precision signed integer behind gilpy's `int` once a value
// leaves the int64 fast path. Python semantics throughout (floor division,
// infinite two's complement bitwise ops, CPython's hash and float conversions).
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace gilpy {

// CPython 3.11's default sys.int_max_str_digits: int <-> decimal str conversions of
// more digits raise ValueError there. BigInt itself has no limit; the VM applies it.
inline constexpr int kMaxStrDigits = 4300;

class BigInt {
 public:
  using Limb = uint32_t;      // one base-2^32 digit
  using WideLimb = uint64_t;  // holds a limb product plus carries

  BigInt() = default;
  BigInt(int64_t value);  // NOLINT: implicit on purpose, so `a + 1` works
  static BigInt from_uint64(uint64_t value);
  // Truncates toward zero, as int(float). The caller checks isfinite() first.
  static BigInt from_double(double value);
  // Python int(text, base) rules: surrounding whitespace, sign, underscores between
  // digits, optional 0x/0o/0b prefix matching the base, base 0 = detect the prefix
  // (and then no leading zeros on a non-zero decimal). nullopt when invalid.
  // The 4300-digit limit of CPython 3.11 is left to the caller.
  static std::optional<BigInt> parse(std::string_view text, int base = 10);
  // From little-endian 32-bit words of the magnitude, with a sign.
  static BigInt from_limbs(std::span<const Limb> limbs, bool negative);

  bool fits_int64() const;
  int64_t to_int64() const;  // precondition: fits_int64()
  // Low 64 bits of the two's complement value (Python's `n & (2**64-1)`).
  uint64_t low_uint64() const;
  // Correctly rounded (half to even); throws std::overflow_error("int too large to
  // convert to float") when the rounded value exceeds the double range.
  double to_double() const;
  // Returns m with 0.5 <= |m| < 1 and sets *exponent so that value ~= m * 2**exponent,
  // for any size (math.log of huge ints). Zero gives 0.0 and exponent 0.
  double to_double_scaled(int64_t* exponent) const;
  // Digits in base 2..36 with a leading '-' for negatives, lowercase, no prefix.
  std::string to_string(int base = 10) const;

  int sign() const { return mag_.empty() ? 0 : (neg_ ? -1 : 1); }
  bool is_zero() const { return mag_.empty(); }
  bool is_negative() const { return neg_; }
  bool is_odd() const { return !mag_.empty() && (mag_[0] & 1U); }
  BigInt abs() const;
  uint64_t bit_length() const;  // of |value|, as int.bit_length()
  // Little-endian 32-bit words of |value|; empty for zero.
  std::span<const Limb> magnitude() const { return mag_; }

  BigInt operator-() const;
  BigInt operator~() const;  // -(x + 1)
  friend BigInt operator+(const BigInt& a, const BigInt& b);
  friend BigInt operator-(const BigInt& a, const BigInt& b);
  friend BigInt operator*(const BigInt& a, const BigInt& b);
  // Floor division and modulo; both throw std::domain_error on a zero divisor.
  friend BigInt operator/(const BigInt& a, const BigInt& b);
  friend BigInt operator%(const BigInt& a, const BigInt& b);
  // Arithmetic shifts (floor for negatives, as Python); counts are non-negative.
  friend BigInt operator<<(const BigInt& a, uint64_t count);
  friend BigInt operator>>(const BigInt& a, uint64_t count);
  friend BigInt operator&(const BigInt& a, const BigInt& b);
  friend BigInt operator|(const BigInt& a, const BigInt& b);
  friend BigInt operator^(const BigInt& a, const BigInt& b);
  BigInt& operator+=(const BigInt& b) { return *this = *this + b; }
  BigInt& operator-=(const BigInt& b) { return *this = *this - b; }
  BigInt& operator*=(const BigInt& b) { return *this = *this * b; }

  friend bool operator==(const BigInt& a, const BigInt& b) = default;
  friend std::strong_ordering operator<=>(const BigInt& a, const BigInt& b);

  // Python divmod(a, b): q = floor(a / b), r = a - q*b has the sign of b.
  // Throws std::domain_error("integer division or modulo by zero").
  static void floor_divmod(const BigInt& a, const BigInt& b, BigInt& q, BigInt& r);
  static BigInt pow(const BigInt& base, uint64_t exponent);
  // Python pow(base, exponent, modulus): result in [0, m) or (m, 0]; a negative
  // exponent uses the modular inverse. Throws std::invalid_argument (ValueError) when
  // the modulus is zero or the base is not invertible.
  static BigInt pow_mod(const BigInt& base, const BigInt& exponent, const BigInt& modulus);
  // Python int / int, correctly rounded. Throws std::domain_error("division by zero")
  // and std::overflow_error("integer division result too large for a float").
  static double true_divide(const BigInt& a, const BigInt& b);

  // CPython's hash(int): |n| mod (2**61 - 1), negated for negatives, -1 -> -2.
  int64_t python_hash() const;

 private:
  using Mag = std::vector<Limb>;
  BigInt(Mag mag, bool negative) : neg_(negative), mag_(std::move(mag)) { normalize(); }
  void normalize();

  friend struct BigIntAccess;  // internal helpers in the .cpp files

  bool neg_ = false;  // sign; false for zero
  Mag mag_;           // |value|, little-endian, no high zero limbs
};

}  // namespace gilpy

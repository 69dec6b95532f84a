// Fast-path int64 arithmetic and numeric hashing with CPython's results.
// The hash follows the definition in the Python docs ("Hashing of numeric types"):
// for a rational m / n, hash = m * inverse(n) mod P with P = 2**61 - 1.
#include "runtime/int_ops.hpp"

#include <cmath>
#include <stdexcept>

namespace gilpy {

int64_t python_hash_int64(int64_t value) {
  uint64_t m = value < 0 ? 0 - static_cast<uint64_t>(value) : static_cast<uint64_t>(value);
  auto h = static_cast<int64_t>(m % kHashModulus);
  if (value < 0) h = -h;
  return h == -1 ? -2 : h;
}

int64_t python_hash_double(double value) {
  if (std::isnan(value)) return 0;
  if (std::isinf(value)) return value > 0 ? kHashInf : -kHashInf;
  if (value == 0.0) return 0;
  int exp;
  double frac = std::frexp(std::fabs(value), &exp);
  // |value| = mant * 2**(exp - 53) with an integer mant < 2**53. Since 2**61 == 1
  // (mod P), dividing by 2**k is multiplying by 2**(-k mod 61).
  auto mant = static_cast<uint64_t>(std::ldexp(frac, 53));
  int64_t k = exp - 53;
  int64_t rot = ((k % 61) + 61) % 61;
  unsigned __int128 product = static_cast<unsigned __int128>(mant % kHashModulus) << rot;
  auto h = static_cast<int64_t>(product % kHashModulus);
  if (value < 0) h = -h;
  return h == -1 ? -2 : h;
}

std::optional<int64_t> python_floor_div(int64_t a, int64_t b) {
  if (b == 0) throw std::domain_error("integer division or modulo by zero");
  if (b == -1) {
    if (a == INT64_MIN) return std::nullopt;
    return -a;
  }
  int64_t q = a / b;
  // C++ truncates; step down when the signs differ and there is a remainder.
  if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
  return q;
}

int64_t python_floor_mod(int64_t a, int64_t b) {
  if (b == 0) throw std::domain_error("integer division or modulo by zero");
  if (b == -1) return 0;  // INT64_MIN % -1 is undefined behaviour in C++
  int64_t r = a % b;
  if (r != 0 && ((r < 0) != (b < 0))) r += b;
  return r;
}

}  // namespace gilpy

// Exact statistics over doubles with big-integer arithmetic.
//
// Design: every finite double is m·2^e with an integer m of at most 53 bits. Aligning all
// values to the smallest exponent e_min turns the sum into an integer S (boost cpp_int), so
//   mean     = S / n            · 2^e_min
//   variance = (n·ΣX² − S²) / (n·(n−1)) · 2^(2·e_min)      (X = aligned integers)
// are exact rationals. `round_to_double` then takes a quotient with at least 55 significant
// bits plus a sticky bit and rounds to nearest-even once — the same answer as CPython's
// Fraction-based statistics.mean/stdev (3.11+) and math.fsum.
// Speed: when the exponents of the values span at most 128 bits (always, for timings), the
// arithmetic runs in a fixed 512-bit integer without allocation; cpp_int handles the rest.
#include "compare/pyperf/exact_stats.hpp"

#include <boost/multiprecision/cpp_int.hpp>

#include <algorithm>
#include <climits>
#include <cmath>
#include <vector>

namespace gilbench::compare::pyperf {
namespace {

using boost::multiprecision::cpp_int;
// 512 bits hold n·ΣX² for exponent spans <= 128 bits and n < 2^32 (see `fits_fixed`).
using int512 = boost::multiprecision::int512_t;

// value_i = mantissa_i · 2^exponent_i, with the smallest exponent.
struct Parts {
  std::vector<std::pair<std::int64_t, int>> parts;
  int min_exponent = 0;
  int max_exponent = 0;
};

Parts decompose(std::span<const double> values) {
  Parts out;
  out.parts.reserve(values.size());
  int min_exponent = INT_MAX, max_exponent = INT_MIN;
  for (double v : values) {
    if (v == 0.0) {
      out.parts.emplace_back(0, 0);
      continue;
    }
    int e = 0;
    const double fraction = std::frexp(v, &e);  // v = fraction · 2^e, 0.5 <= |fraction| < 1
    const auto mantissa = static_cast<std::int64_t>(std::ldexp(fraction, 53));
    out.parts.emplace_back(mantissa, e - 53);
    min_exponent = std::min(min_exponent, e - 53);
    max_exponent = std::max(max_exponent, e - 53);
  }
  out.min_exponent = min_exponent == INT_MAX ? 0 : min_exponent;
  out.max_exponent = max_exponent == INT_MIN ? 0 : max_exponent;
  return out;
}

bool fits_fixed(const Parts& parts) {
  return parts.max_exponent - parts.min_exponent <= 128 && parts.parts.size() < (1ull << 32);
}

template <class Int>
Int aligned(const std::pair<std::int64_t, int>& part, int min_exponent) {
  Int x = part.first;
  if (part.first != 0) x <<= static_cast<unsigned>(part.second - min_exponent);
  return x;
}

template <class Int>
std::int64_t bit_length(const Int& x) {
  return x == 0 ? 0 : static_cast<std::int64_t>(boost::multiprecision::msb(x)) + 1;
}

// Rounds q·2^exponent (q > 0, `sticky` = the true value is slightly above) to a double,
// nearest-even, with gradual underflow.
template <class Int>
double round_scaled(Int q, bool sticky, std::int64_t exponent) {
  std::int64_t drop = std::max<std::int64_t>(bit_length(q) - 53, 0);
  drop = std::max<std::int64_t>(drop, -1074 - exponent);  // subnormal results keep fewer bits
  if (drop > 0) {
    if (drop > bit_length(q) + 1) return 0.0;  // far below the smallest subnormal
    const bool half = boost::multiprecision::bit_test(q, static_cast<unsigned>(drop - 1));
    Int below = q & ((Int(1) << static_cast<unsigned>(drop - 1)) - 1);
    sticky = sticky || below != 0;
    q >>= static_cast<unsigned>(drop);
    if (half && (sticky || boost::multiprecision::bit_test(q, 0))) ++q;
    exponent += drop;
  }
  const double kept = q.template convert_to<double>();  // at most 2^53: exact
  if (exponent > INT_MAX / 2) return HUGE_VAL;
  if (exponent < INT_MIN / 2) return 0.0;
  return std::ldexp(kept, static_cast<int>(exponent));
}

// numerator/denominator · 2^exponent rounded once (numerator may be negative).
template <class Int>
double round_rational(Int numerator, const Int& denominator, std::int64_t exponent) {
  if (numerator == 0) return 0.0;
  const bool negative = numerator < 0;
  if (negative) numerator = -numerator;
  // Scale so the integer quotient has at least 55 bits.
  const std::int64_t shift =
      std::max<std::int64_t>(0, 56 - (bit_length(numerator) - bit_length(denominator)));
  numerator <<= static_cast<unsigned>(shift);
  Int quotient, remainder;
  boost::multiprecision::divide_qr(numerator, denominator, quotient, remainder);
  const double result = round_scaled(std::move(quotient), remainder != 0, exponent - shift);
  return negative ? -result : result;
}

template <class Int>
double sum_divided(const Parts& parts, std::size_t divisor) {
  Int total = 0;
  for (const auto& part : parts.parts) total += aligned<Int>(part, parts.min_exponent);
  return round_rational(std::move(total), Int(divisor), parts.min_exponent);
}

template <class Int>
double stdev(const Parts& parts) {
  const Int n = parts.parts.size();
  Int sum = 0, sum_squares = 0;
  for (const auto& part : parts.parts) {
    const Int x = aligned<Int>(part, parts.min_exponent);
    sum += x;
    sum_squares += x * x;
  }
  const Int numerator = n * sum_squares - sum * sum;  // n·SS, >= 0
  const Int denominator = n * (n - 1);
  if (numerator <= 0) return 0.0;
  // sqrt(numerator/denominator) · 2^exponent: scale by 4^t so the integer square root has at
  // least 55 bits, then round with a sticky bit for the discarded remainder.
  const std::int64_t excess = bit_length(numerator) - bit_length(denominator);
  const std::int64_t t = std::max<std::int64_t>(0, (112 - excess) / 2 + 1);
  const Int scaled = numerator << static_cast<unsigned>(2 * t);
  Int quotient, remainder;
  boost::multiprecision::divide_qr(scaled, denominator, quotient, remainder);
  Int root = boost::multiprecision::sqrt(quotient);
  const bool sticky = remainder != 0 || root * root != quotient;
  return round_scaled(std::move(root), sticky, parts.min_exponent - t);
}

}  // namespace

double exact_sum(std::span<const double> values) {
  const Parts parts = decompose(values);
  return fits_fixed(parts) ? sum_divided<int512>(parts, 1) : sum_divided<cpp_int>(parts, 1);
}

double exact_mean(std::span<const double> values) {
  const Parts parts = decompose(values);
  return fits_fixed(parts) ? sum_divided<int512>(parts, values.size())
                           : sum_divided<cpp_int>(parts, values.size());
}

double exact_stdev(std::span<const double> values) {
  const Parts parts = decompose(values);
  return fits_fixed(parts) ? stdev<int512>(parts) : stdev<cpp_int>(parts);
}

std::optional<std::int64_t> exact_integer_mean(std::span<const double> values) {
  if (values.empty()) return std::nullopt;
  cpp_int total = 0;
  for (double v : values) {
    if (std::floor(v) != v || std::fabs(v) > 9.0e15) return std::nullopt;
    total += static_cast<std::int64_t>(v);
  }
  const cpp_int n = values.size();
  if (total % n != 0) return std::nullopt;
  return static_cast<std::int64_t>(total / n);
}

}  // namespace gilbench::compare::pyperf

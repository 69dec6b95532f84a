// The exact numeric pieces of gilpy's float type and `math` module that libm does
// not give directly, each matching CPython 3.11: float // % divmod ** and round(),
// exact int/float comparison, fsum, isqrt, gcd, factorial, and logs of huge ints.
#pragma once

#include <compare>
#include <cstdint>
#include <span>

#include "runtime/bigint.hpp"

namespace gilpy {

// Error convention: std::domain_error for Python's ZeroDivisionError,
// std::invalid_argument for ValueError, std::overflow_error for OverflowError; the
// what() strings are CPython's messages.

// Python float % float and float // float: the remainder takes the divisor's sign,
// the quotient is the floor, signed zeros as CPython. Throw std::domain_error on a
// zero divisor ("float modulo", "float floor division by zero", "float divmod()").
double float_mod(double x, double y);
double float_floor_div(double x, double y);
void float_divmod(double x, double y, double* quotient, double* remainder);

// Python float ** float with CPython's special cases (x**0 == 1 even for NaN,
// 1**y == 1, infinities, signed zeros). Throws std::domain_error for 0.0 to a
// negative power, std::invalid_argument for a negative base with a non-integer
// exponent (CPython returns a complex there, which gilpy does not have), and
// std::overflow_error("(34, 'Numerical result out of range')") on overflow.
double float_pow(double x, double y);

// round(x): nearest int, ties to even. Throws std::overflow_error for infinities
// and std::invalid_argument for NaN, as int(x) does.
BigInt float_round_to_int(double x);
// round(x, ndigits): correctly rounded to a multiple of 10**-ndigits, ties to even
// on the exact binary value (what CPython gets from its dtoa). Non-finite and zero
// x come back unchanged; throws std::overflow_error("rounded value too large to
// represent").
double float_round(double x, int64_t ndigits);

// int(x), math.floor(x), math.ceil(x) for a float: exact ints. Infinities throw
// std::overflow_error("cannot convert float infinity to integer"), NaN throws
// std::invalid_argument("cannot convert float NaN to integer").
BigInt float_trunc_to_int(double x);
BigInt float_floor_to_int(double x);
BigInt float_ceil_to_int(double x);

// Exact comparison of an int with a float, as CPython's float_richcompare
// (unordered for NaN).
std::partial_ordering compare_bigint_double(const BigInt& n, double x);
std::partial_ordering compare_int64_double(int64_t n, double x);

// A one-argument libm function with CPython's math_1 error rules: a NaN from a
// non-NaN argument is a domain error (std::invalid_argument("math domain error")),
// an infinity from a finite argument is an overflow when can_overflow
// (std::overflow_error("math range error")) and a domain error otherwise.
double math_unary(double x, double (*fn)(double), bool can_overflow);
// math.log / log2 / log10 of a float: zero or negative -> "math domain error".
double math_log(double x);
double math_log2(double x);
double math_log10(double x);
// The same for an int of any size; huge ints go through m * 2**e.
double math_log(const BigInt& n);
double math_log2(const BigInt& n);
double math_log10(const BigInt& n);

// math.fsum: Shewchuk's exact partials with CPython's final half-even correction.
// Throws std::overflow_error("intermediate overflow in fsum") and
// std::invalid_argument("-inf + inf in fsum").
double fsum(std::span<const double> values);

// math.isqrt (std::invalid_argument for negatives), math.gcd (non-negative) and
// math.factorial (the caller rejects negatives).
BigInt isqrt(const BigInt& n);
BigInt gcd(const BigInt& a, const BigInt& b);
int64_t gcd_int64(int64_t a, int64_t b);  // precondition: the result fits (not gcd(MIN, MIN))
BigInt factorial(uint64_t n);

}  // namespace gilpy
